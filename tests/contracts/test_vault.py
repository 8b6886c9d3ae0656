"""VaultEngine (deposits, borrowing, stability fee, dust, ceiling, liquidation, Dutch
auctions, bad debt) and the PegStabilityModule, through signed transactions."""

from __future__ import annotations

import pytest

from coinc.systems.registry import defaults
from coinc.systems.vault import TWO_PERCENT_A_YEAR
from coinc.testing import Env, reverts
from tests.contracts.conftest import DAY, RAY, WAD, deploy_fiat

DEFAULTS = defaults()

HOUR = 3_600
PRICE = 2_000 * WAD
LR = 15 * WAD // 10
PENALTY = 13 * WAD // 100
DUST = 100 * WAD
CEILING = 1_000_000 * WAD
DURATION = 3 * HOUR
BUFFER = 12 * WAD // 10
A, B, C, KEEPER = 1, 2, 3, 4


class Sys:
    def __init__(self, env: Env, fee: int = RAY):
        self.env = env
        self.oracle = env.deploy("PriceOracle", "COIN/USD", PRICE, 10 * DAY)
        self.coin = env.deploy("MintableToken", "Coin Dai", "CDAI", 18)
        # delay 0: the engine sees the source directly (the OSM delay is tested separately)
        self.osm = env.deploy("DelayedOracle", self.oracle, 0)
        self.engine = env.deploy("VaultEngine", self.coin, self.osm, LR, PENALTY, fee, CEILING, DUST, DURATION,
                                   BUFFER)
        self.coin.set_minter(self.engine, True)
        self.coin.set_minter(env.accounts[0], True)
        self.coin.mint(env.accounts[KEEPER], 1_000_000 * WAD)

    def open(self, who: int, collateral: int, debt: int):
        self.engine.deposit(sender=who, value=collateral)
        if debt:
            self.engine.borrow(debt, sender=who)

    def crash(self, price: int):
        self.oracle.post(price)


@pytest.fixture(scope="module")
def base(env):
    s = Sys(env)
    s.open(A, 10 * WAD, 10_000 * WAD)  # ratio 2.0
    s.open(B, 10 * WAD, 13_000 * WAD)  # ratio ~1.54
    return s


@pytest.fixture
def s(base):
    return base


def test_borrow_and_views(s):
    e, a = s.engine, s.env.accounts
    assert e.collateral_of(a[A]) == 10 * WAD and e.debt_of(a[A]) == 10_000 * WAD
    assert s.coin.balanceOf(a[A]) == 10_000 * WAD
    assert e.collateral_ratio(a[A]) == 2 * WAD
    assert e.is_safe(a[A]) and e.is_safe(a[B])
    v = e.vault(a[A])
    assert (v.collateral, v.art) == (10 * WAD, 10_000 * WAD)
    assert e.system_debt() == e.vault_debt() == 23_000 * WAD
    assert e.get_total_art() == 23_000 * WAD and e.get_rate() == RAY
    assert e.get_coin().lower() == s.coin.address.lower() and e.get_oracle().lower() == s.osm.address.lower()
    assert e.collateral_ratio(a[C]) == 0 and e.is_safe(a[C])
    assert s.env.balance(e) == 20 * WAD
    p = e.parameters()
    assert (p.liquidation_ratio, p.dust, p.debt_ceiling, p.auction_duration) == (LR, DUST, CEILING, DURATION)


def test_withdraw_and_repay(s):
    e, a = s.engine, s.env.accounts
    before = s.env.balance(A)
    tx = e.withdraw.transact(WAD, sender=A)
    assert s.env.balance(A) == before + WAD - tx.fee
    assert e.collateral_of(a[A]) == 9 * WAD
    e.repay(4_000 * WAD, sender=A)
    assert e.debt_of(a[A]) == 6_000 * WAD and s.coin.balanceOf(a[A]) == 6_000 * WAD
    e.repay(10**30, sender=A)  # more than owed: pays exactly the debt
    assert e.debt_of(a[A]) == 0 and s.coin.balanceOf(a[A]) == 0
    e.withdraw(9 * WAD, sender=A)  # no debt: no price needed
    assert e.vault(a[A]) == (0, 0)


def test_stability_fee_accrues(env):
    s = Sys(env, fee=TWO_PERCENT_A_YEAR)
    s.open(A, 10 * WAD, 10_000 * WAD)
    env.travel(365 * DAY)
    s.oracle.post(PRICE)
    s.engine.drip(sender=C)
    rate = s.engine.get_rate()
    assert abs(rate - RAY * 102 // 100) < RAY // 10**6  # 2% a year
    debt = s.engine.debt_of(env.accounts[A])
    assert abs(debt - 10_200 * WAD) < WAD // 100
    assert s.engine.get_surplus() == s.engine.system_debt() - 10_000 * WAD
    # repaying everything takes the accrued fee too
    s.coin.mint(env.accounts[A], 300 * WAD)
    s.engine.repay(10**30, sender=A)
    assert s.engine.debt_of(env.accounts[A]) == 0
    assert s.coin.balanceOf(env.accounts[A]) == 10_300 * WAD - debt
    # governance drips before changing the fee
    env.travel(DAY)
    s.oracle.post(PRICE)
    s.engine.set_parameters(LR, PENALTY, RAY, CEILING, DUST, DURATION, BUFFER)
    assert s.engine.get_rate() > rate


VAULT_REVERTS = [
    ("deposit 0", lambda s, a: s.engine.deposit(sender=C), "deposit must be positive"),
    ("withdraw 0", lambda s, a: s.engine.withdraw(0, sender=A), "withdraw amount must be positive"),
    ("withdraw more", lambda s, a: s.engine.withdraw(10 * WAD + 1, sender=A), "withdraw amount exceeds collateral"),
    ("withdraw unsafe", lambda s, a: s.engine.withdraw(WAD, sender=B), "withdrawal would make the vault unsafe"),
    ("borrow 0", lambda s, a: s.engine.borrow(0, sender=A), "borrow amount must be positive"),
    ("borrow dust", lambda s, a: (s.engine.deposit(sender=C, value=WAD), s.engine.borrow(DUST - 1, sender=C)),
     "vault debt would be below the dust minimum"),
    ("borrow unsafe", lambda s, a: s.engine.borrow(3_400 * WAD, sender=A), "not enough collateral for this debt"),
    ("borrow without collateral", lambda s, a: s.engine.borrow(DUST, sender=C), "not enough collateral for this debt"),
    ("borrow over ceiling", lambda s, a: (s.engine.deposit(sender=C, value=2_000 * WAD),
                                          s.engine.borrow(CEILING - 23_000 * WAD + 1, sender=C)),
     "debt ceiling reached"),
    ("repay 0", lambda s, a: s.engine.repay(0, sender=A), "repay amount must be positive"),
    ("repay without debt", lambda s, a: s.engine.repay(1, sender=C), "vault has no debt"),
    ("repay leaving dust", lambda s, a: s.engine.repay(10_000 * WAD - DUST + 1, sender=A),
     "remaining debt would be below the dust minimum"),
    ("repay without coins", lambda s, a: (s.coin.transfer(a[C], 10_000 * WAD, sender=A),
                                          s.engine.repay(WAD, sender=A)), "burn amount exceeds balance"),
    ("liquidate no debt", lambda s, a: s.engine.liquidate(a[C], sender=KEEPER), "vault has no debt"),
    ("liquidate safe", lambda s, a: s.engine.liquidate(a[B], sender=KEEPER), "vault is safe"),
    ("take inactive", lambda s, a: s.engine.take(0, WAD, 10**30, sender=KEEPER), "auction is not active"),
    ("auction_price inactive", lambda s, a: s.engine.auction_price(0), "auction is not active"),
    ("set_parameters by non-owner", lambda s, a: s.engine.set_parameters(LR, PENALTY, RAY, CEILING, DUST, DURATION,
                                                                         BUFFER, sender=A), "caller is not the owner"),
    ("set_oracle by non-owner", lambda s, a: s.engine.set_oracle(a[A], sender=A), "caller is not the owner"),
    ("ratio below 100%", lambda s, a: s.engine.set_parameters(WAD - 1, PENALTY, RAY, CEILING, DUST, DURATION, BUFFER),
     "liquidation ratio must be at least 100%"),
    ("penalty above 100%", lambda s, a: s.engine.set_parameters(LR, WAD + 1, RAY, CEILING, DUST, DURATION, BUFFER),
     "liquidation penalty must be at most 100%"),
    ("fee below 1", lambda s, a: s.engine.set_parameters(LR, PENALTY, RAY - 1, CEILING, DUST, DURATION, BUFFER),
     "stability fee is a per-second ray >= 1"),
    ("fee of 100%/s", lambda s, a: s.engine.set_parameters(LR, PENALTY, 2 * RAY, CEILING, DUST, DURATION, BUFFER),
     "stability fee is a per-second ray >= 1"),
    ("duration 0", lambda s, a: s.engine.set_parameters(LR, PENALTY, RAY, CEILING, DUST, 0, BUFFER),
     "auction duration must be positive"),
    ("buffer below 1", lambda s, a: s.engine.set_parameters(LR, PENALTY, RAY, CEILING, DUST, DURATION, WAD - 1),
     "auction buffer must be at least 1"),
    ("deploy with bad ratio", lambda s, a: s.env.deploy("VaultEngine", s.coin, s.osm, WAD // 2, PENALTY, RAY,
                                                          CEILING, DUST, DURATION, BUFFER),
     "liquidation ratio must be at least 100%"),
    ("stale oracle borrow", lambda s, a: (s.env.travel(10 * DAY + 1), s.engine.borrow(DUST, sender=A)),
     "price is stale"),
    ("stale oracle liquidate", lambda s, a: (s.env.travel(10 * DAY + 1), s.engine.liquidate(a[B], sender=KEEPER)),
     "price is stale"),
    ("stale oracle withdraw", lambda s, a: (s.env.travel(10 * DAY + 1), s.engine.withdraw(1, sender=A)),
     "price is stale"),
]


@pytest.mark.parametrize("action, message", [(f, m) for _, f, m in VAULT_REVERTS], ids=[i for i, _, _ in VAULT_REVERTS])
def test_reverts(s, action, message):
    a = s.env.accounts
    with reverts(message):
        action(s, a)
    assert s.engine.debt_of(a[A]) == 10_000 * WAD and s.engine.collateral_of(a[A]) == 10 * WAD


def test_dust_allows_full_repay_and_exact_dust(s):
    e, a = s.engine, s.env.accounts
    e.repay(10_000 * WAD - DUST, sender=A)
    assert e.debt_of(a[A]) == DUST
    e.repay(DUST, sender=A)
    assert e.debt_of(a[A]) == 0


def liquidate_b(s, price=1_900 * WAD) -> int:
    s.crash(price)  # B: 10 * 1900 = 19000 < 13000 * 1.5 = 19500
    assert not s.engine.is_safe(s.env.accounts[B])
    assert s.engine.is_safe(s.env.accounts[A]) == (price * 10 >= 15_000 * WAD)
    if s.engine.is_safe(s.env.accounts[A]):
        with reverts("vault is safe"):
            s.engine.liquidate(s.env.accounts[A], sender=KEEPER)
    tx = s.engine.liquidate.transact(s.env.accounts[B], sender=KEEPER)
    return tx.value


def test_liquidation_opens_a_dutch_auction(s):
    e, a = s.engine, s.env.accounts
    debt_before = e.system_debt()
    aid = liquidate_b(s)
    assert aid == 0 and e.auctions_started() == 1
    au = e.auction(aid)
    assert au.owner == a[B].address.lower() and au.collateral == 10 * WAD and au.active
    assert au.debt == 13_000 * WAD and au.tab == 13_000 * WAD * 113 // 100
    assert au.start_price == 1_900 * WAD * 12 // 10
    assert e.vault(a[B]) == (0, 0)
    assert e.get_auction_debt() == 13_000 * WAD and e.system_debt() == debt_before
    assert s.env.balance(e) == 20 * WAD  # the collateral stays in the engine until taken
    with reverts("vault has no debt"):
        e.liquidate(a[B], sender=KEEPER)
    # the price falls linearly to zero over the auction's duration
    start = au.started_at
    prices = []
    for t in (0, DURATION // 4, DURATION // 2, DURATION - 1, DURATION, DURATION + 99):
        s.env.travel_to(start + t)
        prices.append(e.auction_price(aid))
    top = au.start_price
    assert prices == [top, top * 3 // 4, top // 2, top * 1 // DURATION, 0, 0]


def test_takes_pay_the_tab_and_return_the_rest(s):
    e, a, coin = s.engine, s.env.accounts, s.coin
    aid = liquidate_b(s)
    au = e.auction(aid)
    price = e.auction_price(aid)
    assert price == 2_280 * WAD  # 1900 * 1.2 at the start
    with reverts("auction price is above max_price"):
        e.take(aid, WAD, price - 1, sender=KEEPER)
    with reverts("nothing to take"):
        e.take(aid, 0, price, sender=KEEPER)
    supply = coin.totalSupply()
    got = e.take(aid, 4 * WAD, price, sender=KEEPER)
    assert got == 4 * WAD and coin.totalSupply() == supply - 9_120 * WAD
    au = e.auction(aid)
    assert au.collateral == 6 * WAD and au.debt == 13_000 * WAD - 9_120 * WAD and au.active
    assert e.get_auction_debt() == au.debt
    # buying everything left: only the rest of the tab is charged, the rest returns to B
    keeper_coins = coin.balanceOf(a[KEEPER])
    b_native = s.env.balance(B)
    tx = e.take.transact(aid, 10 * WAD, price, sender=KEEPER)
    tab = 13_000 * WAD * 113 // 100 - 9_120 * WAD
    assert keeper_coins - coin.balanceOf(a[KEEPER]) == tab
    assert tx.value == tab * WAD // price
    returned = 6 * WAD - tx.value
    assert s.env.balance(B) == b_native + returned
    assert tx.events(e, "AuctionClosed") == [{"id": 0, "returned": returned, "bad_debt": 0}]
    assert not e.auction(aid).active and e.get_auction_debt() == 0 and e.get_bad_debt() == 0
    assert e.get_surplus() == 13_000 * WAD * 13 // 100  # the penalty
    assert s.env.balance(e) == 10 * WAD  # only A's collateral is left
    with reverts("auction is not active"):
        e.take(aid, WAD, price, sender=KEEPER)


def test_zero_price_wins_leave_bad_debt(s):
    e, _a, coin = s.engine, s.env.accounts, s.coin
    aid = liquidate_b(s)
    s.env.travel_to(e.auction(aid).started_at + DURATION)
    assert e.auction_price(aid) == 0
    supply = coin.totalSupply()
    before = s.env.balance(C)
    tx = e.take.transact(aid, 10 * WAD, 0, sender=C)  # C holds no coins and needs none
    assert tx.value == 10 * WAD and s.env.balance(C) == before + 10 * WAD - tx.fee
    assert coin.totalSupply() == supply
    assert e.get_bad_debt() == 13_000 * WAD and e.get_auction_debt() == 0
    assert e.system_debt() == e.vault_debt() + 13_000 * WAD
    assert tx.events(e, "AuctionClosed") == [{"id": 0, "returned": 0, "bad_debt": 13_000 * WAD}]


def test_auction_running_out_of_collateral_records_the_shortfall(s):
    e = s.engine
    aid = liquidate_b(s, price=1_000 * WAD)  # collateral worth 10000 < debt 13000
    s.env.travel_to(e.auction(aid).started_at + DURATION // 2)  # price 600
    e.take(aid, 10 * WAD, 600 * WAD, sender=KEEPER)
    assert e.get_bad_debt() == 13_000 * WAD - 6_000 * WAD
    assert e.get_surplus() == 0


def test_osm_delays_the_crash_reaching_the_vaults(env):
    s = Sys(env)
    osm = env.deploy("DelayedOracle", s.oracle, HOUR)
    s.engine.set_oracle(osm)
    s.open(B, 10 * WAD, 13_000 * WAD)
    s.crash(1_000 * WAD)
    assert s.engine.is_safe(env.accounts[B])  # the crash is not visible yet
    with reverts("vault is safe"):
        s.engine.liquidate(env.accounts[B], sender=KEEPER)
    env.travel(HOUR)
    s.oracle.post(1_000 * WAD)
    osm.poke()  # crash queued
    assert s.engine.is_safe(env.accounts[B])
    env.travel(HOUR)
    osm.poke()  # and now served
    assert not s.engine.is_safe(env.accounts[B])
    s.engine.liquidate(env.accounts[B], sender=KEEPER)


REENTRANT_TAKER = '''
interface Clipper {
    fn take(id: uint, max_collateral: uint, max_price: uint) -> uint
}

contract ReentrantTaker {
    storage engine: address
    storage id: uint
    storage chunk: uint
    storage entered: bool

    init(engine: address) {
        self.engine = engine
    }

    pub fn attack(id: uint, chunk: uint) {
        self.id = id
        self.chunk = chunk
        Clipper(self.engine).take(id, chunk, 2**256 - 1)
    }

    // paid in native coin by take(): buy again before the engine has recorded the first take
    pub payable fn receive() {
        if not self.entered {
            self.entered = true
            Clipper(self.engine).take(self.id, self.chunk, 2**256 - 1)
        }
    }
}
'''


def test_take_is_safe_against_reentrancy(s):
    """take() pays the taker in native coin with all the gas: a taker contract that buys
    again from its `receive` must see the auction as the first take left it."""
    e, a = s.engine, s.env.accounts
    aid = liquidate_b(s)
    attacker = s.env.loads(REENTRANT_TAKER, e, name="ReentrantTaker")
    s.coin.transfer(attacker, 100_000 * WAD, sender=KEEPER)
    s.env.travel_to(e.auction(aid).started_at + DURATION // 2)
    s.engine.drip()
    attacker.attack(aid, 3 * WAD, sender=KEEPER)
    au = e.auction(aid)
    # two takes of 3: 6 of 10 sold, paid twice, recorded twice
    assert s.env.balance(attacker) == 6 * WAD
    assert au.collateral == 4 * WAD
    assert au.debt == e.get_auction_debt() == 13_000 * WAD - 2 * 3 * 1_140 * WAD
    # the engine still holds every vault's and every auction's collateral
    assert s.env.balance(e) == e.collateral_of(a[A]) + au.collateral
    e.take(aid, 10 * WAD, 10**30, sender=KEEPER)
    assert s.env.balance(e) == e.collateral_of(a[A])
    e.withdraw(WAD, sender=A)


# ---------------------------------------------------------------- PSM
@pytest.fixture
def psm_sys(env):
    s = Sys(env)
    gem = deploy_fiat(env).coin
    psm = env.deploy("PegStabilityModule", gem, s.coin, WAD // 100, WAD // 50, 1_000 * WAD)
    s.coin.set_minter(psm, True)
    gem.transfer(env.accounts[A], 5_000 * WAD)
    gem.approve(psm, 2**256 - 1, sender=A)
    return s, psm, gem


def test_psm_swaps_with_fees(env, psm_sys):
    s, psm, gem = psm_sys
    a = env.accounts[A]
    assert psm.sell_gem(100 * WAD, sender=A) == 99 * WAD  # 1% in
    assert s.coin.balanceOf(a) == 99 * WAD and gem.balanceOf(psm) == psm.gem_held() == 100 * WAD
    assert psm.buy_gem(50 * WAD, sender=A) == 51 * WAD  # 2% out
    assert s.coin.balanceOf(a) == 48 * WAD and gem.balanceOf(psm) == psm.gem_held() == 50 * WAD
    assert psm.get_fees() == WAD + WAD
    psm.set_fees(0, 0)
    assert psm.sell_gem(10 * WAD, sender=A) == 10 * WAD


def test_psm_ceiling(env, psm_sys):
    s, psm, gem = psm_sys
    psm.sell_gem(1_000 * WAD, sender=A)
    with reverts("PSM debt ceiling reached"):
        psm.sell_gem(1, sender=A)
    psm.set_line(2_000 * WAD)
    psm.sell_gem(1_000 * WAD, sender=A)
    with reverts("PSM debt ceiling reached"):
        psm.sell_gem(1, sender=A)


def test_psm_reverts(env, psm_sys):
    s, psm, gem = psm_sys
    a = env.accounts
    with reverts("amount must be positive"):
        psm.sell_gem(0, sender=A)
    with reverts("amount must be positive"):
        psm.buy_gem(0, sender=A)
    with reverts("the PSM holds less gem than that"):
        psm.buy_gem(1, sender=A)
    with reverts("caller is not the owner"):
        psm.set_fees(0, 0, sender=A)
    with reverts("caller is not the owner"):
        psm.set_line(0, sender=A)
    with reverts("fees must be below 100%"):
        psm.set_fees(WAD, 0)
    with reverts("fees must be below 100%"):
        psm.set_fees(0, WAD)
    with reverts("fees must be below 100%"):
        env.deploy("PegStabilityModule", gem, s.coin, WAD, 0, 0)
    psm.sell_gem(100 * WAD, sender=A)
    s.coin.transfer(a[C], 99 * WAD, sender=A)
    with reverts("burn amount exceeds balance"):
        psm.buy_gem(WAD, sender=A)  # no coins to pay with
    # a frozen fiat coin freezes the PSM too
    gem.pause()
    with reverts("paused"):
        psm.sell_gem(WAD, sender=A)
    with reverts("paused"):
        psm.buy_gem(WAD, sender=C)


def test_psm_gem_returning_false(env, flaky):
    s = Sys(env)
    psm = env.deploy("PegStabilityModule", flaky, s.coin, 0, 0, 1_000 * WAD)
    s.coin.set_minter(psm, True)
    flaky.mint(env.accounts[A], 100 * WAD)
    psm.sell_gem(10 * WAD, sender=A)
    flaky.set_failures(True, False)
    with reverts("gem transfer failed"):
        psm.sell_gem(WAD, sender=A)
    flaky.set_failures(False, True)
    with reverts("gem transfer failed"):
        psm.buy_gem(WAD, sender=A)


def test_systems_vault_defaults(vault):
    """The system as coinc deploys it: OSM delay, PSM against the fiat coin."""
    c = vault.env
    e = vault.engine
    e.deposit(sender=A, value=10 * WAD)
    e.borrow(DEFAULTS["vault.dust"], sender=A)
    assert e.debt_of(c.accounts[A]) == DEFAULTS["vault.dust"]
    assert vault.osm.get_delay() == DEFAULTS["vault.oracle_delay"]
    vault.gem.approve(vault.psm, 10 * WAD)
    assert vault.psm.sell_gem(10 * WAD) == 10 * WAD  # fee_in 0
