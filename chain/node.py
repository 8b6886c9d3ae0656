"""The chain node: its head and state, the mempool, blocks from peers, reorganisations
and re-verification, behind the `NodeAPI` the JSON-RPC layer serves. What a valid block
is lives in `chain.transition`; this module decides which chain is the head and keeps
the store, the state and the mempool in step with it. Single-threaded by design:
callers serialise access (the HTTP server runs every request on one event loop)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import rlp

from chain.api import ChainError
from chain.blocks import BlockError, Body, receipts_root
from chain.commitment import Accumulator
from chain.dev import DevMethods
from chain.genesis import Genesis, dev_addresses, dev_genesis
from chain.mempool import Mempool
from chain.producer import Producer
from chain.queries import Queries
from chain.state import MemoryBackend, State
from chain.store import Store, StoreError, decode_header, decode_receipt
from chain.transactions import decode_transaction
from chain.transition import (
    Executed,
    admit_transaction,
    apply_block,
    apply_genesis,
    check_body_root,
    check_header,
)
from chain.types import ZERO_ADDRESS, ZERO_HASH, Block, Header, Transaction, bloom_of

CLIENT_VERSION = "coinc/0.1.0"
BLOCK_CACHE = 512
BAD_BLOCKS = 4096  # invalid block hashes remembered, so a peer cannot make us re-check them
SIDE_BLOCK_DEPTH = 1024  # side blocks further below the head are pruned: no deeper reorganisation
MAX_SIDE_BLOCKS = 4096  # side blocks stored at once; past it the weakest branch tip gives way
PRUNE_EVERY = 64  # blocks between prunings


class Node(Queries, Producer, DevMethods):
    """The chain: its head and state, the mempool, blocks from peers and reorganisations.
    Reading (`Queries`), mining (`Producer`) and dev operations (`DevMethods`) are mixed
    in from their own modules; every block enters through `chain.transition`."""

    side_block_depth = SIDE_BLOCK_DEPTH
    max_side_blocks = MAX_SIDE_BLOCKS

    def __init__(self, data_dir: str | Path | None = None, genesis: Genesis | None = None, *,
                 automine: bool = True, coinbase: bytes | None = None,
                 clock: Callable[[], float] = time.time, log: Callable[[str], None] | None = None,
                 sync: str = "normal", check: bool = True):
        self.clock = clock
        self._no_log = lambda line: None
        self.log = log or self._no_log
        self.automine = automine
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.store = Store(self.data_dir / "chain.db" if self.data_dir else ":memory:", sync=sync)
        try:
            self._open(genesis, coinbase, clock, check)
        except BaseException as e:
            self.store.close()
            if isinstance(e, StoreError | ChainError) or not isinstance(e, Exception):
                raise
            # a file that passed SQLite's check but holds records coinc cannot read
            raise StoreError(f"the chain database {self.store.path} cannot be read: {type(e).__name__}: {e}; "
                             "it was left as it is") from None

    def _open(self, genesis: Genesis | None, coinbase: bytes | None, clock: Callable[[], float],
              check: bool) -> None:
        """Load (or create) the chain; `check` runs `_check_store` on an existing one (off
        only for `coinc verify`, which replays the whole chain to say what is wrong)."""
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
        row = self.store.block_row(head_hash)
        if row is None:
            raise StoreError(f"the chain database names head block 0x{head_hash.hex()}, which it does not hold")
        self.head = self._load_block(head_hash)
        self.state = State(self.store, Accumulator.from_bytes(row.accumulator))
        if stored is not None and check:
            self._check_store(row.accumulator)

    def _check_store(self, accumulator: bytes) -> None:
        """At open, what can be checked without replaying the chain: the head is the tip
        of the canonical index and hashes to its key, and the state tables are exactly
        the head's state (the accumulator recomputed from them is the stored one, whose
        keccak is the head's state root). O(state size), about 10 us an entry; the full
        replay is `coinc verify`. A node never serves a store that fails these."""
        head = self.head
        where = f"the chain database {self.store.path}"
        advice = "it was changed outside coinc or is damaged: restore a copy or start a new data directory"
        if head.header.hash != head.hash:
            raise StoreError(f"{where}: the head block's header does not hash to its key; {advice}")
        if self.store.hash_by_number(head.number) != head.hash or self.store.canonical_tip() != head.number:
            raise StoreError(f"{where}: the canonical index does not end at the head block {head.number}; {advice}")
        if self.store.hash_by_number(0) is None:
            raise StoreError(f"{where}: the genesis block is missing; {advice}")
        if Accumulator.from_bytes(accumulator).root() != head.header.state_root:
            raise StoreError(f"{where}: the stored state commitment is not the head block's state root; {advice}")
        if self.store.state_accumulator() != Accumulator.from_bytes(accumulator).value:
            raise StoreError(f"{where}: the stored accounts and storage are not the state of the head block "
                             f"{head.number}; {advice}")

    # ---------------------------------------------------------------- set-up
    def _create_genesis(self) -> None:
        g = self.genesis
        state = State(self.store)
        diff = apply_genesis(state, g)
        header = Header(ZERO_HASH, 0, g.timestamp, ZERO_ADDRESS, state.accumulator.root(),
                        Body([], []).transactions_root(), receipts_root([]), bloom_of(()),
                        g.gas_limit, 0, g.base_fee, g.difficulty, g.extra_data.encode()[:32], 0)
        block = Block(header, [], [], g.difficulty)
        self.store.write_block(block, Body([], []).encode(), diff, state.accumulator.to_bytes(), [],
                               meta={"genesis": g.to_json().encode()})  # one transaction: never half made

    def close(self) -> None:
        self.store.close()

    @property
    def genesis_hash(self) -> bytes:
        return self.store.hash_by_number(0) or ZERO_HASH

    def _logging(self) -> bool:
        """Whether anyone reads the log (skip formatting lines nobody reads)."""
        return self.log is not self._no_log

    # ---------------------------------------------------------------- blocks
    def _load_block(self, block_hash: bytes) -> Block:
        cached = self._blocks.get(block_hash)
        if cached is not None:
            self._blocks.move_to_end(block_hash)
            return cached
        row = self.store.block_row(block_hash)
        if row is None:
            raise ChainError(f"unknown block 0x{block_hash.hex()}")
        header = decode_header(row.header)
        body = Body.decode(row.body)
        fields = rlp.decode(row.receipts)
        if len(fields) != len(body.transactions):  # a side block: never executed, so no receipts
            fields = []
        receipts = [decode_receipt(f, tx.hash, i)
                    for i, (f, tx) in enumerate(zip(fields, body.transactions, strict=False))]
        block = Block(header, body.transactions, receipts, row.total_difficulty, block_hash, body.dev_ops)
        self._cache(block)
        return block

    def _cache(self, block: Block) -> None:
        self._blocks[block.hash] = block
        if len(self._blocks) > BLOCK_CACHE:
            self._blocks.popitem(last=False)

    # ---------------------------------------------------------------- time
    def _now(self) -> int:
        return int(self.clock()) + self.time_offset

    def _next_timestamp(self) -> int:
        if self.next_timestamp is not None:
            return max(self.next_timestamp, self.head.header.timestamp)
        return max(self._now(), self.head.header.timestamp)

    # ---------------------------------------------------------------- transactions
    def send_raw_transaction(self, raw: bytes) -> bytes:
        tx = decode_transaction(raw)
        if tx.hash in self.mempool or self.store.tx_location(tx.hash) is not None:
            raise ChainError(f"transaction 0x{tx.hash.hex()} is already known")
        admit_transaction(self.state, self.genesis, self._pending_context(), tx)
        self.mempool.add(tx, self.state.get_nonce(tx.sender))
        if self._logging():
            self.log(f"transaction 0x{tx.hash.hex()} from 0x{tx.sender.hex()} nonce {tx.nonce} queued")
        for listener in self.tx_listeners:
            listener(tx)
        if self.automine and not self._deferring:
            self.mine(1)
        return tx.hash

    # ---------------------------------------------------------------- the head
    def _connect(self, executed: Executed, dev_ops: list[tuple[bytes, int]]) -> Block:
        """Store a block just executed on the head's state (mined or imported) as the new
        head. If the store refuses it, the state is rolled back to the old head."""
        header = executed.header
        block = Block(header, executed.transactions, executed.receipts,
                      self.head.total_difficulty + header.difficulty, dev_ops=dev_ops)
        try:
            self.store.write_block(block, Body(block.transactions, dev_ops).encode(), executed.diff,
                                   self.state.accumulator.to_bytes(), dev_ops)
        except BaseException as e:
            self.state.undo(executed.diff)
            if isinstance(e, StoreError) or not isinstance(e, Exception):
                raise  # names the block and the cause (a full disk, ...)
            raise ChainError(f"could not store block {block.number}: {e}") from e
        self.head = block
        self._cache(block)
        if block.number % PRUNE_EVERY == 0 and block.number > self.side_block_depth:
            self._prune_side_blocks()
        return block

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
        return None if row is None else (decode_header(row.header), row.total_difficulty)

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
            if row is not None:
                number = decode_header(row.header).number
                if self.store.hash_by_number(number) == h:
                    start = number + 1
                    break
        return self.store.canonical_headers(start, count)

    def _mark_bad(self, block_hash: bytes, why: str) -> None:
        """Remember a block as invalid for good. Only for what the block itself proves
        (its header, or its execution once the body is known to be the header's): a wrong
        body or a future timestamp is `BlockError.marks_block` false and never lands here,
        or a peer could make the node refuse the honest block by relaying it forged."""
        self.bad_blocks[block_hash] = why
        while len(self.bad_blocks) > BAD_BLOCKS:
            self.bad_blocks.popitem(last=False)
        self.store.delete_side_block(block_hash)

    def import_block(self, header: Header, body: Body) -> str:
        """Take a block from a peer. Returns "known", "orphan" (its parent is unknown: the
        caller holds it until the parent arrives), "head" (it, or the branch it completes,
        is now the canonical head), "side" (stored on a branch with less work) or
        "refused" (a valid side block not kept: too deep below the head, or the side
        blocks are at their bound with branches of more work; see `_room_for_side_block`).

        The header (seal included) and its transactions root are checked before anything
        is stored, and a block only counts once executed in full: extending the head
        executes it at once; a side branch is executed when it overtakes the head by total
        difficulty, and if any of its blocks fails the node returns to its previous chain.
        Raises BlockError for an invalid block (the peer that sent it misbehaves): the
        block is remembered as bad only if `marks_block` (a BodyMismatch, a body that is not
        the header's, says nothing of the block, so the real one is still accepted)."""
        block_hash = header.hash
        why = self.bad_blocks.get(block_hash) or self.bad_blocks.get(header.parent_hash)
        if why is not None:
            self._mark_bad(block_hash, why)
            raise BlockError(f"block 0x{block_hash.hex()} is invalid: {why}")
        if self.store.has_block(block_hash):
            return "known"
        check_body_root(header, body)  # BodyMismatch: the sender's fault, nothing remembered
        parent = self.stored_header(header.parent_hash)
        if parent is None:
            return "orphan"
        parent_header, parent_td = parent
        if header.parent_hash == self.head.hash:
            block = self._apply(header, body, now=self._now())
            self._settle_mempool([], [block])
            self._log_import(block)
            self._notify_head(block)
            return "head"
        try:
            check_header(self.genesis, parent_header, header, body, now=self._now())
        except BlockError as e:
            if e.marks_block:
                self._mark_bad(block_hash, str(e))
            raise type(e)(f"block {header.number} (0x{block_hash.hex()}): {e}") from None
        td = parent_td + header.difficulty
        overtakes = _more_work(td, block_hash, self.head.total_difficulty, self.head.hash)
        if not overtakes and not self._room_for_side_block(header, td):
            return "refused"
        self.store.put_side_block(block_hash, header.number, header.parent_hash, header.encode(),
                                  body.encode(), td)
        if not overtakes:
            return "side"
        self._reorganise(block_hash)
        return "head"

    def _room_for_side_block(self, header: Header, td: int) -> bool:
        """Whether a new side block may be stored (issue 12: thousands of cheap side blocks
        were kept for ever). Below `side_block_depth` under the head they are pruned; at
        `max_side_blocks` the weakest branch tip (not this block's parent) is dropped if
        this block has more work, else this one is not kept."""
        if header.number + self.side_block_depth < self.head.number:
            return False  # it would be pruned at once: a reorganisation that deep is not followed
        if self.store.side_block_count() < self.max_side_blocks:
            return True
        self._prune_side_blocks()
        if self.store.side_block_count() < self.max_side_blocks:
            return True
        weakest = self.store.weakest_side_leaf(keep=header.parent_hash)
        if weakest is None or weakest[1] >= td:
            return False
        self.store.delete_side_block(weakest[0])
        return True

    def _prune_side_blocks(self) -> None:
        gone = self.store.prune_side_blocks(self.head.number - self.side_block_depth)
        if gone and self._logging():
            self.log(f"pruned {gone} side block(s) more than {self.side_block_depth} below the head")

    def _apply(self, header: Header, body: Body, now: int | None) -> Block:
        """Execute a block on the head through `transition.apply_block` and make it the
        head; BlockError (remembered as bad, the state untouched) if it is invalid."""
        try:
            executed = apply_block(self.state, self.genesis, self.head.header, header, body, now)
        except BlockError as e:
            if e.marks_block:
                self._mark_bad(header.hash, str(e))
            raise type(e)(f"block {header.number} (0x{header.hash.hex()}): {e}") from None
        return self._connect(executed, body.dev_ops)

    def _reorganise(self, tip: bytes) -> None:
        """Make the branch ending at `tip` canonical: undo the head back to the common
        ancestor (keeping the undone blocks as a side branch), then execute the new branch.
        If one of its blocks is invalid, undo what was applied and restore the old chain."""
        branch: list[tuple[Header, Body]] = []
        h = tip
        while True:
            row = self.store.block_row(h)
            assert row is not None  # a stored branch reaches the canonical chain
            header = decode_header(row.header)
            if self.store.hash_by_number(header.number) == h:
                ancestor = h
                break
            branch.append((header, Body.decode(row.body)))
            h = header.parent_hash
        branch.reverse()
        old = self._unwind_to(ancestor)
        applied: list[Block] = []
        now = self._now()
        try:
            for header, body in branch:
                applied.append(self._apply(header, body, now))
        except BlockError as e:
            failed = branch[len(applied)][0].hash
            for header, _ in branch[len(applied) + 1:] if e.marks_block else []:
                self._mark_bad(header.hash, f"descends from the invalid block 0x{failed.hex()}")
            self._unwind_to(ancestor)
            for block in reversed(old):  # our own former chain: valid when it was the head
                self._apply(block.header, Body(block.transactions, block.dev_ops), now=None)
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
            self.store.put_side_block(block.hash, block.number, block.header.parent_hash, block.header.encode(),
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

    # ---------------------------------------------------------------- verification
    def verify_chain(self, progress: Callable[[int], None] | None = None) -> int:
        """Re-validate every stored block from genesis with `transition.apply_block` on a
        fresh in-memory state (seal, header rules, every transaction re-executed, gas,
        roots and logs bloom), then check that the stored state is exactly the replayed
        one. Returns the number of blocks; raises BlockError naming the first bad block,
        or StoreError if SQLite's full integrity check (every page and index) fails first."""
        problems = self.store.integrity_problems()
        if problems:
            raise StoreError(f"the chain database {self.store.path} is damaged: SQLite's integrity check "
                             f"reports {'; '.join(problems)[:800]}")
        backend = MemoryBackend()
        state = State(backend)
        backend.apply(apply_genesis(state, self.genesis))
        genesis_block = self.block_by_number(0)
        assert genesis_block is not None
        if state.accumulator.root() != genesis_block.header.state_root:
            raise BlockError("genesis state root does not match the genesis allocations")
        parent = genesis_block.header
        for n in range(1, self.head.number + 1):
            h = self.store.hash_by_number(n)
            row = None if h is None else self.store.block_row(h)
            if h is None or row is None:
                raise BlockError(f"block {n} is missing from the canonical chain")
            header = decode_header(row.header)
            if header.hash != h:
                raise BlockError(f"block {n}: stored header does not hash to its key")
            try:
                body = Body.decode(row.body, trust_senders=False)
            except Exception as e:  # a damaged store: report the block, never crash
                raise BlockError(f"block {n} (0x{h.hex()}): its body cannot be decoded: {e}") from None
            try:
                executed = apply_block(state, self.genesis, parent, header, body, now=None)
            except BlockError as e:
                raise BlockError(f"block {n} (0x{h.hex()}): {e}") from None
            backend.apply(executed.diff)
            parent = header
            if progress:
                progress(n)
        why = self.store.state_mismatch(backend.accounts, backend.storage)
        if why is not None:
            raise BlockError(why)
        return self.head.number


def open_node(data_dir: str | Path | None, **kw) -> Node:
    """Open (or create) the chain in `data_dir`, translating store problems into ChainError."""
    try:
        return Node(data_dir, **kw)
    except StoreError as e:
        raise ChainError(str(e)) from None


def _more_work(td: int, tip: bytes, head_td: int, head_hash: bytes) -> bool:
    """Fork choice: the branch with more total difficulty wins; on a tie the lower tip hash
    wins. The tie-break is deterministic so that every node holding the same blocks picks
    the same head: two miners in lock step on the two sides of a healed partition would
    otherwise each keep the branch it saw first for ever (geth flips a coin instead, which
    converges too, but only after a run of lucky draws)."""
    return td > head_td or (td == head_td and tip < head_hash)
