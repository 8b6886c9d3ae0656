"""SwapModule (Terra's market module): oracle-priced swaps through a virtual constant-
product pool whose spread widens with volume and recovers over time."""

from __future__ import annotations

import pytest

from coinc.testing import Env, reverts
from tests.contracts.conftest import DAY, WAD

PRICE = 80 * WAD
BASE = 1_000_000 * WAD
RECOVERY = 216
SPREAD = 5 * WAD // 1000
T1, T2 = 1, 2


class Sys:
    def __init__(self, env: Env):
        self.env = env
        self.stable = env.deploy("MintableToken", "Algo USD", "AUSD", 18)
        self.share = env.deploy("MintableToken", "Algo Share", "SHARE", 18)
        self.oracle = env.deploy("PriceOracle", "SHARE/USD", PRICE, DAY)
        self.module = env.deploy("SwapModule", self.stable, self.share, self.oracle, BASE, RECOVERY, SPREAD)
        for t in (self.stable, self.share):
            t.set_minter(env.accounts[0], True)
            t.set_minter(self.module, True)
            for i in (T1, T2):
                t.mint(env.accounts[i], 10_000_000 * WAD)
            t.set_minter(env.accounts[0], False)


@pytest.fixture(scope="module")
def base(env):
    return Sys(env)


@pytest.fixture
def s(base):
    return base


def test_small_swaps_pay_the_min_spread(s):
    m, a = s.module, s.env.accounts
    amount = 100 * WAD
    out = m.swap_stable_for_share(amount, 0, sender=T1)
    assert out == amount * (WAD - SPREAD) // WAD * WAD // PRICE
    assert s.share.balanceOf(a[T1]) == 10_000_000 * WAD + out
    assert s.stable.balanceOf(a[T1]) == 10_000_000 * WAD - amount
    assert m.get_delta() == amount
    back = m.swap_share_for_stable(WAD, 0, sender=T2)
    assert back == PRICE * (WAD - SPREAD) // WAD
    assert m.get_delta() == amount - back


def test_quotes_match_swaps(s):
    m = s.module
    for amount in (WAD, 10_000 * WAD, 500_000 * WAD):
        q = m.quote_stable_for_share(amount)
        assert m.swap_stable_for_share(amount, q, sender=T1) == q
        q = m.quote_share_for_stable(amount // 80)
        assert m.swap_share_for_stable(amount // 80, q, sender=T2) == q


def test_spread_widens_with_volume(s):
    m = s.module
    sizes = [WAD, 10_000 * WAD, 100_000 * WAD, 1_000_000 * WAD, 5_000_000 * WAD]
    rates = [m.quote_stable_for_share(x) * WAD // x for x in sizes]
    assert rates == sorted(rates, reverse=True) and rates[0] > rates[-1] * 2
    # successive swaps in one direction get worse and worse rates
    got = [m.swap_stable_for_share(200_000 * WAD, 0, sender=T1) for _ in range(4)]
    assert got == sorted(got, reverse=True) and got[0] > got[-1]
    p = m.pools()
    assert p.stable_pool == BASE + 800_000 * WAD
    assert p.share_pool == BASE * BASE // p.stable_pool
    # ... while the other direction now gets the best rate the spread allows
    assert m.quote_share_for_stable(WAD) == PRICE * (WAD - SPREAD) // WAD


def test_spread_recovers_over_time(s):
    m, env = s.module, s.env
    m.swap_stable_for_share(800_000 * WAD, 0, sender=T1)
    worse = m.quote_stable_for_share(100_000 * WAD)
    delta = m.get_delta()
    env.travel(RECOVERY)
    m.recover(sender=T2)  # anyone may apply the decay
    decayed = m.get_delta()
    assert 0 < decayed < delta
    # one recovery period keeps about 1/e of the imbalance
    assert abs(decayed * 1000 // delta - 368) <= 2
    better = m.quote_stable_for_share(100_000 * WAD)
    assert better > worse
    env.travel(50 * RECOVERY)
    s.oracle.post(PRICE)
    m.recover()
    assert m.get_delta() < WAD
    assert m.quote_stable_for_share(100_000 * WAD) > better
    # negative deltas decay toward zero as well
    m.swap_share_for_stable(20_000 * WAD, 0, sender=T2)
    d = m.get_delta()
    assert d < 0
    env.travel(RECOVERY)
    m.recover()
    assert d < m.get_delta() < 0


def test_price_moves_the_rate(s):
    m = s.module
    s.oracle.post(PRICE // 2)  # the share halves: a dollar buys twice as much share
    assert m.quote_stable_for_share(100 * WAD) == 100 * WAD * (WAD - SPREAD) // WAD * WAD // (PRICE // 2)


def test_parameters(s):
    m = s.module
    p = m.parameters()
    assert (p.base_pool, p.recovery_period, p.min_spread) == (BASE, RECOVERY, SPREAD)
    m.set_parameters(2 * BASE, 10, 0)
    assert m.parameters() == (2 * BASE, 10, 0)
    assert m.quote_share_for_stable(WAD) < PRICE  # the pool's own slippage without a min spread


ALGO_REVERTS = [
    ("stable_for_share 0", lambda s, a: s.module.swap_stable_for_share(0, 0, sender=T1), "amount must be positive"),
    ("share_for_stable 0", lambda s, a: s.module.swap_share_for_stable(0, 0, sender=T1), "amount must be positive"),
    ("stable_for_share dust", lambda s, a: s.module.swap_stable_for_share(1, 0, sender=T1), "output is zero"),
    ("share_for_stable dust", lambda s, a: (s.oracle.post(WAD // 2), s.module.swap_share_for_stable(1, 0, sender=T1)),
     "output is zero"),
    ("stable_for_share min_out", lambda s, a: s.module.swap_stable_for_share(WAD, WAD, sender=T1),
     "slippage: output below min_out"),
    ("share_for_stable min_out", lambda s, a: s.module.swap_share_for_stable(WAD, 80 * WAD, sender=T1),
     "slippage: output below min_out"),
    ("stable_for_share over balance", lambda s, a: s.module.swap_stable_for_share(10**7 * WAD + 1, 0, sender=T1),
     "burn amount exceeds balance"),
    ("share_for_stable without share", lambda s, a: s.module.swap_share_for_stable(WAD, 0, sender=3),
     "burn amount exceeds balance"),
    ("stale price swap", lambda s, a: (s.env.travel(DAY + 1), s.module.swap_stable_for_share(WAD, 0, sender=T1)),
     "price is stale"),
    ("stale price swap back", lambda s, a: (s.env.travel(DAY + 1), s.module.swap_share_for_stable(WAD, 0, sender=T1)),
     "price is stale"),
    ("stale price quote", lambda s, a: (s.env.travel(DAY + 1), s.module.quote_stable_for_share(WAD)),
     "price is stale"),
    ("set_parameters by non-owner", lambda s, a: s.module.set_parameters(BASE, RECOVERY, SPREAD, sender=T1),
     "caller is not the owner"),
    ("base pool 0", lambda s, a: s.module.set_parameters(0, RECOVERY, SPREAD), "base pool must be positive"),
    ("recovery 0", lambda s, a: s.module.set_parameters(BASE, 0, SPREAD), "recovery period must be positive"),
    ("spread 100%", lambda s, a: s.module.set_parameters(BASE, RECOVERY, WAD), "min spread must be below 100%"),
    ("deploy with spread 100%", lambda s, a: s.env.deploy("SwapModule", s.stable, s.share, s.oracle, BASE, RECOVERY,
                                                            WAD), "min spread must be below 100%"),
    ("module not a minter", lambda s, a: (s.share.set_minter(s.module, False),
                                          s.module.swap_stable_for_share(WAD, 0, sender=T1)), "caller is not a minter"),
]


@pytest.mark.parametrize("action, message", [(f, m) for _, f, m in ALGO_REVERTS], ids=[i for i, _, _ in ALGO_REVERTS])
def test_reverts(s, action, message):
    supplies = (s.stable.totalSupply(), s.share.totalSupply())
    with reverts(message):
        action(s, s.env.accounts)
    assert (s.stable.totalSupply(), s.share.totalSupply()) == supplies
    assert s.module.get_delta() == 0


def test_systems_algo_defaults(algo):
    m = algo.module
    assert m.parameters().base_pool == 5_000_000 * WAD
    assert m.quote_share_for_stable(WAD) == 80 * WAD * 995 // 1000


def test_dust_after_an_imbalance_is_output_zero_not_a_panic(s):
    """Found by the stateful test: after any swap, the rounded-down virtual share pool made
    a tiny share_for_stable underflow (Panic 0x11) instead of paying nothing."""
    m = s.module
    s.oracle.post(1)  # $1e-18 a share
    m.swap_stable_for_share(WAD, 0, sender=T1)
    assert m.quote_share_for_stable(1) == 0
    with reverts("output is zero"):
        m.swap_share_for_stable(1, 0, sender=T1)


def test_quote_at_a_later_time_includes_the_recovery():
    """Traders size their trade for the next block: the quote at that block's time applies
    Terra's replenishment first, and the swap in that block pays exactly that."""
    s = Sys(Env())
    m, env = s.module, s.env
    m.swap_stable_for_share(800_000 * WAD, 0, sender=T1)
    assert m.delta_at(0) == m.get_delta() == 800_000 * WAD  # a past time: the stored delta
    stale = m.quote_stable_for_share(100_000 * WAD)
    later = env.now() + RECOVERY
    fresh = m.quote_stable_for_share_at(100_000 * WAD, later)
    assert fresh > stale
    # one recovery period later about 1/e of the imbalance is left
    assert abs(m.delta_at(later) * 1000 // m.get_delta() - 368) <= 2
    env.travel(RECOVERY)
    assert env.now() == later
    assert m.swap_stable_for_share(100_000 * WAD, fresh, sender=T2) == fresh


def test_deposit_pool_holds_and_returns_deposits(env):
    token = env.deploy("MintableToken", "Algo USD", "AUSD", 18)
    token.set_minter(env.accounts[0], True)
    token.mint(env.accounts[T1], 1_000 * WAD)
    pool = env.deploy("DepositPool", token)
    token.approve(pool, 1_000 * WAD, sender=T1)
    pool.deposit(600 * WAD, sender=T1)
    assert pool.deposit_of(env.accounts[T1]) == 600 * WAD == pool.total_deposits()
    assert token.balanceOf(pool) == 600 * WAD
    pool.withdraw(200 * WAD, sender=T1)
    assert pool.total_deposits() == 400 * WAD and token.balanceOf(env.accounts[T1]) == 600 * WAD
    with reverts("withdrawal exceeds the deposit"):
        pool.withdraw(400 * WAD + 1, sender=T1)
    with reverts("withdrawal exceeds the deposit"):
        pool.withdraw(WAD, sender=T2)
    with reverts("amount must be positive"):
        pool.withdraw(0, sender=T1)
    with reverts("amount must be positive"):
        pool.deposit(0, sender=T1)
    with reverts("token is the zero address"):
        env.deploy("DepositPool", "0x" + "00" * 20)
