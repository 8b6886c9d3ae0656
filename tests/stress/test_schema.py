"""Scenario validation: every bad input (a file, --set, --sweep, --coins) is a clear
message naming where it came from, the key and what is allowed; exit 1, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coinc.cli import main
from coinc.stress import scenario as sc
from coinc.stress.schema import Section
from coinc.systems import registry

GOOD = """
coins = ["vault"]
hours = 4
start = "2024-06-01T00:00:00Z"
[price]
source = "constant"
value = 2000.0
[agents]
borrowers = 2
keepers = 1
"""


def _stress(*args: str):
    return CliRunner().invoke(main, ["stress", *args])


def _clear(r, *needles: str) -> None:
    assert r.exit_code == 1, r.output
    text = r.stderr
    assert "Traceback" not in r.output + text and "internal error" not in text, text
    for n in needles:
        assert n in text, text


# (what is added to a good file, what the message must say)
BAD_FILES = [
    ("hours = -5", ["`hours` = -5", "greater than or equal to 1"]),
    ('hours = "ten"', ["`hours` = 'ten'", "valid integer"]),
    ("hours = 2.5", ["`hours` = 2.5", "valid integer"]),
    ("hours = 1_000_000", ["`hours`", "less than or equal to 100000"]),
    ('coins = ["gold"]', ["`coins` must list some of fiat, vault, algo: `gold` is not a coin"]),
    ("coins = []", ["`coins` must list some of fiat, vault, algo: it is empty"]),
    ('start = "yesterday"', ["`start` = 'yesterday'", "ISO time"]),
    ('start = "2020-13-45T00:00:00Z"', ["`start`", "ISO time"]),
    ("[congestion]\nfactor = -1", ["`congestion.factor` = -1", "greater than or equal to 0"]),
    ('[congestion]\nfactor = "high"', ["`congestion.factor` = 'high'", "valid number"]),
    ("[congestion]\nfacto = 3", ["unknown key `congestion.facto`", "did you mean `factor`", "[congestion] takes"]),
    ("[congestion]\non_drop = 1.5", ["`congestion.on_drop` = 1.5", "less than or equal to 1"]),
    ("[oracl]\nmode = 'lag'", ["unknown section or key `oracl`", "did you mean `oracle`"]),
    ("[oracle]\nmode = 'sometimes'", ["`oracle.mode` = 'sometimes'", "'freeze' or 'lag'"]),
    ("[freeze]\nfraction = 1.5", ["`freeze.fraction` = 1.5", "less than or equal to 1"]),
    ("[freeze]\nhaircut = 0.1", ["`freeze.fraction` is required"]),
    ("[freeze]\nfraction = 0.1\nat_hour = -3", ["`freeze.at_hour` = -3"]),
    ("[psm]\nseed_gem = -1", ["`psm.seed_gem` = -1"]),
    ("[run]\nwaves = [1, -2]", ["`run.waves.1` = -2"]),
    ("[fees]\nblocks_per_hour = 0", ["`fees.blocks_per_hour` = 0"]),
    ("[fees]\nfiller_gas = 40_000_000", ["filler_gas (40000000) must fit in a block"]),
    ("[fees]\ngas_limit = 2_000_000", ["`fees.gas_limit` = 2000000", "greater than or equal to 10000000"]),
    ("[fees]\nnormal_gwei = 0", ["`fees.normal_gwei` = 0", "greater than 0"]),
    ('[params]\n"vault.oracle_delayy" = 3', ["`params.vault.oracle_delayy` is not a contract parameter",
                                             "did you mean `vault.oracle_delay`"]),
    ('[params]\n"vault.oracle_delay" = -3', ["`params.vault.oracle_delay` = -3"]),
]


def _file(tmp_path: Path, extra: str) -> Path:
    """The good file with `extra`: top-level keys replace the good ones, tables follow."""
    lines = GOOD.strip().splitlines()
    if not extra.startswith("["):
        key = extra.split("=")[0].strip()
        lines = [ln for ln in lines if not ln.startswith(key + " ")]
        text = extra + "\n" + "\n".join(lines)
    elif extra.startswith("[agents]") or extra.startswith("[price]"):
        text = "\n".join(lines) + "\n"  # not used: those tables are in GOOD
    else:
        text = "\n".join(lines) + "\n" + extra + "\n"
    f = tmp_path / "bad.toml"
    f.write_text(text)
    return f


@pytest.mark.parametrize("extra,needles", BAD_FILES, ids=[b[0].replace("\n", " ") for b in BAD_FILES])
def test_a_bad_scenario_file_is_a_clear_error(tmp_path: Path, extra, needles):
    f = _file(tmp_path, extra)
    _clear(_stress(str(f)), str(f), *needles)


BAD_OPTIONS = [
    (["--set", "hours=-3"], ["--set hours=-3", "`hours` = -3"]),
    (["--set", "agents.keepers=2.5"], ["--set agents.keepers=2.5", "valid integer"]),
    (["--set", "agents.keeper_margin=1.5"], ["`agents.keeper_margin` = 1.5", "less than or equal to 1"]),
    (["--set", "agents.borrowers=100000"], ["`agents.borrowers`", "less than or equal to 1000"]),
    (["--set", "agents.borowers=3"], ["unknown key `agents.borowers`", "did you mean `borrowers`"]),
    (["--set", "price.source=foo"], ["`price.source` = 'foo'", "constant, path, csv, gbm"]),
    (["--set", "price.volatility=-1"], ["unknown key `price.volatility`", "[price] takes"]),
    (["--set", "price=3"], ["`price` should be a table"]),
    (["--set", "oracle.mode=lagg"], ["--set oracle.mode=lagg", "'freeze' or 'lag'"]),
    (["--set", "start=2020-13-01"], ["--set start=2020-13-01", "ISO time"]),
    (["--sweep", "agents.keeper_margin=0.1,2"], ["--sweep agents.keeper_margin=2", "less than or equal to 1"]),
    (["--sweep", "congestion.factor=1,x"], ["--sweep congestion.factor=x", "valid number"]),
    (["--coins", "gold"], ["--coins", "unknown coin gold"]),
    (["--set", "run.coin=gold"], ["`run.coin` = 'gold'", "fiat, vault, algo"]),
    (["--runs", "100000000"], ["--runs must be 1-100,000"]),
    (["--workers", "0"], ["--workers must be 1-256"]),
]


@pytest.mark.parametrize("args,needles", BAD_OPTIONS, ids=[" ".join(a) for a, _ in BAD_OPTIONS])
def test_a_bad_option_value_is_a_clear_error(args, needles):
    _clear(_stress("black-thursday", *args), *needles)


def test_every_bundled_scenario_passes_the_schema():
    for name in sc.bundled():
        sc.load(name)


def test_a_file_with_several_mistakes_lists_them_all(tmp_path: Path):
    f = tmp_path / "bad.toml"
    f.write_text(GOOD.replace("hours = 4", "hours = 0") + "[congestion]\nfactor = -2\n[oracle]\nmode = 'x'\n")
    _clear(_stress(str(f)), "`hours`", "`congestion.factor`", "`oracle.mode`")


def test_each_system_contributes_its_sections():
    """The schema is assembled from the systems: their sections, and [agents] as the
    union of every system's agent keys; a section model forbids unknown keys."""
    names = {name for s in registry.all_systems() for name in s.sections}
    assert {"agents", "oracle", "freeze", "run", "psm"} <= names
    vault = registry.get("vault").sections["agents"]
    assert issubclass(vault, Section) and "keeper_gas_cap" in vault.model_fields
    # a key from the fiat system and one from the vault system are both valid [agents] keys
    cfg = sc.apply_sets(sc.load("black-thursday"), [("agents.holder_panic", 0.9), ("agents.keeper_margin", 0.1)])
    assert cfg["agents"]["holder_panic"] == 0.9


def test_an_out_of_tree_system_brings_its_own_keys(tmp_path: Path, monkeypatch):
    (tmp_path / "gold.py").write_text('''
from coinc.stress.schema import Frac, Section
from coinc.systems.base import System


class GoldSection(Section):
    vault_share: Frac = 0.5


SYSTEM = System(name="gold", label="gold", deploy=lambda d: None, sections={"gold": GoldSection})
''')
    monkeypatch.setenv(registry.PATH_ENV, str(tmp_path))
    cfg = sc.load("black-thursday")
    sc.apply_sets(cfg, [("gold.vault_share", 0.25)])
    r = _stress("black-thursday", "--set", "gold.vault_share=3")
    _clear(r, "`gold.vault_share` = 3", "less than or equal to 1")
