"""Hypothesis properties of the compiler: arithmetic agrees with Python integers under
the checked rules, and no input makes the compiler fail with anything but CompileErrors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lang.compiler import compile_source
from lang.errors import CompileErrors
from tests.lang.conftest import Reverted, World

UMAX = 2**256 - 1
IMIN, IMAX = -(2**255), 2**255 - 1
OPS = ["+", "-", "*", "/", "%", "**"]

ARITH_SRC = "contract A {\n" + "\n".join(
    f"    pub view fn u{i}(a: uint, b: uint) -> uint {{ return a {op} b }}\n"
    f"    pub view fn s{i}(a: int, b: int) -> int {{ return a {op} b }}"
    for i, op in enumerate(OPS) if op != "**"
) + "\n    pub view fn upow(a: uint, b: uint) -> uint { return a ** b }\n" \
    "    pub view fn spow(a: int, b: uint) -> int { return a ** b }\n}\n"


def reference(op: str, a: int, b: int, lo: int, hi: int) -> int | str:
    """Python's answer under Coin's rules: a value, or the panic it must raise."""
    if op in "/%" and b == 0:
        return "div0"
    if op == "/":
        q = abs(a) // abs(b)
        r = q if (a >= 0) == (b >= 0) else -q
    elif op == "%":
        r = abs(a) % abs(b) * (1 if a >= 0 else -1)
    elif op == "**":
        if abs(a) > 1 and b > 512:
            return "overflow"
        r = a**b
    else:
        r = {"+": a + b, "-": a - b, "*": a * b}[op]
    return r if lo <= r <= hi else "overflow"


@pytest.fixture(scope="module")
def arith():
    world = World()
    return world.deploy(ARITH_SRC)


uints = st.one_of(st.integers(0, UMAX), st.integers(0, 2**130), st.integers(0, 300),
                  st.sampled_from([0, 1, 2, UMAX, UMAX - 1, 2**128, 2**255]))
ints = st.one_of(st.integers(IMIN, IMAX), st.integers(-(2**130), 2**130), st.integers(-300, 300),
                 st.sampled_from([0, 1, -1, IMIN, IMAX, IMIN + 1]))


def _check(contract, fn: str, op: str, a: int, b: int, lo: int, hi: int) -> None:
    want = reference(op, a, b, lo, hi)
    if isinstance(want, int):
        assert getattr(contract, fn)(a, b) == want
    else:
        with pytest.raises(Reverted) as info:
            getattr(contract, fn)(a, b)
        assert info.value.panic == (0x12 if want == "div0" else 0x11)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(op=st.sampled_from(OPS), a=uints, b=uints)
def test_uint_arithmetic_matches_python(arith, op, a, b):
    if op == "**":
        b = b % 300
        _check(arith, "upow", op, a, b, 0, UMAX)
    else:
        _check(arith, f"u{OPS.index(op)}", op, a, b, 0, UMAX)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(op=st.sampled_from(OPS), a=ints, b=ints)
def test_int_arithmetic_matches_python(arith, op, a, b):
    if op == "**":
        b = abs(b) % 300
        want = reference(op, a, b, IMIN, IMAX)
        if isinstance(want, int):
            assert arith.spow(a, b) == want
        else:
            with pytest.raises(Reverted) as info:
                arith.spow(a, b)
            assert info.value.panic == 0x11
    else:
        _check(arith, f"s{OPS.index(op)}", op, a, b, IMIN, IMAX)


# ---- random expressions: the folded constant, the runtime value and Python agree

def expressions(depth: int = 3):
    leaf = st.one_of(st.sampled_from(["x", "y", "z"]), st.integers(0, 2**70).map(str))
    return st.recursive(
        leaf,
        lambda sub: st.tuples(sub, st.sampled_from(["+", "-", "*", "/", "%"]), sub)
        .map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        max_leaves=6,
    )


class _CompileTimeError(Exception):
    pass


def py_eval(expr: str, env: dict[str, int]) -> int | None | str:
    """Evaluate as Coin does: sub-expressions made only of literals fold exactly (like
    Solidity's literal arithmetic) and must fit `uint` where they meet a variable; all
    other steps are checked uint operations. Returns the value, None when Coin must
    revert, or "compile error"."""
    import ast as pyast

    def exact(op: str, a: int, b: int) -> int:
        if op in "/%" and b == 0:
            raise _CompileTimeError
        return reference(op, a, b, -(2**600), 2**600)  # type: ignore[return-value]

    def ev(node) -> tuple[int, bool]:
        if isinstance(node, pyast.Constant):
            return node.value, True
        if isinstance(node, pyast.Name):
            return env[node.id], False
        (a, ca), (b, cb) = ev(node.left), ev(node.right)
        op = {pyast.Add: "+", pyast.Sub: "-", pyast.Mult: "*", pyast.Div: "/", pyast.Mod: "%"}[type(node.op)]
        if ca and cb:
            return exact(op, a, b), True
        for v, c in ((a, ca), (b, cb)):
            if c and not 0 <= v <= UMAX:
                raise _CompileTimeError
        if a is None or b is None:  # a run-time failure below: the compile-time checks above still apply
            return None, False
        r = reference(op, a, b, 0, UMAX)
        if not isinstance(r, int):
            return None, False
        return r, False

    try:
        value, const = ev(pyast.parse(expr, mode="eval").body)
    except _CompileTimeError:
        return "compile error"
    if value is None:
        return None
    if const and not 0 <= value <= UMAX:
        return "compile error"
    return value


@settings(max_examples=60, deadline=None)
@given(expr=expressions(), x=st.integers(0, 2**80), y=st.integers(0, 2**80), z=st.integers(1, 2**80))
def test_random_expressions_match_python(expr, x, y, z):
    src = f"contract E {{ pub view fn f(x: uint, y: uint, z: uint) -> uint {{ return {expr} }} }}"
    want = py_eval(expr, {"x": x, "y": y, "z": z})
    if want == "compile error":
        with pytest.raises(CompileErrors) as info:
            World().deploy(src)
        assert all("constant" in err.message for err in info.value.errors)
        return
    c = World().deploy(src)
    if want is None:
        with pytest.raises(Reverted):
            c.f(x, y, z)
    else:
        assert c.f(x, y, z) == want


# ---- robustness: anything at all in, only CompileErrors out

BUNDLED = sorted((Path(__file__).resolve().parents[2] / "contracts").glob("*.coin"))
SEEDS = [p.read_text() for p in BUNDLED]
TOKENS = ["{", "}", "(", ")", "[", "]", ",", ":", "=", "+", "-", "**", "..", "\n", " ", "fn", "pub",
          "view", "let", "return", "self", ".", "uint", "map<", ">", "\"", "0x", "1", "x", "if",
          "else", "while", "for", "in", "emit", "struct", "contract", "is", "init", "//", "/*"]


def _compile_only_user_errors(src: str) -> None:
    try:
        compile_source(src, "fuzz.coin")
    except CompileErrors:
        pass


@settings(max_examples=150, deadline=None)
@given(seed=st.sampled_from(SEEDS), data=st.data())
def test_mutated_source_raises_only_compile_errors(seed, data):
    src = seed
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(src)))
        kind = data.draw(st.sampled_from(["delete", "insert", "duplicate"]))
        if kind == "delete":
            n = data.draw(st.integers(1, 20))
            src = src[:pos] + src[pos + n:]
        elif kind == "insert":
            src = src[:pos] + data.draw(st.sampled_from(TOKENS)) + src[pos:]
        else:
            n = data.draw(st.integers(1, 40))
            src = src[:pos] + src[pos:pos + n] + src[pos:]
    _compile_only_user_errors(src)


@settings(max_examples=150, deadline=None)
@given(src=st.one_of(st.text(max_size=200), st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)))
def test_random_text_raises_only_compile_errors(src):
    _compile_only_user_errors(src)
