"""Transaction traces in geth's formats: debug_traceTransaction, debug_traceCall,
debug_traceBlockByNumber and debug_traceBlockByHash, with the struct logger (default),
`callTracer` (onlyTopCall, withLog) and `prestateTracer` (diffMode).

A mined transaction is traced by re-running it: the state after the parent block is
rebuilt from the undo records (`chain.history`), the block's dev operations and the
transactions before it are applied, then it runs with a tracer attached to the VM
(`vm.trace`). The VM charges the same gas traced or not, so the traced run reproduces
the receipt (tests/chain/test_tracing.py compares them).

What differs from the EVM, because the VM is not the EVM: opcodes are the Coin VM's
(`op` names come from `vm.opcodes`); a CALL's gasCost is what the call cost the caller
(its own gas plus what the callee used), not the gas it forwarded; a block that fails
its static gas or stack check up front is reported as one failing step (the
instruction that would fail), since its earlier instructions cannot change the outcome.

Bounds (docs/chain.md): at most MAX_STRUCT_LOGS steps per request (the struct logger's
`limit` option stops recording earlier, as in geth) and MAX_TRACE_WORDS stack and
memory words recorded; past either the request fails with a message saying which option
makes the trace smaller. The JSON-RPC answer limit applies on top.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chain.api import BlockTag, CallRequest, ChainError
from chain.blocks import apply_dev_op
from chain.executor import BlockContext, apply_transaction, simulate
from chain.history import state_after
from chain.rpcvalues import InvalidParams, Method, _describe, _hx, parse_block_tag, parse_hash
from chain.sourcetrace import FrameTracer, SourceIndex
from chain.state import State
from chain.types import ZERO_ADDRESS, Block, Receipt, Transaction
from lang.abi import decode_revert
from vm.errors import OutOfGas, Revert, VMError
from vm.machine import Frame
from vm.message import Result
from vm.opcodes import BY_MNEMONIC, Op
from vm.trace import TraceAbort, Tracer

__all__ = ["TraceMethods", "StructLogger", "CallTracer", "MAX_STRUCT_LOGS", "MAX_TRACE_WORDS"]

MAX_STRUCT_LOGS = 200_000
MAX_TRACE_WORDS = 4_000_000  # stack and memory words recorded in one request (~260 MB of hex at worst)
TRACERS = ("callTracer", "prestateTracer")
_OPTIONS = frozenset(("tracer", "tracerConfig", "disableStack", "enableMemory", "disableMemory",
                      "disableStorage", "enableReturnData", "disableReturnData", "limit", "timeout",
                      "reexec"))
_SLOAD = BY_MNEMONIC["SLOAD"].code
_SSTORE = BY_MNEMONIC["SSTORE"].code


class TraceTooLarge(TraceAbort):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Budget:
    """What one request may still record (shared by the transactions of a block)."""

    def __init__(self) -> None:
        self.steps = MAX_STRUCT_LOGS
        self.words = MAX_TRACE_WORDS


def _error_text(error: VMError | None) -> str | None:
    """geth's wording for the common failures, the VM's message for the others."""
    if error is None:
        return None
    if isinstance(error, Revert):
        return "execution reverted"
    if isinstance(error, OutOfGas):
        return "out of gas"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


class StructLogger(Tracer):
    """geth's default tracer: one entry per instruction."""

    def __init__(self, budget: Budget, *, stack: bool = True, memory: bool = False,
                 storage: bool = True, limit: int = 0):
        self.budget = budget
        self.stack = stack
        self.memory = memory
        self.storage = storage
        self.limit = limit
        self.logs: list[dict] = []
        self.output = b""  # the top frame's output (a receipt keeps only revert data)
        self._storage: dict[bytes, dict[str, str]] = {}  # per contract: slots seen so far

    def step(self, f: Frame, index: int, pc: int, op: Op, gas: int) -> Any:
        if self.limit and len(self.logs) >= self.limit:
            return None
        budget = self.budget
        budget.steps -= 1
        if budget.steps < 0:
            raise TraceTooLarge(f"the trace has more than {MAX_STRUCT_LOGS} steps: pass "
                                '{"limit": N} to record the first N, or use {"tracer": "callTracer"}')
        entry: dict[str, Any] = {"pc": pc, "op": op.mnemonic, "gas": gas, "gasCost": 0,
                                 "depth": f.depth + 1}
        s = f.stack
        if self.stack:
            budget.words -= len(s)
            entry["stack"] = [hex(x) for x in s]
        if self.memory:
            mem = f.memory
            budget.words -= len(mem) >> 5
            entry["memory"] = [mem[i:i + 32].hex() for i in range(0, len(mem), 32)]
        if budget.words < 0:
            raise TraceTooLarge(f"the trace records more than {MAX_TRACE_WORDS} stack and memory "
                                'words: pass {"disableStack": true}, leave out "enableMemory", or '
                                'pass {"limit": N}')
        if self.storage and op.code in (_SLOAD, _SSTORE) and s:
            slot = s[-1] if op.code == _SLOAD else s[-2] if len(s) > 1 else None
            if slot is not None:
                return (entry, f.address, slot)
        self.logs.append(entry)
        return (entry, None, None)

    def done(self, record: Any, f: Frame, cost: int, error: VMError | None) -> None:
        if record is None:
            return
        entry, address, slot = record
        entry["gasCost"] = cost
        if error is not None:
            entry["error"] = _error_text(error)
        if address is not None:
            seen = self._storage.setdefault(address, {})
            seen[slot.to_bytes(32, "big").hex()] = f.host.get_storage(address, slot).to_bytes(32, "big").hex()
            entry["storage"] = dict(seen)
            self.logs.append(entry)

    def exit(self, result: Result, depth: int) -> None:
        if depth == 0:
            self.output = result.output

    def result(self, gas_used: int, success: bool, return_data: bool) -> dict:
        return {"gas": gas_used, "failed": not success,
                "returnValue": self.output.hex() if return_data else "",
                "structLogs": self.logs}


class CallTracer(Tracer):
    """geth's callTracer: the tree of calls, with logs on request."""

    def __init__(self, only_top: bool = False, with_log: bool = False):
        self.only_top = only_top
        self.with_log = with_log
        self.steps = with_log  # logs are reported from the traced loop
        self.frames: list[dict] = []
        self.root: dict | None = None

    def enter(self, kind: str, caller: bytes, to: bytes, value: int, data: bytes, gas: int,
              depth: int) -> None:
        frame: dict[str, Any] = {"type": kind, "from": _hx(caller), "to": _hx(to), "value": hex(value),
                                 "gas": hex(gas), "gasUsed": "0x0", "input": _hx(data)}
        frame["_gas"] = gas
        self.frames.append(frame)

    def exit(self, result: Result, depth: int) -> None:
        frame = self.frames.pop()
        frame["gasUsed"] = hex(frame.pop("_gas") - result.gas_left)
        if frame["type"] != "CREATE" or not result.success:
            frame["output"] = _hx(result.output)
        if not result.success:
            frame["error"] = _error_text(result.error)
            reason = decode_revert(result.output) if isinstance(result.error, Revert) else None
            if reason:
                frame["revertReason"] = reason
            if self.with_log:
                _drop_logs(frame)  # a failed call's logs never happened (geth drops them too)
        if self.frames:
            parent = self.frames[-1]
            if not self.only_top:
                parent.setdefault("calls", []).append(frame)
        else:
            self.root = frame

    def log(self, address: bytes, topics: tuple[int, ...], data: bytes, depth: int) -> None:
        if not self.with_log or not self.frames:
            return
        if self.only_top and len(self.frames) > 1:
            return
        frame = self.frames[-1]
        frame.setdefault("logs", []).append({
            "address": _hx(address), "topics": [_hx(t.to_bytes(32, "big")) for t in topics],
            "data": _hx(data), "position": hex(len(frame.get("calls", [])))})

    def result(self, tx_gas: int, gas_used: int) -> dict:
        root = self.root or {}
        if root:  # the top frame reports the transaction's gas, as geth's does
            root["gas"] = hex(tx_gas)
            root["gasUsed"] = hex(gas_used)
        return root


def _drop_logs(frame: dict) -> None:
    frame.pop("logs", None)
    for child in frame.get("calls", []):
        _drop_logs(child)


class _Options:
    """A validated trace config object."""

    def __init__(self, value: Any, what: str):
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise InvalidParams(f"{what}: expected a trace config object, got {_describe(value)}")
        unknown = sorted(set(value) - _OPTIONS)
        if unknown:
            raise InvalidParams(f"{what}: unknown option {unknown[0]!r}; known: {', '.join(sorted(_OPTIONS))}")

        def flag(key: str, default: bool) -> bool:
            v = value.get(key)
            if v is None:
                return default
            if not isinstance(v, bool):
                raise InvalidParams(f"{what}: {key} must be true or false, got {_describe(v)}")
            return v

        self.tracer = value.get("tracer")
        if self.tracer is not None and self.tracer not in TRACERS:
            raise InvalidParams(f"{what}: tracer {_describe(self.tracer)} is not available; this node "
                                f"has the struct logger (no tracer), {', '.join(TRACERS)}")
        config = value.get("tracerConfig") or {}
        if not isinstance(config, dict):
            raise InvalidParams(f"{what}: tracerConfig must be an object")
        allowed = {"callTracer": {"onlyTopCall", "withLog"}, "prestateTracer": {"diffMode"}}.get(self.tracer, set())
        for key, v in config.items():
            if key not in allowed:
                raise InvalidParams(f"{what}: tracerConfig.{key} is not an option of "
                                    f"{self.tracer or 'the struct logger'}")
            if not isinstance(v, bool):
                raise InvalidParams(f"{what}: tracerConfig.{key} must be true or false")
        self.only_top = bool(config.get("onlyTopCall"))
        self.with_log = bool(config.get("withLog"))
        self.diff = bool(config.get("diffMode"))
        self.stack = not flag("disableStack", False)
        self.memory = flag("enableMemory", False) and not flag("disableMemory", False)
        self.storage = not flag("disableStorage", False)
        self.return_data = flag("enableReturnData", True) and not flag("disableReturnData", False)
        limit = value.get("limit", 0)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise InvalidParams(f"{what}: limit must be a non-negative integer, got {_describe(limit)}")
        self.limit = limit
        timeout = value.get("timeout")
        if timeout is not None and not isinstance(timeout, str):
            raise InvalidParams(f"{what}: timeout must be a duration string like \"5s\"")


class TraceMethods:
    """The debug_trace* methods of one node's RPC (a full `chain.node.Node`)."""

    def __init__(self, node: Any, call_request: Callable[[Any, int], CallRequest],
                 state_tag: Callable[[list, int], BlockTag]):
        self.node = node
        self.call_request = call_request
        self.state_tag = state_tag
        self.sources = SourceIndex()  # filled by whoever holds compiled contracts

    def methods(self) -> dict[str, Method]:
        return {
            "debug_traceTransaction": Method(self._trace_transaction, 1, 2),
            "debug_traceCall": Method(self._trace_call, 1, 3),
            "debug_traceBlockByNumber": Method(self._trace_block_by_number, 1, 2),
            "debug_traceBlockByHash": Method(self._trace_block_by_hash, 1, 2),
            "coinc_traceTransaction": Method(self._source_trace, 1, 1),
        }

    def source_trace(self, tx_hash: bytes) -> dict:
        """The frames of a mined transaction with their Coin source positions."""
        loc = self._node().get_transaction(tx_hash)
        if loc is None:
            raise ChainError(f"transaction {_hx(tx_hash)} not found")
        if loc.block is None or loc.index is None:
            raise ChainError(f"transaction {_hx(tx_hash)} is pending: it can be traced once mined")
        block = loc.block
        ctx = self._context(block)
        state = self._parent_state(block)
        cumulative = 0
        for i, tx in enumerate(block.transactions[: loc.index]):
            cumulative = apply_transaction(state, ctx, tx, i, cumulative).cumulative_gas_used
        tracer = FrameTracer()
        receipt = apply_transaction(state, ctx, loc.transaction, loc.index, cumulative, tracer)
        root = tracer.root or {}
        if root:
            root["gasUsed"] = hex(receipt.gas_used)
            self.sources.resolve(root)
        return root

    def _source_trace(self, p: list) -> dict:
        return self.source_trace(parse_hash(p[0], "invalid argument 0 (transaction hash)"))

    # -- replaying ----------------------------------------------------------------------

    def _node(self) -> Any:
        if not hasattr(self.node, "store"):
            raise ChainError("tracing needs a full node with its store")
        return self.node

    def _context(self, block: Block) -> BlockContext:
        h = block.header
        return BlockContext(h.number, h.timestamp, h.miner, h.gas_limit, h.base_fee, self.node.chain_id)

    def _parent_state(self, block: Block) -> State:
        node = self._node()
        if block.number == 0:
            raise InvalidParams("the genesis block has no transactions to trace")
        state = state_after(node.store, node.head, block.number - 1, node.block_by_number)
        for op in block.dev_ops:
            apply_dev_op(state, op)
        return state

    def _trace_in_block(self, block: Block, opts: _Options, only: int | None) -> list[tuple[Transaction, Any]]:
        """Replay the block's transactions up to `only` (or all), tracing the traced ones."""
        ctx = self._context(block)
        state = self._parent_state(block)
        budget = Budget()
        out = []
        cumulative = 0
        last = len(block.transactions) - 1 if only is None else only
        for i, tx in enumerate(block.transactions[: last + 1]):
            if only is not None and i < only:
                receipt = apply_transaction(state, ctx, tx, i, cumulative)
            else:
                receipt = self._traced(state, ctx, tx, i, cumulative, opts, budget, out)
            cumulative = receipt.cumulative_gas_used
        return out

    def _traced(self, state: State, ctx: BlockContext, tx: Transaction, index: int, cumulative: int,
                opts: _Options, budget: Budget, out: list) -> Receipt:
        if opts.tracer == "prestateTracer":
            pre = _Snapshot(state)
            receipt = apply_transaction(state, ctx, tx, index, cumulative)
            out.append((tx, pre.result(state, opts.diff, extra=(tx.sender, ctx.coinbase))))
            return receipt
        tracer: Tracer = (CallTracer(opts.only_top, opts.with_log) if opts.tracer == "callTracer"
                          else StructLogger(budget, stack=opts.stack, memory=opts.memory,
                                            storage=opts.storage, limit=opts.limit))
        try:
            receipt = apply_transaction(state, ctx, tx, index, cumulative, tracer)
        except TraceTooLarge as e:
            raise ChainError(e.message) from None
        if isinstance(tracer, CallTracer):
            out.append((tx, tracer.result(tx.gas, receipt.gas_used)))
        else:
            assert isinstance(tracer, StructLogger)
            out.append((tx, tracer.result(receipt.gas_used, receipt.status == 1, opts.return_data)))
        return receipt

    # -- the methods --------------------------------------------------------------------

    def _trace_transaction(self, p: list) -> Any:
        tx_hash = parse_hash(p[0], "invalid argument 0 (transaction hash)")
        opts = _Options(p[1] if len(p) > 1 else None, "invalid argument 1")
        loc = self._node().get_transaction(tx_hash)
        if loc is None:
            raise ChainError(f"transaction {_hx(tx_hash)} not found")
        if loc.block is None or loc.index is None:
            raise ChainError(f"transaction {_hx(tx_hash)} is pending: it can be traced once mined")
        return self._trace_in_block(loc.block, opts, loc.index)[0][1]

    def _block_result(self, block: Block | None, opts: _Options, what: str) -> list[dict]:
        if block is None:
            raise ChainError(f"block {what} not found")
        if block.number == 0:
            return []
        return [{"txHash": _hx(tx.hash), "result": r} for tx, r in self._trace_in_block(block, opts, None)]

    def _trace_block_by_number(self, p: list) -> list[dict]:
        tag = parse_block_tag(p[0], "invalid argument 0 (block)")
        opts = _Options(p[1] if len(p) > 1 else None, "invalid argument 1")
        return self._block_result(self._node().block_by_number(tag), opts, str(p[0]))

    def _trace_block_by_hash(self, p: list) -> list[dict]:
        h = parse_hash(p[0], "invalid argument 0 (block hash)")
        opts = _Options(p[1] if len(p) > 1 else None, "invalid argument 1")
        return self._block_result(self._node().block_by_hash(h), opts, _hx(h))

    def _trace_call(self, p: list) -> Any:
        node = self._node()
        request = self.call_request(p[0], 0)
        tag = self.state_tag(p, 1)
        opts = _Options(p[2] if len(p) > 2 else None, "invalid argument 2")
        head = node.head
        if tag in ("latest", "pending", "safe", "finalized") or tag == head.number:
            state, ctx = node.state, node._pending_context()
        else:
            number = 0 if tag == "earliest" else int(tag)
            block = node.block_by_number(number)
            if block is None:
                raise ChainError(f"block {number} does not exist (the head is {head.number})")
            state = state_after(node.store, head, number, node.block_by_number)
            ctx = self._context(block)
        gas = request.gas or node.genesis.gas_limit
        price = request.gas_price or request.max_fee or 0
        sender = request.sender or ZERO_ADDRESS
        if opts.tracer == "prestateTracer":
            raise InvalidParams("invalid argument 2: prestateTracer traces mined transactions; "
                                "use it with debug_traceTransaction")
        budget = Budget()
        tracer: Tracer = (CallTracer(opts.only_top, opts.with_log) if opts.tracer == "callTracer"
                          else StructLogger(budget, stack=opts.stack, memory=opts.memory,
                                            storage=opts.storage, limit=opts.limit))
        try:
            sim = simulate(state, ctx, sender, request.to, request.value, request.data, gas, price, tracer)
        except TraceTooLarge as e:
            state.revert_to(0)
            raise ChainError(e.message) from None
        if isinstance(tracer, CallTracer):
            return tracer.result(gas, sim.gas_used)
        assert isinstance(tracer, StructLogger)
        return tracer.result(sim.gas_used, sim.result.success, opts.return_data)


class _Snapshot:
    """The prestateTracer: accounts and slots a transaction touched, before and after."""

    def __init__(self, state: State):
        self.state = state
        # the live values before the transaction: what the state has loaded or changed so
        # far; anything else still has its value in the backend
        self.before_accounts = dict(state.accounts)
        self.before_storage = dict(state.storage)

    def result(self, state: State, diff: bool, extra: tuple[bytes, ...]) -> dict:
        touched = set(state.warm_accounts) | set(extra)
        slots: dict[bytes, set[int]] = {}
        for address, slot in state.warm_slots:
            slots.setdefault(address, set()).add(slot)
            touched.add(address)
        pre: dict[str, dict] = {}
        post: dict[str, dict] = {}
        for address in sorted(touched):
            before = self.before_accounts.get(address)
            if before is None:
                before = state.backend.load_account(address) or (0, 0, b"")
            after = state.account(address)
            b_store = {s: self._before_slot(address, s) for s in sorted(slots.get(address, ()))}
            a_store = {s: state.get_storage(address, s) for s in b_store}
            b_obj = self._account(before, b_store)
            if not diff:
                pre[_hx(address)] = b_obj
                continue
            changed = {s: v for s, v in a_store.items() if v != b_store[s]}
            if before[:2] == after[:2] and before[2] == after[2] and not changed:
                continue
            pre[_hx(address)] = self._account(before, {s: b_store[s] for s in changed})
            a_obj = self._account(after, changed)
            post[_hx(address)] = {k: v for k, v in a_obj.items() if b_obj.get(k) != v or k == "storage"}
        return {"pre": pre, "post": post} if diff else pre

    def _before_slot(self, address: bytes, slot: int) -> int:
        value = self.before_storage.get((address, slot))
        return self.state.backend.load_storage(address, slot) if value is None else value

    def _account(self, acct: tuple[int, int, bytes], storage: dict[int, int]) -> dict:
        nonce, balance, code_hash = acct
        out: dict[str, Any] = {"balance": hex(balance)}
        if nonce:
            out["nonce"] = nonce
        code = self.state.backend.load_code(code_hash) if code_hash else None
        if code:
            out["code"] = _hx(code)
        if storage:
            out["storage"] = {_hx(s.to_bytes(32, "big")): _hx(v.to_bytes(32, "big")) for s, v in storage.items()}
        return out
