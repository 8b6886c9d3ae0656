"""Read-only questions about the chain: blocks, state at a tag, calls and gas estimates,
fees, transactions, receipts and logs. Nothing here changes the chain; `Node` mixes
these in so the JSON-RPC layer sees one `NodeAPI`."""

from __future__ import annotations

from chain.api import (
    BlockTag,
    CallRequest,
    ChainError,
    ExecutionReverted,
    LogEntry,
    LogFilter,
    TxLocation,
)
from chain.blocks import block_context, next_base_fee
from chain.executor import BlockContext, Simulation, simulate
from chain.genesis import GWEI, Genesis
from chain.history import scratch_state, state_after
from chain.mempool import Mempool
from chain.overrides import apply_overrides
from chain.state import State
from chain.store import Store
from chain.types import ZERO_ADDRESS, Block, Receipt
from lang.abi import decode_revert as revert_reason
from vm.errors import Revert

SUGGESTED_TIP = GWEI
MAX_LOG_RANGE = 100_000


def describe_failure(result) -> str:
    err = result.error
    return f"{type(err).__name__}: {err}" if err is not None else "failed"


class Queries:
    """The read side of `Node`: it uses the attributes `Node` sets up and its
    `_load_block` (the block cache) and `_next_timestamp`."""

    genesis: Genesis
    store: Store
    state: State
    mempool: Mempool
    head: Block
    coinbase: bytes

    # ---------------------------------------------------------------- blocks
    def block_number(self) -> int:
        return self.head.number

    def _resolve(self, tag: BlockTag) -> int | None:
        if tag in ("latest", "safe", "finalized", "pending"):
            return self.head.number
        if tag == "earliest":
            return 0
        return int(tag)  # type: ignore[arg-type]

    def block_by_number(self, tag: BlockTag) -> Block | None:
        n = self._resolve(tag)
        if n is None or n > self.head.number or n < 0:
            return None
        if n == self.head.number:
            return self.head
        h = self.store.hash_by_number(n)
        return None if h is None else self._load_block(h)

    def block_by_hash(self, block_hash: bytes) -> Block | None:
        try:
            return self._load_block(block_hash)
        except ChainError:
            return None

    # ---------------------------------------------------------------- state
    def _state_at(self, tag: BlockTag) -> State:
        if tag in ("latest", "pending", "safe", "finalized"):
            return self.state
        n = self._resolve(tag)
        if n == self.head.number:
            return self.state
        if n is not None and n > self.head.number:
            raise ChainError(f"block {n} does not exist yet (the head is {self.head.number})", -32000)
        # an older block: the head state with the undo records of the blocks since laid over it
        return state_after(self.store, self.head, int(n or 0), self.block_by_number)

    def _context_at(self, tag: BlockTag) -> BlockContext:
        """The block context a call at `tag` runs in: the next block's for the head (as
        before), the block's own for an older one (as geth)."""
        n = self._resolve(tag)
        if n is None or n >= self.head.number:
            return self._pending_context()
        block = self.block_by_number(n)
        assert block is not None  # _state_at checked the number
        h = block.header
        return BlockContext(h.number, h.timestamp, h.miner, h.gas_limit, h.base_fee, self.genesis.chain_id)

    def get_balance(self, address: bytes, tag: BlockTag = "latest") -> int:
        return self._state_at(tag).get_balance(address)

    def get_nonce(self, address: bytes, tag: BlockTag = "latest") -> int:
        nonce = self._state_at(tag).get_nonce(address)
        if tag == "pending":
            return self.mempool.pending_nonce(address, nonce)
        return nonce

    def get_code(self, address: bytes, tag: BlockTag = "latest") -> bytes:
        return self._state_at(tag).get_code(address)

    def get_storage_at(self, address: bytes, slot: int, tag: BlockTag = "latest") -> int:
        return self._state_at(tag).get_storage(address, slot)

    # ---------------------------------------------------------------- calls
    def _pending_context(self) -> BlockContext:
        return block_context(self.genesis, self.head.header, self._next_timestamp(), self.coinbase)

    def _simulate(self, request: CallRequest, gas: int, at: tuple[State, BlockContext] | None = None
                  ) -> Simulation:
        state, ctx = at or (self.state, self._pending_context())
        price = request.gas_price or request.max_fee or 0
        price = min(price, ctx.base_fee + (request.max_priority_fee or 0)) if request.max_fee else price
        return simulate(state, ctx, request.sender or ZERO_ADDRESS, request.to, request.value,
                        request.data, gas, price)

    def _at(self, tag: BlockTag, overrides: dict | None) -> tuple[State, BlockContext]:
        """The state and block context a call at `tag` runs in; with state overrides, a
        scratch state that holds them (the live state is never touched)."""
        if not overrides:
            return self._state_at(tag), self._context_at(tag)
        self._state_at(tag)  # the same checks of the block number
        n = self._resolve(tag)
        state = scratch_state(self.store, self.head, n, self.block_by_number)
        apply_overrides(state, overrides)
        return state, self._context_at(tag)

    def call(self, request: CallRequest, tag: BlockTag = "latest", overrides: dict | None = None) -> bytes:
        sim = self._simulate(request, request.gas or self.genesis.gas_limit, self._at(tag, overrides))
        r = sim.result
        if r.success:
            return r.output
        if isinstance(r.error, Revert):
            raise ExecutionReverted(revert_reason(r.output), r.output)
        raise ChainError(f"execution failed: {describe_failure(r)}", -32000)

    def estimate_gas(self, request: CallRequest, tag: BlockTag = "pending", overrides: dict | None = None) -> int:
        at = self._at(tag, overrides)  # built once: the search runs many times
        cap = request.gas or self.genesis.gas_limit
        sim = self._simulate(request, cap, at)
        if not sim.result.success:
            r = sim.result
            if isinstance(r.error, Revert):
                raise ExecutionReverted(revert_reason(r.output), r.output)
            raise ChainError(f"gas required exceeds allowance ({cap}): {describe_failure(r)}", -32000)
        lo, hi = sim.gas_used - 1, cap
        optimistic = min(cap, (sim.gas_used + 2300) * 64 // 63)
        if self._simulate(request, optimistic, at).result.success:
            hi = optimistic
        else:
            lo = optimistic
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._simulate(request, mid, at).result.success:
                hi = mid
            else:
                lo = mid
        return hi

    # ---------------------------------------------------------------- fees
    def gas_price(self) -> int:
        return next_base_fee(self.head.header) + SUGGESTED_TIP

    def max_priority_fee(self) -> int:
        return SUGGESTED_TIP

    def fee_history(self, block_count: int, newest: BlockTag, percentiles: list[float]):
        newest_n = min(self._resolve(newest) or 0, self.head.number)
        count = max(1, min(block_count, 1024, newest_n + 1))
        oldest = newest_n - count + 1
        base_fees, ratios, rewards = [], [], []
        for n in range(oldest, newest_n + 1):
            block = self.block_by_number(n)
            assert block is not None
            h = block.header
            base_fees.append(h.base_fee)
            ratios.append(h.gas_used / h.gas_limit if h.gas_limit else 0.0)
            tips = sorted((r.effective_gas_price - h.base_fee, r.gas_used) for r in block.receipts)
            row = []
            for p in percentiles:
                if not tips:
                    row.append(0)
                    continue
                threshold = h.gas_used * p / 100
                acc = 0
                chosen = tips[-1][0]
                for tip, used in tips:
                    acc += used
                    if acc >= threshold:
                        chosen = tip
                        break
                row.append(chosen)
            rewards.append(row)
        last = self.block_by_number(newest_n)
        assert last is not None
        base_fees.append(next_base_fee(last.header))
        return oldest, base_fees, ratios, rewards

    # ---------------------------------------------------------------- transactions and logs
    def get_transaction(self, tx_hash: bytes) -> TxLocation | None:
        loc = self.store.tx_location(tx_hash)
        if loc is not None:
            block = self._load_block(loc.block_hash)
            return TxLocation(block.transactions[loc.index], block, loc.index)
        tx = self.mempool.by_hash.get(tx_hash)
        return TxLocation(tx, None, None) if tx is not None else None

    def get_receipt(self, tx_hash: bytes) -> tuple[Receipt, Block] | None:
        loc = self.store.tx_location(tx_hash)
        if loc is None:
            return None
        block = self._load_block(loc.block_hash)
        return block.receipts[loc.index], block

    def get_logs(self, flt: LogFilter) -> list[LogEntry]:
        if flt.block_hash is not None:
            block = self.block_by_hash(flt.block_hash)
            if block is None:
                raise ChainError(f"unknown block 0x{flt.block_hash.hex()}")
            lo = hi = block.number
        else:
            lo, hi = flt.from_block, min(flt.to_block, self.head.number)
        if hi - lo > MAX_LOG_RANGE:
            raise ChainError(f"block range too large ({hi - lo + 1} blocks); query at most {MAX_LOG_RANGE} at once")
        return [LogEntry(row.log, row.number, row.block_hash, row.tx_hash, row.tx_index, row.log_index)
                for row in self.store.logs(lo, hi, flt.addresses, flt.topics)]
