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
    # its gas budget: the most it pays per gas (wei), the fee cap of all its transactions;
    # None: whatever the next block asks (2 x the latest base fee + tip)
    fee_cap: int | None = None

    def act(self, s: Step) -> None:  # pragma: no cover - every kind overrides it
        raise NotImplementedError

    def tx(self, s: Step, contract, fn: str, *args, value: int = 0, gas: int = 3_000_000,
           tip: int | None = None, max_fee: int | None = None):
        """Send a transaction: `tip` is its max priority fee per gas (wei; the chain's usual
        one unless given, and within a budget only what the budget leaves over the latest
        base fee), `max_fee` its fee cap (the agent's `fee_cap` budget, else 2 x the latest
        base fee + tip, unless given). None if it was not sent: the node refused it (e.g.
        a cap under the next base fee), or an earlier transaction of this agent still
        waits in the mempool, so a later nonce could not be included before it anyway."""
        if s.sim.is_waiting(self.account):
            return None
        if max_fee is None and self.fee_cap is not None:
            max_fee = self.fee_cap
            headroom = max(0, self.fee_cap - s.sim.base_fee())
            tip = min(s.sim.tip if tip is None else tip, headroom)
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
# The fiat coin's agents (and the PSM arbitrageur) live in coinc/stress/agents_fiat.py;
# the algorithmic coin's in coinc/stress/agents_algo.py.


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
