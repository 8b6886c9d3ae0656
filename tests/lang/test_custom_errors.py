"""Custom errors: `error Name(field: T, ...)` and `revert Name(args)`, encoded as
Solidity's (selector of `Name(types)` + ABI-encoded arguments), in the ABI, on both back
ends, and decoded by eth-abi / web3's ABI entries."""

from __future__ import annotations

import pytest
from eth_abi import encode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lang.abi import decode_custom_error, selector_of
from lang.compiler import compile_source
from lang.errors import CompileErrors
from tests.lang.test_evm import Dual

SRC = """
error InsufficientBalance(need: uint, have: uint)
error Unauthorized()

struct Pair { a: uint  b: address }

contract Vault {
    error Frozen(who: address, until: uint, note: bytes32)
    error Odd(p: Pair, xs: array<uint, 3>, data: bytes[40])
    storage balances: map<address, uint>
    storage owner: address
    init() { self.owner = msg.sender }
    pub fn withdraw(amount: uint) -> uint {
        let have = self.balances[msg.sender]
        if amount > have {
            revert InsufficientBalance(amount, have)
        }
        self.balances[msg.sender] = have - amount
        return have - amount
    }
    pub fn deposit(amount: uint) { self.balances[msg.sender] += amount }
    pub fn owner_only() {
        if msg.sender != self.owner { revert Unauthorized() }
    }
    pub view fn frozen(until: uint) -> uint {
        revert Frozen(until: until, note: bytes32(7), who: msg.sender)
    }
    pub view fn odd(x: uint, d: bytes[40]) -> uint {
        revert Odd(Pair(a: x, b: msg.sender), [x, 1, 2], d)
    }
}
"""


def _abi_error(abi, name):
    return next(e for e in abi if e.get("type") == "error" and e["name"] == name)


def test_errors_are_in_the_abi():
    c = compile_source(SRC, "e.coin")[0]
    names = {e["name"] for e in c.abi if e["type"] == "error"}
    assert names == {"InsufficientBalance", "Unauthorized", "Frozen", "Odd"}
    assert _abi_error(c.abi, "InsufficientBalance")["inputs"] == [
        {"name": "need", "type": "uint256", "internalType": "uint256"},
        {"name": "have", "type": "uint256", "internalType": "uint256"}]


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(have=st.integers(0, 2**200), need=st.integers(0, 2**201))
def test_revert_data_is_solidity_s_on_both_targets(have, need):
    d = Dual()
    c = d.deploy(SRC)
    c.deposit(have)
    r = c.call("withdraw", need)
    if need <= have:
        assert r == ("ok", have - need)
        return
    want = selector_of("InsufficientBalance(uint256,uint256)") + encode(["uint256", "uint256"], [need, have])
    assert r == ("reverted", ("data", want.hex()))
    assert decode_custom_error(want, c.compiled.abi) == f"InsufficientBalance(need={need}, have={have})"


def test_errors_without_fields_and_with_named_and_dynamic_fields(dual_=None):
    d = Dual()
    c = d.deploy(SRC)
    assert c.call("owner_only", sender=1) == ("reverted", ("data", selector_of("Unauthorized()").hex()))
    assert c.call("owner_only", sender=0)[0] == "ok"
    who = d.actors[0]
    want = selector_of("Frozen(address,uint256,bytes32)") + encode(
        ["address", "uint256", "bytes32"], [who, 99, (7).to_bytes(32, "big")])
    assert c.call("frozen", 99) == ("reverted", ("data", want.hex()))
    want = selector_of("Odd((uint256,address),uint256[],bytes)") + encode(
        ["(uint256,address)", "uint256[]", "bytes"], [(5, who), [5, 1, 2], b"hi"])
    assert c.call("odd", 5, b"hi") == ("reverted", ("data", want.hex()))


@pytest.mark.parametrize("body,message", [
    ("revert Nope(1)", "unknown error `Nope`"),
    ("revert InsufficientBalance(1)", "takes 2 arguments, 1 given"),
    ("revert InsufficientBalance(true, 1)", "expected `uint`, found `bool`"),
    ("revert InsufficientBalance(need: 1, hav: 2)", "has no field `hav`"),
])
def test_misuse_is_a_compile_error(body, message):
    src = ("error InsufficientBalance(need: uint, have: uint)\n"
           f"contract C {{\n    pub fn f() {{\n        {body}\n    }}\n}}\n")
    with pytest.raises(CompileErrors) as info:
        compile_source(src, "e.coin")
    assert message in str(info.value)


def test_error_stays_an_ordinary_name_and_functions_that_revert_need_no_return():
    src = """contract C {
        pub view fn f(error: uint) -> uint { let revert_ = error
            return revert_ }
    }
    error E()
    contract D { pub view fn g() -> uint { revert E() } }"""
    cs = compile_source(src, "n.coin")
    assert len(cs) == 2


def test_two_errors_with_one_name_clash():
    with pytest.raises(CompileErrors) as info:
        compile_source("error E()\ncontract C { error E(x: uint)\n pub fn f() { revert E() } }", "d.coin")
    assert "already defined" in str(info.value)


def test_coinc_shows_a_custom_error_decoded():
    """`coinc call` / `coinc send` turn web3's ContractCustomError into the error's text."""
    from web3.exceptions import ContractCustomError

    from coinc.client import revert_message

    abi = compile_source(SRC, "e.coin")[0].abi
    data = selector_of("InsufficientBalance(uint256,uint256)") + encode(["uint256", "uint256"], [5, 3])
    exc = ContractCustomError("0x" + data.hex(), data="0x" + data.hex())
    assert revert_message(exc, abi) == "InsufficientBalance(need=5, have=3)"
    assert revert_message(exc, []) is not None  # without the ABI: web3's own text
