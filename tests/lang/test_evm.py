"""The EVM target (lang/evm.py): Coin -> Vyper -> EVM bytecode.

Differential tests: the same contract deployed on the Coin VM and on py-evm (eth-tester's
PyEVMBackend chain) at the same address, called by the same senders with the same
calldata, must agree on return values, `Error(string)` revert messages, `Panic(0x01)`,
events (address, topics, data) and contract balances. Coin's arithmetic panics
(`Panic(0x11)` / `Panic(0x12)`) and Vyper's empty revert data count as agreeing (see the
module docstring of lang/evm.py for every documented difference).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rlp
from eth_abi import decode, encode
from eth_tester import PyEVMBackend
from eth_utils import keccak
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lang.abi import ERROR_SELECTOR, PANIC_SELECTOR, selector_of, type_string
from lang.compiler import BUNDLED_CONTRACTS, compile_file, compile_source
from lang.errors import CompileErrors
from lang.evm import abi_signatures, compile_evm, lower
from tests.lang.conftest import World
from tests.lang.test_semantics import REVERT_CASES, SIGNED, VALUE_CASES, fn_contract
from vm.message import Message

U256 = 2**256
GAS = 5_000_000

# ---------------------------------------------------------------------- one EVM chain


class Evm:
    """py-evm through eth-tester's backend, with raw revert data and logs."""

    def __init__(self) -> None:
        self.backend = PyEVMBackend()
        self.chain = self.backend.chain
        self.keys = self.backend.account_keys[:4]
        self.actors = [k.public_key.to_canonical_address() for k in self.keys]

    def nonce(self, address: bytes) -> int:
        return self.chain.get_vm().state.get_nonce(address)

    def balance(self, address: bytes) -> int:
        return self.chain.get_vm().state.get_balance(address)

    def send(self, sender: int, to: bytes, data: bytes, value: int = 0):
        key = self.keys[sender]
        tx = self.chain.create_unsigned_transaction(
            nonce=self.nonce(self.actors[sender]), gas_price=10**10, gas=GAS, to=to, value=value, data=data,
        ).as_signed_transaction(key)
        _, _, computation = self.chain.apply_transaction(tx)
        self.chain.mine_block()
        logs = [(bytes(a), tuple(t), bytes(d)) for a, t, d in computation.get_log_entries()]
        return not computation.is_error, bytes(computation.output), logs

    def create_address(self, sender: int) -> bytes:
        return keccak(rlp.encode([self.actors[sender], self.nonce(self.actors[sender])]))[12:]


# ---------------------------------------------------------------------- both targets


def _norm_revert(output: bytes) -> tuple:
    if output[:4] == ERROR_SELECTOR:
        return ("error", decode(["string"], output[4:])[0])
    if output[:4] == PANIC_SELECTOR and decode(["uint256"], output[4:])[0] == 1:
        return ("assert",)
    if output == b"" or output[:4] == PANIC_SELECTOR:
        return ("panic-or-empty",)
    return ("data", output.hex())


_COMPILED: dict[tuple[str, str | None], tuple] = {}


def _compile(source: str, name: str | None):
    key = (source, name)
    if key not in _COMPILED:
        contracts = compile_source(source, "test.coin")
        c = next(c for c in contracts if c.name == name) if name else contracts[-1]
        _COMPILED[key] = (c, compile_evm(c))
    return _COMPILED[key]


class Pair:
    """One contract on both targets."""

    def __init__(self, dual: Dual, compiled, artifact, address: bytes):
        self.dual, self.compiled, self.artifact, self.address = dual, compiled, artifact, address

    def fn(self, name: str) -> dict:
        return next(e for e in self.compiled.abi if e.get("type") == "function" and e["name"] == name)

    def call(self, name: str, *args, sender: int = 0, value: int = 0):
        """Run on both; assert they agree; return ("ok", value) or the normalised revert."""
        f = self.fn(name)
        types = [type_string(i) for i in f["inputs"]]
        data = selector_of(f"{name}({','.join(types)})") + encode(types, list(args))
        return self.dual.transact(self.address, data, value, sender, [type_string(o) for o in f["outputs"]])

    def ok(self, name: str, *args, **kw):
        r = self.call(name, *args, **kw)
        assert r[0] == "ok", f"{name}{args} reverted: {r}"
        return r[1]

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *a, **kw: self.ok(name, *a, **kw)


class Dual:
    def __init__(self) -> None:
        self.evm = Evm()
        self.world = World()
        self.actors = self.evm.actors
        for a in self.actors:
            self.world.host.set_balance(a, 10**24)

    def deploy(self, source: str, *args, name: str | None = None, value: int = 0, sender: int = 0) -> Pair:
        compiled, art = _compile(source, name)
        ctor = next((e for e in compiled.abi if e["type"] == "constructor"), {"inputs": []})
        encoded = encode([type_string(i) for i in ctor["inputs"]], list(args))
        address = self.evm.create_address(sender)
        ok, out, _ = self.evm.send(sender, b"", bytes.fromhex(art["bytecode"][2:]) + encoded, value)
        who = self.actors[sender]
        self.world.host.begin_transaction(who, address)
        r = self.world.vm.create(who, address, compiled.bytecode + encoded, value, GAS)
        assert ok == r.success, (ok, out, r)
        assert ok, _norm_revert(out)
        return Pair(self, compiled, art, address)

    def transact(self, to: bytes, data: bytes, value: int, sender: int, outs: list[str]):
        who = self.actors[sender]
        host = self.world.host
        n = len(host.logs)
        host.begin_transaction(who, to)
        r = self.world.vm.call(Message(who, to, value, data, GAS))
        coin_logs = [(bytes(a), tuple(t), bytes(d)) for a, t, d in host.logs[n:]]
        ok, out, evm_logs = self.evm.send(sender, to, data, value)
        coin = self._outcome(r.success, r.output, coin_logs, outs)
        evm = self._outcome(ok, out, evm_logs, outs)
        assert coin == evm, f"targets disagree on 0x{data.hex()}:\n coin: {coin}\n evm:  {evm}"
        assert self.world.host.get_balance(to) == self.evm.balance(to)
        return coin[:2]

    @staticmethod
    def _outcome(ok: bool, out: bytes, logs: list, outs: list[str]) -> tuple:
        if not ok:
            return ("reverted", _norm_revert(out), [])
        value = None
        if outs:
            vals = decode(outs, out)
            value = vals[0] if len(vals) == 1 else vals
        return ("ok", value, logs)


@pytest.fixture
def dual() -> Dual:
    return Dual()


# ---------------------------------------------------------------------- (a) bundled contracts


BUNDLED = sorted(p for p in BUNDLED_CONTRACTS.glob("*.coin"))


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_bundled_contracts_compile_for_the_evm_with_the_same_abi(path: Path):
    for c in compile_file(path):
        art = compile_evm(c)
        assert art["abi"] == c.abi
        coin, vy = abi_signatures(c.abi), abi_signatures(art["vyperAbi"])
        assert {s for s in coin if s[0] != "event"} == {s for s in vy if s[0] != "event"}
        assert {s for s in vy if s[0] == "event"} <= coin
        assert art["bytecode"].startswith("0x") and len(art["deployedBytecode"]) > 2
        assert art["compiler"]["name"] == "vyper" and art["vyperSource"].startswith("# pragma version")


def test_cli_writes_evm_artifacts(tmp_path: Path):
    from click.testing import CliRunner

    from coinc.cli import main

    res = CliRunner().invoke(main, ["compile", str(BUNDLED_CONTRACTS / "counter.coin"), "--target", "evm",
                                    "-o", str(tmp_path), "-q"])
    assert res.exit_code == 0, res.output
    art = json.loads((tmp_path / "Counter.evm.json").read_text())
    for key in ("contractName", "abi", "bytecode", "deployedBytecode", "vyperSource", "compiler", "sourceHash"):
        assert key in art
    assert art["compiler"]["name"] == "vyper"
    assert not (tmp_path / "Counter.json").exists()
    res = CliRunner().invoke(main, ["compile", str(BUNDLED_CONTRACTS / "counter.coin"), "-o", str(tmp_path), "-q"])
    assert res.exit_code == 0 and (tmp_path / "Counter.json").exists()


def test_cli_reports_unsupported_constructs(tmp_path: Path):
    from click.testing import CliRunner

    from coinc.cli import main

    src = tmp_path / "rec.coin"
    src.write_text("contract R {\n    view fn f(n: uint) -> uint { if n == 0 { return 0 }\n"
                   "        return self.f(n - 1) }\n    pub view fn g() -> uint { return self.f(3) }\n}\n")
    res = CliRunner().invoke(main, ["compile", str(src), "--target", "evm", "-o", str(tmp_path)])
    assert res.exit_code == 1
    assert "not supported on the EVM target" in res.output + (res.stderr if res.stderr_bytes else "")


@pytest.mark.parametrize("src,what", [
    ("contract C { pub view fn f() -> string { return \"h\\xc3\\xa9\" } }", "non-ASCII"),
    ("contract C { pub view fn f(n: uint) -> uint { if n == 0 { return 1 }\n return self.f(n - 1) } }",
     "recursive call"),
    ("contract C { event log(x: uint)\n pub fn f() { emit log(1) } }", "event `log`"),
])
def test_unsupported_constructs_are_compile_errors(src, what):
    c = compile_source(src, "t.coin")[0]
    with pytest.raises(CompileErrors) as info:
        lower(c.checked)
    assert what in str(info.value)


# ---------------------------------------------------------------------- (b) the language corpus


@pytest.mark.parametrize("body,ret,params,args,expected", VALUE_CASES, ids=[c[0][:40] for c in VALUE_CASES])
def test_expression_values_agree(dual: Dual, body, ret, params, args, expected):
    c = dual.deploy(fn_contract(body, ret, params))
    got = c.ok("f", *args)
    if expected is not None and "msg.sender" not in body:
        assert got == expected


@pytest.mark.parametrize("body,params,args,expected", REVERT_CASES, ids=[c[0][:40] for c in REVERT_CASES])
def test_reverts_agree(dual: Dual, body, params, args, expected):
    c = dual.deploy(fn_contract(body, "uint", params))
    r = c.call("f", *args)
    if isinstance(expected, str):
        assert r == ("reverted", ("error", expected))
    elif expected == 1:
        assert r == ("reverted", ("assert",))
    else:
        assert r == ("reverted", ("panic-or-empty",))


@pytest.mark.parametrize("x,y,op", SIGNED)
def test_signed_overflow_agrees(dual: Dual, x, y, op):
    c = dual.deploy(fn_contract(f"return x {op} y", "int", "x: int, y: int"))
    assert c.call("f", x, y) == ("reverted", ("panic-or-empty",))


ARITH = """
contract A {
    pub view fn add(x: uint, y: uint) -> uint { return x + y }
    pub view fn sub(x: uint, y: uint) -> uint { return x - y }
    pub view fn mul(x: uint, y: uint) -> uint { return x * y }
    pub view fn div(x: uint, y: uint) -> uint { return x / y }
    pub view fn mod(x: uint, y: uint) -> uint { return x % y }
    pub view fn pow(x: uint, y: uint) -> uint { return x ** y }
    pub view fn sadd(x: int, y: int) -> int { return x + y }
    pub view fn ssub(x: int, y: int) -> int { return x - y }
    pub view fn smul(x: int, y: int) -> int { return x * y }
    pub view fn sdiv(x: int, y: int) -> int { return x / y }
    pub view fn smod(x: int, y: int) -> int { return x % y }
    pub view fn spow(x: int, y: uint) -> int { return x ** y }
    pub view fn neg(x: int) -> int { return -x }
    pub view fn md(x: uint, y: uint, z: uint) -> uint { return mul_div(x, y, z) }
    pub view fn u(x: int) -> uint { return uint(x) }
    pub view fn i(x: uint) -> int { return int(x) }
    pub view fn a(x: uint) -> address { return address(x) }
    pub view fn lits(x: int) -> int { return min(x, -3) + max(-7, x) + 2**3 - (-2)**3 }
    pub view fn h(a: address, b: bool, x: uint, y: int, z: bytes32) -> bytes32 { return keccak256(a, b, x, y, z) }
    pub view fn h1(a: address) -> bytes32 { return keccak256(a) }
}
"""

_edge_u = st.sampled_from([0, 1, 2, 3, 7, 10, 2**128, 2**255, U256 - 2, U256 - 1])
_u = st.one_of(_edge_u, st.integers(0, U256 - 1), st.integers(0, 300))
_edge_i = st.sampled_from([0, 1, -1, 2, -2, 7, -7, 2**127, -(2**255), 2**255 - 1])
_i = st.one_of(_edge_i, st.integers(-(2**255), 2**255 - 1), st.integers(-300, 300))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_arithmetic_agrees(data):
    dual = _shared("arith")
    c = dual.deploy_cached(ARITH)
    fn = data.draw(st.sampled_from(["add", "sub", "mul", "div", "mod", "pow", "sadd", "ssub", "smul", "sdiv",
                                    "smod", "spow", "neg", "md", "u", "i", "a", "lits"]))
    if fn in ("pow", "spow"):
        args = ((data.draw(_u if fn == "pow" else _i)), data.draw(st.integers(0, 300)))
    elif fn == "md":
        args = tuple(data.draw(_u) for _ in range(3))
    elif fn in ("neg", "u", "lits"):
        args = (data.draw(_i),)
    elif fn in ("i", "a"):
        args = (data.draw(_u),)
    elif fn in ("sadd", "ssub", "smul", "sdiv", "smod"):
        args = (data.draw(_i), data.draw(_i))
    else:
        args = (data.draw(_u), data.draw(_u))
    c.call(fn, *args)


def test_mul_div_edges(dual: Dual):
    c = dual.deploy(ARITH)
    m = U256 - 1
    for x, y, z in [(m, m, m), (m, m, 1), (m, 1, 1), (m, 2, 2), (2**255, 2, 2), (2**200, 2**200, 2**144),
                    (2**200, 2**200, 2**144 - 1), (3, 5, 0), (0, 0, 0), (10**30, 10**30, 10**40), (7, 9, 4)]:
        r = c.call("md", x, y, z)
        exact = x * y // z if z else None
        if exact is not None and exact < U256:
            assert r == ("ok", exact)
        else:
            assert r == ("reverted", ("panic-or-empty",))
    assert c.ok("h", "0x" + "11" * 20, True, 5, -1, b"\x07" * 32) == keccak(
        b"\x11" * 20 + b"\x01" + (5).to_bytes(32, "big") + b"\xff" * 32 + b"\x07" * 32)


_SHARED: dict[str, Dual] = {}


def _shared(key: str) -> Dual:
    """A chain reused across hypothesis examples of read-only tests."""
    if key not in _SHARED:
        d = Dual()
        d._pairs = {}
        d.deploy_cached = lambda src, _d=d: _d._pairs.setdefault(src, _d.deploy(src))
        _SHARED[key] = d
    return _SHARED[key]


STORAGE = """
struct Pos { debt: uint  coll: uint  owner: address }
struct Wrap { p: Pos  tag: bytes32 }
contract S {
    storage total: uint
    storage pos: map<address, Pos>
    storage nested: map<address, map<uint, int>>
    storage w: Wrap
    storage names: map<uint, bytes32>
    storage title: string
    event Changed(who: address indexed, p: Pos, note: string)
    event Titled(title: string indexed, by: address indexed, len: uint)
    init(t: string) { self.title = t }
    pub fn open(debt: uint, coll: uint) {
        require(self.pos[msg.sender].owner == address(0), "already open")
        self.pos[msg.sender] = Pos(owner: msg.sender, coll: coll, debt: debt)
        self.total += debt
        emit Changed(msg.sender, self.pos[msg.sender], "opened")
    }
    pub fn repay(amount: uint) {
        self.pos[msg.sender].debt -= amount
        self.total -= amount
        emit Changed(msg.sender, self.pos[msg.sender], "repaid")
    }
    pub fn nest(k: uint, v: int) -> int {
        self.nested[msg.sender][k] += v
        return self.nested[msg.sender][k]
    }
    pub fn wrap(t: bytes32) -> Wrap {
        let p = self.pos[msg.sender]
        p.debt += 1
        self.w = Wrap(p, t)
        self.w.p.coll *= 2
        return self.w
    }
    pub fn retitle(t: string) {
        require(not (t == self.title), "same title")
        self.title = t
        emit Titled(t, msg.sender, 1)
    }
    pub view fn get(who: address) -> Pos { return self.pos[who] }
    pub view fn get_title() -> string { return self.title }
    pub view fn tot() -> uint { return self.total }
    pub view fn h() -> bytes32 { return keccak256(self.title) }
}
"""


def test_storage_structs_strings_and_events(dual: Dual):
    c = dual.deploy(STORAGE, "first title")
    c.ok("open", 100, 5, sender=1)
    assert c.call("open", 1, 1, sender=1) == ("reverted", ("error", "already open"))
    c.ok("open", 7, 3, sender=2)
    c.ok("repay", 30, sender=1)
    assert c.call("repay", 80, sender=1) == ("reverted", ("panic-or-empty",))
    assert c.ok("nest", 3, -5) == -5
    assert c.ok("nest", 3, 12) == 7
    assert c.call("nest", 3, 2**255 - 1) == ("reverted", ("panic-or-empty",))
    c.ok("wrap", b"\x01" * 32, sender=1)
    long = "a title that is longer than thirty-two bytes, so it takes several slots"
    c.ok("retitle", long)
    assert c.call("retitle", long) == ("reverted", ("error", "same title"))
    assert c.ok("get_title") == long
    c.ok("get", dual.actors[1])
    assert c.ok("tot") == 77
    c.ok("h")


LOOPS = """
contract L {
    storage acc: map<uint, uint>
    pub fn run(n: uint, skip: uint, stop: uint) -> uint {
        let s: uint = 0
        for i in 0..n {
            if i == skip { continue }
            if i == stop { break }
            s += i
            self.acc[i] += s
        }
        let j = n
        while j > 0 {
            j -= 1
            if j % 3 == 0 { continue }
            if j == stop { break }
            s += j * 2
        }
        for k in n..2 { s += 1000 }
        return s
    }
    pub fn forever(n: uint) -> uint {
        let i: uint = 0
        while true {
            i += 1
            if i >= n { return i }
        }
    }
}
"""


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(n=st.integers(0, 20), skip=st.integers(0, 25), stop=st.integers(0, 25))
def test_loops_agree(n, skip, stop):
    dual = _shared("loops")
    c = dual.deploy_cached(LOOPS)
    c.call("run", n, skip, stop)
    c.call("forever", n)


INHERIT = """
contract Base {
    storage owner: address
    storage hits: uint
    storage log_: map<uint, uint>
    event Hit(n: uint indexed, total: uint)
    init(start: uint) {
        self.owner = msg.sender
        self.hits = start
        self.hook(start)
    }
    fn hook(n: uint) -> uint { return n }
    pub fn hit(n: uint) -> uint {
        self.hits += self.hook(n)
        emit Hit(n, self.hits)
        return self.hits
    }
    pub view fn total() -> uint { return self.hits }
}
contract Middle is Base {
    init(start: uint) { Base.init(start * 2) }
    fn hook(n: uint) -> uint {
        require(n != 13, "unlucky")
        return n * 10
    }
    pub fn twice(n: uint) -> uint { return self.hit(n) + self.hit(n) }
}
contract Child is Middle {
    storage extra: uint
    init() { Middle.init(50)
        self.extra = 1 }
    fn hook(n: uint) -> uint {
        self.extra += 1
        return n * 100 + self.extra
    }
    pub view fn who() -> address { return self.owner }
    pub view fn ex() -> uint { return self.extra }
}
"""


def test_inheritance_and_virtual_hooks_agree(dual: Dual):
    for name in ("Base", "Middle"):
        c = dual.deploy(INHERIT, 5, name=name)
        c.ok("hit", 2)
        if name == "Middle":
            assert c.call("hit", 13) == ("reverted", ("error", "unlucky"))
            c.ok("twice", 3)
    c = dual.deploy(INHERIT, name="Child")
    c.ok("hit", 2)
    c.ok("twice", 4)
    assert c.ok("who") == "0x" + dual.actors[0].hex()
    c.ok("ex")
    c.ok("total")


CALLS = """
interface Feed {
    view fn price() -> uint
    fn set(p: uint) -> bool
    view fn pair() -> Pt
}
struct Pt { x: uint  y: int }
contract Oracle {
    storage p: uint
    event Set(p: uint)
    pub view fn price() -> uint { return self.p }
    pub fn set(p: uint) -> bool {
        require(p < 1000, "price too high")
        assert(p != 999)
        self.p = p
        emit Set(p)
        return p % 2 == 0
    }
    pub view fn pair() -> Pt { return Pt(self.p, -int(self.p)) }
}
contract User {
    storage feed: Feed
    storage seen: uint
    init(feed: address) { self.feed = Feed(feed) }
    pub fn update(p: uint) -> uint {
        let even = self.feed.set(p)
        if even { self.seen += 1 }
        return Feed(address(self.feed)).price() * 2 + self.feed.pair().x
    }
    pub fn either(p: uint) -> bool {
        return p == 0 or self.feed.set(p)
    }
    pub view fn nocode() -> uint { return Feed(address(0x1234)).price() }
    pub view fn count() -> uint { return self.seen }
}
"""


def test_interface_calls_between_contracts_agree(dual: Dual):
    oracle = dual.deploy(CALLS, name="Oracle")
    user = dual.deploy(CALLS, "0x" + oracle.address.hex(), name="User")
    assert user.ok("update", 20) == 60
    user.ok("update", 21)
    assert user.call("update", 5000) == ("reverted", ("error", "price too high"))
    assert user.call("update", 999) == ("reverted", ("assert",))
    assert user.call("nocode") == ("reverted", ("error", "call to price: the target address has no code"))
    assert user.ok("either", 0) is True  # short-circuit: no call
    user.ok("either", 4)
    assert user.ok("count") == 1
    assert oracle.ok("price") == 4


PAY = """
contract Vault {
    storage deposits: map<address, uint>
    storage got: uint
    event Paid(to: address indexed, amount: uint)
    pub payable fn deposit() { self.deposits[msg.sender] += msg.value }
    pub fn withdraw(amount: uint, to: address) {
        require(self.deposits[msg.sender] >= amount, "not enough")
        self.deposits[msg.sender] -= amount
        send(to, amount)
        emit Paid(to, amount)
    }
    pub fn overdraw(to: address) { send(to, balance(this) + 1) }
    pub view fn held() -> uint { return balance(this) }
    pub payable fn receive() { self.got += msg.value }
    pub view fn received() -> uint { return self.got }
}
contract Refuser {
    pub fn pull(v: address, amount: uint) { Puller(v).withdraw(amount, this) }
    pub payable fn give(v: address) { send(v, msg.value) }
    pub payable fn receive() { revert("no thanks") }
}
interface Puller { fn withdraw(amount: uint, to: address) }
"""


def test_payable_send_and_receive_agree(dual: Dual):
    v = dual.deploy(PAY, name="Vault")
    r = dual.deploy(PAY, name="Refuser")
    v.call("deposit", value=500)
    assert v.ok("held") == 500
    sink = "0x" + "ab" * 20
    v.ok("withdraw", 200, sink)
    assert dual.world.host.get_balance(bytes.fromhex("ab" * 20)) == dual.evm.balance(bytes.fromhex("ab" * 20))
    assert v.call("withdraw", 1, sink, value=1) == ("reverted", ("panic-or-empty",))  # not payable
    assert v.call("withdraw", 10_000, sink) == ("reverted", ("error", "not enough"))
    assert v.call("overdraw", sink) == ("reverted", ("error", "send: transfer failed"))
    # r's receive reverts: its revert data is passed on
    assert v.call("withdraw", 10, "0x" + r.address.hex()) == ("reverted", ("error", "no thanks"))
    r.call("give", "0x" + v.address.hex(), value=77)
    assert v.ok("received") == 77
    assert v.ok("held") == 300 + 77
    # a nested revert bubbles through two contracts on both targets
    assert r.call("pull", "0x" + v.address.hex(), 0) == ("reverted", ("error", "no thanks"))


def test_constants_and_free_functions_agree(dual: Dual):
    src = """
const WAD: uint = 10**18
const HALF: uint = WAD / 2
view fn square(x: uint) -> uint { return x * x }
view fn hyp2(a: uint, b: uint) -> uint { return square(a) + square(b) }
contract K {
    const NAME: string = "kay \\"quoted\\" \\\\ \\n"
    const NEG: int = -5
    storage last: uint
    pub view fn f() -> uint { return HALF + 1 }
    pub view fn g() -> string { return NAME }
    pub view fn h() -> int { return NEG * 2 }
    pub fn k(a: uint, b: uint) -> uint {
        self.last = hyp2(a, b)
        return self.last
    }
    pub view fn e() -> uint { return block.chain_id * 0 + uint(msg.sender != address(0)) }
}"""
    c = dual.deploy(src)
    assert c.ok("f") == 5 * 10**17 + 1
    assert c.ok("g") == 'kay "quoted" \\ \n'
    assert c.ok("h") == -10
    assert c.ok("k", 3, 4) == 25
    assert c.call("k", 2**128, 1) == ("reverted", ("panic-or-empty",))
    assert c.ok("e") == 1


def test_views_reached_with_staticcall_cannot_write(dual: Dual):
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
    w = dual.deploy(src, name="Writer")
    r = dual.deploy(src, name="Reader")
    assert r.call("read", "0x" + w.address.hex())[0] == "reverted"


# ---------------------------------------------------------------------- hypothesis: bundled contracts

COUNTER = (BUNDLED_CONTRACTS / "counter.coin").read_text()
TOKEN = (BUNDLED_CONTRACTS / "demo_token.coin").read_text()


def _compile_bundled(path: Path, name: str):
    key = (str(path), name)
    if key not in _COMPILED:
        c = next(c for c in compile_file(path) if c.name == name)
        _COMPILED[key] = (c, compile_evm(c))
    return _COMPILED[key]


def _deploy_bundled(dual: Dual, path: Path, name: str, *args) -> Pair:
    _COMPILED[(path.read_text(), name)] = _compile_bundled(path, name)
    return dual.deploy(path.read_text(), *args, name=name)


_actor = st.integers(0, 3)
_amount = st.one_of(st.integers(0, 2000), st.sampled_from([U256 - 1, 2**255, 10**24]))

counter_ops = st.lists(st.one_of(
    st.tuples(st.just("bump"), _actor, _amount),
    st.tuples(st.just("get"), _actor, st.just(0)),
    st.tuples(st.just("of"), _actor, _actor),
), max_size=12)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(start=_amount, ops=counter_ops)
def test_counter_call_sequences_agree(start, ops):
    dual = Dual()
    c = _deploy_bundled(dual, BUNDLED_CONTRACTS / "counter.coin", "Counter", start)
    for fn, sender, x in ops:
        if fn == "bump":
            c.call("bump", x, sender=sender)
        elif fn == "get":
            c.call("get", sender=sender)
        else:
            c.call("of", dual.actors[x], sender=sender)
    c.call("get")
    for a in dual.actors:
        c.call("of", a)


token_ops = st.lists(st.one_of(
    st.tuples(st.just("transfer"), _actor, _actor, _amount),
    st.tuples(st.just("approve"), _actor, _actor, _amount),
    st.tuples(st.just("transferFrom"), _actor, st.tuples(_actor, _actor), _amount),
    st.tuples(st.just("zero"), _actor, _actor, _amount),
), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(supply=st.one_of(st.integers(0, 10**6), st.just(U256 - 1)), ops=token_ops)
def test_demo_token_call_sequences_agree(supply, ops):
    dual = Dual()
    t = _deploy_bundled(dual, BUNDLED_CONTRACTS / "demo_token.coin", "DemoToken", supply)
    A = ["0x" + a.hex() for a in dual.actors]
    for fn, sender, other, amount in ops:
        if fn == "transfer":
            t.call("transfer", A[other], amount, sender=sender)
        elif fn == "approve":
            t.call("approve", A[other], amount, sender=sender)
        elif fn == "transferFrom":
            t.call("transferFrom", A[other[0]], A[other[1]], amount, sender=sender)
        else:
            t.call("transfer", "0x" + "00" * 20, amount, sender=sender)
    for f in ("name", "symbol", "decimals", "totalSupply"):
        t.call(f)
    for a in A:
        t.call("balanceOf", a)
        for b in A:
            t.call("allowance", a, b)


ODD = """
struct P { len: uint  value: int }
interface Other { fn from(x: uint) -> uint }
contract O {
    storage code: uint
    storage balance_of: map<uint, P>
    storage s: string
    event Nothing()
    event Ev(value: uint indexed, gas: P, from: string indexed)
    init(range: uint) {
        let i = 0
        while i < range { i += 1
            self.code += i }
        emit Nothing()
    }
    fn mk(len: uint) -> P { return P(value: -int(len), len: len) }
    pub fn go(len: uint, value: string, p: P) -> uint {
        p.len += 1
        len += p.len
        value = "changed"
        self.s = value
        self.balance_of[len] = self.mk(len)
        emit Ev(len, self.balance_of[len], value)
        for i in 0..3 { len += i }
        let h = keccak256(5, true, -1, address(0))
        require(h != bytes32(0))
        min(1, len)
        return self.mk(len).len + self.code
    }
    pub view fn code_() -> uint { return self.code }
    pub view fn span(a: uint, b: uint) -> uint {
        let s: uint = 0
        for i in a..b { s += 1 }
        return s
    }
    pub view fn echo(a: string) -> string { return a }
}
"""


def test_vyper_reserved_names_are_renamed_and_abi_names_kept(dual: Dual):
    c = dual.deploy(ODD, 4)
    assert c.ok("go", 3, "v", (1, -2)) == 18
    assert c.ok("code_") == 10
    ev = next(e for e in c.artifact["abi"] if e.get("name") == "Ev")
    assert [i["name"] for i in ev["inputs"]] == ["value", "gas", "from"]
    go = next(e for e in c.artifact["abi"] if e.get("name") == "go")
    assert [i["name"] for i in go["inputs"]] == ["len", "value", "p"]
    m = U256 - 1
    for a, b, n in [(m - 4, m, 4), (m, m, 0), (m, 0, 0), (3, 1, 0), (0, 10, 10)]:
        assert c.ok("span", a, b) == n  # an empty or reversed range runs zero times on both


def test_strings_longer_than_string_max_differ(dual: Dual):
    """Documented difference: `string` is `String[256]` on the EVM target."""
    from lang.evm import STRING_MAX

    c = dual.deploy(ODD, 0)
    assert c.ok("echo", "x" * STRING_MAX) == "x" * STRING_MAX
    with pytest.raises(AssertionError, match="targets disagree"):
        c.call("echo", "x" * (STRING_MAX + 1))
