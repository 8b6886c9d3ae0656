"""The crypto-collateralised coin (Maker/Liquity-like): VaultCoin borrowed against the
native coin in the VaultEngine, priced by an oracle behind a delay (OSM), liquidated by
keepers in Dutch auctions; a PegStabilityModule swaps it 1:1 for the fiat coin when the
fiat system is deployed first (Maker's USDC PSM: the contagion channel)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import Field

from coinc.deploy import Deployer
from coinc.stress import agents as A
from coinc.stress.agents_fiat import VaultArbitrageur
from coinc.stress.model import DAY, HOUR, MAX_UINT, WAD, RunContext, sig6, topic
from coinc.stress.schema import Count, Frac, Hour, Money, Section
from coinc.systems.base import AgentFactory, Chart, System, lp_factory
from coinc.systems.fiat import issue as fiat_issue

RAY = 10**27
# 2% a year as a per-second ray: (1.02) ** (1 / 31_536_000)
TWO_PERCENT_A_YEAR = 1_000_000_000_627_937_192_491_029_810
LIQUIDATION = "Liquidation(uint256,address,uint256,uint256,uint256,uint256)"
AUCTION_CLOSED = "AuctionClosed(uint256,uint256,uint256)"
TAKE = "Take(uint256,address,uint256,uint256,uint256)"


def deploy(d: Deployer) -> None:
    p = d.params
    oracle = d.deploy("vault", "CollateralOracle", "PriceOracle", "COIN/USD", p["vault.collateral_price"],
                      p["vault.oracle_max_age"])
    osm = d.deploy("vault", "CollateralOSM", "DelayedOracle", oracle, p["vault.oracle_delay"])
    # the OSM goes stale with its source: a frozen feed halts it (oracle.mode "freeze")
    d.send("CollateralOSM", "set_max_age", p["vault.oracle_max_age"])
    coin = d.deploy("vault", "VaultCoin", "MintableToken", "Coin Dai", "CDAI", 18)
    engine = d.deploy("vault", "VaultEngine", "VaultEngine", coin, osm, p["vault.liquidation_ratio"],
                      p["vault.liquidation_penalty"], p["vault.stability_fee"], p["vault.debt_ceiling"],
                      p["vault.dust"], p["vault.auction_duration"], p["vault.auction_buffer"])
    d.send("VaultCoin", "set_minter", engine, True)
    if p["vault.deployer_collateral"]:
        d.send("VaultEngine", "deposit", value=p["vault.deployer_collateral"])
    if p["vault.deployer_debt"]:
        d.send("VaultEngine", "borrow", p["vault.deployer_debt"])
    d.stable_pool("vault", "VaultPool", "VaultCoin", "vault")
    if d.has("FiatCoin"):
        psm = d.deploy("vault", "PSM", "PegStabilityModule", d.address("FiatCoin"), coin,
                       p["vault.psm_fee_in"], p["vault.psm_fee_out"], p["vault.psm_line"])
        d.send("VaultCoin", "set_minter", psm, True)


# ---------------------------------------------------------------- stress: scenario keys


class VaultAgents(Section):
    """Its keys of [agents]."""

    borrowers: Count = 0
    keepers: Count = 0
    holders: Count = 0
    arbitrageurs: Count = 0
    lps: Count = 0
    keeper_gas_cap: Annotated[float, Field(gt=0.0, le=10_000.0)] = 2.5  # fee cap, x the base fee it started at
    keeper_capital: Money = 60_000  # vault coins each keeper can bid with
    keeper_margin: Frac = 0.05  # bids when the auction price is this far under the market
    borrower_min_ratio: Annotated[float, Field(ge=1.0, le=100.0)] = 1.6
    borrower_max_ratio: Annotated[float, Field(ge=1.0, le=100.0)] = 2.6
    borrower_activity: Frac = 0.6
    arbitrageur_capital: Money = 150_000


class OracleSection(Section):
    """[oracle]: the collateral feed stops in [freeze_from_hour, freeze_until_hour);
    "freeze": the oracle goes stale and reads revert, "lag": the stale price is served."""

    mode: Literal["freeze", "lag"] = "freeze"
    freeze_from_hour: Hour = -1
    freeze_until_hour: Hour = -1


class PsmSection(Section):
    seed_gem: Money = 0  # fiat coins swapped into the PSM before the scenario starts


# ---------------------------------------------------------------- stress: state, set-up, agents


@dataclass
class VaultState:
    owners: list[bytes] = field(default_factory=list)  # every vault the run follows, the deployer's first
    auctions: set[int] = field(default_factory=set)  # auctions started and not yet closed
    vaults: dict[bytes, tuple[int, int]] = field(default_factory=dict)  # owner -> (collateral, art), last block
    rate: int = 0


def prepare(run: RunContext) -> None:
    p = run.params
    p["vault.collateral_price"] = A.wad(run.path[0])
    # the deployer's vault seeds the market: ten times over-collateralised
    debt = 3 * p["vault.pool_liquidity"]
    p["vault.deployer_debt"] = debt
    p["vault.deployer_collateral"] = debt * 10 * WAD // p["vault.collateral_price"]
    if run.cfg.get("oracle", {}).get("mode") == "lag":
        p["vault.oracle_max_age"] = 10**9


def setup(run: RunContext, state: VaultState) -> None:
    state.owners.append(run.sim.dev.address)


def borrower(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    sim, w, dev, rng, ag = run.sim, run.w, run.sim.dev, run.rng, run.cfg.get("agents", {})
    price = run.path[0]
    acct = run.new_account()
    lo, hi = float(ag.get("borrower_min_ratio", 1.6)), float(ag.get("borrower_max_ratio", 2.6))
    target = rng.uniform(lo, hi)
    collateral_usd = rng.uniform(150_000, 900_000)
    collateral = A.wad(collateral_usd / price)
    debt = A.wad(collateral_usd / target)
    sim.transact(acct, w.c["VaultEngine"], "deposit", value=collateral)
    sim.transact(acct, w.c["VaultEngine"], "borrow", debt)
    # a borrower spends most of what it borrowed (leverage) and keeps the rest
    keep = rng.uniform(0.0, 0.3)
    sim.transact(acct, w.c["VaultCoin"], "transfer", dev.address, int(debt * (1 - keep)))
    run.fund(acct, "USD", int(debt * rng.uniform(0.0, 0.3)))
    run.approve_all(acct, [("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
    b = A.Borrower("borrower", acct, random.Random(rng.random()),
                   min_ratio=max(1.51, target - rng.uniform(0.1, 0.4)), target=target,
                   reserve=A.wad(collateral_usd * rng.uniform(0.0, 0.3) / price),
                   activity=rng.uniform(0.0, float(ag.get("borrower_activity", 0.6))))
    state.owners.append(acct.address)
    return (b,)


def keeper(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    sim, w, rng, ag = run.sim, run.w, run.rng, run.cfg.get("agents", {})
    acct = run.new_account()
    capital = int(ag.get("keeper_capital", 60_000)) * WAD
    sim.transact(acct, w.c["VaultEngine"], "deposit", value=A.wad(4 * capital / WAD / run.path[0]))
    sim.transact(acct, w.c["VaultEngine"], "borrow", capital)
    k = A.Keeper("keeper", acct, random.Random(rng.random()),
                 gas_cap=float(ag.get("keeper_gas_cap", 2.5)), margin=float(ag.get("keeper_margin", 0.05)),
                 activity=rng.uniform(0.75, 0.95))
    state.owners.append(acct.address)
    return (k,)


def psm_arbitrageur(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    acct = run.new_account()
    cap = int(run.cfg.get("agents", {}).get("arbitrageur_capital", 150_000)) * WAD
    arb = VaultArbitrageur("vault-arbitrageur", acct, random.Random(run.rng.random()), capital=cap,
                           fee_in=run.params["vault.psm_fee_in"], fee_out=run.params["vault.psm_fee_out"])
    run.fund(acct, "USD", cap)
    run.approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool"), ("FiatCoin", "PSM"),
                           ("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
    return (arb,)


def seed_psm(run: RunContext, state: VaultState) -> None:
    """Fiat coins already swapped into the PSM before the scenario starts (`[psm].seed_gem`)."""
    sim, w, dev = run.sim, run.w, run.sim.dev
    seed_gem = int(run.cfg.get("psm", {}).get("seed_gem", 0)) * WAD
    if seed_gem and "PSM" in w.c:
        # new fiat coins against dollars paid in (the issuer attests the larger reserves and
        # raises its own allowance: a seed over what the fiat set-up left reverted unnoticed
        # before set-up was checked); every set-up transaction is checked by SimChain
        fiat_issue(run, dev.address, seed_gem)
        sim.transact(dev, w.c["FiatCoin"], "approve", w.c["PSM"].address, MAX_UINT)
        sim.transact(dev, w.c["PSM"], "sell_gem", seed_gem)
        sim.mine()


def holder(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    acct = run.new_account()
    h = A.Holder("holder", acct, random.Random(run.rng.random()), coin="vault", pool="VaultPool",
                 belief=1.0, sell_rate=0.2)
    run.fund(acct, "USD", 200_000 * WAD // 4)
    run.approve_all(acct, [("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
    return (h,)


# ---------------------------------------------------------------- stress: each hour


def exogenous(run: RunContext, state: VaultState, hour: int) -> None:
    """The price reporter posts the collateral price (unless `[oracle]` freezes it) and
    pokes the OSM once per delay, frozen feed or not (anyone may poke): with `mode =
    "freeze"` the source goes stale, its reads revert, so do the pokes, and the OSM goes
    stale after it; with `"lag"` the source never goes stale and the OSM keeps queueing
    its last posted price."""
    sim, w, dev = run.sim, run.w, run.sim.dev
    o = run.cfg.get("oracle", {})
    frozen = o.get("freeze_from_hour", -1) <= hour < o.get("freeze_until_hour", -1)
    if not frozen:
        sim.transact(dev, w.c["CollateralOracle"], "post", A.wad(run.path[hour]))
    delay = run.params["vault.oracle_delay"]
    if delay and (hour * HOUR) % delay == 0 and hour > 0:
        sim.transact(dev, w.c["CollateralOSM"], "poke")


@dataclass
class VaultView:
    """What keepers see: the auctions open, the oracle price the engine reads now (wad,
    0 if unavailable), and the vaults after the last block."""

    auction_ids: list[int]
    oracle_price: int
    vaults: dict[bytes, tuple[int, int]]
    rate: int
    liquidation_ratio: int
    _unsafe: list[bytes] | None = None

    def unsafe_vaults(self) -> list[bytes]:
        """Vaults the engine would liquidate at the oracle price, computed off chain with the
        engine's own integer formula from the state after the last block, as keepers do."""
        if self._unsafe is None:
            price = self.oracle_price
            self._unsafe = []
            if price:
                for owner, (collateral, art) in self.vaults.items():
                    debt = art * self.rate // RAY
                    if art and (collateral * price // WAD) * WAD < debt * self.liquidation_ratio:
                        self._unsafe.append(owner)
        return self._unsafe


def view(run: RunContext, state: VaultState, hour: int) -> VaultView:
    return VaultView(sorted(state.auctions), run.sim.call(run.w.c["CollateralOSM"], "price") or 0,
                     dict(state.vaults), state.rate, run.params["vault.liquidation_ratio"])


def after_block(run: RunContext, state: VaultState, block) -> None:
    """Follow the auctions the block opened and closed, and read every vault."""
    sim, e = run.sim, run.w.c["VaultEngine"]
    liq, closed = topic(LIQUIDATION), topic(AUCTION_CLOSED)
    for receipt in block.receipts:
        for log in receipt.logs:
            if log.address == e.address and log.topics and log.topics[0] in (liq, closed):
                aid = int.from_bytes(log.topics[1], "big")
                (state.auctions.add if log.topics[0] == liq else state.auctions.discard)(aid)
    state.rate = sim.call(e, "get_rate") or 0
    vaults = [sim.call(e, "vault", o) or (0, 0) for o in state.owners]
    state.vaults = dict(zip(state.owners, vaults, strict=True))


def debts_add_up(run: RunContext, state: VaultState, hour: int, block) -> None:
    """The vaults' debts add up to the engine's vault debt, and the system debt is vault
    plus auction plus bad debt."""
    sim, e = run.sim, run.w.c["VaultEngine"]
    debts = sum(art * state.rate // RAY for _, art in state.vaults.values())
    vault_debt = sim.call(e, "vault_debt") or 0
    if abs(debts - vault_debt) > len(state.owners) + 1:
        run.fail(hour, f"vault debts add up to {debts}, the engine says {vault_debt}")
    system = sim.call(e, "system_debt") or 0
    parts = vault_debt + (sim.call(e, "get_auction_debt") or 0) + (sim.call(e, "get_bad_debt") or 0)
    if system != parts:
        run.fail(hour, f"system debt {system} != vault debt + auction debt + bad debt {parts}")


def collateral_held(run: RunContext, state: VaultState, hour: int, block) -> None:
    """The engine's coin balance is its vaults' plus its auctions' collateral."""
    sim, e = run.sim, run.w.c["VaultEngine"]
    collateral = sum(c for c, _ in state.vaults.values())
    in_auctions = sum((sim.call(e, "auction", i) or (0, 0))[1] for i in state.auctions)
    if sim.balance(e.address) != collateral + in_auctions:
        run.fail(hour, "the engine's coin balance differs from vault plus auction collateral")


# ---------------------------------------------------------------- stress: observations


def series(run: RunContext, state: VaultState, hour: int, put) -> None:
    sim, e = run.sim, run.w.c["VaultEngine"]
    dev = run.sim.dev.address
    rate = sim.call(e, "get_rate") or 0
    mine = [v for o, v in state.vaults.items() if o != dev]
    debt = sum(art * rate // RAY for _, art in mine)
    collateral = sum(c for c, _ in mine)
    # the users' vaults (the deployer's market-making vault left out)
    put("vault.collateral_ratio", (collateral / WAD * run.path[hour]) / (debt / WAD) if debt > 0 else 0.0)
    put("vault.bad_debt", (sim.call(e, "get_bad_debt") or 0) / WAD)
    put("vault.liquidations", float(sim.call(e, "auctions_started") or 0))


def figures(run: RunContext, state: VaultState, fig: dict[str, Any]) -> None:
    s, sim, e = run.series, run.sim, run.w.c["VaultEngine"]
    n = sim.call(e, "auctions_started") or 0
    volume = 0.0
    for i in range(n):
        a = sim.call(e, "auction", i)
        # the debt each auction was started for (its tab / (1 + penalty))
        volume += (a[2] if a else 0) / 1e18
    started = _engine_logs(run, LIQUIDATION)
    debt = sum(int.from_bytes(entry.log.data[32:64], "big") for entry in started) / 1e18
    fig["liquidations"] = {"count": n, "volume": sig6(debt if debt else volume)}
    fig["bad_debt"] = sig6(s.get("vault.bad_debt", [0.0])[-1])
    takes = _engine_logs(run, TAKE)
    fig["zero_price_takes"] = sum(1 for entry in takes if int.from_bytes(entry.log.data[64:96], "big") == 0)
    paid: dict[int, int] = {}  # auction -> what its takes paid in all
    for entry in takes:
        aid = int.from_bytes(entry.log.topics[1], "big")
        paid[aid] = paid.get(aid, 0) + int.from_bytes(entry.log.data[32:64], "big")
    fig["auctions"] = n
    fig["zero_price_auctions"] = sum(1 for v in paid.values() if v == 0)  # lots that went for nothing
    fig["min_collateral_ratio"] = sig6(min(s.get("vault.collateral_ratio", [0.0]) or [0.0]))


def _engine_logs(run: RunContext, event: str) -> list:
    """The engine's `event` logs over the whole chain."""
    return run.sim.logs(run.w.c["VaultEngine"].address, topic(event))


SYSTEM = System(
    name="vault",
    label="crypto-collateralised (VaultCoin)",
    deploy=deploy,
    defaults={
        "vault.collateral_price": 2_000 * WAD,
        "vault.oracle_max_age": DAY,
        "vault.oracle_delay": 3_600,
        "vault.liquidation_ratio": 15 * WAD // 10,
        "vault.liquidation_penalty": 13 * WAD // 100,
        "vault.stability_fee": TWO_PERCENT_A_YEAR,
        "vault.debt_ceiling": 100_000_000 * WAD,
        "vault.dust": 100 * WAD,
        "vault.auction_duration": 3 * 3_600,
        "vault.auction_buffer": 12 * WAD // 10,
        "vault.deployer_collateral": 2_000 * WAD,
        "vault.deployer_debt": 1_500_000 * WAD,
        "vault.pool_amp": 100,
        "vault.pool_fee": 4_000_000,
        "vault.pool_liquidity": 1_000_000 * WAD,
        "vault.psm_fee_in": 0,
        "vault.psm_fee_out": WAD // 1000,
        "vault.psm_line": 50_000_000 * WAD,
    },
    contracts=("PriceOracle", "DelayedOracle", "MintableToken", "VaultEngine", "StableSwapPool",
               "PegStabilityModule"),
    token="VaultCoin",
    pool="VaultPool",
    new_state=VaultState,
    prepare=prepare,
    setup=setup,
    agents=(
        AgentFactory("borrowers", borrower),
        AgentFactory("keepers", keeper, after=lambda run, state: run.sim.mine()),
        AgentFactory("arbitrageurs", psm_arbitrageur, applies=lambda coins: "fiat" in coins, after=seed_psm),
        lp_factory("vault", "VaultPool"),
        AgentFactory("holders", holder, applies=lambda coins: "fiat" not in coins),
    ),
    exogenous=exogenous,
    view=view,
    after_block=after_block,
    series=series,
    invariants=(debts_add_up, collateral_held),
    figures=figures,
    sections={"agents": VaultAgents, "oracle": OracleSection, "psm": PsmSection},
    charts=(
        Chart("collateral", (("collateral_price", "collateral price ($)"),), "$"),
        Chart("collateral_ratio", (("vault.collateral_ratio", "users' vaults"),), "collateral / debt"),
        Chart("bad_debt", (("vault.bad_debt", "bad debt"),), "coins"),
    ),
)
