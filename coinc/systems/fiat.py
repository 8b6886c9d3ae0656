"""The fiat-backed coin (USDC-like): FiatCoin, minted against attested reserves and
redeemed by the issuer, who wires reference dollars; a scenario's `[freeze]` impairs
and later resolves the reserves (SVB, March 2023)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field

from coinc.deploy import Deployer
from coinc.errors import UserError
from coinc.stress import agents as A
from coinc.stress.agents_fiat import BackedHolder, Beliefs, FiatArbitrageur, FiatHolder
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
    vault_holders: Count = 0  # holders of the vault coin valuing it by its backing (contagion)
    # holders' mean expected recovery on reserves at risk (sd 0.2); lower: more fear
    holder_panic: Frac = 0.3
    arbitrageur_capital: Money = 150_000
    arbitrageur_recovery: Frac = 0.8
    liquidity_need: Frac = 0.3
    closure_prior_hours: Annotated[float, Field(ge=0, le=10_000)] = 48
    holder_hurdle: Frac = 0.01  # a day
    arbitrageur_hurdle: Frac = 0.01  # a day


class FreezeSection(Section):
    """[freeze]: `fraction` of the reserves frozen at `at_hour`, made whole (less
    `haircut` of them) at `resolved_hour`; redemptions closed until `redemptions_reopen_hour`."""

    fraction: Frac
    at_hour: Annotated[int, Field(ge=0, le=100_000)] = 0
    resolved_hour: Hour = -1  # -1: never
    redemptions_reopen_hour: Hour = -1  # -1: never
    haircut: Frac = 0.0


class ReservesSection(Section):
    """[reserves]: the share of the reserves held as cash at banks (the rest in T-bills)."""

    bank_cash_share: Frac = 0.23  # Circle, 11 March 2023


class EventSection(Section):
    """One `[[events]]` table (an announcement, `Announcement`)."""

    hour: Annotated[int, Field(ge=0, le=100_000)]
    kind: Literal["backstop", "reopen", "news"]
    text: str = ""
    recovery: Frac | None = None
    reopen_hour: Annotated[int, Field(ge=0, le=100_000)] | None = None
    credibility: Frac = 1.0

# ---------------------------------------------------------------- stress: scenario news

EVENT_KINDS = ("backstop", "reopen", "news")


@dataclass(frozen=True)
class Announcement:
    """A scenario event (`[[events]]`): news every agent hears from `hour` on. A backstop
    says what share of the frozen reserves will come back (`recovery`, by default the
    scenario's truth, 1 - `freeze.haircut`); a reopening says when redemptions reopen
    (`reopen_hour`, by default `freeze.redemptions_reopen_hour`). Agents weigh what is
    announced by its `credibility` (0-1)."""

    hour: int
    kind: str
    text: str = ""
    recovery: float | None = None
    reopen_hour: int | None = None
    credibility: float = 1.0


def announcements(cfg: dict) -> tuple[Announcement, ...]:
    """The scenario's `[[events]]`, checked, in the order of their hours."""
    raw = cfg.get("events", [])
    if not isinstance(raw, list):
        raise UserError("scenario key `events` must be an array of tables ([[events]])")
    f = cfg.get("freeze") or {}
    out = []
    for i, e in enumerate(raw):
        where = f"scenario `events[{i}]`"
        if not isinstance(e, dict):
            raise UserError(f"{where} must be a table with `hour` and `kind`")
        unknown = set(e) - {"hour", "kind", "text", "recovery", "reopen_hour", "credibility"}
        if unknown:
            raise UserError(f"{where}: unknown key `{sorted(unknown)[0]}` (allowed: hour, kind, text, "
                            "recovery, reopen_hour, credibility)")
        hour, kind = e.get("hour"), e.get("kind")
        if not isinstance(hour, int) or isinstance(hour, bool) or hour < 0:
            raise UserError(f"{where}: `hour` must be an integer >= 0")
        if kind not in EVENT_KINDS:
            raise UserError(f"{where}: `kind` must be one of {', '.join(EVENT_KINDS)}")
        credibility = _fraction(e.get("credibility", 1.0), f"{where}: `credibility`")
        recovery = reopen = None
        if kind == "backstop":
            recovery = _fraction(e.get("recovery", 1.0 - float(f.get("haircut", 0.0))), f"{where}: `recovery`")
        if kind == "reopen":
            reopen = e.get("reopen_hour", f.get("redemptions_reopen_hour"))
            if not isinstance(reopen, int) or isinstance(reopen, bool) or reopen < 0:
                raise UserError(f"{where}: `reopen_hour` must be an integer >= 0 (or set "
                                "`freeze.redemptions_reopen_hour`)")
        out.append(Announcement(hour, kind, str(e.get("text", "")), recovery, reopen, credibility))
    return tuple(sorted(out, key=lambda a: a.hour))


def _fraction(x: Any, what: str) -> float:
    if isinstance(x, bool) or not isinstance(x, int | float) or not 0.0 <= float(x) <= 1.0:
        raise UserError(f"{what} must be a number from 0 to 1")
    return float(x)


# ---------------------------------------------------------------- stress: set-up and agents

USD_EACH = 200_000 * WAD


def issue(run: RunContext, to: bytes, amount: int) -> None:
    """New coins for dollars paid in: the issuer attests the larger reserves, raises its
    own minting allowance and mints. Every step is checked (a set-up that silently mints
    nothing would run a different scenario)."""
    sim, fiat, dev = run.sim, run.w.c["FiatCoin"], run.sim.dev
    reserves = sim.call(fiat, "get_reserves") or 0
    allowance = sim.call(fiat, "minter_allowance", dev.address) or 0
    steps = [("attest_reserves", (reserves + amount,)),
             ("configure_minter", (dev.address, allowance + amount)),
             ("mint", (to, amount))]
    for fn, args in steps:
        sent = sim.transact(dev, fiat, fn, *args)
        done = sim.mine()
        receipt = next((r for s, r in done if sent is not None and s.tx_hash == sent.tx_hash), None)
        if receipt is None or receipt.status != 1:
            raise UserError(f"simulation set-up: issuing {amount / WAD:,.0f} fiat coins failed at FiatCoin.{fn}")


def setup(run: RunContext, state: dict) -> None:
    state["events"] = announcements(run.cfg)
    issue(run, run.sim.dev.address, 4_000_000 * WAD)
    # fully backed, as USDC was: reserves equal the supply
    attest(run, run.supply("FiatCoin"), 0)


def bank_cash_share(cfg: dict) -> float:
    """`reserves.bank_cash_share`: the share of the reserves held as deposits at banks."""
    return _fraction(cfg.get("reserves", {}).get("bank_cash_share", 0.23), "scenario `reserves.bank_cash_share`")


def attest(run: RunContext, reserves: int, impaired: int) -> None:
    """The attester publishes the reserves and how much of them is cash at banks (never
    less than what a bank failure froze)."""
    sim, fiat, dev = run.sim, run.w.c["FiatCoin"], run.sim.dev
    sim.transact(dev, fiat, "attest_reserves", reserves)
    sim.transact(dev, fiat, "attest_bank_cash", min(reserves, max(impaired, int(reserves * bank_cash_share(run.cfg)))))


# `[agents]` keys of the fiat agents: (default = the bundled calibration, upper bound)
AGENT_KEYS = {
    "holder_panic": (0.3, 1.0),
    "arbitrageur_recovery": (0.8, 1.0),
    "liquidity_need": (0.3, 1.0),
    "closure_prior_hours": (48.0, 10_000.0),
    "holder_hurdle": (0.01, 1.0),
    "arbitrageur_hurdle": (0.01, 1.0),
}


def agent_value(cfg: dict, key: str) -> float:
    """`agents.<key>`, checked: a number from 0 to its bound."""
    default, bound = AGENT_KEYS[key]
    x = cfg.get("agents", {}).get(key, default)
    if isinstance(x, bool) or not isinstance(x, int | float) or not 0.0 <= float(x) <= bound:
        raise UserError(f"scenario `agents.{key}` must be a number from 0 to {bound:g}, got {x!r}")
    return float(x)


def beliefs(run: RunContext, kind: str) -> Beliefs:
    """An agent's priors, drawn around the scenario's `[agents]` values: the recovery it
    expects on reserves at risk (`holder_panic` for holders, `arbitrageur_recovery` for
    arbitrageurs, sd 0.2), how long it expects a closure to last (`closure_prior_hours`,
    x0.5-1.5), and the return a day it asks while its dollars are locked in a coin it
    cannot redeem (`holder_hurdle` / `arbitrageur_hurdle`, x0.5-1.5)."""
    rng, cfg = run.rng, run.cfg
    arb = kind == "arbitrageur"
    prior = agent_value(cfg, "arbitrageur_recovery" if arb else "holder_panic")
    recovery = min(1.0, max(0.0, rng.gauss(prior, 0.2)))
    closure = agent_value(cfg, "closure_prior_hours") * rng.uniform(0.5, 1.5)
    hurdle = agent_value(cfg, "arbitrageur_hurdle" if arb else "holder_hurdle") * rng.uniform(0.5, 1.5)
    return Beliefs(prior_recovery=recovery, prior_closure_hours=closure, hurdle_per_day=hurdle)


def holder(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    acct, rng = run.new_account(), run.rng
    coins = int(rng.uniform(60_000, 300_000)) * WAD
    needs = rng.random() < agent_value(run.cfg, "liquidity_need")
    h = FiatHolder("holder", acct, random.Random(rng.random()), beliefs=beliefs(run, "holder"),
                   sell_rate=rng.uniform(0.03, 0.1), need=int(coins * rng.uniform(0.3, 1.0)) if needs else 0)
    run.fund(acct, "FiatCoin", coins)
    run.fund(acct, "USD", USD_EACH // 4)
    run.approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool")])
    return (h,)


def arbitrageur(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    acct, rng = run.new_account(), run.rng
    cap = int(run.cfg.get("agents", {}).get("arbitrageur_capital", 150_000)) * WAD
    arb = FiatArbitrageur("arbitrageur", acct, random.Random(rng.random()), capital=cap,
                          beliefs=beliefs(run, "arbitrageur"))
    run.fund(acct, "USD", cap)
    run.approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool")])
    return (arb,)


def vault_holder(run: RunContext, state: dict) -> tuple[A.Agent, ...]:
    """A holder of the vault coin who values it by its backing, PSM share included."""
    acct, rng = run.new_account(), run.rng
    h = BackedHolder("vault-holder", acct, random.Random(rng.random()), beliefs=beliefs(run, "holder"),
                     sell_rate=rng.uniform(0.05, 0.2))
    run.fund(acct, "VaultCoin", int(rng.uniform(50_000, 200_000)) * WAD)
    run.fund(acct, "USD", USD_EACH // 4)
    run.approve_all(acct, [("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
    return (h,)


# ---------------------------------------------------------------- stress: the issuer each hour


def redemptions_open(cfg: dict, hour: int) -> bool:
    f = cfg.get("freeze")
    if not f:
        return True
    return not (f.get("at_hour", 0) <= hour < f.get("redemptions_reopen_hour", 10**9))


def exogenous(run: RunContext, state: dict, hour: int) -> None:
    """The issuer: freezes the reserves at `freeze.at_hour` (a failed bank: `fraction` of
    them impaired, redemptions closed while the banks are), resolves them at
    `resolved_hour` (the lost share, `haircut` of the frozen reserves, is written down
    for good; the rest is accessible again), reopens redemptions at
    `redemptions_reopen_hour`, attests its reserves on chain daily and after every
    change, and pays the queue in order from accessible reserves while it is open."""
    sim, w, dev, cfg = run.sim, run.w, run.sim.dev, run.cfg
    f = cfg.get("freeze")
    fiat = w.c["FiatCoin"]
    if f:
        reserves = sim.call(fiat, "get_reserves") or 0
        if hour == f.get("at_hour", 0):
            sim.transact(dev, fiat, "set_impaired", int(reserves * float(f["fraction"])))
            sim.transact(dev, fiat, "set_redemptions_open", False)
        lost = 0
        if hour == f.get("resolved_hour", -1):
            impaired = sim.call(fiat, "get_impaired") or 0
            lost = int(impaired * float(f.get("haircut", 0.0)))
            if lost:
                sim.transact(dev, fiat, "write_down", lost)
            sim.transact(dev, fiat, "set_impaired", 0)
        if hour == f.get("redemptions_reopen_hour", -1):
            sim.transact(dev, fiat, "set_redemptions_open", True)
        if hour == f.get("resolved_hour", -1):
            reserves -= lost
        if hour % 24 == 0 or hour == f.get("resolved_hour", -1):
            impaired = 0 if hour == f.get("resolved_hour", -1) else sim.call(fiat, "get_impaired") or 0
            if hour == f.get("at_hour", 0):
                impaired = int(reserves * float(f["fraction"]))
            attest(run, reserves, impaired)
    if redemptions_open(cfg, hour):
        pay_redemptions(run, state)


def pay_redemptions(run: RunContext, state: dict) -> None:
    """The issuer wires dollars for queued redemptions, oldest first, each at the price
    the contract set when it was requested, as long as its accessible reserves cover the
    next one: the rest wait (an illiquid issuer queues; it never pays what it lacks)."""
    sim, w, dev = run.sim, run.w, run.sim.dev
    fiat = w.c["FiatCoin"]
    queued = sim.call(fiat, "redemption_queue") or 0
    accessible = (sim.call(fiat, "get_reserves") or 0) - (sim.call(fiat, "get_impaired") or 0)
    rid = state["paid_upto"]
    while rid < queued:
        r = sim.call(fiat, "redemption", rid)
        if r and r[3] == 1:
            payout = sim.call(fiat, "redemption_payout", rid) or 0
            if payout > accessible:
                break
            accessible -= payout
            sim.transact(dev, fiat, "complete_redemption", rid)
            if payout:
                sim.transact(dev, w.c["USD"], "transfer", r[0], payout)
        rid += 1
    state["paid_upto"] = rid


@dataclass
class FiatView:
    """What anyone can observe of the fiat coin in an hour (dollars and coins as floats):
    the attested reserves and their impaired part, the supply, the dollars owed to the
    redemption queue, the contract's net asset value per coin, whether redemptions are
    open, whether the queue is stuck (owed more than the accessible reserves), since when
    coins could not be cashed in, and the announcements made so far."""

    hour: int
    redemptions_open: bool
    reserves: float = 1.0
    impaired: float = 0.0
    bank_cash: float = 0.0
    supply: float = 1.0
    owed: float = 0.0
    nav: float = 1.0
    queue_blocked: bool = False
    stuck_since: int | None = None
    announcements: tuple[Announcement, ...] = ()

    @property
    def reopen_hour(self) -> int | None:
        """The latest announced reopening of redemptions, if any."""
        hours = [a.reopen_hour for a in self.announcements if a.reopen_hour is not None]
        return hours[-1] if hours else None


def view(run: RunContext, state: dict, hour: int) -> FiatView:
    sim, fiat = run.sim, run.w.c["FiatCoin"]
    reserves = (sim.call(fiat, "get_reserves") or 0) / WAD
    impaired = (sim.call(fiat, "get_impaired") or 0) / WAD
    owed = (sim.call(fiat, "pending_redemptions") or 0) / WAD
    is_open = bool(sim.call(fiat, "are_redemptions_open"))
    blocked = owed > reserves - impaired + 1e-9
    if is_open and not blocked:
        state["stuck_since"] = None
    elif state.get("stuck_since") is None:
        state["stuck_since"] = hour
    bank_cash = (sim.call(fiat, "get_bank_cash") or 0) / WAD
    return FiatView(hour, is_open, reserves, impaired, bank_cash, (sim.call(fiat, "totalSupply") or 0) / WAD, owed,
                    A.unwad(sim.call(fiat, "nav")), blocked, state["stuck_since"],
                    tuple(a for a in state["events"] if a.hour <= hour))


# ---------------------------------------------------------------- stress: observations


def series(run: RunContext, state: dict, hour: int, put) -> None:
    sim, fiat = run.sim, run.w.c["FiatCoin"]
    put("fiat.backing_ratio", A.unwad(sim.call(fiat, "backing_ratio")))
    put("fiat.nav", A.unwad(sim.call(fiat, "nav")))
    put("fiat.redemption_queue", (sim.call(fiat, "pending_redemptions") or 0) / WAD)


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
    new_state=lambda: {"paid_upto": 0, "stuck_since": None, "events": ()},
    setup=setup,
    agents=(AgentFactory("holders", holder), AgentFactory("arbitrageurs", arbitrageur),
            lp_factory("fiat", "FiatPool"),
            AgentFactory("vault_holders", vault_holder, applies=lambda coins: "vault" in coins)),
    exogenous=exogenous,
    exogenous_phase=1,  # the issuer acts after the oracles have reported
    view=view,
    series=series,
    figures=figures,
    sections={"agents": FiatAgents, "freeze": FreezeSection, "reserves": ReservesSection,
              "events": list[EventSection]},
    charts=(Chart("backing_ratio", (("fiat.backing_ratio", "accessible reserves / supply"),
                                    ("fiat.nav", "net asset value a redemption is priced at")), "ratio", peg=1.0),
            Chart("redemption_queue", (("fiat.redemption_queue", "dollars owed to the queue"),), "$")),
)
