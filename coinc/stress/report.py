"""Outputs of a stress batch: summary.json (byte-stable for a seed), time series as CSV,
PNG charts (quantile bands for many runs) and one self-contained report.html."""

from __future__ import annotations

import base64
import csv
import html
import io
import json
from pathlib import Path
from typing import Any

from coinc.systems import registry

QUANTILES = (0.05, 0.25, 0.5, 0.75, 0.95)


def summary_document(scenario: dict, seed: int, results: list, aggregate: dict, sweep: dict | None,
                     interrupted: bool) -> dict:
    doc: dict[str, Any] = {
        "scenario": scenario["name"],
        "seed": seed,
        "runs": len(results),
        "hours": scenario["hours"],
        "coins": {f"{coin}": figs for coin, figs in aggregate.items()},
        "invariant_failures": sum(len(r.invariant_failures) for r in results),
        "transactions": sum(r.transactions for r in results),
        # agents' transactions that were included and reverted, over all runs
        "reverted_transactions": sum(r.reverted_transactions for r in results),
        "refused_transactions": sum(r.refused_transactions for r in results),
        "background_transactions": sum(r.background_transactions for r in results),
        "fees": fee_figures(results),
    }
    if sweep:
        doc["sweep"] = sweep
    if interrupted:
        doc["interrupted"] = True
    return doc


def fee_figures(results: list) -> dict[str, float]:
    """The fee market's figures: the highest hourly base fee (gwei) and the mean block
    fullness (gas used / gas limit), medians over the runs."""
    import statistics

    from coinc.stress.model import sig6

    def median(key: str, reduce) -> float:
        values = [reduce(r.series[key]) for r in results if r.series.get(key)]
        return sig6(statistics.median(values)) if values else 0.0

    return {"max_base_fee_gwei": median("fees.base_fee_gwei", max),
            "mean_block_fullness": median("fees.block_fullness", lambda v: sum(v) / len(v))}


def write_summary(path: Path, doc: dict) -> None:
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def write_series_csv(path: Path, results: list) -> None:
    keys = sorted({k for r in results for k in r.series})
    keys.remove("hour")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["run", "seed", "hour", *keys])
        for i, r in enumerate(results):
            for h in range(len(r.series["hour"])):
                w.writerow([i, r.seed, int(r.series["hour"][h]),
                            *(f"{r.series[k][h]:.8g}" if h < len(r.series.get(k, [])) else "" for k in keys)])


def _bands(results: list, key: str) -> tuple[list[float], dict[float, list[float]]]:
    runs = [r.series[key] for r in results if key in r.series]
    n = min(len(s) for s in runs)
    hours = results[0].series["hour"][:n]
    out: dict[float, list[float]] = {q: [] for q in QUANTILES}
    for h in range(n):
        column = sorted(s[h] for s in runs)
        for q in QUANTILES:
            idx = q * (len(column) - 1)
            lo, hi = int(idx), min(int(idx) + 1, len(column) - 1)
            out[q].append(column[lo] + (column[hi] - column[lo]) * (idx - lo))
    return hours, out


def charts(results: list, coins: list[str], title: str) -> dict[str, bytes]:
    """PNG charts (bands over runs): price vs peg and supply of every coin, then each
    coin's system's own charts (`System.charts`)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pngs: dict[str, bytes] = {}

    def plot(name: str, keys: list[tuple[str, str]], ylabel: str, peg: float | None = None, log: bool = False):
        fig, ax = plt.subplots(figsize=(8, 3.6), dpi=110)
        for key, label in keys:
            if not any(key in r.series for r in results):
                continue
            hours, bands = _bands(results, key)
            if len(results) > 1:
                ax.fill_between(hours, bands[0.05], bands[0.95], alpha=0.15)
                ax.fill_between(hours, bands[0.25], bands[0.75], alpha=0.3)
                ax.plot(hours, bands[0.5], label=f"{label} (median)")
            else:
                ax.plot(hours, bands[0.5], label=label)
        if peg is not None:
            ax.axhline(peg, color="black", linewidth=0.8, linestyle="--", label="peg")
        if log:
            ax.set_yscale("log")
        ax.set_xlabel("hour")
        ax.set_ylabel(ylabel)
        ax.set_title(f"{title}: {name.replace('_', ' ')}")
        ax.grid(alpha=0.3)
        ax.legend(loc="best", fontsize=8)
        buf = io.BytesIO()
        fig.tight_layout()
        fig.savefig(buf, format="png")
        plt.close(fig)
        pngs[name] = buf.getvalue()

    systems = [registry.get(c) for c in coins]
    plot("price_vs_peg", [(f"{s.name}.price", s.label) for s in systems], "market price ($)", peg=1.0)
    plot("supplies", [(f"{s.name}.supply", s.label) for s in systems], "supply (coins)")
    plot("base_fee", [("fees.base_fee_gwei", "base fee at the end of the hour")], "gwei", log=True)
    for s in systems:
        for chart in s.charts:
            plot(chart.name, list(chart.series), chart.ylabel, peg=chart.peg, log=chart.log)
    return pngs


def write_outputs(out_dir: Path, scenario: dict, seed: int, results: list, aggregate: dict,
                  sweep: dict | None, interrupted: bool, references: str = "") -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    doc = summary_document(scenario, seed, results, aggregate, sweep, interrupted)
    write_summary(out_dir / "summary.json", doc)
    if not results:
        return doc
    write_series_csv(out_dir / "timeseries.csv", results)
    pngs = charts(results, list(scenario["coins"]), scenario["name"])
    for name, data in pngs.items():
        (out_dir / f"{name}.png").write_bytes(data)
    (out_dir / "report.html").write_text(render_html(scenario, doc, pngs, references), encoding="utf-8")
    return doc


def _fmt(v: Any) -> str:
    if v is None:
        return "not recovered"
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1e6 else f"{v:,.0f}"
    if isinstance(v, dict):
        return ", ".join(f"{k}: {_fmt(x)}" for k, x in v.items())
    return html.escape(str(v))


def render_html(scenario: dict, doc: dict, pngs: dict[str, bytes], references: str) -> str:
    rows = []
    for coin, figs in doc["coins"].items():
        for key, value in figs.items():
            rows.append(f"<tr><td>{html.escape(coin)}</td><td>{html.escape(key)}</td><td>{_fmt(value)}</td></tr>")
    images = "\n".join(
        f'<figure><img alt="{html.escape(n)}" src="data:image/png;base64,{base64.b64encode(d).decode()}">'
        f"<figcaption>{html.escape(n.replace('_', ' '))}</figcaption></figure>" for n, d in pngs.items())
    desc = html.escape(scenario.get("description", "").strip())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>coinc stress: {html.escape(scenario['name'])}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 960px; margin: 2em auto; color: #222; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: 4px 8px; }}
figure {{ margin: 1em 0; }} img {{ max-width: 100%; }} pre {{ white-space: pre-wrap; }}
</style></head><body>
<h1>{html.escape(scenario.get('title', scenario['name']))}</h1>
<p>Scenario <code>{html.escape(scenario['name'])}</code>, seed {doc['seed']}, {doc['runs']} run(s) of
{doc['hours']} hours, {doc['transactions']:,} signed transactions executed on the Coin VM;
invariant violations: {doc['invariant_failures']}; agents' transactions reverted: {doc.get('reverted_transactions', 0):,},
refused by the node: {doc.get('refused_transactions', 0):,}; base fee up to {_fmt((doc.get('fees') or {}).get('max_base_fee_gwei', 0.0))} gwei.{' <strong>Interrupted: partial results.</strong>' if doc.get('interrupted') else ''}</p>
<pre>{desc}</pre>
<h2>Outcomes</h2>
<table><tr><th>coin</th><th>figure</th><th>value</th></tr>
{''.join(rows)}
</table>
{f'<h2>Historical reference</h2><p>{html.escape(references)}</p>' if references else ''}
<h2>Charts</h2>
{images}
</body></html>
"""
