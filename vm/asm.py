"""The assembler of the project: symbolic instructions and labels to bytecode.

Label references are always encoded in two bytes (PUSH2, CALLF's 16-bit immediate), so
the size of every item is known before labels are resolved and two passes suffice.
Labels emit no bytes; the code generator places a JUMPDEST (or ENTER) after a label
that is a jump (or CALLF) target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vm.opcodes import BY_MNEMONIC, PUSH_BY_SIZE, Op


class AsmError(ValueError):
    """The assembly is malformed (unknown mnemonic, bad argument, undefined label)."""


@dataclass(frozen=True, slots=True)
class Instr:
    mnemonic: str
    arg: int | str | None = None  # str = a label name


@dataclass(frozen=True, slots=True)
class Label:
    name: str


@dataclass(frozen=True, slots=True)
class Assembled:
    code: bytes
    labels: dict[str, int]
    offsets: list[int]  # offsets[i] = pc of items[i]


_LABEL_PUSH = PUSH_BY_SIZE[2]  # label references are always two bytes


def _takes_label(op: Op) -> bool:
    """A label (a 16-bit code offset) fits CALLF's target and any PUSH of 2+ bytes."""
    return op.operand == "u16" or (op.operand == "push" and op.immediate >= 2)


def _push_size(value: int) -> int:
    """Immediate bytes of the shortest PUSH of `value` (0 means PUSH0)."""
    return (value.bit_length() + 7) // 8


def _size(item: Instr | Label) -> int:
    if isinstance(item, Label):
        return 0
    m, arg = item.mnemonic.upper(), item.arg
    if m == "PUSH":
        if isinstance(arg, str):
            return 1 + _LABEL_PUSH.immediate
        if not isinstance(arg, int) or isinstance(arg, bool) or not 0 <= arg < 2**256:
            raise AsmError(f"PUSH needs an integer in [0, 2**256) or a label, got {arg!r}")
        return 1 + _push_size(arg)
    op = BY_MNEMONIC.get(m)
    if op is None:
        raise AsmError(f"unknown mnemonic {item.mnemonic!r}")
    if op.immediate == 0 and arg is not None:
        raise AsmError(f"{m} takes no argument, got {arg!r}")
    if op.immediate and arg is None:
        raise AsmError(f"{m} needs an argument")
    if isinstance(arg, str) and not _takes_label(op):
        raise AsmError(f"{m} cannot take a label argument")
    return 1 + op.immediate


def _encode(item: Instr, labels: dict[str, int]) -> bytes:
    m, arg = item.mnemonic.upper(), item.arg
    if isinstance(arg, str):
        if arg not in labels:
            raise AsmError(f"undefined label {arg!r}")
        arg = labels[arg]
    if m == "PUSH":
        if isinstance(item.arg, str):
            return bytes([_LABEL_PUSH.code]) + arg.to_bytes(_LABEL_PUSH.immediate, "big")
        n = _push_size(arg)
        return bytes([PUSH_BY_SIZE[n].code]) + (arg.to_bytes(n, "big") if n else b"")
    op = BY_MNEMONIC[m]
    if not op.immediate:
        return bytes([op.code])
    if not isinstance(arg, int) or isinstance(arg, bool) or not 0 <= arg < 2 ** (8 * op.immediate):
        raise AsmError(f"{m} argument {arg!r} does not fit {op.immediate} byte(s)")
    return bytes([op.code]) + arg.to_bytes(op.immediate, "big")


def assemble(items: Sequence[Instr | Label]) -> Assembled:
    """Encode `items`; `PUSH n` picks the shortest encoding, `PUSH label` is PUSH2."""
    labels: dict[str, int] = {}
    offsets: list[int] = []
    pc = 0
    for item in items:
        offsets.append(pc)
        if isinstance(item, Label):
            if item.name in labels:
                raise AsmError(f"label {item.name!r} defined twice")
            labels[item.name] = pc
        pc += _size(item)
    if labels and max(labels.values()) > 0xFFFF:
        raise AsmError("a label lies beyond offset 0xffff: code too large for 16-bit targets")
    out = bytearray()
    for item in items:
        if isinstance(item, Instr):
            out += _encode(item, labels)
    return Assembled(bytes(out), labels, offsets)


def parse_asm(text: str) -> list[Instr | Label]:
    """Parse the text form: `PUSH 5`, `PUSH 0x1f`, `loop:`, `PUSH @loop`, `; comment`."""
    items: list[Instr | Label] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            items.append(Label(line[:-1].strip()))
            continue
        parts = line.split()
        if len(parts) > 2:
            raise AsmError(f"line {lineno}: expected `MNEMONIC [arg]`, got {raw.strip()!r}")
        arg: int | str | None = None
        if len(parts) == 2:
            a = parts[1]
            if a.startswith("@"):
                arg = a[1:]
            else:
                try:
                    arg = int(a, 0)
                except ValueError:
                    raise AsmError(f"line {lineno}: bad argument {a!r}") from None
        items.append(Instr(parts[0].upper(), arg))
    return items


def asm(text: str) -> bytes:
    """Assemble the text form straight to bytes (handy in tests)."""
    return assemble(parse_asm(text)).code
