"""The code generator's optimizations (emission orders and the peephole pass) change no
behaviour and never cost gas: random programs compiled with `optimize` on and off give
the same results, storage, logs and revert data, with no more gas when on."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lang.codegen import Section, peephole
from lang.compiler import compile_file, compile_source
from lang.errors import CompileErrors
from tests.lang.conftest import World
from vm.asm import Instr, Label

BUNDLED = Path(__file__).resolve().parents[2] / "contracts"

LEAVES = ["a", "b", "self.x", "self.m[a]", "self.m[b]", "self.mm[msg.sender][a]",
          "self.mm[msg.sender][self.m[b]]", "self.m[self.m[a]]"]
exprs = st.recursive(
    st.one_of(st.sampled_from(LEAVES), st.integers(0, 2**256 - 1).map(str),
              st.integers(0, 40).map(str)),
    lambda sub: st.tuples(sub, st.sampled_from(["+", "-", "*", "/", "%"]), sub).map(
        lambda t: f"({t[0]} {t[1]} {t[2]})"),
    max_leaves=6,
)

TEMPLATE = """
contract P {{
    storage x: uint
    storage m: map<uint, uint>
    storage mm: map<address, map<uint, uint>>
    event E(a: uint indexed, v: uint)

    pub fn f(a: uint, b: uint) -> uint {{
        let c = {e1}
        self.m[a] = {e2}
        self.mm[msg.sender][b] = c
        self.x = b
        self.m[c] += 1
        emit E(a, c)
        if {e3} == c {{
            return 1
        }}
        return c
    }}
}}
"""


def _run(src: str, optimize: bool, calls: list[tuple[int, int]]):
    world = World()
    c = world.deploy(src, optimize=optimize)
    out = []
    for a, b in calls:
        r = c.call_raw("f", a, b)
        out.append((r.success, r.output, 3_000_000 - r.gas_left))
    return out, dict(world.host.storage), list(world.host.logs)


@given(e1=exprs, e2=exprs, e3=exprs,
       calls=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=4))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_optimized_code_behaves_the_same_for_no_more_gas(e1, e2, e3, calls) -> None:
    src = TEMPLATE.format(e1=e1, e2=e2, e3=e3)
    try:
        compile_source(src, "test.coin")
    except CompileErrors:  # e.g. a constant division by zero
        assume(False)
    off, storage_off, logs_off = _run(src, False, calls)
    on, storage_on, logs_on = _run(src, True, calls)
    assert storage_on == storage_off
    assert logs_on == logs_off
    for (ok1, out1, gas1), (ok0, out0, gas0) in zip(on, off, strict=True):
        assert (ok1, out1) == (ok0, out0)
        assert gas1 <= gas0


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.coin")), ids=lambda p: p.name)
def test_bundled_contracts_shrink_and_keep_spans_aligned(path: Path) -> None:
    plain = compile_file(path, optimize=False)
    optimized = compile_file(path, optimize=True)
    for p, o in zip(plain, optimized, strict=True):
        for sec_p, sec_o in ((p.runtime, o.runtime), (p.init, o.init)):
            assert len(sec_o.section.items) == len(sec_o.section.spans)
            assert len(sec_o.assembled.code) <= len(sec_p.assembled.code)
        assert o.abi == p.abi
        o.source_map("runtime")


def _section(*items):
    s = Section()
    for it in items:
        s.items.append(it)
        s.spans.append(None if isinstance(it, Label) else ("span", len(s.spans)))
    return s


def test_peephole_rules() -> None:
    s = _section(Instr("PUSH", 2), Instr("PUSH", 3), Instr("ADD"), Instr("PUSH", 4), Instr("ADD"),
                 Instr("SLOAD"))
    peephole(s)
    assert s.items == [Instr("PUSH", 9), Instr("SLOAD")] and len(s.spans) == 2
    s = _section(Instr("LGET", 1), Instr("PUSH", "l"), Instr("SWAP1"), Instr("JUMPI"))
    peephole(s)
    assert s.items == [Instr("PUSH", "l"), Instr("LGET", 1), Instr("JUMPI")]
    assert s.spans == [("span", 1), ("span", 0), ("span", 3)]
    s = _section(Instr("DUP1"), Instr("POP"), Instr("PUSH", 1), Instr("POP"), Instr("STOP"))
    peephole(s)
    assert s.items == [Instr("STOP")]
    # never across a label: the label may be jumped to with another stack
    s = _section(Instr("PUSH", 1), Label("x"), Instr("PUSH", 2), Instr("ADD"))
    peephole(s)
    assert len(s.items) == 4
