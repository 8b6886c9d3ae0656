"""The pool's bounds: a flood of nonce-gap or underpriced transactions never locks out a
transaction that pays more (issue 12, item 4)."""

from __future__ import annotations

import pytest

from chain.api import ChainError
from chain.mempool import MAX_QUEUED_PER_SENDER, Mempool
from chain.node import Node
from chain.types import Transaction
from tests.chain.test_node import GWEI, signed
from vm.hashing import keccak


def tx(sender: int, nonce: int, fee: int = 100, tip: int = 2) -> Transaction:
    """A pool entry (the pool reads sender, nonce, fees and hash; signatures are checked before)."""
    who = sender.to_bytes(20, "big")
    raw = b"%d/%d/%d/%d" % (sender, nonce, fee, tip)
    return Transaction(type=2, chain_id=31337, nonce=nonce, gas_price=None, max_priority_fee=tip,
                       max_fee=fee, gas=21000, to=b"\x01" * 20, value=0, data=b"", access_list=(),
                       v=0, r=1, s=1, sender=who, hash=keccak(raw), raw=raw)


def test_queued_transactions_are_bounded_in_total_and_a_better_one_evicts_the_cheapest():
    pool = Mempool(max_pool=64, max_queued=8, max_queued_per_sender=4)
    for s in range(4):  # 4 senders x 2 gapped transactions fill the queued bound
        for n in (5, 6):
            pool.add(tx(s, n, fee=10), account_nonce=0)
    assert len(pool.queued) == 8
    with pytest.raises(ChainError, match="queued transactions are full"):
        pool.add(tx(9, 5, fee=10), account_nonce=0)  # no better than the cheapest: refused
    better = tx(9, 5, fee=1000)
    pool.add(better, account_nonce=0)
    assert better.hash in pool and len(pool.queued) == 8
    # an executable transaction never counts against the queued bound
    pool.add(tx(10, 0, fee=10), account_nonce=0)
    assert len(pool) == 9 and len(pool.queued) == 8


def test_a_full_pool_takes_a_transaction_paying_more_and_drops_the_cheapest():
    pool = Mempool(max_pool=16)
    for s in range(16):
        pool.add(tx(s, 0, fee=10 + s), account_nonce=0)
    with pytest.raises(ChainError, match="transaction pool is full: the cheapest pays a fee cap of 10"):
        pool.add(tx(99, 0, fee=10), account_nonce=0)
    rich = tx(99, 0, fee=1000)
    pool.add(rich, account_nonce=0)
    assert len(pool) == 16 and rich.hash in pool
    assert tx(0, 0, fee=10).hash not in pool  # the cheapest went
    assert tx(1, 0, fee=11).hash in pool


def test_evicting_a_pending_transaction_queues_the_senders_later_ones():
    pool = Mempool(max_pool=3)
    a0, a1 = tx(1, 0, fee=5), tx(1, 1, fee=50)
    pool.add(a0, 0)
    pool.add(a1, 0)
    pool.add(tx(2, 0, fee=60), 0)
    assert not pool.queued
    pool.add(tx(3, 0, fee=70), 0)  # evicts a0, the cheapest: a1 now waits behind a gap
    assert a0.hash not in pool and pool.queued == {a1.hash}


def test_queued_transactions_expire_and_pending_ones_stay():
    now = [0.0]
    pool = Mempool(queued_lifetime=100.0, clock=lambda: now[0])
    waiting, ready = tx(1, 3), tx(2, 0)
    pool.add(waiting, 0)
    pool.add(ready, 0)
    now[0] = 101.0
    pool.prune(lambda sender: 0)
    assert waiting.hash not in pool and ready.hash in pool


def test_the_gap_filling_makes_queued_transactions_pending():
    pool = Mempool()
    later = tx(1, 1)
    pool.add(later, 0)
    assert pool.queued == {later.hash}
    pool.add(tx(1, 0), 0)
    assert not pool.queued
    assert [t.nonce for t in pool.select(lambda s: 0, base_fee=1)] == [0, 1]


def test_node_refuses_a_nonce_gap_flood_per_sender_but_takes_the_next_honest_transaction():
    node = Node(None)
    node.automine = False
    for n in range(1, MAX_QUEUED_PER_SENDER + 1):
        node.send_raw_transaction(signed(0, n, fee=GWEI + 1, tip=1))
    with pytest.raises(ChainError, match="waiting for a nonce gap to fill; send nonce 0 first"):
        node.send_raw_transaction(signed(0, MAX_QUEUED_PER_SENDER + 1, fee=100 * GWEI, tip=GWEI))
    honest = node.send_raw_transaction(signed(1, 0, fee=100 * GWEI, tip=GWEI))
    block = node.mine()[0]
    assert [t.hash for t in block.transactions] == [honest]
    assert len(node.mempool) == MAX_QUEUED_PER_SENDER  # the flood waits, bounded
