"""CLI start-up: wall time of whole `coinc` processes, and what each heavy library costs
to import.

Each command runs `--runs` times as a fresh process (after one untimed warm-up run that
fills the Lark parser cache and the OS file cache); the table gives the median and the
fastest run. `call` and `send` run against an embedded chain in a temporary directory
with a deployed Counter. The second table is `python -X importtime -c "import X"` for
each heavy dependency on its own (cumulative microseconds of the top-level import).

    python bench/cli_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BUNDLED, make_table, print_header, wide_console  # noqa: E402

TARGET_SECONDS = 0.3
HEAVY = ["web3", "vyper", "matplotlib.pyplot", "dask", "distributed", "eth_tester", "eth_abi",
         "eth_account", "lark", "rich.console", "click", "pygls.lsp.server"]


def coinc(*args: str) -> list[str]:
    return [sys.executable, "-m", "coinc", *args]


# as a user's processes run: with bytecode caches (a PYTHONDONTWRITEBYTECODE environment
# would recompile every coinc module from source on every start, ~0.1 s quiet)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed_runs(argv: list[str], cwd: Path, runs: int) -> list[float]:
    """Wall times of `runs` fresh processes (after one untimed warm-up, which also writes
    the bytecode caches); a failing command stops the bench, since its time would measure
    an error path."""
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, env=ENV)
        elapsed = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"`{' '.join(argv[2:])}` failed ({proc.returncode}): {proc.stderr.strip()}")
        if i:
            times.append(elapsed)
    return times


def import_micros(module: str) -> int | None:
    """Cumulative import time of `module` alone, from `python -X importtime`."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                          capture_output=True, text=True, env=ENV)
    if proc.returncode != 0:
        return None
    pattern = re.compile(r"import time:\s*\d+ \|\s*(\d+) \| " + re.escape(module) + r"$")
    for line in proc.stderr.splitlines():
        m = pattern.search(line)
        if m:
            return int(m.group(1))
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    opts = ap.parse_args()
    console = wide_console()
    print_header(console, "coinc CLI start-up")
    counter = str(BUNDLED / "counter.coin")
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        env_ok = subprocess.run(coinc("deploy", counter, "1", "--json"), cwd=cwd,
                                capture_output=True, text=True, env=ENV)
        if env_ok.returncode != 0:
            raise SystemExit(f"cannot deploy Counter: {env_ok.stderr.strip()}")
        commands = {
            "coinc --help": coinc("--help"),
            "coinc compile counter.coin": coinc("compile", counter, "-q", "-o", str(cwd / "build")),
            "coinc call Counter get()": coinc("call", "Counter", "get()"),
            "coinc send Counter bump(1)": coinc("send", "Counter", "bump(1)"),
            "coinc fmt --check counter.coin": coinc("fmt", "--check", counter),
        }
        # a bare interpreter start, timed alongside: on a loaded machine every figure grows
        # with it, and `median / bare` stays comparable between runs
        bare = statistics.median(timed_runs([sys.executable, "-c", "pass"], cwd, opts.runs))
        table = make_table(f"whole process, {opts.runs} runs each", ["command", "median", "fastest",
                                                                        "median / bare python",
                                                                        f"< {TARGET_SECONDS} s"])
        for label, argv in commands.items():
            times = timed_runs(argv, cwd, opts.runs)
            med = statistics.median(times)
            table.add_row(label, f"{med:.3f} s", f"{min(times):.3f} s", f"{med / bare:.1f}x",
                          "yes" if med < TARGET_SECONDS else "NO")
        console.print(table)
    console.print(f"bare `python -c pass`: {bare:.3f} s median\n")
    imports = make_table("python -X importtime -c 'import X' (cumulative)", ["module", "import"])
    for module in HEAVY:
        us = import_micros(module)
        imports.add_row(module, "not installed" if us is None else f"{us / 1e3:.0f} ms")
    console.print(imports)
    console.print(f"load average: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
