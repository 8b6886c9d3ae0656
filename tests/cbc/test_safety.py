"""Safety and liveness of the simulated protocol: the threshold holds, and it is tight."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chain.cbc.sim import SimConfig, simulate


@st.composite
def runs_within_threshold(draw):
    n = draw(st.integers(4, 9))
    weights = draw(st.lists(st.integers(1, 4), min_size=n, max_size=n))
    total = sum(weights)
    equivocators = draw(st.integers(0, n - 1))
    cap = (total - 1) // 3  # the largest threshold under which honest validators can still finalize
    if draw(st.booleans()):  # mostly runs that do finalize: equivocating weight <= t <= cap
        while sum(weights[:equivocators]) > cap:
            equivocators -= 1
    equivocating = sum(weights[:equivocators])
    # the threshold is at least the equivocating weight, and below the total
    threshold = draw(st.integers(min(equivocating, total - 1), max(min(equivocating, total - 1), cap))
                     | st.integers(min(equivocating, total - 1), total - 1))
    partition = draw(st.none() | st.tuples(st.floats(0, 6), st.floats(0, 12)).map(lambda p: (p[0], p[0] + p[1])))
    return SimConfig(validators=n, weights=weights, threshold=threshold, equivocators=equivocators,
                     delay=draw(st.sampled_from(["fixed", "uniform", "exponential"])),
                     mean_delay=draw(st.floats(0.05, 3.0)), duration=draw(st.floats(6, 14)),
                     partition=partition, equivocation_lag=draw(st.floats(0, 6)),
                     oracle=draw(st.sampled_from(["clique", "greedy"])), seed=draw(st.integers(0, 2**32)))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(runs_within_threshold())
def test_no_conflicting_finality_at_or_below_threshold(config):
    result = simulate(config)
    assert result.safety_violations == [], (config, result.safety_violations)


def test_equivocators_at_the_threshold_do_not_stop_safe_finality():
    """t equal to the equivocating weight (the tightest safe setting), random weights, delays and
    partitions: most runs finalize, with equivocators active, and none conflict."""
    rng = random.Random(1)
    finalized = with_equivocators = 0
    for seed in range(16):
        n = rng.randint(4, 9)
        weights = [rng.randint(1, 4) for _ in range(n)]
        equivocators = rng.randint(0, n - 1)
        while sum(weights[:equivocators]) > (sum(weights) - 1) // 3:
            equivocators -= 1
        partition = (rng.uniform(0, 4), rng.uniform(4, 14)) if rng.random() < 0.7 else None
        result = simulate(SimConfig(validators=n, weights=weights, threshold=sum(weights[:equivocators]),
                                    equivocators=equivocators, delay=rng.choice(["fixed", "uniform", "exponential"]),
                                    mean_delay=rng.uniform(0.1, 2), duration=18, partition=partition, seed=seed))
        assert result.safety_violations == []
        finalized += result.finalized_height > 0
        with_equivocators += result.finalized_height > 0 and equivocators > 0
    assert finalized >= 10 and with_equivocators >= 5


def test_threshold_is_tight_a_constructed_break():
    """6 validators of weight 1, t = 1. Two equivocators run one persona per side of a partition
    that never heals: each side sees 2 honest + 2 equivocating = 4 > (6 + 1) / 2 and finalizes
    its own chain. With only t = 1 equivocator the same run finalizes nothing conflicting."""
    above = simulate(SimConfig(validators=6, equivocators=2, threshold=1, partition=(0, 1000), duration=20, seed=3))
    assert above.equivocating_weight == 2 > above.validator_set.threshold
    assert any("conflicting" in v for v in above.safety_violations)
    at = simulate(SimConfig(validators=6, equivocators=1, threshold=1, partition=(0, 1000), duration=20, seed=3))
    assert at.safety_violations == []
    # and the same weight is harmless once the threshold covers it
    covered = simulate(SimConfig(validators=6, equivocators=2, threshold=2, partition=(0, 1000), duration=20, seed=3))
    assert covered.safety_violations == []


def test_equivocation_is_detected_and_finality_continues():
    result = simulate(SimConfig(validators=7, equivocators=2, threshold=2, delay="exponential", duration=25,
                                partition=(2, 8), seed=5))
    assert result.safety_violations == []
    assert result.equivocations_detected == 5  # every honest validator caught them
    assert result.finalized_height > 0


def test_liveness_under_partial_synchrony():
    """After the partition heals (GST) with bounded delays, most runs finalize within T = 10 periods."""
    finalized = 0
    runs = 12
    for seed in range(runs):
        r = simulate(SimConfig(validators=6, delay="uniform", mean_delay=0.5, partition=(0, 5), duration=15,
                               seed=seed))
        assert r.safety_violations == []
        finalized += r.first_finality is not None and r.first_finality <= 10
    assert finalized / runs >= 0.9
