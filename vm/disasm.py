"""Disassembler: bytes to instructions and listings. Never raises on garbage, so it is
safe on any code an account may hold."""

from __future__ import annotations

from vm.container import MAGIC, ContainerError, decode
from vm.decode import Instruction
from vm.decode import decode as decode_instructions

__all__ = ["Instruction", "disassemble", "format_listing"]


def disassemble(code: bytes) -> list[Instruction]:
    """Decode `code` linearly; unknown bytes become `INVALID(0xNN)` entries."""
    return list(decode_instructions(code))


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
