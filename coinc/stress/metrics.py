"""Per-coin outcome figures of a run, and their medians and quantiles over many runs."""

from __future__ import annotations

import statistics
from typing import Any

PEG_BAND = 0.99
QUANTILES = (0.05, 0.25, 0.75, 0.95)


def _r(x: float) -> float:
    """Round for byte-stable JSON: 6 significant figures."""
    if x == 0 or x != x:
        return 0.0
    return float(f"{x:.6g}")


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
    out: dict[str, Any] = {
        "min_price": _r(min(prices)),
        "max_deviation": _r(max(abs(p - 1.0) for p in prices)),
        "hours_below_0_99": sum(below),
        "recovery_hours": recovery,
        "final_price": _r(prices[-1]),
        "liquidations": {"count": 0, "volume": 0.0},
        "bad_debt": 0.0,
        "supply_change": _r(supply[-1] / supply[0] - 1.0) if supply and supply[0] else 0.0,
    }
    return out


def summarize(run) -> dict[str, dict[str, Any]]:
    """Figures per coin, keyed by a name that says its kind."""
    out: dict[str, dict[str, Any]] = {}
    s = run.series
    for coin in run.coins:
        fig = coin_figures(s, coin)
        if coin == "vault":
            e = run.w.c["VaultEngine"]
            n = run.sim.call(e, "auctions_started") or 0
            volume = 0.0
            for i in range(n):
                a = run.sim.call(e, "auction", i)
                # the debt each auction was started for (its tab / (1 + penalty))
                volume += (a[2] if a else 0) / 1e18
            starts = _liquidated_debt(run)
            fig["liquidations"] = {"count": n, "volume": _r(starts if starts else volume)}
            fig["bad_debt"] = _r(s.get("vault.bad_debt", [0.0])[-1])
            fig["zero_price_takes"] = _zero_takes(run)
            fig["min_collateral_ratio"] = _r(min(s.get("vault.collateral_ratio", [0.0]) or [0.0]))
        if coin == "algo":
            share = s.get("algo.share_supply", [])
            fig["share_supply_multiple"] = _r(share[-1] / share[0]) if share and share[0] else 0.0
            fig["share_price_final"] = _r(s.get("algo.share_price", [0.0])[-1])
            fig["share_price_min"] = _r(min(s.get("algo.share_price", [0.0])))
        if coin == "fiat":
            fig["min_backing_ratio"] = _r(min(s.get("fiat.backing_ratio", [1.0])))
        out[f"{coin}"] = fig
    return out


def _liquidated_debt(run) -> float:
    """Debt sent to auction, from the engine's Liquidation events over the whole chain."""
    from coinc.stress.engine import _topic

    topic = _topic("Liquidation(uint256,address,uint256,uint256,uint256,uint256)")
    node = run.sim.node
    e = run.w.c["VaultEngine"].address
    total = 0
    from chain.api import LogFilter

    for entry in node.get_logs(LogFilter(0, node.block_number(), (e,), ((topic,),))):
        total += int.from_bytes(entry.log.data[32:64], "big")
    return total / 1e18


def _zero_takes(run) -> int:
    from chain.api import LogFilter
    from coinc.stress.engine import _topic

    topic = _topic("Take(uint256,address,uint256,uint256,uint256)")
    node = run.sim.node
    e = run.w.c["VaultEngine"].address
    n = 0
    for entry in node.get_logs(LogFilter(0, node.block_number(), (e,), ((topic,),))):
        if int.from_bytes(entry.log.data[64:96], "big") == 0:
            n += 1
    return n


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
            elif key == "recovery_hours":
                values = [s[coin][key] for s in summaries]
                known = [v for v in values if v is not None]
                figs[key] = _stat(known) if known else None
                figs["recovered_share"] = _r(len(known) / len(values))
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
    res = {"median": _r(statistics.median(vs))}
    for q in QUANTILES:
        idx = q * (len(vs) - 1)
        lo, hi = int(idx), min(int(idx) + 1, len(vs) - 1)
        res[f"p{int(q * 100):02d}"] = _r(vs[lo] + (vs[hi] - vs[lo]) * (idx - lo))
    return res
