"""The VaultEngine's external collateral auctions (contracts/auctions.coin): Maker's 2020
flip auction (tend/dent, beg, ttl, tau, deal, tick) and today's Clipper (Dutch price
curve from top = oracle x buf, linear or stairstep, tail/cusp resets, partial takes),
through signed transactions, with stateful properties over random bid sequences."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from coinc.testing import Env, Reverted, reverts
from coinc.testing.machine import ContractMachine
from tests.contracts.conftest import DAY, RAY, WAD

HOUR = 3_600
PRICE = 2_000 * WAD
PENALTY = 13 * WAD // 100
BEG = 103 * WAD // 100          # Maker ETH-A flip, March 2020: 3% minimum increment
TTL = 10 * 60                   # a bid lives 10 minutes
TAU = 6 * HOUR                  # an auction lives 6 hours
OWNER_A, OWNER_B, K1, K2, K3 = 1, 2, 3, 4, 5
BIDDERS = (K1, K2, K3)


class Sys:
    """Oracle, coin and engine as coinc/systems/vault.py deploys them, with an external
    auction contract wired in: a minter of the coin and the engine's auctioneer."""

    def __init__(self, env: Env, kind: str, calc: int = 0):
        self.env = env
        self.oracle = env.deploy("PriceOracle", "COIN/USD", PRICE, 3_650 * DAY)
        self.osm = env.deploy("DelayedOracle", self.oracle, 0)
        self.coin = env.deploy("MintableToken", "Coin Dai", "CDAI", 18)
        self.engine = env.deploy("VaultEngine", self.coin, self.osm, 15 * WAD // 10, PENALTY, RAY, 10**7 * WAD,
                                 100 * WAD, 3 * HOUR, 12 * WAD // 10)
        if kind == "flip":
            self.auction = env.deploy("Flipper", self.engine, self.coin, BEG, TTL, TAU)
        else:
            # Maker ETH-A Clipper: buf 1.2, tail 140 min, cusp 0.4; stairstep 1% every 90 s
            self.auction = env.deploy("Clipper", self.engine, self.coin, self.osm, 12 * WAD // 10, 8_400,
                                      4 * WAD // 10, calc, 3 * HOUR, 90, 99 * RAY // 100, 0)
        self.engine.set_auctioneer(self.auction)
        self.coin.set_minter(self.engine, True)
        self.coin.set_minter(self.auction, True)
        self.coin.set_minter(env.accounts[0], True)
        for k in BIDDERS:
            self.coin.mint(env.accounts[k], 100_000 * WAD)
            self.coin.approve(self.auction, 2**256 - 1, sender=k)
        self.engine.deposit(sender=OWNER_A, value=10 * WAD)
        self.engine.borrow(13_000 * WAD, sender=OWNER_A)
        self.engine.deposit(sender=OWNER_B, value=10 * WAD)
        self.engine.borrow(10_000 * WAD, sender=OWNER_B)

    def liquidate_a(self, price: int = 1_900 * WAD) -> int:
        self.oracle.post(price)
        return self.engine.liquidate.transact(self.env.accounts[OWNER_A], sender=K1).value

    def collateral_everywhere(self) -> int:
        """Native coin held by the engine and the auction contract."""
        return self.env.balance(self.engine) + self.env.balance(self.auction)


TAB = 13_000 * WAD * 113 // 100


@pytest.fixture(scope="module")
def flip_base(env):
    return Sys(env, "flip")


@pytest.fixture
def f(flip_base):
    return flip_base


# ---------------------------------------------------------------- flip


def test_liquidation_kicks_a_flip_auction(f):
    e, fl, a = f.engine, f.auction, f.env.accounts
    aid = f.liquidate_a()
    b = fl.auction(aid)
    assert aid == 0 and e.auctions_started() == 1 and fl.kicked() == 1
    assert b.active and b.bid == 0 and b.lot == 10 * WAD and b.tab == TAB and b.debt == 13_000 * WAD
    assert b.tic == 0 and b.owner == a[OWNER_A].address.lower()
    assert b.end == f.env.now() + TAU
    assert f.env.balance(fl) == 10 * WAD and fl.get_held() == 10 * WAD
    assert e.get_auction_debt() == 13_000 * WAD and e.vault(a[OWNER_A]) == (0, 0)
    assert e.system_debt() == e.vault_debt() + e.get_auction_debt()


def test_tend_raises_with_beg_and_refunds(f):
    fl, coin, a = f.auction, f.coin, f.env.accounts
    aid = f.liquidate_a()
    fl.tend(aid, 10 * WAD, 1_000 * WAD, sender=K1)
    assert coin.balanceOf(fl) == 1_000 * WAD
    with reverts("bid increase is below beg"):
        fl.tend(aid, 10 * WAD, 1_029 * WAD, sender=K2)
    with reverts("bid is not higher"):
        fl.tend(aid, 10 * WAD, 1_000 * WAD, sender=K2)
    with reverts("lot does not match"):
        fl.tend(aid, 9 * WAD, 2_000 * WAD, sender=K2)
    with reverts("bid is higher than tab"):
        fl.tend(aid, 10 * WAD, TAB + 1, sender=K2)
    before = coin.balanceOf(a[K1])
    fl.tend(aid, 10 * WAD, 1_030 * WAD, sender=K2)
    assert coin.balanceOf(a[K1]) == before + 1_000 * WAD  # outbid: refunded
    assert coin.balanceOf(fl) == 1_030 * WAD and fl.auction(aid).guy == a[K2].address.lower()
    # exactly tab is always allowed, whatever beg says
    fl.tend(aid, 10 * WAD, TAB, sender=K3)
    assert fl.auction(aid).bid == TAB


def test_dent_lowers_lot_and_returns_collateral(f):
    fl, a = f.auction, f.env.accounts
    aid = f.liquidate_a()
    with reverts("tend phase is not finished"):
        fl.dent(aid, 9 * WAD, 0, sender=K1)
    fl.tend(aid, 10 * WAD, TAB, sender=K1)
    with reverts("lot decrease is below beg"):
        fl.dent(aid, 10 * WAD * 100 // 102, TAB, sender=K2)
    with reverts("bid does not match"):
        fl.dent(aid, 9 * WAD, TAB - 1, sender=K2)
    owner_before = f.env.balance(OWNER_A)
    k1_before = f.coin.balanceOf(a[K1])
    fl.dent(aid, 9 * WAD, TAB, sender=K2)
    assert f.env.balance(OWNER_A) == owner_before + WAD  # the lot given up goes home
    assert f.coin.balanceOf(a[K1]) == k1_before + TAB
    assert fl.auction(aid).lot == 9 * WAD and fl.get_held() == 9 * WAD
    with reverts("lot is not lower"):
        fl.dent(aid, 9 * WAD, TAB, sender=K3)


def test_deal_after_ttl_settles_the_engine(f):
    e, fl = f.engine, f.auction
    aid = f.liquidate_a()
    fl.tend(aid, 10 * WAD, TAB, sender=K1)
    fl.dent(aid, 8 * WAD, TAB, sender=K2)
    with reverts("auction is not finished"):
        fl.deal(aid, sender=K3)
    f.env.travel(TTL + 1)
    with reverts("bid has expired"):
        fl.dent(aid, 7 * WAD, TAB, sender=K3)
    supply = f.coin.totalSupply()
    k2 = f.env.balance(K2)
    tx = fl.deal.transact(aid, sender=K2)
    assert f.env.balance(K2) == k2 + 8 * WAD - tx.fee
    assert f.coin.totalSupply() == supply - TAB  # the bid is burned
    assert e.get_auction_debt() == 0 and e.get_bad_debt() == 0
    assert e.get_surplus() == TAB - 13_000 * WAD  # the penalty
    assert not fl.auction(aid).active and fl.get_held() == 0 and f.env.balance(fl) == 0
    with reverts("auction is not active"):
        fl.tend(aid, 0, 1, sender=K3)
    with reverts("auction is not active"):
        fl.deal(aid, sender=K3)


def test_a_one_wei_bid_nobody_outbids_wins_the_lot_and_leaves_bad_debt(f):
    """Black Thursday's zero-price wins: the contract lets them happen."""
    e, fl = f.engine, f.auction
    aid = f.liquidate_a()
    fl.tend(aid, 10 * WAD, 1, sender=K1)
    f.env.travel(TTL + 1)
    fl.deal(aid, sender=K3)
    assert e.get_bad_debt() == 13_000 * WAD - 1 and e.get_auction_debt() == 0
    assert e.system_debt() == e.vault_debt() + e.get_bad_debt()


def test_tick_restarts_an_auction_without_bids(f):
    fl = f.auction
    aid = f.liquidate_a()
    with reverts("auction has not ended"):
        fl.tick(aid)
    f.env.travel(TAU + 1)
    with reverts("auction has ended"):
        fl.tend(aid, 10 * WAD, WAD, sender=K1)
    with reverts("auction is not finished"):
        fl.deal(aid)
    fl.tick(aid)
    fl.tend(aid, 10 * WAD, WAD, sender=K1)
    with reverts("auction has a bid"):
        f.env.travel(TAU + 1)
        fl.tick(aid)
    fl.deal(aid, sender=K1)  # ended with a bid: dealt although the bid was kept inside ttl


def test_only_the_engine_kicks_and_sends_collateral(f):
    fl, a = f.auction, f.env.accounts
    with reverts("caller is not the engine"):
        fl.kick(7, a[1], WAD, WAD, WAD, WAD, sender=1)
    with reverts("only the engine sends collateral"):
        f.env.send_raw(1, fl.raw_address, b"", value=WAD)
    with reverts("caller is not the auctioneer"):
        f.engine.settle(0, 0, 0, 0, sender=1)
    with reverts("caller is not the owner"):
        fl.set_parameters(BEG, TTL, TAU, sender=1)
    with reverts("beg must be between 1 and 2 (a wad)"):
        fl.set_parameters(WAD - 1, TTL, TAU)
    with reverts("ttl must be positive"):
        fl.set_parameters(BEG, 0, TAU)
    f.liquidate_a()
    with reverts("auctions are still running"):
        f.engine.set_auctioneer(a[0])


def test_settle_cannot_clear_more_than_is_in_auctions(env):
    """Even a wrong auctioneer cannot settle debt that was never sent to auction."""
    s = Sys(env, "flip")
    s.engine.set_auctioneer(env.accounts[K3])
    with reverts("settles more debt than is in auctions"):
        s.engine.settle(0, 1, 0, 0, sender=K3)
    s.engine.set_auctioneer("0x" + "00" * 20)  # back to the engine's own auction
    assert int(s.engine.get_auctioneer(), 16) == 0


def test_lump_liquidates_a_large_vault_in_lots(f):
    """Maker's cat.lump: at most `lump` collateral per liquidation, with its share of the debt."""
    e, fl, a = f.engine, f.auction, f.env.accounts
    with reverts("caller is not the owner"):
        e.set_lump(4 * WAD, sender=1)
    e.set_lump(4 * WAD)
    f.oracle.post(1_900 * WAD)
    first = e.liquidate.transact(a[OWNER_A], sender=K1).value
    assert fl.auction(first).lot == 4 * WAD and fl.auction(first).debt == 13_000 * WAD * 4 // 10
    assert e.vault(a[OWNER_A]) == (6 * WAD, 13_000 * WAD * 6 // 10)
    e.liquidate(a[OWNER_A], sender=K1)
    e.liquidate(a[OWNER_A], sender=K1)  # the last 2: less than a lump
    assert e.vault(a[OWNER_A]) == (0, 0) and e.auctions_started() == 3
    assert fl.get_held() == 10 * WAD and e.get_auction_debt() == 13_000 * WAD
    with reverts("vault has no debt"):
        e.liquidate(a[OWNER_A], sender=K1)


# ---------------------------------------------------------------- clip


@pytest.fixture(scope="module")
def clip_base(env):
    return Sys(env, "clip", calc=1)


@pytest.fixture
def c(clip_base):
    return clip_base


def test_clip_stairstep_price_and_partial_takes(c):
    e, cl = c.engine, c.auction
    aid = c.liquidate_a()
    s = cl.auction(aid)
    top = 1_900 * WAD * 12 // 10
    assert s.top == top and s.lot == 10 * WAD and s.tab == TAB
    assert cl.status(aid).price == top
    c.env.travel(90 * 10 + 5)  # ten steps: top * 0.99**10
    price = cl.status(aid).price
    assert abs(price - top * 99**10 // 100**10) <= top // 10**12
    with reverts("price is above max_price"):
        cl.take(aid, WAD, price - 1, sender=K1)
    supply = c.coin.totalSupply()
    cl.take(aid, 2 * WAD, price, sender=K1)
    assert c.coin.totalSupply() == supply - 2 * price  # paid and burned
    assert cl.auction(aid).lot == 8 * WAD and cl.auction(aid).tab == TAB - 2 * price
    assert e.get_auction_debt() == 13_000 * WAD  # settled only when it closes
    # the rest: more than enough collateral covers the tab; leftover goes to the owner
    owner_before = c.env.balance(OWNER_A)
    cl.take(aid, 10 * WAD, price, sender=K2)
    left = cl.auction(aid)
    assert not left.active and left.tab == 0
    assert c.env.balance(OWNER_A) > owner_before
    assert e.get_auction_debt() == 0 and e.get_bad_debt() == 0 and e.get_surplus() == TAB - 13_000 * WAD
    assert c.env.balance(cl) == 0 and cl.get_held() == 0
    with reverts("auction is not active"):
        cl.take(aid, WAD, 10**30, sender=K1)


def test_clip_needs_redo_after_tail_or_cusp(c):
    cl = c.auction
    aid = c.liquidate_a()
    c.env.travel(8_400 + 1)  # past tail
    assert cl.status(aid).needs_redo
    with reverts("auction needs a reset (redo)"):
        cl.take(aid, WAD, 10**30, sender=K1)
    c.oracle.post(1_500 * WAD)
    cl.redo(aid, sender=K3)
    assert cl.auction(aid).top == 1_500 * WAD * 12 // 10 and not cl.status(aid).needs_redo
    with reverts("auction does not need a reset"):
        cl.redo(aid, sender=K3)
    # a whole lot taken cheaply leaves the uncovered debt as bad debt
    c.env.travel(90 * 60)  # 0.99**60 = 0.547 of top: above cusp 0.4
    price = cl.status(aid).price
    cl.take(aid, 10 * WAD, price, sender=K1)
    raised = 10 * price
    assert c.engine.get_bad_debt() == 13_000 * WAD - raised
    assert c.engine.system_debt() == c.engine.vault_debt() + c.engine.get_bad_debt()


def test_clip_linear_reaches_zero_and_parameters_checked(env):
    s = Sys(env, "clip", calc=0)
    cl = s.auction
    aid = s.liquidate_a()
    env.travel(3 * HOUR // 2)
    assert cl.status(aid).price == 1_900 * WAD * 12 // 10 // 2
    with reverts("calc must be 0 (linear) or 1 (stairstep exponential)"):
        cl.set_parameters(WAD, 1, 0, 2, 1, 1, RAY // 2, 0)
    with reverts("stairstep needs step > 0 and 0 < cut < 1"):
        cl.set_parameters(WAD, 1, 0, 1, 1, 1, RAY, 0)
    with reverts("cusp must be below 1"):
        cl.set_parameters(WAD, 1, WAD, 0, 1, 1, 0, 0)


# ---------------------------------------------------------------- stateful properties

SETTINGS = settings(max_examples=40, stateful_step_count=30, deadline=None, suppress_health_check=list(HealthCheck))
ALLOWED = {"auction is not active", "bid has expired", "auction has ended", "bid is not higher",
           "bid increase is below beg", "bid is higher than tab", "tend phase is not finished",
           "lot is not lower", "lot decrease is below beg", "auction is not finished", "auction has not ended",
           "auction has a bid", "vault is safe", "vault has no debt", "transfer amount exceeds balance",
           "price is above max_price", "auction needs a reset (redo)", "auction does not need a reset",
           "nothing to take", "burn amount exceeds balance", "remaining tab would be below chost", "lot does not match",
           "bid does not match"}


class AuctionMachine(ContractMachine):
    """Random liquidations, bids, waits and settlements; after every step no collateral is
    created or lost, the engine's debt adds up, and no auction raised more than its tab."""

    base: Sys

    def __init__(self):
        super().__init__()
        self.s = self.base
        self.env, self.a = self.s.env, self.s.env.accounts
        self.total = self.s.collateral_everywhere()
        self.paid_out = 0  # collateral that left the two contracts (winners, owners)

    def attempt(self, fn, *args, **kw):
        try:
            return fn.transact(*args, **kw)
        except Reverted as e:
            assert e.message in ALLOWED, f"unexpected revert {e.message!r}"
            return None

    def ids(self) -> int:
        return self.s.engine.auctions_started()

    @rule(price=st.integers(500, 2_100), who=st.sampled_from([OWNER_A, OWNER_B]))
    def liquidate(self, price, who):
        self.s.oracle.post(price * WAD)
        self.attempt(self.s.engine.liquidate, self.a[who], sender=K1)

    @rule(seconds=st.sampled_from([1, 300, TTL + 1, HOUR, TAU + 1]))
    def wait(self, seconds):
        self.env.travel(seconds)

    @invariant()
    def collateral_conserved(self):
        """The engine plus the auction contract hold exactly what they held at the start
        less what they paid out, and the auction holds exactly its active lots."""
        assert self.s.collateral_everywhere() == self.total - self.paid_out
        assert self.env.balance(self.s.auction) == self.s.auction.get_held()

    @invariant()
    def debt_adds_up(self):
        e = self.s.engine
        assert e.system_debt() == e.vault_debt() + e.get_auction_debt() + e.get_bad_debt()

    def track_payout(self, tx):
        """Count collateral that left for the given accounts in this transaction."""
        if tx is None:
            return
        names = {e["name"] for e in self.s.auction.abi if e.get("type") == "event"}
        for name, key in (("Deal", "lot"), ("Take", "collateral"), ("Closed", "returned")):
            if name in names:
                self.paid_out += sum(ev[key] for ev in tx.events(self.s.auction, name))
        if "Dent" in names:
            self.paid_out += sum(self.prev_lot - ev["lot"] for ev in tx.events(self.s.auction, "Dent"))


class FlipMachine(AuctionMachine):
    @rule(who=st.sampled_from(BIDDERS), which=st.integers(0, 3), frac=st.sampled_from([0, 1, 10, 50, 100, 101, 105]))
    def tend(self, who, which, frac):
        n = self.ids()
        if not n:
            return
        aid = which % n
        b = self.s.auction.auction(aid)
        bid = max(1, b.tab * frac // 100) if frac else b.bid + 1
        bid = min(bid, b.tab) if frac <= 100 else bid
        tx = self.attempt(self.s.auction.tend, aid, b.lot, bid, sender=who)
        after = self.s.auction.auction(aid)
        assert after.bid >= b.bid, "a tend lowered the bid"
        assert after.bid <= after.tab, "a bid exceeded tab"
        if tx:
            assert after.bid * WAD >= BEG * b.bid or after.bid == after.tab

    @rule(who=st.sampled_from(BIDDERS), which=st.integers(0, 3), cut=st.sampled_from([1, 3, 10, 50]))
    def dent(self, who, which, cut):
        n = self.ids()
        if not n:
            return
        aid = which % n
        b = self.s.auction.auction(aid)
        self.prev_lot = b.lot
        tx = self.attempt(self.s.auction.dent, aid, b.lot * (100 - cut) // 100, b.bid, sender=who)
        after = self.s.auction.auction(aid)
        assert after.lot <= b.lot or not b.active, "a dent raised the lot"
        self.track_payout(tx)

    @rule(who=st.sampled_from(BIDDERS), which=st.integers(0, 3))
    def deal(self, who, which):
        n = self.ids()
        if not n:
            return
        aid = which % n
        bad = self.s.engine.get_bad_debt()
        b = self.s.auction.auction(aid)
        tx = self.attempt(self.s.auction.deal, aid, sender=who)
        self.track_payout(tx)
        if tx:
            assert self.s.engine.get_bad_debt() - bad == b.debt - min(b.debt, b.bid)
            for bidder in BIDDERS:  # a dealt auction cannot be bid
                with pytest.raises(Reverted):
                    self.s.auction.tend.transact(aid, b.lot, b.tab, sender=bidder)

    @rule(which=st.integers(0, 3))
    def tick(self, which):
        n = self.ids()
        if n:
            self.attempt(self.s.auction.tick, which % n, sender=K3)


class ClipMachine(AuctionMachine):
    @rule(who=st.sampled_from(BIDDERS), which=st.integers(0, 3), amt=st.sampled_from([1, WAD, 3 * WAD, 20 * WAD]))
    def take(self, who, which, amt):
        n = self.ids()
        if not n:
            return
        aid = which % n
        sale = self.s.auction.auction(aid)
        if not sale.active:
            return
        status = self.s.auction.status(aid)
        tx = self.attempt(self.s.auction.take, aid, amt, status.price, sender=who)
        self.track_payout(tx)
        after = self.s.auction.auction(aid)
        assert after.raised >= sale.raised and after.raised <= sale.raised + sale.tab, "raised beyond tab"
        assert after.lot <= sale.lot

    @rule(which=st.integers(0, 3))
    def redo(self, which):
        n = self.ids()
        if n:
            self.attempt(self.s.auction.redo, which % n, sender=K3)


@pytest.fixture(scope="module")
def flip_machine_base(env):
    return Sys(env, "flip")


@pytest.fixture(scope="module")
def clip_machine_base(env):
    return Sys(env, "clip", calc=1)


def test_flip_invariants(flip_machine_base):
    FlipMachine.base = flip_machine_base
    run_state_machine_as_test(FlipMachine, settings=SETTINGS)


def test_clip_invariants(clip_machine_base):
    ClipMachine.base = clip_machine_base
    run_state_machine_as_test(ClipMachine, settings=SETTINGS)


# ---------------------------------------------------------------- kick and parameter checks
ENGINE = 1  # an account standing in for the engine, so that it can call kick directly


def test_kick_checks(env):
    coin = env.deploy("MintableToken", "Coin Dai", "CDAI", 18)
    oracle = env.deploy("PriceOracle", "COIN/USD", PRICE, 3_650 * DAY)
    fl = env.deploy("Flipper", env.accounts[ENGINE], coin, BEG, TTL, TAU)
    cl = env.deploy("Clipper", env.accounts[ENGINE], coin, oracle, 12 * WAD // 10, 8_400, 4 * WAD // 10, 1, 0, 90,
                    99 * RAY // 100, 0)
    for auction in (fl, cl):
        owner = env.accounts[OWNER_A]
        with reverts("collateral not received"):
            auction.kick(0, owner, WAD, WAD, WAD, PRICE, sender=ENGINE)
        env.send_raw(ENGINE, auction.raw_address, b"", value=WAD)
        with reverts("nothing to auction"):
            auction.kick(0, owner, 0, WAD, WAD, PRICE, sender=ENGINE)
        with reverts("nothing to raise"):
            auction.kick(0, owner, WAD, 0, WAD, PRICE, sender=ENGINE)
        auction.kick(0, owner, WAD, WAD, WAD, PRICE, sender=ENGINE)
        env.send_raw(ENGINE, auction.raw_address, b"", value=WAD)
        with reverts("auction id already used"):
            auction.kick(0, owner, WAD, WAD, WAD, PRICE, sender=ENGINE)
    with reverts("no oracle price"):
        cl.kick(1, env.accounts[OWNER_A], WAD, WAD, WAD, 0, sender=ENGINE)
    with reverts("tau must be positive"):
        fl.set_parameters(BEG, TTL, 0)
    with reverts("buf must be at least 1"):
        cl.set_parameters(WAD - 1, 1, 0, 1, 0, 1, RAY // 2, 0)
    with reverts("tail must be positive"):
        cl.set_parameters(WAD, 0, 0, 1, 0, 1, RAY // 2, 0)
    with reverts("linear decrease needs tau > 0"):
        cl.set_parameters(WAD, 1, 0, 0, 0, 1, RAY // 2, 0)


def test_flip_escrow_checks_the_coin_transfers(env, flaky):
    fl = env.deploy("Flipper", env.accounts[ENGINE], flaky, BEG, TTL, TAU)
    env.send_raw(ENGINE, fl.raw_address, b"", value=WAD)
    fl.kick(0, env.accounts[OWNER_A], WAD, 100 * WAD, 90 * WAD, PRICE, sender=ENGINE)
    for k in (K1, K2):
        flaky.mint(env.accounts[k], 1_000 * WAD)
    flaky.set_failures(True, False)
    with reverts("vault coin transfer in failed"):
        fl.tend(0, WAD, 10 * WAD, sender=K1)
    flaky.set_failures(False, False)
    fl.tend(0, WAD, 10 * WAD, sender=K1)
    flaky.set_failures(False, True)
    with reverts("refund failed"):
        fl.tend(0, WAD, 20 * WAD, sender=K2)


def test_wrapped_coin_wraps_and_unwraps(env):
    w = env.deploy("WrappedCoin", "Wrapped Coin", "WCOIN")
    w.deposit(sender=1, value=3 * WAD)
    env.send_raw(2, w.raw_address, b"", value=WAD)  # a plain transfer wraps too
    assert w.balanceOf(env.accounts[1]) == 3 * WAD and w.balanceOf(env.accounts[2]) == WAD
    assert w.totalSupply() == env.balance(w) == 4 * WAD
    before = env.balance(1)
    tx = w.withdraw.transact(2 * WAD, sender=1)
    assert env.balance(1) == before + 2 * WAD - tx.fee and w.totalSupply() == env.balance(w) == 2 * WAD
    with reverts("withdraw amount must be positive"):
        w.withdraw(0, sender=1)
    with reverts("burn amount exceeds balance"):
        w.withdraw(2 * WAD, sender=1)
    with reverts("deposit must be positive"):
        w.deposit(sender=1)
