"""The fiat agents' estimates from observables (pure functions of `FiatView`) and the
scenario's `[[events]]` checks."""

from __future__ import annotations

import pytest

from coinc.errors import UserError
from coinc.stress.agents_fiat import Beliefs, at_risk, bid_value, expected_wait_hours, fair_value
from coinc.systems.fiat import Announcement, FiatView, announcements

FROZEN = dict(reserves=100.0, impaired=8.25, bank_cash=23.0, supply=100.0)


def test_full_reserves_are_worth_par_even_while_redemptions_are_closed():
    v = FiatView(10, False, reserves=100.0, bank_cash=23.0, supply=100.0)
    b = Beliefs(prior_recovery=0.0, hurdle_per_day=0.05)
    assert fair_value(v, b) == 1.0 and bid_value(v, b) == 1.0


def test_the_hole_and_the_rest_of_the_bank_cash_are_at_risk():
    v = FiatView(10, False, **FROZEN)
    # the frozen share of the bank cash is the chance the rest of it is stuck too
    assert at_risk(v) == pytest.approx(8.25 + 8.25 / 23.0 * (23.0 - 8.25))
    worst, prior, sure = (fair_value(v, Beliefs(prior_recovery=r)) for r in (0.0, 0.5, 1.0))
    assert worst < prior < sure == 1.0
    bigger = FiatView(10, False, reserves=100.0, impaired=30.0, bank_cash=23.0, supply=100.0)
    assert fair_value(bigger, Beliefs(prior_recovery=0.5)) < prior


def test_a_credible_backstop_replaces_the_prior():
    backstop = Announcement(52, "backstop", recovery=1.0, credibility=1.0)
    v = FiatView(53, False, **FROZEN, announcements=(backstop,))
    assert fair_value(v, Beliefs(prior_recovery=0.1)) == 1.0
    half = Announcement(52, "backstop", recovery=1.0, credibility=0.5)
    v = FiatView(53, False, **FROZEN, announcements=(half,))
    unannounced = FiatView(53, False, **FROZEN)
    # half believed: a holder who feared the worst now expects half back
    assert fair_value(v, Beliefs(prior_recovery=0.0)) == pytest.approx(fair_value(unannounced, Beliefs(prior_recovery=0.5)))


def test_the_wait_is_announced_or_grows_with_the_closure():
    b = Beliefs(prior_closure_hours=24)
    assert expected_wait_hours(FiatView(5, False, **FROZEN, stuck_since=0), b) == 19
    assert expected_wait_hours(FiatView(40, False, **FROZEN, stuck_since=0), b) == 40  # longer than hoped
    told = FiatView(40, False, **FROZEN, stuck_since=0, announcements=(Announcement(18, "reopen", reopen_hour=62),))
    assert expected_wait_hours(told, b) == 22
    assert expected_wait_hours(FiatView(40, True, **FROZEN), b) == 0
    stuck = FiatView(40, True, **FROZEN, owed=95.0, queue_blocked=True, stuck_since=30)
    assert expected_wait_hours(stuck, b) == 14  # the queue cannot be paid: as good as closed
    b = Beliefs(hurdle_per_day=0.02)
    assert bid_value(told, b) < fair_value(told, b)


def test_events_default_to_the_scenario_and_are_checked():
    cfg = {"freeze": {"haircut": 0.25, "redemptions_reopen_hour": 62},
           "events": [{"hour": 52, "kind": "backstop"}, {"hour": 18, "kind": "reopen", "text": "Monday"}]}
    reopen, backstop = announcements(cfg)
    assert (reopen.hour, reopen.reopen_hour, backstop.recovery) == (18, 62, 0.75)
    for bad, needle in [({"hour": -1, "kind": "news"}, "`hour`"), ({"hour": 1, "kind": "rumour"}, "`kind`"),
                        ({"hour": 1, "kind": "news", "when": 2}, "unknown key `when`"),
                        ({"hour": 1, "kind": "backstop", "recovery": 2}, "`recovery`"),
                        ({"hour": 1, "kind": "news", "credibility": "high"}, "`credibility`")]:
        with pytest.raises(UserError, match=needle):
            announcements({"events": [bad]})
    with pytest.raises(UserError, match="reopen_hour"):
        announcements({"events": [{"hour": 1, "kind": "reopen"}]})


def test_an_illiquid_issuer_queues_and_pays_when_the_reserves_return():
    """95% frozen, redemptions reopened at hour 10 while the reserves return only at hour
    62: the queue waits once the accessible reserves are spent, and is paid at 62."""
    from coinc.stress.engine import run_one
    from coinc.stress.scenario import apply_sets, load

    cfg = apply_sets(load("reserve-freeze"), [
        ("freeze.fraction", 0.95), ("freeze.redemptions_reopen_hour", 10), ("hours", 66),
        ("agents.arbitrageur_capital", 3_000_000), ("params.fiat.pool_liquidity", 4_000_000 * 10**18)])
    r = run_one(cfg, 1)
    queue = r.series["fiat.redemption_queue"]
    stuck = [h for h in range(12, 62) if queue[h] > 0]
    assert len(stuck) > 40  # owed, unpaid, for most of the wait
    assert max(queue[:12]) <= max(queue[12:62])
    # paid once the reserves came back (what is left are the last hour's new requests)
    assert queue[-1] < 0.01 * max(queue)
    assert not r.invariant_failures


@pytest.mark.parametrize("key,value", [("holder_panic", 1.5), ("liquidity_need", "lots"),
                                       ("arbitrageur_hurdle", -0.1), ("holder_panic", True)])
def test_agent_priors_are_checked(key, value):
    from coinc.systems.fiat import agent_value

    with pytest.raises(UserError, match=f"agents.{key}"):
        agent_value({"agents": {key: value}}, key)
