"""Decode a code section once into the form the interpreter runs.

The section is split into basic blocks. Each block starts with a header pseudo-
instruction that charges the static gas of the whole block and checks, once, that the
stack holds enough words for it and will not overflow (as evmone's advanced
interpreter does); the handlers then run without per-instruction checks.

This is exactly equivalent to charging and checking before every instruction because a
block can only be left early by an exceptional halt (which burns all gas anyway): every
instruction that may end a frame keeping gas (checked arithmetic, PANIC, REVERT) or that
observes the gas left (GAS, CALL, STATICCALL, SSTORE, SSTOREBYTES) ends its block: the
table says which (`Op.ends_block`, from `halts`, `transfers`, `branches`, `reads_gas` and
`panics`), and which start one (`Op.starts_block`: JUMPDEST, ENTER). When
a header check fails, `locate_fault` replays the block instruction by instruction to
report the exact failing instruction and error.
"""

from __future__ import annotations

from typing import Any

from vm.decode import Instruction, decode
from vm.errors import OutOfGas, StackOverflow, StackUnderflow, VMError
from vm.gas import STACK_LIMIT
from vm.machine import Program
from vm.opcodes import BY_MNEMONIC


class BlockFault(Exception):
    """A block header's gas or stack check failed; `locate_fault` says where."""


def block_header(f: Any, s: list[int], check: tuple[int, int, int]) -> None:
    cost, need, limit = check
    n = len(s)
    if n < need or n > limit:
        raise BlockFault
    g = f.gas - cost
    if g < 0:
        raise BlockFault
    f.gas = g


_JUMPDEST = BY_MNEMONIC["JUMPDEST"]
_ENTER = BY_MNEMONIC["ENTER"]
_INVALID = BY_MNEMONIC["INVALID"].handler  # also runs every byte that is no opcode
_IMPLICIT_STOP = Instruction(0, BY_MNEMONIC["STOP"], None, BY_MNEMONIC["STOP"].code)


def analyze_uncached(code: bytes) -> Program:
    """Split `code` into blocks and bind each instruction to its handler and operand."""
    handlers: list[Any] = []
    imms: list[Any] = []
    pcs: list[int] = []
    effects: list[tuple[int, int, int] | None] = []
    jumpdests: dict[int, int] = {}
    enters: dict[int, int] = {}
    callf_fixups: list[int] = []
    header = -1
    cost = need = height = grow = 0

    def close() -> None:
        if header >= 0:
            imms[header] = (cost, need, STACK_LIMIT - grow)

    new_block = True
    # Falling off the end of the code is an implicit STOP.
    for pc, op, imm, byte, missing in (*decode(code), _IMPLICIT_STOP._replace(pc=len(code))):
        if new_block or (op is not None and op.starts_block):
            close()
            header = len(handlers)
            handlers.append(block_header)
            imms.append(None)
            pcs.append(pc)
            effects.append(None)
            cost = need = height = grow = 0
            if op is _JUMPDEST:
                jumpdests[pc] = header
            elif op is _ENTER:
                enters[pc] = header
        if op is None:
            handlers.append(_INVALID)
            imms.append(byte)
            effects.append((0, 0, 0))
        else:
            handlers.append(op.handler)
            if missing:
                imm <<= 8 * missing  # the bytes past the end of the code read as zero
            kind = op.operand
            if op.arg is not None:
                imm = op.arg
            elif kind == "pc":
                imm = pc
            elif kind == "u16":
                callf_fixups.append(len(handlers) - 1)
            imms.append(imm)
            effects.append((op.pops, op.pushes, op.gas))
            cost += op.gas
            need = max(need, op.pops - height)
            height += op.pushes - op.pops
            grow = max(grow, height)
        pcs.append(pc)
        new_block = op is None or op.ends_block
    close()
    for i in callf_fixups:
        imms[i] = (enters.get(imms[i], -1), i + 1)
    return Program(code, handlers, imms, pcs, effects, jumpdests, enters)


# Runs of a block on the stepping handlers before it is compiled (`vm.blocks.LazyBlocks`).
# Compiling an instruction costs about 5 to 150 times stepping it once (1.3 us for stack
# work, 45 us for MLOAD/MSTORE, against about 0.3 us a step), so a block compiled after 64
# runs costs at most about twice the time already spent running it: compile work stays
# proportional to the gas paid (issue 12, item 7), and code that is not run is never compiled.
COMPILE_AFTER = 64

_CACHE: dict[bytes, Program] = {}
_CACHE_LIMIT = 4096


def analyze(code: bytes) -> Program:
    """The decoded program of `code`, cached by the code bytes."""
    prog = _CACHE.get(code)
    if prog is None:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        prog = _CACHE[code] = analyze_uncached(bytes(code))
    return prog


def locate_fault(prog: Program, header: int, height: int, gas: int) -> tuple[VMError, int]:
    """Replay the block at `header` one instruction at a time: the error and its index."""
    i = header + 1
    n = len(prog.effects)
    while i < n and prog.effects[i] is not None:
        pops, pushes, cost = prog.effects[i]  # type: ignore[misc]
        if height < pops:
            return StackUnderflow(f"needs {pops} words, stack has {height}"), i
        gas -= cost
        if gas < 0:
            return OutOfGas(f"static gas {cost}"), i
        height += pushes - pops
        if height > STACK_LIMIT:
            return StackOverflow(f"more than {STACK_LIMIT} words"), i
        i += 1
    return OutOfGas("block check"), header  # unreachable for a consistent header
