"""`coinc test` (pytest with the coinc plugin's options) and `coinc init NAME` (a project
whose sample test passes)."""

from __future__ import annotations

from pathlib import Path

import click

from coinc.errors import UserError

SAMPLE_CONTRACT = '''// A counter: the sample contract `coinc init` writes.
contract Counter {
    storage count: uint

    event Bumped(who: address indexed, by: uint, total: uint)

    init(start: uint) {
        self.count = start
    }

    pub fn bump(by: uint) -> uint {
        require(by > 0, "by must be positive")
        self.count += by
        emit Bumped(msg.sender, by, self.count)
        return self.count
    }

    pub view fn get() -> uint {
        return self.count
    }
}
'''

SAMPLE_TEST = '''"""Tests for contracts/counter.coin, run with `coinc test` (or `pytest`)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coinc.testing import expect_events, reverts


@pytest.fixture(scope="module")
def counter(env):
    return env.load("contracts/counter.coin", 1)


def test_bump(counter, accounts):
    assert counter.bump(2, sender=accounts[1]) == 3
    expect_events(None, counter, "Bumped", who=accounts[1], total=3)


def test_zero_is_refused(counter):
    with reverts("by must be positive"):
        counter.bump(0)


@settings(max_examples=20, deadline=None)
@given(by=st.integers(1, 10**30))
def test_bump_adds(counter, by):
    assert counter.bump(by) == 1 + by
'''

CONFIG = '''[project]
name = "{name}"
contracts = "contracts"
tests = "tests"
'''


def register(main: click.Group) -> None:
    @main.command("test", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
    @click.option("--gas-report", is_flag=True, help="gas per contract function: calls, min, mean, median, max")
    @click.option("--gas-snapshot", type=click.Path(dir_okay=False), help="write per-test gas to FILE")
    @click.option("--gas-check", type=click.Path(dir_okay=False, exists=True),
                  help="fail if a test's gas moved beyond --gas-tolerance from FILE")
    @click.option("--gas-tolerance", type=float, default=0.0, show_default=True)
    @click.option("--fuzz-runs", type=click.IntRange(1, 100_000), help="examples per fuzz test")
    @click.option("--invariant-depth", type=click.IntRange(1, 100_000), help="steps per ContractMachine run")
    @click.argument("pytest_args", nargs=-1, type=click.UNPROCESSED)
    def test_cmd(gas_report: bool, gas_snapshot: str | None, gas_check: str | None, gas_tolerance: float,
                 fuzz_runs: int | None, invariant_depth: int | None, pytest_args: tuple[str, ...]) -> None:
        """Run the project's tests (pytest with the coinc plugin); extra arguments go to pytest."""
        import pytest

        args = list(pytest_args)
        if gas_report:
            args.append("--gas-report")
        if gas_snapshot:
            args += ["--gas-snapshot", gas_snapshot]
        if gas_check:
            args += ["--gas-check", gas_check, "--gas-tolerance", str(gas_tolerance)]
        if fuzz_runs:
            args += ["--fuzz-runs", str(fuzz_runs)]
        if invariant_depth:
            args += ["--invariant-depth", str(invariant_depth)]
        if not any(not a.startswith("-") for a in pytest_args) and Path("tests").is_dir():
            args.append("tests")
        code = pytest.main(args)
        raise SystemExit(int(code))

    @main.command("init")
    @click.argument("name")
    def init_cmd(name: str) -> None:
        """Scaffold a project NAME/ with contracts/, tests/, coinc.toml and a passing sample test."""
        root = Path(name)
        if not name or any(c in name for c in "\\:*?\"<>|") or name.startswith("-"):
            raise UserError(f"`{name}` is not a usable project directory name")
        if root.exists() and any(root.iterdir()):
            raise UserError(f"{root} already exists and is not empty; pick another name")
        (root / "contracts").mkdir(parents=True, exist_ok=True)
        (root / "tests").mkdir(exist_ok=True)
        (root / "contracts" / "counter.coin").write_text(SAMPLE_CONTRACT, encoding="utf-8")
        (root / "tests" / "test_counter.py").write_text(SAMPLE_TEST, encoding="utf-8")
        (root / "coinc.toml").write_text(CONFIG.format(name=root.name), encoding="utf-8")
        click.echo(f"created {root}/ (contracts/counter.coin, tests/test_counter.py, coinc.toml); "
                   f"next: cd {name} && coinc test")
