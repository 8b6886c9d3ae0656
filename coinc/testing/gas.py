"""Gas accounting for a test run: the per-function report (forge's table), and per-test
gas snapshots written and checked against a file.

It listens to every mined transaction of the shared env (`Env.listeners`), so a test
needs nothing to be measured."""

from __future__ import annotations

import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from coinc.testing.api import get_env


def format_report(calls: dict[tuple[str, str], list[int]]) -> str:
    """Forge's table: per contract and function, calls, min, mean, median, max."""
    if not calls:
        return "gas report: no transactions were sent"
    lines = []
    by_contract: dict[str, list[tuple[str, list[int]]]] = defaultdict(list)
    for (contract, fn), gas in calls.items():
        by_contract[contract].append((fn, gas))
    header = f"  {'function':<32} {'calls':>7} {'min':>10} {'mean':>10} {'median':>10} {'max':>10}"
    for contract in sorted(by_contract):
        lines.append(f"{contract}")
        lines.append(header)
        for fn, gas in sorted(by_contract[contract]):
            lines.append(f"  {fn:<32} {len(gas):>7} {min(gas):>10} {round(statistics.fmean(gas)):>10} "
                         f"{round(statistics.median(gas)):>10} {max(gas):>10}")
        lines.append("")
    return "\n".join(lines).rstrip()


def read_snapshot(path: Path) -> dict[str, int]:
    """`test id: gas` lines, one per test (the format --gas-snapshot writes)."""
    out: dict[str, int] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        name, sep, gas = line.rpartition(" ")
        if not sep or not gas.isdigit():
            raise pytest.UsageError(f"{path}:{n}: expected `<test id> <gas>`, got {line!r}")
        out[name] = int(gas)
    return out


class GasRecorder:
    """Registered by the plugin; records gas per function and per test."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.report = config.getoption("--gas-report")
        self.snapshot_file = config.getoption("--gas-snapshot")
        self.check_file = config.getoption("--gas-check")
        self.tolerance = config.getoption("--gas-tolerance")
        self.calls: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.per_test: dict[str, int] = {}
        self._current: str | None = None
        self.expected: dict[str, int] | None = None
        if self.check_file:
            p = Path(self.check_file)
            if not p.is_file():
                raise pytest.UsageError(f"--gas-check: no such file: {p}")
            self.expected = read_snapshot(p)
        if self.report or self.snapshot_file or self.check_file:
            get_env().listeners.append(self._heard)

    def _heard(self, method: Any, receipt: Any) -> None:
        if method is not None and self.report:
            self.calls[(method.label, method.name)].append(receipt.gas_used)
        if self._current is not None:
            self.per_test[self._current] = self.per_test.get(self._current, 0) + receipt.gas_used

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item):
        self._current = item.nodeid
        self.per_test.setdefault(item.nodeid, 0)
        try:
            yield
        finally:
            self._current = None

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        outcome = yield
        report = outcome.get_result()
        if call.when != "call" or self.expected is None or report.failed:
            return
        want = self.expected.get(item.nodeid)
        got = self.per_test.get(item.nodeid, 0)
        if want is None:
            return
        if abs(got - want) > self.tolerance * want:
            report.outcome = "failed"
            report.longrepr = (f"{item.nodeid}: gas changed from {want} to {got} ({got - want:+d}, "
                               f"tolerance {self.tolerance:.2%}) against {self.check_file}")

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.report:
            terminalreporter.section("gas report")
            terminalreporter.write_line(format_report(self.calls))
        if self.snapshot_file:
            lines = [f"{name} {gas}" for name, gas in sorted(self.per_test.items())]
            Path(self.snapshot_file).write_text("\n".join(lines) + "\n", encoding="utf-8")
            terminalreporter.write_line(f"gas snapshot: {len(lines)} tests written to {self.snapshot_file}")
