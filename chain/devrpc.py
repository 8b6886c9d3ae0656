"""Node-inspection methods dev tools ask for: txpool_status / txpool_content /
txpool_inspect (geth's shapes: pending = executable now, queued = behind a nonce gap),
eth_coinbase, and eth_createAccessList (the accounts and slots a call touches, from its
EIP-2929 access sets, with the gas it uses given that list)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chain.api import BlockTag, CallRequest, ChainError
from chain.executor import simulate
from chain.rpcvalues import (
    InvalidParams,
    Method,
    _describe,
    _hx,
    _slot_hex,
    format_transaction,
    parse_address,
    parse_data,
    parse_quantity,
)
from chain.types import ZERO_ADDRESS, Transaction
from vm.message import Result
from vm.trace import Tracer

__all__ = ["InspectionMethods", "MAX_POOL_LISTED"]

MAX_POOL_LISTED = 10_000  # transactions one txpool_content / inspect answer lists
MAX_CODE_SIZE = 2 * 24_576  # bytes of code anvil_setCode installs (EIP-3860's init code limit)
MAX_INTERVAL = 86_400  # seconds between interval-mined blocks


class _AccessSets(Tracer):
    """Copies the state's EIP-2929 access sets when the top call ends, before the
    simulation is undone."""

    steps = False

    def __init__(self, state: Any):
        self.state = state
        self.accounts: set[bytes] = set()
        self.slots: set[tuple[bytes, int]] = set()

    def exit(self, result: Result, depth: int) -> None:
        if depth == 0:
            self.accounts = set(self.state.warm_accounts)
            self.slots = set(self.state.warm_slots)


class InspectionMethods:
    def __init__(self, node: Any, call_request: Callable[[Any, int], CallRequest],
                 state_tag: Callable[[list, int, BlockTag], BlockTag], capped: Callable[[CallRequest], CallRequest]):
        self.node = node
        self.call_request = call_request
        self.state_tag = state_tag
        self.capped = capped

    def methods(self) -> dict[str, Method]:
        return {
            "txpool_status": Method(self._status, 0, 0),
            "txpool_content": Method(self._content, 0, 0),
            "txpool_inspect": Method(self._inspect, 0, 0),
            "eth_coinbase": Method(lambda p: _hx(self._node().coinbase), 0, 0),
            "eth_createAccessList": Method(self._access_list, 1, 2),
            "evm_setIntervalMining": Method(self._interval_mining, 1, 1),
            "anvil_setIntervalMining": Method(self._interval_mining, 1, 1),
            "anvil_getAutomine": Method(lambda p: bool(self._node().automine), 0, 0),
            "hardhat_getAutomine": Method(lambda p: bool(self._node().automine), 0, 0),
            "anvil_setCoinbase": Method(self._set_coinbase, 1, 1),
            "anvil_reset": Method(self._reset, 0, 1),
            "hardhat_reset": Method(self._reset, 0, 1),
            "anvil_setNonce": Method(self._set_nonce, 2, 2),
            "hardhat_setNonce": Method(self._set_nonce, 2, 2),
            "anvil_setCode": Method(self._set_code, 2, 2),
            "hardhat_setCode": Method(self._set_code, 2, 2),
            "anvil_setStorageAt": Method(self._set_storage_at, 3, 3),
            "hardhat_setStorageAt": Method(self._set_storage_at, 3, 3),
            "hardhat_setCoinbase": Method(self._set_coinbase, 1, 1),
        }

    def _reset(self, p: list) -> None:
        if p and p[0] not in ({}, None):
            raise InvalidParams("invalid argument 0: forking is not supported; anvil_reset takes no "
                                "arguments here (back to genesis)")
        self._node().reset()
        return None

    def _set_nonce(self, p: list) -> None:
        address = parse_address(p[0], "invalid argument 0 (address)")
        self._node().set_nonce(address, parse_quantity(p[1], "invalid argument 1 (nonce)", 64))
        return None

    def _set_code(self, p: list) -> None:
        address = parse_address(p[0], "invalid argument 0 (address)")
        code = parse_data(p[1], "invalid argument 1 (code)")
        if len(code) > MAX_CODE_SIZE:
            raise InvalidParams(f"invalid argument 1 (code): {len(code)} bytes, at most {MAX_CODE_SIZE}")
        self._node().set_code(address, code)
        return None

    def _set_storage_at(self, p: list) -> None:
        address = parse_address(p[0], "invalid argument 0 (address)")
        slot = parse_quantity(p[1], "invalid argument 1 (slot)")
        value = p[2]
        if isinstance(value, str) and len(value) == 66:  # anvil takes a 32-byte word
            word = int.from_bytes(parse_data(value, "invalid argument 2 (value)", 32), "big")
        else:
            word = parse_quantity(value, "invalid argument 2 (value)")
        self._node().set_storage_at(address, slot, word)
        return None

    def _set_coinbase(self, p: list) -> None:
        """The address later blocks name as miner (and pay tips to); dev chains only."""
        address = parse_address(p[0], "invalid argument 0 (address)")
        node = self._node()
        if not node.genesis.dev:
            raise ChainError("anvil_setCoinbase is only available on a dev chain", -32601)
        node.coinbase = address
        return None

    def _interval_mining(self, p: list) -> None:
        value = p[0]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_INTERVAL:
            if isinstance(value, str):
                value = parse_quantity(value, "invalid argument 0 (seconds)", 32)
            else:
                raise InvalidParams(f"invalid argument 0 (seconds): expected a number of seconds from 0 to "
                                    f"{MAX_INTERVAL}, got {_describe(value)}")
        if value > MAX_INTERVAL:
            raise InvalidParams(f"invalid argument 0 (seconds): at most {MAX_INTERVAL}")
        if not hasattr(self.node, "set_interval_mining"):
            raise ChainError("this node has no interval mining")
        self.node.set_interval_mining(value)
        return None

    def _node(self) -> Any:
        if not hasattr(self.node, "mempool"):
            raise ChainError("this method needs a full node")
        return self.node

    def _pool(self) -> tuple[dict, dict]:
        """(pending, queued): sender -> nonce -> transaction, at most MAX_POOL_LISTED in all."""
        pool = self._node().mempool
        pending: dict[str, dict[str, Transaction]] = {}
        queued: dict[str, dict[str, Transaction]] = {}
        listed = 0
        for sender, txs in pool.by_sender.items():
            for nonce in sorted(txs):
                if listed >= MAX_POOL_LISTED:
                    return pending, queued
                tx = txs[nonce]
                side = queued if tx.hash in pool.queued else pending
                side.setdefault(_hx(sender), {})[str(nonce)] = tx
                listed += 1
        return pending, queued

    def _status(self, p: list) -> dict:
        pool = self._node().mempool
        return {"pending": hex(len(pool) - len(pool.queued)), "queued": hex(len(pool.queued))}

    def _content(self, p: list) -> dict:
        pending, queued = self._pool()
        fmt = {k: {n: format_transaction(tx, None, None) for n, tx in v.items()} for k, v in pending.items()}
        fq = {k: {n: format_transaction(tx, None, None) for n, tx in v.items()} for k, v in queued.items()}
        return {"pending": fmt, "queued": fq}

    def _inspect(self, p: list) -> dict:
        def line(tx: Transaction) -> str:
            to = _hx(tx.to) if tx.to is not None else "contract creation"
            price = tx.gas_price if tx.type != 2 else tx.max_fee
            return f"{to}: {tx.value} wei + {tx.gas} gas × {price or 0} wei"

        pending, queued = self._pool()
        return {"pending": {k: {n: line(tx) for n, tx in v.items()} for k, v in pending.items()},
                "queued": {k: {n: line(tx) for n, tx in v.items()} for k, v in queued.items()}}

    def _access_list(self, p: list) -> dict:
        node = self._node()
        request = self.capped(self.call_request(p[0], 0))
        tag = self.state_tag(p, 1, "latest")
        state, ctx = node._at(tag, None)
        sender = request.sender or ZERO_ADDRESS
        price = request.gas_price or request.max_fee or 0
        seen = _AccessSets(state)
        sim = simulate(state, ctx, sender, request.to, request.value, request.data, request.gas, price, seen)
        # every slot touched; accounts other than the sender, target and coinbase (warm anyway)
        skip = {sender, ctx.coinbase} | ({request.to} if request.to is not None else set())
        slots: dict[bytes, list[int]] = {}
        for address, slot in sorted(seen.slots):
            slots.setdefault(address, []).append(slot)
        accounts = sorted((seen.accounts - skip) | set(slots))
        access = [{"address": _hx(a), "storageKeys": [_slot_hex(s) for s in slots.get(a, [])]} for a in accounts]
        out: dict[str, Any] = {"accessList": access, "gasUsed": hex(sim.gas_used)}
        if not sim.result.success:
            out["error"] = "execution reverted" if sim.result.output else f"execution failed: {sim.result.error}"
        return out
