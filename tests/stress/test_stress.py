"""Peg stress tests: realism of the bundled scenarios, determinism, invariants, outputs,
parallel and Dask batches, user scenario files, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from coinc.cli import main
from coinc.stress.engine import run_one
from coinc.stress.runner import run_batch
from coinc.stress.scenario import apply_sets, load


def run(name: str, *sets: tuple[str, object], seed: int = 1):
    result = run_one(apply_sets(load(name), list(sets)), seed)
    assert result.invariant_failures == [], result.invariant_failures
    return result


# ---- realism checks


def test_algorithmic_coin_fails_a_run():
    r = run("algorithmic-run")
    algo = r.summary["algo"]
    assert algo["min_price"] < 0.5  # loses its peg
    assert algo["share_supply_multiple"] > 2.0  # the share token's supply explodes
    assert algo["share_price_min"] < 1.0  # from $80


def test_fiat_coin_dips_into_the_historical_range_and_recovers():
    r = run("reserve-freeze")
    fiat = r.summary["fiat"]
    assert 0.80 <= fiat["min_price"] <= 0.97  # USDC: about 0.877
    assert fiat["final_price"] >= 0.99
    assert fiat["recovery_hours"] is not None and fiat["recovery_hours"] <= 72  # USDC: about two days
    assert fiat["min_backing_ratio"] == pytest.approx(1 - 0.0825, abs=1e-3)


def test_fiat_coin_with_a_haircut_does_not_fully_recover_its_backing():
    r = run("reserve-freeze", ("freeze.haircut", 1.0), ("hours", 72))
    assert r.series["fiat.backing_ratio"][-1] < 0.95


@pytest.mark.xfail(strict=False, reason="issue 11, open: AuctionKeeper was moved onto the merged fee market, and black-thursday's keeper budgets are not yet recalibrated to it (see docs/stress.md, Keepers)")
def test_black_thursday_bad_debt_needs_the_congestion():
    # (the oracle delay is left on: on Black Thursday's V-shaped path a delayed feed also
    # misses part of the bottom, so its sign alone is not what this test is about)
    stressed = run("black-thursday").summary["vault"]
    calm = run("black-thursday", ("congestion.factor", 1.0)).summary["vault"]
    assert stressed["liquidations"]["count"] > 0
    assert stressed["bad_debt"] > 0
    assert calm["bad_debt"] < stressed["bad_debt"]
    assert stressed["zero_price_takes"] > calm["zero_price_takes"]


def test_contagion_reaches_the_vault_coin():
    r = run("contagion", ("hours", 60))
    assert r.summary["fiat"]["min_price"] < 0.98
    assert r.summary["vault"]["min_price"] < 0.99


def test_oracle_failure_liquidates_late():
    r = run("oracle-failure")
    v = r.summary["vault"]
    assert v["liquidations"]["count"] > 0
    # no liquidation can happen while the feed is frozen and stale
    liquidations = r.series["vault.liquidations"]
    assert liquidations[7] == liquidations[0]


# ---- outputs, determinism, batches


def _stress(*args: str):
    return CliRunner().invoke(main, ["stress", *args])


def test_summary_is_byte_identical_for_a_seed(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        r = _stress("reserve-freeze", "--seed", "7", "--set", "hours=14", "--out", str(out))
        assert r.exit_code == 0, r.output
    assert (a / "summary.json").read_bytes() == (b / "summary.json").read_bytes()
    doc = json.loads((a / "summary.json").read_text())
    assert doc["scenario"] == "reserve-freeze" and doc["seed"] == 7 and doc["runs"] == 1
    fiat = doc["coins"]["fiat"]
    for key in ("min_price", "max_deviation", "hours_below_0_99", "recovery_hours", "final_price",
                "liquidations", "bad_debt", "supply_change"):
        assert key in fiat
    for f in ("timeseries.csv", "price_vs_peg.png", "report.html"):
        assert (a / f).stat().st_size > 0
    html = (a / "report.html").read_text()
    assert "data:image/png;base64," in html and "<table>" in html
    assert (a / "price_vs_peg.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_monte_carlo_in_worker_processes_has_quantiles(tmp_path: Path):
    r = _stress("monte-carlo", "--runs", "3", "--workers", "2", "--set", "hours=24", "--out", str(tmp_path))
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "summary.json").read_text())
    assert doc["runs"] == 3
    vault = doc["coins"]["vault"]
    assert "min_price_quantiles" in vault and set(vault["min_price_quantiles"]) == {"p05", "p25", "p75", "p95"}


def test_sweep_writes_one_result_per_value(tmp_path: Path):
    r = _stress("reserve-freeze", "--set", "hours=10", "--sweep", "freeze.fraction=0.02,0.2", "--out", str(tmp_path))
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "summary.json").read_text())
    values = [row["value"] for row in doc["sweep"]["results"]]
    assert values == [0.02, 0.2]
    lows = [row["coins"]["fiat"]["min_price"] for row in doc["sweep"]["results"]]
    assert lows[1] <= lows[0]
    assert (tmp_path / "freeze.fraction=0.2" / "summary.json").exists()


def test_a_dask_cluster_runs_the_same_batch():
    from dask.distributed import LocalCluster

    cfg = apply_sets(load("reserve-freeze"), [("hours", 8)])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote, interrupted = run_batch(cfg, 3, 2, None, cluster.scheduler_address)
    local, _ = run_batch(cfg, 3, 2, 1, None)
    assert not interrupted
    assert [r.summary for r in remote] == [r.summary for r in local]


def test_ctrl_c_keeps_what_finished():
    cfg = apply_sets(load("reserve-freeze"), [("hours", 6)])
    calls = {"n": 0}

    def on_step(hour: int) -> None:
        calls["n"] += 1
        if calls["n"] == 9:  # in the second run
            raise KeyboardInterrupt

    results, interrupted = run_batch(cfg, 1, 3, 1, None, on_step=on_step)
    assert interrupted and len(results) == 1


def test_a_user_scenario_file(tmp_path: Path):
    f = tmp_path / "mine.toml"
    f.write_text("""
name = "my-crash"
coins = ["vault"]
hours = 10
start = "2024-06-01T00:00:00Z"
[price]
source = "path"
points = [[0, 3000.0], [10, 1500.0]]
[agents]
borrowers = 4
keepers = 1
[params]
"vault.oracle_delay" = 0
""")
    r = _stress(str(f), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert doc["scenario"] == "my-crash" and "vault" in doc["coins"]


@pytest.mark.parametrize("args,needle", [
    (["no-such-scenario"], "unknown scenario"),
    (["reserve-freeze", "--set", "params.nope=1"], "not a contract parameter"),
    (["reserve-freeze", "--set", "hours=0"], "`hours`"),
    (["reserve-freeze", "--coins", "gold"], "unknown coin"),
    (["reserve-freeze", "--sweep", "hours"], "--sweep takes"),
    (["reserve-freeze", "--runs", "0"], "--runs"),
])
def test_bad_requests_get_clear_messages(args, needle):
    r = _stress(*args)
    assert r.exit_code == 1
    assert needle in r.stderr
    assert "Traceback" not in r.output + r.stderr


def test_list_names_every_bundled_scenario():
    r = _stress("--list")
    assert r.exit_code == 0
    for name in ("black-thursday", "reserve-freeze", "algorithmic-run", "oracle-failure", "contagion",
                 "monte-carlo"):
        assert name in r.output
