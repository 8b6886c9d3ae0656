"""Constant folding: exact arithmetic on compile-time values, as the VM would compute it."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.check.context import CheckerBase
from lang.errors import Span


class Folding(CheckerBase):
    """Exact constant arithmetic and range checks."""

    def _check_fits(self, e: ast.Expr) -> None:
        if isinstance(e.const, int) and not isinstance(e.const, bool) and e.ty is not None \
                and e.ty is not T.BOOL and not T.fits(e.const, e.ty):
            raise self.fail(f"this constant expression overflows `{e.ty}` (value {e.const})", e.span)

    def _fold(self, op: str, a, b, ty: T.Type, span: Span):
        """Compute a constant operation exactly as the VM would, or report why it cannot."""
        if op in ("and", "or"):
            return (a and b) if op == "and" else (a or b)
        if op in ("==", "!="):
            return (a == b) if op == "==" else (a != b)
        if op in ("<", "<=", ">", ">="):
            return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
        if op in ("/", "%") and b == 0:
            raise self.fail("division by zero in a constant expression", span)
        if op == "**" and b < 0:
            raise self.fail("negative exponent", span)
        if op == "**" and a not in (0, 1, -1) and b > 512:
            raise self.fail(f"`{a} ** {b}` overflows `{ty}`", span)
        if op == "/":
            q = abs(a) // abs(b)
            r = q if (a >= 0) == (b >= 0) else -q
        elif op == "%":
            m = abs(a) % abs(b)
            r = m if a >= 0 else -m
        else:
            r = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "**": lambda: a**b}[op]()
        if abs(r) >= 2**512:
            raise self.fail(f"this constant expression overflows `{ty}`", span)
        return r
