"""Ethereum signed transactions: decoding, sender recovery, intrinsic gas.

Decoding and recovery are done here once per transaction, straight from RLP and with
coincurve's public-key recovery, because eth-account's high-level recovery path costs
about 8x the signature math itself (../shared/perf-notes.md).
"""

from __future__ import annotations

import rlp
from coincurve import PublicKey

from chain.api import ChainError
from chain.types import Transaction
from lang.abi import keccak
from vm import gas as G

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


def decode_transaction(raw: bytes, known_sender: bytes | None = None) -> Transaction:
    """Decode a signed transaction (legacy/EIP-155, EIP-2930 or EIP-1559), recover its sender
    (or trust `known_sender`, for transactions read back from our own store)."""
    if not raw:
        raise InvalidTransaction("empty transaction bytes")
    raw = bytes(raw)  # HexBytes indexing is slow; decode from plain bytes
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
        nonce = _int(fields[0], "nonce", 64)
        gas_price = _int(fields[1], "gasPrice")
        gas = _int(fields[2], "gas", 64)
        to = _to(fields[3])
        value = _int(fields[4], "value")
        data = _data(fields[5])
        v, r, s = _int(fields[6], "v"), _int(fields[7], "r"), _int(fields[8], "s")
        if v in (27, 28):
            chain_id = None
            recovery_id = v - 27
            payload = rlp.encode(fields[:6])
        elif v >= 35:
            chain_id = (v - 35) // 2
            recovery_id = v - 35 - 2 * chain_id
            payload = rlp.encode(fields[:6] + [chain_id, 0, 0])
        else:
            raise InvalidTransaction(f"bad signature v value {v}")
        sender = known_sender or _recover(keccak(payload), recovery_id, r, s)
        return Transaction(0, chain_id, nonce, gas_price, None, None, gas, to, value, data, (), v, r, s,
                           sender, keccak(raw), bytes(raw))

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
    sighash = keccak(bytes([kind]) + rlp.encode(fields[: expected - 3]))
    sender = known_sender or _recover(sighash, y, r, s)
    return Transaction(kind, chain_id, nonce, gas_price, tip, fee, gas, to, value, data, access_list,
                       y, r, s, sender, keccak(raw), bytes(raw))


def intrinsic_gas(tx: Transaction) -> int:
    """Gas a transaction pays before any code runs: 21000, calldata, creation, access list."""
    g = G.intrinsic_gas(tx.data, tx.to is None)
    for _address, slots in tx.access_list:
        g += G_ACCESS_LIST_ADDRESS + G_ACCESS_LIST_SLOT * len(slots)
    return g


def contract_address(sender: bytes, nonce: int) -> bytes:
    """Ethereum's CREATE address: keccak(rlp([sender, nonce]))[12:]."""
    return keccak(rlp.encode([sender, nonce]))[12:]
