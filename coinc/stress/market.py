"""The collateral's market: an on-chain constant-product pool of wrapped collateral
against the reference dollar (`CollateralPool`, contracts/amm.coin) and the exogenous
price path standing for the centralised exchanges (the CEX), linked only by arbitrageurs
with finite capital and a latency.

The CEX is not on chain. An arbitrageur's trade there is an order to the `CexDesk`: it
hands over what it sells (a transfer to the deployer, who stands for the exchange) and
receives what it bought at the path price of that hour, `latency` hours later (moving
coins to and from an exchange takes time; in March 2020 longer than usual). Until then
that capital is tied up, so the pool can drift from the CEX price when others sell into
it faster than arbitrage capital comes back: price impact, and the deleveraging spiral
when keepers and liquidated borrowers sell collateral into a falling pool.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from coinc.stress.agents import Agent
from coinc.stress.model import WAD, Step

POOL = "CollateralPool"
WRAPPED = "WrappedCollateral"
FEE_BPS = 30  # Uniswap v2's 0.3%: the pool's fee (vault.market_fee_bps)


@dataclass
class Pool:
    """The pool's reserves as read at the start of the hour (collateral, USD), in wei,
    and its fee; quotes are Uniswap v2's integer formula, as the contract computes them."""

    collateral: int
    usd: int
    fee_bps: int = FEE_BPS

    @property
    def price(self) -> float:
        return self.usd / self.collateral if self.collateral else 0.0

    def usd_for_collateral(self, amount: int) -> int:
        """USD out for selling `amount` collateral."""
        return _out(amount, self.collateral, self.usd, self.fee_bps)

    def collateral_for_usd(self, amount: int) -> int:
        return _out(amount, self.usd, self.collateral, self.fee_bps)

    def collateral_needed(self, usd_out: int) -> int | None:
        """Collateral to sell for `usd_out` USD (None if the pool cannot pay that much)."""
        if usd_out >= self.usd:
            return None
        num = self.collateral * usd_out * 10_000
        den = (self.usd - usd_out) * (10_000 - self.fee_bps)
        return num // den + 1

    def sellable_above(self, floor_price: float) -> int:
        """The most collateral that can be sold before the pool price falls to `floor_price`
        (x * y = k; fee ignored, so slightly conservative)."""
        if floor_price <= 0 or not self.collateral:
            return 0
        k = self.collateral * self.usd
        return max(math.isqrt(int(k / floor_price)) - self.collateral, 0)

    def after_selling(self, amount: int) -> Pool:
        out = self.usd_for_collateral(amount)
        return Pool(self.collateral + amount, self.usd - out, self.fee_bps)


def _out(amount_in: int, r_in: int, r_out: int, fee_bps: int) -> int:
    if amount_in <= 0 or r_in <= 0 or r_out <= 0:
        return 0
    with_fee = amount_in * (10_000 - fee_bps)
    return with_fee * r_out // (r_in * 10_000 + with_fee)


def read_pool(s: Step) -> Pool | None:
    r = s.sim.call(s.w.c[POOL], "get_reserves")
    if not r:
        return None
    return Pool(int(r[0]), int(r[1]), s.w.params.get("vault.market_fee_bps", FEE_BPS))


@dataclass
class CexOrder:
    due_hour: int
    to: bytes
    token: str  # what the desk pays: "USD" or WRAPPED
    amount: int
    paid_with: bytes = b""  # hash of the transfer that handed the other side over


@dataclass
class CexDesk:
    """Orders placed on the exchange, paid on chain by the deployer when due."""

    latency: int
    fee: float = 0.001  # the exchange's taker fee
    orders: list[CexOrder] = field(default_factory=list)

    def sell_collateral(self, s: Step, who: bytes, amount: int, paid_with: bytes) -> None:
        usd = int(amount * s.collateral_price * (1 - self.fee))
        self.orders.append(CexOrder(s.hour + self.latency, who, "USD", usd, paid_with))

    def buy_collateral(self, s: Step, who: bytes, usd: int, paid_with: bytes) -> None:
        amount = int(usd / s.collateral_price * (1 - self.fee))
        self.orders.append(CexOrder(s.hour + self.latency, who, WRAPPED, amount, paid_with))

    def settle(self, sim, w, hour: int) -> None:
        """The deployer (the exchange) pays the orders due, each only if the transfer that
        handed the other side over succeeded."""
        ready = [o for o in self.orders if o.due_hour <= hour]
        self.orders = [o for o in self.orders if o.due_hour > hour]
        for o in ready:
            found = sim.node.get_receipt(o.paid_with)
            if found and found[0].status == 1 and o.amount > 0:
                sim.transact(sim.dev, w.c[o.token], "transfer", o.to, o.amount)


@dataclass
class CexArbitrageur(Agent):
    """Keeps the pool at the CEX price while its capital lasts: buys collateral in the pool
    when it is cheaper than on the CEX by more than the fees and its edge (and sells it on
    the CEX), sells collateral into the pool when it is dearer; every trade is sized to
    bring the pool back to the CEX price, at most what it holds on chain. It rebalances its
    two inventories through the CEX, which pays out only after the desk's latency."""

    edge: float = 0.005  # the gap it needs beyond the pool's and the exchange's fees
    desk: CexDesk | None = None

    def act(self, s: Step) -> None:
        pool = read_pool(s)
        if pool is None or not pool.collateral or self.desk is None:
            return
        cex = s.collateral_price
        fees = pool.fee_bps / 10_000 + self.desk.fee
        usd = self.bal(s, "USD")
        coll = self.bal(s, WRAPPED)
        k = pool.collateral * pool.usd
        traded = False
        if pool.price < cex * (1 - fees - self.edge) and usd > WAD:
            # buy collateral with USD up to where the pool price meets the CEX price less fees
            target = cex * (1 - fees)
            spend = min(usd, int(math.isqrt(int(k * target)) - pool.usd))
            if spend > WAD:
                got = pool.collateral_for_usd(spend)
                traded = bool(self.tx(s, POOL, "swap", s.addr("USD"), spend, got * 99 // 100))
        elif pool.price > cex * (1 + fees + self.edge) and coll > 0:
            target = cex * (1 + fees)
            sell = min(coll, int(math.isqrt(int(k / target)) - pool.collateral))
            if sell > 0:
                got = pool.usd_for_collateral(sell)
                traded = bool(self.tx(s, POOL, "swap", s.addr(WRAPPED), sell, got * 99 // 100))
        if not traded:  # shipping what a swap in the same block may also need could overdraw
            self.rebalance(s, usd, coll)

    def rebalance(self, s: Step, usd: int, coll: int) -> None:
        """Ship the larger inventory (as held after the last block) to the exchange so that
        about half its capital is on each side when the desk pays out."""
        assert self.desk is not None
        coll_usd = coll * s.collateral_price
        total = usd + coll_usd
        if total <= 0:
            return
        in_flight = sum(1 for o in self.desk.orders if o.to == self.account.address)
        if in_flight:
            return  # one shipment at a time
        if coll_usd > 0.65 * total:
            amount = int((coll_usd - total / 2) / s.collateral_price)
            sent = self.tx(s, WRAPPED, "transfer", s.w.dev.address, amount) if amount > WAD // 100 else None
            if sent:
                self.desk.sell_collateral(s, self.account.address, amount, sent.tx_hash)
        elif usd > 0.65 * total:
            amount = int(usd - total / 2)
            sent = self.tx(s, "USD", "transfer", s.w.dev.address, amount) if amount > WAD else None
            if sent:
                self.desk.buy_collateral(s, self.account.address, amount, sent.tx_hash)
