"""Dev-chain operations (evm_* / anvil_*-style): snapshots and reverts, time travel,
automine, on-chain set-balance, and eth_sendTransaction signed with the dev keys.
Each refuses on a chain that is not a dev chain."""

from __future__ import annotations

from collections.abc import Callable

from chain.api import CallRequest, ChainError
from chain.genesis import Genesis, dev_addresses, dev_keys
from chain.mempool import Mempool
from chain.types import Block


class DevMethods:
    """The dev side of `Node`: it uses the attributes `Node` sets up, `Node._undo_head`,
    `Producer._produce` and the queries (nonce, gas estimate) to sign for dev accounts."""

    genesis: Genesis
    head: Block
    mempool: Mempool
    chain_id: int
    automine: bool
    time_offset: int
    next_timestamp: int | None
    clock: Callable[[], float]
    _snapshots: dict[int, tuple[int, int, int | None]]
    _undo_head: Callable[[], None]
    _next_snapshot: int

    def _dev(self, what: str) -> None:
        if not self.genesis.dev:
            raise ChainError(f"{what} is only available on a dev chain", -32601)

    def accounts(self) -> list[bytes]:
        return list(dev_addresses()) if self.genesis.dev else []

    def send_transaction(self, request: CallRequest) -> bytes:
        if not self.genesis.dev:
            raise ChainError("eth_sendTransaction is only available on a dev chain; sign transactions "
                             "yourself and use eth_sendRawTransaction")
        if request.sender is None:
            raise ChainError("eth_sendTransaction needs a `from` address", -32602)
        try:
            key = dev_keys()[dev_addresses().index(request.sender)]
        except ValueError:
            raise ChainError(f"0x{request.sender.hex()} is not one of this node's dev accounts "
                             "(see eth_accounts)") from None
        from chain.signing import sign_dev_transaction

        return self.send_raw_transaction(sign_dev_transaction(self, request, key))

    def snapshot(self) -> int:
        self._dev("evm_snapshot")
        sid = self._next_snapshot
        self._next_snapshot += 1
        self._snapshots[sid] = (self.head.number, self.time_offset, self.next_timestamp)
        return sid

    def revert(self, snapshot_id: int) -> bool:
        self._dev("evm_revert")
        saved = self._snapshots.get(snapshot_id)
        if saved is None:
            return False
        number, offset, next_ts = saved
        while self.head.number > number:
            self._undo_head()
        for sid in [s for s in self._snapshots if s >= snapshot_id]:
            del self._snapshots[sid]
        self.time_offset, self.next_timestamp = offset, next_ts
        self.mempool.clear()
        return True

    def reset(self) -> None:
        """anvil_reset without forking: back to the genesis block, mempool, snapshots and
        clock offset cleared (the undone blocks are dropped, as evm_revert drops them)."""
        self._dev("anvil_reset")
        while self.head.number > 0:
            self._undo_head()
        self._snapshots.clear()
        self.time_offset, self.next_timestamp = 0, None
        self.mempool.clear()

    def increase_time(self, seconds: int) -> int:
        self._dev("evm_increaseTime")
        if seconds < 0:
            raise ChainError("evm_increaseTime needs a non-negative number of seconds", -32602)
        self.time_offset += seconds
        return self.time_offset

    def set_next_block_timestamp(self, timestamp: int) -> None:
        self._dev("evm_setNextBlockTimestamp")
        if timestamp < self.head.header.timestamp:
            raise ChainError(f"timestamp {timestamp} is before the head block's {self.head.header.timestamp}",
                             -32602)
        self.next_timestamp = timestamp
        self.time_offset = timestamp - int(self.clock())

    def set_balance(self, address: bytes, value: int) -> None:
        """Dev chains record a balance change on chain: a block holding the change is mined."""
        self._dev("setting a balance")
        self._produce(None, [(address, value)])

    def set_nonce(self, address: bytes, nonce: int) -> None:
        """anvil_setNonce, recorded on chain like set-balance (a block is mined for it)."""
        self._dev("setting a nonce")
        self._produce(None, [(address, nonce, b"nonce")])

    def set_code(self, address: bytes, code: bytes) -> None:
        """anvil_setCode: the account's code (a Coin container; not checked, as anvil
        does not check EVM code), recorded on chain."""
        self._dev("setting code")
        self._produce(None, [(address, code, b"code")])

    def set_storage_at(self, address: bytes, slot: int, value: int) -> None:
        """anvil_setStorageAt, recorded on chain."""
        self._dev("setting storage")
        self._produce(None, [(address, value, b"slot", slot)])

    def load_dev_ops(self, ops: list) -> None:
        """Many dev operations in one block (anvil_loadState)."""
        self._dev("loading state")
        self._produce(None, ops)

    def set_automine(self, enabled: bool) -> None:
        self._dev("evm_setAutomine")
        self.automine = enabled

    # seconds between blocks mined by the node's timer (`coinc node --block-time`, or
    # evm_setIntervalMining); None: no timer. The server's miner loop reads it.
    block_interval: float | None = None

    def set_interval_mining(self, seconds: float) -> None:
        """evm_setIntervalMining: a block every `seconds` (0 stops the timer); mining by
        interval replaces automine, as in anvil."""
        self._dev("evm_setIntervalMining")
        if seconds < 0:
            raise ChainError("evm_setIntervalMining needs a non-negative number of seconds", -32602)
        self.block_interval = float(seconds) or None
        if seconds:
            self.automine = False
