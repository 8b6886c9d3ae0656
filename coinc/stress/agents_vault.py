"""The vault coin's keepers and vault owners, acting on what they can observe: the
auctions' on-chain state, the collateral pool's reserves (what a lot can really be sold
for, with slippage), the vault coin's market, the chain's base fee, and their own
balances. Nothing here draws an outcome: a keeper that does not bid is a keeper priced
out of the block or out of capital.

Fees (the `tip=` interface of `Agent.tx`, the fee market of coinc/stress/fees.py): a
keeper's budget is `gas_cap` times the gas price inclusion took when it started (keepers
ran with a configured gas price in 2020). Each hour it observes what a transaction must
pay to get in (`inclusion_price`: the next block's base fee, by the protocol rule from
the latest block, plus twice the usual tip); when that is above its budget it cannot get a
transaction in and does nothing that hour; otherwise it sends with that tip and its
budget as the fee cap, and one sent just before the fee rose waits in the mempool.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coinc.stress.agents import Agent, Borrower
from coinc.stress.market import POOL, WRAPPED, Pool, read_pool
from coinc.stress.model import WAD, Step

GWEI = 10**9
ZERO_BID = 1  # wei: what a keeper without capital offers (Black Thursday's "0 DAI" bids)
FLIP, CLIP, ENGINE = "flip", "clip", "engine"


def _address(a: str | bytes) -> bytes:
    return bytes.fromhex(a[2:]) if isinstance(a, str) else a


def inclusion_price(s: Step) -> int:
    """The gas price a keeper offers to get into the next block, as it can see it: the next
    base fee (the EIP-1559 rule applied to the latest block) plus twice the usual tip."""
    return s.sim.next_base_fee() + 2 * s.sim.tip


@dataclass
class AuctionKeeper(Agent):
    """Liquidates unsafe vaults and bids in the scenario's auction (flip, clip or the
    engine's own Dutch auction). It values a lot at what selling it into the collateral
    pool would fetch, after the slippage of everything it already plans to sell this
    hour, converted into vault coins at the coin's market price, less its `margin`.
    Capital is its vault coins (bids in flip are escrowed until `deal`); with none left it
    still offers ZERO_BID on auctions nobody bid on, as Black Thursday's winning bots did.
    Won collateral is wrapped and sold into the pool, and the dollars buy back vault coins
    up to its working capital."""

    auction: str = FLIP
    gas_cap: float = 2.5
    margin: float = 0.05
    capital: int = 0  # the vault coins it works with
    slippage: float = 0.03  # worst price it accepts against its quote when selling
    max_discount: float = 0.10  # sells no deeper than this under the CEX price; keeps the rest
    base_balance: int = -1  # native coin it held before winning anything (its gas money)
    gas_per_tx: int = 300_000
    fee: dict = field(default_factory=dict)  # this hour's tip= and max_fee= for its transactions
    gas_price: int = 0  # this hour's inclusion price, wei per gas
    budget: int | None = None  # the most it pays per gas (set at its first hour)

    def act(self, s: Step) -> None:
        need = inclusion_price(s)
        if self.budget is None:  # configured from the normal market, before anything happens
            self.budget = int(self.gas_cap * need)
        if need > self.budget:
            return  # priced out of the block this hour
        self.fee = {"tip": need - s.sim.next_base_fee(), "max_fee": self.budget}
        self.gas_price = need
        vault = s.views["vault"]
        pool = read_pool(s)
        self.recycle(s, pool)
        for owner in vault.unsafe_vaults():
            self.tx(s, "VaultEngine", "liquidate", owner, **self.fee)
        if pool is None or not pool.collateral:
            return
        coins = self.bal(s, "VaultCoin")
        coin_price = max(s.prices.get("vault", 1.0), 0.5)
        planned = Pool(pool.collateral, pool.usd, pool.fee_bps)
        for aid in vault.auction_ids:
            if self.auction == FLIP:
                coins, planned = self.flip(s, aid, coins, coin_price, planned)
            elif self.auction == CLIP:
                coins, planned = self.clip(s, aid, coins, coin_price, planned)
            else:
                coins, planned = self.engine_take(s, aid, coins, coin_price, planned)

    # ---------------------------------------------------------------- valuation
    def value(self, planned: Pool, lot: int, coin_price: float) -> int:
        """Vault coins that selling `lot` into the pool (after what is already planned)
        buys, less the gas of the bid, the deal and the sale, and less the margin."""
        usd = planned.usd_for_collateral(lot)
        gas_usd = 3 * self.gas_per_tx * self.gas_price * planned.price
        return max(int((usd - gas_usd) / coin_price * (1 - self.margin)), 0)

    # ---------------------------------------------------------------- flip
    def flip(self, s: Step, aid: int, coins: int, coin_price: float, planned: Pool) -> tuple[int, Pool]:
        fl = s.w.c["Auction"]
        b = s.sim.call(fl, "auction", aid)
        if not b or not b[8]:
            return coins, planned
        bid, lot, guy, tic, end, _owner, tab = b[0], b[1], b[2], b[3], b[4], b[5], b[6]
        now = s.sim.now
        guy = _address(guy)
        me = self.account.address
        if tic != 0 and (tic < now or end < now):
            if guy == me:
                self.tx(s, "Auction", "deal", aid, **self.fee)
            return coins, planned
        if end < now:  # ended without a bid
            self.tx(s, "Auction", "tick", aid, **self.fee)
            return coins, planned
        if guy == me:
            return coins, planned
        beg = s.views["vault"].beg
        worth = self.value(planned, lot, coin_price)
        floor = max(bid * beg // WAD, bid + 1)
        if bid < tab:  # tend phase
            offer = min(worth, tab, coins)
            if bid == 0 and offer < WAD:
                # no capital left (or a worthless lot): a bid of nothing, which wins the lot
                # if nobody outbids it within ttl
                self.tx(s, "Auction", "tend", aid, lot, ZERO_BID, **self.fee)
                return coins, planned.after_selling(lot)
            if offer >= floor:
                self.tx(s, "Auction", "tend", aid, lot, offer, **self.fee)
                coins -= offer
                if offer >= tab:
                    self.dent_down(s, aid, lot, tab, coin_price, planned)
                return coins, planned.after_selling(lot)
            return coins, planned
        # dent phase: pay tab for less collateral
        if coins >= tab:
            smaller = self.dent_down(s, aid, lot, tab, coin_price, planned)
            if smaller:
                return coins - tab, planned.after_selling(smaller)
        return coins, planned

    def dent_down(self, s: Step, aid: int, lot: int, tab: int, coin_price: float, planned: Pool) -> int:
        """Offer the least collateral it would take for `tab` (at most lot / beg)."""
        need_usd = int(tab * coin_price / (1 - self.margin)) + 3 * self.gas_per_tx * self.gas_price
        need = planned.collateral_needed(int(need_usd))
        beg = s.views["vault"].beg
        if need is None or need * beg > lot * WAD:
            return 0
        self.tx(s, "Auction", "dent", aid, need, tab, **self.fee)
        return need

    # ---------------------------------------------------------------- clip
    def clip(self, s: Step, aid: int, coins: int, coin_price: float, planned: Pool) -> tuple[int, Pool]:
        cl = s.w.c["Auction"]
        status = s.sim.call(cl, "status", aid)
        if not status:
            return coins, planned
        price, needs_redo = status
        if needs_redo:
            self.tx(s, "Auction", "redo", aid, **self.fee)
            return coins, planned
        sale = s.sim.call(cl, "auction", aid)
        lot, tab = sale[1], sale[2]
        return self.buy_dutch(s, "Auction", aid, price, lot, tab, coins, coin_price, planned)

    def engine_take(self, s: Step, aid: int, coins: int, coin_price: float, planned: Pool) -> tuple[int, Pool]:
        e = s.w.c["VaultEngine"]
        a = s.sim.call(e, "auction", aid)
        price = s.sim.call(e, "auction_price", aid)
        if not a or not a[6] or price is None:
            return coins, planned
        return self.buy_dutch(s, "VaultEngine", aid, price, a[1], a[2], coins, coin_price, planned)

    def buy_dutch(self, s: Step, contract: str, aid: int, price: int, lot: int, tab: int, coins: int,
                  coin_price: float, planned: Pool) -> tuple[int, Pool]:
        """Take as much of the lot as is worth its price to it and it can pay for."""
        if price == 0:
            self.tx(s, contract, "take", aid, lot, 0, **self.fee)
            return coins, planned.after_selling(lot)
        amount = min(lot, coins * WAD // price, tab * WAD // price + 1)
        # shrink to what it would still sell at a profit after slippage
        while amount > WAD // 1000 and self.value(planned, amount, coin_price) < amount * price // WAD:
            amount = amount * 3 // 4
        if amount <= WAD // 1000:
            return coins, planned
        self.tx(s, contract, "take", aid, amount, price, **self.fee)
        return coins - amount * price // WAD, planned.after_selling(amount)

    # ---------------------------------------------------------------- capital
    def recycle(self, s: Step, pool: Pool | None) -> None:
        """Sell collateral won in auctions into the pool, and buy vault coins back up to
        its working capital with the dollars."""
        balance = s.sim.balance(self.account.address)
        if self.base_balance < 0:
            self.base_balance = balance
            return
        spare = balance - self.base_balance
        if spare > WAD // 100:  # wrap what it won; sell what the pool takes without a fire sale
            self.tx(s, WRAPPED, "deposit", value=spare, **self.fee)
        stock = self.bal(s, WRAPPED) + max(spare, 0)
        if stock > WAD // 100 and pool is not None and pool.collateral:
            sell = min(stock, pool.sellable_above(s.collateral_price * (1 - self.max_discount)))
            if sell > WAD // 100:
                quote = pool.usd_for_collateral(sell)
                self.tx(s, POOL, "swap", s.addr(WRAPPED), sell, int(quote * (1 - self.slippage)), **self.fee)
        coins = self.bal(s, "VaultCoin")
        usd = self.bal(s, "USD")
        price = s.prices.get("vault", 1.0)
        if coins < self.capital and usd > WAD and price < 1 + self.margin:
            spend = min(usd, int((self.capital - coins) * max(price, 1.0)))
            self.tx(s, "VaultPool", "swap", s.addr("USD"), spend, int(spend / (1 + self.margin)), **self.fee)


@dataclass
class VaultOwner(Borrower):
    """A borrower (agents.Borrower's policy: keep the vault between its own minimum and
    target ratios) whose coin demand is DAI's in March 2020: short of vault coins to
    repay, it buys them on the market with its dollars, and when those run out it sells
    collateral from its reserve into the collateral pool to raise them. Once liquidated
    it sells the collateral it has left (reserve and what the auction returned) into the
    pool and walks away."""

    sold_out: bool = False
    max_discount: float = 0.15  # sells collateral no deeper than this under the CEX price
    mint_premium: float = 0.08  # coin price over par at which it borrows more to sell
    outside: int = -1  # native coin that is not collateral of this policy (its gas money)

    def act(self, s: Step) -> None:
        if self.sold_out:
            self.sell_wrapped(s, 0, read_pool(s))  # what is left of the stock
            return
        if self.outside < 0:
            self.outside = s.sim.balance(self.account.address) - self.reserve
        if self.rng.random() > self.activity:
            return
        engine = s.w.c["VaultEngine"]
        v = s.views["vault"].vaults.get(self.account.address)  # as the last block left it
        if v is not None and v[0] == 0 and v[1] == 0:
            balance = s.sim.balance(self.account.address)
            # liquidated: sell the reserve and whatever the auction gave back, and go
            self.sell_collateral(s, balance - self.outside)
            self.sold_out = True
            return
        price = s.prices.get("vault", 1.0)
        ratio0 = (s.sim.call(engine, "collateral_ratio", self.account.address) or 0) / WAD
        if price > 1 + self.mint_premium and ratio0 > self.target + 0.2 and s.day_drop < 0.1:
            # the coin is dear and the vault comfortable: borrow more and sell it
            debt = s.sim.call(engine, "debt_of", self.account.address) or 0
            more = int(debt * (ratio0 / (self.target + 0.1) - 1))
            if more > 100 * WAD:
                self.tx(s, "VaultEngine", "borrow", more)
                self.tx(s, "VaultPool", "swap", s.addr("VaultCoin"), more, int(more * (1 + self.mint_premium / 2)))
            return
        ratio = (s.sim.call(engine, "collateral_ratio", self.account.address) or 0) / WAD
        if ratio == 0.0:
            return
        if s.day_drop > 0.25 and self.rng.random() < 0.15:
            self.buy_and_repay(s, 1.0)  # deleverage after a fast fall
        elif ratio < self.min_ratio + 0.05:
            if self.bal(s, "USD") > WAD or self.reserve == 0:
                self.buy_and_repay(s, 1 - ratio / self.target)
            else:
                add = min(self.reserve, s.sim.balance(self.account.address) // 2)
                if add > 0:
                    self.reserve -= add
                    self.tx(s, "VaultEngine", "deposit", value=add)

    def buy_and_repay(self, s: Step, fraction: float) -> None:
        engine = s.w.c["VaultEngine"]
        debt = s.sim.call(engine, "debt_of", self.account.address) or 0
        want = int(debt * min(max(fraction, 0.0), 1.0))
        held = self.bal(s, "VaultCoin")
        usd = self.bal(s, "USD")
        price = max(s.prices.get("vault", 1.0), 0.5)
        # above par plus the liquidation penalty, buying the coin to repay costs more
        # than being liquidated: the most it pays for a coin
        limit = 1 + s.w.params["vault.liquidation_penalty"] / WAD
        if price >= limit:
            return
        short_usd = int((want - held) * price * 1.02) - usd
        if want > held and short_usd > WAD and self.reserve > 0:
            pool = read_pool(s)
            if pool is not None and pool.collateral:
                need = pool.collateral_needed(short_usd)
                sell = min(self.reserve, need if need is not None else self.reserve)
                if sell > 0:
                    self.reserve -= sell
                    usd += self.sell_collateral(s, sell, pool)
        if held < want:
            spend = min(usd, int((want - held) * price * 1.02))
            if spend > WAD:
                got = s.sim.call(s.w.c["VaultPool"], "get_amount_out", s.addr("USD"), spend) or 0
                if got * limit > spend:
                    self.tx(s, "VaultPool", "swap", s.addr("USD"), spend, int(spend / limit))
                    held += got
        pay = min(held, want)
        if pay > WAD and (debt - pay >= 100 * WAD or pay >= debt):
            self.tx(s, "VaultEngine", "repay", pay)

    def sell_collateral(self, s: Step, amount: int, pool: Pool | None = None) -> int:
        """Wrap `amount` native collateral and sell what the pool takes before its price is
        `max_discount` under the CEX price (the rest waits, wrapped, for a later hour);
        returns the quote."""
        pool = pool or read_pool(s)
        if amount > WAD // 100:
            self.tx(s, WRAPPED, "deposit", value=amount)
        return self.sell_wrapped(s, max(amount, 0), pool)

    def sell_wrapped(self, s: Step, extra: int, pool: Pool | None) -> int:
        stock = self.bal(s, WRAPPED) + extra
        if stock <= WAD // 100 or pool is None or not pool.collateral:
            return 0
        sell = min(stock, pool.sellable_above(s.collateral_price * (1 - self.max_discount)))
        if sell <= WAD // 100:
            return 0
        quote = pool.usd_for_collateral(sell)
        self.tx(s, POOL, "swap", s.addr(WRAPPED), sell, quote * 97 // 100)
        return quote
