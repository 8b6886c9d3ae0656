"""The algorithmic coin (Terra-like): AlgoStable and its ShareToken, swapped for each
other at the oracle price by the SwapModule (minting one, burning the other), the share
priced by its own constant-product market; a scenario's `[run]` sends waves of sales."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field

from coinc.deploy import Deployer
from coinc.stress import agents as A
from coinc.stress.model import DAY, WAD, RunContext, sig6, topic
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


class RunSection(Section):
    """[run]: LPs of `coin` pull `pull_fraction` at `pull_liquidity_hour`; its holders sell
    `wave_fraction` of their coins in each hour of `waves`."""

    coin: str = "algo"
    pull_liquidity_hour: Hour = -1
    pull_fraction: Frac = 0.8
    waves: list[Annotated[int, Field(ge=0, le=100_000)]] = []
    wave_fraction: Frac = 0.3


# ---------------------------------------------------------------- stress: set-up and agents


def share_price(run: RunContext) -> float:
    return A.unwad(run.sim.call(run.w.c["SharePool"], "price0"))


def setup(run: RunContext, state: dict) -> None:
    state["share_start"] = share_price(run)


def holder(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    """A coin holder who panics under its own price, and beside it a share holder."""
    rng = run.rng
    acct = run.new_account()
    h = A.Holder("holder", acct, random.Random(rng.random()), coin="algo", pool="AlgoPool",
                 belief=1.0, sell_rate=0.15, panic_below=rng.uniform(0.85, 0.98), buys_dips=False)
    run.fund(acct, "AlgoStable", int(rng.uniform(40_000, 200_000)) * WAD)
    run.fund(acct, "USD", 200_000 * WAD // 10)
    run.approve_all(acct, [("AlgoStable", "AlgoPool"), ("USD", "AlgoPool")])
    sh = run.new_account()
    run.fund(sh, "ShareToken", int(rng.uniform(5_000, 40_000)) * WAD)
    run.approve_all(sh, [("ShareToken", "SharePool")])
    return h, A.ShareHolder("share-holder", sh, random.Random(rng.random()), panic_drop=rng.uniform(0.2, 0.7))


def arbitrageur(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    acct = run.new_account()
    cap = int(run.cfg.get("agents", {}).get("arbitrageur_capital", 300_000)) * WAD
    arb = A.AlgoArbitrageur("arbitrageur", acct, random.Random(run.rng.random()), capital=cap)
    run.fund(acct, "USD", cap)
    run.approve_all(acct, [("AlgoStable", "AlgoPool"), ("USD", "AlgoPool"), ("ShareToken", "SharePool"),
                           ("USD", "SharePool")])
    return (arb,)


# ---------------------------------------------------------------- stress: each hour


def exogenous(run: RunContext, state: dict, hour: int) -> None:
    """The share's oracle reports the share market's price."""
    sp = run.sim.call(run.w.c["SharePool"], "price0")
    if sp:
        run.sim.transact(run.sim.dev, run.w.c["ShareOracle"], "post", sp)


@dataclass
class AlgoView:
    share_price: float
    share_price_start: float


def view(run: RunContext, state: dict, hour: int) -> AlgoView:
    return AlgoView(share_price(run), state["share_start"])


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


# ---------------------------------------------------------------- stress: observations


def series(run: RunContext, state: dict, hour: int, put) -> None:
    put("algo.share_price", share_price(run))
    put("algo.share_supply", run.supply("ShareToken") / WAD)


def figures(run: RunContext, state: dict, fig: dict[str, Any]) -> None:
    s = run.series
    share = s.get("algo.share_supply", [])
    fig["share_supply_multiple"] = sig6(share[-1] / share[0]) if share and share[0] else 0.0
    fig["share_price_final"] = sig6(s.get("algo.share_price", [0.0])[-1])
    fig["share_price_min"] = sig6(min(s.get("algo.share_price", [0.0])))


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
    contracts=("MintableToken", "PriceOracle", "SwapModule", "StableSwapPool", "ConstantProductPool"),
    token="AlgoStable",
    pool="AlgoPool",
    ledger_tokens=("ShareToken",),
    new_state=dict,
    setup=setup,
    agents=(AgentFactory("holders", holder, accounts_each=2), AgentFactory("arbitrageurs", arbitrageur),
            lp_factory("algo", "AlgoPool")),
    exogenous=exogenous,
    view=view,
    series=series,
    invariants=(swaps_at_oracle_price,),
    figures=figures,
    sections={"agents": AlgoAgents, "run": RunSection},
    charts=(
        Chart("share_token", (("algo.share_supply", "share supply"),), "share tokens", log=True),
        Chart("share_price", (("algo.share_price", "share price"),), "$", log=True),
    ),
)
