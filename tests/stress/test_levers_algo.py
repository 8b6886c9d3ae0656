"""Levers of the algorithmic run, each moved one way, and the sign of the response that
economic theory predicts (issue 11): the market module's capacity (base pool, recovery
period, minimum spread) sets how fast coins are redeemed and the share is diluted; the
coin's market depth, the withdrawals and the defending reserve set how fast it falls.
Shorter horizons where the claim is about a rate; two seeds, summed or averaged."""

from __future__ import annotations

import pytest

from coinc.stress.engine import run_one
from coinc.stress.scenario import apply_sets, load

SEEDS = (1, 2)


def runs(hours: int, *sets: tuple[str, object]):
    cfg = apply_sets(load("algorithmic-run"), [("hours", hours), *sets])
    out = [run_one(cfg, seed) for seed in SEEDS]
    for r in out:
        assert r.invariant_failures == [], r.invariant_failures
    return out


def burned(rs) -> float:
    """Coins redeemed (burned by the module), summed over the seeds."""
    return sum(r.series["algo.supply"][0] - r.series["algo.supply"][-1] for r in rs)


def dilution(rs) -> float:
    return sum(r.series["algo.share_supply"][-1] / r.series["algo.share_supply"][0] for r in rs)


def mean_price(rs) -> float:
    """The coin's mean price over the run's hours and the seeds (the hourly low is noisy:
    a thin market swings from block to block)."""
    return sum(sum(r.series["algo.price"]) / len(r.series["algo.price"]) for r in rs) / len(rs)


def test_a_bigger_base_pool_redeems_faster_and_dilutes_faster():
    small, big = runs(60), runs(60, ("terra.base_pool_sdr", 200_000_000))
    assert burned(big) > burned(small)
    assert dilution(big) > dilution(small)


def test_a_shorter_recovery_period_redeems_faster():
    slow, fast = runs(60), runs(60, ("terra.recovery_blocks", 9))
    assert burned(fast) > burned(slow)


def test_a_higher_min_spread_redeems_slower():
    low, high = runs(60), runs(60, ("params.algo.min_spread", 5 * 10**16))
    assert burned(high) < burned(low)


@pytest.mark.parametrize("hours, lever, more, effect", [
    # a deeper coin market: the same first sales move its price less (the first half-day)
    (12, "params.algo.pool_liquidity", 105_000 * 10**18, "higher"),
    # twice the 7-8 May outflow: a deeper depeg over the first 30 hours
    (30, "run.withdrawals", [[1, 0.026], [3, 0.04], [10, 0.08], [16, 0.08], [22, 0.094]], "lower"),
    # a defending reserve three times as big lasts longer (four days)
    (96, "agents.defender_reserve", 1_050_000, "higher"),
])
def test_the_coin_price(hours, lever, more, effect):
    """The coin's mean price over the horizon where the lever acts, moved as theory predicts."""
    base, moved = mean_price(runs(hours)), mean_price(runs(hours, (lever, more)))
    assert (moved > base) if effect == "higher" else (moved < base), (base, moved)
