"""Unit tests of the JSON-RPC layer (chain.rpc, chain.server, chain.provider).

They run against `FakeNode`, a fixed two-block chain implementing NodeAPI, so they test
the translation only: parameter parsing, error codes and messages, object formats, HTTP
framing, and that web3.py understands the answers. The real node is tested end to end
elsewhere.
"""

from __future__ import annotations

import socket
import time

import eth_abi
import orjson
import pytest
from web3 import Web3
from web3.exceptions import ContractLogicError, MethodUnavailable, Web3RPCError

from chain.api import (
    BlockTag,
    CallRequest,
    ChainError,
    ExecutionReverted,
    LogEntry,
    LogFilter,
    TxLocation,
)
from chain.provider import EmbeddedProvider, to_json_value
from chain.rpc import (
    RPC,
    InvalidParams,
    parse_address,
    parse_block_tag,
    parse_data,
    parse_hash,
    parse_quantity,
)
from chain.server import MAX_BODY, RPCServer
from chain.types import (
    EMPTY_LIST_HASH,
    ZERO_HASH,
    Block,
    Header,
    Log,
    Receipt,
    Transaction,
    bloom_of,
)
from vm.hashing import keccak

CHAIN_ID = 1337
ALICE = bytes.fromhex("aa" * 20)
BOB = bytes.fromhex("bb" * 20)
TOKEN = bytes.fromhex("c0" * 20)
MINER = bytes.fromhex("11" * 20)
TRANSFER = keccak(b"Transfer(address,address,uint256)")
APPROVAL = keccak(b"Approval(address,address,uint256)")
BASE_FEE = 7


def revert_data(reason: str) -> bytes:
    return bytes.fromhex("08c379a0") + eth_abi.encode(["string"], [reason])


def _tx(**kw) -> Transaction:
    fields = dict(type=2, chain_id=CHAIN_ID, nonce=0, gas_price=None, max_priority_fee=2,
                  max_fee=100, gas=21000, to=BOB, value=5, data=b"", access_list=(),
                  v=1, r=0x1234, s=0x5678, sender=ALICE)
    fields.update(kw)
    raw = bytes([fields["type"]]) + repr(sorted(fields.items())).encode() if fields["type"] else \
        b"\xf8" + repr(sorted(fields.items())).encode()
    return Transaction(**fields, hash=keccak(raw), raw=raw)


def _header(number: int, parent: bytes, gas_used: int, bloom: bytes) -> Header:
    return Header(parent_hash=parent, number=number, timestamp=1_700_000_000 + number,
                  miner=MINER, state_root=keccak(b"state%d" % number),
                  transactions_root=keccak(b"txs%d" % number),
                  receipts_root=keccak(b"rcpts%d" % number), logs_bloom=bloom,
                  gas_limit=30_000_000, gas_used=gas_used, base_fee=BASE_FEE,
                  difficulty=1000, extra_data=b"coin", nonce=0xDEADBEEF)


class FakeNode:
    """Two mined blocks: genesis, and block 1 with a value transfer (type 2) and a token
    call (legacy) that logged Transfer and Approval. One type-2 transaction is pending.

    Misbehaviours on purpose: call() reverts for data 0xdead, raises a bare RuntimeError
    for data 0xb0b0 (an internal bug); state at an old block number is refused."""

    chain_id = CHAIN_ID
    client_version = "fake/1.0"

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        genesis = Block(_header(0, ZERO_HASH, 0, bytes(256)), [], [], 1000)
        self.tx1 = _tx()
        self.tx2 = _tx(type=0, chain_id=CHAIN_ID, nonce=1, gas_price=9, max_fee=None,
                       max_priority_fee=None, gas=90000, to=TOKEN, value=0,
                       data=b"\xa9\x05\x9c\xbb", v=CHAIN_ID * 2 + 35, r=1, s=2)
        self.log1 = Log(TOKEN, (TRANSFER, b"\x00" * 12 + ALICE, b"\x00" * 12 + BOB),
                        (10).to_bytes(32, "big"))
        self.log2 = Log(TOKEN, (APPROVAL,), b"")
        r1 = Receipt(self.tx1.hash, 0, 1, 21000, 21000, 9, None, (), ALICE, BOB, 2)
        r2 = Receipt(self.tx2.hash, 1, 1, 50000, 71000, 9, None, (self.log1, self.log2),
                     ALICE, TOKEN, 0)
        b1 = Block(_header(1, genesis.hash, 71000, bloom_of([self.log1, self.log2])),
                   [self.tx1, self.tx2], [r1, r2], 2000)
        self.blocks = [genesis, b1]
        self.pending = _tx(nonce=2, value=77)
        self.balances = {ALICE: 10**18, BOB: 5}
        self.snapshots = 0

    # blocks
    def block_number(self) -> int:
        return len(self.blocks) - 1

    def block_by_number(self, tag: BlockTag) -> Block | None:
        if tag == "earliest":
            return self.blocks[0]
        if isinstance(tag, str):
            return self.blocks[-1]  # no pending block in the fake
        return self.blocks[tag] if tag < len(self.blocks) else None

    def block_by_hash(self, block_hash: bytes) -> Block | None:
        return next((b for b in self.blocks if b.hash == block_hash), None)

    # state
    def _check(self, tag: BlockTag) -> None:
        if isinstance(tag, int) and tag != self.block_number() or tag == "earliest":
            raise ChainError(f"historical state for block {tag} is not available")

    def get_balance(self, address: bytes, tag: BlockTag = "latest") -> int:
        self._check(tag)
        return self.balances.get(address, 0)

    def get_nonce(self, address: bytes, tag: BlockTag = "latest") -> int:
        self._check(tag)
        return (3 if tag == "pending" else 2) if address == ALICE else 0

    def get_code(self, address: bytes, tag: BlockTag = "latest") -> bytes:
        self._check(tag)
        return b"\x60\x00" if address == TOKEN else b""

    def get_storage_at(self, address: bytes, slot: int, tag: BlockTag = "latest") -> int:
        self._check(tag)
        self.calls.append(("storage", address, slot, tag))
        return 42 if slot == 1 else 0

    # execution
    def call(self, request: CallRequest, tag: BlockTag = "latest") -> bytes:
        self.calls.append(("call", request, tag))
        if request.data == b"\xde\xad":
            raise ExecutionReverted("insufficient balance", revert_data("insufficient balance"))
        if request.data == b"\xb0\xb0":
            raise RuntimeError("bug in the VM")
        return request.data[::-1]

    def estimate_gas(self, request: CallRequest, tag: BlockTag = "pending") -> int:
        self.calls.append(("estimate", request, tag))
        if request.data == b"\xde\xad":
            raise ExecutionReverted(None, b"")
        return 21000 + 16 * len(request.data)

    # fees
    def gas_price(self) -> int:
        return BASE_FEE + 2

    def max_priority_fee(self) -> int:
        return 2

    def fee_history(self, block_count, newest, percentiles):
        self.calls.append(("fee_history", block_count, newest, percentiles))
        n = min(block_count, 2)
        return 2 - n, [BASE_FEE] * (n + 1), [0.5] * n, [[2] * len(percentiles)] * n

    # transactions
    def send_raw_transaction(self, raw: bytes) -> bytes:
        if raw[0] >= 0xC0 or raw[0] in (1, 2):
            if raw.endswith(b"\x00"):
                raise ChainError("nonce too low: next nonce 3, tx nonce 0")
            return keccak(raw)
        raise ChainError("invalid transaction: rlp: expected input list")

    def send_transaction(self, request: CallRequest) -> bytes:
        if request.sender != ALICE:
            raise ChainError(f"unknown account 0x{request.sender.hex()}")
        self.calls.append(("send", request))
        return keccak(b"sent")

    def get_transaction(self, tx_hash: bytes) -> TxLocation | None:
        if tx_hash == self.pending.hash:
            return TxLocation(self.pending, None, None)
        block = self.blocks[1]
        for i, tx in enumerate(block.transactions):
            if tx.hash == tx_hash:
                return TxLocation(tx, block, i)
        return None

    def get_receipt(self, tx_hash: bytes) -> tuple[Receipt, Block] | None:
        block = self.blocks[1]
        return next(((r, block) for r in block.receipts if r.tx_hash == tx_hash), None)

    def get_logs(self, flt: LogFilter) -> list[LogEntry]:
        self.calls.append(("logs", flt))
        out = []
        for block in self.blocks[flt.from_block: flt.to_block + 1]:
            index = 0
            for receipt in block.receipts:
                for log in receipt.logs:
                    match = not flt.addresses or log.address in flt.addresses
                    for pos, options in enumerate(flt.topics):
                        if options is not None and (pos >= len(log.topics)
                                                    or log.topics[pos] not in options):
                            match = False
                    if match:
                        out.append(LogEntry(log, block.number, block.hash, receipt.tx_hash,
                                            receipt.tx_index, index))
                    index += 1
        return out

    # dev
    def accounts(self) -> list[bytes]:
        return [ALICE, BOB]

    def mine(self, blocks: int = 1, timestamp: int | None = None) -> None:
        self.calls.append(("mine", blocks, timestamp))

    def snapshot(self) -> int:
        self.snapshots += 1
        return self.snapshots

    def revert(self, snapshot_id: int) -> bool:
        return snapshot_id <= self.snapshots

    def increase_time(self, seconds: int) -> int:
        return seconds + 100

    def set_next_block_timestamp(self, timestamp: int) -> None:
        self.calls.append(("next_ts", timestamp))

    def set_balance(self, address: bytes, value: int) -> None:
        self.balances[address] = value

    def set_automine(self, enabled: bool) -> None:
        self.calls.append(("automine", enabled))


@pytest.fixture
def node() -> FakeNode:
    return FakeNode()


@pytest.fixture
def lines() -> list[str]:
    return []


@pytest.fixture
def rpc(node: FakeNode, lines: list[str]) -> RPC:
    return RPC(node, log=lines.append)


def call(rpc: RPC, method: str, *params, id_=1) -> dict:
    """One request through the byte-level entry point, as HTTP delivers it."""
    req = {"jsonrpc": "2.0", "id": id_, "method": method, "params": list(params)}
    return orjson.loads(rpc.handle(orjson.dumps(req)))


def result(rpc: RPC, method: str, *params):
    response = call(rpc, method, *params)
    assert "error" not in response, response
    return response["result"]


def error(rpc: RPC, method: str, *params) -> dict:
    response = call(rpc, method, *params)
    assert "result" not in response, response
    return response["error"]


def h(b: bytes) -> str:
    return "0x" + b.hex()


# ---------------------------------------------------------------------------------------
# parameter parsing
# ---------------------------------------------------------------------------------------


def test_quantity_parsing():
    assert parse_quantity("0x1a", "x") == 26
    assert parse_quantity("0x0", "x") == 0
    assert parse_quantity("0X001A", "x") == 26  # lenient: leading zeros, upper case
    assert parse_quantity(26, "x") == 26  # web3 sends some quantities as JSON numbers
    for bad, why in [("0x", "empty"), ("1a", "hex quantity"), ("0xg", "hex quantity"),
                     ("0x-1", "hex quantity"), ("0x 1", "hex quantity"), ("0x1_0", "hex quantity"),
                     (-1, "negative"), (True, "hex quantity"), (None, "hex quantity"),
                     (1.5, "hex quantity"), ("0x1" + "0" * 64, "exceeds 256 bits")]:
        with pytest.raises(InvalidParams, match=why) as e:
            parse_quantity(bad, "argument 3")
        assert e.value.code == -32602 and "argument 3" in e.value.message


def test_data_address_hash_parsing():
    assert parse_data("0x", "x") == b""
    assert parse_data("0xABcd", "x") == b"\xab\xcd"
    with pytest.raises(InvalidParams, match="odd length"):
        parse_data("0xabc", "x")
    with pytest.raises(InvalidParams, match="without 0x prefix"):
        parse_data("abcd", "x")
    with pytest.raises(InvalidParams, match="invalid hex"):
        parse_data("0xab c", "x")
    with pytest.raises(InvalidParams, match="invalid hex"):
        parse_data("0xzz", "x")
    assert parse_address("0x" + "Ab" * 20, "x") == bytes.fromhex("ab" * 20)
    with pytest.raises(InvalidParams, match="20-byte"):
        parse_address("0x" + "ab" * 19, "x")
    with pytest.raises(InvalidParams, match="20-byte"):
        parse_address(123, "x")
    assert parse_hash("0x" + "00" * 32, "x") == bytes(32)
    with pytest.raises(InvalidParams, match="32-byte"):
        parse_hash("0x" + "00" * 20, "x")


def test_block_tag_parsing():
    for tag in ("latest", "pending", "earliest", "safe", "finalized"):
        assert parse_block_tag(tag, "x") == tag
    assert parse_block_tag("0x10", "x") == 16
    with pytest.raises(InvalidParams, match="latest, pending"):
        parse_block_tag("newest", "x")
    with pytest.raises(InvalidParams, match="exceeds 64 bits"):
        parse_block_tag("0x1" + "0" * 16, "x")


# ---------------------------------------------------------------------------------------
# request-level errors
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [b"{", b"", b"\xff\xfe", b"[1,", b'{"a": NaN}', b"nul"])
def test_parse_error(rpc, payload):
    response = orjson.loads(rpc.handle(payload))
    assert response["id"] is None and response["jsonrpc"] == "2.0"
    assert response["error"]["code"] == -32700
    assert response["error"]["message"].startswith("parse error")


@pytest.mark.parametrize("payload,why", [
    (b"5", "expected an object or an array"),
    (b'"eth_chainId"', "expected an object or an array"),
    (b"null", "expected an object or an array"),
    (b"[]", "empty batch"),
    (b'{"jsonrpc": "2.0", "id": 1, "method": 5}', "method must be a string"),
    (b'{"jsonrpc": "2.0", "id": 1}', "method must be a string"),
    (b'{"jsonrpc": "1.0", "id": 1, "method": "eth_chainId"}', '"jsonrpc" must be "2.0"'),
    (b'{"jsonrpc": "2.0", "id": {}, "method": "eth_chainId"}', "id must be"),
    (b'{"jsonrpc": "2.0", "id": true, "method": "eth_chainId"}', "id must be"),
])
def test_invalid_request(rpc, payload, why):
    response = orjson.loads(rpc.handle(payload))
    assert response["error"]["code"] == -32600
    assert why in response["error"]["message"]


def test_unknown_method(rpc):
    err = error(rpc, "eth_mineGold")
    assert err == {"code": -32601, "message": "the method eth_mineGold does not exist/is not available"}


def test_params_shape_errors(rpc):
    err = orjson.loads(rpc.handle(b'{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":{"a":1}}'))
    assert err["error"]["code"] == -32602 and "params must be an array" in err["error"]["message"]
    err = error(rpc, "eth_chainId", 1)
    assert err["code"] == -32602 and err["message"] == "too many arguments, want at most 0, got 1"
    err = error(rpc, "eth_getBalance")
    assert err["code"] == -32602 and err["message"] == "missing value for required argument 0"
    err = error(rpc, "eth_getStorageAt", h(TOKEN))
    assert err["message"] == "missing value for required argument 1"
    # trailing nulls are omitted optional arguments; a required null is missing
    assert result(rpc, "eth_getBalance", h(BOB), None) == "0x5"
    assert "invalid argument 0 (address)" in error(rpc, "eth_getBalance", None)["message"]
    # params may be omitted altogether
    response = orjson.loads(rpc.handle(b'{"jsonrpc":"2.0","id":7,"method":"eth_chainId"}'))
    assert response == {"jsonrpc": "2.0", "id": 7, "result": hex(CHAIN_ID)}


@pytest.mark.parametrize("method,params,fragment", [
    ("eth_getBalance", ["0x1234"], "invalid argument 0 (address): expected a 20-byte hex address"),
    ("eth_getBalance", [h(ALICE), "newest"], "invalid argument 1 (block)"),
    ("eth_getBalance", [h(ALICE), "0xzz"], "invalid argument 1 (block)"),
    ("eth_getBlockByNumber", ["0x1", "yes"], "invalid argument 1 (full transactions): expected true or false"),
    ("eth_getBlockByHash", ["0x1234", False], "invalid argument 0 (block hash): expected a 32-byte"),
    ("eth_getStorageAt", [h(TOKEN), "slot"], "invalid argument 1 (storage slot)"),
    ("eth_sendRawTransaction", ["0xabc"], "odd length"),
    ("eth_sendRawTransaction", ["f86b"], "without 0x prefix"),
    ("eth_sendRawTransaction", ["0x"], "empty"),
    ("eth_call", ["0x00"], "invalid argument 0: expected a transaction object"),
    ("eth_call", [{"to": "0x12"}], "invalid argument 0: field 'to'"),
    ("eth_call", [{"to": h(TOKEN), "value": "ten"}], "field 'value'"),
    ("eth_call", [{"to": h(TOKEN), "data": "0x01", "input": "0x02"}], "'data' and 'input'"),
    ("eth_call", [{"to": h(TOKEN), "gasPrice": "0x1", "maxFeePerGas": "0x2"}], "both gasPrice"),
    ("eth_call", [{"to": h(TOKEN), "chainId": "0x1"}], "chainId 1 does not match"),
    ("eth_call", [{"to": h(TOKEN)}, "latest", {h(TOKEN): {"balanc": "0x1"}}], "invalid argument 2 (state overrides)"),
    ("eth_sendTransaction", [{"to": h(BOB)}], "'from' is required"),
    ("eth_getLogs", ["latest"], "expected a filter object"),
    ("eth_getLogs", [{"address": ["0x12"]}], "address[0]"),
    ("eth_getLogs", [{"topics": [h(TRANSFER), ["0x12"]]}], "topics[1][0]"),
    ("eth_getLogs", [{"topics": [None] * 5}], "too many topics"),
    ("eth_getLogs", [{"fromBlock": "0x1", "toBlock": "0x0"}], "invalid block range"),
    ("eth_getLogs", [{"blockHash": "0x" + "00" * 32, "fromBlock": "0x1"}], "both blockHash"),
    ("eth_feeHistory", ["0x2", "latest", [50, 10]], "non-decreasing"),
    ("eth_feeHistory", ["0x2", "latest", [101]], "outside [0, 100]"),
    ("eth_feeHistory", ["0x2", "latest", "50"], "expected an array"),
    ("evm_setAutomine", ["true"], "expected true or false"),
    ("evm_increaseTime", ["-5"], "invalid argument 0 (seconds)"),
    ("anvil_setBalance", [h(ALICE), "lots"], "invalid argument 1 (balance)"),
])
def test_invalid_params_name_the_parameter(rpc, method, params, fragment):
    err = error(rpc, method, *params)
    assert err["code"] == -32602, err
    assert fragment in err["message"]


def test_chain_errors_pass_through(rpc):
    err = error(rpc, "eth_sendRawTransaction", "0x0506")
    assert err == {"code": -32000, "message": "invalid transaction: rlp: expected input list"}
    err = error(rpc, "eth_sendRawTransaction", "0x02ff00")
    assert err == {"code": -32000, "message": "nonce too low: next nonce 3, tx nonce 0"}
    err = error(rpc, "eth_sendTransaction", {"from": h(BOB), "to": h(ALICE)})
    assert err["code"] == -32000 and "unknown account" in err["message"]
    err = error(rpc, "eth_getBalance", h(ALICE), "0x0")
    assert err["code"] == -32000 and "historical state" in err["message"]
    err = error(rpc, "eth_getLogs", {"blockHash": "0x" + "ee" * 32})
    assert err["code"] == -32000 and "unknown block" in err["message"]


def test_revert_error_shape(rpc):
    data = revert_data("insufficient balance")
    err = error(rpc, "eth_call", {"to": h(TOKEN), "data": "0xdead"}, "latest")
    assert err == {"code": 3, "message": "execution reverted: insufficient balance",
                   "data": h(data)}
    assert err["data"].startswith("0x08c379a0")
    err = error(rpc, "eth_estimateGas", {"to": h(TOKEN), "data": "0xdead"})
    assert err == {"code": 3, "message": "execution reverted", "data": "0x"}


def test_internal_error_is_reported_and_logged(rpc, lines, caplog):
    err = error(rpc, "eth_call", {"to": h(TOKEN), "data": "0xb0b0"})
    assert err["code"] == -32603
    assert err["message"] == "internal error: RuntimeError: bug in the VM"
    assert any("RuntimeError: bug in the VM" in line and "Traceback" in line for line in lines)
    assert "bug in the VM" in caplog.text
    assert result(rpc, "eth_chainId") == hex(CHAIN_ID)  # and the next request is served


def test_notifications(rpc, node):
    assert rpc.handle(b'{"jsonrpc":"2.0","method":"evm_mine"}') is None
    assert node.calls[-1] == ("mine", 1, None)
    assert rpc.handle(b'{"jsonrpc":"2.0","method":"no_such_method"}') is None
    assert rpc.handle(b'[{"jsonrpc":"2.0","method":"eth_chainId"}]') is None
    # an invalid request cannot be recognised as a notification: it is answered
    assert orjson.loads(rpc.handle(b'{"jsonrpc":"2.0","method":7}'))["error"]["code"] == -32600


def test_batch_mixing_good_and_bad(rpc):
    batch = [
        {"jsonrpc": "2.0", "id": 1, "method": "eth_chainId"},
        {"jsonrpc": "2.0", "id": "two", "method": "eth_nope", "params": []},
        {"jsonrpc": "2.0", "method": "eth_blockNumber"},  # notification: no answer
        5,
        {"jsonrpc": "2.0", "id": 4, "method": "eth_getBalance", "params": ["0x12"]},
        {"jsonrpc": "2.0", "id": 5, "method": "eth_call",
         "params": [{"to": h(TOKEN), "data": "0xdead"}]},
        {"jsonrpc": "2.0", "id": 6, "method": "eth_call",
         "params": [{"to": h(TOKEN), "data": "0xb0b0"}]},
        {"jsonrpc": "2.0", "id": 7, "method": "eth_getBalance", "params": [h(ALICE), "latest"]},
    ]
    out = orjson.loads(rpc.handle(orjson.dumps(batch)))
    assert [r["id"] for r in out] == [1, "two", None, 4, 5, 6, 7]
    assert out[0]["result"] == hex(CHAIN_ID)
    assert [r.get("error", {}).get("code") for r in out] == [None, -32601, -32600, -32602, 3, -32603, None]
    assert out[6]["result"] == hex(10**18)


def test_big_json_integers_are_accepted(rpc, node):
    # orjson stops at 64 bits; web3 sends eth_getStorageAt's slot as a JSON number
    payload = b'{"jsonrpc":"2.0","id":1,"method":"eth_getStorageAt","params":["%s", %d, "latest"]}' % (
        h(TOKEN).encode(), 2**255)
    assert orjson.loads(rpc.handle(payload))["result"] == "0x" + "00" * 32
    assert node.calls[-1] == ("storage", TOKEN, 2**255, "latest")


def test_log_hook_sees_each_call(rpc, lines):
    result(rpc, "eth_chainId")
    error(rpc, "eth_nope")
    assert lines == ["eth_chainId", "eth_nope: error -32601: the method eth_nope does not exist/is not available"]


# ---------------------------------------------------------------------------------------
# formats
# ---------------------------------------------------------------------------------------


def test_simple_methods(rpc, node):
    assert result(rpc, "eth_chainId") == "0x539"
    assert result(rpc, "net_version") == "1337"
    assert result(rpc, "web3_clientVersion") == "fake/1.0"
    assert result(rpc, "net_listening") is True
    assert result(rpc, "eth_syncing") is False
    assert result(rpc, "eth_blockNumber") == "0x1"
    assert result(rpc, "eth_accounts") == [h(ALICE), h(BOB)]
    assert result(rpc, "eth_gasPrice") == "0x9"
    assert result(rpc, "eth_maxPriorityFeePerGas") == "0x2"
    assert result(rpc, "eth_getTransactionCount", h(ALICE), "pending") == "0x3"
    assert result(rpc, "eth_getTransactionCount", h(ALICE)) == "0x2"
    assert result(rpc, "eth_getCode", h(TOKEN), "latest") == "0x6000"
    assert result(rpc, "eth_getStorageAt", h(TOKEN), "0x1", "latest") == "0x" + "00" * 31 + "2a"
    assert result(rpc, "web3_sha3", "0x") == h(keccak(b""))
    assert result(rpc, "eth_getBlockTransactionCountByNumber", "0x1") == "0x2"
    assert result(rpc, "eth_getBlockTransactionCountByNumber", "0x9") is None
    assert result(rpc, "eth_getBlockTransactionCountByHash", h(node.blocks[1].hash)) == "0x2"


def test_state_tags_pass_through(rpc, node):
    result(rpc, "eth_getStorageAt", h(TOKEN), "0x0", "pending")
    assert node.calls[-1][3] == "pending"
    # EIP-1898 objects
    result(rpc, "eth_getStorageAt", h(TOKEN), "0x0", {"blockNumber": "0x1"})
    assert node.calls[-1][3] == 1
    result(rpc, "eth_getStorageAt", h(TOKEN), "0x0",
           {"blockHash": h(node.blocks[1].hash), "requireCanonical": True})
    assert node.calls[-1][3] == 1
    err = error(rpc, "eth_getStorageAt", h(TOKEN), "0x0", {"blockHash": "0x" + "ee" * 32})
    assert err["code"] == -32000 and "not found" in err["message"]
    err = error(rpc, "eth_getStorageAt", h(TOKEN), "0x0", {"block": 1})
    assert err["code"] == -32602 and "blockNumber or blockHash" in err["message"]
    result(rpc, "eth_estimateGas", {"to": h(BOB)})
    assert node.calls[-1][2] == "pending"  # estimateGas defaults to pending, call to latest
    result(rpc, "eth_call", {"to": h(BOB)})
    assert node.calls[-1][2] == "latest"


def test_call_request_fields(rpc, node):
    out = result(rpc, "eth_call", {"from": h(ALICE), "to": h(TOKEN), "gas": "0x5208",
                                   "maxFeePerGas": "0x64", "maxPriorityFeePerGas": "0x1",
                                   "value": "0x0", "input": "0x0102", "data": "0x0102",
                                   "nonce": "0x3", "type": "0x2", "accessList": []})
    assert out == "0x0201"
    assert node.calls[-1][1] == CallRequest(ALICE, TOKEN, 21000, None, 100, 1, 0, b"\x01\x02", 3)
    result(rpc, "eth_call", {"to": None, "data": "0x00"})
    # no gas: the RPC gas cap (the block gas limit of the dev chain)
    assert node.calls[-1][1] == CallRequest(None, None, 30_000_000, None, None, None, 0, b"\x00", None)
    assert result(rpc, "eth_sendTransaction", {"from": h(ALICE), "to": h(BOB), "value": "0x1"}) \
        == h(keccak(b"sent"))


def test_block_format(rpc, node):
    b1 = node.blocks[1]
    block = result(rpc, "eth_getBlockByNumber", "0x1", False)
    assert block == {
        "number": "0x1", "hash": h(b1.hash), "parentHash": h(node.blocks[0].hash),
        "nonce": "0x00000000deadbeef", "mixHash": h(ZERO_HASH), "sha3Uncles": h(EMPTY_LIST_HASH),
        "logsBloom": h(b1.header.logs_bloom), "transactionsRoot": h(keccak(b"txs1")),
        "stateRoot": h(keccak(b"state1")), "receiptsRoot": h(keccak(b"rcpts1")),
        "miner": h(MINER), "difficulty": "0x3e8", "totalDifficulty": "0x7d0",
        "extraData": h(b"coin"),
        "size": hex(len(b1.header.encode()) + len(node.tx1.raw) + len(node.tx2.raw)),
        "gasLimit": hex(30_000_000), "gasUsed": hex(71000), "timestamp": hex(1_700_000_001),
        "baseFeePerGas": "0x7", "transactions": [h(node.tx1.hash), h(node.tx2.hash)],
        "uncles": [],
    }
    assert result(rpc, "eth_getBlockByHash", h(b1.hash)) == block
    assert result(rpc, "eth_getBlockByNumber", "latest", False) == block
    assert result(rpc, "eth_getBlockByNumber", "earliest", False)["number"] == "0x0"
    assert result(rpc, "eth_getBlockByNumber", "0x5", False) is None
    assert result(rpc, "eth_getBlockByHash", "0x" + "ee" * 32, False) is None
    full = result(rpc, "eth_getBlockByNumber", "0x1", True)
    assert [t["hash"] for t in full["transactions"]] == block["transactions"]
    assert full["transactions"][1] == result(rpc, "eth_getTransactionByHash", h(node.tx2.hash))


def test_transaction_format(rpc, node):
    b1 = node.blocks[1]
    t1 = result(rpc, "eth_getTransactionByHash", h(node.tx1.hash))
    assert t1 == {
        "blockHash": h(b1.hash), "blockNumber": "0x1", "from": h(ALICE), "gas": "0x5208",
        "gasPrice": "0x9",  # effective: min(maxFee 100, base fee 7 + tip 2)
        "maxFeePerGas": "0x64", "maxPriorityFeePerGas": "0x2", "hash": h(node.tx1.hash),
        "input": "0x", "nonce": "0x0", "to": h(BOB), "transactionIndex": "0x0", "value": "0x5",
        "type": "0x2", "accessList": [], "chainId": "0x539", "v": "0x1", "r": "0x1234",
        "s": "0x5678", "yParity": "0x1",
    }
    t2 = result(rpc, "eth_getTransactionByHash", h(node.tx2.hash))
    assert t2["type"] == "0x0" and t2["gasPrice"] == "0x9" and t2["transactionIndex"] == "0x1"
    assert t2["v"] == hex(CHAIN_ID * 2 + 35) and t2["input"] == "0xa9059cbb"
    assert "yParity" not in t2 and "accessList" not in t2 and "maxFeePerGas" not in t2
    pending = result(rpc, "eth_getTransactionByHash", h(node.pending.hash))
    assert pending["blockHash"] is None and pending["blockNumber"] is None
    assert pending["transactionIndex"] is None and pending["gasPrice"] == "0x64"  # fee cap
    assert result(rpc, "eth_getTransactionByHash", "0x" + "ee" * 32) is None
    assert result(rpc, "eth_getTransactionByBlockNumberAndIndex", "0x1", "0x1") == t2
    assert result(rpc, "eth_getTransactionByBlockHashAndIndex", h(b1.hash), "0x0") == t1
    assert result(rpc, "eth_getTransactionByBlockNumberAndIndex", "0x1", "0x2") is None


def test_access_list_format(node):
    from chain.rpc import format_transaction

    tx = _tx(type=1, gas_price=5, max_fee=None, max_priority_fee=None,
             access_list=((TOKEN, (1, b"\x00" * 31 + b"\x02")),))
    out = format_transaction(tx, None, None)
    assert out["accessList"] == [{"address": h(TOKEN),
                                  "storageKeys": ["0x" + "00" * 31 + "01", "0x" + "00" * 31 + "02"]}]
    assert out["gasPrice"] == "0x5" and out["type"] == "0x1" and "maxFeePerGas" not in out


def test_receipt_and_log_format(rpc, node):
    b1 = node.blocks[1]
    r1 = result(rpc, "eth_getTransactionReceipt", h(node.tx1.hash))
    assert r1 == {
        "transactionHash": h(node.tx1.hash), "transactionIndex": "0x0", "blockHash": h(b1.hash),
        "blockNumber": "0x1", "from": h(ALICE), "to": h(BOB), "cumulativeGasUsed": "0x5208",
        "gasUsed": "0x5208", "effectiveGasPrice": "0x9", "contractAddress": None, "logs": [],
        "logsBloom": h(bytes(256)), "status": "0x1", "type": "0x2",
    }
    r2 = result(rpc, "eth_getTransactionReceipt", h(node.tx2.hash))
    assert r2["logsBloom"] == h(bloom_of([node.log1, node.log2]))
    assert r2["logs"][0] == {
        "address": h(TOKEN), "topics": [h(t) for t in node.log1.topics], "data": h(node.log1.data),
        "blockNumber": "0x1", "blockHash": h(b1.hash), "transactionHash": h(node.tx2.hash),
        "transactionIndex": "0x1", "logIndex": "0x0", "removed": False,
    }
    assert r2["logs"][1]["logIndex"] == "0x1"
    assert result(rpc, "eth_getTransactionReceipt", h(node.pending.hash)) is None
    assert result(rpc, "eth_getBlockReceipts", "0x1") == [r1, r2]
    assert result(rpc, "eth_getLogs", {}) == r2["logs"]


def test_log_filters(rpc, node):
    all_logs = result(rpc, "eth_getLogs", {"fromBlock": "earliest", "toBlock": "latest"})
    assert node.calls[-1] == ("logs", LogFilter(0, 1, (), ()))
    assert len(all_logs) == 2
    only_transfer = result(rpc, "eth_getLogs", {"fromBlock": "0x0", "address": h(TOKEN),
                                                 "topics": [h(TRANSFER), None, [h(b"\x00" * 12 + BOB)]]})
    assert [lg["topics"][0] for lg in only_transfer] == [h(TRANSFER)]
    assert node.calls[-1][1].topics == ((TRANSFER,), None, (b"\x00" * 12 + BOB,))
    either = result(rpc, "eth_getLogs", {"fromBlock": "0x0",
                                          "topics": [[h(TRANSFER), h(APPROVAL)]]})
    assert len(either) == 2
    assert result(rpc, "eth_getLogs", {"fromBlock": "0x0", "address": [h(BOB)]}) == []
    assert result(rpc, "eth_getLogs", {"fromBlock": "0x0", "topics": [None, []]}) == all_logs
    assert node.calls[-1][1].topics == ()  # trailing wildcards dropped
    by_hash = result(rpc, "eth_getLogs", {"blockHash": h(node.blocks[1].hash)})
    assert by_hash == all_logs and node.calls[-1][1].block_hash == node.blocks[1].hash
    # toBlock beyond the head is clamped to it
    result(rpc, "eth_getLogs", {"fromBlock": "0x1", "toBlock": "0x100"})
    assert node.calls[-1][1] == LogFilter(1, 1, (), ())


def test_fee_history(rpc, node):
    out = result(rpc, "eth_feeHistory", "0x2", "latest", [25, 75])
    assert out == {"oldestBlock": "0x0", "baseFeePerGas": ["0x7"] * 3, "gasUsedRatio": [0.5, 0.5],
                   "reward": [["0x2", "0x2"]] * 2}
    assert node.calls[-1] == ("fee_history", 2, "latest", [25.0, 75.0])
    out = result(rpc, "eth_feeHistory", 1, "0x1")  # web3 sends the count as a JSON number
    assert "reward" not in out and out["oldestBlock"] == "0x1"
    result(rpc, "eth_feeHistory", "0xffff", "latest", [])
    assert node.calls[-1][1] == 1024


def test_dev_methods(rpc, node):
    assert result(rpc, "evm_mine") == "0x0"
    assert node.calls[-1] == ("mine", 1, None)
    result(rpc, "evm_mine", "0x65")
    assert node.calls[-1] == ("mine", 1, 101)
    result(rpc, "evm_mine", {"timestamp": 200, "blocks": "0x3"})
    assert node.calls[-1] == ("mine", 3, 200)
    result(rpc, "anvil_mine", "0x4")
    assert node.calls[-1] == ("mine", 4, None)
    assert result(rpc, "evm_snapshot") == "0x1"
    assert result(rpc, "evm_revert", "0x1") is True
    assert result(rpc, "evm_revert", "0x9") is False
    assert result(rpc, "evm_increaseTime", 60) == 160
    assert result(rpc, "evm_increaseTime", "0x3c") == 160
    assert result(rpc, "evm_setNextBlockTimestamp", 1_800_000_000) is None
    assert node.calls[-1] == ("next_ts", 1_800_000_000)
    assert result(rpc, "evm_setAutomine", False) is None
    assert node.calls[-1] == ("automine", False)
    for method in ("anvil_setBalance", "hardhat_setBalance"):
        result(rpc, method, h(BOB), "0x64")
        assert result(rpc, "eth_getBalance", h(BOB)) == "0x64"
        result(rpc, method, h(BOB), "0x0")


# ---------------------------------------------------------------------------------------
# web3 through the embedded provider
# ---------------------------------------------------------------------------------------


def test_web3_embedded_provider(rpc, node):
    w3 = Web3(EmbeddedProvider(rpc))
    assert w3.is_connected()
    assert w3.eth.chain_id == CHAIN_ID
    assert w3.eth.block_number == 1
    block = w3.eth.get_block("latest", full_transactions=True)
    assert block["hash"] == node.blocks[1].hash and block["number"] == 1
    assert block["transactions"][0]["to"] == Web3.to_checksum_address(BOB)
    tx = w3.eth.get_transaction(node.tx1.hash)
    assert tx["gasPrice"] == 9 and tx["maxFeePerGas"] == 100
    receipt = w3.eth.get_transaction_receipt(node.tx2.hash)
    assert receipt["status"] == 1 and len(receipt["logs"]) == 2
    assert w3.eth.get_balance(Web3.to_checksum_address(ALICE)) == 10**18
    assert w3.eth.get_storage_at(Web3.to_checksum_address(TOKEN), 1) == (42).to_bytes(32, "big")
    logs = w3.eth.get_logs({"fromBlock": 0, "address": Web3.to_checksum_address(TOKEN),
                            "topics": [TRANSFER]})
    assert len(logs) == 1 and logs[0]["logIndex"] == 0
    assert w3.eth.call({"to": Web3.to_checksum_address(TOKEN), "data": b"\x01\x02"}) == b"\x02\x01"
    with pytest.raises(ContractLogicError, match="execution reverted: insufficient balance"):
        w3.eth.call({"to": Web3.to_checksum_address(TOKEN), "data": "0xdead"})
    with pytest.raises(MethodUnavailable):
        w3.provider.make_request("eth_nope", []) and w3.manager.request_blocking("eth_nope", [])
    with pytest.raises(Web3RPCError, match="rlp"):
        w3.eth.send_raw_transaction(b"\x05\x06")
    fh = w3.eth.fee_history(2, "latest", [50])
    assert fh["baseFeePerGas"] == [7, 7, 7]
    with w3.batch_requests() as batch:
        batch.add(w3.eth.get_block(0))
        batch.add(w3.eth.get_balance(Web3.to_checksum_address(BOB)))
        first, balance = batch.execute()
    assert first["number"] == 0 and balance == 5


def test_to_json_value():
    from hexbytes import HexBytes
    from web3.datastructures import AttributeDict

    value = AttributeDict({"a": HexBytes(b"\x01"), "b": (1, b"")})
    assert to_json_value([value, None]) == [{"a": "0x01", "b": [1, "0x"]}, None]
    with pytest.raises(TypeError):
        to_json_value(object())


# ---------------------------------------------------------------------------------------
# HTTP server
# ---------------------------------------------------------------------------------------


@pytest.fixture
def server(rpc):
    with RPCServer(rpc, port=0) as srv:
        yield srv


def http(port: int, raw: bytes, read_all: bool = True, timeout: float = 5.0) -> bytes:
    """Send raw bytes on a fresh connection; read until the server closes (or one reply)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(raw)
        return _read(s, read_all)


def _read(s: socket.socket, read_all: bool) -> bytes:
    data = b""
    while True:
        try:
            chunk = s.recv(65536)
        except TimeoutError:
            return data
        if not chunk:
            return data
        data += chunk
        if not read_all and _complete(data):
            return data


def _complete(data: bytes) -> bool:
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return False
    head = data[:end].lower()
    i = head.find(b"content-length:")
    length = int(head[i + 15:].split(b"\r\n")[0]) if i >= 0 else 0
    return len(data) >= end + 4 + length


def post(body: bytes, extra: bytes = b"") -> bytes:
    return (b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n%s\r\n%s" % (len(body), extra, body))


CHAIN_ID_REQ = b'{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}'


def _json_body(reply: bytes) -> dict:
    return orjson.loads(reply.split(b"\r\n\r\n", 1)[1])


def test_server_with_web3_http_provider(server, node):
    w3 = Web3(Web3.HTTPProvider(server.url))
    assert w3.is_connected()
    assert w3.eth.chain_id == CHAIN_ID
    for _ in range(20):  # keep-alive: one session, many requests
        assert w3.eth.get_block(1)["hash"] == node.blocks[1].hash
    # a slot beyond 64 bits is sent as a JSON integer: the parse fallback keeps it working
    assert w3.eth.get_storage_at(Web3.to_checksum_address(TOKEN), 2**200) == bytes(32)
    with pytest.raises(ContractLogicError, match="execution reverted: insufficient balance") as e:
        w3.eth.call({"to": Web3.to_checksum_address(TOKEN), "data": "0xdead"})
    assert e.value.data == h(revert_data("insufficient balance"))
    with w3.batch_requests() as batch:
        batch.add(w3.eth.get_balance(Web3.to_checksum_address(ALICE)))
        batch.add(w3.eth.block_number)
        assert batch.execute() == [10**18, 1]


def test_server_keep_alive_and_pipelining(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
        s.sendall(post(CHAIN_ID_REQ) + post(CHAIN_ID_REQ))
        data = b""
        while data.count(b"HTTP/1.1 200") < 2 or not data.endswith(b"}"):
            data += s.recv(65536)
        assert data.count(b'"result":"0x539"') == 2
        s.sendall(post(CHAIN_ID_REQ))  # still open
        assert _json_body(_read(s, read_all=False))["result"] == "0x539"


def test_server_http_errors(server):
    reply = http(server.port, b"GARBAGE\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 400") and b"Connection: close" in reply
    reply = http(server.port, b"POST / HTTP/1.1\r\nbad header\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 400")
    reply = http(server.port, b"POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 400")
    reply = http(server.port, b"POST / HTTP/1.1\r\nHost: localhost:8545\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 411")
    reply = http(server.port, b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 411")
    reply = http(server.port, b"POST / HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % (MAX_BODY + 1))
    assert reply.startswith(b"HTTP/1.1 413")
    reply = http(server.port, b"POST / HTTP/1.1\r\n" + b"X-Pad: aaaaaaaa\r\n" * 5000)
    assert reply.startswith(b"HTTP/1.1 431")
    reply = http(server.port, b"PUT / HTTP/1.1\r\nContent-Length: 0\r\n\r\n", read_all=False)
    assert reply.startswith(b"HTTP/1.1 405")
    reply = http(server.port, b"GET / HTTP/1.1\r\n\r\n", read_all=False)
    assert reply.startswith(b"HTTP/1.1 200") and b"JSON-RPC" in reply
    reply = http(server.port, b"OPTIONS / HTTP/1.1\r\n\r\n", read_all=False)
    assert reply.startswith(b"HTTP/1.1 204") and b"Access-Control" not in reply
    # JSON-level errors are HTTP 200 with a JSON-RPC error
    reply = http(server.port, post(b"{nope", b"Connection: close\r\n"))
    assert reply.startswith(b"HTTP/1.1 200") and _json_body(reply)["error"]["code"] == -32700
    reply = http(server.port, post(b'{"jsonrpc":"2.0","method":"eth_chainId"}', b"Connection: close\r\n"))
    assert reply.startswith(b"HTTP/1.1 204")


def test_server_connection_close_and_http10(server):
    reply = http(server.port, post(CHAIN_ID_REQ, b"Connection: close\r\n"))  # reads to EOF
    assert b"Connection: close" in reply and _json_body(reply)["result"] == "0x539"
    reply = http(server.port, post(CHAIN_ID_REQ).replace(b"HTTP/1.1", b"HTTP/1.0", 1))
    assert b"Connection: close" in reply and _json_body(reply)["result"] == "0x539"


def test_server_expect_continue(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
        s.sendall(b"POST / HTTP/1.1\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n"
                  % len(CHAIN_ID_REQ))
        assert s.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        s.sendall(CHAIN_ID_REQ)
        assert _json_body(_read(s, read_all=False))["result"] == "0x539"


def test_server_survives_disconnects_and_garbage(server):
    # a client that goes away mid-body, one that goes away before reading its answer,
    # and one that resets the connection
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(post(CHAIN_ID_REQ)[:-10])
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(post(b'{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":["0x1",true]}') * 50)
    s = socket.create_connection(("127.0.0.1", server.port))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    s.sendall(post(CHAIN_ID_REQ))
    s.close()
    http(server.port, bytes(range(256)) * 10, read_all=False, timeout=1)
    time.sleep(0.1)
    reply = http(server.port, post(CHAIN_ID_REQ), read_all=False)
    assert _json_body(reply)["result"] == "0x539"
    w3 = Web3(Web3.HTTPProvider(server.url))
    assert w3.eth.block_number == 1


def test_server_stop_and_restart(rpc):
    srv = RPCServer(rpc, port=0).start()
    port = srv.port
    with socket.create_connection(("127.0.0.1", port)) as s:  # an idle keep-alive client
        srv.stop()
        assert s.recv(10) == b""  # closed by the server on stop
    srv.stop()  # idempotent
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1)
