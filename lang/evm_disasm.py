"""A listing of EVM bytecode (the EVM target's artifacts, `coinc disasm`), one
instruction a line with its offset, from vyper's opcode table (the compiler that made
the code), so the names are the EVM's and not the Coin VM's."""

from __future__ import annotations

import functools

__all__ = ["evm_listing"]


@functools.cache
def _names() -> dict[int, str]:
    from vyper.evm.opcodes import get_opcodes

    names: dict[int, str] = {}
    for name, row in get_opcodes().items():
        names.setdefault(row[0], name)  # the first name of a code (DIFFICULTY before PREVRANDAO)
    return names


def evm_listing(code: bytes) -> str:
    names = _names()
    lines = []
    pc = 0
    while pc < len(code):
        op = code[pc]
        name = names.get(op, f"INVALID 0x{op:02x}")
        if 0x60 <= op <= 0x7F:  # PUSH1..PUSH32
            n = op - 0x5F
            imm = code[pc + 1 : pc + 1 + n]
            missing = n - len(imm)
            text = f"{name} 0x{imm.hex()}" + (f"  ; {missing} byte(s) past the end" if missing else "")
            lines.append(f"{pc:6d}  {text}")
            pc += 1 + n
        else:
            lines.append(f"{pc:6d}  {name}")
            pc += 1
    return "\n".join(lines)
