"""Discovery as Bitcoin Core does it, with real nodes and sockets on loopback: GET_ADDR /
ADDR limits and rate limits, relay caps, feelers, anchors, persisted bans, --connect,
DNS seeds against a real DNS server, seed lists, a corrupt peer database."""

from __future__ import annotations

import asyncio
import json
import os
import socket

import pytest

from chain.p2p.addrman import group
from chain.p2p.messages import (
    MAX_ADDRESSES,
    PROTOCOL_VERSION,
    Hello,
    Msg,
    decode_addresses,
    decode_hello,
    encode_hello,
    frame,
    parse,
)
from tests.p2p.dns import SeedServer
from tests.p2p.harness import Net
from tests.p2p.test_misbehaviour import handshake


@pytest.fixture
def net(tmp_path):
    n = Net(tmp_path)
    yield n
    n.close()


def addrs(n: int, offset: int = 0) -> list[list]:
    """n distinct IPv4 addresses from many /16 groups, as ADDR entries."""
    return [[f"{11 + i % 200}.{(i // 200) % 256}.7.{1 + i % 250}".encode(), 30303]
            for i in range(offset, offset + n)]


def book_size(net: Net, member) -> int:
    return net.run(lambda: len(member.p2p.addrman))


def dialed(member) -> set:
    """The addresses of `member`'s outbound peers (on the loop thread)."""
    return {p.dialed for p in member.p2p.peers.values() if not p.inbound}


def outbound(net: Net, member) -> set:
    return net.run(lambda: dialed(member))


# ------------------------------------------------------------------ GET_ADDR / ADDR


def test_an_unasked_address_flood_is_rate_limited(net):
    a = net.start("a", 1, outbound=0)  # outbound=0: the test's made-up addresses are never dialed
    raw = handshake(net, a)
    before = book_size(net, a)
    for i in range(4):  # 1,024 addresses nobody asked for
        raw.send(Msg.ADDR, addrs(MAX_ADDRESSES, offset=i * MAX_ADDRESSES))
    raw.send(Msg.PING, [7])
    assert raw.receive_until(Msg.PONG) == [b"\x07"]  # handled, the peer still connected
    # one token to start with, 0.1 a second since: a handful at most
    assert book_size(net, a) - before <= 3
    assert any("rate-limiting addresses from" in line and "dropped" in line for line in net.logs)
    assert net.run(lambda: a.p2p.peer_count()) == 1


class RawServer:
    """A listening peer that a node dials: it answers the node's GET_ADDR with `answer`."""

    def __init__(self, net: Net, member, answer: list, then: list | None = None):
        self.net, self.member, self.answer, self.then = net, member, answer, then
        self.node_id = os.urandom(16)
        self.got: list[tuple[Msg, object]] = []
        self.server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0), net.loop).result(5)
        self.port = self.server.sockets[0].getsockname()[1]

    async def _serve(self, reader, writer):
        async def receive():
            size = int.from_bytes(await reader.readexactly(4), "big")
            return parse(await reader.readexactly(size))

        node = self.member.node
        try:
            code, payload = await receive()
            decode_hello(payload)
            hello = Hello(PROTOCOL_VERSION, node.chain_id, node.genesis_hash, 0, node.genesis_hash, 32,
                          self.node_id, self.port, "raw-server")
            writer.write(frame(Msg.HELLO, encode_hello(hello)))
            while True:
                code, payload = await receive()
                self.got.append((code, payload))
                if code == Msg.GET_ADDR:
                    writer.write(frame(Msg.ADDR, self.answer))
                    if self.then is not None:
                        writer.write(frame(Msg.ADDR, self.then))
                    await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass

    def close(self):
        self.server.close()


def test_an_answer_to_get_addr_is_taken_up_to_the_cap_and_no_more(net):
    a = net.start("a", 1, outbound=0)
    raw = RawServer(net, a, addrs(MAX_ADDRESSES), then=addrs(MAX_ADDRESSES, offset=5000))
    try:
        net.run(lambda: a.p2p.connect(("127.0.0.1", raw.port)))
        net.wait(lambda: any(c == Msg.GET_ADDR for c, _ in raw.got), what="a's GET_ADDR")
        net.wait(lambda: len(a.p2p.addrman) >= 200, what="the answer in a's book")
        hosts = net.run(lambda: {e.host for e in a.p2p.addrman.entries()})
        answered = {h.decode() for h, _ in addrs(MAX_ADDRESSES)}
        # the asked-for 256 are taken (a few may collide in their bucket slots); of the
        # second, unasked batch of 256, only what the token bucket holds
        assert len(hosts & answered) >= 200
        second = {h.decode() for h, _ in addrs(MAX_ADDRESSES, offset=5000)}
        assert len(hosts & second) <= 2
        assert book_size(net, a) <= MAX_ADDRESSES + 3
    finally:
        raw.close()


def test_get_addr_is_answered_once_with_a_bounded_sample(net):
    a = net.start("a", 1, outbound=0)
    net.run(lambda: [a.p2p.addrman.add([(f"{20 + s}.{i}.1.1", 30303) for i in range(120)], f"4:{s}.0")
                     for s in range(20)])
    size = book_size(net, a)
    assert size > 1500
    raw = handshake(net, a)
    raw.send(Msg.GET_ADDR, [])
    answer = raw.receive_until(Msg.ADDR)
    assert len(answer) == min(MAX_ADDRESSES, size * 23 // 100)
    assert len({bytes(h) for h, _ in answer}) == len(answer)
    raw.send(Msg.GET_ADDR, [])  # a second one is ignored
    raw.send(Msg.PING, [9])
    while True:
        code, payload = raw.receive()
        assert code != Msg.ADDR, "GET_ADDR answered twice on one connection"
        if code == Msg.PONG:
            break
    # a book this big answers from its cache: reconnecting shows no more of it
    again = handshake(net, a)
    again.send(Msg.GET_ADDR, [])
    assert again.receive_until(Msg.ADDR) == answer


def test_a_small_book_answers_get_addr_fresh(net):
    a = net.start("a", 1, outbound=0)
    first = closed_ports(3)
    net.run(lambda: a.p2p.addrman.add([("127.0.0.1", p) for p in first[:2]], "4:1.1"))
    raw = handshake(net, a)
    raw.send(Msg.GET_ADDR, [])
    assert len(raw.receive_until(Msg.ADDR)) == 2
    net.run(lambda: a.p2p.addrman.add([("127.0.0.1", first[2])], "4:1.1"))
    raw = handshake(net, a)
    raw.send(Msg.GET_ADDR, [])
    assert sorted(decode_addresses(raw.receive_until(Msg.ADDR))) == sorted(("127.0.0.1", p) for p in first)


@pytest.mark.parametrize("bad", [
    "too-many", "hostname", "not-a-list", "short-entry", "huge-port"])
def test_a_malformed_addr_bans_its_sender_with_a_clear_log_line(net, bad):
    a = net.start("a", 1)
    mal = os.urandom(16)
    raw = handshake(net, a, mal)
    payload = {"too-many": addrs(MAX_ADDRESSES + 1), "hostname": [[b"evil.example", 30303]],
               "not-a-list": b"\x01\x02", "short-entry": [[b"1.2.3.4"]],
               "huge-port": [[b"1.2.3.4", 70000]]}[bad]
    raw.send(Msg.ADDR, payload)
    assert raw.closed()
    net.wait(lambda: a.p2p.is_banned(mal) is not None, what="the ban")
    line = next(x for x in net.logs if "banned peer" in x)
    assert "protocol violation: ADDR" in line, line
    assert book_size(net, a) == 0
    net.mine(a, 1)  # still a working node
    assert net.run(a.node.verify_chain) == 1


def closed_ports(n: int) -> list[int]:
    """Loopback ports nothing listens on (dials fail at once, nothing leaves the machine)."""
    socks = []
    try:
        for _ in range(n):  # all bound at once, so the ports are distinct
            s = socket.socket()
            socks.append(s)
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def test_small_unasked_addr_is_relayed_to_two_peers_and_big_ones_are_not(net):
    a = net.start("a", 1, addr_rate=1000.0, outbound=0)
    sender = handshake(net, a)
    listeners = [handshake(net, a) for _ in range(3)]
    net.wait(lambda: a.p2p.peer_count() == 4, what="a with four raw peers")
    port = closed_ports(1)[0]
    sender.send(Msg.ADDR, [[b"127.0.0.1", port]])

    def relayed(raw) -> list:
        try:
            return raw.receive_until(Msg.ADDR, timeout=1.5)
        except TimeoutError:
            return []
    got = [relayed(r) for r in listeners]
    assert sorted(len(g) for g in got) == [0, 1, 1]  # to RELAY_FANOUT = 2 peers
    assert all(decode_addresses(g) == [("127.0.0.1", port)] for g in got if g)
    big = [[b"127.0.0.1", p] for p in closed_ports(11)]  # more than RELAY_MAX: never relayed
    sender.send(Msg.ADDR, big)
    assert [relayed(r) for r in listeners] == [[], [], []]
    assert net.run(lambda: len(a.p2p.addrman)) == 12


# ------------------------------------------------------------------ feelers and anchors


def test_feelers_move_reachable_new_addresses_to_tried(net):
    b = net.start("b", 2)
    c = net.start("c", 3)
    d = net.start("d", 4)
    a = net.start("a", 1, [b], outbound=1, feeler_interval=0.2)
    net.wait(lambda: a.p2p.peer_count() == 1, what="a's one outbound peer")
    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    dead_addr = dead.getsockname()
    dead.close()
    net.run(lambda: a.p2p.addrman.add([c.address, d.address, dead_addr], "4:9.9"))

    def tried(m):
        e = a.p2p.addrman.get(m)
        return e is not None and e.tried
    net.wait(lambda: tried(c.address) and tried(d.address), what="c and d tested by feelers")
    assert outbound(net, a) == {b.address}  # feelers take no outbound slot
    net.wait(lambda: a.p2p.addrman.get(dead_addr).attempts >= 1, what="the dead address tried")
    assert not net.run(lambda: a.p2p.addrman.get(dead_addr).tried)
    assert any("feeler to" in x and "tried table" in x for x in net.logs)
    assert any(kind == "feeler" for kind, _ in net.run(lambda: list(a.p2p.dial_history)))


def test_anchor_peers_are_dialed_first_after_a_restart(net):
    a = net.start("a", 1, outbound=0)  # a and c never dial b back: b's own dials are the test
    c = net.start("c", 3, outbound=0)
    b = net.start("b", 2, [a, c], outbound=2)
    net.wait(lambda: dialed(b) == {a.address, c.address}, what="b's two outbound peers")
    others = [net.start(f"x{i}", 4) for i in range(3)]
    net.run(lambda: [b.p2p.addrman.good(m.address) for m in others])  # more tried addresses to choose from
    assert net.run(lambda: set(b.p2p.addrman.anchors())) == {a.address, c.address}
    net.stop(b)
    b = net.start("b", 2, outbound=2)  # no bootnodes
    net.wait(lambda: len(dialed(b)) == 2, what="b's outbound peers")
    first = net.run(lambda: list(b.p2p.dial_history))[:2]
    assert [kind for kind, _ in first] == ["anchor", "anchor"]
    assert {address for _, address in first} == {a.address, c.address}
    assert outbound(net, b) == {a.address, c.address}
    assert any("first (anchor peers of the last run)" in x for x in net.logs if x.startswith("b:"))


# ------------------------------------------------------------------ bans, --connect


def test_bans_survive_a_restart(net):
    a = net.start("a", 1)
    b = net.start("b", 2, [a])
    net.wait(lambda: a.p2p.peer_count() == 1, what="a and b")
    mal = os.urandom(16)
    raw = handshake(net, a, mal)
    raw.send(Msg.ADDR, [[b"not an ip", 1]])
    assert raw.closed()
    net.run(lambda: a.p2p.ban_target(f"127.0.0.1:{b.p2p.port}", 3600, "operator says so"))
    net.wait(lambda: a.p2p.peer_count() == 0, what="b dropped by the ban")
    net.stop(a)
    a = net.start("a", 1, [b])  # b even as a bootnode
    assert net.run(lambda: a.p2p.is_banned(mal)) is not None
    targets = {x.target: x for x in net.run(a.p2p.ban_list)}
    assert targets[f"addr:127.0.0.1:{b.p2p.port}"].manual
    assert targets["id:" + mal.hex()].reason.startswith("protocol violation: ADDR")
    import time
    time.sleep(1.0)
    assert net.run(a.p2p.peer_count) == 0  # a dials no banned address and b is refused
    raw = handshake(net, a, mal)
    assert b"banned" in raw.receive_until(Msg.DISCONNECT)[0]
    assert net.run(lambda: a.p2p.unban(f"127.0.0.1:{b.p2p.port}"))
    net.wait(lambda: a.p2p.peer_count() == 1, what="a and b again after the unban")


def test_connect_dials_only_the_given_peers(net):
    a = net.start("a", 1)
    b = net.start("b", 2, [a])
    c = net.start("c", 3, [a])
    net.wait(lambda: a.p2p.peer_count() == 2, what="a with b and c")
    x = net.start("x", 4, connect_only=[a.address], feeler_interval=0.2)
    net.wait(lambda: x.p2p.peer_count() == 1, what="x connected to a")
    net.wait(lambda: all(x.p2p.addrman.get(m.address) for m in (b, c)), what="x to hear of b and c")
    import time
    time.sleep(1.5)
    assert outbound(net, x) == {a.address}
    assert {addr for _, addr in net.run(lambda: list(x.p2p.dial_history))} == {a.address}
    assert net.run(lambda: x.p2p.addrman.anchors()) == []


# ------------------------------------------------------------------ seeds


def shared_port() -> int:
    """A port free on both 127.0.0.2 and 127.0.0.3 (nodes of a network share one port)."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.2", 0))
            port = s.getsockname()[1]
        try:
            with socket.socket() as s:
                s.bind(("127.0.0.3", port))
            return port
        except OSError:
            continue
    raise RuntimeError("no shared port")


def test_dns_seeds_are_asked_only_when_the_book_knows_too_few(net):
    port = shared_port()
    x = net.start("x", 2, host="127.0.0.2", port=port, outbound=0)  # n's own dials are the test
    y = net.start("y", 3, host="127.0.0.3", port=port, outbound=0)
    with SeedServer({"seed.coinc.test": ["127.0.0.2", "127.0.0.3"]}) as dns:
        seeds = dict(dns_seeds=[("seed.coinc.test", port)], dns_server=dns.address, dns_delay=1.0)
        n = net.start("n", 1, **seeds)
        net.wait(lambda: dialed(n) == {x.address, y.address}, what="n connected to the seeded nodes")
        asked = dns.resolver.count("seed.coinc.test")
        assert asked == 2  # A and AAAA, once
        assert any("DNS seed seed.coinc.test: 2 address(es), 2 new" in line for line in net.logs)
        net.stop(n)
        n = net.start("n", 1, **seeds)  # the second start: the book knows enough
        net.wait(lambda: dialed(n) == {x.address, y.address}, what="n back with its peers")
        net.wait(lambda: any("DNS seeds not asked" in line for line in net.logs), timeout=10,
                 what="n to decide the DNS seeds are not needed")
        assert dns.resolver.count("seed.coinc.test") == asked


def test_dns_seed_through_the_system_resolver_and_a_dead_server(net):
    a = net.start("a", 1)
    n = net.start("n", 2, dns_seeds=[("localhost", a.p2p.port)])  # /etc/hosts: 127.0.0.1
    net.wait(lambda: a.address in dialed(n), what="n to find a through the system resolver")
    quiet = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    quiet.bind(("127.0.0.1", 0))  # a server that never answers
    try:
        m = net.start("m", 3, dns_seeds=[("seed.coinc.test", 1)], dns_server=quiet.getsockname(),
                      fixed_seeds=[a.address])
        net.wait(lambda: a.address in dialed(m), timeout=15, what="m to fall back on the seed list")
        assert any("DNS seed seed.coinc.test: no answer" in line for line in net.logs)
        assert any("added 1 address(es) from the seed list" in line for line in net.logs)
    finally:
        quiet.close()


def test_a_corrupt_peer_database_is_refused_and_rebuilt(net, tmp_path):
    a = net.start("a", 1)
    (tmp_path / "b").mkdir()
    garbage = os.urandom(8192)
    (tmp_path / "b" / "peers.db").write_bytes(garbage)
    b = net.start("b", 2, [a])
    net.wait(lambda: b.p2p.peer_count() == 1, what="b to start and connect anyway")
    assert (tmp_path / "b" / "peers.db.corrupt").read_bytes() == garbage
    assert any(line.startswith("b: p2p: the peer database") and "unusable" in line for line in net.logs)
    net.wait(lambda: b.p2p.addrman.get(a.address) is not None and b.p2p.addrman.get(a.address).tried,
             what="the new book to hold a")


def test_source_groups_on_loopback_are_per_node():
    assert group(("127.0.0.1", 1)) != group(("127.0.0.1", 2))


def test_the_peers_json_of_earlier_versions_is_imported_once(net, tmp_path):
    a = net.start("a", 1)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "peers.json").write_text(json.dumps({"peers": [f"127.0.0.1:{a.p2p.port}", "nonsense"]}))
    b = net.start("b", 2)
    net.wait(lambda: b.p2p.peer_count() == 1, what="b to reach a from its old peers.json")
    assert not (tmp_path / "b" / "peers.json").exists()
    assert (tmp_path / "b" / "peers.json.imported").exists()


def test_admin_methods_refuse_wrong_parameters_clearly(net):
    """Every admin_* method of a networked node, each position given each wrong value:
    a clear JSON-RPC error or a harmless result, never an internal error."""
    from chain.rpc import RPC
    from tests.fuzz.test_rpc_inputs import WRONG_VALUES, _assert_clear_error

    a = net.start("a", 1)
    rpc = RPC(a.node, network=a.p2p)
    names = sorted(n for n in rpc.methods if n.startswith("admin_"))
    assert {"admin_banPeer", "admin_unbanPeer", "admin_listBanned", "admin_removePeer"} <= set(names)
    for name in names:
        method = rpc.methods[name]
        for position in range(max(method.max_args, 1) + 1):
            for bad in WRONG_VALUES:
                request = {"jsonrpc": "2.0", "id": 1, "method": name, "params": [bad] * (position + 1)}
                reply = net.run(lambda r=request: rpc.handle_obj(r))
                if "error" in reply:
                    _assert_clear_error(reply, (name, position, bad))
    listed = net.run(lambda: rpc.handle_obj({"jsonrpc": "2.0", "id": 1, "method": "admin_listBanned"}))
    assert isinstance(listed["result"], list)
    assert net.run(lambda: a.p2p.peer_count()) == 0 and net.run(lambda: a.node.head.number) == 0


def test_the_seed_list_is_used_when_the_book_gives_no_peer(net, tmp_path):
    a = net.start("a", 1)
    dead = ("127.0.0.1", closed_ports(1)[0])
    n = net.start("n", 2, fixed_seeds=[a.address], fixed_seed_delay=1.0)
    net.wait(lambda: n.p2p.peer_count() == 1, what="n from its seed list (empty book)")
    assert any("n: p2p: the address book is empty: added 1" in line for line in net.logs)
    net.run(lambda: (n.p2p.addrman.remove(a.address), n.p2p.addrman.set_anchors([]),
                     n.p2p.addrman.add([dead], "4:1.1")))
    net.stop(n)
    n = net.start("n", 2, fixed_seeds=[a.address], fixed_seed_delay=1.0)  # a book of one dead address
    net.wait(lambda: a.address in dialed(n), what="n to dial a from its seed list after the delay")
    assert any("n: p2p: no outbound peer after 1s: added 1" in line for line in net.logs)


def test_relay_never_sends_more_than_the_cap(net):
    """Many small unasked ADDRs between two flushes: each listener gets one ADDR of at most
    MAX_ADDRESSES, the rest is dropped rather than queued."""
    a = net.start("a", 1, addr_rate=1e6, addr_burst=1e6, outbound=0, tick=3.0)
    sender = handshake(net, a)
    listeners = [handshake(net, a) for _ in range(2)]
    net.wait(lambda: a.p2p.peer_count() == 3, what="a with three raw peers")
    ports = closed_ports(MAX_ADDRESSES + 60)
    sender.send_bytes(b"".join(frame(Msg.ADDR, [[b"127.0.0.1", p]]) for p in ports))
    sender.send(Msg.PING, [1])
    sender.receive_until(Msg.PONG)
    for raw in listeners:
        got = raw.receive_until(Msg.ADDR, timeout=8)
        assert len(got) == MAX_ADDRESSES
        with pytest.raises(TimeoutError):
            raw.receive_until(Msg.ADDR, timeout=4)  # the next flush has nothing: dropped, not queued


def test_added_peers_are_bounded(net):
    from chain.api import ChainError
    from chain.p2p.network import MAX_MANUAL

    a = net.start("a", 1, outbound=0)
    ports = closed_ports(MAX_MANUAL)
    net.run(lambda: [a.p2p.connect(("127.0.0.1", p)) for p in ports])
    with pytest.raises(ChainError, match="admin_removePeer"):
        net.run(lambda: a.p2p.connect(("127.0.0.1", 1)))
    assert net.run(lambda: a.p2p.remove_peer(("127.0.0.1", ports[0])))
    net.run(lambda: a.p2p.connect(("127.0.0.1", 1)))
    assert net.run(lambda: len(a.p2p.manual)) == MAX_MANUAL


def test_an_inbound_peer_is_announced_to_the_others(net):
    a = net.start("a", 1, outbound=0)
    b = net.start("b", 2, [a])
    net.wait(lambda: a.p2p.peer_count() == 1, what="a and b")
    c = net.start("c", 3, [a], outbound=0)  # c dials only a, b asked a before c existed
    net.wait(lambda: b.p2p.addrman.get(c.address) is not None, what="b to hear of c through a's relay")
