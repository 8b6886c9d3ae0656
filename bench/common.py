"""Helpers shared by the bench scripts: paths, machine facts, timing and tables."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "contracts"
BENCH_CONTRACTS = Path(__file__).resolve().parent / "contracts"


def cpu_model() -> str:
    """The CPU's model name where the OS tells it, else what `platform` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_lines() -> list[str]:
    impl = platform.python_implementation()
    return [
        f"Python {platform.python_version()} ({impl}) {sys.executable}",
        f"{platform.platform()}, {cpu_model()}, {os.cpu_count()} CPUs",
    ]


def wide_console(min_width: int = 140) -> Console:
    """A console at least `min_width` wide when the output is not a terminal (a pipe or a
    file would otherwise get 80 columns and wrapped tables)."""
    console = Console()
    if not console.is_terminal and console.width < min_width:
        console = Console(width=min_width)
    return console


def print_header(console: Console, title: str) -> None:
    console.rule(f"[bold]{title}")
    for line in machine_lines():
        console.print(line)
    console.print()


def median_seconds(fn: Callable[[], object], repeats: int, warmup: int = 1) -> float:
    """Median wall time of `fn()` over `repeats` runs after `warmup` untimed runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def make_table(title: str, columns: Sequence[str], right_from: int = 1) -> Table:
    """A table whose columns from `right_from` on are right-aligned (numbers)."""
    table = Table(title=title, show_edge=False, title_justify="left")
    for i, col in enumerate(columns):
        table.add_column(col, justify="right" if i >= right_from else "left")
    return table


def si(value: float | None, digits: int = 3) -> str:
    """1234567 -> '1.23 M'; None -> 'n/a'."""
    if value is None:
        return "n/a"
    for factor, suffix in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if abs(value) >= factor:
            return f"{value / factor:.{digits}g}{suffix}"
    return f"{value:.{digits}g}"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.2f} ms"
