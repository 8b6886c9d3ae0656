"""What the JSON-RPC layer needs from a chain node: the contract between `chain.node.Node`
(state, blocks, mempool, mining) and `chain.rpc` (Ethereum JSON-RPC translation).

Everything here speaks Python values: addresses and hashes are `bytes`, amounts ints.
The RPC layer does all hex/JSON conversion and parameter validation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from chain.types import Block, Log, Receipt, Transaction

BlockTag = int | Literal["latest", "pending", "earliest", "safe", "finalized"]


class ChainError(Exception):
    """A request the node refuses; `message` is shown to the client as is.

    `code` follows Ethereum clients: -32000 for refused transactions and state errors,
    -32602 for invalid parameters, 3 for reverted execution (with `data`)."""

    def __init__(self, message: str, code: int = -32000, data: bytes | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.data = data


class ExecutionReverted(ChainError):
    """eth_call / eth_estimateGas of a reverting call: JSON-RPC code 3 with the revert data."""

    def __init__(self, reason: str | None, data: bytes):
        super().__init__("execution reverted" + (f": {reason}" if reason else ""), 3, data)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class CallRequest:
    """An eth_call / eth_estimateGas / eth_sendTransaction request, defaults applied by rpc."""

    sender: bytes | None
    to: bytes | None
    gas: int | None
    gas_price: int | None
    max_fee: int | None
    max_priority_fee: int | None
    value: int
    data: bytes
    nonce: int | None = None


@dataclass(frozen=True, slots=True)
class TxLocation:
    transaction: Transaction
    block: Block | None  # None while pending
    index: int | None


@dataclass(frozen=True, slots=True)
class LogEntry:
    log: Log
    block_number: int
    block_hash: bytes
    tx_hash: bytes
    tx_index: int
    log_index: int  # position in the block


@dataclass(frozen=True, slots=True)
class LogFilter:
    from_block: int
    to_block: int
    addresses: tuple[bytes, ...]  # empty: any
    topics: tuple[tuple[bytes, ...] | None, ...]  # per position: None = any, tuple = one of
    block_hash: bytes | None = None


class NodeAPI(Protocol):
    chain_id: int
    client_version: str

    # blocks
    def block_number(self) -> int: ...
    def block_by_number(self, tag: BlockTag) -> Block | None: ...
    def block_by_hash(self, block_hash: bytes) -> Block | None: ...

    # state at any block (older ones are rebuilt from undo records, chain.history)
    def get_balance(self, address: bytes, tag: BlockTag = "latest") -> int: ...
    def get_nonce(self, address: bytes, tag: BlockTag = "latest") -> int:
        """With "pending", counts the sender's transactions waiting in the mempool."""
    def get_code(self, address: bytes, tag: BlockTag = "latest") -> bytes: ...
    def get_storage_at(self, address: bytes, slot: int, tag: BlockTag = "latest") -> int: ...

    # execution without a transaction
    def call(self, request: CallRequest, tag: BlockTag = "latest", overrides: dict | None = None) -> bytes:
        """Output of the call; raises ExecutionReverted (or ChainError for other failures).
        `overrides` (chain.overrides) are applied to a scratch state."""
    def estimate_gas(self, request: CallRequest, tag: BlockTag = "pending",
                     overrides: dict | None = None) -> int: ...

    # fees
    def gas_price(self) -> int: ...
    def max_priority_fee(self) -> int: ...
    def fee_history(self, block_count: int, newest: BlockTag, percentiles: list[float]
                    ) -> tuple[int, list[int], list[float], list[list[int]]]:
        """(oldest block, base fees (block_count + 1 entries), gas used ratios, rewards)."""

    # transactions
    def send_raw_transaction(self, raw: bytes) -> bytes:
        """Validate, queue (and in automine mode mine); return the hash. ChainError if refused."""
    def send_transaction(self, request: CallRequest) -> bytes:
        """Sign with a dev account (only on a dev chain) and send; ChainError otherwise."""
    def get_transaction(self, tx_hash: bytes) -> TxLocation | None: ...
    def get_receipt(self, tx_hash: bytes) -> tuple[Receipt, Block] | None: ...
    def get_logs(self, flt: LogFilter) -> list[LogEntry]: ...

    # accounts and dev methods
    def accounts(self) -> list[bytes]: ...
    def mine(self, blocks: int = 1, timestamp: int | None = None) -> None: ...
    def snapshot(self) -> int: ...
    def revert(self, snapshot_id: int) -> bool: ...
    def increase_time(self, seconds: int) -> int:
        """Returns the total offset applied so far."""
    def set_next_block_timestamp(self, timestamp: int) -> None: ...
    def set_balance(self, address: bytes, value: int) -> None: ...
    def set_automine(self, enabled: bool) -> None: ...
