"""Fork choice: more total difficulty wins, and a tie goes to the lower tip hash whatever
the order the blocks arrive in, so two nodes holding the same blocks agree on the head."""

from __future__ import annotations

import itertools

import pytest

from chain.blocks import Body
from chain.node import Node


def _rival_tips(blocks: int) -> tuple[Node, Node]:
    """Two miners from one genesis, each with its own branch of `blocks` blocks (different
    coinbases, the same timestamps, so the same difficulties: equal total difficulty)."""
    a = Node(None, coinbase=b"\xaa" * 20)
    b = Node(None, genesis=a.genesis, coinbase=b"\xbb" * 20)
    start = a.head.header.timestamp
    for i in range(blocks):
        a.mine(1, timestamp=start + 1 + i)
        b.mine(1, timestamp=start + 1 + i)
    assert a.head.total_difficulty == b.head.total_difficulty and a.head.hash != b.head.hash
    return a, b


def _branch(node: Node) -> list[tuple]:
    out = []
    for number in range(1, node.head.number + 1):
        block = node.block_by_number(number)
        out.append((block.header, Body(block.transactions, block.dev_ops)))
    return out


@pytest.mark.parametrize("blocks", [1, 3])
def test_equal_work_goes_to_the_lower_tip_hash_in_either_order(blocks: int):
    a, b = _rival_tips(blocks)
    winner = min(a.head.hash, b.head.hash)
    branch_a, branch_b = _branch(a), _branch(b)
    for first, second in itertools.permutations([branch_a, branch_b]):
        node = Node(None, genesis=a.genesis)
        for header, body in first + second:
            node.import_block(header, body)
        assert node.head.hash == winner
    # and the two miners, each given the other's branch, converge on it
    for header, body in branch_b:
        a.import_block(header, body)
    for header, body in branch_a:
        b.import_block(header, body)
    assert a.head.hash == b.head.hash == winner


def test_more_work_wins_over_a_lower_hash():
    a, b = _rival_tips(1)
    longer = b if b.head.hash > a.head.hash else a  # the branch that loses the tie
    longer.mine(1)
    other = a if longer is b else b
    for header, body in _branch(longer):
        other.import_block(header, body)
    assert other.head.hash == longer.head.hash
