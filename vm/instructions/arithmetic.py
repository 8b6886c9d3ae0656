"""Arithmetic: wrapping EVM operations and Coin's checked ones (revert with Panic).

Operands are in source order: for `SUB(a, b)` `b` is on top of the stack.
"""

from __future__ import annotations

from vm.errors import PANIC_ARITHMETIC, PANIC_DIVISION_BY_ZERO, Panic
from vm.gas import G_EXP_BYTE
from vm.machine import Frame, charge

M = 2**256 - 1
MOD = 2**256
SIGN = 2**255
INT_MIN = -(2**255)
INT_MAX = 2**255 - 1


def signed(x: int) -> int:
    return x - MOD if x & SIGN else x


# -- wrapping ---------------------------------------------------------------------------


def add(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] = (s[-1] + b) & M


def mul(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] = (s[-1] * b) & M


def sub(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] = (s[-1] - b) & M


def div(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] = s[-1] // b if b else 0


def sdiv(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    a = signed(s[-1])
    if b == 0:
        s[-1] = 0
        return
    q = abs(a) // abs(b)
    s[-1] = (-q if (a < 0) != (b < 0) else q) & M


def mod(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    s[-1] = s[-1] % b if b else 0


def smod(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    a = signed(s[-1])
    if b == 0:
        s[-1] = 0
        return
    r = abs(a) % abs(b)
    s[-1] = (-r if a < 0 else r) & M


def _exp_gas(f: Frame, exponent: int) -> None:
    if exponent:
        charge(f, G_EXP_BYTE * ((exponent.bit_length() + 7) // 8))


def exp(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    _exp_gas(f, b)
    s[-1] = pow(s[-1], b, MOD)


def signextend(f: Frame, s: list[int], _: object) -> None:
    x = s.pop()
    b = s[-1]
    if b >= 31:
        s[-1] = x
        return
    sign_bit = 1 << (b * 8 + 7)
    low = (sign_bit << 1) - 1
    s[-1] = (x | (M ^ low)) if x & sign_bit else (x & low)


# -- checked ----------------------------------------------------------------------------


def _overflow() -> Panic:
    return Panic(PANIC_ARITHMETIC)


def _div_zero() -> Panic:
    return Panic(PANIC_DIVISION_BY_ZERO)


def cadd(f: Frame, s: list[int], _: object) -> None:
    r = s.pop() + s[-1]
    if r > M:
        raise _overflow()
    s[-1] = r


def csub(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    r = s[-1] - b
    if r < 0:
        raise _overflow()
    s[-1] = r


def cmul(f: Frame, s: list[int], _: object) -> None:
    r = s.pop() * s[-1]
    if r > M:
        raise _overflow()
    s[-1] = r


def cdiv(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    if not b:
        raise _div_zero()
    s[-1] //= b


def cmod(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    if not b:
        raise _div_zero()
    s[-1] %= b


def _checked_pow(a: int, b: int, lo: int, hi: int) -> int:
    """a**b, raising Panic(0x11) outside [lo, hi]; never builds huge integers."""
    if b == 0:
        return 1
    if a in (0, 1) or b == 1:
        r = a
    elif a == -1:
        r = -1 if b & 1 else 1
    elif b >= 256:  # |a| >= 2: at least 2**256
        raise _overflow()
    else:
        r = a**b
    if not lo <= r <= hi:
        raise _overflow()
    return r


def cexp(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    _exp_gas(f, b)
    s[-1] = _checked_pow(s[-1], b, 0, M)


def _signed_result(r: int) -> int:
    if not INT_MIN <= r <= INT_MAX:
        raise _overflow()
    return r & M


def scadd(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    s[-1] = _signed_result(signed(s[-1]) + b)


def scsub(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    s[-1] = _signed_result(signed(s[-1]) - b)


def scmul(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    s[-1] = _signed_result(signed(s[-1]) * b)


def scdiv(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    a = signed(s[-1])
    if b == 0:
        raise _div_zero()
    q = abs(a) // abs(b)
    s[-1] = _signed_result(-q if (a < 0) != (b < 0) else q)


def scmod(f: Frame, s: list[int], _: object) -> None:
    b = signed(s.pop())
    a = signed(s[-1])
    if b == 0:
        raise _div_zero()
    r = abs(a) % abs(b)
    s[-1] = (-r if a < 0 else r) & M


def scexp(f: Frame, s: list[int], _: object) -> None:
    b = s.pop()
    _exp_gas(f, b)
    s[-1] = _checked_pow(signed(s[-1]), b, INT_MIN, INT_MAX) & M


def scneg(f: Frame, s: list[int], _: object) -> None:
    s[-1] = _signed_result(-signed(s[-1]))


def muldiv(f: Frame, s: list[int], _: object) -> None:
    c = s.pop()
    b = s.pop()
    if not c:
        raise _div_zero()
    r = s[-1] * b // c
    if r > M:
        raise _overflow()
    s[-1] = r


HANDLERS = {
    "ADD": add, "MUL": mul, "SUB": sub, "DIV": div, "SDIV": sdiv, "MOD": mod, "SMOD": smod,
    "EXP": exp, "SIGNEXTEND": signextend,
    "CADD": cadd, "CSUB": csub, "CMUL": cmul, "CDIV": cdiv, "CMOD": cmod, "CEXP": cexp,
    "SCADD": scadd, "SCSUB": scsub, "SCMUL": scmul, "SCDIV": scdiv, "SCMOD": scmod,
    "SCEXP": scexp, "SCNEG": scneg, "MULDIV": muldiv,
}
