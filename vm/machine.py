"""The state of one running frame and the helpers every handler shares (gas, memory).

A handler is `handler(frame, stack, immediate) -> int | None`: it returns the index of
the next instruction when it transfers control, None to fall through. The static gas
and the stack bounds of a whole basic block are checked before the block runs (see
`vm.analysis`), so handlers only charge their dynamic gas.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vm.errors import OutOfGas
from vm.gas import G_COPY, G_MEMORY, G_QUAD_COEFF_DIV

UINT_MAX = 2**256 - 1
ADDRESS_MASK = 2**160 - 1
# Beyond this the quadratic memory cost exceeds any realistic gas; refusing it first
# keeps a huge offset from allocating memory.
MAX_MEMORY = 2**32


@dataclass(slots=True)
class Program:
    """A decoded section, as `vm.analysis` builds it: parallel lists indexed by instruction
    index. It lives here, beside the `Frame` that runs it, so handlers can name it without
    importing the analysis (which imports the handlers)."""

    code: bytes
    handlers: list[Any]
    imms: list[Any]
    pcs: list[int]  # byte offset of each entry (a header has its block's first pc)
    effects: list[tuple[int, int, int] | None]  # (pops, pushes, static gas); None: header
    jumpdests: dict[int, int]  # pc of a JUMPDEST -> index of its block header
    enters: dict[int, int]  # pc of an ENTER -> index of its block header
    # The blocks as Python functions (`vm.blocks.lazy_program`): stubs that step a block
    # until it has run `COMPILE_AFTER` times, then its compiled function; `jit=False`
    # keeps the program on the stepping interpreter.
    compiled: Any = None
    jit: bool = True



class Halt(Exception):
    """STOP / RETURN / falling off the end: the frame succeeds with `output`."""

    def __init__(self, output: bytes = b"") -> None:
        self.output = output


class Frame:
    """Everything a running frame needs; handlers read and write it directly."""

    __slots__ = (
        "vm", "host", "address", "caller", "value", "calldata", "is_static", "depth",
        "program", "data", "section", "gas", "refund", "stack", "memory", "free",
        "locals", "return_stack", "returndata", "child_error_pc", "child_revert",
    )

    def __init__(
        self, vm: Any, *, address: bytes, caller: bytes, value: int, calldata: bytes,
        is_static: bool, depth: int, program: Program, data: bytes, section: str, gas: int,
    ) -> None:
        self.vm = vm
        self.host = vm.host
        self.address = address
        self.caller = caller
        self.value = value
        self.calldata = calldata
        self.is_static = is_static
        self.depth = depth
        self.program = program
        self.data = data
        self.section = section
        self.gas = gas
        self.refund = 0
        self.stack: list[int] = []
        self.memory = bytearray()
        self.free = 0  # MALLOC's bump pointer
        self.locals: list[int] = []
        self.return_stack: list[tuple[int, list[int]]] = []
        self.returndata = b""
        # the error_pc and revert data of the last failed child call, to report the
        # innermost failure when this frame bubbles the child's revert up
        self.child_error_pc: tuple[bytes, str, int] | None = None
        self.child_revert: bytes | None = None


def charge(f: Frame, amount: int) -> None:
    """Charge dynamic gas."""
    f.gas -= amount
    if f.gas < 0:
        raise OutOfGas(f"needed {amount} more gas")


def expand(f: Frame, end: int) -> None:
    """Grow memory to cover byte `end` (exclusive), charging the expansion first."""
    mem = f.memory
    old = len(mem)
    if end <= old:
        return
    if end > MAX_MEMORY:
        raise OutOfGas(f"memory expansion to {end} bytes")
    words = (end + 31) >> 5
    old_words = old >> 5
    cost = (
        G_MEMORY * (words - old_words)
        + (words * words) // G_QUAD_COEFF_DIV
        - (old_words * old_words) // G_QUAD_COEFF_DIV
    )
    f.gas -= cost
    if f.gas < 0:
        raise OutOfGas(f"memory expansion to {words * 32} bytes costs {cost}")
    mem.extend(bytes((words << 5) - old))


def touch(f: Frame, offset: int, size: int) -> None:
    """Expand memory for the region [offset, offset+size); size 0 touches nothing."""
    if size:
        expand(f, offset + size)


def copy_cost(f: Frame, size: int) -> None:
    """G_COPY per word copied."""
    if size:
        f.gas -= G_COPY * ((size + 31) >> 5)
        if f.gas < 0:
            raise OutOfGas("copy")


def to_address(word: int) -> bytes:
    return (word & ADDRESS_MASK).to_bytes(20, "big")


def read_memory(f: Frame, offset: int, size: int) -> bytes:
    """Bytes of memory after charging its expansion."""
    if not size:
        return b""
    expand(f, offset + size)
    return bytes(f.memory[offset : offset + size])
