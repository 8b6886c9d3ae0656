"""anvil_dumpState / anvil_loadState (and `coinc node --state FILE`): the whole state as
hex of gzip-compressed JSON, and loading one back as on-chain dev operations (one block:
every account's balance, nonce and code, and every listed slot), merged into the chain's
state as anvil merges. Bounded: at most MAX_ACCOUNTS accounts and MAX_SLOTS slots, and
MAX_JSON bytes once decompressed (a small gzip cannot expand into a huge one)."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

from chain.api import ChainError
from chain.nesting import json_nesting_error
from chain.rpcvalues import InvalidParams, Method, parse_address, parse_data, parse_quantity
from chain.state import EMPTY_CODE_HASH

__all__ = ["StateDumpMethods", "dump_state", "load_state", "MAX_ACCOUNTS", "MAX_SLOTS", "MAX_JSON"]

MAX_ACCOUNTS = 100_000
MAX_SLOTS = 1_000_000
MAX_JSON = 256 * 1024 * 1024
FORMAT = "coinc-state-1"


def dump_state(node: Any) -> bytes:
    """The head state as gzip-compressed JSON."""
    dumped = node.store.dump_state(MAX_ACCOUNTS, MAX_SLOTS)
    if dumped is None:
        raise ChainError(f"the state has more than {MAX_ACCOUNTS} accounts or {MAX_SLOTS} slots: too large to dump")
    accounts, codes, storage = dumped
    out: dict[str, dict] = {}
    for address, (nonce, balance, code_hash) in sorted(accounts.items()):
        entry: dict[str, Any] = {"balance": hex(balance), "nonce": nonce}
        code = codes.get(code_hash, b"")
        if code:
            entry["code"] = "0x" + code.hex()
        out["0x" + address.hex()] = entry
    for (address, slot), value in sorted(storage.items()):
        out.setdefault("0x" + address.hex(), {"balance": "0x0", "nonce": 0}).setdefault("storage", {})[
            hex(slot)] = hex(value)
    text = json.dumps({"format": FORMAT, "block": node.head.number, "accounts": out}, sort_keys=True)
    return gzip.compress(text.encode(), mtime=0)


def load_state(node: Any, blob: bytes, what: str) -> int:
    """Apply a dump as one block of dev operations; returns the number of operations."""
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        text = inflater.decompress(blob, MAX_JSON)
        if inflater.unconsumed_tail:
            raise InvalidParams(f"{what}: more than {MAX_JSON} bytes once decompressed")
    except zlib.error as e:
        raise InvalidParams(f"{what}: not a gzip-compressed state dump: {e}") from None
    too_deep = json_nesting_error(text, what="state dump")
    if too_deep is not None:
        raise InvalidParams(f"{what}: {too_deep}")
    try:
        data = json.loads(text)
    except ValueError as e:
        raise InvalidParams(f"{what}: not JSON: {e}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("accounts"), dict):
        raise InvalidParams(f"{what}: not a {FORMAT} state dump (made by anvil_dumpState or --state)")
    accounts = data["accounts"]
    if len(accounts) > MAX_ACCOUNTS:
        raise InvalidParams(f"{what}: {len(accounts)} accounts, at most {MAX_ACCOUNTS}")
    ops: list[tuple] = []
    slots = 0
    for key, entry in accounts.items():
        address = parse_address(key, f"{what}: account")
        where = f"{what}: {key}"
        if not isinstance(entry, dict):
            raise InvalidParams(f"{where}: expected an account object")
        ops.append((address, parse_quantity(entry.get("balance", "0x0"), f"{where}.balance")))
        ops.append((address, parse_quantity(entry.get("nonce", 0), f"{where}.nonce", 64), b"nonce"))
        code = parse_data(entry["code"], f"{where}.code") if entry.get("code") else b""
        if code or node.state.account(address)[2] != EMPTY_CODE_HASH:
            ops.append((address, code, b"code"))
        storage = entry.get("storage") or {}
        if not isinstance(storage, dict):
            raise InvalidParams(f"{where}.storage: expected an object of slot -> value")
        slots += len(storage)
        if slots > MAX_SLOTS:
            raise InvalidParams(f"{what}: more than {MAX_SLOTS} storage slots")
        for slot, value in storage.items():
            ops.append((address, parse_quantity(value, f"{where}.storage[{slot}]"), b"slot",
                        parse_quantity(slot, f"{where}.storage slot")))
    if ops:
        node.load_dev_ops(ops)
    return len(ops)


class StateDumpMethods:
    def __init__(self, node: Any):
        self.node = node

    def methods(self) -> dict[str, Method]:
        return {
            "anvil_dumpState": Method(self._dump, 0, 0),
            "hardhat_dumpState": Method(self._dump, 0, 0),
            "anvil_loadState": Method(self._load, 1, 1),
            "hardhat_loadState": Method(self._load, 1, 1),
        }

    def _dev(self, name: str) -> None:
        genesis = getattr(self.node, "genesis", None)
        if genesis is None or not genesis.dev or not hasattr(self.node, "store"):
            raise ChainError(f"{name} is only available on a dev chain", -32601)

    def _dump(self, p: list) -> str:
        self._dev("anvil_dumpState")
        return "0x" + dump_state(self.node).hex()

    def _load(self, p: list) -> bool:
        self._dev("anvil_loadState")
        load_state(self.node, parse_data(p[0], "invalid argument 0 (state)"), "invalid argument 0 (state)")
        return True
