"""The ABI leaf: revert data decoded once for every layer, canonical ABI type strings."""

from __future__ import annotations

from eth_abi import encode

from lang.abi import PANIC_SELECTOR, decode_revert, error_data, event_topic, keccak, type_string


def test_decode_revert_reads_error_strings_and_panic_codes() -> None:
    assert decode_revert(error_data(b"not owner")) == "not owner"
    assert decode_revert(PANIC_SELECTOR + encode(["uint256"], [0x11])) == \
        "panic: arithmetic underflow or overflow (0x11)"
    assert decode_revert(PANIC_SELECTOR + encode(["uint256"], [0x99])) == "panic: code (0x99)"


def test_decode_revert_gives_none_for_empty_custom_or_broken_data() -> None:
    assert decode_revert(b"") is None
    assert decode_revert(bytes.fromhex("deadbeef") + bytes(32)) is None
    assert decode_revert(error_data(b"x")[:10]) is None  # truncated


def test_type_string_spells_tuples_and_arrays_canonically() -> None:
    entry = {"type": "tuple[]", "components": [{"type": "address"},
                                               {"type": "tuple", "components": [{"type": "uint256"}]}]}
    assert type_string(entry) == "(address,(uint256))[]"
    assert type_string({"type": "bytes32"}) == "bytes32"


def test_event_topic_is_keccak_of_the_signature() -> None:
    sig = "Transfer(address,address,uint256)"
    assert event_topic(sig) == keccak(sig.encode())
    assert event_topic(sig).hex().startswith("ddf252ad")
