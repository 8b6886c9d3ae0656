"""Comparison, bitwise operations and hashing. Operands in source order."""

from __future__ import annotations

from vm.gas import G_KECCAK256_WORD
from vm.hashing import keccak as keccak256
from vm.instructions.arithmetic import M, signed
from vm.machine import Frame, charge, read_memory


def lt(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] = 1 if s[-1] < b else 0


def gt(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] = 1 if s[-1] > b else 0


def slt(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    s[-1] = 1 if signed(s[-1]) < b else 0


def sgt(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    s[-1] = 1 if signed(s[-1]) > b else 0


def eq(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] = 1 if s[-1] == b else 0


def iszero(f: Frame, s: list[int], _: object) -> None:
    s[-1] = 0 if s[-1] else 1


def and_(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] &= b


def or_(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] |= b


def xor(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] ^= b


def not_(f: Frame, s: list[int], _: object) -> None:
    s[-1] ^= M


def byte(f: Frame, s: list[int], _: object) -> None:
    x = s.pop()
    i = s[-1]
    s[-1] = (x >> (8 * (31 - i))) & 0xFF if i < 32 else 0


def shl(f: Frame, s: list[int], _: object) -> None:
    n = s.pop()
    s[-1] = (s[-1] << n) & M if n < 256 else 0


def shr(f: Frame, s: list[int], _: object) -> None:
    n = s.pop()
    s[-1] = s[-1] >> n if n < 256 else 0


def sar(f: Frame, s: list[int], _: object) -> None:
    n = s.pop()
    s[-1] = (signed(s[-1]) >> min(n, 256)) & M


def keccak(f: Frame, s: list[int], _: object) -> None:
    size = s.pop()
    offset = s[-1]
    charge(f, G_KECCAK256_WORD * ((size + 31) >> 5))
    s[-1] = int.from_bytes(keccak256(read_memory(f, offset, size)), "big")


HANDLERS = {
    "LT": lt, "GT": gt, "SLT": slt, "SGT": sgt, "EQ": eq, "ISZERO": iszero,
    "AND": and_, "OR": or_, "XOR": xor, "NOT": not_, "BYTE": byte,
    "SHL": shl, "SHR": shr, "SAR": sar, "KECCAK256": keccak,
}
