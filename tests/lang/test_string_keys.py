"""`string` and `bytes[N]` as map keys, on both back ends, at Solidity's slots."""

from __future__ import annotations

from eth_utils import keccak
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.lang.test_evm import Dual

SRC = """
contract M {
    storage first: uint
    storage by_name: map<string, uint>
    storage by_bytes: map<bytes[40], address>
    storage nested: map<string, map<address, uint>>
    pub fn set(n: string, v: uint) {
        self.by_name[n] = v
        self.nested[n][msg.sender] += v
    }
    pub view fn get(n: string) -> uint { return self.by_name[n] }
    pub view fn mine(n: string, who: address) -> uint { return self.nested[n][who] }
    pub fn setb(b: bytes[40], a: address) { self.by_bytes[b] = a }
    pub view fn getb(b: bytes[40]) -> address { return self.by_bytes[b] }
}
"""

_names = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=80)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(names=st.lists(st.tuples(_names, st.integers(0, 2**64)), max_size=5), probe=_names,
       b=st.binary(max_size=40))
def test_string_and_bytes_keys_agree(names, probe, b):
    d = Dual()
    c = d.deploy(SRC)
    model: dict[str, int] = {}
    for n, v in names:
        c.set(n, v)
        model[n] = v
    assert c.get(probe) == model.get(probe, 0)
    for n in model:
        assert c.get(n) == model[n]
    who = "0x" + "ab" * 20
    c.setb(b, who)
    assert c.getb(b) == who
    assert c.getb(b + b"x") == "0x" + "00" * 20


def test_string_key_slot_is_solidity_s(world):
    c = world.deploy(SRC)
    c.set("USDC", 42)
    slot = int.from_bytes(keccak(b"USDC" + (1).to_bytes(32, "big")), "big")
    assert world.host.get_storage(c.address, slot) == 42
