"""Hostile JSON-RPC input against a real in-process node: every method with wrong
parameter types, nested and oversized bodies, huge ids, garbage raw transactions.

Each case asserts a clear JSON-RPC error (never -32603, never a traceback), a node that
still answers, and a chain unchanged by any refused request. Bounded: a fixed list of
values per parameter, seeded random bytes; the module runs in a few seconds."""

from __future__ import annotations

import random

import orjson
import pytest

from chain.node import Node
from chain.rpc import INTERNAL_ERROR, MAX_BATCH, RPC
from chain.transactions import encode_rlp

WRONG_VALUES = [
    {}, [], True, 1.5, -1, "", "0x", "zz", "0xzz", "0x" + "f" * 80, 2**80, "latest",
    {"to": 5}, [[[[]]]], "0x" + "00" * 21, None,
]
KNOWN_CODES = {-32700, -32600, -32601, -32602, -32000, -32003, 3}


@pytest.fixture
def rpc() -> RPC:
    return RPC(Node(None))


def _head(rpc: RPC) -> tuple[int, bytes]:
    head = rpc.node.block_by_number("latest")
    return head.number, head.hash


def _call(rpc: RPC, method: str, params: list) -> dict:
    reply = rpc.handle_obj({"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
    assert isinstance(reply, dict), (method, params, reply)
    return reply


def _assert_clear_error(reply: dict, what: object) -> None:
    err = reply["error"]
    assert err["code"] in KNOWN_CODES and err["code"] != INTERNAL_ERROR, (what, err)
    assert isinstance(err["message"], str) and err["message"] and "Traceback" not in err["message"]


def test_wrong_types_for_every_parameter_of_every_method(rpc):
    """The method table is introspected: each position of each method gets each wrong
    value (earlier positions too). A refused call leaves the chain as it was."""
    checked = 0
    for name, method in sorted(rpc.methods.items()):
        for position in range(max(method.max_args, 1) + 1):  # one past the last: too many
            for bad in WRONG_VALUES:
                before = _head(rpc)
                reply = _call(rpc, name, [bad] * (position + 1))
                if "error" in reply:
                    _assert_clear_error(reply, (name, position, bad))
                    assert _head(rpc) == before, f"{name}({bad!r}) failed but changed the chain"
                checked += 1
    assert checked > 1000
    assert "result" in _call(rpc, "eth_blockNumber", [])  # still answers


def test_every_error_names_the_argument(rpc):
    reply = _call(rpc, "eth_getBalance", ["0x1234"])
    assert "argument 0" in reply["error"]["message"] and "address" in reply["error"]["message"]


NESTED = b"[12345678901234567890123," + b"[" * 100_000 + b"]" * 100_001  # the body


@pytest.mark.parametrize("body", [
    NESTED,
    b'{"jsonrpc":"2.0","id":1,"method":"eth_call","params":' + b"[" * 5000 + b"]" * 5000 + b"}",
    b'{"a":' * 20_000 + b"1" + b"}" * 20_000,
    b'[{"jsonrpc":"2.0","id":1,"method":"x","params":[' + b'{"a":' * 70 + b"0" + b"}" * 70 + b"]}]",
])
def test_deeply_nested_bodies_are_refused_before_parsing(rpc, body):
    reply = orjson.loads(rpc.handle(body))
    assert reply["error"]["code"] == -32600 and "nests deeper than" in reply["error"]["message"]
    assert orjson.loads(rpc.handle(b'{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}'))["result"]


def test_brackets_inside_strings_do_not_count(rpc):
    body = orjson.dumps({"jsonrpc": "2.0", "id": "[" * 500, "method": "eth_chainId"})
    assert "result" in orjson.loads(rpc.handle(body))


@pytest.mark.parametrize("id_", [2**64, -(2**63) - 1, 12345678901234567890123456789])
def test_ids_beyond_64_bits_are_invalid_requests(rpc, id_):
    body = b'{"jsonrpc":"2.0","id":%d,"method":"eth_chainId"}' % id_
    reply = orjson.loads(rpc.handle(body))
    assert reply["error"]["code"] == -32600 and "64 bits" in reply["error"]["message"]


def test_oversized_batches_and_answers(rpc):
    batch = [{"jsonrpc": "2.0", "id": i, "method": "eth_chainId"} for i in range(MAX_BATCH + 1)]
    reply = orjson.loads(rpc.handle(orjson.dumps(batch)))
    assert reply["error"]["code"] == -32600 and str(MAX_BATCH) in reply["error"]["message"]
    small = RPC(rpc.node, max_response=1000)
    batch = [{"jsonrpc": "2.0", "id": i, "method": "eth_getBlockByNumber", "params": ["latest", True]}
             for i in range(50)]
    reply = orjson.loads(small.handle(orjson.dumps(batch)))
    assert reply["error"]["code"] == -32003 and "over the limit of 1000" in reply["error"]["message"]
    hist = _call(rpc, "eth_feeHistory", ["0x400", "latest", list(range(101))])
    assert hist["error"]["code"] == -32602 and "at most 100" in hist["error"]["message"]


def test_counts_and_gas_are_capped(rpc):
    before = _head(rpc)
    for method, params, needle in [
        ("anvil_mine", [hex(2**64 - 1)], "at most 10000"),
        ("evm_mine", [{"blocks": hex(10_001)}], "at most 10000"),
        ("eth_call", [{"to": "0x" + "11" * 20, "gas": hex(2**64 - 1)}], "RPC gas cap 30000000"),
        ("eth_estimateGas", [{"to": "0x" + "11" * 20, "gas": hex(30_000_001)}], "--rpc-gas-cap"),
    ]:
        reply = _call(rpc, method, params)
        assert reply["error"]["code"] == -32602 and needle in reply["error"]["message"], reply
    assert _head(rpc) == before


def _garbage_transactions() -> list[bytes]:
    rng = random.Random(12)
    deep: object = b""
    for _ in range(40):
        deep = [deep]
    out = [rng.randbytes(rng.randrange(1, 300)) for _ in range(200)]
    out += [b"\x02" + rng.randbytes(rng.randrange(1, 200)) for _ in range(100)]  # typed, garbage
    out += [
        encode_rlp([b"", b"", b"", b"", b"", deep, b"", b"", b""]),  # nested far too deep
        b"\x02" + encode_rlp([b"\x01"] * 8 + [deep] + [b""] * 3),  # a deep access list
        b"\xf9\xff\xff",  # a list longer than the data
        b"\xb8\x01\x00",  # a non-canonical string length
        encode_rlp([b"\x00" * 40] * 9),  # fields far beyond 256 bits
        b"\x05" + encode_rlp([]),  # an unknown type
    ]
    return out


def test_garbage_raw_transactions_are_refused_and_change_nothing(rpc):
    before = _head(rpc)
    for raw in _garbage_transactions():
        reply = _call(rpc, "eth_sendRawTransaction", ["0x" + raw.hex()])
        _assert_clear_error(reply, raw[:40])
    assert _head(rpc) == before and len(rpc.node.mempool) == 0
