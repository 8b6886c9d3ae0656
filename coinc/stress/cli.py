"""`coinc stress`: run a crisis scenario against the bundled stablecoins."""

from __future__ import annotations

import time
from pathlib import Path

import click
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from coinc.errors import UserError
from coinc.systems import registry

MAX_RUNS = 100_000  # runs of one batch (each keeps its series in memory until the report)
MAX_WORKERS = 256

FIGURES = [
    ("min_price", "minimum price"), ("max_price", "maximum price"), ("max_deviation", "maximum deviation"),
    ("hours_to_0_5", "hours to < $0.50"),
    ("hours_below_0_99", "hours below $0.99"), ("recovery_hours", "hours to recover"),
    ("final_price", "final price"), ("liquidations", "liquidations (count, debt)"), ("bad_debt", "bad debt"),
    ("bad_debt_share", "bad debt / supply at start"), ("supply_change", "supply change"),
    ("auctions", "auctions"), ("zero_price_share", "auctions settled at 0 (share)"),
    ("zero_price_takes", "auction takes at price 0"),
    ("min_backing_ratio", "lowest backing ratio"), ("share_supply_multiple", "share supply multiple"),
    ("share_price_final", "share price (final)"), ("share_price_min", "share price (lowest)"),
]


NEVER = {"recovery_hours": "not recovered", "hours_to_0_5": "never"}  # what a null figure means


def _fmt(v, key: str = "") -> str:
    if v is None:
        return NEVER.get(key, "none")
    if isinstance(v, dict):
        if "count" in v:
            return f"{_fmt(v['count'])}, {_fmt(v['volume'])}"
        return ", ".join(f"{k} {_fmt(x)}" for k, x in v.items())
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1e6 else f"{v:,.0f}"
    return str(v)


def print_summary(out, doc: dict) -> None:
    for coin, figs in doc["coins"].items():
        t = Table(title=f"{doc['scenario']}: {coin} coin ({doc['runs']} run{'s' if doc['runs'] != 1 else ''})",
                  show_edge=False)
        t.add_column("figure")
        t.add_column("value", justify="right")
        if doc["runs"] > 1:
            t.add_column("5% / 25% / 75% / 95%", justify="right")
        for key, label in FIGURES:
            if key not in figs:
                continue
            if key in ("auctions", "zero_price_share") and not figs.get("auctions"):
                continue  # a coin without auctions
            row = [label, _fmt(figs[key], key)]
            if doc["runs"] > 1:
                q = figs.get(f"{key}_quantiles")
                if q and "p05" not in q:  # a figure with parts (count, volume): quantiles of the first
                    q = next(iter(q.values()))
                row.append(" / ".join(_fmt(q[k]) for k in ("p05", "p25", "p75", "p95")) if q else "")
            t.add_row(*row)
        out.print(t)
    fees = doc.get("fees") or {}
    out.print(f"fee market: base fee up to {_fmt(fees.get('max_base_fee_gwei', 0.0))} gwei, blocks "
              f"{_fmt(100 * fees.get('mean_block_fullness', 0.0))}% full on average; agents' transactions: "
              f"{doc.get('transactions', 0):,} included, {doc.get('reverted_transactions', 0):,} of them reverted, "
              f"{doc.get('refused_transactions', 0):,} refused by the node (e.g. a fee cap under the base fee)",
              markup=False)
    if doc.get("invariant_failures"):
        out.print(f"[red]{doc['invariant_failures']} invariant violation(s): see summary.json[/red]")


def register(main: click.Group, out, err) -> None:
    @main.command()
    @click.argument("scenario", required=False)
    @click.option("--list", "list_", is_flag=True, help="List the bundled scenarios.")
    @click.option("--coins", help="Comma-separated coins to put through it (fiat,vault,algo).")
    @click.option("--seed", type=int, default=1, show_default=True)
    @click.option("--runs", type=int, default=1, show_default=True, help="Runs (seeds seed, seed+1, ...).")
    @click.option("--workers", type=int, default=None, help="Worker processes (default: CPU count).")
    @click.option("--set", "sets", multiple=True, metavar="NAME=VALUE", help="Override a scenario value (dotted path).")
    @click.option("--sweep", metavar="NAME=V1,V2,...", help="Run once per value of a scenario value.")
    @click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                  help="Write summary.json, timeseries.csv, PNG charts and report.html here.")
    @click.option("--cluster", metavar="ADDRESS", help="Run the batch on a Dask distributed scheduler.")
    def stress(scenario, list_, coins, seed, runs, workers, sets, sweep, out_dir, cluster):
        """Put the bundled stablecoins through a crisis: coinc stress black-thursday
        (or `all` for every bundled scenario, or your own scenario .toml file)."""
        from coinc.stress import scenario as sc

        if list_ or scenario is None:
            t = Table(title="bundled scenarios", show_edge=False)
            t.add_column("name")
            t.add_column("coins")
            t.add_column("hours", justify="right")
            t.add_column("what")
            for name, path in sc.bundled().items():
                cfg = sc.load(str(path))
                t.add_row(name, ",".join(cfg["coins"]), str(cfg["hours"]), cfg.get("title", ""))
            out.print(t)
            if scenario is None and not list_:
                out.print("run one with: coinc stress NAME [--runs N] [--out DIR]  (or a .toml file of your own)")
            return
        if not 1 <= runs <= MAX_RUNS:
            raise UserError(f"--runs must be 1-{MAX_RUNS:,} (got {runs})")
        if workers is not None and not 1 <= workers <= MAX_WORKERS:
            raise UserError(f"--workers must be 1-{MAX_WORKERS} (got {workers})")
        if scenario == "all":
            if sweep:
                raise UserError("--sweep needs one scenario, not `all`")
            for name in sc.bundled():
                run_scenario(name, coins, seed, runs, workers, sets, None,
                             out_dir / name if out_dir is not None else None, cluster)
            return
        run_scenario(scenario, coins, seed, runs, workers, sets, sweep, out_dir, cluster)

    def run_scenario(scenario, coins, seed, runs, workers, sets, sweep, out_dir, cluster):
        from coinc.stress import scenario as sc

        cfg = sc.load(scenario)
        overrides = sc.parse_sets(sets)
        if coins:
            wanted = [c.strip() for c in coins.split(",") if c.strip()]
            kinds = registry.coin_names()
            bad = [c for c in wanted if c not in kinds]
            if bad or not wanted:
                raise UserError(f"--coins: unknown coin {', '.join(bad) or '(none given)'}: use {', '.join(kinds)}")
            cfg = sc.apply_sets(cfg, [("coins", wanted)], option="--coins")
        cfg = sc.apply_sets(cfg, overrides)
        from coinc.stress.engine import contract_params

        contract_params(cfg)  # refuse unknown contract parameters before any work
        sweep_spec = sc.parse_sweep(sweep)
        variants = [(None, cfg)] if sweep_spec is None else [
            (v, sc.apply_sets(cfg, [(sweep_spec[0], v)], option="--sweep")) for v in sweep_spec[1]]
        from coinc.stress.metrics import aggregate
        from coinc.stress.report import summary_document, write_outputs, write_summary
        from coinc.stress.runner import run_batch

        sweep_rows = []
        interrupted_any = False
        started = time.monotonic()
        for value, variant in variants:
            label = f"{variant['name']}" + (f" [{sweep_spec[0]}={value}]" if sweep_spec else "")
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                          console=err, transient=False) as progress:
                single = runs == 1
                total = variant["hours"] if single else runs
                task = progress.add_task(label + (" (hours)" if single else " (runs)"), total=total, rate="")
                t0 = time.monotonic()

                def tick(n: int = 1, task=task, single=single, t0=t0) -> None:
                    progress.advance(task, n)
                    done = progress.tasks[0].completed
                    unit = "h" if single else "runs"
                    progress.update(task, rate=f"{done / max(time.monotonic() - t0, 1e-9):.1f} {unit}/s")

                results, interrupted = run_batch(
                    variant, seed, runs, workers, cluster,
                    on_done=None if single else (lambda r: tick()),
                    on_step=(lambda h: tick()) if single else None)
            interrupted_any |= interrupted
            if not results:
                raise UserError("interrupted before any run finished; nothing to report", exit_code=130)
            agg = aggregate([r.summary for r in results])
            doc = summary_document(variant, seed, results, agg, None, interrupted)
            print_summary(out, doc)
            if out_dir is not None:
                target = out_dir if sweep_spec is None else out_dir / f"{sweep_spec[0]}={value}"
                write_outputs(target, variant, seed, results, agg, None, interrupted)
            sweep_rows.append({"value": value, "coins": agg, "runs": len(results),
                               "reverted_transactions": doc["reverted_transactions"], "fees": doc["fees"]})
            if interrupted:
                break
        if sweep_spec is not None and out_dir is not None:
            top = {"scenario": cfg["name"], "seed": seed, "runs": runs,
                   "coins": sweep_rows[0]["coins"],  # the first value's, as each row has its own
                   "reverted_transactions": sweep_rows[0]["reverted_transactions"],
                   "sweep": {"parameter": sweep_spec[0], "results": sweep_rows}}
            if interrupted_any:
                top["interrupted"] = True
            write_summary(out_dir / "summary.json", top)
        elapsed = time.monotonic() - started
        if out_dir is not None:
            out.print(f"wrote {out_dir}/ (summary.json, timeseries.csv, charts, report.html) in {elapsed:.1f}s",
                      markup=False)
        if interrupted_any:
            raise UserError("interrupted: the results above are from the runs that finished", exit_code=130)
