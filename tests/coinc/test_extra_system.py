"""Adding a system is one .coin file plus one module: the fixture in
tests/coinc/fixtures/wrapped is found through COINC_SYSTEMS_PATH, deployed by
`coinc deploy --system wrapped` and stressed by `coinc stress <its scenario.toml>`,
through the real command line in a subprocess (nothing of the CLI changes for it)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "wrapped"
WAD = 10**18


def coinc(*args: str, cwd: Path, systems: str | None = str(FIXTURE)) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("COINC_SYSTEMS_PATH", "COINC_DATA_DIR")}
    if systems is not None:
        env["COINC_SYSTEMS_PATH"] = systems
    return subprocess.run([sys.executable, "-m", "coinc", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_the_unchanged_cli_deploys_an_out_of_tree_system(tmp_path: Path):
    r = coinc("deploy", "--system", "wrapped", "--param", "wrapped.supply=500000000000000000000000",
              "--data-dir", "chain", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    deployed = {d["name"]: d for d in json.loads(r.stdout)}
    assert [deployed[n]["contract"] for n in ("USD", "WrappedDollar", "WrappedPool")] == \
        ["ReferenceDollar", "WrappedDollar", "StableSwapPool"]
    assert {d["system"] for d in deployed.values()} == {"usd", "wrapped"}
    r = coinc("call", "WrappedDollar", "totalSupply()", "--data-dir", "chain", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.split()[-1]) == 500_000 * WAD  # the --param reached the recipe
    r = coinc("call", "WrappedDollar", "backing()", "--data-dir", "chain", cwd=tmp_path)
    assert int(r.stdout.split()[-1]) == 500_000 * WAD  # every coin is a locked dollar


def test_the_unchanged_cli_stresses_an_out_of_tree_system(tmp_path: Path):
    r = coinc("stress", str(FIXTURE / "scenario.toml"), "--out", "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["scenario"] == "wrapped-calm"
    assert list(summary["coins"]) == ["wrapped"]
    assert summary["invariant_failures"] == 0
    assert summary["transactions"] > 0
    figures = summary["coins"]["wrapped"]
    assert 0.99 < figures["min_price"] < 0.9995  # the waves of sales moved its market below par
    with open(tmp_path / "out" / "timeseries.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 12
    # the system's own series, and the generic ones every coin gets
    assert {"wrapped.backing", "wrapped.price", "wrapped.supply"} <= set(rows[0])
    assert all(float(row["wrapped.backing"]) >= float(row["wrapped.supply"]) for row in rows)


def test_without_the_path_the_system_is_unknown(tmp_path: Path):
    r = coinc("deploy", "--system", "wrapped", "--data-dir", "chain", cwd=tmp_path, systems=None)
    assert r.returncode != 0
    assert "wrapped" in r.stderr and "fiat" in r.stderr and "Traceback" not in r.stderr
    r = coinc("stress", str(FIXTURE / "scenario.toml"), cwd=tmp_path, systems=None)
    assert r.returncode == 1
    assert "`coins` must list some of fiat, vault, algo" in r.stderr and "Traceback" not in r.stderr


def test_a_broken_system_module_is_a_clear_error(tmp_path: Path):
    bad = tmp_path / "systems"
    bad.mkdir()
    (bad / "broken.py").write_text("SYSTEM = 42\n")
    r = coinc("deploy", "--system", "fiat", "--data-dir", "chain", cwd=tmp_path, systems=str(bad))
    assert r.returncode == 1
    assert "broken.py: defines no `SYSTEM = System(...)` (COINC_SYSTEMS_PATH)" in r.stderr
    assert "Traceback" not in r.stderr
    (bad / "broken.py").write_text("from coinc.systems import fiat\nSYSTEM = fiat.SYSTEM\n")
    r = coinc("deploy", "--system", "fiat", "--data-dir", "chain", cwd=tmp_path, systems=str(bad))
    assert r.returncode == 1
    assert "a system named `fiat` is already registered (by the bundled systems)" in r.stderr
