"""`coinc cbc simulate`: run the CBC simulator over a grid and write a JSON + Markdown + PNG report."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import click

from coinc.errors import UserError

MAX_RUNS = 1000
MAX_GRID = 400


def _ints(text: str, name: str) -> list[int]:
    try:
        values = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UserError(f"--{name}: expected comma-separated integers, got {text!r}") from None
    if not values:
        raise UserError(f"--{name}: give at least one value")
    return values


def _partition(text: str | None) -> tuple[float, float] | None:
    if not text:
        return None
    try:
        start, heal = (float(x) for x in text.split(":"))
    except ValueError:
        raise UserError(f"--partition: expected START:HEAL in periods, got {text!r}") from None
    if not 0 <= start <= heal:
        raise UserError("--partition: need 0 <= START <= HEAL")
    return start, heal


def run_grid(sizes: list[int], delays: list[str], runs: int, base: dict, progress=None) -> list[dict]:
    """One simulation per (size, delay, seed); the summaries, each with its wall time."""
    from chain.cbc.sim import SimConfig, SimulationError, simulate

    rows = []
    for n in sizes:
        for delay in delays:
            for r in range(runs):
                config = SimConfig(validators=n, delay=delay, **{**base, "seed": base.get("seed", 0) + r})
                began = time.perf_counter()
                try:
                    result = simulate(config)
                except SimulationError as exc:
                    raise UserError(str(exc)) from None
                row = result.summary()
                row["wall_seconds"] = round(time.perf_counter() - began, 3)
                row["latencies"] = result.latencies
                row["oracle_seconds_per_message"] = result.emission_oracle_seconds
                row["violations_text"] = result.safety_violations[:5]
                rows.append(row)
                if progress:
                    progress(row)
    return rows


def _q(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def aggregate(rows: list[dict]) -> list[dict]:
    """Per (validators, delay): pooled latency median/p95, messages per finalized block, oracle
    time per message, violations and the share of runs that finalized."""
    cells: dict[tuple[int, str], list[dict]] = {}
    for row in rows:
        cells.setdefault((row["validators"], row["delay"]), []).append(row)
    out = []
    for (n, delay), group in sorted(cells.items()):
        lat = [x for r in group for x in r["latencies"]]
        oracle = [x for r in group for x in r["oracle_seconds_per_message"]]
        mpb = [r["messages_per_finalized_block"] for r in group if r["messages_per_finalized_block"]]
        out.append({
            "validators": n, "delay": delay, "runs": len(group),
            "latency_median": _q(lat, 0.5), "latency_p95": _q(lat, 0.95),
            "messages_per_finalized_block": statistics.median(mpb) if mpb else None,
            "oracle_ms_per_message_median": None if not oracle else round(_q(oracle, 0.5) * 1000, 3),
            "oracle_ms_per_message_p95": None if not oracle else round(_q(oracle, 0.95) * 1000, 3),
            "clique_steps_max": max(r["clique_steps_max"] for r in group),
            "safety_violations": sum(r["safety_violations"] for r in group),
            "share_finalized": sum(r["finalized"] for r in group) / len(group),
            "wall_seconds": round(sum(r["wall_seconds"] for r in group), 2),
        })
    return out


def _fmt(x) -> str:
    if x is None:
        return "-"
    return f"{x:.3g}" if isinstance(x, float) else str(x)


def markdown_table(cells: list[dict], columns: list[tuple[str, str]]) -> str:
    lines = ["| " + " | ".join(title for _, title in columns) + " |",
             "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_fmt(c[key]) for key, _ in columns) + " |" for c in cells]
    return "\n".join(lines)


CELL_COLUMNS = [("validators", "validators"), ("delay", "delay"), ("runs", "runs"),
                ("latency_median", "latency median"), ("latency_p95", "latency p95"),
                ("messages_per_finalized_block", "messages / finalized block"),
                ("oracle_ms_per_message_median", "oracle ms / message (median)"),
                ("oracle_ms_per_message_p95", "oracle ms / message (p95)"),
                ("safety_violations", "safety violations"), ("share_finalized", "share finalized")]


def write_charts(out_dir: Path, cells: list[dict]) -> list[Path]:
    """latency.png and oracle_time.png: median and p95 against validator count, one line per delay model."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written = []
    delays = sorted({c["delay"] for c in cells})
    for key, ylabel, name in (("latency", "finality latency (periods)", "latency.png"),
                              ("oracle_ms_per_message", "oracle time per message (ms)", "oracle_time.png")):
        fig, ax = plt.subplots(figsize=(7, 4))
        for delay in delays:
            mine = [c for c in cells if c["delay"] == delay and c[f"{key}_median"] is not None]
            xs = [c["validators"] for c in mine]
            (line,) = ax.plot(xs, [c[f"{key}_median"] for c in mine], marker="o", label=f"{delay} median")
            ax.plot(xs, [c[f"{key}_p95"] for c in mine], marker="x", linestyle="--", color=line.get_color(),
                    label=f"{delay} p95")
        ax.set_xscale("log", base=2)
        if key.startswith("oracle"):
            ax.set_yscale("log")
        ax.set_xlabel("validators")
        ax.set_ylabel(ylabel)
        ax.legend(fontsize=7)
        ax.grid(alpha=0.3)
        fig.tight_layout()
        fig.savefig(out_dir / name, dpi=110)
        plt.close(fig)
        written.append(out_dir / name)
    return written


def write_report(out_dir: Path, params: dict, rows: list[dict], extra_md: str = "") -> list[Path]:
    """report.json (every run), report.md (the table) and the PNG charts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cells = aggregate(rows)
    slim = [{k: v for k, v in r.items() if k not in ("latencies", "oracle_seconds_per_message")} for r in rows]
    (out_dir / "report.json").write_text(json.dumps({"parameters": params, "cells": cells, "runs": slim},
                                                    indent=2) + "\n")
    written = [out_dir / "report.json", *write_charts(out_dir, cells)]
    md = ["# CBC simulation report", "", "Parameters: `" + json.dumps(params) + "`", "",
          markdown_table(cells, CELL_COLUMNS), "", "![latency](latency.png)", "",
          "![oracle time](oracle_time.png)", ""]
    if extra_md:
        md += [extra_md, ""]
    (out_dir / "report.md").write_text("\n".join(md))
    written.append(out_dir / "report.md")
    return written


def register(main: click.Group, out, err) -> None:
    @main.group()
    def cbc():
        """Casper CBC finality: the simulator (the node integration comes later)."""

    @cbc.command()
    @click.option("--validators", "sizes", default="4,8,16", show_default=True,
                  help="Validator counts, comma-separated.")
    @click.option("--delay", "delays", default="fixed", show_default=True,
                  help="Delay models, comma-separated: fixed, uniform, exponential.")
    @click.option("--mean-delay", type=float, default=0.5, show_default=True, help="Mean delay in periods.")
    @click.option("--weights", help="Weights, comma-separated, one per validator (default all 1).")
    @click.option("--threshold", type=int, help="Fault-tolerance threshold t (default floor((W-1)/3)).")
    @click.option("--equivocators", type=int, default=0, show_default=True,
                  help="The first K validators equivocate.")
    @click.option("--strategy", default="split", show_default=True,
                  help="Equivocation strategy: split (one persona per half) or none.")
    @click.option("--partition", metavar="START:HEAL", help="Partition the network between two times (periods).")
    @click.option("--duration", type=float, default=20.0, show_default=True, help="Simulated periods.")
    @click.option("--oracle", default="clique", show_default=True, help="clique or greedy.")
    @click.option("--runs", type=int, default=3, show_default=True, help="Seeds per cell.")
    @click.option("--seed", type=int, default=0, show_default=True)
    @click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                  help="Write report.json, report.md and PNG charts here.")
    def simulate(sizes, delays, mean_delay, weights, threshold, equivocators, strategy, partition, duration,
                 oracle, runs, seed, out_dir):
        """Simulate CBC validators on a seeded network: finality latency, messages, oracle cost, safety."""
        size_list = _ints(sizes, "validators")
        delay_list = [d.strip() for d in delays.split(",") if d.strip()]
        if not 1 <= runs <= MAX_RUNS:
            raise UserError(f"--runs must be in [1, {MAX_RUNS}]")
        if len(size_list) * len(delay_list) * runs > MAX_GRID:
            raise UserError(f"--validators x --delay x --runs is more than {MAX_GRID} simulations")
        base = {"mean_delay": mean_delay, "threshold": threshold, "equivocators": equivocators,
                "strategy": strategy, "partition": _partition(partition), "duration": duration,
                "oracle": oracle, "seed": seed}
        if weights:
            if len(size_list) != 1:
                raise UserError("--weights needs exactly one --validators count")
            base["weights"] = _ints(weights, "weights")

        def show(row):
            err.print(f"n={row['validators']:>3} {row['delay']:<11} seed={row['seed']:<4} "
                      f"finalized height {row['finalized_height']:>3}  latency median "
                      f"{_fmt(row['latency_median'])}  violations {row['safety_violations']}  "
                      f"({row['wall_seconds']}s)")

        rows = run_grid(size_list, delay_list, runs, base, show)
        cells = aggregate(rows)
        out.print(markdown_table(cells, CELL_COLUMNS))
        if out_dir:
            for path in write_report(out_dir, {**base, "validators": size_list, "delays": delay_list,
                                               "runs": runs}, rows):
                out.print(f"wrote {path}")
        if any(c["safety_violations"] for c in cells):
            eq_weight = max(r["equivocating_weight"] for r in rows)
            thr = max(r["threshold"] for r in rows)
            out.print(f"safety violations: equivocating weight {eq_weight}, threshold {thr}"
                      + (" (above the threshold: expected)" if eq_weight > thr else ""))
