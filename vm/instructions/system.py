"""Logs and calls to other contracts: the instructions that reach beyond the frame."""

from __future__ import annotations

from collections.abc import Callable

from vm.errors import WriteInStaticContext
from vm.gas import (
    CALL_GAS_RETAINED_DIVISOR,
    G_CALL_STIPEND,
    G_CALL_VALUE,
    G_COLD_ACCOUNT_ACCESS,
    G_LOG_DATA,
    G_NEW_ACCOUNT,
    G_WARM_ACCESS,
)
from vm.machine import Frame, charge, expand, read_memory, to_address
from vm.message import Message


def _make_log(n: int) -> Callable[[Frame, list[int], object], None]:
    def log(f: Frame, s: list[int], _: object) -> None:
        if f.is_static:
            raise WriteInStaticContext(f"LOG{n} in a static call")
        topics: tuple[int, ...] = ()
        if n:
            topics = tuple(s[-n:])  # topic1 was pushed first
            del s[-n:]
        size = s.pop()
        offset = s.pop()
        charge(f, G_LOG_DATA * size)
        f.host.add_log(f.address, topics, read_memory(f, offset, size))

    return log


def _call(
    f: Frame, s: list[int], gas: int, to: int, value: int,
    in_offset: int, in_size: int, out_offset: int, out_size: int, static: bool,
) -> None:
    end = in_offset + in_size if in_size else 0
    if out_size:
        end = max(end, out_offset + out_size)
    if end > len(f.memory):
        expand(f, end)
    target = to_address(to)
    host = f.host
    extra = G_WARM_ACCESS if host.access_account(target) else G_COLD_ACCOUNT_ACCESS
    if value:
        extra += G_CALL_VALUE
        if not host.account_exists(target):
            extra += G_NEW_ACCOUNT
    charge(f, extra)
    if value and f.is_static:
        raise WriteInStaticContext("CALL with value in a static call")
    available = f.gas - f.gas // CALL_GAS_RETAINED_DIVISOR
    child_gas = min(gas, available)
    f.gas -= child_gas
    if value:
        child_gas += G_CALL_STIPEND
    f.returndata = b""
    data = bytes(f.memory[in_offset : in_offset + in_size]) if in_size else b""
    result = f.vm.call(
        Message(f.address, target, value, data, child_gas, f.is_static or static, f.depth + 1)
    )
    f.gas += result.gas_left
    output = result.output
    f.returndata = output
    if result.success:
        f.refund += result.gas_refund
    else:
        f.child_error_pc = result.error_pc
        f.child_revert = output
    if out_size and output:
        n = min(out_size, len(output))
        f.memory[out_offset : out_offset + n] = output[:n]
    s.append(1 if result.success else 0)


def call(f: Frame, s: list[int], _: object) -> None:
    out_size, out_offset, in_size, in_offset, value, to, gas = (
        s.pop(), s.pop(), s.pop(), s.pop(), s.pop(), s.pop(), s.pop()
    )
    _call(f, s, gas, to, value, in_offset, in_size, out_offset, out_size, False)


def staticcall(f: Frame, s: list[int], _: object) -> None:
    out_size, out_offset, in_size, in_offset, to, gas = (
        s.pop(), s.pop(), s.pop(), s.pop(), s.pop(), s.pop()
    )
    _call(f, s, gas, to, 0, in_offset, in_size, out_offset, out_size, True)


HANDLERS = {f"LOG{n}": _make_log(n) for n in range(5)}
HANDLERS.update({"CALL": call, "STATICCALL": staticcall})
