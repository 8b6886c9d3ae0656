"""`coinc init NAME && cd NAME && coinc test` works; the gas report, snapshot and check;
a test that loads a broken contract shows the compiler's errors, not a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from coinc.cli import main


def coinc(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coinc", *args, "-p", "no:cacheprovider"], cwd=cwd,
                          capture_output=True, text=True, timeout=240)


def test_init_then_test_passes_with_gas_report_snapshot_and_check(tmp_path):
    r = CliRunner().invoke(main, ["init", str(tmp_path / "demo")])
    assert r.exit_code == 0, r.output
    demo = tmp_path / "demo"
    assert (demo / "contracts" / "counter.coin").is_file() and (demo / "coinc.toml").is_file()
    again = CliRunner().invoke(main, ["init", str(demo)])
    assert again.exit_code == 1 and "already exists" in again.output

    p = coinc(demo, "test", "--gas-report", "--gas-snapshot", "gas.txt")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "3 passed" in p.stdout
    assert "Counter" in p.stdout and "bump" in p.stdout and "median" in p.stdout
    snap = (demo / "gas.txt").read_text()
    assert "tests/test_counter.py::test_bump " in snap

    p = coinc(demo, "test", "--gas-check", "gas.txt")
    assert p.returncode == 0, p.stdout + p.stderr
    lines = [ln for ln in snap.splitlines() if "::test_bump " in ln]
    name, gas = lines[0].rsplit(" ", 1)
    (demo / "gas.txt").write_text(snap.replace(lines[0], f"{name} {int(gas) - 1000}"))
    p = coinc(demo, "test", "--gas-check", "gas.txt")
    assert p.returncode == 1 and "gas changed from" in p.stdout


def test_a_broken_contract_shows_the_compiler_errors(tmp_path):
    (tmp_path / "bad.coin").write_text("contract Bad {\n    pub fn f() -> uint { return nope }\n}\n")
    (tmp_path / "test_bad.py").write_text(
        "def test_it(env):\n    env.load('bad.coin')\n")
    p = coinc(tmp_path, "test", "test_bad.py")
    assert p.returncode == 1
    assert "bad.coin:2:33: error: unknown name `nope`" in p.stdout
    assert "^^^^" in p.stdout
    assert "coinc/testing/api.py" not in p.stdout  # no traceback through the plugin
