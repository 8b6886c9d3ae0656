"""Whole stablecoin systems: `coinc deploy --system fiat|vault|algo|all`.

Each system is deployed in dependency order with named default parameters (override
any with `--param name=value`), roles given to the deployer, and initial liquidity in
its markets, so every coin has an on-chain price against the reference dollar."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from coinc.args import parse_int
from coinc.errors import UserError

WAD = 10**18
DAY = 86_400
# 2% a year as a per-second ray: (1.02) ** (1 / 31_536_000)
TWO_PERCENT_A_YEAR = 1_000_000_000_627_937_192_491_029_810

DEFAULTS: dict[str, int] = {
    # fiat-backed coin (USDC-like)
    "fiat.max_attestation_age": 7 * DAY,
    "fiat.reserves": 10_000_000 * WAD,
    "fiat.minter_allowance": 10_000_000 * WAD,
    "fiat.initial_supply": 5_000_000 * WAD,
    "fiat.pool_amp": 200,
    "fiat.pool_fee": 4_000_000,  # 0.04% in Curve's 1e-10 units
    "fiat.pool_liquidity": 2_000_000 * WAD,
    # crypto-collateralised coin (Maker/Liquity-like)
    "vault.collateral_price": 2_000 * WAD,
    "vault.oracle_max_age": DAY,
    "vault.oracle_delay": 3_600,
    "vault.liquidation_ratio": 15 * WAD // 10,
    "vault.liquidation_penalty": 13 * WAD // 100,
    "vault.stability_fee": TWO_PERCENT_A_YEAR,
    "vault.debt_ceiling": 100_000_000 * WAD,
    "vault.dust": 100 * WAD,
    "vault.auction_duration": 3 * 3_600,
    "vault.auction_buffer": 12 * WAD // 10,
    "vault.deployer_collateral": 2_000 * WAD,
    "vault.deployer_debt": 1_500_000 * WAD,
    "vault.pool_amp": 100,
    "vault.pool_fee": 4_000_000,
    "vault.pool_liquidity": 1_000_000 * WAD,
    "vault.psm_fee_in": 0,
    "vault.psm_fee_out": WAD // 1000,
    "vault.psm_line": 50_000_000 * WAD,
    # algorithmic coin (Terra-like)
    "algo.share_price": 80 * WAD,
    "algo.oracle_max_age": DAY,
    "algo.base_pool": 5_000_000 * WAD,
    "algo.recovery_period": 216,  # Terra's 36 blocks of ~6 s
    "algo.min_spread": 5 * WAD // 1000,
    "algo.stable_supply": 3_000_000 * WAD,
    "algo.share_supply": 1_000_000 * WAD,
    "algo.pool_amp": 100,
    "algo.pool_fee": 4_000_000,
    "algo.pool_liquidity": 1_000_000 * WAD,
    "algo.share_pool_share": 50_000 * WAD,
    "algo.share_pool_usd": 4_000_000 * WAD,
    # the reference dollar
    "usd.deployer_supply": 100_000_000 * WAD,
}

SYSTEMS = ("fiat", "vault", "algo")


@functools.cache
def compiled_contracts() -> dict[str, Any]:
    """Every bundled contract, compiled once, by contract name."""
    from lang.compiler import BUNDLED_CONTRACTS, compile_file

    out = {}
    for path in sorted(BUNDLED_CONTRACTS.glob("*.coin")):
        for c in compile_file(path):
            out[c.name] = c
    return out


def parse_params(items: tuple[str, ...]) -> dict[str, int]:
    params = dict(DEFAULTS)
    for item in items:
        if "=" not in item:
            raise UserError(f"--param takes name=value, got `{item}`")
        name, value = item.split("=", 1)
        name = name.strip()
        if name not in DEFAULTS:
            from lang.errors import did_you_mean

            hint = did_you_mean(name, DEFAULTS)
            raise UserError(f"unknown parameter `{name}`" + (f" ({hint})" if hint else "")
                            + "; see docs/stablecoins.md for the list")
        params[name] = parse_int(value)
    return params


@dataclass
class Deployed:
    system: str
    name: str
    contract: str
    address: str
    abi: list


class SystemDeployer:
    """Deploys contracts and sends set-up calls with one signer, recording everything."""

    def __init__(self, conn, account, params: dict[str, int]):
        from coinc.client import Deployments

        self.conn = conn
        self.account = account
        self.params = params
        self.deployments = Deployments(conn.data_dir, conn.chain_id)
        self.deployed: list[Deployed] = []
        self.by_name: dict[str, Deployed] = {}

    def deploy(self, system: str, name: str, contract: str, *args: Any, value: int = 0) -> str:
        from coinc.chain_cmds import deploy_values

        c = compiled_contracts()[contract]
        result = deploy_values(self.conn, self.account, contract, c.abi, c.bytecode, list(args), value, None,
                               self.deployments, name, f"contracts ({contract})")
        d = Deployed(system, name, contract, result["address"], c.abi)
        self.deployed.append(d)
        self.by_name[name] = d
        return d.address

    def send(self, name: str, fn: str, *args: Any, value: int = 0) -> Any:
        from coinc.client import send_transaction

        d = self.by_name[name]
        contract = self.conn.w3.eth.contract(address=d.address, abi=d.abi)
        data = contract.functions[fn](*args)._encode_transaction_data()
        _, receipt = send_transaction(self.conn, self.account, {"to": d.address, "data": data, "value": value})
        if receipt["status"] != 1:
            raise UserError(f"setting up {name}: {fn} reverted")
        return receipt

    def reference_dollar(self) -> str:
        if "USD" not in self.by_name:
            self.deploy("usd", "USD", "ReferenceDollar")
            self.send("USD", "mint", self.account.address, self.params["usd.deployer_supply"])
        return self.by_name["USD"].address

    def stable_pool(self, system: str, name: str, token: str, prefix: str) -> None:
        p = self.params
        usd = self.reference_dollar()
        pool = self.deploy(system, name, "StableSwapPool", token, usd, p[f"{prefix}.pool_amp"], p[f"{prefix}.pool_fee"])
        amount = p[f"{prefix}.pool_liquidity"]
        token_name = next(d.name for d in self.deployed if d.address == token)
        self.send(token_name, "approve", pool, amount)
        self.send("USD", "approve", pool, amount)
        self.send(name, "add_liquidity", amount, amount, 0)

    # ---- the three systems
    def fiat(self) -> None:
        p = self.params
        me = self.account.address
        fiat = self.deploy("fiat", "FiatCoin", "FiatCoin", "Coin USD", "CUSD", p["fiat.max_attestation_age"])
        self.send("FiatCoin", "attest_reserves", p["fiat.reserves"])
        self.send("FiatCoin", "configure_minter", me, p["fiat.minter_allowance"])
        self.send("FiatCoin", "mint", me, p["fiat.initial_supply"])
        self.stable_pool("fiat", "FiatPool", fiat, "fiat")

    def vault(self) -> None:
        p = self.params
        oracle = self.deploy("vault", "CollateralOracle", "PriceOracle", "COIN/USD", p["vault.collateral_price"],
                             p["vault.oracle_max_age"])
        osm = self.deploy("vault", "CollateralOSM", "DelayedOracle", oracle, p["vault.oracle_delay"])
        coin = self.deploy("vault", "VaultCoin", "MintableToken", "Coin Dai", "CDAI", 18)
        self.deploy("vault", "VaultEngine", "VaultEngine", coin, osm, p["vault.liquidation_ratio"],
                    p["vault.liquidation_penalty"], p["vault.stability_fee"], p["vault.debt_ceiling"],
                    p["vault.dust"], p["vault.auction_duration"], p["vault.auction_buffer"])
        engine = self.by_name["VaultEngine"].address
        self.send("VaultCoin", "set_minter", engine, True)
        if p["vault.deployer_collateral"]:
            self.send("VaultEngine", "deposit", value=p["vault.deployer_collateral"])
        if p["vault.deployer_debt"]:
            self.send("VaultEngine", "borrow", p["vault.deployer_debt"])
        self.stable_pool("vault", "VaultPool", coin, "vault")
        if "FiatCoin" in self.by_name:
            psm = self.deploy("vault", "PSM", "PegStabilityModule", self.by_name["FiatCoin"].address, coin,
                              p["vault.psm_fee_in"], p["vault.psm_fee_out"], p["vault.psm_line"])
            self.send("VaultCoin", "set_minter", psm, True)

    def algo(self) -> None:
        p = self.params
        me = self.account.address
        stable = self.deploy("algo", "AlgoStable", "MintableToken", "Algo USD", "AUSD", 18)
        share = self.deploy("algo", "ShareToken", "MintableToken", "Algo Share", "SHARE", 18)
        oracle = self.deploy("algo", "ShareOracle", "PriceOracle", "SHARE/USD", p["algo.share_price"],
                             p["algo.oracle_max_age"])
        module = self.deploy("algo", "SwapModule", "SwapModule", stable, share, oracle, p["algo.base_pool"],
                             p["algo.recovery_period"], p["algo.min_spread"])
        for token, supply in (("AlgoStable", p["algo.stable_supply"]), ("ShareToken", p["algo.share_supply"])):
            self.send(token, "set_minter", module, True)
            self.send(token, "set_minter", me, True)
            self.send(token, "mint", me, supply)
            self.send(token, "set_minter", me, False)
        self.stable_pool("algo", "AlgoPool", stable, "algo")
        usd = self.reference_dollar()
        pool = self.deploy("algo", "SharePool", "ConstantProductPool", share, usd, 30)
        self.send("ShareToken", "approve", pool, p["algo.share_pool_share"])
        self.send("USD", "approve", pool, p["algo.share_pool_usd"])
        self.send("SharePool", "add_liquidity", p["algo.share_pool_share"], p["algo.share_pool_usd"], 0)


def deploy_systems(conn, account, which: str, out, as_json: bool, params: dict[str, int] | None = None
                   ) -> list[Deployed]:
    d = SystemDeployer(conn, account, params or dict(DEFAULTS))
    for system in (SYSTEMS if which == "all" else (which,)):
        getattr(d, system)()
    if out is not None:
        if as_json:
            out.print(json.dumps([{"system": x.system, "name": x.name, "contract": x.contract,
                                   "address": x.address, "abi": x.abi} for x in d.deployed]), markup=False)
        else:
            from rich.table import Table

            t = Table(title=f"deployed on chain {conn.chain_id}", show_edge=False)
            for col in ("system", "name", "contract", "address"):
                t.add_column(col)
            for x in d.deployed:
                t.add_row(x.system, x.name, x.contract, x.address)
            out.print(t)
    return d.deployed
