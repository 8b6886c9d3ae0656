"""Deploying contracts: the web3 path (`coinc deploy` FILE or --system) and the `Deployer`
that a system's recipe is written against, so one recipe runs on any chain (through web3
here, as signed transactions on the simulated chain in `coinc.stress.chainsim`)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coinc.args import convert_all
from coinc.client import Deployments, address_resolver, checksum_address, send_transaction
from coinc.errors import UserError
from lang.abi import type_string

# ---------------------------------------------------------------- compiled contracts


@functools.cache
def compiled_file(path: Path) -> dict[str, Any]:
    """The contracts of one .coin file, compiled once per process, by contract name."""
    from lang.compiler import compile_file

    return {c.name: c for c in compile_file(path)}


@functools.cache
def compiled_contracts() -> dict[str, Any]:
    """Every bundled contract, compiled once, by contract name."""
    from lang.compiler import BUNDLED_CONTRACTS

    out: dict[str, Any] = {}
    for path in sorted(BUNDLED_CONTRACTS.glob("*.coin")):
        out.update(compiled_file(path))
    return out


def find_contract(contract: str, sources: tuple[Path, ...] = ()) -> Any:
    """A contract by name: from the given .coin files first, else the bundled ones."""
    for path in sources:
        found = compiled_file(path).get(contract)
        if found is not None:
            return found
    found = compiled_contracts().get(contract)
    if found is None:
        raise UserError(f"no contract `{contract}` in the bundled contracts"
                        + (f" or in {', '.join(map(str, sources))}" if sources else ""))
    return found


# ---------------------------------------------------------------- one contract through web3


def deploy_compiled(conn, account, compiled, arg_texts: list[str], value: int, gas_limit: int | None,
                    deployments: Deployments, record_name: str, source: str) -> dict:
    """Deploy a compiled contract with text arguments and record it; returns a summary."""
    ctor = next((e for e in compiled.abi if e["type"] == "constructor"), {"inputs": []})
    values = convert_all(arg_texts, ctor["inputs"], address_resolver(deployments),
                         f"the constructor of {compiled.name}")
    return deploy_values(conn, account, compiled.name, compiled.abi, compiled.bytecode, values, value, gas_limit,
                         deployments, record_name, source)


def deploy_values(conn, account, name: str, abi: list, bytecode: bytes, values: list, value: int,
                  gas_limit: int | None, deployments: Deployments, record_name: str, source: str) -> dict:
    from eth_abi import encode

    ctor = next((e for e in abi if e["type"] == "constructor"), {"inputs": []})
    types = [type_string(i) for i in ctor["inputs"]]
    data = bytecode + encode(types, values)
    tx: dict = {"data": data, "value": value}
    if gas_limit:
        tx["gas"] = gas_limit
    tx_hash, receipt = send_transaction(conn, account, tx)
    if receipt["status"] != 1 or not receipt.get("contractAddress"):
        raise UserError(f"deploying {name} failed in transaction 0x{tx_hash.hex()} "
                        f"(gas used {receipt['gasUsed']:,})")
    address = receipt["contractAddress"]
    entry = {"address": address.lower() if isinstance(address, str) else address, "abi": abi,
             "transaction": "0x" + tx_hash.hex(), "block": receipt["blockNumber"], "contract": name,
             "source": source, "deployer": account.address}
    deployments.record(record_name, entry)
    return {"contract": name, "name": record_name, "address": checksum_address(entry["address"]),
            "deployer": account.address, "transaction": "0x" + tx_hash.hex(), "block": receipt["blockNumber"],
            "gas_used": receipt["gasUsed"], "chain_id": conn.chain_id, "abi": abi}


# ---------------------------------------------------------------- what a system recipe sees


@dataclass
class Deployed:
    system: str
    name: str
    contract: str
    address: str
    abi: list


class Deployer:
    """Deploys contracts and sends set-up calls with one signer, recording everything.

    Subclasses say how one contract is created and one call is sent; the recipes
    (`System.deploy`) see only `deploy`, `send`, `address`, `has`, `need` and `params`.
    `need(system)` runs another system's recipe once, where it is first needed: the
    reference dollar is deployed by the first market that quotes against it, so the
    addresses (and every gas figure after them) stay those of the original order."""

    def __init__(self, params: dict[str, int], sources: tuple[Path, ...] = (), recipes: dict | None = None):
        self.params = params
        self.sources = sources
        self.recipes = recipes or {}
        self.done: set[str] = set()
        self.deployed: list[Deployed] = []
        self.by_name: dict[str, Deployed] = {}

    @property
    def me(self) -> str:
        raise NotImplementedError

    def create(self, name: str, compiled, args: list, value: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def send(self, name: str, fn: str, *args: Any, value: int = 0) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def deploy(self, system: str, name: str, contract: str, *args: Any, value: int = 0) -> str:
        c = find_contract(contract, self.sources)
        d = Deployed(system, name, contract, self.create(name, c, list(args), value), c.abi)
        self.deployed.append(d)
        self.by_name[name] = d
        return d.address

    def address(self, name: str) -> str:
        return self.by_name[name].address

    def has(self, name: str) -> bool:
        return name in self.by_name

    def need(self, system: str) -> None:
        """Run `system`'s recipe unless it has run already."""
        if system not in self.done:
            self.done.add(system)
            self.recipes[system](self)

    def stable_pool(self, system: str, name: str, token: str, prefix: str) -> None:
        """A StableSwap pool of `token` (a deployed name) against the reference dollar, with
        `<prefix>.pool_amp`, `.pool_fee` and `.pool_liquidity` on each side from the deployer."""
        p = self.params
        self.need("usd")
        pool = self.deploy(system, name, "StableSwapPool", self.address(token), self.address("USD"),
                           p[f"{prefix}.pool_amp"], p[f"{prefix}.pool_fee"])
        amount = p[f"{prefix}.pool_liquidity"]
        self.send(token, "approve", pool, amount)
        self.send("USD", "approve", pool, amount)
        self.send(name, "add_liquidity", amount, amount, 0)


class Web3Deployer(Deployer):
    """The recipes through web3, recorded in DATA_DIR/deployments.json."""

    def __init__(self, conn, account, params: dict[str, int], sources: tuple[Path, ...] = (),
                 recipes: dict | None = None):
        super().__init__(params, sources, recipes)
        self.conn = conn
        self.account = account
        self.deployments = Deployments(conn.data_dir, conn.chain_id, conn.endpoint)

    @property
    def me(self) -> str:
        return self.account.address

    def create(self, name: str, compiled, args: list, value: int) -> str:
        result = deploy_values(self.conn, self.account, compiled.name, compiled.abi, compiled.bytecode, args, value,
                               None, self.deployments, name, f"contracts ({compiled.name})")
        return result["address"]

    def send(self, name: str, fn: str, *args: Any, value: int = 0) -> Any:
        d = self.by_name[name]
        contract = self.conn.w3.eth.contract(address=d.address, abi=d.abi)
        data = contract.functions[fn](*args)._encode_transaction_data()
        _, receipt = send_transaction(self.conn, self.account, {"to": d.address, "data": data, "value": value})
        if receipt["status"] != 1:
            raise UserError(f"setting up {name}: {fn} reverted")
        return receipt


def print_deployed(out, chain_id: int, deployed: list[Deployed], as_json: bool) -> None:
    if as_json:
        out.print(json.dumps([{"system": x.system, "name": x.name, "contract": x.contract,
                               "address": x.address, "abi": x.abi} for x in deployed]), markup=False)
        return
    from rich.table import Table

    t = Table(title=f"deployed on chain {chain_id}", show_edge=False)
    for col in ("system", "name", "contract", "address"):
        t.add_column(col)
    for x in deployed:
        t.add_row(x.system, x.name, x.contract, x.address)
    out.print(t)
