"""Disassembler: bytes to instructions and listings. Never raises on garbage, so it is
safe on any code an account may hold."""

from __future__ import annotations

from dataclasses import dataclass

from vm.container import MAGIC, ContainerError, decode
from vm.opcodes import BY_CODE, Op


@dataclass(frozen=True, slots=True)
class Instruction:
    pc: int
    op: Op | None  # None: a byte that is no opcode
    immediate: int | None
    byte: int = 0  # the raw opcode byte
    truncated: bool = False  # the immediate runs past the end of the code

    @property
    def mnemonic(self) -> str:
        return self.op.mnemonic if self.op else f"INVALID(0x{self.byte:02x})"

    def __str__(self) -> str:
        text = self.mnemonic
        if self.immediate is not None:
            text += f" 0x{self.immediate:x}" if self.op and self.op.mnemonic.startswith(("PUSH", "CALLF")) else f" {self.immediate}"
        if self.truncated:
            text += " (truncated)"
        return text


def disassemble(code: bytes) -> list[Instruction]:
    """Decode `code` linearly; unknown bytes become `INVALID(0xNN)` entries."""
    out: list[Instruction] = []
    pc, n = 0, len(code)
    while pc < n:
        byte = code[pc]
        op = BY_CODE.get(byte)
        if op is None:
            out.append(Instruction(pc, None, None, byte))
            pc += 1
            continue
        if op.immediate:
            raw = code[pc + 1 : pc + 1 + op.immediate]
            out.append(
                Instruction(pc, op, int.from_bytes(raw, "big"), byte, len(raw) < op.immediate)
            )
        else:
            out.append(Instruction(pc, op, None, byte))
        pc += 1 + op.immediate
    return out


def _section_listing(code: bytes, indent: str = "") -> list[str]:
    return [f"{indent}{i.pc:04x}  {i}" for i in disassemble(code)]


def format_listing(code: bytes) -> str:
    """A listing of a code section, or of every section of a container."""
    if code[:2] == MAGIC:
        try:
            container, trailing = decode(code, allow_trailing=True)
        except ContainerError:
            pass
        else:
            lines = ["runtime:", *_section_listing(container.runtime, "  ")]
            if container.init:
                lines += ["init:", *_section_listing(container.init, "  ")]
            if container.data:
                lines += ["data:"]
                lines += [
                    f"  {i:04x}  {container.data[i : i + 32].hex()}"
                    for i in range(0, len(container.data), 32)
                ]
            if trailing:
                lines += [f"trailing: {trailing.hex()}"]
            return "\n".join(lines)
    return "\n".join(_section_listing(code))
