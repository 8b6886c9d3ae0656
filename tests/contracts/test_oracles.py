"""PriceOracle (reporters, staleness) and DelayedOracle (Maker's OSM: poke timing, one
period of delay, pass-through with delay 0)."""

from __future__ import annotations

import pytest

from coinc.testing import reverts
from tests.contracts.conftest import WAD

P1, P2, P3 = 2_000 * WAD, 1_000 * WAD, 500 * WAD
HOUR = 3_600


@pytest.fixture
def oracle(env):
    return env.deploy("PriceOracle", "X/USD", P1, HOUR * 24)


def test_price_and_staleness(env, oracle):
    assert oracle.price() == P1 and oracle.updated_at() == env.now()
    assert oracle.get_max_age() == HOUR * 24
    assert oracle.is_reporter(env.accounts[0])
    env.travel(HOUR * 24)
    assert oracle.price() == P1  # exactly max_age old
    env.travel(1)
    with reverts("price is stale"):
        oracle.price()
    assert oracle.peek() == P1  # monitoring still sees it
    oracle.set_reporter(env.accounts[3], True)
    oracle.post(P2, sender=3)
    assert oracle.price() == P2 and oracle.updated_at() == env.now()
    oracle.set_max_age(10)
    env.travel(11)
    with reverts("price is stale"):
        oracle.price()
    oracle.set_reporter(env.accounts[3], False)
    with reverts("caller is not a reporter"):
        oracle.post(P2, sender=3)


def test_no_price_yet(env):
    o = env.deploy("PriceOracle", "X/USD", 0, HOUR)
    with reverts("no price yet"):
        o.price()
    with reverts("no price yet"):
        env.deploy("DelayedOracle", o, HOUR)  # the OSM reads its source when deployed


ORACLE_REVERTS = [
    ("set_reporter by non-owner", lambda c, o: o.set_reporter(c.accounts[1], True, sender=1), "caller is not the owner"),
    ("set_max_age by non-owner", lambda c, o: o.set_max_age(5, sender=1), "caller is not the owner"),
    ("set_max_age 0", lambda c, o: o.set_max_age(0), "max_age must be positive"),
    ("post by non-reporter", lambda c, o: o.post(P2, sender=2), "caller is not a reporter"),
    ("post 0", lambda c, o: o.post(0), "price must be positive"),
    ("deploy with max_age 0", lambda c, o: c.deploy("PriceOracle", "X", P1, 0), "max_age must be positive"),
]


@pytest.mark.parametrize("action, message", [(f, m) for _, f, m in ORACLE_REVERTS],
                         ids=[i for i, _, _ in ORACLE_REVERTS])
def test_oracle_reverts(env, oracle, action, message):
    with reverts(message):
        action(env, oracle)
    assert oracle.price() == P1


def test_delayed_oracle_serves_the_previous_reading(env, oracle):
    osm = env.deploy("DelayedOracle", oracle, HOUR)
    start = env.now()
    assert osm.price() == osm.next_price() == P1 and osm.get_delay() == HOUR
    assert osm.updated_at() == start
    oracle.post(P2)  # the crash
    with reverts("too early to poke"):
        osm.poke()
    env.travel_to(start + HOUR - 1)
    with reverts("too early to poke"):
        osm.poke(sender=4)
    env.travel_to(start + HOUR)
    osm.poke(sender=4)  # anyone may poke
    assert osm.price() == P1 and osm.next_price() == P2  # the crash is queued, not served
    aligned = (start + HOUR) - (start + HOUR) % HOUR
    assert osm.updated_at() == aligned
    with reverts("too early to poke"):
        osm.poke()
    oracle.post(P3)
    env.travel_to(aligned + HOUR)  # pokes align to the delay's boundaries
    osm.poke()
    assert osm.price() == P2 and osm.next_price() == P3
    env.travel_to(aligned + 2 * HOUR)
    osm.poke()
    assert osm.price() == osm.next_price() == P3


def test_delayed_oracle_refuses_a_stale_source(env, oracle):
    osm = env.deploy("DelayedOracle", oracle, HOUR)
    env.travel(HOUR * 24 + 1)
    with reverts("price is stale"):
        osm.poke()
    assert osm.price() == P1  # what it served keeps being served


def test_delay_zero_passes_the_source_through(env, oracle):
    osm = env.deploy("DelayedOracle", oracle, 0)
    oracle.post(P2)
    assert osm.price() == P2 and osm.updated_at() == env.now()
    with reverts("no delay: nothing to poke"):
        osm.poke()
    env.travel(HOUR * 24 + 1)
    with reverts("price is stale"):
        osm.price()
    with reverts("caller is not the owner"):
        osm.set_delay(HOUR, sender=1)
    oracle.post(P3)
    osm.set_delay(HOUR)
    assert osm.get_delay() == HOUR
    # turning the delay on starts from the source's current price, not the one read
    # when the OSM was deployed (P1, two prices ago)
    assert osm.price() == osm.next_price() == P3
    assert osm.updated_at() == env.now()
    with reverts("too early to poke"):
        osm.poke()
    env.travel(HOUR)
    osm.poke()
    assert osm.price() == P3
    osm.set_delay(0)
    oracle.post(P1)
    assert osm.price() == P1


def test_delayed_oracle_with_a_max_age_goes_stale_with_its_source(env, oracle):
    """`set_max_age`: once no poke has succeeded for max_age past the delay, the OSM
    refuses to serve (a stale source makes every poke revert); 0 keeps Maker's behaviour."""
    osm = env.deploy("DelayedOracle", oracle, HOUR)
    assert osm.get_max_age() == 0
    with reverts("caller is not the owner"):
        osm.set_max_age(HOUR, sender=1)
    osm.set_max_age(2 * HOUR)
    assert osm.get_max_age() == 2 * HOUR
    start = osm.updated_at()
    env.travel_to(start + 3 * HOUR)  # exactly delay + max_age since the last poke
    assert osm.price() == P1
    env.travel_to(start + 3 * HOUR + 1)
    with reverts("price is stale"):
        osm.price()
    oracle.post(P2)  # the feed is back: a poke revives the OSM
    osm.poke()
    assert osm.price() == P1 and osm.next_price() == P2
    osm.set_max_age(0)
    env.travel(HOUR * 100)
    assert osm.price() == P1  # off: served however old
