"""Ethereum ABI pieces: keccak, selectors, the JSON ABI, `Error(string)` revert data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vm.hashing import keccak

if TYPE_CHECKING:
    from lang.checker import CheckedContract

from lang import types as T

ERROR_SELECTOR = bytes.fromhex("08c379a0")  # keccak("Error(string)")[:4]
PANIC_SELECTOR = bytes.fromhex("4e487b71")  # keccak("Panic(uint256)")[:4]


def selector_of(signature: str) -> bytes:
    return keccak(signature.encode())[:4]


def error_data(message: bytes) -> bytes:
    """Revert data for `revert("message")`, exactly as Solidity encodes it.

    `Error(string)` and `Error(bytes)` share one layout (offset, length, padded bytes), so
    this is written out here rather than importing eth_abi, which costs the compiler
    ~0.2 s of start-up."""
    padded = message + b"\0" * (-len(message) % 32)
    return ERROR_SELECTOR + (32).to_bytes(32, "big") + len(message).to_bytes(32, "big") + padded


def _io(name: str, ty: T.Type) -> dict:
    return {"name": name, **T.abi_components(ty)}


def contract_abi(c: CheckedContract) -> list[dict]:
    """The Ethereum JSON ABI of a checked contract."""
    out: list[dict] = []
    if c.init is not None:
        out.append({
            "type": "constructor",
            "inputs": [_io(n, t) for n, t in c.init.params],
            "stateMutability": "payable" if c.init.is_payable else "nonpayable",
        })
    for f in c.functions.values():
        if not f.is_pub:
            continue
        if f.name == "receive":
            out.append({"type": "receive", "stateMutability": "payable"})
            continue
        out.append({
            "type": "function",
            "name": f.name,
            "inputs": [_io(n, t) for n, t in f.params],
            "outputs": [_io("", f.returns)] if f.returns is not None else [],
            "stateMutability": "view" if f.is_view else ("payable" if f.is_payable else "nonpayable"),
        })
    for ev in c.events.values():
        out.append({
            "type": "event",
            "name": ev.name,
            "inputs": [{**_io(n, t), "indexed": ix} for n, t, ix in ev.params],
            "anonymous": False,
        })
    return out
