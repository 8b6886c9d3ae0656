"""Scenarios: bundled TOML files or the user's own, `--set` overrides, price paths."""

from __future__ import annotations

import copy
import csv
import math
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chain.nesting import load_toml
from coinc.errors import UserError
from coinc.systems import registry

HERE = Path(__file__).resolve().parent
BUNDLED_DIR = HERE / "scenarios"
DATA_DIR = HERE / "data"


def bundled() -> dict[str, Path]:
    return {p.stem: p for p in sorted(BUNDLED_DIR.glob("*.toml"))}


def load(name_or_path: str) -> dict[str, Any]:
    """A scenario by bundled name or from a TOML file."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        if not path.is_file():
            raise UserError(f"no scenario file {path}")
        base_dir = path.parent
    else:
        table = bundled()
        if name_or_path not in table:
            from lang.errors import did_you_mean

            hint = did_you_mean(name_or_path, table)
            raise UserError(f"unknown scenario `{name_or_path}`" + (f" ({hint})" if hint else "")
                            + f"; bundled: {', '.join(table)} (or give a .toml file)")
        path = table[name_or_path]
        base_dir = DATA_DIR
    try:
        cfg = load_toml(path.read_text(encoding="utf-8"), what="the scenario")
    except ValueError as e:  # tomllib.TOMLDecodeError, or nesting too deep
        raise UserError(f"{path}: invalid TOML: {e}") from None
    except OSError as e:
        raise UserError(f"cannot read {path}: {e.strerror}") from None
    if not isinstance(cfg, dict):
        raise UserError(f"{path}: a scenario must be a TOML table")
    cfg.setdefault("name", path.stem)
    cfg["_base_dir"] = str(base_dir)
    cfg["_source"] = str(path)
    validate(cfg, str(path))
    return cfg


def validate(cfg: dict, where: str, keys_from: dict[str, str] | None = None) -> None:
    """Check `cfg` against the scenario schema (coinc.stress.schema); UserError names
    `where` (the file) or, for a key set on the command line, that option."""
    from coinc.stress.schema import validate as check

    check(cfg, where, registry.all_systems(), keys_from)


def start_time(cfg: dict) -> int:
    text = str(cfg.get("start", "2024-01-01T00:00:00Z")).replace("Z", "+00:00")
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return int(dt.timestamp())


def parse_value(text: str) -> Any:
    """A --set value as TOML would read it (number, bool, string, list)."""
    try:
        return load_toml(f"v = {text}")["v"]
    except ValueError:
        return text


def apply_sets(cfg: dict, sets: list[tuple[str, Any]], option: str = "--set") -> dict:
    """`cfg` with the dotted-path values of `sets`, validated: an error in a value that
    came from the command line names the option (`--set hours=-5`), the rest the file."""
    out = copy.deepcopy(cfg)
    for key, value in sets:
        if key.startswith("params."):
            out.setdefault("params", {})[key[len("params."):]] = value
            continue
        parts = key.split(".")
        node = out
        for p in parts[:-1]:
            nxt = node.get(p)
            if nxt is None:
                nxt = node[p] = {}
            if not isinstance(nxt, dict):
                raise UserError(f"{option} {key}: `{p}` is not a table")
            node = nxt
        node[parts[-1]] = value
    sources = {key: f"{option} {key}={_text(value)}" for key, value in sets}
    validate(out, cfg.get("_source", "the scenario"), sources)
    return out


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if not isinstance(value, list) else "[" + ", ".join(_text(v) for v in value) + "]"


def parse_sets(items: tuple[str, ...]) -> list[tuple[str, Any]]:
    out = []
    for item in items:
        if "=" not in item:
            raise UserError(f"--set takes name=value, got `{item}`")
        k, v = item.split("=", 1)
        out.append((k.strip(), parse_value(v.strip())))
    return out


def parse_sweep(item: str | None) -> tuple[str, list[Any]] | None:
    if not item:
        return None
    if "=" not in item:
        raise UserError(f"--sweep takes name=v1,v2,..., got `{item}`")
    k, v = item.split("=", 1)
    values = [parse_value(x.strip()) for x in v.split(",") if x.strip()]
    if not values:
        raise UserError(f"--sweep {k}: no values")
    return k.strip(), values


# ------------------------------------------------------------------ price paths


def price_path(cfg: dict, rng: random.Random) -> list[float]:
    """One collateral price per hour (hours + 1 points, the first at the start)."""
    p = cfg.get("price", {})
    hours = cfg["hours"]
    source = p.get("source")
    if source == "constant":
        return [float(p.get("value", 2000.0))] * (hours + 1)
    if source == "path":
        points = sorted((int(h), float(v)) for h, v in p["points"])
        out = []
        for h in range(hours + 1):
            prev = max((pt for pt in points if pt[0] <= h), default=points[0])
            nxt = min((pt for pt in points if pt[0] >= h), default=points[-1])
            if nxt[0] == prev[0]:
                out.append(prev[1])
            else:
                w = (h - prev[0]) / (nxt[0] - prev[0])
                out.append(prev[1] + w * (nxt[1] - prev[1]))
        return out
    if source == "csv":
        path = Path(cfg["_base_dir"]) / p["file"]
        if not path.is_file():
            path = DATA_DIR / p["file"]
        try:
            with open(path, newline="") as f:
                rows = list(csv.DictReader(f))
        except OSError as e:
            raise UserError(f"cannot read price file {path}: {e.strerror}") from None
        column = p.get("column", "close")
        start = p.get("from")
        if isinstance(start, datetime):  # an unquoted TOML time
            start = start.strftime("%Y-%m-%d %H:%M:%S")
        idx = 0
        if start:
            idx = next((i for i, r in enumerate(rows) if r.get("timestamp_utc", "") >= start), None)
            if idx is None:
                raise UserError(f"price file {path} has no rows from {start}")
        values = []
        for r in rows[idx: idx + hours + 1]:
            try:
                values.append(float(r[column]) * float(p.get("scale", 1.0)))
            except (KeyError, ValueError):
                raise UserError(f"price file {path}: no numeric column `{column}`") from None
        if len(values) < hours + 1:
            values += [values[-1]] * (hours + 1 - len(values))
        return values
    # geometric Brownian motion with Poisson jumps (Merton), hourly steps
    dt = 1 / (365 * 24)
    mu, sigma = float(p.get("drift", 0.0)), float(p.get("volatility", 0.8))
    lam, jm, js = float(p.get("jump_intensity", 0.0)), float(p.get("jump_mean", 0.0)), float(p.get("jump_std", 0.0))
    price = float(p.get("start", 2000.0))
    out = [price]
    for _ in range(hours):
        z = rng.gauss(0.0, 1.0)
        log_step = (mu - 0.5 * sigma * sigma) * dt + sigma * math.sqrt(dt) * z
        if lam > 0 and rng.random() < lam * dt:
            log_step += rng.gauss(jm, js)
        price *= math.exp(log_step)
        out.append(price)
    return out
