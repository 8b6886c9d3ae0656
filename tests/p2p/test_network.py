"""Several nodes on loopback form one chain: relay, sync, fork choice, partitions, bans."""

from __future__ import annotations

import pytest

from chain.genesis import dev_addresses
from tests.p2p.harness import Net, transfer


@pytest.fixture
def net(tmp_path):
    n = Net(tmp_path)
    yield n
    n.close()


def connected(net: Net, count: int):
    return lambda: all(m.p2p.peer_count() >= count for m in net.members)


def test_blocks_mined_on_one_node_reach_all(net):
    a = net.start("a", 1)
    b = net.start("b", 2, [a])
    c = net.start("c", 3, [b])
    net.wait(connected(net, 2), what="every node to find both others (address exchange)")
    net.mine(a, 3)
    net.wait(lambda: net.converged() and c.node.head.number == 3, what="all nodes at block 3")
    net.mine(c, 1)
    net.wait(lambda: net.converged() and a.node.head.number == 4, what="all nodes at block 4")
    assert net.run(lambda: {m.node.head.header.state_root for m in net.members}) == {a.node.head.header.state_root}


def test_transaction_sent_to_one_node_is_mined_by_another(net):
    a = net.start("a", 1)
    b = net.start("b", 2, [a])
    c = net.start("c", 3, [a])
    net.wait(connected(net, 2), what="full mesh")
    to = b"\x42" * 20
    tx_hash = net.run(lambda: a.node.send_raw_transaction(transfer(a.node, 5, to, 12345)))
    net.wait(lambda: tx_hash in c.node.mempool, what="the transaction to reach c")
    net.mine(c, 1)
    net.wait(lambda: all(m.node.get_balance(to) == 12345 for m in net.members), what="the transfer everywhere")
    assert net.run(lambda: a.node.get_receipt(tx_hash)[1].header.miner) == dev_addresses()[3]
    assert net.run(lambda: len(a.node.mempool) + len(b.node.mempool)) == 0


def test_partition_heals_to_the_branch_with_most_work(net):
    a = net.start("a", 1)
    b = net.start("b", 2, [a])
    c = net.start("c", 3, [a])
    d = net.start("d", 4, [c])
    net.wait(connected(net, 3), what="full mesh of four")
    net.mine(a, 1)
    net.wait(lambda: net.converged() and d.node.head.number == 1, what="the common block everywhere")

    left, right = [a, b], [c, d]
    for x in left:
        for y in right:
            net.run(lambda x=x, y=y: (x.p2p.ban_node(y.p2p.node_id, "partition"),
                                      y.p2p.ban_node(x.p2p.node_id, "partition")))
    net.wait(lambda: all(m.p2p.peer_count() == 1 for m in net.members), what="the partition")

    x_addr, y_addr = b"\x11" * 20, b"\x22" * 20
    # the right side mines a transfer the left side never sees, on a shorter branch
    lost = net.run(lambda: c.node.send_raw_transaction(transfer(c.node, 6, x_addr, 777)))
    net.wait(lambda: lost in d.node.mempool, what="the transaction to reach d")
    net.mine(d, 1)
    net.wait(lambda: c.node.head.number == 2, what="c to follow d")
    net.mine(c, 1)
    # the left side mines more blocks, one with another transfer
    kept = net.run(lambda: a.node.send_raw_transaction(transfer(a.node, 7, y_addr, 999)))
    net.wait(lambda: kept in b.node.mempool, what="the transaction to reach b")
    net.mine(b, 1)
    net.wait(lambda: a.node.head.number == 2, what="a to follow b")
    net.mine(a, 4)
    net.wait(lambda: net.converged(left) and net.converged(right), what="each side to agree")
    left_tip = net.run(lambda: a.node.head)
    right_tip = net.run(lambda: c.node.head)
    assert left_tip.total_difficulty > right_tip.total_difficulty and left_tip.hash != right_tip.hash
    assert net.run(lambda: c.node.get_balance(x_addr)) == 777

    for m in net.members:
        net.run(m.p2p.unban_all)
    net.wait(lambda: net.converged() and c.node.head.hash == left_tip.hash, timeout=20,
             what="the network to converge on the left branch")
    # the right side's abandoned transfer is back in its mempools; mining it anywhere settles it
    assert net.run(lambda: c.node.get_balance(x_addr)) == 0
    net.wait(lambda: lost in c.node.mempool and lost in d.node.mempool, what="the lost transfer requeued")
    net.mine(d, 1)
    net.wait(lambda: net.converged() and a.node.head.number == left_tip.number + 1, what="the final block")

    def snapshot(m):
        node = m.node
        return (node.head.hash, node.head.header.state_root,
                [node.get_balance(addr) for addr in (x_addr, y_addr, *dev_addresses())],
                [node.get_nonce(addr) for addr in dev_addresses()])
    states = net.run(lambda: [snapshot(m) for m in net.members])
    assert all(s == states[0] for s in states)
    assert states[0][2][:2] == [777, 999]
    for m in net.members:  # every store re-validates from genesis, state tables included
        assert net.run(m.node.verify_chain) == left_tip.number + 1


def test_late_node_syncs_from_zero(net):
    a = net.start("a", 1)
    b = net.start("b", 2, [a])
    net.wait(connected(net, 1), what="a and b")
    for i in range(6):
        net.run(lambda i=i: a.node.send_raw_transaction(transfer(a.node, 5, bytes([i + 1]) * 20, 1000 + i)))
        net.mine(a if i % 2 else b, 1)
    net.mine(a, 600)  # more than one batch of headers (512) and of blocks (128)
    net.wait(lambda: b.node.head.hash == a.node.head.hash, timeout=30, what="b to follow a")
    late = net.start("late", 3, [b])
    net.wait(lambda: late.node.head.hash == a.node.head.hash, timeout=30, what="the late node to sync")
    assert net.run(lambda: [late.node.get_balance(bytes([i + 1]) * 20) for i in range(6)]) == \
        [1000 + i for i in range(6)]
    assert any("sync: done" in line for line in net.logs if line.startswith("late:"))
    assert net.run(late.node.verify_chain) == net.run(lambda: a.node.head.number)


def test_restarted_node_reconnects_without_bootnodes(net):
    a = net.start("a", 1)
    b = net.start("b", 2, [a])
    net.wait(connected(net, 1), what="a and b")
    net.stop(b)
    net.mine(a, 2)
    b = net.start("b", 2)  # no bootnodes: the persisted peer list
    net.wait(lambda: b.node.head.hash == a.node.head.hash, what="b to reconnect and catch up")
