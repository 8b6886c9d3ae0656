"""`coinc demo`: compile every bundled contract, then run Counter and Token on the VM."""

from __future__ import annotations

import json
from pathlib import Path

from eth_abi import decode, encode
from rich.console import Console
from rich.table import Table

from lang.abi import decode_revert, selector_of
from lang.compiler import BUNDLED_CONTRACTS, compile_file
from vm.interpreter import VM
from vm.memhost import MemoryHost
from vm.message import Message

ALICE = bytes.fromhex("f39fd6e51aad88f6f4ce6ab8827279cfffb92266")
BOB = bytes.fromhex("70997970c51812dc3a010c7d01b50e0d17dc79c8")


def run_demo(console: Console, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    table = Table(title="bundled contracts", show_edge=False)
    for col in ("file", "contract", "runtime bytes", "functions"):
        table.add_column(col)
    compiled = {}
    for path in sorted(BUNDLED_CONTRACTS.glob("*.coin")):
        for c in compile_file(path):
            (out_dir / f"{c.name}.json").write_text(json.dumps(c.artifact(), indent=2) + "\n")
            compiled[c.name] = c
            table.add_row(path.name, c.name, str(len(c.deployed_bytecode)),
                          str(sum(1 for f in c.checked.functions.values() if f.is_pub)))
    console.print(table)
    console.print(f"artifacts written to {out_dir}/\n")

    host = MemoryHost()
    for who in (ALICE, BOB):
        host.set_balance(who, 10**22)
    vm = VM(host)
    runs = Table(title="Counter and Token on the Coin VM", show_edge=False)
    for col in ("step", "result", "gas"):
        runs.add_column(col)

    def deploy(name: str, types: list[str], args: list, address: bytes) -> None:
        host.begin_transaction(ALICE, address)
        r = vm.create(ALICE, address, compiled[name].bytecode + encode(types, args), 0, 5_000_000)
        if not r.success:
            raise RuntimeError(f"deploying {name} failed: {r.error}")
        runs.add_row(f"deploy {name}", "0x" + address.hex(), f"{5_000_000 - r.gas_left:,}")

    def call(sender: bytes, to: bytes, sig: str, types: list[str], args: list, out: list[str]) -> None:
        host.begin_transaction(sender, to)
        r = vm.call(Message(sender, to, 0, selector_of(sig) + encode(types, args), 1_000_000))
        if r.success:
            shown = ", ".join(str(v) for v in decode(out, r.output)) if out else "ok"
        else:
            shown = f"reverted: {_reason(r.output)}"
        runs.add_row(sig, shown, f"{1_000_000 - r.gas_left:,}")

    counter, token = b"\xc0" * 20, b"\x70" * 20
    deploy("Counter", ["uint256"], [10], counter)
    call(ALICE, counter, "bump(uint256)", ["uint256"], [5], ["uint256"])
    call(BOB, counter, "bump(uint256)", ["uint256"], [0], ["uint256"])
    call(ALICE, counter, "get()", [], [], ["uint256"])
    deploy("DemoToken", ["uint256"], [1_000_000 * 10**18], token)
    call(ALICE, token, "transfer(address,uint256)", ["address", "uint256"],
         ["0x" + BOB.hex(), 250 * 10**18], ["bool"])
    call(ALICE, token, "balanceOf(address)", ["address"], ["0x" + BOB.hex()], ["uint256"])
    call(BOB, token, "transfer(address,uint256)", ["address", "uint256"],
         ["0x" + ALICE.hex(), 10**24], ["bool"])
    call(ALICE, token, "symbol()", [], [], ["string"])
    console.print(runs)


def _reason(data: bytes) -> str:
    reason = decode_revert(data)
    return repr(reason) if reason is not None else "0x" + data.hex()
