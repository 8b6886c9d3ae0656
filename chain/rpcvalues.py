"""The JSON side of Ethereum JSON-RPC: parameter parsing (each parser names the parameter
in its error) and the formatting of blocks, transactions, receipts and logs.

One home for the conversions, shared by the method dispatch (`chain.rpc`) and the
method families kept in their own modules (`chain.filters`, `chain.ws`, `chain.tracing`),
which must not import `chain.rpc` (it imports them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

import orjson

from chain.api import BlockTag, ChainError, LogEntry
from chain.types import EMPTY_LIST_HASH, ZERO_HASH, Block, Log, Receipt, Transaction, bloom_of

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
SERVER_ERROR = -32000
_HEX_DIGITS = re.compile(r"[0-9a-fA-F]+")
_BLOCK_TAGS = frozenset(("latest", "pending", "earliest", "safe", "finalized"))


class InvalidParams(ChainError):
    """A parameter failed validation; JSON-RPC -32602 with a message naming it."""

    def __init__(self, message: str):
        super().__init__(message, INVALID_PARAMS)


# ---------------------------------------------------------------------------------------
# parameter parsing: each takes the value and a label used in error messages
# ---------------------------------------------------------------------------------------


def _describe(value: Any) -> str:
    text = orjson.dumps(value).decode() if _jsonable(value) else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _jsonable(value: Any) -> bool:
    try:
        orjson.dumps(value)
    except (TypeError, orjson.JSONEncodeError):
        return False
    return True


def parse_quantity(value: Any, what: str, bits: int = 256) -> int:
    """A QUANTITY: "0x"-prefixed hex. Leading zeros are accepted (the spec forbids them,
    but geth and anvil accept them and some clients send them), as are JSON integers,
    which web3.py sends for a few parameters (eth_getStorageAt's position)."""
    if isinstance(value, str):
        if value in ("0x", "0X"):
            raise InvalidParams(f"{what}: empty hex string")
        if not value.startswith(("0x", "0X")) or _HEX_DIGITS.fullmatch(value, 2) is None:
            raise InvalidParams(
                f"{what}: expected a hex quantity like \"0x1a\", got {_describe(value)}")
        n = int(value[2:], 16)
    elif isinstance(value, int) and not isinstance(value, bool):
        n = value
        if n < 0:
            raise InvalidParams(f"{what}: negative quantity {n}")
    else:
        raise InvalidParams(f"{what}: expected a hex quantity, got {_describe(value)}")
    if n >> bits:
        raise InvalidParams(f"{what}: quantity exceeds {bits} bits")
    return n


def parse_data(value: Any, what: str, size: int | None = None) -> bytes:
    """DATA: "0x"-prefixed hex of even length; exactly `size` bytes when given."""
    if not isinstance(value, str):
        raise InvalidParams(f"{what}: expected a hex string, got {_describe(value)}")
    if not value.startswith(("0x", "0X")):
        raise InvalidParams(f"{what}: hex string without 0x prefix: {_describe(value)}")
    if len(value) % 2:
        raise InvalidParams(f"{what}: hex string of odd length: {_describe(value)}")
    try:
        data = bytes.fromhex(value[2:])
    except ValueError:
        data = None
    # fromhex skips whitespace between bytes: a short result means the string had some
    if data is None or 2 * len(data) + 2 != len(value):
        raise InvalidParams(f"{what}: invalid hex string {_describe(value)}")
    if size is not None and len(data) != size:
        raise InvalidParams(f"{what}: expected {size} bytes, got {len(data)}: {_describe(value)}")
    return data


def parse_address(value: Any, what: str) -> bytes:
    """A 20-byte address; any letter case (checksums are not verified, as geth does not)."""
    if not isinstance(value, str) or len(value) != 42:
        raise InvalidParams(f"{what}: expected a 20-byte hex address, got {_describe(value)}")
    return parse_data(value, what, 20)


def parse_hash(value: Any, what: str) -> bytes:
    if not isinstance(value, str) or len(value) != 66:
        raise InvalidParams(f"{what}: expected a 32-byte hex hash, got {_describe(value)}")
    return parse_data(value, what, 32)


def parse_bool(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidParams(f"{what}: expected true or false, got {_describe(value)}")
    return value


def parse_block_tag(value: Any, what: str) -> BlockTag:
    """A block tag or number (no EIP-1898 objects: for block-selecting methods)."""
    if isinstance(value, str) and value in _BLOCK_TAGS:
        return value  # type: ignore[return-value]
    if isinstance(value, str) and not value.startswith(("0x", "0X")):
        raise InvalidParams(
            f"{what}: expected a block number or one of latest, pending, earliest, safe, "
            f"finalized; got {_describe(value)}")
    return parse_quantity(value, what, 64)


def _hex_or_none(value: bytes | None) -> str | None:
    return None if value is None else "0x" + value.hex()


def _hx(data: bytes) -> str:
    return "0x" + data.hex()


def _slot_hex(n: int) -> str:
    return "0x" + n.to_bytes(32, "big").hex()


# ---------------------------------------------------------------------------------------
# formatters
# ---------------------------------------------------------------------------------------


def format_transaction(tx: Transaction, block: Block | None, index: int | None) -> dict:
    """A transaction object as eth_getTransactionByHash returns it.

    gasPrice is what was paid once mined (effective price for type 2); while pending a
    type-2 transaction reports its fee cap, as geth does."""
    if tx.type == 2:
        gas_price = tx.effective_gas_price(block.header.base_fee) if block else tx.max_fee
    else:
        gas_price = tx.gas_price
    out: dict[str, Any] = {
        "blockHash": _hx(block.hash) if block else None,
        "blockNumber": hex(block.number) if block else None,
        "from": _hx(tx.sender),
        "gas": hex(tx.gas),
        "gasPrice": hex(gas_price or 0),
        "hash": _hx(tx.hash),
        "input": _hx(tx.data),
        "nonce": hex(tx.nonce),
        "to": _hex_or_none(tx.to),
        "transactionIndex": hex(index) if index is not None and block else None,
        "value": hex(tx.value),
        "type": hex(tx.type),
        "v": hex(tx.v),
        "r": hex(tx.r),
        "s": hex(tx.s),
    }
    if tx.type == 2:
        out["maxFeePerGas"] = hex(tx.max_fee or 0)
        out["maxPriorityFeePerGas"] = hex(tx.max_priority_fee or 0)
    if tx.type in (1, 2):
        out["accessList"] = [
            {"address": _hx(addr), "storageKeys": [_slot_hex(k) if isinstance(k, int) else _hx(k)
                                                   for k in keys]}
            for addr, keys in tx.access_list
        ]
        out["yParity"] = hex(tx.v - 27 if tx.v >= 27 else tx.v)
    if tx.chain_id is not None:
        out["chainId"] = hex(tx.chain_id)
    return out


def format_log(log: Log, block_number: int, block_hash: bytes, tx_hash: bytes,
               tx_index: int, log_index: int) -> dict:
    return {
        "address": _hx(log.address),
        "topics": [_hx(t) for t in log.topics],
        "data": _hx(log.data),
        "blockNumber": hex(block_number),
        "blockHash": _hx(block_hash),
        "transactionHash": _hx(tx_hash),
        "transactionIndex": hex(tx_index),
        "logIndex": hex(log_index),
        "removed": False,
    }


def format_log_entry(e: LogEntry) -> dict:
    return format_log(e.log, e.block_number, e.block_hash, e.tx_hash, e.tx_index, e.log_index)


def format_receipt(receipt: Receipt, block: Block) -> dict:
    """A receipt with its logs; logIndex counts from the block's first log, so the logs of
    the receipts before this one in the block are counted (block.receipts, in order)."""
    first_log = 0
    for r in block.receipts[: receipt.tx_index]:
        first_log += len(r.logs)
    bn, bh = block.number, block.hash
    return {
        "transactionHash": _hx(receipt.tx_hash),
        "transactionIndex": hex(receipt.tx_index),
        "blockHash": _hx(bh),
        "blockNumber": hex(bn),
        "from": _hx(receipt.sender),
        "to": _hex_or_none(receipt.to),
        "cumulativeGasUsed": hex(receipt.cumulative_gas_used),
        "gasUsed": hex(receipt.gas_used),
        "effectiveGasPrice": hex(receipt.effective_gas_price),
        "contractAddress": _hex_or_none(receipt.contract_address),
        "logs": [format_log(lg, bn, bh, receipt.tx_hash, receipt.tx_index, first_log + i)
                 for i, lg in enumerate(receipt.logs)],
        "logsBloom": _hx(bloom_of(receipt.logs)),
        "status": hex(receipt.status),
        "type": hex(receipt.type),
    }


def block_size(block: Block) -> int:
    return len(block.header.encode()) + sum(len(tx.raw) for tx in block.transactions)


def format_block(block: Block, full: bool, size: int | None = None) -> dict:
    """A block object. There are no uncles, mixHash is zero (the PoW seal is the nonce
    alone) and size is the header's RLP plus the raw transactions (an approximation of
    the block's RLP, which also has list prefixes)."""
    h = block.header
    txs = block.transactions
    if full:
        transactions: list = [format_transaction(tx, block, i) for i, tx in enumerate(txs)]
    else:
        transactions = [_hx(tx.hash) for tx in txs]
    return {
        "number": hex(h.number),
        "hash": _hx(block.hash),
        "parentHash": _hx(h.parent_hash),
        "nonce": _hx(h.nonce.to_bytes(8, "big")),
        "mixHash": _hx(ZERO_HASH),
        "sha3Uncles": _hx(EMPTY_LIST_HASH),
        "logsBloom": _hx(h.logs_bloom),
        "transactionsRoot": _hx(h.transactions_root),
        "stateRoot": _hx(h.state_root),
        "receiptsRoot": _hx(h.receipts_root),
        "miner": _hx(h.miner),
        "difficulty": hex(h.difficulty),
        "totalDifficulty": hex(block.total_difficulty),
        "extraData": _hx(h.extra_data),
        "size": hex(block_size(block) if size is None else size),
        "gasLimit": hex(h.gas_limit),
        "gasUsed": hex(h.gas_used),
        "timestamp": hex(h.timestamp),
        "baseFeePerGas": hex(h.base_fee),
        "transactions": transactions,
        "uncles": [],
    }


# ---------------------------------------------------------------------------------------
# the method table
# ---------------------------------------------------------------------------------------


class Method(NamedTuple):
    """A handler with its arity: params beyond `min_args` are optional (missing or null)."""

    fn: Callable[[list], Any]
    min_args: int
    max_args: int


