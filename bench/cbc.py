"""CBC figures: finality latency, messages and oracle cost for 4..64 validators under three delay
models, plus where the exact clique oracle stops being practical. Writes bench/results/cbc/.

    .venv/bin/python bench/cbc.py            # a few minutes on 2 cores
    .venv/bin/python bench/cbc.py --replot   # redraw the PNGs from report.json

Bounds (so it finishes in minutes): seeds per cell 3 up to 16 validators, 2 at 32, 1 at 64;
20 simulated periods (10 at 64); the clique-search scaling stops at 200,000 search steps
per graph (the search is then cut and reported as exhausted).
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chain.cbc.oracle import greedy_clique, heaviest_clique  # noqa: E402
from coinc.cbc import markdown_table, run_grid, write_charts, write_report  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "cbc"
SIZES = [4, 8, 16, 32, 64]
DELAYS = ["fixed", "uniform", "exponential"]
STEP_BUDGET = 200_000


def seeds_for(n: int) -> int:
    return 3 if n <= 16 else 2 if n <= 32 else 1


def moon_moser(n: int) -> list[int]:
    """The graph with the most maximal cliques (3^(n/3)): every edge except inside disjoint triples."""
    nb = [((1 << n) - 1) & ~(1 << v) for v in range(n)]
    for v in range(n):
        for u in range(v - v % 3, min(n, v - v % 3 + 3)):
            nb[v] &= ~(1 << u)
    return nb


def random_graph(n: int, p: float, rng: random.Random) -> list[int]:
    nb = [0] * n
    for a in range(n):
        for b in range(a + 1, n):
            if rng.random() < p:
                nb[a] |= 1 << b
                nb[b] |= 1 << a
    return nb


def clique_scaling() -> list[dict]:
    """Exact heaviest-clique search against the greedy bound on graphs that make it work hard."""
    rng = random.Random(7)
    rows = []
    for kind in ("random p=0.9", "Moon-Moser"):
        for n in (8, 16, 24, 32, 48, 64, 96, 128):
            nb = moon_moser(n) if kind == "Moon-Moser" else random_graph(n, 0.9, rng)
            weights = [rng.randint(1, 10) for _ in range(n)]
            began = time.perf_counter()
            _, exact, steps, exhausted = heaviest_clique(weights, nb, STEP_BUDGET)  # unseeded: the raw search
            exact_s = time.perf_counter() - began
            began = time.perf_counter()
            _, greedy = greedy_clique(weights, nb)
            greedy_s = time.perf_counter() - began
            rows.append({"graph": kind, "validators": n, "clique_ms": round(exact_s * 1000, 3),
                         "clique_steps": steps, "exhausted": exhausted, "clique_weight": exact,
                         "greedy_ms": round(greedy_s * 1000, 3), "greedy_weight": greedy})
            print(rows[-1], flush=True)
    return rows


def main() -> None:
    rows = []
    began = time.perf_counter()
    for n in SIZES:
        base = {"mean_delay": 0.5, "duration": 10.0 if n >= 64 else 20.0, "oracle": "clique", "seed": 0}
        rows += run_grid([n], DELAYS, seeds_for(n), base,
                         lambda r: print(f"n={r['validators']} {r['delay']} seed={r['seed']} "
                                         f"{r['wall_seconds']}s", flush=True))
    greedy_rows = run_grid([16, 64], ["exponential"], 1,
                           {"mean_delay": 0.5, "duration": 12.0, "oracle": "greedy", "seed": 0})
    scaling = clique_scaling()
    columns = [("graph", "graph"), ("validators", "vertices"), ("clique_ms", "exact ms"),
               ("clique_steps", "exact steps"), ("exhausted", "cut at budget"), ("clique_weight", "exact weight"),
               ("greedy_ms", "greedy ms"), ("greedy_weight", "greedy weight")]
    greedy_md = "\n".join(f"- greedy oracle, {r['validators']} validators, exponential: oracle ms/message median "
                          f"{r['oracle_ms_per_message_median']}, finalized height {r['finalized_height']}, "
                          f"latency median {r['latency_median']}" for r in greedy_rows)
    extra = ("## Clique search scaling (synthetic agreement graphs)\n\n"
             f"Step budget {STEP_BUDGET}.\n\n" + markdown_table(scaling, columns)
             + "\n\n## Greedy (bounded) oracle in the simulator\n\n" + greedy_md
             + f"\n\nTotal wall time {time.perf_counter() - began:.0f} s.")
    params = {"sizes": SIZES, "delays": DELAYS, "mean_delay": 0.5, "seeds": {n: seeds_for(n) for n in SIZES}}
    for path in write_report(OUT, params, rows, extra):
        print("wrote", path)
    (OUT / "clique_scaling.json").write_text(json.dumps(scaling, indent=2) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["--replot"]:  # redraw the charts from report.json without rerunning
        print(write_charts(OUT, json.loads((OUT / "report.json").read_text())["cells"]))
    else:
        main()
