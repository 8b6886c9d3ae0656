"""A peer that keeps sending valid blocks that never join the canonical chain (cheap at a
low difficulty) is banned past a bound (issue 12, item 8); honest side blocks are kept."""

from __future__ import annotations

import os

import pytest

from chain.blocks import Body
from chain.node import Node
from chain.p2p.messages import Kind, Msg
from tests.p2p.harness import GENESIS, Net
from tests.p2p.test_misbehaviour import handshake


@pytest.fixture
def net(tmp_path):
    n = Net(tmp_path)
    yield n
    n.close()


def test_a_side_block_flood_gets_the_peer_banned(net):
    a = net.start("a", 1)
    net.mine(a, 10)
    other = Node(None, GENESIS, automine=False, coinbase=b"\x77" * 20)
    other.mine(6)  # a lighter branch: every block of it stays a side block on a
    net.run(lambda: setattr(a.p2p, "max_side_blocks_per_peer", 3))
    mal_id = os.urandom(16)
    raw = handshake(net, a, mal_id)
    for number in range(1, 5):
        block = other.block_by_number(number)
        raw.send(Msg.INV, [int(Kind.BLOCK), [block.hash]])
        assert raw.receive_until(Msg.GET_DATA)[1] == [block.hash]
        raw.send(Msg.BLOCK, [block.header.encode(), Body(block.transactions, []).encode()])
    assert raw.closed()
    net.wait(lambda: a.p2p.is_banned(mal_id) is not None, what="the ban")
    assert "side branches" in net.run(lambda: a.p2p.is_banned(mal_id))
    # the block past the bound is stored before the count is known; the ban stops the rest
    assert net.run(lambda: (a.node.store.side_block_count(), a.node.head.number)) == (4, 10)
