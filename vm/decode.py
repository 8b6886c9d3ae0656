"""The one instruction decoder: code bytes to (pc, opcode, immediate) in code order.

The analysis (what the interpreter runs), the verifier (what deployment refuses) and the
disassembler (what tools print) all read code through `decode`, so they agree on where
every instruction starts. It never raises: an undefined byte is an instruction with no
`op`, and an immediate cut off by the end of the code is marked `truncated`
(`missing` says by how many bytes); each
consumer decides what those mean (the VM reads the missing bytes as zero, the verifier
refuses them, the disassembler prints them).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from vm.opcodes import BY_CODE, Op


class Instruction(NamedTuple):
    pc: int
    op: Op | None  # None: a byte that is no opcode
    immediate: int | None  # the immediate bytes present, big-endian; None without one
    byte: int = 0  # the raw opcode byte
    missing: int = 0  # immediate bytes cut off by the end of the code

    @property
    def truncated(self) -> bool:
        """The immediate runs past the end of the code."""
        return self.missing > 0

    @property
    def padded(self) -> int | None:
        """The immediate as the VM reads it: the bytes past the end of the code are zero."""
        if self.missing and self.immediate is not None:
            return self.immediate << (8 * self.missing)
        return self.immediate

    @property
    def mnemonic(self) -> str:
        return self.op.mnemonic if self.op else f"INVALID(0x{self.byte:02x})"

    def __str__(self) -> str:
        text = self.mnemonic
        if self.immediate is not None:
            hexadecimal = self.op is not None and self.op.operand in ("push", "u16")
            text += f" 0x{self.immediate:x}" if hexadecimal else f" {self.immediate}"
        if self.truncated:
            text += " (truncated)"
        return text


def decode(code: bytes) -> Iterator[Instruction]:
    """Every instruction of `code`, in order; never raises."""
    pc, n = 0, len(code)
    by_code = BY_CODE
    while pc < n:
        byte = code[pc]
        op = by_code.get(byte)
        if op is None:
            yield Instruction(pc, None, None, byte)
            pc += 1
            continue
        size = op.immediate
        if size:
            raw = code[pc + 1 : pc + 1 + size]
            yield Instruction(pc, op, int.from_bytes(raw, "big"), byte, size - len(raw))
        else:
            yield Instruction(pc, op, None, byte)
        pc += 1 + size
