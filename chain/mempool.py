"""Transactions waiting for a block: checked on entry, ordered by nonce and tip,
replaceable by a higher fee, and bounded so that nobody can lock the pool.

A sender's transactions whose nonces follow on from the account's nonce without a gap are
*pending* (a block can include them); the rest are *queued* (they wait for the gap to
fill). Queued transactions are cheap to send in bulk and may never become executable, so,
as geth's txpool does, they are bounded per sender and in total and expire after a
lifetime; when the pool is full, a transaction that pays more evicts the cheapest one
(queued before pending, oldest first among equal prices). A flood of underpriced or
nonce-gap transactions therefore never refuses a transaction that pays more.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable

from chain.api import ChainError
from chain.types import Transaction

REPLACEMENT_BUMP_PERCENT = 10  # geth's default price bump for a same-nonce replacement
MAX_POOL = 8192  # transactions, pending and queued
MAX_PER_SENDER = 256  # transactions of one sender, pending and queued
MAX_NONCE_GAP = 64  # how far ahead of the account's nonce a transaction may be
MAX_QUEUED = 1024  # queued (future-nonce) transactions in all (geth: GlobalQueue)
MAX_QUEUED_PER_SENDER = 32  # queued transactions of one sender (geth has 64; here below MAX_NONCE_GAP)
QUEUED_LIFETIME = 3 * 3600.0  # seconds a queued transaction may wait (geth: Lifetime)


def _price(tx: Transaction) -> tuple[int, int]:
    """What a transaction offers per gas: its fee cap, then its tip."""
    return tx.fee_cap, tx.tip_cap


class Mempool:
    def __init__(self, *, max_pool: int = MAX_POOL, max_per_sender: int = MAX_PER_SENDER,
                 max_queued: int = MAX_QUEUED, max_queued_per_sender: int = MAX_QUEUED_PER_SENDER,
                 queued_lifetime: float = QUEUED_LIFETIME,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_pool = max_pool
        self.max_per_sender = max_per_sender
        self.max_queued = max_queued
        self.max_queued_per_sender = max_queued_per_sender
        self.queued_lifetime = queued_lifetime
        self.clock = clock
        self.by_sender: dict[bytes, dict[int, Transaction]] = {}
        self.by_hash: dict[bytes, Transaction] = {}
        self.queued: set[bytes] = set()  # hashes of the queued (not yet executable) transactions
        self._account_nonce: dict[bytes, int] = {}  # the sender's nonce when last seen
        self._added_at: dict[bytes, float] = {}
        self._seq = 0
        # cheapest first: (fee cap, tip, queued first, order of arrival, hash); stale rows skipped
        self._cheapest: list[tuple[int, int, int, int, bytes]] = []

    def __len__(self) -> int:
        return len(self.by_hash)

    def __contains__(self, tx_hash: bytes) -> bool:
        return tx_hash in self.by_hash

    def add(self, tx: Transaction, account_nonce: int) -> Transaction | None:
        """Queue `tx`; return the transaction it replaced, if any. Raises ChainError if refused."""
        if tx.nonce < account_nonce:
            raise ChainError(f"nonce too low: account 0x{tx.sender.hex()} has nonce {account_nonce}, "
                             f"transaction has {tx.nonce}")
        if tx.nonce > account_nonce + MAX_NONCE_GAP:
            raise ChainError(f"nonce too high: {tx.nonce} is more than {MAX_NONCE_GAP} ahead of the "
                             f"account's nonce {account_nonce}")
        self._account_nonce[tx.sender] = account_nonce
        queue = self.by_sender.get(tx.sender, {})
        old = queue.get(tx.nonce)
        if old is not None:
            bump = 100 + REPLACEMENT_BUMP_PERCENT
            if tx.fee_cap * 100 < old.fee_cap * bump or tx.tip_cap * 100 < old.tip_cap * bump:
                raise ChainError(
                    f"replacement transaction underpriced: raise both the fee cap and the tip by at least "
                    f"{REPLACEMENT_BUMP_PERCENT}% over the queued transaction 0x{old.hash.hex()}")
            self._drop(old)
            self._account_nonce[tx.sender] = account_nonce
        else:
            self._make_room(tx, queue, account_nonce)
        self._insert(tx)
        return old

    def _make_room(self, tx: Transaction, queue: dict[int, Transaction], account_nonce: int) -> None:
        """Refuse `tx` or evict cheaper transactions so that every bound holds after it enters."""
        if len(queue) >= self.max_per_sender:
            raise ChainError(f"account 0x{tx.sender.hex()} already has {self.max_per_sender} "
                             "transactions in the pool")
        if tx.nonce > self.pending_nonce(tx.sender, account_nonce):  # it will be queued
            mine = sum(1 for t in queue.values() if t.hash in self.queued)
            if mine >= self.max_queued_per_sender:
                raise ChainError(
                    f"account 0x{tx.sender.hex()} already has {self.max_queued_per_sender} transactions "
                    f"waiting for a nonce gap to fill; send nonce {self.pending_nonce(tx.sender, account_nonce)} first")
            if len(self.queued) >= self.max_queued:
                self._expire()
            if len(self.queued) >= self.max_queued:
                self._evict_cheaper_than(tx, queued_only=True)
        if len(self.by_hash) >= self.max_pool:
            self._expire()
        if len(self.by_hash) >= self.max_pool:
            self._evict_cheaper_than(tx, queued_only=False)

    def _evict_cheaper_than(self, tx: Transaction, *, queued_only: bool) -> None:
        heap = self._cheapest
        skipped = []
        victim = None
        while heap:
            fee, tip, _, _, h = heap[0]
            cand = self.by_hash.get(h)
            if cand is None:  # stale: already gone
                heapq.heappop(heap)
                continue
            if queued_only and h not in self.queued:
                skipped.append(heapq.heappop(heap))
                continue
            victim = cand
            break
        for row in skipped:
            heapq.heappush(heap, row)
        what = "queued transactions are" if queued_only else "transaction pool is"
        if victim is None or _price(victim) >= _price(tx) or victim.sender == tx.sender:
            floor = f" the cheapest pays a fee cap of {victim.fee_cap} wei;" if victim is not None else ""
            raise ChainError(f"the {what} full:{floor} pay more than the cheapest to replace it, "
                             "or try again after the next block")
        self._drop(victim)

    def _insert(self, tx: Transaction) -> None:
        self.by_sender.setdefault(tx.sender, {})[tx.nonce] = tx
        self.by_hash[tx.hash] = tx
        self._added_at[tx.hash] = self.clock()
        self._classify(tx.sender)
        self._seq += 1
        heapq.heappush(self._cheapest, (tx.fee_cap, tx.tip_cap, 0 if tx.hash in self.queued else 1,
                                        self._seq, tx.hash))
        if len(self._cheapest) > 4 * len(self.by_hash) + 64:  # compact stale rows now and then
            self._cheapest = [r for r in self._cheapest if r[4] in self.by_hash]
            heapq.heapify(self._cheapest)

    def _classify(self, sender: bytes) -> None:
        """Recompute which of the sender's transactions are queued behind a nonce gap."""
        queue = self.by_sender.get(sender)
        if not queue:
            return
        n = self._account_nonce.get(sender, min(queue))
        while n in queue:
            self.queued.discard(queue[n].hash)
            n += 1
        for nonce, t in queue.items():
            if nonce > n:
                self.queued.add(t.hash)

    def _drop(self, tx: Transaction) -> None:
        """Remove one transaction; the sender's later ones may become queued."""
        if self.by_hash.pop(tx.hash, None) is None:
            return
        self.queued.discard(tx.hash)
        self._added_at.pop(tx.hash, None)
        queue = self.by_sender.get(tx.sender)
        if queue is not None:
            queue.pop(tx.nonce, None)
            if queue:
                self._classify(tx.sender)
            else:
                del self.by_sender[tx.sender]
                self._account_nonce.pop(tx.sender, None)

    def _expire(self) -> None:
        """Drop queued transactions older than the lifetime."""
        if not self.queued:
            return
        deadline = self.clock() - self.queued_lifetime
        for h in [h for h in self.queued if self._added_at.get(h, deadline) < deadline]:
            tx = self.by_hash.get(h)
            if tx is not None:
                self._drop(tx)

    def pending_nonce(self, sender: bytes, account_nonce: int) -> int:
        """The nonce the sender's next transaction should use, counting queued ones."""
        queue = self.by_sender.get(sender)
        n = account_nonce
        while queue and n in queue:
            n += 1
        return n

    def select(self, nonce_of, base_fee: int) -> list[Transaction]:
        """Executable transactions in inclusion order: each sender's in nonce order, senders
        interleaved by the tip they pay at this base fee (highest first)."""
        heap: list[tuple[int, int, bytes, int]] = []
        seq = 0
        for sender, queue in self.by_sender.items():
            n = nonce_of(sender)
            tx = queue.get(n)
            if tx is not None and tx.fee_cap >= base_fee:
                heapq.heappush(heap, (-(tx.effective_gas_price(base_fee) - base_fee), seq, sender, n))
                seq += 1
        out: list[Transaction] = []
        while heap:
            _, _, sender, n = heapq.heappop(heap)
            queue = self.by_sender[sender]
            out.append(queue[n])
            nxt = queue.get(n + 1)
            if nxt is not None and nxt.fee_cap >= base_fee:
                heapq.heappush(heap, (-(nxt.effective_gas_price(base_fee) - base_fee), seq, sender, n + 1))
                seq += 1
        return out

    def remove(self, tx: Transaction) -> None:
        self._drop(tx)

    def prune(self, nonce_of) -> None:
        """Drop transactions whose nonce an included transaction has used; re-sort the rest
        into pending and queued at the senders' new nonces; expire old queued ones."""
        for sender in list(self.by_sender):
            n = nonce_of(sender)
            self._account_nonce[sender] = n
            for tx in [t for nonce, t in self.by_sender[sender].items() if nonce < n]:
                self._drop(tx)
            self._classify(sender)
        self._expire()

    def clear(self) -> None:
        self.by_sender.clear()
        self.by_hash.clear()
        self.queued.clear()
        self._account_nonce.clear()
        self._added_at.clear()
        self._cheapest.clear()
