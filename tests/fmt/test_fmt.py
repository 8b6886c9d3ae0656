"""coinc fmt: canonical, idempotent, comment-preserving, and meaning-preserving (same
bytecode before and after) on every bundled contract and on deliberately messy input."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from coinc.fmt import format_source
from lang.compiler import BUNDLED_CONTRACTS, compile_source
from lang.errors import CompileErrors

BUNDLED = sorted(BUNDLED_CONTRACTS.glob("*.coin"))

MESSY = """// header


import "token.coin"
const X:uint=10 ** 3;const Y: int = 5+ -7
struct P {a:uint;b:address}
contract M { storage m:map<address,map<address,uint>> }
contract C is Token{
  storage s : uint   /* block */
  event E(a:address indexed,b:uint,)


  init(){Token.init("a","b",18)}
  pub fn f(x:uint,y:uint)->uint{
     let z:uint=x*(y+1)   // trailing
     if z>1{return z}else if not (z==0) and x<y{
        return min(
            x,
            y)
     } else {
     }
     for i in 0 .. 10 { z += i }
     let w = x +
        y
     // closing comment
     return z % 2 + w
  }
}
"""

CANONICAL = """// header

import "token.coin"
const X: uint = 10**3
const Y: int = 5 + -7
struct P {
    a: uint
    b: address
}
contract M {
    storage m: map<address, map<address, uint>>
}
contract C is Token {
    storage s: uint /* block */
    event E(a: address indexed, b: uint,)

    init() {
        Token.init("a", "b", 18)
    }
    pub fn f(x: uint, y: uint) -> uint {
        let z: uint = x * (y + 1)  // trailing
        if z > 1 {
            return z
        } else if not (z == 0) and x < y {
            return min(
                x,
                y)
        } else {}
        for i in 0..10 {
            z += i
        }
        let w = x +
            y
        // closing comment
        return z % 2 + w
    }
}
"""


def _comments(text: str) -> list[str]:
    return [c.rstrip() for c in re.findall(r"//[^\n]*|/\*.*?\*/", text, re.S)]


def _bytecodes(source: str, file: str) -> dict[str, bytes]:
    return {c.name: c.bytecode for c in compile_source(source, file)}


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_contract_formats_idempotently_to_the_same_bytecode(path: Path):
    source = path.read_text(encoding="utf-8")
    once = format_source(source, str(path))
    assert format_source(once, str(path)) == once
    assert _comments(once) == _comments(source)
    assert _bytecodes(once, str(path)) == _bytecodes(source, str(path))


def test_messy_source_gets_the_canonical_layout():
    assert format_source(MESSY) == CANONICAL
    assert format_source(CANONICAL) == CANONICAL


def test_messy_source_compiles_to_the_same_bytecode_after_formatting():
    assert _bytecodes(format_source(MESSY), "<source>") == _bytecodes(MESSY, "<source>")


@pytest.mark.parametrize("source, expected", [
    ("", ""),
    ("contract A {\n\n}", "contract A {}\n"),
    ("contract A { // why\n}", "contract A {  // why\n}\n"),
    ("contract A {\n  // only a comment\n}", "contract A {\n    // only a comment\n}\n"),
    ("/* a\n   b */ contract A {}", "/* a\n   b */ contract A {}\n"),
    ("contract A {\n fn f() {\n  if true { }\n  // c\n  else { }\n }\n}",
     "contract A {\n    fn f() {\n        if true {}\n        // c\n        else {}\n    }\n}\n"),
    ("const X: uint = 1 -\n-2", "const X: uint = 1 -\n    -2\n"),
    ("contract A {\n fn f() {\n  if true {\n  }\n\n  else {\n  }\n }\n}",
     "contract A {\n    fn f() {\n        if true {} else {}\n    }\n}\n"),
    ("contract A {\r\n  storage x: uint\r\n}\r\n", "contract A {\n    storage x: uint\n}\n"),
])
def test_edge_layouts(source: str, expected: str):
    assert format_source(source) == expected
    assert format_source(expected) == expected


def test_source_that_does_not_parse_is_reported_not_formatted():
    with pytest.raises(CompileErrors) as info:
        format_source("contract {", "bad.coin")
    assert str(info.value).startswith("bad.coin:1:10: error:")


def _coinc(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coinc", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=60)


def test_cli_check_then_rewrite(tmp_path: Path):
    messy = tmp_path / "messy.coin"
    messy.write_text(MESSY, encoding="utf-8")
    clean = tmp_path / "clean.coin"
    clean.write_text(CANONICAL, encoding="utf-8")
    checked = _coinc("fmt", "--check", "messy.coin", "clean.coin", cwd=tmp_path)
    assert checked.returncode == 1
    assert "would reformat messy.coin" in checked.stdout
    assert "clean.coin" not in checked.stdout
    assert messy.read_text(encoding="utf-8") == MESSY  # --check changes nothing
    rewritten = _coinc("fmt", "messy.coin", cwd=tmp_path)
    assert rewritten.returncode == 0, rewritten.stderr
    assert messy.read_text(encoding="utf-8") == CANONICAL
    assert _coinc("fmt", "--check", "messy.coin", cwd=tmp_path).returncode == 0


def test_cli_reports_a_syntax_error_with_its_location(tmp_path: Path):
    (tmp_path / "bad.coin").write_text("contract A {\n    storage x uint\n}\n", encoding="utf-8")
    result = _coinc("fmt", "bad.coin", cwd=tmp_path)
    assert result.returncode == 1
    assert "bad.coin:2:15: error:" in result.stderr
    assert "Traceback" not in result.stderr
