"""The wire format: length-prefixed, versioned, RLP-encoded messages.

A frame is a 4-byte big-endian length, then that many bytes: the protocol version (1
byte), the message code (1 byte) and the RLP payload. Every payload is decoded and its
shape checked here, so the rest of the networking code only sees well-typed values and a
peer's malformed message is a `ProtocolError` (the peer is banned), never a crash.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import IntEnum

import rlp

from chain.encoding import encode_rlp
from chain.transactions import rlp_nesting_error

PROTOCOL_VERSION = 1
MAX_MESSAGE = 8 * 1024 * 1024  # a full block of calldata (30M gas / 16 per byte) is under 2 MiB
MAX_HASHES = 1024  # per inventory, get-data or not-found message
MAX_HEADERS = 512  # per headers message
MAX_LOCATOR = 64
MAX_ADDRESSES = 256  # per addr message


class ProtocolError(Exception):
    """A peer broke the protocol (malformed, oversized or out-of-place message)."""


class Msg(IntEnum):
    HELLO = 0
    DISCONNECT = 1
    PING = 2
    PONG = 3
    GET_ADDR = 4
    ADDR = 5
    INV = 6
    GET_DATA = 7
    NOT_FOUND = 8
    BLOCK = 9
    TX = 10
    GET_HEADERS = 11
    HEADERS = 12


class Kind(IntEnum):
    """What an inventory hash names."""

    TX = 1
    BLOCK = 2


@dataclass(frozen=True, slots=True)
class Hello:
    """The handshake: both sides send it first; peers of another chain or genesis, or
    another protocol version, are refused."""

    version: int
    chain_id: int
    genesis_hash: bytes
    best_number: int
    best_hash: bytes
    total_difficulty: int
    node_id: bytes  # random per run of a node: detects connections to ourselves and duplicates
    listen_port: int  # 0 if the node does not accept connections
    client: str


def frame(code: Msg, payload: object) -> bytes:
    body = bytes([PROTOCOL_VERSION, int(code)]) + encode_rlp(payload)
    if len(body) > MAX_MESSAGE:
        raise ValueError(f"message {code.name} is {len(body)} bytes, over the {MAX_MESSAGE}-byte limit")
    return len(body).to_bytes(4, "big") + body


def parse(body: bytes) -> tuple[Msg, object]:
    """A frame's body (after the length) as (code, decoded RLP payload)."""
    if len(body) < 2:
        raise ProtocolError("message shorter than its header")
    if body[0] != PROTOCOL_VERSION:
        raise ProtocolError(f"protocol version {body[0]}, this node speaks {PROTOCOL_VERSION}")
    try:
        code = Msg(body[1])
    except ValueError:
        raise ProtocolError(f"unknown message code {body[1]}") from None
    too_deep = rlp_nesting_error(body[2:])
    if too_deep is not None:  # pyrlp recurses per level
        raise ProtocolError(f"{code.name}: {too_deep}")
    try:
        payload = rlp.decode(body[2:])
    except Exception as e:  # noqa: BLE001 - any decoding failure is the peer's
        raise ProtocolError(f"{code.name}: undecodable payload ({e})") from None
    return code, payload


# ----------------------------------------------------------------------- payload checks


def as_int(item: object, what: str, limit: int = 2**256) -> int:
    if not isinstance(item, bytes) or len(item) > 32 or (item and item[0] == 0):
        raise ProtocolError(f"{what} is not an integer")
    value = int.from_bytes(item, "big")
    if value >= limit:
        raise ProtocolError(f"{what} is out of range")
    return value


def as_bytes(item: object, what: str, size: int | None = None, max_size: int = MAX_MESSAGE) -> bytes:
    if not isinstance(item, bytes) or (size is not None and len(item) != size) or len(item) > max_size:
        raise ProtocolError(f"{what} is not {f'{size} bytes' if size else 'a byte string'}")
    return item


def as_list(item: object, what: str, max_len: int) -> list:
    if not isinstance(item, list):
        raise ProtocolError(f"{what} is not a list")
    if len(item) > max_len:
        raise ProtocolError(f"{what} has {len(item)} entries, more than the limit of {max_len}")
    return item


def as_hashes(item: object, what: str, max_len: int = MAX_HASHES) -> list[bytes]:
    return [as_bytes(h, what, 32) for h in as_list(item, what, max_len)]


def encode_hello(h: Hello) -> list:
    return [h.version, h.chain_id, h.genesis_hash, h.best_number, h.best_hash, h.total_difficulty,
            h.node_id, h.listen_port, h.client.encode()]


def decode_hello(payload: object) -> Hello:
    f = as_list(payload, "HELLO", 16)
    if len(f) < 9:
        raise ProtocolError("HELLO has too few fields")
    return Hello(as_int(f[0], "version"), as_int(f[1], "chain id"), as_bytes(f[2], "genesis hash", 32),
                 as_int(f[3], "best number", 2**63), as_bytes(f[4], "best hash", 32),
                 as_int(f[5], "total difficulty"), as_bytes(f[6], "node id", 16),
                 as_int(f[7], "listen port", 65536), as_bytes(f[8], "client", max_size=64).decode("utf-8", "replace"))


def decode_inventory(payload: object, code: Msg) -> tuple[Kind, list[bytes]]:
    f = as_list(payload, code.name, 2)
    if len(f) != 2:
        raise ProtocolError(f"{code.name} needs a kind and a list of hashes")
    try:
        kind = Kind(as_int(f[0], "inventory kind", 256))
    except ValueError:
        raise ProtocolError(f"{code.name}: unknown inventory kind") from None
    return kind, as_hashes(f[1], f"{code.name} hashes")


def decode_addresses(payload: object) -> list[tuple[str, int]]:
    """An ADDR's [host, port] pairs. Hosts must be IP literals: a node never resolves names
    a peer sends (that would let any peer make it query DNS). Port 0 entries are skipped."""
    out = []
    for i, entry in enumerate(as_list(payload, "ADDR", MAX_ADDRESSES)):
        pair = as_list(entry, f"ADDR entry {i}", 2)
        if len(pair) != 2:
            raise ProtocolError(f"ADDR entry {i} needs a host and a port")
        raw = as_bytes(pair[0], f"ADDR entry {i} host", max_size=45)
        try:
            host = str(ipaddress.ip_address(raw.decode("ascii")))
        except (UnicodeDecodeError, ValueError):
            raise ProtocolError(f"ADDR entry {i}: host {raw[:45]!r} is not an IP address") from None
        port = as_int(pair[1], f"ADDR entry {i} port", 65536)
        if port:
            out.append((host, port))
    return out
