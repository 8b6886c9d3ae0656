"""Levers of the vault coin's mechanisms, swept on black-thursday: each moves its outcome
the way economic theory predicts (medians over a few seeds)."""

from __future__ import annotations

import pytest

from tests.stress.test_history_vault import medians

SEEDS = (1, 2, 3)


@pytest.fixture(scope="module")
def base():
    return medians("black-thursday", seeds=SEEDS)


def test_more_keeper_capital_means_less_bad_debt_and_fewer_zero_wins(base):
    rich = medians("black-thursday", ("agents.keeper_capital", 1_000_000), seeds=SEEDS)
    assert rich["bad_debt_share"] < base["bad_debt_share"]
    assert rich["zero_price_share"] < base["zero_price_share"]


def test_without_congestion_no_auction_is_won_at_zero(base):
    calm = medians("black-thursday", ("congestion.factor", 1.0), seeds=SEEDS)
    assert calm["zero_price_share"] < base["zero_price_share"]


def test_a_deeper_collateral_market_means_less_bad_debt():
    thin = medians("black-thursday", ("market.depth", 0.02), seeds=SEEDS)
    deep = medians("black-thursday", ("market.depth", 0.5), seeds=SEEDS)
    assert deep["bad_debt_share"] < thin["bad_debt_share"]


def test_a_longer_bid_lifetime_lets_zero_bids_be_outbid(base):
    # ttl beyond the hour between blocks: a keeper priced out now can outbid next hour
    patient = medians("black-thursday", ("auction.ttl", 3 * 3600), seeds=SEEDS)
    assert patient["zero_price_share"] < base["zero_price_share"]
    assert patient["bad_debt_share"] < base["bad_debt_share"]


def test_a_higher_liquidation_penalty_raises_the_coins_premium():
    # owners pay up to 1 + penalty for the coin rather than be liquidated
    low = medians("black-thursday", ("params.vault.liquidation_penalty", 5 * 10**16), seeds=SEEDS)
    high = medians("black-thursday", ("params.vault.liquidation_penalty", 25 * 10**16), seeds=SEEDS)
    assert high["max_price"] > low["max_price"]
