"""RLP encoding: the one encoder of the chain (headers, receipts, bodies, state leaves,
the store's records, p2p messages).

It writes exactly the bytes `rlp.encode` writes (tests/chain/test_transactions.py checks
it against pyrlp), without pyrlp's per-item type inference, which makes it several times
faster; hashing headers and committing state run it on every block."""

from __future__ import annotations

import rlp


def list_prefix(n: int) -> bytes:
    """The RLP prefix of a list whose payload is `n` bytes long."""
    if n < 56:
        return bytes((0xC0 + n,))
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((0xF7 + len(b),)) + b


def encode_uint(value: int) -> bytes:
    """RLP of a non-negative integer (big-endian, no leading zeros)."""
    if value == 0:
        return b"\x80"
    if value < 0x80:
        return bytes((value,))
    b = value.to_bytes((value.bit_length() + 7) // 8, "big")
    n = len(b)
    return (bytes((0x80 + n,)) if n < 56 else _enc_len(n, 0x80)) + b


def _enc_len(n: int, offset: int) -> bytes:
    if n < 56:
        return bytes((offset + n,))
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((offset + 55 + len(b),)) + b


_BYTE = [bytes((i,)) for i in range(256)]


def encode_rlp(item) -> bytes:
    """RLP of bytes, non-negative ints and (nested) lists or tuples of them: the same bytes
    as `rlp.encode`, without pyrlp's per-item type inference (several times faster)."""
    t = type(item)
    if t is list or t is tuple:
        parts = []
        add = parts.append
        for x in item:
            tx = type(x)
            if tx is bytes:
                n = len(x)
                if n == 1 and x[0] < 0x80:
                    add(x)
                else:
                    add(_BYTE[0x80 + n] if n < 56 else _enc_len(n, 0x80))
                    add(x)
            elif tx is int and x >= 0:
                add(_BYTE[x] if 0 < x < 0x80 else encode_uint(x))
            else:
                add(encode_rlp(x))
        payload = b"".join(parts)
        n = len(payload)
        return (_BYTE[0xC0 + n] if n < 56 else _enc_len(n, 0xC0)) + payload
    if t is bytes:
        n = len(item)
        if n == 1 and item[0] < 0x80:
            return item
        return (_BYTE[0x80 + n] if n < 56 else _enc_len(n, 0x80)) + item
    if t is int and item >= 0:
        return encode_uint(item)
    return rlp.encode(item)  # anything else (bool, bytearray, str, ...): pyrlp's rules
