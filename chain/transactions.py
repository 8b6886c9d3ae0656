"""Ethereum signed transactions: decoding, sender recovery, intrinsic gas.

Decoding and recovery are done here once per transaction, straight from RLP and with
coincurve's public-key recovery, because eth-account's high-level recovery path costs
about 8x the signature math itself (../shared/perf-notes.md).
"""

from __future__ import annotations

from coincurve import PublicKey

from chain.api import ChainError
from chain.encoding import encode_rlp, encode_uint, list_prefix
from chain.types import Transaction
from vm import gas as G
from vm.hashing import keccak

SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
MAX_NONCE = 2**64 - 1
G_ACCESS_LIST_ADDRESS = 2400  # EIP-2930
G_ACCESS_LIST_SLOT = 1900


class InvalidTransaction(ChainError):
    """The bytes are not a valid signed transaction."""

    def __init__(self, message: str):
        super().__init__(f"invalid transaction: {message}", -32000)


def _int(field: bytes, name: str, limit_bits: int = 256) -> int:
    if not isinstance(field, bytes):
        raise InvalidTransaction(f"{name} must be a byte string, not a list")
    if len(field) > 1 and field[0] == 0 or field == b"\x00":
        raise InvalidTransaction(f"{name} has leading zero bytes (non-canonical RLP integer)")
    value = int.from_bytes(field, "big")
    if value >= 1 << limit_bits:
        raise InvalidTransaction(f"{name} does not fit {limit_bits} bits")
    return value


def _to(field: bytes) -> bytes | None:
    if not isinstance(field, bytes):
        raise InvalidTransaction("`to` must be a byte string")
    if field == b"":
        return None
    if len(field) != 20:
        raise InvalidTransaction(f"`to` must be 20 bytes or empty, got {len(field)}")
    return field


def _data(field: bytes) -> bytes:
    if not isinstance(field, bytes):
        raise InvalidTransaction("`data` must be a byte string")
    return field


def _access_list(field) -> tuple:
    if not isinstance(field, list):
        raise InvalidTransaction("access list must be a list")
    out = []
    for entry in field:
        if not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], bytes) \
                or len(entry[0]) != 20 or not isinstance(entry[1], list):
            raise InvalidTransaction("access list entries must be [address, [slot, ...]]")
        slots = []
        for s in entry[1]:
            if not isinstance(s, bytes) or len(s) != 32:
                raise InvalidTransaction("access list slots must be 32 bytes")
            slots.append(int.from_bytes(s, "big"))
        out.append((entry[0], tuple(slots)))
    return tuple(out)


def _recover(sighash: bytes, recovery_id: int, r: int, s: int) -> bytes:
    if recovery_id not in (0, 1):
        raise InvalidTransaction(f"bad signature recovery id {recovery_id}")
    if not (0 < r < SECP256K1_N and 0 < s <= SECP256K1_N // 2):
        raise InvalidTransaction("signature values r, s out of range (EIP-2 requires low s)")
    try:
        pub = PublicKey.from_signature_and_message(
            r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([recovery_id]), sighash, hasher=None)
    except Exception:
        raise InvalidTransaction("the signature does not recover to a public key") from None
    return keccak(pub.format(compressed=False)[1:])[12:]


class _Malformed(Exception):
    pass


def _long_length(data: bytes, pos: int, end: int, ll: int) -> tuple[int, int]:
    """Payload start and length of a long RLP string or list (canonical form only)."""
    start = pos + 1 + ll
    if start > end or data[pos + 1] == 0:
        raise _Malformed
    n = int.from_bytes(data[pos + 1:start], "big")
    if n < 56:
        raise _Malformed
    return start, n


class _NotAList(Exception):
    pass


def _length(data: bytes, pos: int, end: int) -> tuple[bool, int, int]:
    """The RLP item at `pos` (before `end`): (is_list, payload start, payload end). Refuses
    what pyrlp's strict decoder refuses: non-canonical prefixes and items that overrun."""
    b0 = data[pos]
    if b0 < 0x80:
        return False, pos, pos + 1
    if b0 < 0xB8:
        n = b0 - 0x80
        start = pos + 1
        if n == 1 and (start >= end or data[start] < 0x80):
            raise _Malformed
        is_list = False
    elif b0 < 0xC0:
        start, n = _long_length(data, pos, end, b0 - 0xB7)
        is_list = False
    elif b0 < 0xF8:
        n = b0 - 0xC0
        start = pos + 1
        is_list = True
    else:
        start, n = _long_length(data, pos, end, b0 - 0xF7)
        is_list = True
    stop = start + n
    if stop > end:
        raise _Malformed
    return is_list, start, stop


MAX_RLP_DEPTH = 16  # transactions nest 3 deep (access lists), p2p messages under 8


def _items(data: bytes, pos: int, end: int, depth: int = 1) -> list:
    """Decode the items of a list payload data[pos:end] (strings as bytes, lists as lists).
    The recursion is bounded by MAX_RLP_DEPTH, never by the interpreter's limit."""
    if depth > MAX_RLP_DEPTH:
        raise _Malformed
    out = []
    while pos < end:
        b0 = data[pos]
        if b0 < 0x80:
            out.append(data[pos:pos + 1])
            pos += 1
            continue
        is_list, start, stop = _length(data, pos, end)
        out.append(_items(data, start, stop, depth + 1) if is_list else data[start:stop])
        pos = stop
    return out


def rlp_nesting_error(data: bytes, limit: int = MAX_RLP_DEPTH) -> str | None:
    """Why `data` must not reach a recursive RLP decoder (pyrlp), or None: walks the
    item headers with an explicit stack, so any depth costs no recursion."""
    ends = [len(data)]  # the end of each open list, innermost last
    pos = 0
    try:
        while pos < len(data):
            while pos >= ends[-1]:
                ends.pop()
            is_list, start, stop = _length(data, pos, ends[-1])
            if is_list:
                if len(ends) > limit:
                    return f"RLP nests deeper than {limit} levels"
                ends.append(stop)
                pos = start
            else:
                pos = stop
    except (_Malformed, IndexError):
        return None  # malformed, not deep: the decoder reports it
    return None


def _top_fields(data: bytes, offset: int) -> tuple[list, list[int], int]:
    """The fields of the RLP list that is exactly data[offset:], with each field's end
    offset, and the list payload's start offset."""
    end = len(data)
    if offset >= end:
        raise _Malformed
    is_list, start, stop = _length(data, offset, end)
    if stop != end:
        raise _Malformed
    if not is_list:
        raise _NotAList
    fields = []
    ends = []
    pos = start
    while pos < stop:
        b0 = data[pos]
        if b0 < 0x80:
            fields.append(data[pos:pos + 1])
            pos += 1
        elif b0 < 0xB8:
            nxt = pos + 1 + b0 - 0x80
            if nxt > stop or (b0 == 0x81 and data[pos + 1] < 0x80):
                raise _Malformed
            fields.append(data[pos + 1:nxt])
            pos = nxt
        else:
            is_sub, s0, s1 = _length(data, pos, stop)
            fields.append(_items(data, s0, s1) if is_sub else data[s0:s1])
            pos = s1
        ends.append(pos)
    return fields, ends, start


def _fields(raw: bytes, offset: int) -> tuple[list, list[int], int]:
    try:
        return _top_fields(raw, offset)
    except (_Malformed, IndexError):
        raise InvalidTransaction("malformed RLP (DecodingError)") from None
    except _NotAList:
        raise InvalidTransaction("a transaction must be an RLP list") from None


def decode_transaction(raw: bytes, known_sender: bytes | None = None) -> Transaction:
    """Decode a signed transaction (legacy/EIP-155, EIP-2930 or EIP-1559), recover its sender
    (or trust `known_sender`, for transactions read back from our own store).

    The RLP is decoded by a strict decoder for exactly these shapes (it accepts and refuses
    what `rlp.decode(strict=True)` does), and the signing payload is sliced from the raw
    bytes instead of re-encoded: a canonical decoding re-encodes to the same bytes."""
    if not raw:
        raise InvalidTransaction("empty transaction bytes")
    if type(raw) is not bytes:
        raw = bytes(raw)  # HexBytes indexing is slow; decode from plain bytes
    first = raw[0]
    if first >= 0xC0:
        fields, ends, start = _fields(raw, 0)
        kind = 0
    elif first == 1 or first == 2:
        fields, ends, start = _fields(raw, 1)
        kind = first
    else:
        raise InvalidTransaction(f"unsupported transaction type 0x{first:02x} (supported: legacy, 1, 2)")

    if kind == 0:
        if len(fields) != 9:
            raise InvalidTransaction(f"a legacy transaction has 9 fields, got {len(fields)}")
        nonce = _int(fields[0], "nonce", 64)
        gas_price = _int(fields[1], "gasPrice")
        gas = _int(fields[2], "gas", 64)
        to = _to(fields[3])
        value = _int(fields[4], "value")
        data = _data(fields[5])
        v, r, s = _int(fields[6], "v"), _int(fields[7], "r"), _int(fields[8], "s")
        if known_sender and v >= 35:
            chain_id = (v - 35) // 2
        elif v in (27, 28) or v >= 35:
            body = raw[start:ends[5]]
            if v in (27, 28):
                chain_id = None
                recovery_id = v - 27
            else:
                chain_id = (v - 35) // 2
                recovery_id = v - 35 - 2 * chain_id
                body += encode_uint(chain_id) + b"\x80\x80"
            if not known_sender:
                known_sender = _recover(keccak(list_prefix(len(body)) + body), recovery_id, r, s)
        else:
            raise InvalidTransaction(f"bad signature v value {v}")
        return Transaction(0, chain_id, nonce, gas_price, None, None, gas, to, value, data, (), v, r, s,
                           known_sender, keccak(raw), raw)

    expected = 11 if kind == 1 else 12
    if len(fields) != expected:
        raise InvalidTransaction(f"a type-{kind} transaction has {expected} fields, got {len(fields)}")
    chain_id = _int(fields[0], "chainId", 64)
    nonce = _int(fields[1], "nonce", 64)
    if kind == 1:
        gas_price = _int(fields[2], "gasPrice")
        tip = fee = None
        rest = fields[3:]
    else:
        gas_price = None
        tip = _int(fields[2], "maxPriorityFeePerGas")
        fee = _int(fields[3], "maxFeePerGas")
        rest = fields[4:]
    gas = _int(rest[0], "gas", 64)
    to = _to(rest[1])
    value = _int(rest[2], "value")
    data = _data(rest[3])
    access_list = _access_list(rest[4])
    y, r, s = _int(rest[5], "yParity"), _int(rest[6], "r"), _int(rest[7], "s")
    if tip is not None and fee is not None and tip > fee:
        raise InvalidTransaction("maxPriorityFeePerGas is higher than maxFeePerGas")
    if not known_sender:
        body = raw[start:ends[expected - 4]]
        known_sender = _recover(keccak(bytes((kind,)) + list_prefix(len(body)) + body), y, r, s)
    return Transaction(kind, chain_id, nonce, gas_price, tip, fee, gas, to, value, data, access_list,
                       y, r, s, known_sender, keccak(raw), raw)


def intrinsic_gas(tx: Transaction) -> int:
    """Gas a transaction pays before any code runs: 21000, calldata, creation, access list."""
    g = G.intrinsic_gas(tx.data, tx.to is None)
    for _address, slots in tx.access_list:
        g += G_ACCESS_LIST_ADDRESS + G_ACCESS_LIST_SLOT * len(slots)
    return g


def contract_address(sender: bytes, nonce: int) -> bytes:
    """Ethereum's CREATE address: keccak(rlp([sender, nonce]))[12:]."""
    return keccak(encode_rlp([sender, nonce]))[12:]
