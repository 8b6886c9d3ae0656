"""Deploy-time verification: bad code is refused before it ever runs.

The interpreter stays safe on unverified code (it halts exceptionally where the
verifier would have refused), but verification turns such code into a clear error
message naming the offset, at deployment rather than at some later call.
"""

from __future__ import annotations

from vm.container import Container, ContainerError
from vm.container import decode as decode_container
from vm.decode import decode
from vm.errors import InvalidCode
from vm.gas import MAX_CODE_SIZE, MAX_INITCODE_SIZE
from vm.opcodes import BY_MNEMONIC

_JUMPDEST = BY_MNEMONIC["JUMPDEST"].code
_ENTER = BY_MNEMONIC["ENTER"].code


def verify_code(section: bytes, *, max_size: int = MAX_CODE_SIZE, name: str = "code") -> None:
    """Raise `InvalidCode` unless every instruction of `section` is well formed.

    Checks: known opcodes, immediates inside the section, CALLF targets at an ENTER,
    statically known jump targets (`PUSH d; JUMP`, `PUSH d; PUSH c; JUMPI`) at a JUMPDEST.
    """
    if len(section) > max_size:
        raise InvalidCode(f"{name} section is {len(section)} bytes, over the limit of {max_size}")
    boundaries: dict[int, int] = {}  # pc -> opcode byte
    callfs: list[tuple[int, int]] = []
    static_jumps: list[tuple[int, int, str]] = []
    # immediates of the PUSHes just before the current instruction (most recent last)
    pushes: list[int] = []
    n = len(section)
    for pc, op, imm, byte, missing in decode(section):
        if op is None:
            raise InvalidCode(f"{name} offset 0x{pc:x}: unknown opcode 0x{byte:02x}")
        if missing:
            raise InvalidCode(
                f"{name} offset 0x{pc:x}: {op.mnemonic} immediate runs past the end of the section"
            )
        boundaries[pc] = byte
        if op.operand == "u16":
            callfs.append((pc, imm))
        # A jump's destination is its first operand, and operands are in source order:
        # JUMP(dest) has dest on top, JUMPI(dest, cond) has cond on top, so a JUMPI's
        # target is known only after two PUSHes. (CALLF and RETF pop nothing.)
        if (op.transfers or op.branches) and op.pops and len(pushes) >= op.pops:
            static_jumps.append((pc, pushes[-op.pops], op.mnemonic))
        if op.operand == "push":
            pushes = [*pushes[-1:], imm or 0]
        else:
            pushes = []
    for at, target in callfs:
        if target >= n:
            raise InvalidCode(f"{name} offset 0x{at:x}: CALLF target 0x{target:x} is past the end")
        if target not in boundaries:
            raise InvalidCode(
                f"{name} offset 0x{at:x}: CALLF target 0x{target:x} is not at an instruction boundary"
            )
        if boundaries[target] != _ENTER:
            raise InvalidCode(
                f"{name} offset 0x{at:x}: CALLF target 0x{target:x} is not an ENTER instruction"
            )
    for at, target, mnemonic in static_jumps:
        if boundaries.get(target) != _JUMPDEST:
            raise InvalidCode(
                f"{name} offset 0x{at:x}: {mnemonic} target 0x{target:x} is not a JUMPDEST"
            )


def verify_container(blob: bytes, *, allow_trailing: bool = False) -> Container:
    """Decode and verify a container; `InvalidCode` says what and where."""
    try:
        container, _ = decode_container(blob, allow_trailing=allow_trailing)
    except ContainerError as exc:
        raise InvalidCode(str(exc)) from None
    verify_code(container.runtime, max_size=MAX_CODE_SIZE, name="runtime")
    verify_code(container.init, max_size=MAX_INITCODE_SIZE, name="init")
    return container
