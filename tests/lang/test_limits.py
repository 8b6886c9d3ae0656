"""The compiler's limits (issue 12, item 9): past them a located error, never an internal
one or a RecursionError; below them the program compiles and runs, with the stack well
inside Python's default recursion limit (`lang/limits.py`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lang import limits
from lang.compiler import compile_file, compile_source
from lang.errors import CompileErrors

ROOT = Path(__file__).resolve().parents[2]


def fn(body: str, params: str = "x: uint", ret: str = "uint") -> str:
    return ("contract C {\n    fn g(x: uint) -> uint {\n        return x\n    }\n"
            f"    pub fn f({params}) -> {ret} {{\n{body}\n    }}\n}}\n")


def errors_of(source: str, file: str = "t.coin") -> list:
    with pytest.raises(CompileErrors) as info:
        compile_source(source, file)
    return info.value.errors


def one_error(source: str, match: str):
    errs = errors_of(source)
    assert len(errs) == 1, [str(e) for e in errs]
    assert match in errs[0].message, errs[0].message
    return errs[0]


# ------------------------------------------------------------------ nesting
def test_a_thousand_term_chain_is_a_located_limit_error():
    e = one_error(fn("        return " + " + ".join(["x"] * 1000)), "nested too deeply")
    assert (e.span.file, e.span.line) == ("t.coin", 6)
    assert "split the expression with `let`" in e.hint


def test_brackets_are_bounded_before_parsing():
    e = one_error(fn("        return " + "(" * 5000 + "x" + ")" * 5000), "brackets nested too deeply")
    # the `(` that opens one level too many (the contract's and function's `{` count)
    assert e.span.line == 6 and e.span.col == len("        return ") + limits.MAX_DEPTH - 2 + 1


def test_deep_blocks_are_a_limit_error():
    n = 300
    body = "        if x > 0 {\n" * n + "        x += 1\n" + "        }\n" * n + "        return x"
    one_error(fn(body), "nested too deeply")


def test_deep_else_if_chain_is_a_limit_error():
    body = "        " + " else ".join(f"if x == {i} {{\n            return {i}\n        }}" for i in range(400))
    one_error(fn(body + "\n        return x"), "nested too deeply")


@pytest.mark.parametrize("shape", ["parens", "plus", "pow", "calls", "not", "neg", "and"])
def test_just_below_the_limit_compiles_and_runs(world, shape):
    n = limits.MAX_DEPTH - 2  # `return` and the outermost expression take two levels
    src = {
        "parens": fn("        return " + "(" * (limits.MAX_DEPTH - 3) + "x" + ")" * (limits.MAX_DEPTH - 3)),
        "plus": fn("        return " + " + ".join(["x"] * (n + 1))),
        "pow": fn("        return " + " ** ".join(["x"] * (n + 1))),
        "calls": fn("        return " + "self.g(" * (n // 2) + "x" + ")" * (n // 2)),
        "not": fn("        return " + "not " * n + "b", "b: bool", "bool"),
        "neg": fn("        return " + "-(" * n + "x" + ")" * n, "x: int", "int"),
        "and": fn("        return " + " and ".join(["b"] * (n + 1)), "b: bool", "bool"),
    }[shape]
    c = world.deploy(src)
    want = {"parens": 1, "plus": n + 1, "pow": 1, "calls": 1, "not": n % 2 == 1, "neg": 1, "and": False}[shape]
    arg = {"not": False, "and": False}.get(shape, 1)
    assert c.f(arg) == want


def test_the_stages_stay_far_from_the_recursion_limit():
    """A program at the depth limit compiles with the recursion limit at half its default:
    the bound, not Python's limit, is what keeps the stack small."""
    n = limits.MAX_DEPTH - 2
    sources = [fn("        return " + " and ".join(["b"] * (n + 1)), "b: bool", "bool"),
               fn("        if x > 0 {\n" * n + "        x += 1\n" + "        }\n" * n + "        return x")]
    saved = sys.getrecursionlimit()
    sys.setrecursionlimit(500 + len(__import__("inspect").stack()))
    try:
        for src in sources:
            compile_source(src, "t.coin")
    finally:
        sys.setrecursionlimit(saved)


WRAPPERS = ["({} + 1)", "(1 * {})", "self.g({})", "({} ** 1)", "{} - 0", "({})"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WRAPPERS), min_size=1, max_size=3 * limits.MAX_DEPTH))
def test_random_deep_nesting_compiles_or_reports_the_limit(wrappers):
    expr = "x"
    for w in wrappers:
        expr = w.format(expr)
    try:
        compile_source(fn("        return " + expr), "t.coin")
    except CompileErrors as e:
        assert all("nested too deeply" in err.message for err in e.errors), [str(x) for x in e.errors]


# ------------------------------------------------------------------ declarations
def test_a_thousand_nested_structs_are_a_limit_error():
    structs = "struct S0 { a: uint }\n" + "".join(f"struct S{i} {{ a: S{i - 1} }}\n" for i in range(1, 1000))
    src = structs + "contract C {\n    storage x: S999\n    pub fn f() -> uint {\n        return 1\n    }\n}\n"
    e = one_error(src, "nests structs")
    assert f"the limit is {limits.MAX_STRUCT_DEPTH}" in e.message


def test_struct_nesting_at_the_limit_compiles(world):
    d = limits.MAX_STRUCT_DEPTH
    structs = "struct S1 { a: uint }\n" + "".join(f"struct S{i} {{\n    a: S{i - 1}\n    b: uint\n}}\n" for i in range(2, d + 1))
    assert world.deploy(structs + f"contract C {{\n    storage x: S{d}\n    pub fn f() -> uint {{\n"
                 "        self.x.b = 7\n        return self.x.b\n    }\n}\n").f() == 7


def _chain(n: int) -> str:
    return "contract C0 {\n    pub fn f0() -> uint {\n        return 0\n    }\n}\n" + "".join(
        f"contract C{i} is C{i - 1} {{\n    pub fn f{i}() -> uint {{\n        return {i}\n    }}\n}}\n"
        for i in range(1, n))


def test_a_long_inheritance_chain_is_a_limit_error():
    e = one_error(_chain(1000), "levels of base contracts")
    assert e.message.startswith(f"contract `C{limits.MAX_INHERITANCE_DEPTH}`")


def test_inheritance_at_the_limit_compiles(world):
    c = world.deploy(_chain(limits.MAX_INHERITANCE_DEPTH))
    assert c.call("f0") == 0 and c.call(f"f{limits.MAX_INHERITANCE_DEPTH - 1}") == limits.MAX_INHERITANCE_DEPTH - 1


def test_a_struct_cycle_is_still_the_checkers_error():
    errs = errors_of("struct A { b: B }\nstruct B { a: A }\ncontract C {\n    pub fn f() -> uint {\n"
                     "        return 1\n    }\n}\n")
    assert errs and not any("nests structs" in e.message for e in errs)


@pytest.mark.parametrize("count", [128, 129, 300])
def test_many_public_functions_with_return_values(world, count):
    src = "contract C {\n" + "".join(
        f"    pub fn f{i}(a: uint, b: uint) -> uint {{\n        return a + b + {i}\n    }}\n"
        for i in range(count)) + "}\n"
    c = world.deploy(src)
    assert c.call(f"f{count - 1}", 1, 2) == count + 2
    assert c.call("f0", 1, 2) == 3


# ------------------------------------------------------------------ literals
def test_a_5000_digit_literal_is_a_limit_error_not_malformed():
    e = one_error(fn("        return " + "1" * 5000), "number literal of 5,000 digits")
    assert "malformed" not in e.message and "78 decimal" in e.hint


def test_a_long_literal_within_the_limit_is_a_range_error():
    errs = errors_of(fn("        return " + "9" * 100))
    assert errs and all("digits" not in e.message and "malformed" not in e.message for e in errs)


# ------------------------------------------------------------------ imports
def _main(imports: str) -> str:
    return imports + "contract C {\n    pub fn f() -> uint {\n        return 1\n    }\n}\n"


def test_an_import_name_over_255_bytes(tmp_path):
    e = one_error(_main(f'import "{"a" * 300}.coin"\n'), "is 305 bytes long: the limit is 255")
    assert e.span.line == 1


def test_an_import_path_over_the_limit(tmp_path):
    one_error(_main(f'import "{"/".join(["d" * 200] * 6)}.coin"\n'), "the limit is 1024")


@pytest.mark.parametrize("raw,match", [(r"\xff\xfe.coin", "not valid UTF-8"), (r"a\0b.coin", "NUL"),
                                       ("", "empty")])
def test_import_paths_that_cannot_name_a_file(raw, match):
    one_error(_main(f'import "{raw}"\n'), match)


def test_import_cycles_are_reported(tmp_path):
    (tmp_path / "a.coin").write_text('import "b.coin"\n' + _main("").replace("C", "A"))
    (tmp_path / "b.coin").write_text('import "a.coin"\n' + _main("").replace("C", "B"))
    with pytest.raises(CompileErrors) as info:
        compile_file(tmp_path / "a.coin")
    [e] = info.value.errors
    assert "import cycle" in e.message and "a.coin" in e.message and "b.coin" in e.message
    assert e.span.file.endswith("b.coin") and e.span.line == 1


def test_a_file_importing_itself_is_a_cycle(tmp_path):
    (tmp_path / "s.coin").write_text('import "s.coin"\n' + _main(""))
    with pytest.raises(CompileErrors, match="import cycle"):
        compile_file(tmp_path / "s.coin")


def test_a_diamond_is_not_a_cycle(tmp_path):
    (tmp_path / "base.coin").write_text("struct P { a: uint }\n")
    (tmp_path / "l.coin").write_text('import "base.coin"\n')
    (tmp_path / "r.coin").write_text('import "base.coin"\n')
    (tmp_path / "top.coin").write_text('import "l.coin"\nimport "r.coin"\n' + _main(""))
    assert [c.name for c in compile_file(tmp_path / "top.coin")] == ["C"]


def test_import_depth_is_bounded(tmp_path):
    n = limits.MAX_IMPORT_DEPTH + 5
    for i in range(n):
        (tmp_path / f"m{i}.coin").write_text(f'import "m{i + 1}.coin"\n' if i + 1 < n else "")
    (tmp_path / "root.coin").write_text('import "m0.coin"\n' + _main(""))
    with pytest.raises(CompileErrors, match=f"more than {limits.MAX_IMPORT_DEPTH} files deep"):
        compile_file(tmp_path / "root.coin")


def test_the_cli_reports_limits_without_a_traceback(tmp_path):
    cases = {"deep.coin": fn("        return " + " + ".join(["x"] * 1000)),
             "digits.coin": fn("        return " + "1" * 5000),
             "cycle.coin": 'import "cycle.coin"\n' + _main("")}
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
        r = subprocess.run([sys.executable, "-m", "coinc", "compile", name, "--out-dir", "build"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120,
                           env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        assert r.returncode == 1, (name, r.stdout, r.stderr)
        out = r.stdout + r.stderr
        assert f"{name}:" in out and "Traceback" not in out and "internal" not in out, out
