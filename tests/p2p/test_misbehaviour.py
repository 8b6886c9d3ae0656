"""A peer that breaks the rules is refused or banned, and the node keeps working."""

from __future__ import annotations

import asyncio
import os
from dataclasses import replace

import pytest

from chain.blocks import Body
from chain.p2p.messages import PROTOCOL_VERSION, Hello, Kind, Msg, encode_hello, frame, parse
from chain.pow import check_pow
from tests.p2p.harness import Net


@pytest.fixture
def net(tmp_path):
    n = Net(tmp_path)
    yield n
    n.close()


class Raw:
    """A hand-driven peer speaking the wire format directly."""

    def __init__(self, net: Net, port: int):
        self.net = net
        self.reader, self.writer = self._call(asyncio.open_connection("127.0.0.1", port))

    def _call(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.net.loop).result(10)

    def send_bytes(self, data: bytes) -> None:
        async def go():
            self.writer.write(data)
            await self.writer.drain()
        self._call(go())

    def send(self, code: Msg, payload) -> None:
        self.send_bytes(frame(code, payload))

    def receive(self, timeout: float = 5.0):
        async def go():
            size = int.from_bytes(await asyncio.wait_for(self.reader.readexactly(4), timeout), "big")
            return parse(await asyncio.wait_for(self.reader.readexactly(size), timeout))
        return self._call(go())

    def receive_until(self, code: Msg, timeout: float = 5.0):
        while True:
            got, payload = self.receive(timeout)
            if got == code:
                return payload

    def closed(self) -> bool:
        async def go():
            try:
                while await asyncio.wait_for(self.reader.read(65536), 5):
                    pass
                return True
            except (ConnectionError, TimeoutError):
                return isinstance(self.reader.exception(), ConnectionError)
        return self._call(go())


def hello_for(member, node_id: bytes, **changes) -> list:
    node = member.node
    h = Hello(PROTOCOL_VERSION, node.chain_id, node.genesis_hash, 0, node.genesis_hash, 32, node_id, 0, "raw")
    return encode_hello(replace(h, **changes))


def handshake(net, member, node_id=None, **changes) -> Raw:
    raw = Raw(net, member.p2p.port)
    raw.send(Msg.HELLO, hello_for(member, node_id or os.urandom(16), **changes))
    assert raw.receive()[0] == Msg.HELLO
    return raw


def test_other_chains_are_refused(net):
    a = net.start("a", 1)
    raw = handshake(net, a, genesis_hash=b"\x01" * 32)
    code, payload = raw.receive()
    assert code == Msg.DISCONNECT and b"another chain" in payload[0]
    raw = handshake(net, a, chain_id=1)
    assert b"chain id 1" in raw.receive_until(Msg.DISCONNECT)[0]
    assert net.run(a.p2p.peer_count) == 0


def test_peer_sending_a_block_with_bad_proof_of_work_is_banned(net):
    a = net.start("a", 1)
    b = net.start("b", 2, [a])
    net.wait(lambda: a.p2p.peer_count() == 1, what="a and b")
    net.mine(b, 1)
    net.wait(lambda: a.node.head.number == 1, what="a to get b's block")
    good = net.run(lambda: b.node.head)
    # a copy of the block with another miner: the seal no longer matches
    bad = replace(good.header, miner=b"\x99" * 20, number=good.number)
    mal_id = os.urandom(16)
    raw = handshake(net, a, mal_id)
    genesis = net.run(lambda: a.node.block_by_number(0))
    bad = replace(bad, parent_hash=genesis.hash)
    while check_pow(bad.seal_hash(), bad.nonce, bad.difficulty):  # 1 in `difficulty` seals still pass
        bad = replace(bad, nonce=bad.nonce + 1)
    raw.send(Msg.INV, [int(Kind.BLOCK), [bad.hash]])
    payload = raw.receive_until(Msg.GET_DATA)
    assert payload[1] == [bad.hash]
    raw.send(Msg.BLOCK, [bad.encode(), Body(good.transactions, []).encode()])
    assert raw.closed()
    net.wait(lambda: a.p2p.is_banned(mal_id) is not None, what="the ban")
    assert "proof of work" in net.run(lambda: a.p2p.is_banned(mal_id))
    # banned: a new connection with the same id is refused; the honest peer stays
    raw = Raw(net, a.p2p.port)
    raw.send(Msg.HELLO, hello_for(a, mal_id))
    assert b"banned" in raw.receive_until(Msg.DISCONNECT)[0]
    assert net.run(lambda: (a.p2p.peer_count(), a.node.head.hash)) == (1, good.hash)
    net.mine(a, 1)
    net.wait(lambda: b.node.head.number == 2, what="the network to keep working")


@pytest.mark.parametrize("attack", ["garbage", "oversized", "unsolicited", "flood", "bad-version"])
def test_malformed_messages_and_floods_get_a_ban(net, attack):
    a = net.start("a", 1)
    mal_id = os.urandom(16)
    raw = handshake(net, a, mal_id)
    if attack == "garbage":
        raw.send_bytes(len(b"\x01\x06\xff\xff").to_bytes(4, "big") + b"\x01\x06\xff\xff")
    elif attack == "oversized":
        raw.send_bytes((64 * 1024 * 1024).to_bytes(4, "big"))
    elif attack == "unsolicited":
        block = net.run(lambda: a.node.mine(1)[0])
        raw.send(Msg.BLOCK, [block.header.encode(), Body([], []).encode()])
    elif attack == "flood":
        raw.send_bytes(frame(Msg.PING, [1]) * 5000)
    else:
        raw.send_bytes((3).to_bytes(4, "big") + bytes([PROTOCOL_VERSION + 1, 2, 0xC0]))
    assert raw.closed()
    net.wait(lambda: a.p2p.is_banned(mal_id) is not None, what="the ban")
    net.mine(a, 1)  # the node still works
    assert net.run(a.node.verify_chain) >= 1
