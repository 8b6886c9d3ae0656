"""Stress simulation speed: blocks and transactions simulated per second, the bundled
scenarios (one run each, in parallel), and a Monte Carlo batch of the 30-day scenario.

Targets (issue 5): the bundled scenarios in under 60 s on 2 cores; 100 Monte Carlo
runs of a 30-day hourly scenario in under 10 minutes on 2 cores.

    python bench/stress_speed.py            # full: bundled + 100 Monte Carlo runs
    python bench/stress_speed.py --quick    # bundled + 6 Monte Carlo runs, extrapolated
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from rich.console import Console
from rich.table import Table


def _one(name: str) -> tuple[str, float, int, int]:
    from coinc.deploy import compiled_contracts
    from coinc.stress.engine import run_one
    from coinc.stress.scenario import load

    compiled_contracts()
    t = time.perf_counter()
    r = run_one(load(name), 1)
    return name, time.perf_counter() - t, r.blocks, r.transactions


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    console = Console()
    console.print(f"Python {sys.version.split()[0]} on {platform.platform()}, {os.cpu_count()} CPUs, "
                  f"{args.workers} workers")

    from coinc.stress.scenario import bundled

    names = [n for n in bundled() if n != "monte-carlo"] + ["monte-carlo"]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(args.workers) as pool:
        rows = list(pool.map(_one, names))
    wall = time.perf_counter() - t0
    t = Table(title="bundled scenarios, one run each", show_edge=False)
    for col in ("scenario", "seconds", "blocks", "transactions", "blocks/s", "tx/s"):
        t.add_column(col, justify="right")
    for name, secs, blocks, txs in rows:
        t.add_row(name, f"{secs:.1f}", str(blocks), str(txs), f"{blocks / secs:.0f}", f"{txs / secs:.0f}")
    console.print(t)
    console.print(f"all bundled scenarios: {wall:.1f} s wall on {args.workers} workers "
                  f"(target < 60 s: {'MET' if wall < 60 else 'NOT MET'})")

    from coinc.stress.runner import run_batch
    from coinc.stress.scenario import load

    runs = 6 if args.quick else 100
    cfg = load("monte-carlo")
    t0 = time.perf_counter()
    results, _ = run_batch(cfg, 1, runs, args.workers, None)
    secs = time.perf_counter() - t0
    per_100 = secs * 100 / runs
    txs = sum(r.transactions for r in results)
    blocks = sum(r.blocks for r in results)
    console.print(f"monte-carlo: {runs} runs of {cfg['hours']} hours in {secs:.1f} s "
                  f"({blocks / secs:.0f} blocks/s, {txs / secs:.0f} tx/s); 100 runs: "
                  f"{'measured' if runs == 100 else 'extrapolated'} {per_100:.0f} s "
                  f"(target < 600 s: {'MET' if per_100 < 600 else 'NOT MET'})")


if __name__ == "__main__":
    main()
