"""Coin v2's crypto built-ins on both back ends: `ecrecover`, `sha256`, `abi_encode`,
`len`, `bytes[N]` and the EIP-712 helpers.

Every contract here runs on the Coin VM and, lowered to Vyper, on py-evm (the `Dual`
harness of test_evm.py): the two must agree on return values, revert data and events,
and both must agree with the reference (eth-keys / eth-account / hashlib / eth-abi).
"""

from __future__ import annotations

import hashlib

import pytest
from eth_abi import encode
from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_utils import keccak
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lang.abi import eip712_type
from lang.compiler import compile_source
from lang.errors import CompileErrors
from tests.lang.test_evm import Dual
from vm.gas import G_ECRECOVER
from vm.host import BlockEnv
from vm.instructions.crypto import SECP256K1_N, recover

U256 = 2**256
GAS_SENT = 3_000_000  # conftest's Deployed.call_raw default


class ChainDual(Dual):
    """Both targets with one chain id, so `block.chain_id` (and EIP-712 domains) agree."""

    def __init__(self) -> None:
        super().__init__()
        self.world.vm.block = BlockEnv(chain_id=self.evm.chain.chain_id)

    @property
    def chain_id(self) -> int:
        return self.evm.chain.chain_id


@pytest.fixture
def dual() -> ChainDual:
    return ChainDual()


RECOVER = """
contract R {
    pub view fn rec(h: bytes32, v: uint, r: bytes32, s: bytes32) -> address { return ecrecover(h, v, r, s) }
    pub view fn rec_u(h: bytes32, v: uint, r: uint, s: uint) -> address { return ecrecover(h, v, r, s) }
}
"""

_keys = st.integers(1, SECP256K1_N - 1)
_hashes = st.binary(min_size=32, max_size=32)


def _sign(key: int, digest: bytes) -> tuple[int, int, int, bytes]:
    acct = Account.from_key(key.to_bytes(32, "big"))
    sig = Account.unsafe_sign_hash(digest, acct.key)
    return sig.v, sig.r, sig.s, bytes.fromhex(acct.address[2:])


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(key=_keys, digest=_hashes)
def test_ecrecover_recovers_the_signer_on_both_targets(key, digest):
    d = ChainDual()
    c = d.deploy(RECOVER)
    v, r, s, signer = _sign(key, digest)
    b32 = lambda x: x.to_bytes(32, "big")  # noqa: E731
    got = c.rec(digest, v, b32(r), b32(s))
    assert got.lower() == "0x" + signer.hex()
    assert c.rec_u(digest, v, r, s) == got
    # malleability as Ethereum's precompile: (v', r, n - s) is accepted and gives the same signer
    assert c.rec_u(digest, 55 - v, r, SECP256K1_N - s) == got
    # any other hash gives some other address
    other = bytes([digest[0] ^ 1]) + digest[1:]
    assert c.rec(other, v, b32(r), b32(s)) != got


BAD = [
    ("v 0", 0, 1, 1), ("v 26", 26, 1, 1), ("v 29", 29, 1, 1), ("v 27 + 2**8", 27 + 256, 1, 1),
    ("r 0", 27, 0, 1), ("s 0", 27, 1, 0), ("r n", 27, SECP256K1_N, 1), ("s n", 28, 1, SECP256K1_N),
    ("r max", 27, U256 - 1, 1),
]


@pytest.mark.parametrize("what,v,r,s", BAD, ids=[b[0] for b in BAD])
def test_ecrecover_gives_the_zero_address_for_bad_signatures(dual, what, v, r, s):
    c = dual.deploy(RECOVER)
    digest = keccak(b"hello")
    # take a real signature and break one part of it
    good_v, good_r, good_s, _ = _sign(12345, digest)
    v = good_v if what.startswith(("r", "s")) else v
    r = good_r if not what.startswith("r") else r
    s = good_s if not what.startswith("s") else s
    assert c.rec_u(digest, v, r, s) == "0x" + "00" * 20
    assert recover(int.from_bytes(digest, "big"), v, r, s) == 0


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(digest=_hashes, v=st.sampled_from([0, 1, 27, 28, 29, U256 - 1]),
       r=st.one_of(st.integers(0, U256 - 1), st.integers(1, 2**160)),
       s=st.one_of(st.integers(0, U256 - 1), st.integers(1, 2**160)))
def test_ecrecover_on_arbitrary_words_agrees(digest, v, r, s):
    """Random (v, r, s): many have no point at x = r; both targets say 0 exactly then."""
    d = ChainDual()
    c = d.deploy(RECOVER)
    got = c.rec_u(digest, v, r, s)
    want = recover(int.from_bytes(digest, "big"), v, r, s)
    assert int(got, 16) == want


def test_ecrecover_costs_the_precompiles_gas(world):
    """3,000 for the recovery whatever the outcome, as precompile 0x01."""
    src = """contract G {
        pub view fn one(h: bytes32, v: uint, r: uint, s: uint) -> address { return ecrecover(h, v, r, s) }
        pub view fn none(h: bytes32, v: uint, r: uint, s: uint) -> address { return address(0) }
    }"""
    c = world.deploy(src)
    digest = keccak(b"x")
    v, r, s, _ = _sign(7, digest)
    used = GAS_SENT - c.call_raw("one", digest, v, r, s).gas_left
    base = GAS_SENT - c.call_raw("none", digest, v, r, s).gas_left
    bad = GAS_SENT - c.call_raw("one", digest, 5, r, s).gas_left
    # the two functions differ by the recovery and a few stack operations around it
    assert abs(used - base - G_ECRECOVER) < 60
    assert bad == used


HASHES = """
contract H {
    pub view fn s_str(s: string) -> bytes32 { return sha256(s) }
    pub view fn s_bytes(b: bytes[100]) -> bytes32 { return sha256(b) }
    pub view fn s_packed(x: uint, a: address, f: bool, h: bytes32) -> bytes32 { return sha256(x, a, f, h) }
    pub view fn k_bytes(b: bytes[100]) -> bytes32 { return keccak256(b) }
    pub view fn length(b: bytes[100], s: string) -> uint { return len(b) * 1000 + len(s) }
}
"""


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=100), text=st.text(alphabet=st.characters(max_codepoint=126), max_size=60),
       x=st.integers(0, U256 - 1), a=st.binary(min_size=20, max_size=20), f=st.booleans(),
       h=st.binary(min_size=32, max_size=32))
def test_sha256_keccak_and_len_agree_with_hashlib(data, text, x, a, f, h):
    d = ChainDual()
    c = d.deploy(HASHES)
    assert c.s_str(text) == hashlib.sha256(text.encode()).digest()
    assert c.s_bytes(data) == hashlib.sha256(data).digest()
    assert c.k_bytes(data) == keccak(data)
    packed = x.to_bytes(32, "big") + a + bytes([f]) + h
    assert c.s_packed(x, "0x" + a.hex(), f, h) == hashlib.sha256(packed).digest()
    assert c.length(data, text) == len(data) * 1000 + len(text.encode())


def test_sha256_gas_is_the_precompiles(world):
    c = world.deploy(HASHES)
    small = GAS_SENT - c.call_raw("s_bytes", b"a" * 32).gas_left
    large = GAS_SENT - c.call_raw("s_bytes", b"a" * 96).gas_left
    # two more words hashed (12 each), two more copied from calldata (3 each) and the
    # calldata bytes' memory; the hash part alone is 24
    assert large - small >= 24


def test_bytes_longer_than_the_capacity_are_refused(dual):
    c = dual.deploy(HASHES)
    assert c.call("s_bytes", b"x" * 101) == ("reverted", ("panic-or-empty",))
    assert c.call("s_bytes", b"x" * 100)[0] == "ok"


ENCODE = """
struct P { a: uint  b: address }
contract E {
    storage kept: bytes[200]
    event Kept(data: bytes[200], h: bytes[200] indexed)
    pub view fn values(x: uint, y: int, f: bool, a: address, h: bytes32) -> bytes[160] {
        return abi_encode(x, y, f, a, h)
    }
    pub view fn with_struct(p: P, x: uint) -> bytes[96] { return abi_encode(p, x) }
    pub view fn with_bytes(x: uint, b: bytes[40]) -> bytes[160] { return abi_encode(x, b) }
    pub view fn literals() -> bytes[128] { return abi_encode(1, -1, true, 0x00000000000000000000000000000000000000aa) }
    pub view fn hashed(x: uint, a: address) -> bytes32 { return keccak256(abi_encode(x, a)) }
    pub fn keep(x: uint, b: bytes[40]) -> uint {
        self.kept = abi_encode(x, b)
        emit Kept(self.kept, self.kept)
        return len(self.kept)
    }
    pub view fn get() -> bytes[200] { return self.kept }
    pub view fn eq(a: bytes[40], b: bytes[60]) -> bool { return a == b }
}
"""


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(x=st.integers(0, U256 - 1), y=st.integers(-(2**255), 2**255 - 1), f=st.booleans(),
       a=st.binary(min_size=20, max_size=20), h=st.binary(min_size=32, max_size=32),
       b=st.binary(max_size=40), b2=st.binary(max_size=40))
def test_abi_encode_is_solidity_abi_encode(x, y, f, a, h, b, b2):
    d = ChainDual()
    c = d.deploy(ENCODE)
    addr = "0x" + a.hex()
    assert c.values(x, y, f, addr, h) == encode(["uint256", "int256", "bool", "address", "bytes32"],
                                                 [x, y, f, addr, h])
    assert c.with_struct((x, addr), 7) == encode(["(uint256,address)", "uint256"], [(x, addr), 7])
    assert c.with_bytes(x, b) == encode(["uint256", "bytes"], [x, b])
    assert c.hashed(x, addr) == keccak(encode(["uint256", "address"], [x, addr]))
    assert c.keep(x, b) == len(encode(["uint256", "bytes"], [x, b]))
    assert c.get() == encode(["uint256", "bytes"], [x, b])
    assert c.eq(b, b2) == (b == b2)


def test_abi_encode_of_literals(dual):
    c = dual.deploy(ENCODE)
    assert c.literals() == encode(["uint256", "int256", "bool", "address"],
                                  [1, -1, True, "0x" + "00" * 19 + "aa"])


# ---------------------------------------------------------------------- EIP-712

PERMIT = """
struct Permit { owner: address  spender: address  value: uint  nonce: uint  deadline: uint }
struct Person { name: bytes32  wallet: address }
struct Mail { sender: Person  to: Person  contents: bytes32 }

contract Signed {
    storage name: string
    init(n: string) { self.name = n }
    pub view fn domain() -> bytes32 { return eip712_domain(self.name, "2") }
    pub view fn permit_hash(o: address, s: address, v: uint, n: uint, d: uint) -> bytes32 {
        return eip712_struct_hash(Permit(owner: o, spender: s, value: v, nonce: n, deadline: d))
    }
    pub view fn signer(o: address, s: address, v: uint, n: uint, d: uint,
                       sv: uint, r: bytes32, ss: bytes32) -> address {
        let h = eip712_struct_hash(Permit(owner: o, spender: s, value: v, nonce: n, deadline: d))
        return ecrecover(eip712_digest(eip712_domain(self.name, "2"), h), sv, r, ss)
    }
    pub view fn mail_signer(m: Mail, sv: uint, r: bytes32, ss: bytes32) -> address {
        return ecrecover(eip712_digest(self.domain(), eip712_struct_hash(m)), sv, r, ss)
    }
}
"""

PERMIT_TYPES = {
    "Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
               {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
               {"name": "deadline", "type": "uint256"}],
}
MAIL_TYPES = {
    "Person": [{"name": "name", "type": "bytes32"}, {"name": "wallet", "type": "address"}],
    "Mail": [{"name": "sender", "type": "Person"}, {"name": "to", "type": "Person"},
             {"name": "contents", "type": "bytes32"}],
}


def test_eip712_type_strings_are_the_standards():
    from lang import types as T

    permit = T.StructType("Permit", (("owner", T.ADDRESS), ("spender", T.ADDRESS), ("value", T.UINT),
                                     ("nonce", T.UINT), ("deadline", T.UINT)))
    assert eip712_type(permit) == ("Permit(address owner,address spender,uint256 value,"
                                   "uint256 nonce,uint256 deadline)")
    person = T.StructType("Person", (("name", T.BYTES32), ("wallet", T.ADDRESS)))
    mail = T.StructType("Mail", (("sender", person), ("to", person), ("contents", T.BYTES32)))
    assert eip712_type(mail) == "Mail(Person sender,Person to,bytes32 contents)Person(bytes32 name,address wallet)"


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(key=_keys, value=st.integers(0, U256 - 1), nonce=st.integers(0, 2**64),
       deadline=st.integers(0, U256 - 1), spender=st.binary(min_size=20, max_size=20))
def test_a_permit_signed_with_eth_account_verifies_on_both_targets(key, value, nonce, deadline, spender):
    d = ChainDual()
    c = d.deploy(PERMIT, "USD Coin")
    acct = Account.from_key(key.to_bytes(32, "big"))
    domain = {"name": "USD Coin", "version": "2", "chainId": d.chain_id,
              "verifyingContract": "0x" + c.address.hex()}
    message = {"owner": acct.address, "spender": "0x" + spender.hex(), "value": value, "nonce": nonce,
               "deadline": deadline}
    signable = encode_typed_data(domain, PERMIT_TYPES, message)
    signed = Account.sign_typed_data(acct.key, domain, PERMIT_TYPES, message)
    # the digest's two halves are the ones eth-account hashed
    assert c.domain() == signable.header
    assert c.permit_hash(acct.address, "0x" + spender.hex(), value, nonce, deadline) == signable.body
    b32 = lambda x: x.to_bytes(32, "big")  # noqa: E731
    got = c.signer(acct.address, "0x" + spender.hex(), value, nonce, deadline, signed.v, b32(signed.r),
                   b32(signed.s))
    assert got.lower() == acct.address.lower()
    # a changed value makes the signature someone else's
    other = c.signer(acct.address, "0x" + spender.hex(), value ^ 1, nonce, deadline, signed.v,
                     b32(signed.r), b32(signed.s))
    assert other.lower() != acct.address.lower()


def test_a_nested_struct_signed_with_eth_account_verifies(dual):
    c = dual.deploy(PERMIT, "Ether Mail")
    acct = Account.from_key(b"\x11" * 32)
    domain = {"name": "Ether Mail", "version": "2", "chainId": dual.chain_id,
              "verifyingContract": "0x" + c.address.hex()}
    alice = {"name": b"alice".ljust(32, b"\0"), "wallet": "0x" + "ab" * 20}
    bob = {"name": b"bob".ljust(32, b"\0"), "wallet": "0x" + "cd" * 20}
    message = {"sender": alice, "to": bob, "contents": keccak(b"Hello, Bob!")}
    signed = Account.sign_typed_data(acct.key, domain, MAIL_TYPES, message)
    mail = ((alice["name"], alice["wallet"]), (bob["name"], bob["wallet"]), message["contents"])
    got = c.mail_signer(mail, signed.v, signed.r.to_bytes(32, "big"), signed.s.to_bytes(32, "big"))
    assert got.lower() == acct.address.lower()


# ---------------------------------------------------------------------- misuse


@pytest.mark.parametrize("body,message", [
    ("return ecrecover(1, 27, 0x01, 0x02)", "expected `bytes32`, found `uint`"),
    ("return ecrecover(bytes32(1), 27, true, bytes32(2))", "`r` and `s` as `bytes32` or `uint`"),
    ("return ecrecover(bytes32(1), 27, bytes32(2))", "takes 4 arguments, 3 given"),
    ("let b: bytes[10] = abi_encode(1)\n return address(0)", "a `bytes[32]` may not fit in a `bytes[10]`"),
    ('let b = abi_encode("x")\n return address(0)', "`abi_encode` cannot take a `string`"),
    ("let h = eip712_struct_hash(3)\n return address(0)", "takes a struct value"),
    ("let n = len(3)\n return address(0)", "`len` takes a `string`, `bytes[N]` or an array"),
    ("let b: bytes = abi_encode(1)\n return address(0)", "`bytes` needs a capacity"),
    ("let b: bytes[0] = abi_encode(1)\n return address(0)", "capacity must be between 1 and"),
    ("let b = slice(abi_encode(1), 0, 33)\n return address(0)", "a slice of 33 bytes does not fit"),
    ("let b = slice(abi_encode(1), 30, 4)\n return address(0)", "a slice from byte 30 is out of range"),
    ("let b = slice(3, 0, 1)\n return address(0)", "`slice` takes a `bytes[N]` or `bytes32`"),
    ('let b = concat(abi_encode(1), "x")\n return address(0)', "`concat` takes `bytes[N]` or `bytes32`"),
])
def test_misuse_is_a_clear_compile_error(body, message):
    src = f"contract C {{\n    pub view fn f() -> address {{\n        {body}\n    }}\n}}\n"
    with pytest.raises(CompileErrors) as info:
        compile_source(src, "m.coin")
    text = info.value.render() if hasattr(info.value, "render") else str(info.value)
    assert message in text, text
    assert "m.coin:" in text


def test_existing_names_stay_usable():
    """The new built-ins are not reserved: a program that used their names still compiles."""
    src = """
    view fn sha256(x: uint) -> uint { return x + 1 }
    contract C {
        pub view fn f(len: uint, ecrecover: uint) -> uint { let abi_encode = len + ecrecover
            return sha256(abi_encode) }
    }"""
    c = compile_source(src, "n.coin")[0]
    assert c.bytecode


# ---------------------------------------------------------------------- slicing and joining

BYTES_OPS = """
contract B {
    pub view fn cut(b: bytes[50], start: uint, n: uint) -> bytes[50] { return slice(b, start, n) }
    pub view fn head(b: bytes[50]) -> bytes[4] { return slice(b, 0, 4) }
    pub view fn word_part(w: bytes32, start: uint, n: uint) -> bytes[32] { return slice(w, start, n) }
    pub view fn join(a: bytes[20], w: bytes32, b: bytes[30]) -> bytes[82] { return concat(a, w, b) }
    pub view fn join_len(a: bytes[20], b: bytes[30]) -> uint { return len(concat(a, b)) }
}
"""


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(b=st.binary(max_size=50), start=st.integers(0, 60), n=st.integers(0, 60), a=st.binary(max_size=20),
       b2=st.binary(max_size=30), w=st.binary(min_size=32, max_size=32))
def test_slice_and_concat_agree(b, start, n, a, b2, w):
    d = ChainDual()
    c = d.deploy(BYTES_OPS)
    got = c.call("cut", b, start, n)
    if start + n <= len(b):
        assert got == ("ok", b[start:start + n])
    else:
        assert got == ("reverted", ("panic-or-empty",))
    got = c.call("head", b)
    assert got == (("ok", b[:4]) if len(b) >= 4 else ("reverted", ("panic-or-empty",)))
    got = c.call("word_part", w, start, n)
    assert got == (("ok", w[start:start + n]) if start + n <= 32 else ("reverted", ("panic-or-empty",)))
    assert c.join(a, w, b2) == a + w + b2
    assert c.join_len(a, b2) == len(a) + len(b2)


def test_slice_out_of_range_is_panic_0x32_on_the_coin_vm(world):
    from tests.lang.conftest import Reverted

    c = world.deploy(BYTES_OPS)
    with pytest.raises(Reverted) as info:
        c.cut(b"abc", 2, 2)
    assert info.value.panic == 0x32
    with pytest.raises(Reverted):
        c.cut(b"abc", 2**256 - 1, 2)


CONST_HASHES = """
const PERMIT_TYPEHASH: bytes32 = keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)")
contract C {
    const S: bytes32 = sha256("abc")
    pub view fn f() -> bytes32 { return PERMIT_TYPEHASH }
    pub view fn g() -> bytes32 { return S }
}
"""


def test_constant_hashes_of_strings_are_folded(dual):
    c = dual.deploy(CONST_HASHES)
    assert c.f() == keccak(b"Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)")
    assert c.g() == hashlib.sha256(b"abc").digest()
    with pytest.raises(CompileErrors) as info:
        compile_source("const X: bytes32 = keccak256(1)\ncontract C {}", "k.coin")
    assert "needs a constant string" in str(info.value)
