"""A peer relays a real header with a forged body (issue 12, item 2): the node bans that
peer, not the block, and still takes the honest block from honest peers, which stay."""

from __future__ import annotations

import os

import pytest

from chain.blocks import Body
from chain.p2p.messages import Kind, Msg
from tests.p2p.harness import Net, transfer
from tests.p2p.test_misbehaviour import handshake


@pytest.fixture
def net(tmp_path):
    n = Net(tmp_path)
    yield n
    n.close()


def _mine_three_transfers(net: Net, member) -> object:
    def go():
        for nonce in range(3):
            member.node.send_raw_transaction(transfer(member.node, 3, b"\x42" * 20, 10**15, nonce))
        member.node.mine(1)
        return member.node.head
    block = net.run(go)
    assert len(block.transactions) == 3
    return block


def _forge(net: Net, victim, block) -> tuple[object, bytes]:
    """A raw peer announces the block, is asked for it, and sends it with the last
    transaction duplicated (the same root under Bitcoin's Merkle tree)."""
    mal_id = os.urandom(16)
    raw = handshake(net, victim, mal_id)
    raw.send(Msg.INV, [int(Kind.BLOCK), [block.hash]])
    assert raw.receive_until(Msg.GET_DATA)[1] == [block.hash]
    return raw, mal_id


def _send_forged(raw, block) -> None:
    forged = Body(block.transactions + block.transactions[-1:], [])
    raw.send(Msg.BLOCK, [block.header.encode(), forged.encode()])


def _only_banned(net: Net, member, node_id: bytes, honest: list) -> None:
    """`node_id` is banned for its body; every honest member is not (nor bans `member`)."""
    why = net.run(lambda: member.p2p.is_banned(node_id))
    assert why is not None and "transactions root" in why, why
    for other in honest:
        assert net.run(lambda o=other: (member.p2p.is_banned(o.p2p.node_id), o.p2p.is_banned(member.p2p.node_id))) \
            == (None, None)


def test_forged_body_then_honest_sync(net):
    a = net.start("a", 1)
    b = net.start("b", 2)  # not yet connected to a
    block = _mine_three_transfers(net, b)
    raw, mal_id = _forge(net, a, block)
    _send_forged(raw, block)
    assert raw.closed()
    net.wait(lambda: a.p2p.is_banned(mal_id) is not None, what="the forger's ban")
    assert net.run(lambda: block.hash not in a.node.bad_blocks)
    assert net.run(lambda: a.node.head.number) == 0
    # the honest miner connects: a syncs the block from it and bans nobody else
    net.run(lambda: a.p2p.connect(b.address))
    net.wait(lambda: a.node.head.hash == block.hash, what="a to take the honest block")
    _only_banned(net, a, mal_id, [b])
    net.mine(b, 1)
    net.wait(lambda: a.node.head.number == 2, what="the network to keep working")
    assert net.run(a.node.verify_chain) == 2


def test_forged_body_while_an_honest_peer_relays_the_block(net):
    """a is asked for the block by the forger first; the honest relay c announces it while
    that request is outstanding. After the forged body a asks c, and c stays connected."""
    a = net.start("a", 1)
    c = net.start("c", 3, [a])
    net.wait(lambda: a.p2p.peer_count() == 1 and c.p2p.peer_count() == 1, what="a and c")
    b = net.start("b", 2)
    block = _mine_three_transfers(net, b)
    raw, mal_id = _forge(net, a, block)
    net.run(lambda: c.p2p.connect(b.address))
    net.wait(lambda: c.node.head.hash == block.hash, what="c to sync from b")
    c_id = c.p2p.node_id
    net.wait(lambda: c_id in a.p2p.peers and block.hash in a.p2p.peers[c_id].known_blocks,
             what="c's announcement to reach a")
    assert net.run(lambda: a.node.head.number) == 0  # a waits for the forger's answer
    _send_forged(raw, block)
    assert raw.closed()
    net.wait(lambda: a.node.head.hash == block.hash, what="a to take the block from c")
    assert net.run(lambda: c_id in a.p2p.peers)
    _only_banned(net, a, mal_id, [b, c])
    assert net.run(lambda: block.hash not in a.node.bad_blocks)
