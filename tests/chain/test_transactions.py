"""The fast transaction decoder and RLP encoder agree with eth-account and pyrlp.

`decode_transaction` decodes RLP with its own strict decoder and slices the signing
payload from the raw bytes; these properties check it against a reference built on
pyrlp (the decoder it replaced) and eth-account's own recovery, on random signed
legacy, EIP-2930 and EIP-1559 transactions and on corruptions of them.
"""

from __future__ import annotations

import rlp
from eth_account import Account
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chain import transactions as T
from chain.encoding import encode_rlp
from chain.transactions import InvalidTransaction, decode_transaction
from chain.types import Transaction
from vm.hashing import keccak

SECP256K1_N = T.SECP256K1_N
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def reference_decode(raw: bytes, known_sender: bytes | None = None) -> Transaction:
    """The pyrlp-based decoder (as it was before the fast path), the reference."""
    if not raw:
        raise InvalidTransaction("empty transaction bytes")
    raw = bytes(raw)
    first = raw[0]
    try:
        if first >= 0xC0:
            fields = rlp.decode(raw, strict=True)
            kind = 0
        elif first in (1, 2):
            fields = rlp.decode(raw[1:], strict=True)
            kind = first
        else:
            raise InvalidTransaction(f"unsupported transaction type 0x{first:02x} (supported: legacy, 1, 2)")
    except rlp.exceptions.DecodingError as e:
        raise InvalidTransaction(f"malformed RLP ({e.__class__.__name__})") from None
    if not isinstance(fields, list):
        raise InvalidTransaction("a transaction must be an RLP list")
    if kind == 0:
        if len(fields) != 9:
            raise InvalidTransaction(f"a legacy transaction has 9 fields, got {len(fields)}")
        nonce = T._int(fields[0], "nonce", 64)
        gas_price = T._int(fields[1], "gasPrice")
        gas = T._int(fields[2], "gas", 64)
        to = T._to(fields[3])
        value = T._int(fields[4], "value")
        data = T._data(fields[5])
        v, r, s = T._int(fields[6], "v"), T._int(fields[7], "r"), T._int(fields[8], "s")
        if v in (27, 28):
            chain_id, recovery_id, payload = None, v - 27, rlp.encode(fields[:6])
        elif v >= 35:
            chain_id = (v - 35) // 2
            recovery_id = v - 35 - 2 * chain_id
            payload = rlp.encode(fields[:6] + [chain_id, 0, 0])
        else:
            raise InvalidTransaction(f"bad signature v value {v}")
        sender = known_sender or T._recover(keccak(payload), recovery_id, r, s)
        return Transaction(0, chain_id, nonce, gas_price, None, None, gas, to, value, data, (), v, r, s,
                           sender, keccak(raw), raw)
    expected = 11 if kind == 1 else 12
    if len(fields) != expected:
        raise InvalidTransaction(f"a type-{kind} transaction has {expected} fields, got {len(fields)}")
    chain_id = T._int(fields[0], "chainId", 64)
    nonce = T._int(fields[1], "nonce", 64)
    if kind == 1:
        gas_price, tip, fee, rest = T._int(fields[2], "gasPrice"), None, None, fields[3:]
    else:
        gas_price = None
        tip = T._int(fields[2], "maxPriorityFeePerGas")
        fee = T._int(fields[3], "maxFeePerGas")
        rest = fields[4:]
    gas = T._int(rest[0], "gas", 64)
    to = T._to(rest[1])
    value = T._int(rest[2], "value")
    data = T._data(rest[3])
    access_list = T._access_list(rest[4])
    y, r, s = T._int(rest[5], "yParity"), T._int(rest[6], "r"), T._int(rest[7], "s")
    if tip is not None and fee is not None and tip > fee:
        raise InvalidTransaction("maxPriorityFeePerGas is higher than maxFeePerGas")
    sighash = keccak(bytes([kind]) + rlp.encode(fields[: expected - 3]))
    sender = known_sender or T._recover(sighash, y, r, s)
    return Transaction(kind, chain_id, nonce, gas_price, tip, fee, gas, to, value, data, access_list,
                       y, r, s, sender, keccak(raw), raw)


def outcome(fn, raw: bytes, known_sender: bytes | None = None):
    try:
        return fn(raw, known_sender)
    except InvalidTransaction as e:
        return ("invalid", str(e))


# ------------------------------------------------------------------ strategies

u64 = st.integers(0, 2**64 - 1)
u256 = st.integers(0, 2**256 - 1)
small_or_big = st.one_of(st.integers(0, 300), u256)
address = st.binary(min_size=20, max_size=20)
keys = st.integers(1, SECP256K1_N - 1).map(lambda k: k.to_bytes(32, "big"))
access_lists = st.lists(st.tuples(address, st.lists(st.binary(min_size=32, max_size=32), max_size=3)),
                        max_size=3)


def _checksum(a: bytes) -> str:
    from eth_utils import to_checksum_address

    return to_checksum_address(a)


@st.composite
def signed_transactions(draw) -> tuple[bytes, bytes]:
    """(raw signed transaction, the signer's address) of a random kind and content."""
    key = draw(keys)
    kind = draw(st.sampled_from(["legacy", "legacy-no-chain", "2930", "1559"]))
    tx: dict = {"nonce": draw(u64), "gas": draw(u64), "value": draw(small_or_big),
                "data": draw(st.binary(max_size=200))}
    to = draw(st.one_of(st.none(), address))
    if to is not None:
        tx["to"] = _checksum(to)
    if kind != "legacy-no-chain":
        tx["chainId"] = draw(st.integers(1, 2**32))
    if kind in ("legacy", "legacy-no-chain", "2930"):
        tx["gasPrice"] = draw(small_or_big)
    if kind == "2930":
        tx["type"] = 1
    if kind in ("2930", "1559"):
        tx["accessList"] = [{"address": _checksum(a), "storageKeys": ["0x" + s.hex() for s in slots]}
                            for a, slots in draw(access_lists)]
    if kind == "1559":
        fee = draw(small_or_big)
        tx["maxFeePerGas"] = fee
        tx["maxPriorityFeePerGas"] = draw(st.integers(0, fee))
        tx["type"] = 2
    signed = Account.sign_transaction(tx, key)
    return bytes(signed.raw_transaction), bytes.fromhex(Account.from_key(key).address[2:])


@st.composite
def corruptions(draw) -> bytes:
    raw, _ = draw(signed_transactions())
    b = bytearray(raw)
    how = draw(st.sampled_from(["flip", "truncate", "extend", "insert", "delete", "prefix"]))
    if how == "flip":
        for _ in range(draw(st.integers(1, 3))):
            i = draw(st.integers(0, len(b) - 1))
            b[i] = draw(st.integers(0, 255))
    elif how == "truncate":
        b = b[: draw(st.integers(0, len(b) - 1))]
    elif how == "extend":
        b += draw(st.binary(min_size=1, max_size=4))
    elif how == "insert":
        i = draw(st.integers(0, len(b)))
        b[i:i] = draw(st.binary(min_size=1, max_size=3))
    elif how == "delete":
        i = draw(st.integers(0, len(b) - 1))
        del b[i:i + draw(st.integers(1, 3))]
    else:  # the first byte (type / list prefix) or a length prefix changed
        b[0] = draw(st.sampled_from([0x00, 0x01, 0x02, 0x03, 0x7F, 0xC0, 0xF7, 0xF8, 0xF9, 0xFF]))
    return bytes(b)


rlp_items = st.recursive(
    st.one_of(st.binary(max_size=70), st.integers(0, 2**300)),
    lambda children: st.lists(children, max_size=6) | st.tuples(children, children),
    max_leaves=30,
)


# ------------------------------------------------------------------ properties


@SETTINGS
@given(signed_transactions())
def test_decoder_agrees_with_eth_account_and_pyrlp(case):
    raw, signer = case
    tx = decode_transaction(raw)
    assert tx == reference_decode(raw)
    assert tx.sender == signer
    assert tx.sender == bytes.fromhex(Account.recover_transaction(raw)[2:])
    assert tx.hash == keccak(raw) and tx.raw == raw and type(tx.raw) is bytes
    # what the store reads back: a trusted sender, no recovery
    assert decode_transaction(raw, known_sender=b"\x11" * 20) == reference_decode(raw, b"\x11" * 20)
    # the fields are pyrlp's
    fields = rlp.decode(raw if raw[0] >= 0xC0 else raw[1:])
    assert tx.nonce == int.from_bytes(fields[0 if raw[0] >= 0xC0 else 1], "big")


@SETTINGS
@given(corruptions())
def test_decoder_refuses_what_the_reference_refuses(raw):
    got = outcome(decode_transaction, raw)
    want = outcome(reference_decode, raw)
    assert got == want
    if isinstance(got, Transaction):
        assert got.sender == bytes.fromhex(Account.recover_transaction(raw)[2:])


@SETTINGS
@given(st.binary(max_size=120), st.sampled_from([b"", b"\x01", b"\x02"]))
def test_random_bytes_are_refused_like_pyrlp(body, prefix):
    raw = prefix + body
    assert outcome(decode_transaction, raw) == outcome(reference_decode, raw)


@SETTINGS
@given(rlp_items)
def test_encode_rlp_is_pyrlp(item):
    assert encode_rlp(item) == rlp.encode(item)


@SETTINGS
@given(rlp_items.filter(lambda x: isinstance(x, (list, tuple))))
def test_fast_list_decoder_is_pyrlp(item):
    data = rlp.encode(item)
    fields, ends, start = T._top_fields(data, 0)
    assert fields == rlp.decode(data)
    assert ends[-1:] == ([len(data)] if fields else [])


@SETTINGS
@given(st.binary(min_size=1, max_size=80))
def test_fast_list_decoder_refuses_what_pyrlp_refuses(data):
    try:
        want = rlp.decode(data, strict=True)
    except rlp.exceptions.DecodingError:
        want = None
    try:
        got = T._top_fields(data, 0)[0]
    except (T._Malformed, T._NotAList, IndexError):
        got = None
    if isinstance(want, bytes):  # a string, not a list: the transaction decoder refuses it
        assert got is None
    else:
        assert got == want


def test_malformed_examples():
    for raw in [b"\xc0", b"\x01", b"\x02\xc0", b"\x03\xc0", b"\xf8\x00", b"\xc1\x81\x05", b"\x02" + b"\xc1\x80",
                b"\xb8\x01\x00", bytes([0xC9]) + b"\x80" * 8]:
        try:
            decode_transaction(raw)
        except InvalidTransaction:
            continue
        raise AssertionError(f"accepted {raw.hex()}")


def test_bad_access_list_shape_refused():
    # an EIP-2930 transaction whose access list is a byte string, not a list
    fields = [1, 0, 1, 21000, b"\x11" * 20, 0, b"", b"", 0, 1, 1]
    raw = b"\x01" + rlp.encode(fields)
    assert outcome(decode_transaction, raw) == outcome(reference_decode, raw)
    assert outcome(decode_transaction, raw)[0] == "invalid"

