"""The fiat-backed coin (USDC-like): FiatCoin, minted against attested reserves and
redeemed by the issuer, who wires reference dollars; a scenario's `[freeze]` impairs
and later resolves the reserves (SVB, March 2023)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field

from coinc.deploy import Deployer
from coinc.stress import agents as A
from coinc.stress.model import DAY, WAD, RunContext, sig6
from coinc.stress.schema import Count, Frac, Hour, Money, Section
from coinc.systems.base import AgentFactory, Chart, System, lp_factory


def deploy(d: Deployer) -> None:
    p = d.params
    d.deploy("fiat", "FiatCoin", "FiatCoin", "Coin USD", "CUSD", p["fiat.max_attestation_age"])
    d.send("FiatCoin", "attest_reserves", p["fiat.reserves"])
    d.send("FiatCoin", "configure_minter", d.me, p["fiat.minter_allowance"])
    d.send("FiatCoin", "mint", d.me, p["fiat.initial_supply"])
    d.stable_pool("fiat", "FiatPool", "FiatCoin", "fiat")


# ---------------------------------------------------------------- stress: scenario keys

class FiatAgents(Section):
    """Its keys of [agents]."""

    holders: Count = 0
    arbitrageurs: Count = 0
    lps: Count = 0
    holder_panic: Frac = 0.92  # mean belief of what a coin is worth during a freeze
    arbitrageur_capital: Money = 150_000


class FreezeSection(Section):
    """[freeze]: `fraction` of the reserves frozen at `at_hour`, made whole (less
    `haircut` of them) at `resolved_hour`; redemptions closed until `redemptions_reopen_hour`."""

    fraction: Frac
    at_hour: Annotated[int, Field(ge=0, le=100_000)] = 0
    resolved_hour: Hour = -1  # -1: never
    redemptions_reopen_hour: Hour = -1  # -1: never
    haircut: Frac = 0.0


# ---------------------------------------------------------------- stress: set-up and agents

USD_EACH = 200_000 * WAD


def setup(run: RunContext, state: dict) -> None:
    sim, w, dev = run.sim, run.w, run.sim.dev
    sim.transact(dev, w.c["FiatCoin"], "mint", dev.address, 4_000_000 * WAD)
    sim.mine()
    # fully backed, as USDC was: reserves equal the supply
    sim.transact(dev, w.c["FiatCoin"], "attest_reserves", run.supply("FiatCoin"))


def holder(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    acct, rng, ag = run.new_account(), run.rng, run.cfg.get("agents", {})
    belief = max(0.80, min(0.99, rng.gauss(float(ag.get("holder_panic", 0.92)), 0.03)))
    h = A.Holder("holder", acct, random.Random(rng.random()), coin="fiat", pool="FiatPool",
                 belief=belief, sell_rate=rng.uniform(0.03, 0.1))
    run.fund(acct, "FiatCoin", int(rng.uniform(60_000, 300_000)) * WAD)
    run.fund(acct, "USD", USD_EACH // 4)
    run.approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool")])
    return (h,)


def arbitrageur(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    acct, rng = run.new_account(), run.rng
    cap = int(run.cfg.get("agents", {}).get("arbitrageur_capital", 150_000)) * WAD
    arb = A.FiatArbitrageur("arbitrageur", acct, random.Random(rng.random()), capital=cap,
                            belief=rng.uniform(0.95, 0.99))
    run.fund(acct, "USD", cap)
    run.approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool")])
    return (arb,)


# ---------------------------------------------------------------- stress: the issuer each hour


def redemptions_open(cfg: dict, hour: int) -> bool:
    f = cfg.get("freeze")
    if not f:
        return True
    return not (f.get("at_hour", 0) <= hour < f.get("redemptions_reopen_hour", 10**9))


def exogenous(run: RunContext, state: dict, hour: int) -> None:
    """The issuer: freezes, impairs and resolves the reserves as `[freeze]` says, attests
    them daily, and pays queued redemptions whenever redemptions are open."""
    sim, w, dev, cfg = run.sim, run.w, run.sim.dev, run.cfg
    f = cfg.get("freeze")
    if f:
        fiat = w.c["FiatCoin"]
        reserves = sim.call(fiat, "get_reserves") or 0
        if hour == f.get("at_hour", 0):
            sim.transact(dev, fiat, "set_impaired", int(reserves * float(f["fraction"])))
            sim.transact(dev, fiat, "set_redemptions_open", False)
        if hour == f.get("resolved_hour", -1):
            impaired = sim.call(fiat, "get_impaired") or 0
            lost = int(impaired * float(f.get("haircut", 0.0)))
            sim.transact(dev, fiat, "set_impaired", 0)
            if lost:
                sim.transact(dev, fiat, "attest_reserves", reserves - lost)
        if hour == f.get("redemptions_reopen_hour", -1):
            sim.transact(dev, fiat, "set_redemptions_open", True)
        if hour % 24 == 0 and hour != f.get("resolved_hour", -1):
            sim.transact(dev, fiat, "attest_reserves", reserves)
    if not f or redemptions_open(cfg, hour):
        pay_redemptions(run, state)


def pay_redemptions(run: RunContext, state: dict) -> None:
    """The issuer wires dollars for queued redemptions (paid in the reference dollar)."""
    sim, w, dev = run.sim, run.w, run.sim.dev
    fiat = w.c["FiatCoin"]
    queued = sim.call(fiat, "redemption_queue") or 0
    for rid in range(state["paid_upto"], queued):
        r = sim.call(fiat, "redemption", rid)
        if r and r[3] == 1:
            sim.transact(dev, fiat, "complete_redemption", rid)
            sim.transact(dev, w.c["USD"], "transfer", r[0], r[1])
    state["paid_upto"] = queued


@dataclass
class FiatView:
    redemptions_open: bool


def view(run: RunContext, state: dict, hour: int) -> FiatView:
    return FiatView(redemptions_open(run.cfg, hour))


# ---------------------------------------------------------------- stress: observations


def series(run: RunContext, state: dict, hour: int, put) -> None:
    put("fiat.backing_ratio", A.unwad(run.sim.call(run.w.c["FiatCoin"], "backing_ratio")))


def figures(run: RunContext, state: dict, fig: dict[str, Any]) -> None:
    fig["min_backing_ratio"] = sig6(min(run.series.get("fiat.backing_ratio", [1.0])))


SYSTEM = System(
    name="fiat",
    label="fiat-backed (FiatCoin)",
    deploy=deploy,
    defaults={
        "fiat.max_attestation_age": 7 * DAY,
        "fiat.reserves": 10_000_000 * WAD,
        "fiat.minter_allowance": 10_000_000 * WAD,
        "fiat.initial_supply": 5_000_000 * WAD,
        "fiat.pool_amp": 200,
        "fiat.pool_fee": 4_000_000,  # 0.04% in Curve's 1e-10 units
        "fiat.pool_liquidity": 2_000_000 * WAD,
    },
    contracts=("FiatCoin", "StableSwapPool"),
    token="FiatCoin",
    pool="FiatPool",
    new_state=lambda: {"paid_upto": 0},
    setup=setup,
    agents=(AgentFactory("holders", holder), AgentFactory("arbitrageurs", arbitrageur),
            lp_factory("fiat", "FiatPool")),
    exogenous=exogenous,
    exogenous_phase=1,  # the issuer acts after the oracles have reported
    view=view,
    series=series,
    figures=figures,
    sections={"agents": FiatAgents, "freeze": FreezeSection},
    charts=(Chart("backing_ratio", (("fiat.backing_ratio", "accessible reserves / supply"),), "ratio", peg=1.0),),
)
