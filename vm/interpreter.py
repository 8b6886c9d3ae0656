"""The VM: message calls, contract creation and the frame loop.

Every failure inside a frame is an exception; `VM._fail` is the one place that turns it
into a failed `Result` and rolls the host back to the frame's snapshot. Nothing but
results leaves `VM.call` and `VM.create`.
"""

from __future__ import annotations

import sys

from vm import analysis
from vm.analysis import BlockFault, analyze, locate_fault
from vm.blocks import fault_index, lazy_program
from vm.container import ContainerError, decode
from vm.errors import (
    AddressCollision,
    CallDepthExceeded,
    InsufficientBalance,
    InternalError,
    InvalidCode,
    OutOfGas,
    Revert,
    VMError,
)
from vm.gas import CALL_DEPTH_LIMIT, G_CODE_DEPOSIT
from vm.host import BlockEnv, Host, TxEnv
from vm.machine import Frame, Halt, Program
from vm.message import Message, Result
from vm.opcodes import BY_CODE, BY_MNEMONIC, Op
from vm.trace import TraceAbort, Tracer
from vm.verify import verify_container

__all__ = ["VM", "load_code"]

# Each nested call uses a handful of Python frames; 1024 levels need more than the
# default limit. Python-to-Python calls do not grow the C stack in CPython 3.11+.
_RECURSION_NEEDED = 8 * CALL_DEPTH_LIMIT + 2000


_CODE_CACHE: dict[bytes, tuple[Program, bytes] | InvalidCode] = {}


def load_code(code: bytes) -> tuple[Program, bytes]:
    """The runtime program and data section of an account's stored container."""
    entry = _CODE_CACHE.get(code)
    if entry is None:
        try:
            container, _ = decode(code)
            entry = (analyze(container.runtime), container.data)
        except ContainerError as exc:
            entry = InvalidCode(f"stored code is not a container: {exc}")
        if len(_CODE_CACHE) >= 4096:
            _CODE_CACHE.clear()
        _CODE_CACHE[code] = entry
    if isinstance(entry, InvalidCode):
        raise entry
    return entry


def _run(f: Frame) -> bytes:
    """The frame loop: returns the output, or raises with `f.fault` set to the index.

    Runs the program's blocks through `vm.blocks.LazyBlocks`: each block is stepped one
    handler at a time until it has run `COMPILE_AFTER` times, then compiled (alone), so
    compile work stays proportional to the gas paid. `jit=False`: `_run_stepping` only.
    """
    prog = f.program
    compiled = prog.compiled
    if compiled is None:
        if not prog.jit:
            return _run_stepping(f)
        compiled = prog.compiled = lazy_program(prog, analysis.COMPILE_AFTER)
    blocks = compiled.blocks
    s = f.stack
    i = 0
    try:
        while True:
            i = blocks[i](f, s)
    except Halt as halt:
        return halt.output
    except BlockFault:
        error, at = locate_fault(prog, i, len(s), f.gas)
        raise _Fault(error, at) from None
    except Exception as exc:
        exc2, at = fault_index(compiled, prog, i, exc, f)
        if isinstance(exc2, VMError):
            raise _Fault(exc2, at) from None
        raise _Fault(InternalError(f"{type(exc).__name__}: {exc}"), at) from exc


def _run_stepping(f: Frame) -> bytes:
    """The reference loop: one handler call per instruction (and per block header)."""
    prog = f.program
    handlers = prog.handlers
    imms = prog.imms
    s = f.stack
    i = 0
    try:
        while True:
            r = handlers[i](f, s, imms[i])
            i = i + 1 if r is None else r
    except Halt as halt:
        return halt.output
    except BlockFault:
        error, at = locate_fault(prog, i, len(s), f.gas)
        raise _Fault(error, at) from None
    except VMError as error:
        raise _Fault(error, i) from None
    except Exception as exc:  # a VM bug must not escape as an exception
        raise _Fault(InternalError(f"{type(exc).__name__}: {exc}"), i) from exc


def _run_traced(f: Frame, tracer: Tracer) -> bytes:
    """The stepping loop with the tracer's hooks around each instruction (`vm.trace`).

    Runs the same handlers, headers included, as `_run_stepping`: the gas is the same.
    `prepaid` is the static gas the current block's header charged for the instructions
    not yet run, so the tracer sees gas as the EVM charges it, one instruction at a time."""
    prog = f.program
    handlers = prog.handlers
    imms = prog.imms
    effects = prog.effects
    pcs = prog.pcs
    code = prog.code
    s = f.stack
    i = 0
    prepaid = 0
    while True:
        effect = effects[i]
        if effect is None:  # a block header: the block's static gas and stack checks
            try:
                handlers[i](f, s, imms[i])
            except BlockFault:
                error, at = locate_fault(prog, i, len(s), f.gas)
                record = tracer.step(f, at, pcs[at], _op_at(code, pcs[at]), f.gas)
                tracer.done(record, f, f.gas, error)
                raise _Fault(error, at) from None
            prepaid = imms[i][0]
            i += 1
            continue
        static = effect[2]
        op = _op_at(code, pcs[i])
        before = f.gas
        record = tracer.step(f, i, pcs[i], op, before + prepaid)
        prepaid -= static
        log = _log_operands(op, s) if op.code in _LOG_CODES else None
        try:
            r = handlers[i](f, s, imms[i])
        except Halt as halt:
            tracer.done(record, f, static + before - f.gas, None)
            return halt.output
        except TraceAbort:
            raise
        except VMError as error:
            cost = static + before - f.gas if not isinstance(error, OutOfGas) else static + before
            tracer.done(record, f, cost, error)
            raise _Fault(error, i) from None
        except Exception as exc:  # a VM bug must not escape as an exception
            tracer.done(record, f, static, InternalError(f"{type(exc).__name__}: {exc}"))
            raise _Fault(InternalError(f"{type(exc).__name__}: {exc}"), i) from exc
        tracer.done(record, f, static + before - f.gas, None)
        if log is not None:
            offset, size, topics = log
            tracer.log(f.address, topics, bytes(f.memory[offset:offset + size]) if size else b"", f.depth)
        i = i + 1 if r is None else r


def _op_at(code: bytes, pc: int) -> Op:
    return BY_CODE.get(code[pc], _INVALID_OP) if pc < len(code) else _STOP_OP


def _log_operands(op: Op, s: list[int]) -> tuple[int, int, tuple[int, ...]]:
    """(offset, size, topics) of a LOGn about to run: topics on top, pushed first to last."""
    n = op.pops - 2
    topics = tuple(s[-n:]) if n else ()
    return s[-n - 2], s[-n - 1], topics


_LOG_CODES = frozenset(BY_MNEMONIC[f"LOG{n}"].code for n in range(5))
_STOP_OP = BY_MNEMONIC["STOP"]
_INVALID_OP = BY_MNEMONIC["INVALID"]


class _Fault(Exception):
    """A frame failure with the index of the instruction that failed."""

    def __init__(self, error: VMError, index: int) -> None:
        self.error = error
        self.index = index


class VM:
    def __init__(self, host: Host, block: BlockEnv | None = None, tx: TxEnv | None = None,
                 tracer: Tracer | None = None) -> None:
        self.host = host
        self.block = block or BlockEnv()
        self.tx = tx or TxEnv()
        # With a tracer, calls and creations report to it and frames run on the traced
        # loop (if it wants steps); without one, `call`/`create` are the plain methods.
        self.tracer = tracer
        self._steps = tracer is not None and tracer.steps
        if tracer is not None:
            self.call = self._traced_call  # type: ignore[method-assign]
            self.create = self._traced_create  # type: ignore[method-assign]
        if sys.getrecursionlimit() < _RECURSION_NEEDED:
            sys.setrecursionlimit(_RECURSION_NEEDED)

    # -- the one place a failure becomes a result ------------------------------------

    def _fail(
        self, snapshot: int | None, error: VMError, gas: int,
        error_pc: tuple[bytes, str, int] | None = None,
    ) -> Result:
        """Undo the frame's effects; a revert keeps `gas` and returns its data."""
        if snapshot is not None:
            self.host.revert_to(snapshot)
        if isinstance(error, Revert):
            return Result(False, gas, 0, error.data, error, error_pc=error_pc)
        if isinstance(error, InsufficientBalance):
            return Result(False, gas, 0, b"", error, error_pc=error_pc)
        return Result(False, 0, 0, b"", error, error_pc=error_pc)

    def _execute(self, f: Frame, snapshot: int) -> tuple[bytes, Result | None]:
        """Run a frame: its output, or a failed Result after rollback."""
        try:
            return (_run(f) if not self._steps else _run_traced(f, self.tracer)), None  # type: ignore[arg-type]
        except _Fault as fault:
            error = fault.error
            pc = (f.address, f.section, f.program.pcs[fault.index])
            if (
                isinstance(error, Revert)
                and f.child_error_pc is not None
                and error.data == f.child_revert
                and error.data == f.returndata
            ):
                pc = f.child_error_pc  # bubbling a callee's revert: report the callee
            return b"", self._fail(snapshot, error, f.gas, pc)

    # -- with a tracer -------------------------------------------------------------------

    def _traced_call(self, msg: Message) -> Result:
        tracer = self.tracer
        assert tracer is not None
        tracer.enter("STATICCALL" if msg.is_static else "CALL", msg.caller, msg.to, msg.value,
                     msg.data, msg.gas, msg.depth)
        result = VM.call(self, msg)
        tracer.exit(result, msg.depth)
        return result

    def _traced_create(self, caller: bytes, address: bytes, data: bytes, value: int, gas: int,
                       depth: int = 0) -> Result:
        tracer = self.tracer
        assert tracer is not None
        tracer.enter("CREATE", caller, address, value, data, gas, depth)
        result = VM.create(self, caller, address, data, value, gas, depth)
        tracer.exit(result, depth)
        return result

    # -- message calls ------------------------------------------------------------------

    def call(self, msg: Message) -> Result:
        """Run the code of `msg.to` (after moving `msg.value` to it)."""
        if msg.depth > CALL_DEPTH_LIMIT:
            return self._fail(None, CallDepthExceeded(f"depth {msg.depth}"), 0)
        host = self.host
        if msg.value and host.get_balance(msg.caller) < msg.value:
            return self._fail(None, InsufficientBalance(f"cannot pay value {msg.value}"), msg.gas)
        snapshot = host.snapshot()
        try:
            if msg.value:
                host.transfer(msg.caller, msg.to, msg.value)
            code = host.get_code(msg.to)
            if not code:
                return Result(True, msg.gas, 0, b"", None)
            program, data = load_code(code)
        except VMError as error:
            return self._fail(snapshot, error, 0, (msg.to, "runtime", 0))
        except Exception as exc:
            return self._fail(snapshot, InternalError(repr(exc)), 0)
        f = Frame(
            self, address=msg.to, caller=msg.caller, value=msg.value, calldata=msg.data,
            is_static=msg.is_static, depth=msg.depth, program=program, data=data,
            section="runtime", gas=msg.gas,
        )
        output, failed = self._execute(f, snapshot)
        if failed is not None:
            return failed
        return Result(True, f.gas, f.refund, output, None)

    # -- contract creation --------------------------------------------------------------

    def create(
        self, caller: bytes, address: bytes, data: bytes, value: int, gas: int, depth: int = 0
    ) -> Result:
        """Deploy the container in `data` (followed by constructor args) at `address`."""
        if depth > CALL_DEPTH_LIMIT:
            return self._fail(None, CallDepthExceeded(f"depth {depth}"), 0)
        try:
            container = verify_container(data, allow_trailing=True)
        except InvalidCode as error:
            return self._fail(None, error, 0, (address, "init", 0))
        args = bytes(data[container.size :])
        host = self.host
        if value and host.get_balance(caller) < value:
            return self._fail(None, InsufficientBalance(f"cannot pay value {value}"), gas)
        snapshot = host.snapshot()
        stored = container.deployed().encode()
        try:
            if host.get_code(address):
                raise AddressCollision(f"0x{address.hex()} already holds code")
            host.access_account(address)
            host.increment_nonce(address)
            if value:
                host.transfer(caller, address, value)
        except VMError as error:
            return self._fail(snapshot, error, 0, (address, "init", 0))
        f = Frame(
            self, address=address, caller=caller, value=value, calldata=args,
            is_static=False, depth=depth, program=analyze(container.init),
            data=container.data, section="init", gas=gas,
        )
        if container.init:
            _, failed = self._execute(f, snapshot)
            if failed is not None:
                return failed
        deposit = G_CODE_DEPOSIT * len(stored)
        if f.gas < deposit:
            error = OutOfGas(f"code deposit of {len(stored)} bytes costs {deposit}")
            return self._fail(snapshot, error, 0, (address, "init", len(container.init)))
        host.set_code(address, stored)
        return Result(True, f.gas - deposit, f.refund, b"", None, created=address)

