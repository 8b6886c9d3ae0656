"""The chain node: state, blocks, mempool and mining behind the `NodeAPI` the JSON-RPC
layer serves. Single-threaded by design: callers serialise access (the HTTP server runs
every request on one event loop)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from chain import pow as powlib
from chain.api import (
    BlockTag,
    CallRequest,
    ChainError,
    ExecutionReverted,
    LogEntry,
    LogFilter,
    TxLocation,
)
from chain.blocks import (
    BlockError,
    Body,
    block_context,
    execute_body,
    next_base_fee,
    receipts_root,
    receipts_root_and_bloom,
    validate_header,
)
from chain.commitment import Accumulator
from chain.executor import simulate
from chain.genesis import GWEI, Genesis, dev_addresses, dev_genesis, dev_keys
from chain.mempool import Mempool
from chain.state import MemoryBackend, State
from chain.store import Store, StoreError, decode_header, decode_receipt, encode_header
from chain.transactions import decode_transaction, encode_rlp, intrinsic_gas
from chain.types import ZERO_ADDRESS, ZERO_HASH, Block, Header, Log, Receipt, Transaction, bloom_of
from lang.abi import decode_revert, keccak

CLIENT_VERSION = "coinc/0.1.0"
SUGGESTED_TIP = GWEI
BLOCK_CACHE = 512
BAD_BLOCKS = 4096  # invalid block hashes remembered, so a peer cannot make us re-check them

class Node:
    def __init__(self, data_dir: str | Path | None = None, genesis: Genesis | None = None, *,
                 automine: bool = True, coinbase: bytes | None = None,
                 clock: Callable[[], float] = time.time, log: Callable[[str], None] | None = None,
                 sync: str = "normal"):
        self.clock = clock
        self._no_log = lambda line: None
        self.log = log or self._no_log
        self.automine = automine
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.store = Store(self.data_dir / "chain.db" if self.data_dir else ":memory:", sync=sync)
        stored = self.store.get_meta("genesis")
        if stored is not None:
            self.genesis = Genesis.from_json(stored.decode())
            if genesis is not None and genesis.chain_id != self.genesis.chain_id:
                raise StoreError(f"{self.data_dir} holds chain {self.genesis.chain_id}, not {genesis.chain_id}")
        else:
            self.genesis = genesis or dev_genesis(int(clock()))
        self.chain_id = self.genesis.chain_id
        self.client_version = CLIENT_VERSION
        self.coinbase = coinbase if coinbase is not None else (
            dev_addresses()[0] if self.genesis.dev else ZERO_ADDRESS)
        self.mempool = Mempool()
        self._deferring = False
        self._blocks: OrderedDict[bytes, Block] = OrderedDict()
        self.time_offset = 0
        self.next_timestamp: int | None = None
        self._snapshots: dict[int, tuple[int, int, int | None]] = {}
        self._next_snapshot = 1
        # networking (chain.p2p) hears of new heads and transactions here, to announce them
        self.head_listeners: list[Callable[[Block], None]] = []
        self.tx_listeners: list[Callable[[Transaction], None]] = []
        self.bad_blocks: OrderedDict[bytes, str] = OrderedDict()  # hash -> why, bounded
        if stored is None:
            self._create_genesis()
        head_hash = self.store.get_meta("head")
        if head_hash is None:
            raise StoreError("the chain database has a genesis but no head block")
        self.head = self._load_block(head_hash)
        row = self.store.block_row(head_hash)
        self.state = State(self.store, Accumulator.from_bytes(bytes(row[4])))

    # ---------------------------------------------------------------- set-up
    def _create_genesis(self) -> None:
        g = self.genesis
        state = State(self.store)
        for address, balance in g.alloc.items():
            state.set_balance(bytes.fromhex(address[2:]), balance)
        diff = state.commit()
        header = Header(ZERO_HASH, 0, g.timestamp, ZERO_ADDRESS, state.accumulator.root(),
                        Body([], []).transactions_root(), receipts_root([]), bloom_of(()),
                        g.gas_limit, 0, g.base_fee, g.difficulty, g.extra_data.encode()[:32], 0)
        block = Block(header, [], [], g.difficulty)
        self.store.set_meta("genesis", g.to_json().encode())
        self.store.write_block(block, Body([], []).encode(), diff, state.accumulator.to_bytes(), [])

    def close(self) -> None:
        self.store.close()

    @property
    def genesis_hash(self) -> bytes:
        return self.store.hash_by_number(0) or ZERO_HASH

    # ---------------------------------------------------------------- blocks
    def _load_block(self, block_hash: bytes) -> Block:
        cached = self._blocks.get(block_hash)
        if cached is not None:
            self._blocks.move_to_end(block_hash)
            return cached
        row = self.store.block_row(block_hash)
        if row is None:
            raise ChainError(f"unknown block 0x{block_hash.hex()}")
        header = decode_header(bytes(row[0]))
        body = Body.decode(bytes(row[1]))
        import rlp

        fields = rlp.decode(bytes(row[2]))
        if len(fields) != len(body.transactions):  # a side block: never executed, so no receipts
            fields = []
        receipts = [decode_receipt(f, tx.hash, i)
                    for i, (f, tx) in enumerate(zip(fields, body.transactions, strict=False))]
        block = Block(header, body.transactions, receipts, int(row[3]), block_hash, body.dev_ops)
        self._cache(block)
        return block

    def _cache(self, block: Block) -> None:
        self._blocks[block.hash] = block
        if len(self._blocks) > BLOCK_CACHE:
            self._blocks.popitem(last=False)

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
        raise ChainError(f"state of block {n} is not available: this node keeps only the latest state "
                         "(query \"latest\")", -32000)

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
    def _now(self) -> int:
        return int(self.clock()) + self.time_offset

    def _next_timestamp(self) -> int:
        if self.next_timestamp is not None:
            return max(self.next_timestamp, self.head.header.timestamp)
        return max(self._now(), self.head.header.timestamp)

    def _pending_context(self):
        return block_context(self.genesis, self.head.header, self._next_timestamp(), self.coinbase)

    def _simulate(self, request: CallRequest, gas: int):
        ctx = self._pending_context()
        price = request.gas_price or request.max_fee or 0
        price = min(price, ctx.base_fee + (request.max_priority_fee or 0)) if request.max_fee else price
        return simulate(self.state, ctx, request.sender or ZERO_ADDRESS, request.to, request.value,
                        request.data, gas, price)

    def call(self, request: CallRequest, tag: BlockTag = "latest") -> bytes:
        self._state_at(tag)
        sim = self._simulate(request, request.gas or self.genesis.gas_limit)
        r = sim.result
        if r.success:
            return r.output
        if r.error is not None and type(r.error).__name__ in ("Revert", "Panic"):
            raise ExecutionReverted(decode_revert(r.output), r.output)
        raise ChainError(f"execution failed: {_describe_failure(r)}", -32000)

    def estimate_gas(self, request: CallRequest, tag: BlockTag = "pending") -> int:
        self._state_at(tag)
        cap = request.gas or self.genesis.gas_limit
        sim = self._simulate(request, cap)
        if not sim.result.success:
            r = sim.result
            if r.error is not None and type(r.error).__name__ in ("Revert", "Panic"):
                raise ExecutionReverted(decode_revert(r.output), r.output)
            raise ChainError(f"gas required exceeds allowance ({cap}): {_describe_failure(r)}", -32000)
        lo, hi = sim.gas_used - 1, cap
        optimistic = min(cap, (sim.gas_used + 2300) * 64 // 63)
        if self._simulate(request, optimistic).result.success:
            hi = optimistic
        else:
            lo = optimistic
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._simulate(request, mid).result.success:
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

    # ---------------------------------------------------------------- transactions
    def send_raw_transaction(self, raw: bytes) -> bytes:
        tx = decode_transaction(raw)
        if tx.hash in self.mempool or self.store.tx_location(tx.hash) is not None:
            raise ChainError(f"transaction 0x{tx.hash.hex()} is already known")
        if tx.chain_id is None:
            raise ChainError("transaction is not replay-protected: sign it with a chain id (EIP-155)")
        if tx.chain_id != self.chain_id:
            raise ChainError(f"transaction is signed for chain id {tx.chain_id}, this chain is {self.chain_id}")
        ctx = self._pending_context()
        need = intrinsic_gas(tx)
        if tx.gas < need:
            raise ChainError(f"intrinsic gas too low: the transaction needs at least {need} gas, it gives {tx.gas}")
        if tx.gas > self.genesis.gas_limit:
            raise ChainError(f"gas limit {tx.gas} exceeds the block gas limit {self.genesis.gas_limit}")
        if tx.fee_cap < ctx.base_fee:
            raise ChainError(f"max fee per gas ({tx.fee_cap}) is below the next block's base fee ({ctx.base_fee})")
        balance = self.state.get_balance(tx.sender)
        cost = tx.gas * tx.fee_cap + tx.value
        if balance < cost:
            raise ChainError(f"insufficient funds for gas * price + value: account 0x{tx.sender.hex()} has "
                             f"{balance}, the transaction may cost {cost}")
        self.mempool.add(tx, self.state.get_nonce(tx.sender))
        if self.log is not self._no_log:  # skip formatting lines nobody reads
            self.log(f"transaction 0x{tx.hash.hex()} from 0x{tx.sender.hex()} nonce {tx.nonce} queued")
        for listener in self.tx_listeners:
            listener(tx)
        if self.automine and not self._deferring:
            self.mine(1)
        return tx.hash

    @contextmanager
    def deferred_mining(self):
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
        from eth_account import Account

        nonce = request.nonce if request.nonce is not None else self.get_nonce(request.sender, "pending")
        gas = request.gas or self.estimate_gas(request)
        tx: dict = {"nonce": nonce, "gas": gas, "value": request.value, "data": request.data,
                    "chainId": self.chain_id}
        if request.to is not None:
            from eth_utils import to_checksum_address

            tx["to"] = to_checksum_address(request.to)
        if request.gas_price is not None:
            tx["gasPrice"] = request.gas_price
        else:
            tip = request.max_priority_fee if request.max_priority_fee is not None else SUGGESTED_TIP
            tx["maxPriorityFeePerGas"] = tip
            tx["maxFeePerGas"] = request.max_fee if request.max_fee is not None else \
                2 * next_base_fee(self.head.header) + tip
        signed = Account.sign_transaction(tx, key)
        return self.send_raw_transaction(bytes(signed.raw_transaction))

    def get_transaction(self, tx_hash: bytes) -> TxLocation | None:
        loc = self.store.tx_location(tx_hash)
        if loc is not None:
            block = self._load_block(loc[0])
            return TxLocation(block.transactions[loc[1]], block, loc[1])
        tx = self.mempool.by_hash.get(tx_hash)
        return TxLocation(tx, None, None) if tx is not None else None

    def get_receipt(self, tx_hash: bytes) -> tuple[Receipt, Block] | None:
        loc = self.store.tx_location(tx_hash)
        if loc is None:
            return None
        block = self._load_block(loc[0])
        return block.receipts[loc[1]], block

    def get_logs(self, flt: LogFilter) -> list[LogEntry]:
        if flt.block_hash is not None:
            block = self.block_by_hash(flt.block_hash)
            if block is None:
                raise ChainError(f"unknown block 0x{flt.block_hash.hex()}")
            lo = hi = block.number
        else:
            lo, hi = flt.from_block, min(flt.to_block, self.head.number)
        if hi - lo > 100_000:
            raise ChainError(f"block range too large ({hi - lo + 1} blocks); query at most 100000 at once")
        out = []
        for number, log_index, tx_index, block, tx, address, t0, t1, t2, t3, data in self.store.logs(
                lo, hi, flt.addresses, flt.topics):
            topics = tuple(bytes(t) for t in (t0, t1, t2, t3) if t is not None)
            out.append(LogEntry(Log(bytes(address), topics, bytes(data)), number, bytes(block), bytes(tx),
                                tx_index, log_index))
        return out

    # ---------------------------------------------------------------- mining
    def mine(self, blocks: int = 1, timestamp: int | None = None) -> list[Block]:
        mined = []
        for i in range(blocks):
            ts = timestamp if (timestamp is not None and i == 0) else None
            mined.append(self._produce(ts, []))
        return mined

    def _produce(self, timestamp: int | None, dev_ops: list[tuple[bytes, int]]) -> Block:
        parent = self.head
        if timestamp is None:
            timestamp = self._next_timestamp()
        if timestamp < parent.header.timestamp:
            raise ChainError(f"timestamp {timestamp} is before the head block's {parent.header.timestamp}")
        self.next_timestamp = None
        ctx = block_context(self.genesis, parent.header, timestamp, self.coinbase)
        candidates = self.mempool.select(self.state.get_nonce, ctx.base_fee)
        try:
            txs, receipts, gas_used = execute_body(self.state, self.genesis, ctx, Body(candidates, dev_ops),
                                                   strict=False)
        except BaseException:
            self.state.discard()
            raise
        body = Body(txs, dev_ops)
        diff = self.state.commit()
        acc = self.state.accumulator
        difficulty = powlib.next_difficulty(parent.header.difficulty, parent.header.timestamp, timestamp,
                                            self.genesis.pow)
        r_root, bloom = receipts_root_and_bloom(receipts)
        header = Header(parent.hash, ctx.number, timestamp, self.coinbase, acc.root(), body.transactions_root(),
                        r_root, bloom, ctx.gas_limit, gas_used, ctx.base_fee, difficulty,
                        self.genesis.extra_data.encode()[:32], 0)
        seal_fields = header.seal_fields()
        nonce = powlib.mine(keccak(encode_rlp(seal_fields)), difficulty)  # keccak == header.seal_hash()
        header = replace(header, nonce=nonce)
        block_hash = keccak(encode_header(header))  # == header.hash
        block = Block(header, txs, receipts, parent.total_difficulty + difficulty, block_hash, dev_ops=dev_ops)
        try:
            self.store.write_block(block, body.encode(), diff, acc.to_bytes(), dev_ops)
        except BaseException as e:
            self.state.undo(diff)
            raise ChainError(f"could not store block {block.number}: {e}") from e
        for tx in txs:
            self.mempool.remove(tx)
        self.mempool.prune(self.state.get_nonce)
        self.head = block
        self._cache(block)
        self._notify_head(block)
        if self.log is self._no_log:
            return block
        for tx, r in zip(txs, receipts, strict=True):
            target = "create 0x" + r.contract_address.hex() if r.contract_address else \
                ("0x" + tx.to.hex() if tx.to else "create (failed)")
            status = "ok" if r.status else f"reverted ({decode_revert(r.revert_data) or 'no reason'})"
            self.log(f"  tx 0x{tx.hash.hex()} 0x{tx.sender.hex()} -> {target} gas {r.gas_used:,} {status}")
        self.log(f"block {block.number} 0x{block.hash.hex()} txs {len(txs)} gas {gas_used:,} "
                 f"difficulty {difficulty}")
        return block

    # ---------------------------------------------------------------- blocks from peers
    def _notify_head(self, block: Block) -> None:
        for listener in self.head_listeners:
            listener(block)

    def has_block(self, block_hash: bytes) -> bool:
        """Whether the block is stored, canonical or on a side branch."""
        return self.store.has_block(block_hash)

    def stored_header(self, block_hash: bytes) -> tuple[Header, int] | None:
        """A stored block's header and total difficulty, canonical or not."""
        row = self.store.header_and_td(block_hash)
        return None if row is None else (decode_header(row[0]), row[1])

    def locator(self) -> list[bytes]:
        """Canonical hashes from the head back to genesis, dense first then doubling gaps:
        a peer finds the last block we share with it in O(log n) hashes."""
        hashes, n, step = [], self.head.number, 1
        while n > 0:
            h = self.store.hash_by_number(n)
            if h is not None:
                hashes.append(h)
            if len(hashes) >= 10:
                step *= 2
            n -= step
        hashes.append(self.genesis_hash)
        return hashes

    def headers_after(self, locator: list[bytes], count: int) -> list[bytes]:
        """Canonical header RLPs following the first locator hash that is on our chain."""
        start = 0
        for h in locator:
            row = self.store.header_and_td(h)
            if row is not None and self.store.hash_by_number(decode_header(row[0]).number) == h:
                start = decode_header(row[0]).number + 1
                break
        return self.store.canonical_headers(start, count)

    def _mark_bad(self, block_hash: bytes, why: str) -> None:
        self.bad_blocks[block_hash] = why
        while len(self.bad_blocks) > BAD_BLOCKS:
            self.bad_blocks.popitem(last=False)
        self.store.delete_side_block(block_hash)

    def import_block(self, header: Header, body: Body) -> str:
        """Take a block from a peer. Returns "known", "orphan" (its parent is unknown: the
        caller holds it until the parent arrives), "head" (it, or the branch it completes,
        is now the canonical head) or "side" (stored on a branch with less work).

        The header (seal included) is checked before anything is stored, and a block only
        counts once executed in full: extending the head executes it at once; a side
        branch is executed when it overtakes the head by total difficulty, and if any of
        its blocks fails the node returns to its previous chain. Raises BlockError for an
        invalid block (the peer that sent it misbehaves)."""
        block_hash = header.hash
        why = self.bad_blocks.get(block_hash) or self.bad_blocks.get(header.parent_hash)
        if why is not None:
            self._mark_bad(block_hash, why)
            raise BlockError(f"block 0x{block_hash.hex()} is invalid: {why}")
        if self.store.has_block(block_hash):
            return "known"
        parent = self.stored_header(header.parent_hash)
        if parent is None:
            return "orphan"
        parent_header, parent_td = parent
        try:
            validate_header(self.genesis, parent_header, header, now=self._now())
            if body.transactions_root() != header.transactions_root:
                raise BlockError("transactions root does not match the body")
        except BlockError as e:
            self._mark_bad(block_hash, str(e))
            raise BlockError(f"block {header.number} (0x{block_hash.hex()}): {e}") from None
        td = parent_td + header.difficulty
        if header.parent_hash == self.head.hash:
            block = self._apply_block(header, body, td)
            self._settle_mempool([], [block])
            self._log_import(block)
            self._notify_head(block)
            return "head"
        self.store.put_side_block(block_hash, header.number, header.parent_hash, encode_header(header),
                                  body.encode(), td)
        if td <= self.head.total_difficulty:  # ties keep the block seen first
            return "side"
        self._reorganise(block_hash)
        return "head"

    def _apply_block(self, header: Header, body: Body, td: int) -> Block:
        """Execute a block on the head's state exactly as `verify_chain` validates it and
        store it as the new head; BlockError (and the state untouched) if it is invalid."""
        g = self.genesis
        block_hash = header.hash
        ctx = block_context(g, self.head.header, header.timestamp, header.miner)
        try:
            txs, receipts, gas_used = execute_body(self.state, g, ctx, body, strict=True)
            if gas_used != header.gas_used:
                raise BlockError(f"gas used is {gas_used}, the header says {header.gas_used}")
            if receipts_root(receipts) != header.receipts_root:
                raise BlockError("receipts root does not match the re-executed receipts")
        except BlockError as e:
            self.state.discard()
            self._mark_bad(block_hash, str(e))
            raise BlockError(f"block {header.number} (0x{block_hash.hex()}): {e}") from None
        except Exception as e:  # noqa: BLE001 - a peer's block must never crash the node
            self.state.discard()
            self._mark_bad(block_hash, f"execution failed: {e}")
            raise BlockError(f"block {header.number} (0x{block_hash.hex()}): execution failed: {e}") from None
        diff = self.state.commit()
        if self.state.accumulator.root() != header.state_root:
            self.state.undo(diff)
            self._mark_bad(block_hash, "state root does not match the re-executed state")
            raise BlockError(f"block {header.number} (0x{block_hash.hex()}): state root does not match "
                             "the re-executed state")
        block = Block(header, txs, receipts, td, block_hash, body.dev_ops)
        try:
            self.store.write_block(block, body.encode(), diff, self.state.accumulator.to_bytes(), body.dev_ops)
        except BaseException as e:
            self.state.undo(diff)
            raise ChainError(f"could not store block {block.number}: {e}") from e
        self.head = block
        self._cache(block)
        return block

    def _reorganise(self, tip: bytes) -> None:
        """Make the branch ending at `tip` canonical: undo the head back to the common
        ancestor (keeping the undone blocks as a side branch), then execute the new branch.
        If one of its blocks is invalid, undo what was applied and restore the old chain."""
        branch: list[tuple[Header, bytes, int]] = []
        h = tip
        while True:
            row = self.store.block_row(h)
            header = decode_header(bytes(row[0]))
            if self.store.hash_by_number(header.number) == h:
                ancestor = h
                break
            branch.append((header, bytes(row[1]), int(row[3])))
            h = header.parent_hash
        branch.reverse()
        old = self._unwind_to(ancestor)
        applied: list[Block] = []
        try:
            for header, body_blob, td in branch:
                applied.append(self._apply_block(header, Body.decode(body_blob), td))
        except BlockError:
            failed = branch[len(applied)][0].hash
            for header, _, _ in branch[len(applied) + 1:]:
                self._mark_bad(header.hash, f"descends from the invalid block 0x{failed.hex()}")
            self._unwind_to(ancestor)
            for block in reversed(old):
                self._apply_block(block.header, Body(block.transactions, block.dev_ops), block.total_difficulty)
            raise
        self._settle_mempool(list(reversed(old)), applied)
        self.log(f"reorganised at block {branch[0][0].number - 1}: "
                 f"{len(old)} block(s) dropped, {len(applied)} applied, head {self.head.number} "
                 f"0x{self.head.hash.hex()}")
        self._notify_head(self.head)

    def _unwind_to(self, ancestor: bytes) -> list[Block]:
        """Undo canonical blocks down to `ancestor`; returns them (newest first), kept stored
        as a side branch so the chain can switch back if that branch regains the lead."""
        undone = []
        while self.head.hash != ancestor:
            block = self.head
            self._undo_head()
            self.store.put_side_block(block.hash, block.number, block.header.parent_hash,
                                      encode_header(block.header),
                                      Body(block.transactions, block.dev_ops).encode(), block.total_difficulty)
            undone.append(block)
        return undone

    def _settle_mempool(self, dropped: list[Block], applied: list[Block]) -> None:
        """Transactions of abandoned blocks go back to the mempool unless the new branch
        holds them; transactions the new blocks include leave it."""
        included = {tx.hash for block in applied for tx in block.transactions}
        for block in dropped:
            for tx in block.transactions:
                if tx.hash not in included and tx.hash not in self.mempool:
                    try:
                        self.mempool.add(tx, self.state.get_nonce(tx.sender))
                    except ChainError:
                        pass  # no longer valid on the new chain (its nonce was used there)
        for block in applied:
            for tx in block.transactions:
                self.mempool.remove(tx)
        self.mempool.prune(self.state.get_nonce)

    def _log_import(self, block: Block) -> None:
        if self.log is not self._no_log:
            self.log(f"imported block {block.number} 0x{block.hash.hex()} txs {len(block.transactions)} "
                     f"miner 0x{block.header.miner.hex()}")

    # ---------------------------------------------------------------- dev methods
    def _dev(self, what: str) -> None:
        if not self.genesis.dev:
            raise ChainError(f"{what} is only available on a dev chain", -32601)

    def accounts(self) -> list[bytes]:
        return list(dev_addresses()) if self.genesis.dev else []

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

    def _undo_head(self) -> None:
        block = self.head
        diff = self.store.undo_record(block.hash)
        for address in diff.old_accounts:
            diff.accounts[address] = self.state.account(address)
        for key in diff.old_storage:
            diff.storage[key] = self.state.get_storage(*key)
        parent = self._load_block(block.header.parent_hash)
        self.store.remove_head_block(block, diff, parent.hash)
        self.state.undo(diff)
        self._blocks.pop(block.hash, None)
        self.head = parent

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

    def set_automine(self, enabled: bool) -> None:
        self._dev("evm_setAutomine")
        self.automine = enabled

    # ---------------------------------------------------------------- verification
    def verify_chain(self, progress: Callable[[int], None] | None = None) -> int:
        """Re-validate every stored block from genesis: seal, header rules, every transaction
        re-executed, state and receipts roots recomputed. Returns the number of blocks."""
        backend = MemoryBackend()
        state = State(backend)
        g = self.genesis
        for address, balance in g.alloc.items():
            state.set_balance(bytes.fromhex(address[2:]), balance)
        backend.apply(state.commit())
        genesis_block = self.block_by_number(0)
        assert genesis_block is not None
        if state.accumulator.root() != genesis_block.header.state_root:
            raise BlockError("genesis state root does not match the genesis allocations")
        parent = genesis_block.header
        for n in range(1, self.head.number + 1):
            h = self.store.hash_by_number(n)
            if h is None:
                raise BlockError(f"block {n} is missing from the canonical chain")
            row = self.store.block_row(h)
            header = decode_header(bytes(row[0]))
            if header.hash != h:
                raise BlockError(f"block {n}: stored header does not hash to its key")
            try:
                body = Body.decode(bytes(row[1]), trust_senders=False)
            except Exception as e:  # a damaged store: report the block, never crash
                raise BlockError(f"block {n} (0x{h.hex()}): its body cannot be decoded: {e}") from None
            try:
                validate_header(g, parent, header, now=None)
                ctx = block_context(g, parent, header.timestamp, header.miner)
                txs, receipts, gas_used = execute_body(state, g, ctx, body, strict=True)
                if gas_used != header.gas_used:
                    raise BlockError(f"gas used is {gas_used}, the header says {header.gas_used}")
                if body.transactions_root() != header.transactions_root:
                    raise BlockError("transactions root does not match the body")
                if receipts_root(receipts) != header.receipts_root:
                    raise BlockError("receipts root does not match the re-executed receipts")
                diff = state.commit()
                if state.accumulator.root() != header.state_root:
                    raise BlockError("state root does not match the re-executed state")
            except BlockError as e:
                raise BlockError(f"block {n} (0x{h.hex()}): {e}") from None
            backend.apply(diff)
            parent = header
            if progress:
                progress(n)
        self._check_stored_state(backend)
        return self.head.number

    def _check_stored_state(self, replayed: MemoryBackend) -> None:
        """The state tables must hold exactly the state the replayed blocks produce."""
        db = self.store.db
        stored_accounts = {bytes(a): (n, int.from_bytes(b, "big"), bytes(c))
                           for a, n, b, c in db.execute("SELECT address, nonce, balance, code_hash FROM accounts")}
        if stored_accounts != replayed.accounts:
            bad = sorted(set(stored_accounts.items()) ^ set(replayed.accounts.items()))[0][0]
            raise BlockError(f"the stored state of account 0x{bad.hex()} differs from what the blocks produce")
        stored_slots = {(bytes(a), int.from_bytes(s, "big")): int.from_bytes(v, "big")
                        for a, s, v in db.execute("SELECT address, slot, value FROM storage")}
        if stored_slots != replayed.storage:
            raise BlockError("the stored contract storage differs from what the blocks produce")


def _describe_failure(result) -> str:
    err = result.error
    return f"{type(err).__name__}: {err}" if err is not None else "failed"


def open_node(data_dir: str | Path | None, **kw) -> Node:
    """Open (or create) the chain in `data_dir`, translating store problems into ChainError."""
    try:
        return Node(data_dir, **kw)
    except StoreError as e:
        raise ChainError(str(e)) from None
