"""Fee-market levers move Black Thursday's outcomes the way the mechanism says they
should (medians of three seeds): more demand for block space (`congestion.factor`) raises
the base fee and prices the capped keepers out, so more lots go for nothing; a keeper gas
budget far above the spike (`agents.keeper_gas_cap`) lets them back in."""

from __future__ import annotations

import statistics

import pytest

from coinc.stress.engine import run_one
from coinc.stress.scenario import apply_sets, load

SEEDS = (1, 2, 3)


def _medians(*sets) -> dict[str, float]:
    runs = [run_one(apply_sets(load("black-thursday"), list(sets)), seed) for seed in SEEDS]
    for r in runs:
        assert r.invariant_failures == []
    return {
        "base_fee": statistics.median(max(r.series["fees.base_fee_gwei"]) for r in runs),
        "refused": statistics.median(r.refused_transactions for r in runs),
        "zero": statistics.median(r.summary["vault"]["zero_price_share"] for r in runs),
    }


@pytest.mark.xfail(strict=False, reason="issue 11, open: AuctionKeeper was moved onto the merged fee market, and black-thursday's keeper budgets are not yet recalibrated to it (see docs/stress.md, Keepers)")
def test_more_demand_for_block_space_prices_keepers_out():
    calm = _medians(("congestion.factor", 1.0))
    spike = _medians(("congestion.factor", 6.0))
    assert calm["base_fee"] < 30 < 150 < spike["base_fee"]
    assert calm["refused"] < spike["refused"]
    assert calm["zero"] < spike["zero"]


@pytest.mark.xfail(strict=False, reason="issue 11, open: AuctionKeeper was moved onto the merged fee market, and black-thursday's keeper budgets are not yet recalibrated to it (see docs/stress.md, Keepers)")
def test_a_keeper_budget_above_the_spike_lets_keepers_bid():
    capped = _medians(("congestion.factor", 6.0))
    rich = _medians(("congestion.factor", 6.0), ("agents.keeper_gas_cap", 100.0))
    assert rich["refused"] < capped["refused"]
    assert rich["zero"] < capped["zero"]
