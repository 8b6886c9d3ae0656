"""Control flow, stack shuffling, internal functions (CALLF/RETF with locals) and halting.

Handlers that transfer control return the index of the next instruction; jump targets
are resolved to instruction indexes by `vm.analysis`.
"""

from __future__ import annotations

from vm.errors import (
    InvalidJump,
    InvalidLocal,
    InvalidOpcode,
    Panic,
    ReturnStackOverflow,
    ReturnStackUnderflow,
    Revert,
)
from vm.gas import RETURN_STACK_LIMIT
from vm.machine import Frame, Halt, read_memory


def stop(f: Frame, s: list[int], _: object) -> None:
    raise Halt(b"")


def return_(f: Frame, s: list[int], _: object) -> None:
    size = s.pop()
    raise Halt(read_memory(f, s.pop(), size))


def revert(f: Frame, s: list[int], _: object) -> None:
    size = s.pop()
    raise Revert(read_memory(f, s.pop(), size))


def invalid(f: Frame, s: list[int], byte: object) -> None:
    raise InvalidOpcode(f"opcode 0x{byte if isinstance(byte, int) else 0xFE:02x}")


def panic(f: Frame, s: list[int], code: int) -> None:
    raise Panic(code)


def jump(f: Frame, s: list[int], _: object) -> int:
    dest = s.pop()
    target = f.program.jumpdests.get(dest)
    if target is None:
        raise InvalidJump(f"JUMP to 0x{dest:x}, not a JUMPDEST")
    return target


def jumpi(f: Frame, s: list[int], _: object) -> int | None:
    cond = s.pop()
    dest = s.pop()
    if not cond:
        return None
    target = f.program.jumpdests.get(dest)
    if target is None:
        raise InvalidJump(f"JUMPI to 0x{dest:x}, not a JUMPDEST")
    return target


def jumpdest(f: Frame, s: list[int], _: object) -> None:
    pass


def pc(f: Frame, s: list[int], value: int) -> None:
    s.append(value)


def gas(f: Frame, s: list[int], _: object) -> None:
    # GAS ends its basic block, so f.gas is exact here.
    s.append(f.gas)


def push(f: Frame, s: list[int], value: int) -> None:
    s.append(value)


def dup(f: Frame, s: list[int], n: int) -> None:
    s.append(s[-n])


def swap(f: Frame, s: list[int], k: int) -> None:
    s[-1], s[-k] = s[-k], s[-1]


def lget(f: Frame, s: list[int], i: int) -> None:
    try:
        s.append(f.locals[i])
    except IndexError:
        raise InvalidLocal(f"LGET {i} with {len(f.locals)} locals") from None


def lset(f: Frame, s: list[int], i: int) -> None:
    loc = f.locals
    if i >= len(loc):
        raise InvalidLocal(f"LSET {i} with {len(loc)} locals")
    loc[i] = s.pop()


def enter(f: Frame, s: list[int], n: int) -> None:
    f.locals = [0] * n


def callf(f: Frame, s: list[int], targets: tuple[int, int]) -> int:
    target, ret = targets
    if target < 0:
        raise InvalidJump("CALLF target is not an ENTER")
    rs = f.return_stack
    if len(rs) >= RETURN_STACK_LIMIT:
        raise ReturnStackOverflow(f"more than {RETURN_STACK_LIMIT} nested CALLF")
    rs.append((ret, f.locals))
    return target


def retf(f: Frame, s: list[int], _: object) -> int:
    rs = f.return_stack
    if not rs:
        raise ReturnStackUnderflow("RETF without CALLF")
    ret, f.locals = rs.pop()
    return ret


HANDLERS = {
    "STOP": stop, "RETURN": return_, "REVERT": revert, "INVALID": invalid, "PANIC": panic,
    "JUMP": jump, "JUMPI": jumpi, "JUMPDEST": jumpdest, "PC": pc, "GAS": gas,
    "LGET": lget, "LSET": lset, "ENTER": enter, "CALLF": callf, "RETF": retf,
}
HANDLERS.update({f"PUSH{n}": push for n in range(33)})
HANDLERS.update({f"DUP{n}": dup for n in range(1, 17)})
HANDLERS.update({f"SWAP{n}": swap for n in range(1, 17)})
