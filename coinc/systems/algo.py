"""The algorithmic coin (Terra-like): AlgoStable and its ShareToken, swapped for each
other at the oracle price by the SwapModule (Terra's market module: minting one, burning
the other through virtual constant-product pools), the share priced by its own
constant-product market, most coins parked in an Anchor-style DepositPool. In a stress
run the holders, share holders and arbitrageurs of `coinc.stress.agents_algo` act on
what they observe; a scenario's `[run]` gives the shocks (liquidity pulled, the 7-8 May
withdrawals) and `[terra]` Terra's market-module numbers (see docs/stress.md)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field, field_validator

from coinc.deploy import Deployer
from coinc.errors import UserError
from coinc.stress import agents as A
from coinc.stress import agents_algo as G
from coinc.stress.model import DAY, HOUR, WAD, RunContext, sig6, topic
from coinc.stress.schema import Count, Frac, Hour, Money, Section
from coinc.systems.base import AgentFactory, Chart, System, lp_factory

STABLE_TO_SHARE = "StableToShare(address,uint256,uint256,uint256,uint256)"
SHARE_TO_STABLE = "ShareToStable(address,uint256,uint256,uint256,uint256)"


def deploy(d: Deployer) -> None:
    p = d.params
    stable = d.deploy("algo", "AlgoStable", "MintableToken", "Algo USD", "AUSD", 18)
    share = d.deploy("algo", "ShareToken", "MintableToken", "Algo Share", "SHARE", 18)
    oracle = d.deploy("algo", "ShareOracle", "PriceOracle", "SHARE/USD", p["algo.share_price"],
                      p["algo.oracle_max_age"])
    module = d.deploy("algo", "SwapModule", "SwapModule", stable, share, oracle, p["algo.base_pool"],
                      p["algo.recovery_period"], p["algo.min_spread"])
    for token, supply in (("AlgoStable", p["algo.stable_supply"]), ("ShareToken", p["algo.share_supply"])):
        d.send(token, "set_minter", module, True)
        d.send(token, "set_minter", d.me, True)
        d.send(token, "mint", d.me, supply)
        d.send(token, "set_minter", d.me, False)
    d.stable_pool("algo", "AlgoPool", "AlgoStable", "algo")
    d.deploy("algo", "DepositPool", "DepositPool", stable)
    d.need("usd")
    pool = d.deploy("algo", "SharePool", "ConstantProductPool", share, d.address("USD"), 30)
    d.send("ShareToken", "approve", pool, p["algo.share_pool_share"])
    d.send("USD", "approve", pool, p["algo.share_pool_usd"])
    d.send("SharePool", "add_liquidity", p["algo.share_pool_share"], p["algo.share_pool_usd"], 0)


# ---------------------------------------------------------------- stress: scenario keys


class AlgoAgents(Section):
    """Its keys of [agents]."""

    holders: Count = 0
    arbitrageurs: Count = 0
    lps: Count = 0
    arbitrageur_capital: Money = 300_000
    defenders: Count = 0
    defender_reserve: Money = 0
    speculators: Count = 0
    speculator_capital: Money = 0


class TerraSection(Section):
    """[terra]: Terra's market-module numbers in Terra's units (`TerraModule`), and the
    mid-run governance raise (prop 1164)."""

    base_pool_sdr: Annotated[float, Field(gt=0)] = 50_000_000
    recovery_blocks: Annotated[float, Field(gt=0)] = 36
    block_seconds: Annotated[float, Field(gt=0)] = 6.0
    sdr_usd: Annotated[float, Field(gt=0)] = 1.34
    dollar_scale: Annotated[float, Field(gt=0)] = 1e-4
    raise_hour: Annotated[int, Field(ge=0, le=100_000)] | None = None
    raise_base_pool_sdr: Annotated[float, Field(gt=0)] | None = None
    raise_recovery_blocks: Annotated[float, Field(gt=0)] | None = None


class RunSection(Section):
    """[run]: LPs of `coin` pull `pull_fraction` at `pull_liquidity_hour`; its holders sell
    `wave_fraction` of their coins in each hour of `waves`."""

    coin: str = "algo"
    pull_liquidity_hour: Hour = -1
    pull_fraction: Frac = 0.8
    waves: list[Annotated[int, Field(ge=0, le=100_000)]] = []
    wave_fraction: Frac = 0.3
    # [hour, share of each holder's first deposit withdrawn and sold] (Anchor, 7-10 May 2022)
    withdrawals: list[Annotated[list[float], Field(min_length=2, max_length=2)]] = []

    @field_validator("withdrawals")
    @classmethod
    def _hour_and_share(cls, v: list[list[float]]) -> list[list[float]]:
        for hour, share in v:
            if not (float(hour).is_integer() and 0 <= hour <= 100_000):
                raise ValueError(f"should be [hour, share] pairs with a whole hour 0-100000 (got {hour})")
            if not 0 <= share <= 1:
                raise ValueError(f"should be [hour, share] pairs with a share 0-1 (got {share})")
        return v
# ---------------------------------------------------------------- Terra's market module


@dataclass(frozen=True)
class TerraModule:
    """Terra's market-module parameters in Terra's own units (`[terra]` of a scenario):
    the base pool in SDR, the pool recovery period in blocks of `block_seconds`, and the
    scale from real dollars to the simulation's coins."""

    base_pool_sdr: float = 50_000_000  # Columbus-5 until prop 1164 (classic-agora.terra.money, t/6837)
    recovery_blocks: float = 36
    block_seconds: float = 6.0  # Terra's 14,400 blocks a day
    sdr_usd: float = 1.34  # IMF rate in early May 2022
    dollar_scale: float = 1e-4  # simulated coins per real dollar

    @classmethod
    def from_cfg(cls, table: dict, where: str = "terra") -> TerraModule:
        known = {f for f in cls.__dataclass_fields__}
        extra = set(table) - known - {"raise_hour", "raise_base_pool_sdr", "raise_recovery_blocks"}
        if extra:
            raise UserError(f"`{where}`: unknown key(s) {', '.join(sorted(extra))}; allowed: "
                            f"{', '.join(sorted(known | {'raise_hour', 'raise_base_pool_sdr', 'raise_recovery_blocks'}))}")
        values = {k: table[k] for k in known if k in table}
        for k, v in values.items():
            if not isinstance(v, int | float) or isinstance(v, bool) or v <= 0:
                raise UserError(f"`{where}.{k}` must be a positive number, got {v!r}")
        return cls(**values)

    def contract_params(self) -> tuple[int, int]:
        """The SwapModule's (base_pool, recovery_period) for one-hour blocks.

        Terra replenished its pools every ~6 s block by delta / recovery_blocks, so a
        steady flow of swaps f held the imbalance at f x tau (tau = recovery_blocks x
        block_seconds) and paid the marginal spread at that imbalance. Our chain has one
        block an hour, so the module's recovery period is set to an hour and its base
        pool to the size at which one swap an hour pays the same spread for the same
        hourly flow: B' = B x (3600 / 2 tau) x (1 + k) / (1 - k), k = e^-1 the share of
        the imbalance left after an hour (docs/stress.md derives it). Bigger base pools
        and shorter recovery periods both raise B', as they raised Terra's capacity."""
        tau = self.recovery_blocks * self.block_seconds
        k = math.exp(-1.0)
        base_usd = self.base_pool_sdr * self.sdr_usd * self.dollar_scale
        hourly = base_usd * HOUR / (2 * tau) * (1 + k) / (1 - k)
        return int(hourly) * WAD, HOUR


def terra_raise(cfg: dict) -> tuple[int, TerraModule] | None:
    """The scenario's mid-run governance change of the module (Terra's prop 1164)."""
    t = cfg.get("terra")
    if not t or "raise_hour" not in t:
        return None
    base = TerraModule.from_cfg(t)
    raised = TerraModule.from_cfg({
        "base_pool_sdr": t.get("raise_base_pool_sdr", base.base_pool_sdr),
        "recovery_blocks": t.get("raise_recovery_blocks", base.recovery_blocks),
        "block_seconds": base.block_seconds, "sdr_usd": base.sdr_usd, "dollar_scale": base.dollar_scale},
        where="terra.raise")
    return int(t["raise_hour"]), raised


def prepare(run: RunContext) -> None:
    """With a `[terra]` table, the module's contract parameters come from Terra's numbers."""
    t = run.cfg.get("terra")
    if t is None:
        return
    if not isinstance(t, dict):
        raise UserError("`terra` must be a table of Terra's market-module numbers")
    given = [k for k in ("algo.base_pool", "algo.recovery_period") if k in run.cfg.get("params", {})]
    if given:
        raise UserError(f"`[terra]` sets {' and '.join('params.' + k for k in given)}: give one or the other")
    hour = t.get("raise_hour")
    if hour is not None and (not isinstance(hour, int) or hour < 0):
        raise UserError(f"`terra.raise_hour` must be a non-negative integer hour, got {hour!r}")
    run.params["algo.base_pool"], run.params["algo.recovery_period"] = TerraModule.from_cfg(t).contract_params()
    terra_raise(run.cfg)  # checks the raise's numbers before the run starts


# ---------------------------------------------------------------- stress: set-up and agents


def share_price(run: RunContext) -> float:
    return A.unwad(run.sim.call(run.w.c["SharePool"], "price0"))


def withdrawals(cfg: dict) -> dict[int, float]:
    """`[run].withdrawals`: [[hour, share of each holder's first deposit], ...]."""
    out: dict[int, float] = {}
    for item in cfg.get("run", {}).get("withdrawals", []):
        ok = isinstance(item, list) and len(item) == 2 and isinstance(item[0], int) and \
            isinstance(item[1], int | float) and 0 <= item[1] <= 1
        if not ok:
            raise UserError(f"`run.withdrawals` takes [hour, fraction 0-1] pairs, got {item!r}")
        out[item[0]] = out.get(item[0], 0.0) + float(item[1])
    return out


def setup(run: RunContext, state: dict) -> None:
    state["share_start"] = share_price(run)
    state["share_supply_start"] = run.supply("ShareToken")
    state["deposits"] = []
    state["withdrawals"] = withdrawals(run.cfg)
    state["raise"] = terra_raise(run.cfg)
    n = max(1, int(run.cfg.get("agents", {}).get("holders", 1)))
    p = run.params
    state["holder_part"] = (p["algo.stable_supply"] - p["algo.pool_liquidity"]) // n
    state["share_part"] = p["algo.share_supply"] * 3 // 10 // n  # LUNA not staked: ~30% (docs/stress.md)


def holder(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    """A coin holder with most of its coins on deposit, and beside it a share holder."""
    rng = run.rng
    acct = run.new_account()
    coins = int(state["holder_part"] * rng.uniform(0.7, 1.0))
    deposit = int(coins * rng.uniform(0.6, 0.9))  # Anchor held ~75% of UST
    h = G.Depositor("holder", acct, random.Random(rng.random()), coin="algo", deposit_start=deposit,
                    panic_below=rng.uniform(0.90, 0.99), run_fear=rng.uniform(0.15, 0.5),
                    backing_fear=rng.uniform(0.4, 1.2), floor=rng.uniform(0.02, 0.3),
                    exit_rate=rng.uniform(0.03, 0.15), sell_rate=rng.uniform(0.1, 0.4),
                    slippage=rng.uniform(0.01, 0.05))
    run.fund(acct, "AlgoStable", coins)
    run.approve_all(acct, [("AlgoStable", "AlgoPool"), ("AlgoStable", "DepositPool")])
    run.sim.transact(acct, run.w.c["DepositPool"], "deposit", deposit)
    sh = run.new_account()
    run.fund(sh, "ShareToken", int(state["share_part"] * rng.uniform(0.7, 1.3)))
    run.approve_all(sh, [("ShareToken", "SharePool")])
    run.sim.mine()  # a block per holder: sixteen holders' set-up does not fit in one
    if (run.sim.call(run.w.c["DepositPool"], "deposit_of", acct.address) or 0) != deposit:
        raise UserError(f"set-up of the algorithmic coin's holders: a deposit of {deposit / WAD:,.0f} coins "
                        "into DepositPool did not go through (is `algo.stable_supply` large enough?)")
    return h, G.ShareSeller("share-holder", sh, random.Random(rng.random()), drop_fear=rng.uniform(0.2, 0.7),
                            dilution_fear=rng.uniform(1.5, 5.0), sell_rate=rng.uniform(0.05, 0.2))


def arbitrageur(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    acct = run.new_account()
    cap = int(run.cfg.get("agents", {}).get("arbitrageur_capital", 300_000)) * WAD
    arb = G.MarketArbitrageur("arbitrageur", acct, random.Random(run.rng.random()), capital=cap,
                              min_profit=run.rng.uniform(0.001, 0.005))
    run.fund(acct, "USD", cap)
    run.approve_all(acct, [("AlgoStable", "AlgoPool"), ("USD", "AlgoPool"), ("ShareToken", "SharePool"),
                           ("USD", "SharePool")])
    return (arb,)


def defender(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    """A reserve that buys the coin under its trigger (LFG), `agents.defender_reserve` dollars."""
    acct = run.new_account()
    reserve = int(run.cfg.get("agents", {}).get("defender_reserve", 0)) * WAD
    run.fund(acct, "USD", reserve)
    run.approve_all(acct, [("USD", "AlgoPool")])
    return (G.ReserveDefender("defender", acct, random.Random(run.rng.random()), reserve_start=reserve,
                              trigger=run.rng.uniform(0.97, 0.99), spend_rate=run.rng.uniform(0.03, 0.08)),)


def speculator(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    """A dip buyer of the share with `agents.speculator_capital` dollars."""
    acct = run.new_account()
    cap = int(run.cfg.get("agents", {}).get("speculator_capital", 0)) * WAD
    run.fund(acct, "USD", cap)
    run.approve_all(acct, [("USD", "SharePool")])
    return (G.ShareSpeculator("speculator", acct, random.Random(run.rng.random()), capital_start=cap,
                              dip=run.rng.uniform(0.95, 0.9999), buy_rate=run.rng.uniform(0.02, 0.1)),)


def curve_lps() -> AgentFactory:
    """The coin pool's liquidity providers: the shared `lp_factory`, but with thresholds
    drawn from 5-40% off peg: on Curve many UST/3pool LPs stayed through the first days
    (the pool went lopsided, mostly UST, rather than empty)."""
    base = lp_factory("algo", "AlgoPool")

    def build(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
        (lp,) = base.build(run, state)
        lp.threshold = run.rng.uniform(0.05, 0.40)
        return (lp,)

    return AgentFactory("lps", build, before=base.before, after=base.after)


# ---------------------------------------------------------------- stress: each hour


def exogenous(run: RunContext, state: dict, hour: int) -> None:
    """The share's oracle reports the share market's price; governance changes the
    module's parameters in the scenario's hour (Terra's prop 1164)."""
    sp = run.sim.call(run.w.c["SharePool"], "price0")
    if sp:
        run.sim.transact(run.sim.dev, run.w.c["ShareOracle"], "post", sp)
    raised = state["raise"]
    if raised and raised[0] == hour:
        base, recovery = raised[1].contract_params()
        run.sim.transact(run.sim.dev, run.w.c["SwapModule"], "set_parameters", base, recovery,
                         run.params["algo.min_spread"])


@dataclass
class AlgoView:
    """What the algorithmic coin's agents can observe at the start of an hour."""

    share_price: float
    share_price_start: float
    share_supply_multiple: float
    backing: float  # the share token's market value / the coin's supply
    deposits: int
    deposit_outflow_day: float  # share of the deposits of a day ago gone since
    scheduled_withdrawal: float  # this hour's `[run].withdrawals` share
    module: G.ModuleState
    share_reserve: int
    usd_reserve: int
    market: G.StableMarket  # the coin's own market


def view(run: RunContext, state: dict, hour: int) -> AlgoView:
    sim, c = run.sim, run.w.c
    deposits = sim.call(c["DepositPool"], "total_deposits") or 0
    state["deposits"].append(deposits)
    day_ago = state["deposits"][max(0, len(state["deposits"]) - 25)]
    params = sim.call(c["SwapModule"], "parameters")
    module = G.ModuleState(params[0], sim.call(c["SwapModule"], "delta_at", sim.now) or 0, params[2],
                           sim.call(c["ShareOracle"], "price") or 0)
    reserves = sim.call(c["SharePool"], "get_reserves")
    share_supply = run.supply("ShareToken")
    price = share_price(run)
    stable = run.supply("AlgoStable")
    return AlgoView(share_price=price, share_price_start=state["share_start"],
                    share_supply_multiple=share_supply / state["share_supply_start"],
                    backing=price * share_supply / stable if stable else 0.0, deposits=deposits,
                    deposit_outflow_day=1 - deposits / day_ago if day_ago else 0.0,
                    scheduled_withdrawal=state["withdrawals"].get(hour, 0.0), module=module,
                    share_reserve=reserves[0], usd_reserve=reserves[1],
                    market=G.StableMarket(*(sim.call(c["AlgoPool"], "get_reserves") or (0, 0)),
                                          run.params["algo.pool_amp"], run.params["algo.pool_fee"]))


def swaps_at_oracle_price(run: RunContext, state: dict, hour: int, block) -> None:
    """The swap never paid more than the oracle price allowed, either way."""
    module = run.w.c["SwapModule"].address
    to_share, to_stable = topic(STABLE_TO_SHARE), topic(SHARE_TO_STABLE)
    for receipt in block.receipts:
        for log in receipt.logs:
            if log.address != module or not log.topics:
                continue
            a, b, price, _ = (int.from_bytes(log.data[i:i + 32], "big") for i in range(0, 128, 32))
            if log.topics[0] == to_share and b * price > a * WAD:
                run.fail(hour, "the swap minted more share than the oracle price allows")
            if log.topics[0] == to_stable and b * WAD > a * price:
                run.fail(hour, "the swap minted more coins than the oracle price allows")


def deposits_held(run: RunContext, state: dict, hour: int, block) -> None:
    """The savings pool holds at least the deposits it records."""
    c = run.w.c
    total = run.sim.call(c["DepositPool"], "total_deposits") or 0
    held = run.sim.call(c["AlgoStable"], "balanceOf", c["DepositPool"].address) or 0
    if held < total:
        run.fail(hour, f"DepositPool holds {held} coins but records {total} of deposits")


# ---------------------------------------------------------------- stress: observations


def series(run: RunContext, state: dict, hour: int, put) -> None:
    put("algo.share_price", share_price(run))
    put("algo.share_supply", run.supply("ShareToken") / WAD)
    put("algo.deposits", (run.sim.call(run.w.c["DepositPool"], "total_deposits") or 0) / WAD)
    delta = run.sim.call(run.w.c["SwapModule"], "get_delta") or 0
    put("algo.module_delta", delta / WAD)


def figures(run: RunContext, state: dict, fig: dict[str, Any]) -> None:
    s = run.series
    share = s.get("algo.share_supply", [])
    fig["share_supply_multiple"] = sig6(share[-1] / share[0]) if share and share[0] else 0.0
    fig["share_price_final"] = sig6(s.get("algo.share_price", [0.0])[-1])
    fig["share_price_min"] = sig6(min(s.get("algo.share_price", [0.0])))
    deposits = s.get("algo.deposits", [])
    fig["deposits_left"] = sig6(deposits[-1] / deposits[0]) if deposits and deposits[0] else 0.0


SYSTEM = System(
    name="algo",
    label="algorithmic (AlgoStable)",
    deploy=deploy,
    defaults={
        "algo.share_price": 80 * WAD,
        "algo.oracle_max_age": DAY,
        "algo.base_pool": 5_000_000 * WAD,
        "algo.recovery_period": 216,  # Terra's 36 blocks of ~6 s
        "algo.min_spread": 5 * WAD // 1000,
        "algo.stable_supply": 3_000_000 * WAD,
        "algo.share_supply": 1_000_000 * WAD,
        "algo.pool_amp": 100,
        "algo.pool_fee": 4_000_000,
        "algo.pool_liquidity": 1_000_000 * WAD,
        "algo.share_pool_share": 50_000 * WAD,
        "algo.share_pool_usd": 4_000_000 * WAD,
    },
    contracts=("MintableToken", "PriceOracle", "SwapModule", "StableSwapPool", "ConstantProductPool", "DepositPool"),
    token="AlgoStable",
    pool="AlgoPool",
    ledger_tokens=("ShareToken",),
    new_state=dict,
    prepare=prepare,
    setup=setup,
    agents=(AgentFactory("holders", holder, accounts_each=2), AgentFactory("arbitrageurs", arbitrageur),
            AgentFactory("defenders", defender), AgentFactory("speculators", speculator),
            curve_lps()),
    exogenous=exogenous,
    view=view,
    series=series,
    invariants=(swaps_at_oracle_price, deposits_held),
    figures=figures,
    sections={"agents": AlgoAgents, "run": RunSection, "terra": TerraSection},
    charts=(
        Chart("share_token", (("algo.share_supply", "share supply"),), "share tokens", log=True),
        Chart("share_price", (("algo.share_price", "share price"),), "$", log=True),
        Chart("deposits", (("algo.deposits", "coins on deposit"),), "coins"),
    ),
)
