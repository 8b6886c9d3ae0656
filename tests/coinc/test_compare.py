"""`coinc compare`: the same contract and calls on the Coin VM and on py-evm (in-process)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from coinc.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_counter_behaves_the_same_on_both_targets():
    r = CliRunner().invoke(main, ["compare", str(ROOT / "contracts/counter.coin"), "10", "--json",
                                  "--call", "bump(5)", "--call", "bump(0)", "--call", "of(@0)"])
    assert r.exit_code == 0, r.output + r.stderr
    rows = json.loads(r.output)
    assert all(row["same"] for row in rows)
    by_step = {row["step"]: row for row in rows}
    assert by_step["bump(0)"]["coin"] == "revert: by must be positive"
    assert by_step["bump(5)"]["coin"].startswith("15 [Bumped(")
    # gas follows Ethereum's schedule on the Coin VM: within a few percent of the EVM's
    coin_gas, evm_gas = by_step["bump(5)"]["coin_gas"], by_step["bump(5)"]["evm_gas"]
    assert abs(coin_gas - evm_gas) / evm_gas < 0.1


def test_a_difference_is_flagged_and_fails(tmp_path: Path):
    src = tmp_path / "long.coin"
    src.write_text("""
contract Echo {
    storage note: string
    pub fn set(s: string) { self.note = s }
    pub view fn get() -> string { return self.note }
}
""")
    long_text = "x" * 300  # Coin strings are unbounded; the EVM target's are String[256]
    r = CliRunner().invoke(main, ["compare", str(src), "--call", f'set("{long_text}")'])
    assert r.exit_code == 1
    assert "DIFFERENT" in r.output
    assert "behaved differently" in r.stderr


def test_a_scenario_replays_identically_on_the_evm():
    """Every transaction of a stress run, replayed on py-evm with EVM code, has the same
    status and the same events (and gas within a few percent in total)."""
    for name, hours in (("black-thursday", 5), ("algorithmic-run", 5)):
        r = CliRunner().invoke(main, ["compare", name, "--hours", str(hours), "--json"])
        assert r.exit_code == 0, r.output + r.stderr
        doc = json.loads(r.output)
        totals = doc["totals"]
        assert totals["transactions"] > 50
        assert totals["same"] == totals["transactions"] and doc["differences"] == []
        assert 0.8 < totals["gas_ratio"] < 1.2


def test_a_scenario_cannot_go_to_an_endpoint():
    r = CliRunner().invoke(main, ["compare", "reserve-freeze", "--against", "http://127.0.0.1:1"])
    assert r.exit_code == 1 and "in-process EVM" in r.stderr
