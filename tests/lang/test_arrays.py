"""Arrays (`T[N]`, `array<T, N>`) on both back ends: storage, memory, calldata and return
values, of value types and structs; `append`/`pop`/`len`, bounds checks and `for x in a`.

Every call runs on the Coin VM and on py-evm (Vyper's DynArray) through test_evm.py's
`Dual`, which asserts that they agree; hypothesis drives sequences of operations against
a Python model.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lang.compiler import compile_source
from lang.errors import CompileErrors
from tests.lang.conftest import Reverted
from tests.lang.test_evm import Dual

U256 = 2**256
ZERO = "0x" + "00" * 20

ARRAYS = """
struct P { a: uint  b: address }
contract A {
    storage xs: array<uint, 5>
    storage fx: uint[3]
    storage ps: array<P, 4>
    storage per: map<address, array<uint, 3>>
    pub fn push(v: uint) -> uint {
        self.xs.append(v)
        return len(self.xs)
    }
    pub fn pop() -> uint { return self.xs.pop() }
    pub view fn at(i: uint) -> uint { return self.xs[i] }
    pub view fn all() -> array<uint, 5> { return self.xs }
    pub fn setf(i: uint, v: uint) {
        self.fx[i] = v
        self.fx[i] += 1
    }
    pub view fn getf() -> uint[3] { return self.fx }
    pub fn replace(a: array<uint, 5>) { self.xs = a }
    pub view fn sum(a: array<uint, 10>) -> uint {
        let t: uint = 0
        for x in a { t += x }
        return t
    }
    pub view fn fsum(a: uint[4]) -> uint {
        let t: uint = 0
        for x in a { t += x }
        return t + len(a)
    }
    pub fn addp(a: uint, b: address) { self.ps.append(P(a: a, b: b)) }
    pub fn setpb(i: uint, b: address) { self.ps[i].b = b }
    pub view fn getp(i: uint) -> P { return self.ps[i] }
    pub view fn pb(i: uint) -> address { return self.ps[i].b }
    pub view fn allp() -> array<P, 4> { return self.ps }
    pub fn popp() -> P { return self.ps.pop() }
    pub fn mine(v: uint) -> uint {
        self.per[msg.sender].append(v)
        return len(self.per[msg.sender])
    }
    pub view fn of(who: address) -> array<uint, 3> { return self.per[who] }
    pub view fn mem(n: uint) -> array<uint, 8> {
        let a: array<uint, 8> = [7]
        for i in 0..n { a.append(i * i) }
        let b = a
        b[0] = 99
        a[1] += 5
        return a
    }
    pub view fn copies(a: array<uint, 4>) -> uint {
        let b = a
        b[0] = 1000
        return a[0] + b[0]
    }
    pub view fn structs(ps: array<P, 3>, i: uint) -> address {
        let q = ps
        q[i].b = 0x00000000000000000000000000000000000000aa
        return ps[i].b
    }
    pub view fn lit() -> uint[3] { return [1, 2, 3] }
    pub view fn popmem(a: array<uint, 4>) -> uint {
        let b = a
        let x = b.pop()
        return x * 100 + len(b) * 10 + len(a)
    }
    pub fn snapshot() -> uint {
        let t: uint = 0
        for x in self.xs {
            t += x
            self.xs.append(1)
        }
        return t
    }
    pub view fn helper(a: array<uint, 4>) -> uint {
        let n = self.bump(a)
        return a[0] * 1000 + n
    }
    view fn bump(a: array<uint, 4>) -> uint {
        a[0] = 7
        return a[0]
    }
}
"""


@pytest.fixture
def dual() -> Dual:
    return Dual()


PANIC = ("reverted", ("panic-or-empty",))


def test_storage_dynamic_array(dual):
    c = dual.deploy(ARRAYS)
    assert c.all() == ()
    assert c.call("pop") == PANIC
    assert c.call("at", 0) == PANIC
    for i in range(5):
        assert c.push(10 + i) == i + 1
    assert c.call("push", 99) == PANIC  # full
    assert c.all() == (10, 11, 12, 13, 14)
    assert c.at(4) == 14
    assert c.call("at", 5) == PANIC
    assert c.pop() == 14
    assert c.all() == (10, 11, 12, 13)
    c.replace([1, 2])
    assert c.all() == (1, 2)
    assert c.snapshot() == 3
    assert c.all() == (1, 2, 1, 1)


def test_storage_fixed_array_and_structs(dual):
    c = dual.deploy(ARRAYS)
    assert c.getf() == (0, 0, 0)
    c.setf(2, 41)
    assert c.getf() == (0, 0, 42)
    assert c.call("setf", 3, 1) == PANIC
    a1, a2 = "0x" + "11" * 20, "0x" + "22" * 20
    c.addp(1, a1)
    c.addp(2, a2)
    assert c.getp(1) == (2, a2)
    assert c.pb(0) == a1
    c.setpb(0, a2)
    assert c.allp() == ((1, a2), (2, a2))
    assert c.popp() == (2, a2)
    assert c.allp() == ((1, a2),)
    assert c.call("getp", 1) == PANIC


def test_arrays_in_maps(dual):
    c = dual.deploy(ARRAYS)
    assert c.mine(5, sender=0) == 1
    assert c.mine(6, sender=0) == 2
    assert c.mine(7, sender=1) == 1
    assert c.of(dual.actors[0]) == (5, 6)
    assert c.of(dual.actors[1]) == (7,)


def test_memory_arrays_are_values(dual):
    c = dual.deploy(ARRAYS)
    assert c.mem(3) == (7, 5, 1, 4)
    assert c.call("mem", 8) == PANIC  # 9 elements in an array<uint, 8>
    assert c.copies([1, 2, 3, 4]) == 1001
    ps = [(1, "0x" + "11" * 20), (2, "0x" + "22" * 20), (3, "0x" + "33" * 20)]
    assert c.structs(ps, 1) == "0x" + "22" * 20
    assert c.call("structs", ps, 3) == PANIC
    assert c.lit() == (1, 2, 3)
    assert c.popmem([4, 5, 6]) == 6 * 100 + 20 + 3
    assert c.call("popmem", []) == PANIC
    assert c.helper([3, 0, 0, 0]) == 3007  # the callee changed its own copy


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(a=st.lists(st.integers(0, 2**200), max_size=10), f=st.lists(st.integers(0, 2**200), min_size=4,
                                                                       max_size=4))
def test_calldata_arrays_agree(a, f):
    c = Dual().deploy(ARRAYS)
    assert c.sum(a) == sum(a)
    assert c.fsum(f) == sum(f) + 4


def test_calldata_longer_than_the_capacity_is_refused(dual):
    c = dual.deploy(ARRAYS)
    assert c.call("sum", list(range(11))) == PANIC


ops = st.lists(st.one_of(st.tuples(st.just("push"), st.integers(0, U256 - 1)), st.just(("pop",)),
                         st.tuples(st.just("at"), st.integers(0, 6))), max_size=14)


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=ops)
def test_push_pop_index_sequences_match_a_model(ops):
    c = Dual().deploy(ARRAYS)
    model: list[int] = []
    for op in ops:
        if op[0] == "push":
            r = c.call("push", op[1])
            if len(model) < 5:
                model.append(op[1])
                assert r == ("ok", len(model))
            else:
                assert r == PANIC
        elif op[0] == "pop":
            r = c.call("pop")
            assert r == (("ok", model.pop()) if model else PANIC)
        else:
            r = c.call("at", op[1])
            assert r == (("ok", model[op[1]]) if op[1] < len(model) else PANIC)
    assert c.all() == tuple(model)


def test_coin_vm_panic_codes(world):
    c = world.deploy(ARRAYS)
    with pytest.raises(Reverted) as info:
        c.at(0)
    assert info.value.panic == 0x32
    with pytest.raises(Reverted) as info:
        c.pop()
    assert info.value.panic == 0x31


@pytest.mark.parametrize("body,message", [
    ("let a: uint[3] = [1, 2, 3]\n return a[3]", "index 3 is out of range for `uint[3]`"),
    ("let a: array<uint, 2> = [1, 2, 3]\n return 0", "3 elements exceed the capacity of `array<uint, 2>`"),
    ("let a: uint[3] = [1, 2]\n return 0", "has exactly 3 elements, the literal has 2"),
    ("let a = [1, 2]\n return 0", "an array literal needs its type"),
    ("let a: uint[3] = [1, 2, 3]\n a.append(4)\n return 0", "has no `append`"),
    ("let a: array<uint, 3> = []\n a.push(4)\n return 0", "has no method `push`"),
    ("let a: array<uint, 3> = [true]\n return 0", "expected `uint`, found `bool`"),
    ("let a: array<string, 3> = []\n return 0", "arrays of `string` are not supported"),
    ("let a: array<uint, 0> = []\n return 0", "capacity must be between 1 and"),
    ("for x in 5 { }\n return 0", "goes over an array"),
    ("let a: vec<uint, 3> = []\n return 0", "unknown type `vec<...>`"),
])
def test_array_misuse_is_a_clear_compile_error(body, message):
    src = f"contract C {{\n    pub fn f() -> uint {{\n        {body}\n    }}\n}}\n"
    with pytest.raises(CompileErrors) as info:
        compile_source(src, "m.coin")
    assert message in str(info.value), str(info.value)


EVENTS_AND_CALLS = """
interface Summer { view fn sum(a: array<uint, 10>) -> uint }
contract Caller {
    event Batch(who: address indexed, amounts: array<uint, 4>, tags: uint[2])
    pub fn batch(amounts: array<uint, 4>) -> uint {
        emit Batch(msg.sender, amounts, [1, 2])
        return len(abi_encode(amounts))
    }
    pub view fn remote(s: address, xs: array<uint, 10>) -> uint { return Summer(s).sum(xs) }
    pub view fn encoded(a: array<uint, 4>, f: uint[2]) -> bytes[256] { return abi_encode(a, f) }
}
"""


def test_events_abi_encode_and_interface_calls_with_arrays(dual):
    from eth_abi import encode

    summer = dual.deploy(ARRAYS)
    c = dual.deploy(EVENTS_AND_CALLS, name="Caller")
    r = c.call("batch", [5, 6, 7])
    assert r[0] == "ok" and r[1] == len(encode(["uint256[]"], [[5, 6, 7]]))
    assert c.remote(summer.address, [1, 2, 3]) == 6
    assert c.encoded([9, 8], [1, 2]) == encode(["uint256[]", "uint256[2]"], [[9, 8], [1, 2]])


def test_indexed_arrays_and_structs_are_refused():
    for ty in ("array<uint, 3>", "uint[2]"):
        with pytest.raises(CompileErrors) as info:
            compile_source(f"contract C {{\n    event E(xs: {ty} indexed)\n}}\n", "i.coin")
        assert "an indexed event field cannot be" in str(info.value)
