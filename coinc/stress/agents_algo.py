"""Agents of the algorithmic coin (Terra's UST and LUNA, May 2022).

Each reads what it could see on chain (market prices, the market module's rates, the
deposits in the savings pool, the share token's supply and price) and sends signed
transactions; none of them is told how the run ends. The arbitrageur trades only when
the whole round trip pays after the module's spread, both pools' fees and slippage,
sized to the most profitable amount its capital allows; holders leave the savings pool
and sell when what they observe frightens them; share holders sell as the share's price
falls and as it is diluted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coinc.stress.agents import Agent
from coinc.stress.model import WAD, Step

if TYPE_CHECKING:
    from coinc.systems.algo import AlgoView

BPS = 10_000
URGENT_DISCOUNT = 0.10


# ---------------------------------------------------------------- the markets' formulas

def cp_out(amount_in: int, r_in: int, r_out: int, fee_bps: int) -> int:
    """Uniswap v2's getAmountOut, as contracts/amm.coin computes it (for sizing only:
    every trade is still priced by the contract when its block runs)."""
    if amount_in <= 0 or r_in <= 0 or r_out <= 0:
        return 0
    with_fee = amount_in * (BPS - fee_bps)
    return with_fee * r_out // (r_in * BPS + with_fee)


FEE_DENOMINATOR = 10**10


def ss_d(x0: int, x1: int, amp: int) -> int:
    """Curve's StableSwap invariant D, step for step as contracts/amm.coin's get_d."""
    s = x0 + x1
    if s == 0:
        return 0
    d, ann = s, amp * 2
    for i in range(255):
        d_p = d * d // (x0 * 2) * d // (x1 * 2)
        prev = d
        d = (ann * s + d_p * 2) * d // ((ann - 1) * d + 3 * d_p)
        step = abs(d - prev)
        if step <= 1:
            return d
        if i >= 64 and step <= d // 10**6 + 1000:
            return min(d, prev)
    raise ArithmeticError("StableSwap invariant did not converge")


def ss_y(x_new: int, x_old: int, y_old: int, amp: int) -> int:
    d, ann = ss_d(x_old, y_old, amp), amp * 2
    c = d * d // (x_new * 2) * d // (ann * 2)
    b = x_new + d // ann
    y = d
    for i in range(255):
        prev = y
        y = (y * y + c) // (2 * y + b - d)
        step = abs(y - prev)
        if step <= 1:
            return y
        if i >= 64 and step <= y // 10**6 + 1000:
            return max(y, prev)
    raise ArithmeticError("StableSwap y did not converge")


@dataclass(frozen=True)
class StableMarket:
    """The coin's StableSwap pool as it stood at the start of the hour (contracts/amm.coin's
    quote, for sizing trades; the pool prices every trade when its block runs)."""

    coin: int
    usd: int
    amp: int
    fee: int

    def out(self, coin_in: bool, amount: int) -> int:
        x, y = (self.coin, self.usd) if coin_in else (self.usd, self.coin)
        if amount <= 0 or x <= 0 or y <= 0:
            return 0
        try:
            new_y = ss_y(x + amount, x, y, self.amp)
        except ArithmeticError:
            return 0
        if new_y + 1 >= y:
            return 0
        dy = y - new_y - 1
        return dy - dy * self.fee // FEE_DENOMINATOR


    def sellable(self, limit: float, steps: int = 24) -> int:
        """The most coins that sell for at least `limit` dollars each on average."""
        lo, hi = 0, max(self.coin, self.usd) * 4
        for _ in range(steps):
            mid = (lo + hi) // 2
            if mid and self.out(True, mid) >= mid * limit:
                lo = mid
            else:
                hi = mid
        return lo


    def buyable(self, limit: float, steps: int = 24) -> int:
        """The most dollars that buy coins at no more than `limit` dollars each on average."""
        lo, hi = 0, max(self.coin, self.usd) * 4
        for _ in range(steps):
            mid = (lo + hi) // 2
            if mid and self.out(False, mid) * limit >= mid:
                lo = mid
            else:
                hi = mid
        return lo


@dataclass(frozen=True)
class ModuleState:
    """The market module as the next block will see it: Terra's virtual pools after the
    replenishment until then, its minimum spread and the oracle's share price."""

    base_pool: int
    delta: int
    min_spread: int
    price: int

    def stable_pool(self) -> int:
        return max(1, self.base_pool + self.delta)

    def stable_for_share(self, amount: int) -> int:
        """Share minted for `amount` coins (contracts/algo.coin, stable_to_share_value)."""
        if amount <= 0 or self.price <= 0:
            return 0
        sp, cp = self.stable_pool(), self.base_pool * self.base_pool
        out = cp // sp - cp // (sp + amount)
        value = min(out, amount * (WAD - self.min_spread) // WAD)
        return value * WAD // self.price

    def share_for_stable(self, amount: int) -> int:
        """Coins minted for `amount` share (share_to_stable_value)."""
        if amount <= 0:
            return 0
        value = amount * self.price // WAD
        sp, cp = self.stable_pool(), self.base_pool * self.base_pool
        left = cp // (cp // sp + value)
        if left >= sp:
            return 0
        return min(sp - left, value * (WAD - self.min_spread) // WAD)

    def spread(self, amount: int) -> float:
        """The spread a stable-to-share swap of `amount` would pay (what Terra showed)."""
        if amount <= 0 or self.price <= 0:
            return 0.0
        return 1 - self.stable_for_share(amount) * self.price / WAD / amount


def golden_max(f, lo: int, hi: int, steps: int = 22) -> tuple[int, int]:
    """The argmax and max of a concave f on [lo, hi] (golden-section search)."""
    inv = 0.6180339887498949
    a, b = float(lo), float(hi)
    c, d = b - (b - a) * inv, a + (b - a) * inv
    fc, fd = f(int(c)), f(int(d))
    for _ in range(steps):
        if fc >= fd:
            b, d, fd = d, c, fc
            c = b - (b - a) * inv
            fc = f(int(c))
        else:
            a, c, fc = c, d, fd
            d = a + (b - a) * inv
            fd = f(int(d))
    return (int(c), fc) if fc >= fd else (int(d), fd)


# ---------------------------------------------------------------- the arbitrageur


@dataclass
class MarketArbitrageur(Agent):
    """Terra's peg arbitrage, done only when it pays: under par, buy the coin on its
    market, swap it through the market module for freshly minted share at the oracle
    price less the spread, sell the share; over par, the reverse. The trade size is the
    one that maximises the round trip's profit after the module's spread, both pools'
    fees and slippage, within the capital it has; below `min_profit` (of the capital put
    in) it does nothing. Each leg carries a minimum output, so a trade that another
    arbitrageur got to first reverts instead of losing; coins or share left over from a
    broken round trip are sold in the next hour."""

    capital: int = 0
    min_profit: float = 0.002
    tolerance: float = 0.01
    share_fee_bps: int = 30

    def act(self, s: Step) -> None:
        v: AlgoView = s.views["algo"]
        self.unload(s, v)
        usd = self.bal(s, "USD")
        if usd <= WAD:
            return
        if s.prices["algo"] < 1.0:
            self.redeem(s, v, usd)
        elif s.prices["algo"] > 1.0:
            self.mint(s, v, usd)

    def unload(self, s: Step, v: AlgoView) -> None:
        """Sell what a broken round trip left: share into its market, coins either way."""
        share = self.bal(s, "ShareToken")
        if share > 0:
            self.tx(s, "SharePool", "swap", s.addr("ShareToken"), share, 0)
        coins = self.bal(s, "AlgoStable")
        if coins > WAD:
            via_module = cp_out(v.module.stable_for_share(coins), v.share_reserve, v.usd_reserve, self.share_fee_bps)
            on_market = v.market.out(True, coins)
            if via_module > on_market:
                got = v.module.stable_for_share(coins)
                self.tx(s, "SwapModule", "swap_stable_for_share", coins, int(got * (1 - self.tolerance)))
                self.tx(s, "SharePool", "swap", s.addr("ShareToken"), int(got * (1 - self.tolerance)), 0)
            elif on_market:
                self.tx(s, "AlgoPool", "swap", s.addr("AlgoStable"), coins, 0)

    def redeem(self, s: Step, v: AlgoView, usd: int) -> None:
        usd_addr = s.addr("USD")

        def legs(spend: int) -> tuple[int, int, int]:
            coins = v.market.out(False, spend)
            share = v.module.stable_for_share(coins)
            return coins, share, cp_out(share, v.share_reserve, v.usd_reserve, self.share_fee_bps)

        spend, profit = golden_max(lambda x: legs(x)[2] - x, 0, min(usd, self.capital))
        if spend <= WAD or profit < self.min_profit * spend:
            return
        coins, share, back = legs(spend)
        keep = 1 - self.tolerance
        self.tx(s, "AlgoPool", "swap", usd_addr, spend, int(coins * keep))
        self.tx(s, "SwapModule", "swap_stable_for_share", int(coins * keep), int(share * keep * keep))
        self.tx(s, "SharePool", "swap", s.addr("ShareToken"), int(share * keep * keep), spend)

    def mint(self, s: Step, v: AlgoView, usd: int) -> None:
        coin_addr = s.addr("AlgoStable")

        def legs(spend: int) -> tuple[int, int, int]:
            share = cp_out(spend, v.usd_reserve, v.share_reserve, self.share_fee_bps)
            coins = v.module.share_for_stable(share)
            back = v.market.out(True, coins)
            return share, coins, back

        spend, profit = golden_max(lambda x: legs(x)[2] - x, 0, min(usd, self.capital))
        if spend <= WAD or profit < self.min_profit * spend:
            return
        share, coins, _ = legs(spend)
        keep = 1 - self.tolerance
        self.tx(s, "SharePool", "swap", s.addr("USD"), spend, int(share * keep))
        self.tx(s, "SwapModule", "swap_share_for_stable", int(share * keep), int(coins * keep * keep))
        self.tx(s, "AlgoPool", "swap", coin_addr, int(coins * keep * keep), spend)


# ---------------------------------------------------------------- holders


@dataclass
class Depositor(Agent):
    """Holds the coin, most of it in the savings pool (Anchor). It leaves when what it
    sees frightens it: the coin's market price under its own threshold, a run on the
    savings pool (the share of deposits gone in the last day over its threshold), or the
    share token's market value no longer covering the coin's supply by its own margin.
    Frightened, it withdraws a part of its deposit each hour and sells a part of the
    coins it holds on the coin's market, unless the price is under its floor (then it
    holds on: selling for nearly nothing is worse than waiting). In the scenario's
    withdrawal hours (`[run].withdrawals`, the 7-8 May 2022 Anchor outflows) it takes out
    the given share of its first deposit and sells it, whatever it sees."""

    coin: str = "algo"
    deposit_start: int = 0
    panic_below: float = 0.97
    run_fear: float = 0.10
    backing_fear: float = 1.0
    floor: float = 0.1
    exit_rate: float = 0.1  # of the first deposit withdrawn per frightened hour
    sell_rate: float = 0.2  # of the coins held sold per frightened hour
    slippage: float = 0.03  # the worst average price it accepts, under the one it sees
    frightened_at: int | None = field(default=None)

    def act(self, s: Step) -> None:
        v: AlgoView = s.views["algo"]
        price = s.prices[self.coin]
        deposit = s.sim.call(s.w.c["DepositPool"], "deposit_of", self.account.address) or 0
        held = self.bal(s, "AlgoStable")
        scheduled = v.scheduled_withdrawal
        wave = s.wave_fraction(self)
        if scheduled or wave:
            out = min(deposit, int(self.deposit_start * scheduled) + int(deposit * wave))
            if out > 0:
                self.tx(s, "DepositPool", "withdraw", out)
            self.sell(s, v, price, out + int(held * wave), urgent=True)
            return
        if self.frightened_at is None and self.frightened(v, price):
            self.frightened_at = s.hour
        if self.frightened_at is None:
            return
        out = min(deposit, int(self.deposit_start * self.exit_rate))
        if out > WAD:
            self.tx(s, "DepositPool", "withdraw", out)
        if price > self.floor:
            self.sell(s, v, price, int(held * self.sell_rate))

    def sell(self, s: Step, v: AlgoView, price: float, amount: int, urgent: bool = False) -> None:
        """Sell up to `amount` on the coin's market at an average price no lower than its
        limit under the price it sees (a market order with a slippage limit, as a wallet
        sets one): `slippage` while the share's market value covers the coin by its own
        margin, growing as that cover shrinks; if others got there first in the block,
        the sale reverts and waits for the next hour (redeeming through the market module
        is the arbitrageurs' trade, not the holders'). A sale of the scenario's withdrawals is `urgent`: it takes
        up to 10% under the price it sees."""
        # the less the share's market value covers the coin, the more it gives up to get out
        discount = min(0.9, self.slippage * max(1.0, self.backing_fear / max(v.backing, 1e-9)))
        if urgent:  # the 7-8 May sellers took 10% under the price to get out in one go
            discount = max(discount, URGENT_DISCOUNT)
        limit = max(self.floor, price * (1 - discount))
        on_market = min(amount, v.market.sellable(limit))
        if on_market > WAD:
            self.tx(s, "AlgoPool", "swap", s.addr("AlgoStable"), on_market, int(on_market * limit))

    def frightened(self, v: AlgoView, price: float) -> bool:
        return price < self.panic_below or v.deposit_outflow_day > self.run_fear or v.backing < self.backing_fear


@dataclass
class ShareSeller(Agent):
    """Holds liquid share tokens (staked ones cannot be sold in a run: Terra's unbonding
    took 21 days) and sells a part of them each hour once their price has fallen by more
    than its threshold from the start or their supply has grown by more than its own
    multiple; the further either has gone, the more it sells."""

    drop_fear: float = 0.5
    dilution_fear: float = 2.0
    sell_rate: float = 0.1

    def act(self, s: Step) -> None:
        v: AlgoView = s.views["algo"]
        drop = 1 - v.share_price / v.share_price_start if v.share_price_start else 0.0
        urgency = max(drop / self.drop_fear, v.share_supply_multiple / self.dilution_fear)
        if urgency < 1.0:
            return
        held = self.bal(s, "ShareToken")
        sell = int(held * min(1.0, self.sell_rate * urgency))
        if sell > 0:
            self.tx(s, "SharePool", "swap", s.addr("ShareToken"), sell, 0)


@dataclass
class ReserveDefender(Agent):
    """The Luna Foundation Guard: a reserve of outside dollars (LFG held ~$3.5B, mostly
    BTC, on 7 May 2022) spent buying the coin on its market whenever it trades under the
    trigger, at most `spend_rate` of the first reserve an hour; the coins it buys stay
    with it. It buys no more than brings the average price it pays to the trigger, so it
    does not bid the coin over par. When the reserve is gone, so is the defence."""

    trigger: float = 0.98
    spend_rate: float = 0.05
    reserve_start: int = 0

    def act(self, s: Step) -> None:
        if s.prices["algo"] >= self.trigger:
            return
        usd = self.bal(s, "USD")
        market = s.views["algo"].market
        spend = min(usd, int(self.reserve_start * self.spend_rate), market.buyable(self.trigger))
        if spend > WAD:
            self.tx(s, "AlgoPool", "swap", s.addr("USD"), spend, int(spend / self.trigger))


@dataclass
class ShareSpeculator(Agent):
    """Buys the share token on its market once its price has fallen by more than its own
    threshold from the start (a bet on a rebound: LUNA traded billions a day on 11-13
    May 2022 on the way down), a part of its first capital each hour until it is spent.
    Its dollars are what lets redeemers keep selling minted share."""

    dip: float = 0.9
    buy_rate: float = 0.05
    capital_start: int = 0

    def act(self, s: Step) -> None:
        v: AlgoView = s.views["algo"]
        if not v.share_price_start or v.share_price > v.share_price_start * (1 - self.dip):
            return
        spend = min(self.bal(s, "USD"), int(self.capital_start * self.buy_rate))
        if spend > WAD:
            self.tx(s, "SharePool", "swap", s.addr("USD"), spend, 0)
