"""Per-coin outcome figures of a run, and their medians and quantiles over many runs."""

from __future__ import annotations

import statistics
from typing import Any

from coinc.stress.model import sig6

PEG_BAND = 0.99
# figures that are null in a run where the event never happens -> the share of runs where it did
REACHED = {"recovery_hours": "recovered_share", "hours_to_0_5": "below_0_5_share"}
QUANTILES = (0.05, 0.25, 0.75, 0.95)


def coin_figures(series: dict[str, list[float]], coin: str) -> dict[str, Any]:
    prices = series.get(f"{coin}.price", [])
    supply = series.get(f"{coin}.supply", [])
    if not prices:
        return {}
    below = [p < PEG_BAND for p in prices]
    first = next((i for i, b in enumerate(below) if b), None)
    if first is None:
        recovery: float | None = 0.0
    else:
        last_below = max(i for i, b in enumerate(below) if b)
        recovery = float(last_below + 1 - first) if last_below + 1 < len(prices) else None
    under_half = next((i for i, p in enumerate(prices) if p < 0.5), None)
    out: dict[str, Any] = {
        "min_price": sig6(min(prices)),
        "max_price": sig6(max(prices)),
        "hours_to_0_5": None if under_half is None else float(under_half),
        "max_deviation": sig6(max(abs(p - 1.0) for p in prices)),
        "hours_below_0_99": sum(below),
        "recovery_hours": recovery,
        "final_price": sig6(prices[-1]),
        "liquidations": {"count": 0, "volume": 0.0},
        "bad_debt": 0.0,
        "supply_change": sig6(supply[-1] / supply[0] - 1.0) if supply and supply[0] else 0.0,
        "auctions": 0,
        "zero_price_auctions": 0,
    }
    return out


def shares(fig: dict[str, Any], supply_at_start: float) -> None:
    """The figures that are ratios of others, once the system has added its own:
    `bad_debt_share` (bad debt / supply at the start) and `zero_price_share` (auctions
    settled for nothing / all auctions)."""
    fig["bad_debt_share"] = sig6(fig.get("bad_debt", 0.0) / supply_at_start) if supply_at_start else 0.0
    n = fig.get("auctions", 0)
    fig["zero_price_share"] = sig6(fig.get("zero_price_auctions", 0) / n) if n else 0.0


def summarize(run) -> dict[str, dict[str, Any]]:
    """Figures per coin, keyed by its system's name: the figures every coin has, then
    what its system adds (`System.figures`)."""
    out: dict[str, dict[str, Any]] = {}
    for system in run.coin_systems:
        fig = coin_figures(run.series, system.name)
        if system.figures:
            system.figures(run, run.state[system.name], fig)
        if fig:
            shares(fig, (run.series.get(f"{system.name}.supply") or [0.0])[0])
        out[system.name] = fig
    return out


def aggregate(summaries: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Medians over runs, with quantiles beside each figure."""
    if len(summaries) == 1:
        return summaries[0]
    out: dict[str, dict[str, Any]] = {}
    for coin in summaries[0]:
        figs: dict[str, Any] = {}
        for key, first in summaries[0][coin].items():
            if isinstance(first, dict):
                stats = {k: _stat([s[coin][key][k] for s in summaries]) for k in first}
                figs[key] = {k: v["median"] for k, v in stats.items()}
                figs[f"{key}_quantiles"] = {k: {q: x for q, x in v.items() if q != "median"}
                                            for k, v in stats.items()}
            elif key in REACHED:  # an hour that may never come: medians of the runs where it did
                values = [s[coin][key] for s in summaries]
                known = [v for v in values if v is not None]
                figs[key] = _stat(known) if known else None
                figs[REACHED[key]] = sig6(len(known) / len(values))
            else:
                figs[key] = _stat([s[coin][key] for s in summaries])
        for key in list(figs):
            if isinstance(figs[key], dict) and "median" in figs[key]:
                q = figs[key]
                figs[key] = q["median"]
                figs[f"{key}_quantiles"] = {k: v for k, v in q.items() if k != "median"}
        out[coin] = figs
    return out


def _stat(values: list[float]) -> dict[str, float]:
    vs = sorted(float(v) for v in values)
    res = {"median": sig6(statistics.median(vs))}
    for q in QUANTILES:
        idx = q * (len(vs) - 1)
        lo, hi = int(idx), min(int(idx) + 1, len(vs) - 1)
        res[f"p{int(q * 100):02d}"] = sig6(vs[lo] + (vs[hi] - vs[lo]) * (idx - lo))
    return res
