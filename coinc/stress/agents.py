"""Agents: each a policy that reads the market once per hour and sends transactions.

Policies are deliberately simple and documented in docs/stress.md; what they do to the
coins comes from the contracts, since every action is a signed transaction the Coin VM
executes (a trade that no longer fits when its block runs simply reverts).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coinc.stress.model import WAD, Step

if TYPE_CHECKING:
    from coinc.stress.chainsim import Account


def wad(x: float) -> int:
    return int(round(x * 1e6)) * 10**12


def unwad(x: int | None) -> float:
    return 0.0 if x is None else x / 1e18


@dataclass
class Agent:
    kind: str
    account: Account
    rng: random.Random
    cfg: dict = field(default_factory=dict)

    def act(self, s: Step) -> None:  # pragma: no cover - every kind overrides it
        raise NotImplementedError

    def tx(self, s: Step, contract, fn: str, *args, value: int = 0, gas: int = 3_000_000,
           tip: int | None = None, max_fee: int | None = None):
        """Send a transaction; `tip` is the max priority fee per gas (wei), `max_fee` the fee
        cap (default: 2 x the base fee + tip)."""
        return s.sim.transact(self.account, s.w.c[contract], fn, *args, value=value, gas=gas, tip=tip,
                              max_fee=max_fee)

    def bal(self, s: Step, token: str) -> int:
        return s.sim.call(s.w.c[token], "balanceOf", self.account.address) or 0


# ---------------------------------------------------------------- markets and holders


@dataclass
class Holder(Agent):
    """Holds a stablecoin; sells when the market price is above what it believes the coin
    is worth (fear), buys it back when far below; belief follows the scenario's news."""

    coin: str = ""
    pool: str = ""
    belief: float = 1.0
    sell_rate: float = 0.3
    panic_below: float = 0.0  # sells whatever the price once it is under this (run dynamics)
    buys_dips: bool = True

    def act(self, s: Step) -> None:
        price = s.prices[self.coin]
        belief = s.belief(self)
        held = self.bal(s, s.token_of[self.coin])
        token = s.token_of[self.coin]
        wave = s.wave_fraction(self)
        if wave and held:
            self.tx(s, self.pool, "swap", s.addr(token), int(held * wave), 0)
            return
        if price < self.panic_below and held > WAD:
            self.tx(s, self.pool, "swap", s.addr(token), int(held * self.sell_rate), 0)
            return
        if price > belief + 0.004 and held > WAD:
            self.tx(s, self.pool, "swap", s.addr(token), int(held * self.sell_rate), 0)
        elif price < belief - 0.02 and self.buys_dips:
            usd = self.bal(s, "USD")
            if usd > WAD:
                self.tx(s, self.pool, "swap", s.addr("USD"), int(usd * 0.1), 0)


@dataclass
class LiquidityProvider(Agent):
    """Provides liquidity; pulls all of it once the coin is off peg by more than its
    threshold (or when the scenario pulls liquidity)."""

    coin: str = ""
    pool: str = ""
    threshold: float = 0.02
    pulled: bool = False

    def act(self, s: Step) -> None:
        if self.pulled:
            return
        shares = self.bal(s, self.pool)
        if not shares:
            return
        forced = s.pull_fraction(self)
        if forced:
            self.tx(s, self.pool, "remove_liquidity", int(shares * forced), 0, 0)
            self.pulled = True
        elif abs(s.prices[self.coin] - 1.0) > self.threshold:
            self.tx(s, self.pool, "remove_liquidity", shares, 0, 0)
            self.pulled = True


@dataclass
class FiatArbitrageur(Agent):
    """Buys the fiat coin under par and redeems it when redemptions are open; while they
    are closed it buys only below its own estimate of the coin's value; mints and sells
    above par."""

    capital: int = 0
    belief: float = 0.97

    def act(self, s: Step) -> None:
        price = s.prices["fiat"]
        usd = self.bal(s, "USD")
        held = self.bal(s, "FiatCoin")
        redemptions_open = s.views["fiat"].redemptions_open
        if redemptions_open and held > WAD and price < 1.0:
            self.tx(s, "FiatCoin", "request_redemption", held)  # coins bought earlier: cash them
        if redemptions_open and price < 0.998 and usd > WAD:
            spend = min(usd, self.capital // 4)
            out = s.sim.call(s.w.c["FiatPool"], "get_amount_out", s.addr("USD"), spend) or 0
            if out > spend:
                self.tx(s, "FiatPool", "swap", s.addr("USD"), spend, 0)
                self.tx(s, "FiatCoin", "request_redemption", out * 999 // 1000)
            return
        if not redemptions_open and price < s.belief(self) - 0.01 and usd > WAD:
            self.tx(s, "FiatPool", "swap", s.addr("USD"), min(usd, self.capital // 20), 0)
            return
        held = self.bal(s, "FiatCoin")
        if price > 1.002 and held > WAD:
            self.tx(s, "FiatPool", "swap", s.addr("FiatCoin"), held // 2, 0)


@dataclass
class VaultArbitrageur(Agent):
    """Trades the vault coin back to par against the PSM (when there is one): buys it
    under par and takes fiat coins out of the PSM; sells fiat coins into the PSM and the
    vault coin on the market above par or when the fiat coin is cheap (contagion)."""

    capital: int = 0

    def act(self, s: Step) -> None:
        if "PSM" not in s.w.c:
            return
        p_vault = s.prices["vault"]
        p_fiat = s.prices.get("fiat", 1.0)
        usd = self.bal(s, "USD")
        if p_fiat < p_vault - 0.003 and usd > WAD:
            # cheap fiat coins: buy them, swap into the PSM at par, sell the vault coins
            spend = min(usd, self.capital // 4)
            got = s.sim.call(s.w.c["FiatPool"], "get_amount_out", s.addr("USD"), spend) or 0
            if got:
                self.tx(s, "FiatPool", "swap", s.addr("USD"), spend, 0)
                self.tx(s, "PSM", "sell_gem", got * 99 // 100)
                self.tx(s, "VaultPool", "swap", s.addr("VaultCoin"), got * 98 // 100, 0)
        elif p_vault < min(p_fiat, 1.0) - 0.004 and usd > WAD:
            spend = min(usd, self.capital // 4)
            got = s.sim.call(s.w.c["VaultPool"], "get_amount_out", s.addr("USD"), spend) or 0
            gem = s.sim.call(s.w.c["PSM"], "gem_held") or 0
            amount = min(got * 99 // 100 * 1000 // 1001, gem)
            if amount > WAD:
                self.tx(s, "VaultPool", "swap", s.addr("USD"), spend, 0)
                self.tx(s, "PSM", "buy_gem", amount)
                self.tx(s, "FiatPool", "swap", s.addr("FiatCoin"), amount, 0)


@dataclass
class AlgoArbitrageur(Agent):
    """Terra's arbitrage: buy the coin under par, swap it for freshly minted share at the
    oracle price, sell the share; and the reverse above par."""

    capital: int = 0

    def act(self, s: Step) -> None:
        price = s.prices["algo"]
        usd = self.bal(s, "USD")
        if price < 0.99 and usd > WAD:
            # the largest of a few trade sizes that still pays: buy coins, mint share, sell it
            for divisor in (3, 10, 30, 100, 300):
                spend = min(usd, self.capital // divisor)
                coins = s.sim.call(s.w.c["AlgoPool"], "get_amount_out", s.addr("USD"), spend) or 0
                share = s.sim.call(s.w.c["SwapModule"], "quote_stable_for_share", coins * 99 // 100) or 0
                back = s.sim.call(s.w.c["SharePool"], "get_amount_out", s.addr("ShareToken"),
                                  share * 99 // 100) or 0
                if coins and share and back > spend:
                    self.tx(s, "AlgoPool", "swap", s.addr("USD"), spend, 0)
                    self.tx(s, "SwapModule", "swap_stable_for_share", coins * 99 // 100, 0)
                    self.tx(s, "SharePool", "swap", s.addr("ShareToken"), share * 99 // 100, 0)
                    return
        elif price > 1.01 and usd > WAD:
            spend = min(usd, self.capital // 4)
            share = s.sim.call(s.w.c["SharePool"], "get_amount_out", s.addr("USD"), spend) or 0
            coins = s.sim.call(s.w.c["SwapModule"], "quote_share_for_stable", share * 99 // 100) or 0
            if share and coins:
                self.tx(s, "SharePool", "swap", s.addr("USD"), spend, 0)
                self.tx(s, "SwapModule", "swap_share_for_stable", share * 99 // 100, 0)
                self.tx(s, "AlgoPool", "swap", s.addr("AlgoStable"), coins * 99 // 100, 0)


@dataclass
class ShareHolder(Agent):
    """Holds share tokens and dumps them as their price collapses."""

    panic_drop: float = 0.5

    def act(self, s: Step) -> None:
        algo = s.views["algo"]
        if algo.share_price < algo.share_price_start * (1 - self.panic_drop):
            held = self.bal(s, "ShareToken")
            if held > WAD:
                self.tx(s, "SharePool", "swap", s.addr("ShareToken"), held // 3, 0)


# ---------------------------------------------------------------- vaults


@dataclass
class Borrower(Agent):
    """Keeps a vault between its own minimum and target collateral ratios: repays with
    the coins it holds or adds collateral when the oracle price falls; panics and repays
    everything it can after a fast fall."""

    min_ratio: float = 1.6
    target: float = 2.0
    reserve: int = 0  # native coin kept outside the vault to top up with
    activity: float = 0.5  # chance of looking at the vault in a given hour

    def act(self, s: Step) -> None:
        if self.rng.random() > self.activity:
            return
        ratio = unwad(s.sim.call(s.w.c["VaultEngine"], "collateral_ratio", self.account.address))
        if ratio == 0.0:
            return
        if s.day_drop > 0.25 and self.rng.random() < 0.15:
            self.buy_and_repay(s, 1.0)
            return
        if ratio < self.min_ratio + 0.05:
            if self.reserve > 0:
                add = min(self.reserve, s.sim.balance(self.account.address) // 2)
                if add > 0:
                    self.reserve -= add
                    self.tx(s, "VaultEngine", "deposit", value=add)
                    return
            self.buy_and_repay(s, 1 - ratio / self.target)

    def buy_and_repay(self, s: Step, fraction: float) -> None:
        """Repay `fraction` of the debt, buying vault coins on the market if short."""
        engine = s.w.c["VaultEngine"]
        debt = s.sim.call(engine, "debt_of", self.account.address) or 0
        want = int(debt * min(max(fraction, 0.0), 1.0))
        held = self.bal(s, "VaultCoin")
        if held < want:
            usd = self.bal(s, "USD")
            spend = min(usd, int((want - held) * 1.02))
            if spend > WAD:
                got = s.sim.call(s.w.c["VaultPool"], "get_amount_out", s.addr("USD"), spend) or 0
                self.tx(s, "VaultPool", "swap", s.addr("USD"), spend, 0)
                held += got
        pay = min(held, want)
        if pay > WAD and (debt - pay >= 100 * WAD or pay >= debt):
            self.tx(s, "VaultEngine", "repay", pay)
