"""Coin sent with an interface call: `I(a).f(x, value = v)` (Vyper's `value=` option),
on both back ends."""

from __future__ import annotations

import pytest

from lang.compiler import compile_source
from lang.errors import CompileErrors
from tests.lang.test_evm import Dual

SRC = """
interface Bank {
    payable fn deposit(to: address) -> uint
    view fn held(who: address) -> uint
}
contract Piggy {
    storage deposits: map<address, uint>
    pub payable fn deposit(to: address) -> uint {
        require(msg.value > 0, "nothing sent")
        self.deposits[to] += msg.value
        return self.deposits[to]
    }
    pub view fn held(who: address) -> uint { return self.deposits[who] }
}
contract Forwarder {
    pub payable fn forward(bank: address, to: address) -> uint {
        return Bank(bank).deposit(to, value = msg.value / 2)
    }
    pub fn from_balance(bank: address, to: address, amount: uint) -> uint {
        return Bank(bank).deposit(to, value = amount)
    }
    pub payable fn fund() {}
}
"""


def test_value_reaches_the_callee_on_both_targets():
    dual = Dual()
    bank = dual.deploy(SRC, name="Piggy")
    fwd = dual.deploy(SRC, name="Forwarder")
    who = "0x" + "ab" * 20
    assert fwd.call("forward", "0x" + bank.address.hex(), who, value=1000) == ("ok", 500)
    assert bank.held(who) == 500
    # the other half stays with the forwarder; it can send from its balance later
    assert fwd.call("from_balance", "0x" + bank.address.hex(), who, 300) == ("ok", 800)
    assert fwd.call("from_balance", "0x" + bank.address.hex(), who, 10**6)[0] == "reverted"  # too little
    assert fwd.call("from_balance", "0x" + bank.address.hex(), who, 0) == ("reverted", ("error", "nothing sent"))
    assert dual.world.host.get_balance(bank.address) == 800 == dual.evm.balance(bank.address)


@pytest.mark.parametrize("call,message", [
    ("Bank(a).held(a, value = 1)", "is not `payable`"),
    ("Bank(a).deposit(a, gas = 1)", "unknown call option `gas`"),
    ("Bank(a).deposit(a, value = true)", "expected `uint`, found `bool`"),
    ("max(1, 2, value = 1)", "only for calls to other contracts"),
])
def test_misused_call_options_are_compile_errors(call, message):
    src = SRC.split("contract Piggy")[0] + f"contract C {{\n    pub fn f(a: address) -> uint {{\n        return {call}\n    }}\n}}\n"
    with pytest.raises(CompileErrors) as info:
        compile_source(src, "v.coin")
    assert message in str(info.value)


def test_a_view_function_cannot_send_value():
    src = SRC.split("contract Piggy")[0] + "contract C {\n    pub view fn f(a: address) -> uint {\n" \
        "        return Bank(a).deposit(a, value = 1)\n    }\n}\n"
    with pytest.raises(CompileErrors) as info:
        compile_source(src, "v.coin")
    assert "view function cannot" in str(info.value)
