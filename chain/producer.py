"""Block production: mining the mempool into the next block (automine, `evm_mine`,
dev set-balance). The block itself is built by `transition.produce_block`; this mixin
picks its inputs (timestamp, candidates) and hands the result to `Node._connect`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from chain.blocks import DevOp, next_base_fee
from chain.genesis import Genesis
from chain.mempool import Mempool
from chain.state import State
from chain.transition import produce_block
from chain.types import Block
from lang.abi import decode_revert as revert_reason


class Producer:
    """The mining side of `Node`: it uses the attributes `Node` sets up and its
    `_next_timestamp`, `_connect`, `_notify_head` and `_logging`."""

    genesis: Genesis
    state: State
    mempool: Mempool
    head: Block
    coinbase: bytes
    automine: bool
    next_timestamp: int | None
    time_offset: int
    clock: Callable[[], float]
    log: Callable[[str], None]
    _deferring: bool

    def mine(self, blocks: int = 1, timestamp: int | None = None) -> list[Block]:
        """Mine `blocks` blocks; a `timestamp` (evm_mine's) is the first one's and moves
        the chain clock there, so later blocks and evm_increaseTime count from it."""
        if timestamp is not None:
            self.time_offset = timestamp - int(self.clock())
        mined = []
        for i in range(blocks):
            ts = timestamp if (timestamp is not None and i == 0) else None
            mined.append(self._produce(ts, []))
        return mined

    @contextmanager
    def deferred_mining(self) -> Iterator[None]:
        """Automine once for everything sent inside the block (a JSON-RPC batch of raw
        transactions becomes one block), even if one of them fails."""
        outer = self._deferring
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = outer
            if not outer and self.automine and len(self.mempool):
                self.mine(1)

    def _produce(self, timestamp: int | None, dev_ops: list[DevOp]) -> Block:
        parent = self.head.header
        if timestamp is None:
            timestamp = self._next_timestamp()
        candidates = self.mempool.select(self.state.get_nonce, next_base_fee(parent))
        executed = produce_block(self.state, self.genesis, parent, timestamp, self.coinbase, candidates, dev_ops)
        self.next_timestamp = None
        block = self._connect(executed, dev_ops)
        for tx in block.transactions:
            self.mempool.remove(tx)
        self.mempool.prune(self.state.get_nonce)
        self._notify_head(block)
        if self._logging():
            self._log_mined(block)
        return block

    def _log_mined(self, block: Block) -> None:
        for tx, r in zip(block.transactions, block.receipts, strict=True):
            target = "create 0x" + r.contract_address.hex() if r.contract_address else \
                ("0x" + tx.to.hex() if tx.to else "create (failed)")
            status = "ok" if r.status else f"reverted ({revert_reason(r.revert_data) or 'no reason'})"
            self.log(f"  tx 0x{tx.hash.hex()} 0x{tx.sender.hex()} -> {target} gas {r.gas_used:,} {status}")
        self.log(f"block {block.number} 0x{block.hash.hex()} txs {len(block.transactions)} "
                 f"gas {block.header.gas_used:,} difficulty {block.header.difficulty}")
