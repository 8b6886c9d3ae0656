"""Decode a code section once into the form the interpreter runs.

The section is split into basic blocks. Each block starts with a header pseudo-
instruction that charges the static gas of the whole block and checks, once, that the
stack holds enough words for it and will not overflow (as evmone's advanced
interpreter does); the handlers then run without per-instruction checks.

This is exactly equivalent to charging and checking before every instruction because a
block can only be left early by an exceptional halt (which burns all gas anyway): every
instruction that may end a frame keeping gas (checked arithmetic, PANIC, REVERT) or that
observes the gas left (GAS, CALL, STATICCALL, SSTORE, SSTOREBYTES) ends its block. When
a header check fails, `locate_fault` replays the block instruction by instruction to
report the exact failing instruction and error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vm.errors import OutOfGas, StackOverflow, StackUnderflow, VMError
from vm.gas import STACK_LIMIT
from vm.instructions import HANDLERS, control
from vm.opcodes import BY_CODE


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


_ENDS_BLOCK = {
    "STOP", "RETURN", "REVERT", "INVALID", "PANIC", "JUMP", "JUMPI", "CALLF", "RETF",
    "GAS", "CALL", "STATICCALL", "SSTORE", "SSTOREBYTES",
    "CADD", "CSUB", "CMUL", "CDIV", "CMOD", "CEXP", "SCADD", "SCSUB", "SCMUL", "SCDIV",
    "SCMOD", "SCEXP", "SCNEG", "MULDIV",
}
_STARTS_BLOCK = {"JUMPDEST", "ENTER"}


@dataclass(slots=True)
class Program:
    """A decoded section: parallel lists indexed by instruction index."""

    code: bytes
    handlers: list[Any]
    imms: list[Any]
    pcs: list[int]  # byte offset of each entry (a header has its block's first pc)
    effects: list[tuple[int, int, int] | None]  # (pops, pushes, static gas); None: header
    jumpdests: dict[int, int]  # pc of a JUMPDEST -> index of its block header
    enters: dict[int, int]  # pc of an ENTER -> index of its block header
    # The blocks compiled to Python functions (`vm.blocks`), built once the program has
    # run `COMPILE_AFTER` times; `jit=False` keeps it on the stepping interpreter.
    compiled: Any = None
    runs: int = 0
    jit: bool = True


def _decode(code: bytes) -> list[tuple[int, int, Any]]:
    """(pc, byte, immediate) of each instruction, plus the implicit STOP at the end."""
    out = []
    pc, n = 0, len(code)
    while pc < n:
        byte = code[pc]
        op = BY_CODE.get(byte)
        size = op.immediate if op else 0
        imm = int.from_bytes(code[pc + 1 : pc + 1 + size].ljust(size, b"\0"), "big") if size else None
        out.append((pc, byte, imm))
        pc += 1 + size
    out.append((n, 0x00, None))
    return out


def analyze_uncached(code: bytes) -> Program:
    instrs = _decode(code)
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
    for pc, byte, imm in instrs:
        op = BY_CODE.get(byte)
        name = op.mnemonic if op else None
        if new_block or name in _STARTS_BLOCK:
            close()
            header = len(handlers)
            handlers.append(block_header)
            imms.append(None)
            pcs.append(pc)
            effects.append(None)
            cost = need = height = grow = 0
            if name == "JUMPDEST":
                jumpdests[pc] = header
            elif name == "ENTER":
                enters[pc] = header
        if op is None:
            handlers.append(control.invalid)
            imms.append(byte)
            effects.append((0, 0, 0))
        else:
            handlers.append(HANDLERS[op.mnemonic])
            if name.startswith("DUP"):
                imm = int(name[3:])
            elif name.startswith("SWAP"):
                imm = int(name[4:]) + 1
            elif name == "PUSH0":
                imm = 0
            elif name == "PC":
                imm = pc
            elif name == "CALLF":
                callf_fixups.append(len(handlers) - 1)
            imms.append(imm)
            effects.append((op.pops, op.pushes, op.gas))
            cost += op.gas
            need = max(need, op.pops - height)
            height += op.pushes - op.pops
            grow = max(grow, height)
        pcs.append(pc)
        new_block = op is None or name in _ENDS_BLOCK
    close()
    for i in callf_fixups:
        imms[i] = (enters.get(imms[i], -1), i + 1)
    return Program(code, handlers, imms, pcs, effects, jumpdests, enters)


# Runs of a program on the stepping interpreter before its blocks are compiled: code run
# once (most init code) is not worth compiling; a contract called again is.
COMPILE_AFTER = 1

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
