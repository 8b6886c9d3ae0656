"""Which systems exist: the bundled ones, then any found out of tree. `coinc deploy
--system`, the scenario check, the stress engine, the metrics and the report all read
this registry, so a system added here is deployable and stressable by the unchanged CLI.

Out-of-tree systems are found two ways, read afresh whenever they change:

* `COINC_SYSTEMS_PATH`: directories (separated like PATH) whose `*.py` modules each
  define `SYSTEM = System(...)`, next to their `.coin` files. For a system that lives
  beside its scenario in a working directory, without packaging.
* the `coinc.systems` entry-point group: an installed package's
  `[project.entry-points."coinc.systems"] name = "pkg.module:SYSTEM"`.

A name may be registered once; a clash is an error, not a silent override."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from coinc.args import parse_int
from coinc.deploy import Deployed, Deployer, Web3Deployer, print_deployed
from coinc.errors import UserError
from coinc.systems import algo, fiat, usd, vault
from coinc.systems.base import System
from lang.errors import did_you_mean

BUNDLED: tuple[System, ...] = (fiat.SYSTEM, vault.SYSTEM, algo.SYSTEM, usd.SYSTEM)
PATH_ENV = "COINC_SYSTEMS_PATH"
ENTRY_POINT_GROUP = "coinc.systems"

_loaded: dict[str, tuple[System, ...]] = {}


def _from_file(path: Path) -> System:
    spec = importlib.util.spec_from_file_location(f"coinc_system_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise UserError(f"{path}: not a Python module ({PATH_ENV})")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as e:
        raise UserError(f"{path}: cannot load this system module ({PATH_ENV}): {type(e).__name__}: {e}") from None
    system = getattr(module, "SYSTEM", None)
    if not isinstance(system, System):
        raise UserError(f"{path}: defines no `SYSTEM = System(...)` ({PATH_ENV})")
    return system


def _external() -> list[tuple[str, System]]:
    from importlib.metadata import entry_points  # slow to import: only once systems are listed

    found: list[tuple[str, System]] = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            system = entry.load()
        except Exception as e:
            raise UserError(f"entry point {entry.name} = {entry.value} ({ENTRY_POINT_GROUP}): "
                            f"{type(e).__name__}: {e}") from None
        if not isinstance(system, System):
            raise UserError(f"entry point {entry.name} = {entry.value} ({ENTRY_POINT_GROUP}) is not a System")
        found.append((f"entry point {entry.value}", system))
    for folder in filter(None, os.environ.get(PATH_ENV, "").split(os.pathsep)):
        directory = Path(folder)
        if not directory.is_dir():
            raise UserError(f"{PATH_ENV}: {directory} is not a directory")
        for path in sorted(directory.glob("*.py")):
            if not path.name.startswith("_"):
                found.append((str(path), _from_file(path)))
    return found


def all_systems() -> tuple[System, ...]:
    """Every system, in the order their recipes and hooks run: bundled first."""
    key = os.environ.get(PATH_ENV, "")
    if key not in _loaded:
        systems = list(BUNDLED)
        names = {s.name: "the bundled systems" for s in systems}
        for where, system in _external():
            if system.name in names:
                raise UserError(f"{where}: a system named `{system.name}` is already registered "
                                f"(by {names[system.name]})")
            names[system.name] = where
            systems.append(system)
        _loaded[key] = tuple(systems)
    return _loaded[key]


def names() -> list[str]:
    return [s.name for s in all_systems()]


def coin_names() -> list[str]:
    """The systems a scenario can list in `coins`."""
    return [s.name for s in all_systems() if s.is_coin]


def get(name: str) -> System:
    for s in all_systems():
        if s.name == name:
            return s
    hint = did_you_mean(name, names())
    raise UserError(f"unknown system `{name}`" + (f" ({hint})" if hint else "")
                    + f"; known: {', '.join(names())}")


def defaults() -> dict[str, int]:
    out: dict[str, int] = {}
    for s in all_systems():
        out.update(s.defaults)
    return out


def with_overrides(overrides: dict[str, int], unknown: str) -> dict[str, int]:
    """The defaults of every system with `overrides`; an unknown name is refused with the
    message `unknown` (formatted with the name), a suggestion and where the list is."""
    params = defaults()
    for name, value in overrides.items():
        if name not in params:
            hint = did_you_mean(name, params)
            raise UserError(unknown.format(name=name) + (f" ({hint})" if hint else "")
                            + "; see the `coinc deploy --system --param` names in docs/stablecoins.md")
        params[name] = value
    return params


def parse_params(items: tuple[str, ...]) -> dict[str, int]:
    """`--param name=value` items over the defaults."""
    overrides: dict[str, int] = {}
    for item in items:
        if "=" not in item:
            raise UserError(f"--param takes name=value, got `{item}`")
        name, value = item.split("=", 1)
        overrides[name.strip()] = parse_int(value)
    return with_overrides(overrides, "unknown parameter `{name}`")


def sources(systems: list[System]) -> tuple[Path, ...]:
    return tuple(p for s in systems for p in s.sources)


def recipes() -> dict:
    return {s.name: s.deploy for s in all_systems()}


def deploy(d: Deployer, wanted: list[str]) -> None:
    """Run the recipes of `wanted` (and what they need) in registry order."""
    for s in all_systems():
        if s.name in wanted:
            d.need(s.name)


def deploy_systems(conn, account, which: str, out, as_json: bool, params: dict[str, int] | None = None
                   ) -> list[Deployed]:
    """`coinc deploy --system NAME|all`: `all` is every coin system."""
    wanted = coin_names() if which == "all" else [get(which).name]
    chosen = [get(n) for n in wanted]
    d = Web3Deployer(conn, account, params or defaults(), sources(chosen), recipes())
    deploy(d, wanted)
    if out is not None:
        print_deployed(out, conn.chain_id, d.deployed, as_json)
    return d.deployed
