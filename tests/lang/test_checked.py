"""The checked program is final per contract: refs on inherited code name the inheriting
contract's slots and the functions that run there, so the back ends resolve nothing."""

from __future__ import annotations

from lang import ast
from lang.checked import CheckedContract, FunctionInfo
from lang.compiler import compile_source
from lang.refs import Builtin, Conversion, InternalCall, StructNew

SOURCE = """
struct P {
    x: uint
    y: uint
}
contract A {
    storage a: uint
    fn hook() -> uint { return 1 }
    pub fn run() -> uint { return self.hook() }
    pub view fn get_a() -> uint { return self.a }
}
contract B {
    storage b: uint
    pub fn set_b(v: uint) { self.b = v }
    pub view fn get_b() -> uint { return self.b }
}
contract C is A, B {
    fn hook() -> uint { return 2 }
    pub fn make() -> uint {
        let p: P = P(1, 2)
        require(p.x < p.y, "order")
        return uint(int(p.y))
    }
}
"""


def _contracts() -> dict[str, CheckedContract]:
    return {c.name: c.checked for c in compile_source(SOURCE, "final.coin")}


def _calls(fn: FunctionInfo) -> list[ast.Call]:
    out: list[ast.Call] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, ast.Expr | ast.Stmt | ast.Arg):
            if isinstance(node, ast.Call):
                out.append(node)
            for value in vars(node).values():
                if isinstance(value, ast.Expr | ast.Stmt | ast.Arg | list):
                    walk(value)

    walk(fn.node.body)
    return out


def _storage_ref(fn: FunctionInfo):
    body = fn.node.body
    target = body[0].target if isinstance(body[0], ast.Assign) else body[0].value
    return target.ref


def test_a_second_base_reads_the_slot_of_the_inheriting_layout() -> None:
    cs = _contracts()
    assert _storage_ref(cs["B"].functions["set_b"]).slot == 0  # B alone: b is slot 0
    in_c = cs["C"].functions["set_b"]
    assert in_c is not cs["B"].functions["set_b"]  # C has its own record of it
    assert _storage_ref(in_c).slot == cs["C"].storage["b"].slot == 1
    assert in_c.label == "fn_B_set_b"  # still the declaring contract's code


def test_a_virtual_call_names_the_most_derived_function() -> None:
    cs = _contracts()
    (call_in_a,) = _calls(cs["A"].functions["run"])
    (call_in_c,) = _calls(cs["C"].functions["run"])
    assert isinstance(call_in_a.ref, InternalCall) and call_in_a.ref.callee.contract == "A"
    assert isinstance(call_in_c.ref, InternalCall) and call_in_c.ref.callee is cs["C"].functions["hook"]
    assert cs["C"].functions["run"].callees == [cs["C"].functions["hook"]]


def test_inherited_code_that_is_right_as_it_is_stays_shared() -> None:
    cs = _contracts()
    # a's slot does not move and get_a calls nothing: C runs A's record itself
    assert cs["C"].functions["get_a"] is cs["A"].functions["get_a"]


def test_calls_carry_typed_refs() -> None:
    cs = _contracts()
    kinds = [type(c.ref) for c in _calls(cs["C"].functions["make"])]
    assert kinds == [StructNew, Builtin, Conversion, Conversion]
