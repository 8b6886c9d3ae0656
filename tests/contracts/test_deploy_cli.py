"""`coinc deploy --system all --json` through the CLI, then the deployed contracts answer
their views through `coinc call` against the same data directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from coinc.cli import main
from coinc.stress.model import WAD
from coinc.systems.registry import defaults

DEFAULTS = defaults()


EXPECTED = {
    "fiat": {"FiatCoin": "FiatCoin", "FiatPool": "StableSwapPool"},
    "usd": {"USD": "ReferenceDollar"},
    "vault": {"CollateralOracle": "PriceOracle", "CollateralOSM": "DelayedOracle", "VaultCoin": "MintableToken",
              "VaultEngine": "VaultEngine", "VaultPool": "StableSwapPool", "PSM": "PegStabilityModule",
              "WrappedCollateral": "WrappedCoin", "CollateralPool": "ConstantProductPool"},
    "algo": {"AlgoStable": "MintableToken", "ShareToken": "MintableToken", "ShareOracle": "PriceOracle",
             "SwapModule": "SwapModule", "AlgoPool": "StableSwapPool", "SharePool": "ConstantProductPool",
             "DepositPool": "DepositPool"},
}


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    data = tmp_path_factory.mktemp("chain") / "data"
    r = run("deploy", "--system", "all", "--json", "--data-dir", str(data))
    assert r.exit_code == 0, r.output
    return data, json.loads(r.output)


def call(data: Path, target: str, fn: str):
    r = run("call", target, fn, "--json", "--data-dir", str(data))
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def as_int(v) -> int:
    return int(v)


def test_json_lists_every_contract_with_system_name_address_abi(deployed):
    _, items = deployed
    assert isinstance(items, list) and items
    for item in items:
        assert {"system", "name", "contract", "address", "abi"} <= set(item)
        assert item["address"].startswith("0x") and len(item["address"]) == 42
        assert isinstance(item["abi"], list) and any(e["type"] == "function" for e in item["abi"])
    got: dict[str, dict[str, str]] = {}
    for item in items:
        got.setdefault(item["system"], {})[item["name"]] = item["contract"]
    assert got == EXPECTED
    assert len({i["address"] for i in items}) == len(items)  # one contract per entry


@pytest.mark.parametrize("target, fn, expected", [
    ("FiatCoin", "totalSupply()", DEFAULTS["fiat.initial_supply"]),
    ("FiatCoin", "get_reserves()", DEFAULTS["fiat.reserves"]),
    ("FiatCoin", "decimals()", 18),
    ("USD", "decimals()", 18),
    ("CollateralOracle", "price()", DEFAULTS["vault.collateral_price"]),
    ("CollateralOSM", "price()", DEFAULTS["vault.collateral_price"]),
    ("CollateralOSM", "get_delay()", DEFAULTS["vault.oracle_delay"]),
    ("VaultEngine", "collateral_of(0)", DEFAULTS["vault.deployer_collateral"]),
    ("VaultCoin", "totalSupply()", DEFAULTS["vault.deployer_debt"]),
    ("VaultPool", "totalSupply()", None),
    ("PSM", "gem_held()", 0),
    ("ShareOracle", "price()", DEFAULTS["algo.share_price"]),
    ("AlgoStable", "totalSupply()", DEFAULTS["algo.stable_supply"]),
    ("ShareToken", "totalSupply()", DEFAULTS["algo.share_supply"]),
    ("SwapModule", "get_delta()", 0),
])
def test_deployed_contracts_answer_their_views(deployed, target, fn, expected):
    data, _ = deployed
    if target == "VaultEngine":
        fn = "collateral_of(" + _deployer(deployed) + ")"
    value = call(data, target, fn)
    if expected is None:
        assert as_int(value) > 0
    else:
        assert as_int(value) == expected


def _deployer(deployed) -> str:
    from chain.genesis import dev_addresses

    return "0x" + dev_addresses()[0].hex()


def test_markets_are_seeded_and_wired(deployed):
    data, items = deployed
    addr = {i["name"]: i["address"].lower() for i in items}
    # the engine and the PSM mint the vault coin; the swap module mints both algo tokens
    assert call(data, "VaultCoin", f"is_minter({addr['VaultEngine']})") is True
    assert call(data, "VaultCoin", f"is_minter({addr['PSM']})") is True
    assert call(data, "AlgoStable", f"is_minter({addr['SwapModule']})") is True
    assert call(data, "ShareToken", f"is_minter({addr['SwapModule']})") is True
    # StableSwap pools hold the seeded liquidity 1:1 and price near $1
    for pool in ("FiatPool", "VaultPool", "AlgoPool"):
        reserves = [as_int(x) for x in call(data, pool, "get_reserves()")]
        assert reserves[0] == reserves[1] > 0
        assert abs(as_int(call(data, pool, "price0()")) - WAD) < WAD // 1000
    # the share pool prices SHARE at share_pool_usd / share_pool_share (= $80)
    price = as_int(call(data, "SharePool", "price0()"))
    assert price == DEFAULTS["algo.share_pool_usd"] * WAD // DEFAULTS["algo.share_pool_share"]
    debt = as_int(call(data, "VaultEngine", "system_debt()"))
    assert debt >= DEFAULTS["vault.deployer_debt"]
