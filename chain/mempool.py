"""Transactions waiting for a block: checked on entry, ordered by nonce and tip,
replaceable by a higher fee."""

from __future__ import annotations

import heapq

from chain.api import ChainError
from chain.types import Transaction

REPLACEMENT_BUMP_PERCENT = 10  # geth's default price bump for a same-nonce replacement
MAX_POOL = 8192
MAX_PER_SENDER = 256
MAX_NONCE_GAP = 64


class Mempool:
    def __init__(self) -> None:
        self.by_sender: dict[bytes, dict[int, Transaction]] = {}
        self.by_hash: dict[bytes, Transaction] = {}

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
        queue = self.by_sender.setdefault(tx.sender, {})
        old = queue.get(tx.nonce)
        if old is not None:
            bump = 100 + REPLACEMENT_BUMP_PERCENT
            if tx.fee_cap * 100 < old.fee_cap * bump or tx.tip_cap * 100 < old.tip_cap * bump:
                raise ChainError(
                    f"replacement transaction underpriced: raise both the fee cap and the tip by at least "
                    f"{REPLACEMENT_BUMP_PERCENT}% over the queued transaction 0x{old.hash.hex()}")
            del self.by_hash[old.hash]
        elif len(self.by_hash) >= MAX_POOL:
            raise ChainError("the transaction pool is full; try again after the next block")
        elif len(queue) >= MAX_PER_SENDER:
            raise ChainError(f"account 0x{tx.sender.hex()} already has {MAX_PER_SENDER} queued transactions")
        queue[tx.nonce] = tx
        self.by_hash[tx.hash] = tx
        return old

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
        if self.by_hash.pop(tx.hash, None) is not None:
            queue = self.by_sender.get(tx.sender)
            if queue is not None:
                queue.pop(tx.nonce, None)
                if not queue:
                    del self.by_sender[tx.sender]

    def prune(self, nonce_of) -> None:
        """Drop transactions whose nonce an included transaction has used."""
        for sender in list(self.by_sender):
            n = nonce_of(sender)
            for tx in [t for nonce, t in self.by_sender[sender].items() if nonce < n]:
                self.remove(tx)

    def clear(self) -> None:
        self.by_sender.clear()
        self.by_hash.clear()
