"""Interface functions returning `string` and `bytes[N]`, on both back ends."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.lang.test_evm import Dual

SRC = """
interface Named {
    view fn name() -> string
    view fn blob() -> bytes[64]
}
contract Source {
    storage n: string
    storage b: bytes[64]
    pub fn set(n: string, b: bytes[64]) {
        self.n = n
        self.b = b
    }
    pub view fn name() -> string { return self.n }
    pub view fn blob() -> bytes[64] { return self.b }
}
contract Reader {
    pub view fn read(s: address) -> string { return Named(s).name() }
    pub view fn size(s: address) -> uint { return len(Named(s).blob()) }
    pub view fn greet(s: address) -> bool { return Named(s).name() == "hello" }
}
"""


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=100),
       blob=st.binary(max_size=64))
def test_strings_come_back_through_interfaces(name, blob):
    d = Dual()
    src = d.deploy(SRC, name="Source")
    rd = d.deploy(SRC, name="Reader")
    src.set(name, blob)
    s = "0x" + src.address.hex()
    assert rd.read(s) == name
    assert rd.size(s) == len(blob)
    assert rd.greet(s) == (name == "hello")


def test_malformed_string_return_data_reverts(world):
    """A callee whose `name()` returns a bare word, too short for a string: the Coin VM
    reverts with its message (the EVM with empty data: the documented difference for
    short return data)."""
    from tests.lang.conftest import Reverted

    rd = world.deploy(SRC, name="Reader")
    bad = world.deploy("contract Bad { pub view fn name() -> uint { return 2**200 } }")
    with pytest.raises(Reverted) as info:
        rd.read("0x" + bad.address.hex())
    assert info.value.message == "call to name: short return data"
    # an offset pointing inside the data but a length running past its end
    liar = world.deploy("contract Liar { pub view fn name() -> uint[2] { return [32, 1000] } }")
    with pytest.raises(Reverted) as info:
        rd.read("0x" + liar.address.hex())
    assert info.value.message == "call to name: short return data"
