"""Side blocks are bounded (issue 12, item 8: 6,000 cheap side blocks were kept for
ever): pruned below a depth under the head with everything built on them, at most a
fixed number stored (the weakest branch tip gives way), and a branch that overtakes
the head is never refused."""

from __future__ import annotations

from chain.blocks import Body
from chain.node import PRUNE_EVERY, Node


def _miner(genesis, tag: int) -> Node:
    return Node(None, genesis=genesis, coinbase=bytes([tag]) * 20)


def _branch(node: Node, start: int = 1) -> list[tuple]:
    out = []
    for number in range(start, node.head.number + 1):
        block = node.block_by_number(number)
        out.append((block.header, Body(block.transactions, block.dev_ops)))
    return out


def _mine(node: Node, count: int, offset: int = 0, step: int = 1) -> None:
    """Blocks `step` seconds apart (1 s: the target, difficulty unchanged; 0 s: harder
    each block), so that which branch has more work is fixed, never a tie."""
    base = node.genesis.timestamp
    for _ in range(count):
        node.mine(1, timestamp=base + step * (node.head.number + 1) + offset)


def test_side_blocks_below_the_depth_are_pruned_with_their_descendants():
    a = Node(None, coinbase=b"\xaa" * 20)
    b = _miner(a.genesis, 0xBB)
    _mine(b, 30)
    _mine(a, 40)
    for header, body in _branch(b):
        assert a.import_block(header, body) == "side"
    assert a.store.side_block_count() == 30
    a.side_block_depth = PRUNE_EVERY - 20  # the cut falls inside b's branch: 1..19 below it
    _mine(a, PRUNE_EVERY - a.head.number)
    assert a.head.number == PRUNE_EVERY
    assert a.store.side_block_count() == 0  # 20..30 went with their pruned ancestors
    assert a.verify_chain() == PRUNE_EVERY
    # a block too deep to be followed is not stored at all
    header, body = _branch(b)[5]
    assert a.import_block(header, body) == "orphan"  # its parent was pruned
    header, body = _branch(b)[0]
    assert a.import_block(header, body) == "refused" and not a.has_block(header.hash)


def test_at_the_bound_the_weakest_tip_gives_way_or_the_block_is_not_kept():
    a = Node(None, coinbase=b"\xaa" * 20)
    b = _miner(a.genesis, 0xBB)
    d = _miner(a.genesis, 0xDD)
    _mine(b, 14)
    _mine(d, 1, offset=7)  # another branch: one block, little work
    _mine(a, 20)
    a.max_side_blocks = 11
    [(d_header, d_body)] = _branch(d)
    assert a.import_block(d_header, d_body) == "side"
    branch = _branch(b)
    for header, body in branch[:10]:
        assert a.import_block(header, body) == "side"
    assert a.store.side_block_count() == 11
    # b11 has more work than d's tip, which gives way; b's own tip (its parent) is kept
    assert a.import_block(*branch[10]) == "side"
    assert not a.has_block(d_header.hash) and a.store.side_block_count() == 11
    # now the only tip is b11's parent chain's end: nothing weaker to drop, b12 is not kept
    assert a.import_block(*branch[11]) == "refused"
    assert a.store.side_block_count() == 11


def test_a_branch_that_overtakes_the_head_is_never_refused():
    a = Node(None, coinbase=b"\xaa" * 20)
    b = _miner(a.genesis, 0xBB)
    _mine(a, 3)
    _mine(b, 6, step=0)  # difficulty 17, 18, 19, ...: b3 outweighs a's three blocks of 16
    a.max_side_blocks = 2
    results = [a.import_block(h, body) for h, body in _branch(b)]
    assert results[:2] == ["side"] * 2
    assert results[2] == "head"  # though the side blocks are at their bound
    assert a.head.hash == b.head.hash
