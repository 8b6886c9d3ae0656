"""The scenario schema: every scenario (a bundled file, the user's, `--set`, `--sweep`
values) is validated before any work, so an unknown key, a wrong type or an
out-of-range value is an error naming the file, the key and what is allowed.

The schema is assembled from parts. The engine's own sections are here (the top level,
`[price]`, `[congestion]`, `[fees]`); each system in the registry contributes the
models of its own sections through `System.sections` (name -> a `Section` model), and
the `[agents]` table is the union of every system's `"agents"` model, so a system found
out of tree brings its keys with it. A new key is one annotated line in its section's
model: `keeper_margin: Frac = 0.05`.

Models are strict (no string-to-number coercion; an integer is a valid float) and
forbid unknown keys. Defaults here are documentation: the engine and the systems read
the raw table and keep their own defaults, so the schema decides only what is valid.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, field_validator

from coinc.errors import UserError
from coinc.stress.fees import FeeMarket

MAX_HOURS = 100_000
MAX_AGENTS = 1_000  # of one kind
MAX_ACCOUNTS = 5_000  # agents' accounts in all
MAX_WEI = 2**256 - 1

Frac = Annotated[float, Field(ge=0.0, le=1.0)]  # a share, 0-1
Count = Annotated[int, Field(ge=0, le=MAX_AGENTS)]  # agents of one kind
Hour = Annotated[int, Field(ge=-1, le=MAX_HOURS)]  # an hour of the run; -1: never
Money = Annotated[int, Field(ge=0, le=10**15)]  # whole coins or dollars
Positive = Annotated[float, Field(gt=0.0)]


class Section(BaseModel):
    """A scenario table: strict types, no unknown keys."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# ------------------------------------------------------------------ the engine's sections


class ConstantPrice(Section):
    source: Literal["constant"]
    value: Positive = 2000.0


class PathPrice(Section):
    source: Literal["path"]
    points: list[Annotated[list[float], Field(min_length=2, max_length=2)]] = Field(min_length=1)  # [[hour, price]]

    @field_validator("points")
    @classmethod
    def _hours_and_prices(cls, v: list[list[float]]) -> list[list[float]]:
        for hour, price in v:
            if not (float(hour).is_integer() and 0 <= hour <= MAX_HOURS):
                raise ValueError(f"should be [hour, price] pairs with a whole hour 0-{MAX_HOURS} (got {hour})")
            if not price > 0:
                raise ValueError(f"should be [hour, price] pairs with a positive price (got {price})")
        return v


class CsvPrice(Section):
    source: Literal["csv"]
    file: str
    column: str = "close"
    scale: Positive = 1.0
    # the first row: a "YYYY-MM-DD HH:MM:SS" timestamp (or an unquoted TOML time)
    from_: str | datetime | None = Field(None, alias="from")

    @field_validator("from_")
    @classmethod
    def _a_time(cls, v: str | datetime | None) -> str | datetime | None:
        if isinstance(v, str):
            try:
                datetime.fromisoformat(v)
            except ValueError:
                raise ValueError("should be a time like 2020-03-11 00:00:00") from None
        return v


class GbmPrice(Section):
    source: Literal["gbm"]
    start: Positive = 2000.0
    drift: Annotated[float, Field(ge=-100.0, le=100.0)] = 0.0  # annualised
    volatility: Annotated[float, Field(ge=0.0, le=100.0)] = 0.8  # annualised
    jump_intensity: Annotated[float, Field(ge=0.0, le=10_000.0)] = 0.0  # jumps a year
    jump_mean: Annotated[float, Field(ge=-10.0, le=10.0)] = 0.0  # mean log jump
    jump_std: Annotated[float, Field(ge=0.0, le=10.0)] = 0.0


Price = Annotated[ConstantPrice | PathPrice | CsvPrice | GbmPrice, Field(discriminator="source")]
PRICE_MODELS = {"constant": ConstantPrice, "path": PathPrice, "csv": CsvPrice, "gbm": GbmPrice}


class Congestion(Section):
    """More background demand for block space (`coinc.stress.fees`): x `factor` in the
    hours [from_hour, until_hour) and in any hour the collateral falls more than `on_drop`."""

    factor: Annotated[float, Field(ge=0.0, le=1_000.0)] = 1.0
    from_hour: Hour = -1
    until_hour: Hour = -1
    on_drop: Annotated[float, Field(gt=0.0, le=1.0)] | None = None


def _start(v: Any) -> Any:
    if isinstance(v, datetime | date):
        return v
    if not isinstance(v, str):
        raise ValueError("should be an ISO time like 2020-03-11T00:00:00Z")
    try:
        datetime.fromisoformat(v.replace("Z", "+00:00")).replace(tzinfo=UTC)
    except ValueError:
        raise ValueError("should be an ISO time like 2020-03-11T00:00:00Z") from None
    return v


TOP_LEVEL: dict[str, Any] = {
    "name": (str, "scenario"),
    "title": (str, ""),
    "description": (str, ""),
    "coins": (list[str], ...),
    "hours": (Annotated[int, Field(ge=1, le=MAX_HOURS)], ...),
    "start": (Any, "2024-01-01T00:00:00Z"),
    "price": (Price, ...),
    "congestion": (Congestion, None),
    "fees": (FeeMarket, None),
    "params": (dict[str, Annotated[int, Field(ge=0, le=MAX_WEI)]], None),
}
ENGINE_SECTIONS = {"price": None, "congestion": Congestion, "fees": FeeMarket}


# ------------------------------------------------------------------ assembly


def _merge(name: str, models: list[type[BaseModel]]) -> type[BaseModel]:
    """One model with the fields of all of `models` (the first definition of a key wins)."""
    fields: dict[str, Any] = {}
    for m in models:
        for key, info in m.model_fields.items():
            fields.setdefault(key, (info.annotation, info))
    return create_model(name, __base__=Section, **fields)


_SCHEMAS: dict[tuple[int, ...], tuple[type[BaseModel], dict[str, type[BaseModel]]]] = {}


def _schema(systems: tuple) -> tuple[type[BaseModel], dict[str, type[BaseModel]]]:
    """The scenario model for these systems, and the model of every section by name."""
    key = tuple(id(s) for s in systems)
    if key not in _SCHEMAS:
        _SCHEMAS[key] = _build(systems)
    return _SCHEMAS[key]


def _build(systems: tuple) -> tuple[type[BaseModel], dict[str, type[BaseModel]]]:
    sections: dict[str, list[type[BaseModel]]] = {}
    for s in systems:
        for name, model in s.sections.items():
            sections.setdefault(name, []).append(model)
    models = {name: (ms[0] if len(ms) == 1 else _merge(f"{name}_section", ms)) for name, ms in sections.items()}
    fields = dict(TOP_LEVEL)
    for name, model in models.items():
        if name in fields:
            raise UserError(f"a system declares the scenario section [{name}], which the engine owns")
        fields[name] = (model, None)
    scenario = create_model("Scenario", __base__=Section, **fields)
    by_name = {k: v for k, v in ENGINE_SECTIONS.items() if v is not None} | models
    return scenario, by_name


def validate(cfg: dict, where: str, systems: tuple, keys_from: dict[str, str] | None = None) -> None:
    """Raise UserError listing what is wrong with `cfg` (a scenario table) for the
    registry's `systems`, each line naming `where` (or, for a key given on the command
    line, `keys_from[key]`)."""
    scenario, sections = _schema(systems)
    table = {k: v for k, v in cfg.items() if not k.startswith("_")}
    problems: list[str] = []
    try:
        scenario.model_validate(table)
    except ValidationError as e:
        problems = [_describe(err, sections) for err in e.errors()]
    problems += _cross_checks(table, systems)
    if problems:
        lines = []
        for key, text in problems[:12]:
            origin = _origin(key, keys_from) or where
            lines.append(f"{origin}: {text}")
        more = len(problems) - 12
        raise UserError("\n".join(lines) + (f"\n... and {more} more" if more > 0 else ""))


def _origin(key: str, keys_from: dict[str, str] | None) -> str | None:
    if not keys_from:
        return None
    for k, src in keys_from.items():
        if key == k or key.startswith(k + ".") or k.startswith(key + "."):
            return src
    return None


def _cross_checks(table: dict, systems: tuple) -> list[tuple[str, str]]:
    """What one field's model cannot see: coin names, contract parameter names, the
    account budget."""
    out: list[tuple[str, str]] = []
    coins = table.get("coins")
    kinds = [s.name for s in systems if s.is_coin]
    if isinstance(coins, list):
        if not coins:
            out.append(("coins", f"`coins` must list some of {', '.join(kinds)}: it is empty"))
        for c in coins:
            if isinstance(c, str) and c not in kinds:
                out.append(("coins", f"`coins` must list some of {', '.join(kinds)}: `{c}` is not a coin"
                                     f"{_hint(c, kinds)}"))
    params = table.get("params")
    if isinstance(params, dict):
        known = {k: v for s in systems for k, v in s.defaults.items()}
        for name in params:
            if name not in known:
                out.append((f"params.{name}", f"`params.{name}` is not a contract parameter{_hint(name, known)}; "
                                              "see the `coinc deploy --system --param` names in docs/stablecoins.md"))
    agents = table.get("agents")
    if isinstance(agents, dict):
        total = 0
        for s in systems:
            for f in s.agents:
                n = agents.get(f.kind, 0)
                if isinstance(n, int) and not isinstance(n, bool):
                    total += n * f.accounts_each
        if total > MAX_ACCOUNTS:
            out.append(("agents", f"[agents] asks for {total} accounts in all; at most {MAX_ACCOUNTS}"))
    run = table.get("run")
    if isinstance(run, dict) and isinstance(run.get("coin"), str) and run["coin"] not in kinds:
        out.append(("run.coin", f"`run.coin` = {run['coin']!r}: should be one of {', '.join(kinds)}"))
    start = table.get("start")
    if start is not None:
        try:
            _start(start)
        except ValueError as e:
            out.append(("start", f"`start` = {start!r}: {e}"))
    return out


def _hint(name: str, options) -> str:
    from lang.errors import did_you_mean

    hint = did_you_mean(name, list(options))
    return f" ({hint})" if hint else ""


def _model_at(path: tuple, sections: dict[str, type[BaseModel]], table_source: str | None = None):
    if not path:
        return None
    if path[0] == "price":
        return PRICE_MODELS.get(table_source or "")
    return sections.get(path[0])


def _describe(err: dict, sections: dict[str, type[BaseModel]]) -> tuple[str, str]:
    """(dotted key, a sentence) for one pydantic error."""
    loc = [str(p) for p in err["loc"]]
    if len(loc) >= 2 and loc[0] == "price" and loc[1] in PRICE_MODELS:
        source, loc = loc[1], [loc[0], *loc[2:]]
    else:
        source = None
    if loc and loc[-1] == "from_":
        loc[-1] = "from"
    key = ".".join(loc)
    kind = err["type"]
    got = err.get("input")
    if kind == "extra_forbidden":
        parent = tuple(loc[:-1])
        if not parent:
            allowed = sorted(set(TOP_LEVEL) | set(sections))
            return key, (f"unknown section or key `{loc[-1]}`{_hint(loc[-1], allowed)}; "
                         f"allowed: {', '.join(allowed)}")
        model = _model_at(parent, sections, source)
        allowed = sorted(model.model_fields) if model is not None else []
        allowed = ["from" if a == "from_" else a for a in allowed]
        return key, (f"unknown key `{key}`{_hint(loc[-1], allowed)}; "
                     f"[{'.'.join(parent)}] takes {', '.join(allowed)}")
    if kind == "missing":
        return key, f"`{key}` is required"
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        tag = got.get("source") if isinstance(got, dict) else got
        what = "is missing" if tag is None else f"= {_show(tag)}"
        return f"{key}.source", f"`{key}.source` {what}: should be one of {', '.join(PRICE_MODELS)}"
    msg = err["msg"].replace("Input should be", "should be").replace("Value error, ", "")
    if kind.startswith("model_") and "dictionary" in err["msg"] or kind == "dict_type":
        return key, f"`{key}` should be a table ([{key}] or {key}.name = value), got {_show(got)}"
    return key, f"`{key}` = {_show(got)}: {msg}"


def _show(v: Any) -> str:
    text = repr(v)
    return text if len(text) <= 60 else text[:57] + "..."
