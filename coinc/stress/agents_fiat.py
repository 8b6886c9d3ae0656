"""The fiat coin's agents: what holders and arbitrageurs think a coin is worth, from what
they can observe, and how they trade on it.

No agent is told what the coin is worth. Each hour the fiat system's view publishes what
anyone could see (`coinc.systems.fiat.FiatView`): the attested reserves, the impaired
(frozen) part of them, the supply, the dollars owed to the redemption queue, whether
redemptions are open, the net asset value at which the contract prices a redemption
requested now, and the announcements made so far. An agent's estimate of a coin's value
(`fair_value`) is the dollars a coin would get if it were redeemed, with the frozen
reserves counted at the share the agent expects back: its own prior until someone
announces a recovery, then the announcement weighted by its credibility. The market price
is an outcome: holders sell above their estimate and buy below it, holders who need
dollars while redemptions are shut sell whatever the price, and arbitrageurs with finite
capital buy what they expect to redeem for more once the wait is priced in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coinc.stress.agents import Agent
from coinc.stress.model import WAD, Step

if TYPE_CHECKING:
    from coinc.systems.fiat import FiatView


@dataclass
class Beliefs:
    """An agent's priors: what it assumes before (or beyond) what it can observe."""

    prior_recovery: float = 1.0  # share of frozen reserves it expects back before any announcement
    prior_closure_hours: float = 48.0  # how long it expects a closure to last before it is told
    hurdle_per_day: float = 0.0  # return it asks for each day its dollars stay locked in a coin


def expected_recovery(v: FiatView, b: Beliefs) -> float:
    """The share of the reserves at risk the agent expects back: its prior, moved towards
    each announced recovery by that announcement's credibility, in the order they came."""
    recovery = b.prior_recovery
    for a in v.announcements:
        if a.recovery is not None:
            recovery += a.credibility * (a.recovery - recovery)
    return min(max(recovery, 0.0), 1.0)


def at_risk(v: FiatView) -> float:
    """Reserves the agent counts as possibly lost: the impaired ones, and of the rest of the
    bank cash (the attestation says how much of the reserves are deposits at banks) the
    share already frozen: the frozen part of its bank deposits is its estimate of the
    chance that another bank holding the rest fails too (SVB, Signature and Silvergate
    in one week of March 2023). Treasury bills at a custodian are never at risk."""
    if v.impaired <= 0:
        return 0.0
    cash = max(v.bank_cash, v.impaired)
    return v.impaired + (v.impaired / cash) * (cash - v.impaired)


def fair_value(v: FiatView, b: Beliefs) -> float:
    """Dollars per coin the agent expects a redemption to pay: the reserves less the
    expected loss on those at risk and less what the queue is already owed, per coin in
    circulation, at most par (the contract never pays more)."""
    if v.supply <= 0:
        return 1.0
    assets = v.reserves - (1.0 - expected_recovery(v, b)) * at_risk(v) - v.owed
    return min(max(assets / v.supply, 0.0), 1.0)


def expected_wait_hours(v: FiatView, b: Beliefs) -> float:
    """Hours until a coin bought now can be cashed in: none while redemptions are open and
    the accessible reserves cover the queue; the announced reopening if there is one; else
    the agent's prior, and never less than the closure has already lasted (the longer a
    closure lasts, the longer one expects it to go on)."""
    if v.redemptions_open and not v.queue_blocked:
        return 0.0
    if not v.redemptions_open and v.reopen_hour is not None and v.reopen_hour >= v.hour:
        return float(v.reopen_hour - v.hour)
    elapsed = float(v.hour - v.stuck_since) if v.stuck_since is not None else 0.0
    return max(b.prior_closure_hours - elapsed, elapsed, 1.0)


def bid_value(v: FiatView, b: Beliefs) -> float:
    """What a coin is worth to an agent that cannot cash it in yet: its fair value less
    its hurdle over the wait while reserves are at risk (a routine weekend closure of a
    fully accessible reserve costs nothing: USDC does not fall every Saturday)."""
    value = fair_value(v, b)
    if v.impaired <= 0 and not v.queue_blocked:
        return value
    return value * (1.0 - b.hurdle_per_day * expected_wait_hours(v, b) / 24.0)


def at_least(amount_in: int, rate: float) -> int:
    """A swap's slippage limit: `amount_in` at `rate` (out per in). Agents trade at their
    own valuation or better, like a limit order, so one block of many sellers cannot
    push the price through the estimates that made them sell."""
    return int(amount_in * max(rate, 0.0))


@dataclass
class FiatHolder(Agent):
    """Holds fiat coins on the market (it cannot redeem: only the issuer's institutional
    customers can, as with Circle Mint). Sells a share of its coins each hour while the
    price is above its estimate (fair value less its hurdle over the expected wait: its
    dollars are locked too) and buys when the price is well under it; a holder that
    needs dollars sells `need` coins at any price while it cannot redeem them."""

    coin: str = "fiat"
    pool: str = "FiatPool"
    beliefs: Beliefs | None = None
    sell_rate: float = 0.05
    need: int = 0  # coins it must turn into dollars while redemptions are shut
    need_rate: float = 0.1  # share of `need` it sells each hour

    def act(self, s: Step) -> None:
        v: FiatView = s.views["fiat"]
        b = self.beliefs or Beliefs()
        price = s.prices[self.coin]
        held = self.bal(s, "FiatCoin")
        usd_token = s.addr("USD")
        if self.need > WAD and held > WAD and (not v.redemptions_open or v.queue_blocked):
            amount = min(held, max(int(self.need * self.need_rate), WAD))
            self.need -= amount
            self.tx(s, self.pool, "swap", s.addr("FiatCoin"), amount, 0)
            return
        value = bid_value(v, b)
        if price > value + 0.004 and held > WAD:
            amount = int(held * self.sell_rate)
            self.tx(s, self.pool, "swap", s.addr("FiatCoin"), amount, at_least(amount, value))
        elif price < value - 0.02:
            usd = self.bal(s, "USD")
            if usd > WAD:
                self.tx(s, self.pool, "swap", usd_token, int(usd * 0.1), at_least(int(usd * 0.1), 1 / value))


@dataclass
class FiatArbitrageur(Agent):
    """An institutional customer of the issuer (it can redeem): buys coins under what a
    redemption pays and redeems them while redemptions are open and the queue is paid;
    while they are shut it buys only under its bid (fair value less its hurdle over the
    expected wait), with a twentieth of its capital an hour, and holds them until it can
    redeem them; sells coins when the market pays more than a redemption would."""

    capital: int = 0
    beliefs: Beliefs | None = None

    def act(self, s: Step) -> None:
        v: FiatView = s.views["fiat"]
        b = self.beliefs or Beliefs()
        price = s.prices["fiat"]
        usd = self.bal(s, "USD")
        held = self.bal(s, "FiatCoin")
        payable = v.redemptions_open and not v.queue_blocked
        if payable and held > WAD and price < v.nav:
            self.tx(s, "FiatCoin", "request_redemption", held)  # coins bought earlier: cash them
        if payable and price < v.nav - 0.002 and usd > WAD:
            spend = min(usd, self.capital // 4)
            out = s.sim.call(s.w.c["FiatPool"], "get_amount_out", s.addr("USD"), spend) or 0
            if out * v.nav > spend * 1.0005:  # the redemption pays for the trade and its fee
                self.tx(s, "FiatPool", "swap", s.addr("USD"), spend, out * 999 // 1000)
                self.tx(s, "FiatCoin", "request_redemption", out * 999 // 1000)
            return
        if not payable and price < bid_value(v, b) - 0.005 and usd > WAD:
            spend = min(usd, self.capital // 20)
            self.tx(s, "FiatPool", "swap", s.addr("USD"), spend, at_least(spend, 1 / bid_value(v, b)))
            return
        worth = v.nav if payable else 1.0  # what it would redeem them for (closed: par, later)
        if price > worth + 0.002 and held > WAD:  # the market pays more than a redemption would
            self.tx(s, "FiatPool", "swap", s.addr("FiatCoin"), held // 2, at_least(held // 2, worth))


@dataclass
class BackedHolder(Agent):
    """Holds the vault coin in a run where its PSM holds fiat coins: values it as its
    backing, par for the part backed by vault collateral and the fiat coin's fair value
    (its own estimate) for the PSM's share of the supply; sells above that, buys under."""

    beliefs: Beliefs | None = None
    sell_rate: float = 0.1

    def act(self, s: Step) -> None:
        value = backed_value(s, self.beliefs or Beliefs())
        price = s.prices["vault"]
        held = self.bal(s, "VaultCoin")
        if price > value + 0.004 and held > WAD:
            amount = int(held * self.sell_rate)
            self.tx(s, "VaultPool", "swap", s.addr("VaultCoin"), amount, at_least(amount, value))
        elif price < value - 0.02:
            usd = self.bal(s, "USD")
            if usd > WAD:
                self.tx(s, "VaultPool", "swap", s.addr("USD"), int(usd * 0.1), at_least(int(usd * 0.1), 1 / value))


def psm_share(s: Step) -> float:
    """The share of the vault coin's supply backed by fiat coins in the PSM (on chain)."""
    gem = s.sim.call(s.w.c["PSM"], "gem_held") or 0
    supply = s.sim.call(s.w.c["VaultCoin"], "totalSupply") or 0
    return min(gem / supply, 1.0) if supply else 0.0


def backed_value(s: Step, b: Beliefs) -> float:
    """A vault coin's worth to a holder: par less the PSM share's expected loss."""
    if "PSM" not in s.w.c or "fiat" not in s.views:
        return 1.0
    return 1.0 - psm_share(s) * (1.0 - fair_value(s.views["fiat"], b))


@dataclass
class VaultArbitrageur(Agent):
    """Trades the vault coin against the PSM, only when the round trip pays after the
    pools' prices and the PSM's fees (quoted on chain before it trades): buys cheap fiat
    coins, swaps them into the PSM at par and sells the vault coins it gets (contagion:
    the PSM fills with impaired fiat coins); or buys cheap vault coins, takes fiat coins
    out of the PSM and sells them. Of a few sizes up to a quarter of its capital it
    trades the most profitable one; every leg carries a slippage limit, so when other
    arbitrageurs got there first in the block its trade reverts instead of overshooting
    (what it is left holding from a broken round trip it sells back first)."""

    capital: int = 0
    margin: float = 0.002  # the least profit per dollar it trades for
    fee_in: int = 0  # the PSM's published fees (wad)
    fee_out: int = 0
    slippage: float = 0.003  # tolerance on each leg's quoted output

    def act(self, s: Step) -> None:
        if "PSM" not in s.w.c:
            return
        for token, pool in (("VaultCoin", "VaultPool"), ("FiatCoin", "FiatPool")):
            left = self.bal(s, token)
            if left > WAD:
                self.tx(s, pool, "swap", s.addr(token), left, 0)
                return
        usd = self.bal(s, "USD")
        if usd <= WAD:
            return
        best = None
        for divisor in (4, 8, 16, 32):
            spend = min(usd, self.capital // divisor)
            for plan in (self.plan_into_psm(s, spend), self.plan_out_of_psm(s, spend)):
                if plan and plan[0] > spend * self.margin and (best is None or plan[0] > best[0]):
                    best = plan
        if best:
            for contract, fn, args in best[1]:
                self.tx(s, contract, fn, *args)

    def guard(self, quoted: int) -> int:
        return int(quoted * (1 - self.slippage))

    def plan_into_psm(self, s: Step, spend: int):
        """USD -> fiat coins -> PSM -> vault coins -> USD: (profit, transactions) or None."""
        c, usd = s.w.c, s.addr("USD")
        fiat = s.sim.call(c["FiatPool"], "get_amount_out", usd, spend) or 0
        gem_in = self.guard(fiat)
        minted = gem_in - gem_in * self.fee_in // WAD
        if minted <= WAD:
            return None
        back = s.sim.call(c["VaultPool"], "get_amount_out", s.addr("VaultCoin"), minted) or 0
        back += int((fiat - gem_in) * s.prices["fiat"])  # the slippage margin it keeps, sold later
        return back - spend, [("FiatPool", "swap", (usd, spend, gem_in)), ("PSM", "sell_gem", (gem_in,)),
                              ("VaultPool", "swap", (s.addr("VaultCoin"), minted, self.guard(back)))]

    def plan_out_of_psm(self, s: Step, spend: int):
        """USD -> vault coins -> PSM -> fiat coins -> USD: (profit, transactions) or None."""
        c, usd = s.w.c, s.addr("USD")
        quoted = s.sim.call(c["VaultPool"], "get_amount_out", usd, spend) or 0
        coins = self.guard(quoted)
        gem = s.sim.call(c["PSM"], "gem_held") or 0
        amount = min(coins * WAD // (WAD + self.fee_out), gem)
        if amount <= WAD:
            return None
        back = s.sim.call(c["FiatPool"], "get_amount_out", s.addr("FiatCoin"), amount) or 0
        back += int((quoted - amount - amount * self.fee_out // WAD) * s.prices["vault"])  # kept, sold later
        return back - spend, [("VaultPool", "swap", (usd, spend, coins)), ("PSM", "buy_gem", (amount,)),
                              ("FiatPool", "swap", (s.addr("FiatCoin"), amount, self.guard(back)))]
