"""What compiled Coin does when it runs: data-driven cases executed on the VM."""

from __future__ import annotations

import pytest
from eth_abi import decode
from eth_utils import keccak

from tests.lang.conftest import ALICE, BOB, Reverted, World

U256 = 2**256


def fn_contract(body: str, ret: str = "uint", params: str = "", extra: str = "") -> str:
    return f"""
struct Pair {{ a: uint  b: uint }}
contract T {{
    storage total: uint
    storage m: map<address, uint>
    storage nested: map<address, map<uint, uint>>
    storage pairs: map<uint, Pair>
    storage p: Pair
    storage label: string
    {extra}
    pub fn f({params}) -> {ret} {{
        {body}
    }}
}}
"""


# (body, return type, params, args, expected)
VALUE_CASES = [
    ("return 1 + 2 * 3", "uint", "", (), 7),
    ("return (1 + 2) * 3", "uint", "", (), 9),
    ("return 10 ** 18", "uint", "", (), 10**18),
    ("return 2 ** 256 - 1", "uint", "", (), U256 - 1),
    ("return 1_000_000", "uint", "", (), 1_000_000),
    ("return 0xff", "uint", "", (), 255),
    ("return x / y", "uint", "x: uint, y: uint", (7, 2), 3),
    ("return x % y", "uint", "x: uint, y: uint", (7, 3), 1),
    ("return x ** y", "uint", "x: uint, y: uint", (3, 5), 243),
    ("return -x", "int", "x: int", (5,), -5),
    ("return x / y", "int", "x: int, y: int", (-7, 2), -3),
    ("return x % y", "int", "x: int, y: int", (-7, 2), -1),
    ("return x * y", "int", "x: int, y: int", (-7, 3), -21),
    ("return x - y", "int", "x: int, y: int", (3, 10), -7),
    ("return x < y", "bool", "x: int, y: int", (-3, 2), True),
    ("return x >= y", "bool", "x: uint, y: uint", (3, 3), True),
    ("return x != y", "bool", "x: uint, y: uint", (3, 3), False),
    ("return not (x > 1) or x == 5", "bool", "x: uint", (5,), True),
    ("return x > 1 and x < 3", "bool", "x: uint", (2,), True),
    ("return x > 1 and x < 3", "bool", "x: uint", (3,), False),
    ("return min(x, y)", "uint", "x: uint, y: uint", (3, 9), 3),
    ("return max(x, y)", "uint", "x: uint, y: uint", (3, 9), 9),
    ("return min(x, y)", "int", "x: int, y: int", (-3, 9), -3),
    ("return max(x, y)", "int", "x: int, y: int", (-3, -9), -3),
    ("return mul_div(x, y, z)", "uint", "x: uint, y: uint, z: uint", (U256 - 1, U256 - 1, U256 - 1), U256 - 1),
    ("return mul_div(x, y, z)", "uint", "x: uint, y: uint, z: uint", (10**30, 10**30, 10**40), 10**20),
    ("let s: uint = 0\n for i in 0..n { s += i }\n return s", "uint", "n: uint", (10,), 45),
    ("let s: uint = 0\n let i: uint = 0\n while i < n { i += 1\n if i % 2 == 0 { continue }\n s += i }\n return s",
     "uint", "n: uint", (10,), 25),
    ("let s: uint = 0\n for i in 0..n { if i == 4 { break }\n s += 1 }\n return s", "uint", "n: uint", (10,), 4),
    ("if x > 10 { return 1 } else if x > 5 { return 2 } else { return 3 }", "uint", "x: uint", (7,), 2),
    ("if x > 10 { return 1 } else if x > 5 { return 2 } else { return 3 }", "uint", "x: uint", (1,), 3),
    ("return address(0)", "address", "", (), "0x" + "00" * 20),
    ("return uint(x)", "uint", "x: int", (5,), 5),
    ("return int(x)", "int", "x: uint", (5,), 5),
    ("return bytes32(x)", "bytes32", "x: uint", (1,), (1).to_bytes(32, "big")),
    ("return uint(a)", "uint", "a: address", ("0x" + "00" * 19 + "07",), 7),
    ("return keccak256(\"abc\")", "bytes32", "", (), keccak(b"abc")),
    ("return keccak256(x, y)", "bytes32", "x: uint, y: address", (1, "0x" + "11" * 20),
     keccak((1).to_bytes(32, "big") + b"\x11" * 20)),
    ("return keccak256(b)", "bytes32", "b: bool", (True,), keccak(b"\x01")),
    ("return s", "string", "s: string", ("héllo, world, a string longer than 32 bytes!",),
     "héllo, world, a string longer than 32 bytes!"),
    ("return \"\"", "string", "", (), ""),
    ("return s == \"x\"", "bool", "s: string", ("x",), True),
    ("let v = Pair(a: 1, b: 2)\n v.b += 5\n return v.a + v.b", "uint", "", (), 8),
    ("let v = Pair(b: 2, a: 1)\n return v.a * 10 + v.b", "uint", "", (), 12),
    ("let v = Pair(1, 2)\n let w = v\n w.a = 9\n return v.a", "uint", "", (), 1),
    ("return Pair(a: x, b: x + 1)", "Pair", "x: uint", (4,), (4, 5)),
    ("return p", "Pair", "p: Pair", ((3, 4),), (3, 4)),
    ("return this", "address", "", (), None),  # checked below: the contract's address
    ("return msg.sender", "address", "", (), "0x" + ALICE.hex()),
    ("return balance(msg.sender) > 0", "bool", "", (), True),
]


@pytest.mark.parametrize("body,ret,params,args,expected", VALUE_CASES,
                         ids=[c[0][:40] for c in VALUE_CASES])
def test_expression_values(world: World, body, ret, params, args, expected):
    c = world.deploy(fn_contract(body, ret, params))
    got = c.f(*args)
    if body == "return this":
        expected = "0x" + c.address.hex()
    assert got == expected


# (body, params, args, panic code or revert message)
REVERT_CASES = [
    ("return x + y", "x: uint, y: uint", (U256 - 1, 1), 0x11),
    ("return x - y", "x: uint, y: uint", (1, 2), 0x11),
    ("return x * y", "x: uint, y: uint", (2**128, 2**128), 0x11),
    ("return x / y", "x: uint, y: uint", (1, 0), 0x12),
    ("return x % y", "x: uint, y: uint", (1, 0), 0x12),
    ("return x ** y", "x: uint, y: uint", (2, 256), 0x11),
    ("return mul_div(x, y, z)", "x: uint, y: uint, z: uint", (1, 1, 0), 0x12),
    ("return mul_div(x, y, z)", "x: uint, y: uint, z: uint", (U256 - 1, 2, 1), 0x11),
    ("return uint(x)", "x: int", (-1,), 0x11),
    ("assert(x > 1)\n return x", "x: uint", (0,), 0x01),
    ("require(x > 1, \"x too small\")\n return x", "x: uint", (0,), "x too small"),
    ("revert(\"nope\")", "x: uint", (0,), "nope"),
    ("self.total = x\n revert(\"undo\")", "x: uint", (3,), "undo"),
]


@pytest.mark.parametrize("body,params,args,expected", REVERT_CASES, ids=[c[0][:40] for c in REVERT_CASES])
def test_reverts(world: World, body, params, args, expected):
    c = world.deploy(fn_contract(body, "uint", params))
    with pytest.raises(Reverted) as info:
        c.f(*args)
    if isinstance(expected, int):
        assert info.value.panic == expected
    else:
        assert info.value.message == expected
    assert info.value.result.gas_left > 0  # a revert keeps the unused gas


SIGNED = [(-(2**255), -1, "/"), (0, -(2**255), "-"), (2**255 - 1, 1, "+"), (-(2**255), 1, "-")]


@pytest.mark.parametrize("x,y,op", SIGNED)
def test_signed_overflow_reverts(world: World, x, y, op):
    c = world.deploy(fn_contract(f"return x {op} y", "int", "x: int, y: int"))
    with pytest.raises(Reverted) as info:
        c.f(x, y)
    assert info.value.panic == 0x11


def test_storage_maps_structs_and_strings(world: World):
    src = fn_contract("return 0", extra="""
    pub fn put(k: uint, a: uint, b: uint) {
        self.pairs[k] = Pair(a: a, b: b)
        self.pairs[k].b += 1
        self.nested[msg.sender][k] = a * b
        self.m[msg.sender] += a
        self.label = "a label that is longer than thirty-two bytes, to use several slots"
    }
    pub fn shorten() { self.label = "short" }
    pub view fn get(k: uint) -> Pair { return self.pairs[k] }
    pub view fn get_b(k: uint) -> uint { return self.pairs[k].b }
    pub view fn prod(who: address, k: uint) -> uint { return self.nested[who][k] }
    pub view fn mine(who: address) -> uint { return self.m[who] }
    pub view fn lbl() -> string { return self.label }
    """)
    c = world.deploy(src)
    c.put(7, 3, 4)
    assert c.get(7) == (3, 5)
    assert c.get_b(7) == 5
    assert c.get(8) == (0, 0)
    assert c.prod("0x" + ALICE.hex(), 7) == 12
    assert c.mine("0x" + ALICE.hex()) == 3
    assert c.lbl() == "a label that is longer than thirty-two bytes, to use several slots"
    c.shorten()
    assert c.lbl() == "short"


def test_storage_layout_matches_solidity(world: World):
    """map element k of slot s lives at keccak(pad32(k) . pad32(s)), as in Solidity."""
    src = """
contract L {
    storage a: uint
    storage balances: map<address, uint>
    pub fn set(who: address, v: uint) { self.balances[who] = v }
}"""
    c = world.deploy(src)
    c.set("0x" + BOB.hex(), 42)
    slot = int.from_bytes(keccak(b"\x00" * 12 + BOB + (1).to_bytes(32, "big")), "big")
    assert world.host.storage[(c.address, slot)] == 42
    layout = c.compiled.storage_layout()["storage"]
    assert [(e["label"], e["slot"]) for e in layout] == [("a", 0), ("balances", 1)]


def test_events_are_ethereum_logs(world: World):
    src = """
contract E {
    event Moved(who: address indexed, amount: uint, note: string)
    event Named(tag: string indexed, n: uint indexed)
    pub fn go(n: uint) {
        emit Moved(msg.sender, n, "hello")
        emit Named("tag", n)
    }
}"""
    c = world.deploy(src)
    c.go(5)
    logs = world.host.logs[-2:]
    addr, topics, data = logs[0]
    assert addr == c.address
    assert topics[0] == int.from_bytes(keccak(b"Moved(address,uint256,string)"), "big")
    assert topics[1] == int.from_bytes(ALICE, "big")
    assert decode(["uint256", "string"], data) == (5, "hello")
    _, topics2, data2 = logs[1]
    assert topics2[1] == int.from_bytes(keccak(b"tag"), "big") and topics2[2] == 5 and data2 == b""


def test_internal_calls_views_and_recursion(world: World):
    src = """
contract R {
    storage calls: uint
    view fn fib(n: uint) -> uint {
        if n < 2 { return n }
        return self.fib(n - 1) + self.fib(n - 2)
    }
    fn bump() -> uint { self.calls += 1
        return self.calls }
    pub fn run(n: uint) -> uint {
        self.bump()
        return self.fib(n) * 1000 + self.bump()
    }
}"""
    c = world.deploy(src)
    assert c.run(10) == 55 * 1000 + 2


def test_interface_calls_and_revert_propagation(world: World):
    src = """
interface Feed {
    view fn price() -> uint
    fn set(p: uint)
}
contract Oracle {
    storage p: uint
    pub view fn price() -> uint { return self.p }
    pub fn set(p: uint) {
        require(p < 1000, "price too high")
        self.p = p
    }
}
contract User {
    storage feed: address
    init(feed: address) { self.feed = feed }
    pub fn update(p: uint) -> uint {
        Feed(self.feed).set(p)
        return Feed(self.feed).price() * 2
    }
    pub view fn nocode() -> uint { return Feed(address(0x1234)).price() }
}"""
    oracle = world.deploy(src, name="Oracle")
    user = world.deploy(src, "0x" + oracle.address.hex(), name="User")
    assert user.update(21) == 42
    with pytest.raises(Reverted) as info:
        user.update(5000)
    assert info.value.message == "price too high"
    assert oracle.price() == 21
    with pytest.raises(Reverted) as info:
        user.nocode()
    assert "no code" in info.value.message


def test_payable_send_and_receive(world: World):
    src = """
contract Vault {
    storage deposits: map<address, uint>
    pub payable fn deposit() { self.deposits[msg.sender] += msg.value }
    pub fn withdraw(amount: uint) {
        require(self.deposits[msg.sender] >= amount, "not enough")
        self.deposits[msg.sender] -= amount
        send(msg.sender, amount)
    }
    pub view fn held() -> uint { return balance(this) }
    pub payable fn receive() { }
}"""
    c = world.deploy(src)
    c.call("deposit", value=500)
    assert c.held() == 500
    before = world.host.get_balance(ALICE)
    c.withdraw(200)
    assert world.host.get_balance(ALICE) == before + 200
    assert c.held() == 300
    with pytest.raises(Reverted):
        c.call("withdraw", 1, value=1)  # not payable
    with pytest.raises(Reverted) as info:
        c.withdraw(10_000)
    assert info.value.message == "not enough"


def test_inheritance_and_virtual_hooks(world: World):
    src = """
contract Base {
    storage owner: address
    storage hits: uint
    init(start: uint) { self.owner = msg.sender
        self.hits = start }
    fn hook(n: uint) -> uint { return n }
    pub fn hit(n: uint) -> uint {
        self.hits += self.hook(n)
        return self.hits
    }
}
contract Child is Base {
    storage extra: uint
    init() { Base.init(100) }
    fn hook(n: uint) -> uint { return n * 10 }
    pub view fn who() -> address { return self.owner }
}"""
    c = world.deploy(src, name="Child")
    assert c.hit(2) == 120
    assert c.who() == "0x" + ALICE.hex()
    layout = [(e["label"], e["slot"]) for e in c.compiled.storage_layout()["storage"]]
    assert layout == [("owner", 0), ("hits", 1), ("extra", 2)]


def test_nonpayable_and_bad_calldata_revert(world: World):
    c = world.deploy(fn_contract("return x", "uint", "x: uint"))
    assert not c.call_raw("f", 1, value=1).success
    r = world.vm.call(__import__("vm.message", fromlist=["Message"]).Message(
        ALICE, c.address, 0, b"\x12\x34", 100_000))
    assert not r.success
    # an address argument with dirty high bits is refused, as Solidity does
    src = fn_contract("return 1", "uint", "a: address")
    c2 = world.deploy(src)
    from lang.abi import selector_of
    from vm.message import Message
    bad = selector_of("f(address)") + (2**200).to_bytes(32, "big")
    assert not world.vm.call(Message(ALICE, c2.address, 0, bad, 100_000)).success


def test_constants(world: World):
    src = """
const WAD: uint = 10**18
const HALF: uint = WAD / 2
contract K {
    const NAME: string = "kay"
    const NEG: int = -5
    pub view fn f() -> uint { return HALF + 1 }
    pub view fn g() -> string { return NAME }
    pub view fn h() -> int { return NEG * 2 }
}"""
    c = world.deploy(src)
    assert c.f() == 5 * 10**17 + 1
    assert c.g() == "kay"
    assert c.h() == -10


def test_view_functions_cannot_write_even_through_calls(world: World):
    """A pub view function is reached with STATICCALL by other Coin contracts."""
    src = """
interface Sneaky { view fn peek() -> uint }
contract Writer {
    storage n: uint
    pub fn peek() -> uint { self.n += 1
        return self.n }
}
contract Reader {
    pub view fn read(w: address) -> uint { return Sneaky(w).peek() }
}"""
    w = world.deploy(src, name="Writer")
    r = world.deploy(src, name="Reader")
    with pytest.raises(Reverted):
        r.read("0x" + w.address.hex())


def test_gas_of_a_storage_write_follows_ethereum(world: World):
    c = world.deploy(fn_contract("self.total = x\n return 0", "uint", "x: uint"))
    first = c.call_raw("f", 5)
    second = c.call_raw("f", 6)
    used1 = 3_000_000 - first.gas_left
    used2 = 3_000_000 - second.gas_left
    # zero -> nonzero costs 20000 + 2100 (cold); nonzero -> nonzero costs 2900 + 2100
    assert used1 - used2 == 20000 - 2900


def test_free_functions_are_shared_by_contracts(world: World):
    src = """
view fn square(x: uint) -> uint { return x * x }
view fn hyp2(a: uint, b: uint) -> uint { return square(a) + square(b) }
contract A {
    storage last: uint
    pub fn f(a: uint, b: uint) -> uint {
        self.last = hyp2(a, b)
        return self.last
    }
}
contract B {
    pub view fn g(x: uint) -> uint { return square(x) + 1 }
}"""
    assert world.deploy(src, name="A").f(3, 4) == 25
    assert world.deploy(src, name="B").g(5) == 26


def test_second_base_storage_follows_the_derived_layout(world: World):
    """Code inherited from a second base reads and writes the derived contract's slots."""
    src = """
contract A {
    storage a: uint
    fn set_a(v: uint) { self.a = v }
    pub view fn get_a() -> uint { return self.a }
}
contract B {
    storage b: uint
    storage label: string
    fn set_b(v: uint) { self.b = v
        self.label = "bee" }
    pub view fn get_b() -> uint { return self.b }
    pub view fn get_label() -> string { return self.label }
}
contract C is A, B {
    storage c: uint
    pub fn go() {
        self.set_a(1)
        self.set_b(2)
        self.c = 3
    }
    pub view fn own_b() -> uint { return self.b }
}"""
    c = world.deploy(src, name="C")
    c.go()
    assert (c.get_a(), c.get_b(), c.own_b(), c.get_label()) == (1, 2, 2, "bee")
    layout = {e["label"]: e["slot"] for e in c.compiled.storage_layout()["storage"]}
    assert layout == {"a": 0, "b": 1, "label": 2, "c": 3}
    assert world.host.storage[(c.address, 1)] == 2 and world.host.storage[(c.address, 3)] == 3
