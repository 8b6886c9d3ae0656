"""`uint8`: an ABI type for `v` of signatures and `decimals()`, on both back ends."""

from __future__ import annotations

import pytest
from eth_utils import keccak

from lang.compiler import compile_source
from lang.errors import CompileErrors
from tests.lang.test_evm import Dual

SRC = """
contract U {
    storage d: uint8
    pub fn set(x: uint8) -> uint {
        self.d = x
        return uint(self.d) + 1
    }
    pub view fn narrow(x: uint) -> uint8 { return uint8(x) }
    pub view fn lit() -> uint8 { return 27 }
    pub view fn h(x: uint8) -> bytes32 { return keccak256(x, true) }
    pub view fn same(a: uint8, b: uint8) -> bool { return a == b }
}
"""


def test_uint8_agrees_on_both_targets():
    d = Dual()
    c = d.deploy(SRC)
    assert c.set(255) == 256
    assert c.narrow(200) == 200
    assert c.call("narrow", 256) == ("reverted", ("panic-or-empty",))
    assert c.lit() == 27
    assert c.h(7) == keccak(bytes([7, 1]))
    assert c.same(3, 3) is True and c.same(3, 4) is False


def test_calldata_above_255_is_refused():
    from eth_abi import encode

    from lang.abi import selector_of

    d = Dual()
    c = d.deploy(SRC)
    data = selector_of("set(uint8)") + encode(["uint256"], [256])
    assert d.transact(c.address, data, 0, 0, ["uint256"]) == ("reverted", ("panic-or-empty",))


@pytest.mark.parametrize("body,message", [
    ("let x: uint8 = 300\n return 0", "does not fit"),
    ("let x: uint8 = 3\n return x + 1", "needs integers"),
])
def test_uint8_misuse(body, message):
    src = f"contract C {{\n    pub view fn f() -> uint {{\n        {body}\n    }}\n}}\n"
    with pytest.raises(CompileErrors) as info:
        compile_source(src, "u.coin")
    assert message in str(info.value), str(info.value)
