"""The peer-to-peer service: discovery, handshake, relay by announcement, headers-first
sync, orphans and bans, on the node's own event loop.

The node is single-threaded by design, so everything here runs on the event loop that
serves JSON-RPC: message handlers call the node synchronously between awaits and never
race with a JSON-RPC request. Which peers the node knows, its anchors and its bans are in
the address manager (`chain/p2p/addrman.py`, SQLite). See docs/network.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import random
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from chain.api import ChainError
from chain.blocks import BlockError, Body, BodyMismatch, FutureBlock
from chain.nesting import load_json
from chain.node import Node
from chain.p2p.addrman import (
    AddrMan,
    Ban,
    PeerDatabaseError,
    ban_target,
    group,
    ip_of,
    is_loopback,
    parse_address,
    usable,
)
from chain.p2p.messages import (
    MAX_ADDRESSES,
    MAX_HEADERS,
    MAX_LOCATOR,
    PROTOCOL_VERSION,
    Hello,
    Kind,
    Msg,
    ProtocolError,
    as_bytes,
    as_hashes,
    as_int,
    as_list,
    decode_addresses,
    decode_hello,
    decode_inventory,
    encode_hello,
)
from chain.p2p.peer import Peer
from chain.p2p.seeds import SeedError, resolve
from chain.store import decode_header
from chain.transactions import decode_transaction
from chain.transition import validate_header
from chain.types import Block, Header, Transaction

MAX_ORPHANS = 512
BLOCKS_PER_REQUEST = 128
REQUEST_TIMEOUT = 10.0  # seconds before a block asked of one peer may be asked of another
MAX_MANUAL = 64  # bootnodes, --connect and admin_addPeer addresses
ADDR_RATE = 0.1  # addresses per second a peer may send unasked (Core's MAX_ADDR_RATE_PER_SECOND)...
ADDR_BURST = 1000.0  # ...saved up to this many (Core's MAX_ADDR_PROCESSING_TOKEN_BUCKET)
RELAY_MAX = 10  # an unasked ADDR this small is relayed (self-announcements), a bigger one is not
RELAY_FANOUT = 2  # peers each relayed address goes to
GETADDR_SHARE = 23  # percent of the book one GET_ADDR answer may show, once the book is big
GETADDR_SMALL = 64  # a small book is shown whole (up to this many), so small networks find each other
DIAL_HISTORY = 64
ADDR_CACHE_MIN = 1000  # a book this big answers GET_ADDR from a cache...
ADDR_CACHE_SECONDS = (21 * 3600.0, 27 * 3600.0)  # ...renewed after 21 to 27 hours (Core's)


@dataclass
class P2PConfig:
    host: str = "127.0.0.1"
    port: int = 30303  # 0 picks a free port (tests)
    bootnodes: list[tuple[str, int]] = field(default_factory=list)
    # --connect: dial only these, never the address book, DNS seeds or seed lists
    connect_only: list[tuple[str, int]] | None = None
    dns_seeds: list[tuple[str, int]] = field(default_factory=list)  # (name, peer port)
    dns_server: tuple[str, int] | None = None  # None: the system resolver
    fixed_seeds: list[tuple[str, int]] = field(default_factory=list)  # the network's seed list
    dns_delay: float = 11.0  # with a non-empty book, DNS seeds wait this long for peers first
    fixed_seed_delay: float = 60.0  # ...and the seed list this long for one outbound peer
    max_peers: int = 25
    outbound: int = 8  # connections this node dials while it knows addresses to dial
    peers_db: Path | None = None  # the address manager's SQLite file (None: in memory)
    ban_seconds: float = 600.0  # a misbehaving peer's ban
    tick: float = 0.5  # housekeeping period: dialing, timeouts, pings
    feeler_interval: float = 120.0  # mean seconds between feeler connections (Core: 2 min)
    handshake_timeout: float = 5.0
    idle_timeout: float = 60.0
    ping_interval: float = 15.0
    sync_timeout: float = 20.0
    addr_rate: float = ADDR_RATE
    addr_burst: float = ADDR_BURST
    log: Callable[[str], None] | None = None


@dataclass
class _Backoff:
    next_try: float = 0.0
    failures: int = 0


@dataclass
class _Sync:
    """Headers first, then blocks, from one peer."""

    peer: Peer
    start: int
    target: int
    last_progress: float
    queue: list[bytes] = field(default_factory=list)  # block hashes to fetch, in order
    pending: set[bytes] = field(default_factory=set)  # asked, not yet arrived
    last_header: bytes | None = None
    more: bool = False
    imported: int = 0


def _target(key: object) -> str:
    """A ban key (node id bytes, (host, port), or an IP) as the stored target."""
    if isinstance(key, bytes):
        return "id:" + key.hex()
    if isinstance(key, tuple):
        ip = ip_of(key[0])
        return f"addr:{ip if ip is not None else key[0].lower()}:{key[1]}"
    ip = ip_of(str(key))
    return f"host:{ip if ip is not None else key}"


class P2P:
    def __init__(self, node: Node, config: P2PConfig | None = None):
        self.node = node
        self.config = config or P2PConfig()
        self.log = self.config.log or (lambda line: None)
        self.node_id = os.urandom(16)
        self.port = self.config.port
        self.rng = random.Random()
        self.peers: dict[bytes, Peer] = {}
        self.addrman: AddrMan | None = None  # opened by start(), on the loop's thread
        self.manual: dict[tuple[str, int], None] = {}  # always kept connected: bootnodes, --connect
        self.backoff: dict[tuple[str, int], _Backoff] = {}
        self.own_addresses: set[tuple[str, int]] = set()
        self.bans: dict[str, tuple[float, str]] = {}  # target -> (until, why): the database's, mirrored
        self._subnets: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str]] = []
        self.anchors_pending: list[tuple[str, int]] = []
        self.dial_history: deque[tuple[str, tuple[str, int]]] = deque(maxlen=DIAL_HISTORY)
        self.dns_queries = 0
        self.orphans: OrderedDict[bytes, tuple[Header, Body, bytes]] = OrderedDict()  # -> peer id
        self.orphans_by_parent: dict[bytes, set[bytes]] = {}
        self.inflight: dict[bytes, tuple[bytes, float]] = {}  # block hash -> (peer id, asked at)
        self.sync: _Sync | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task] = set()
        self._dialing: dict[tuple[str, int], bool] = {}  # address -> a feeler
        self._connections: set[Peer] = set()  # every open connection, handshaken or not
        self._last_ping = time.monotonic()
        self._next_feeler = 0.0
        self._addr_cache: tuple[float, list[tuple[str, int]]] | None = None  # (until, answer)
        self._started = time.monotonic()
        self._stopping = False

    # ------------------------------------------------------------------ life cycle
    async def start(self) -> None:
        """Open the address book, listen, and start dialing: anchors first, then the
        bootnodes (or only the --connect peers), then the book; DNS seeds and the seed list
        when the book knows too few addresses."""
        cfg = self.config
        self._started = time.monotonic()
        try:
            self.addrman = AddrMan(cfg.peers_db, self.log)
        except OSError as e:  # setting a corrupt file aside failed
            raise PeerDatabaseError(f"cannot set aside the unusable peer database {cfg.peers_db}: "
                                    f"{e.strerror or e}") from None
        self._import_peers_json()
        self._reload_bans()
        self._server = await asyncio.start_server(self._accept, cfg.host, cfg.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]
        for host in {cfg.host, "127.0.0.1", "localhost"}:
            self.own_addresses.add((host, self.port))
        if cfg.connect_only is not None:
            for address in cfg.connect_only[:MAX_MANUAL]:
                self.manual[address] = None
        else:
            for address in cfg.bootnodes[:MAX_MANUAL]:
                self.manual[address] = None
            self.anchors_pending = [a for a in self.addrman.anchors() if a not in self.own_addresses]
            if self.anchors_pending:
                self.log("p2p: reconnecting to " + ", ".join(f"{h}:{p}" for h, p in self.anchors_pending)
                         + " first (anchor peers of the last run)")
            self._spawn(self._seed())
        self._next_feeler = time.monotonic() + self._feeler_wait()
        self.node.head_listeners.append(self._on_head)
        self.node.tx_listeners.append(self._on_tx)
        self._spawn(self._housekeeping())

    async def stop(self) -> None:
        self._stopping = True
        with contextlib.suppress(ValueError):
            self.node.head_listeners.remove(self._on_head)
            self.node.tx_listeners.remove(self._on_tx)
        if self._server is not None:
            self._server.close()
        for peer in list(self._connections):  # handshaking and feeler connections too
            peer.send(Msg.DISCONNECT, [b"shutting down"])
            peer.close()
        # Python 3.11's wait_for can swallow a cancellation that races with its result, so
        # cancel again until every task has ended (closed connections end them quickly)
        for _ in range(50):
            if not self._tasks:
                break
            for task in list(self._tasks):
                task.cancel()
            await asyncio.wait(list(self._tasks), timeout=0.2)
        if self.addrman is not None:
            self.addrman.close()

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _feeler_wait(self) -> float:
        return self.rng.expovariate(1 / self.config.feeler_interval)

    # ------------------------------------------------------------------ addresses
    def _import_peers_json(self) -> None:
        """The peers.json of earlier versions, next to the database: imported once, as new
        addresses, then renamed (so the import is not repeated)."""
        db = self.config.peers_db
        if db is None:
            return
        path = db.with_name("peers.json")
        if not path.exists():
            return
        try:
            data = load_json(path.read_text(), what=str(path))
            found, skipped = [], 0
            for text in data.get("peers", [])[:MAX_ADDRESSES]:
                try:
                    found.append(parse_address(text))
                except (ValueError, AttributeError):
                    skipped += 1
            added = self.addrman.add(found, "peers.json")
            path.replace(path.with_name("peers.json.imported"))
            self.log(f"p2p: imported {added} address(es) from {path}"
                     + (f" ({skipped} unreadable entries skipped)" if skipped else ""))
        except (OSError, ValueError, AttributeError, TypeError) as e:
            self.log(f"p2p: ignoring the old peer list {path}: {e}")

    def add_address(self, address: tuple[str, int], source: str = "local") -> None:
        """Remember an address to dial (the new table), heard of from `source`."""
        self.addrman.add([address], source)

    def connect(self, address: tuple[str, int]) -> None:
        """Dial `address` now and keep it connected (admin_addPeer, as geth's static peers)."""
        if address not in self.manual and len(self.manual) >= MAX_MANUAL:
            raise ChainError(f"already {MAX_MANUAL} added peers; remove one with admin_removePeer")
        self.manual[address] = None
        self.backoff.pop(address, None)
        self._dial_some()

    def remove_peer(self, address: tuple[str, int] | None = None, node_id: bytes | None = None) -> bool:
        """Stop keeping `address` connected and drop the matching peer (admin_removePeer)."""
        found = address is not None and address in self.manual
        if found:
            del self.manual[address]
        for peer in list(self.peers.values()):
            if (node_id is not None and peer.node_id == node_id) or (
                    address is not None and address in (peer.listen_address, peer.dialed)):
                peer.send(Msg.DISCONNECT, [b"removed by the operator"])
                peer.close()
                found = True
        return found

    def _update_anchors(self) -> None:
        """The outbound peers connected longest: dialed first on the next start (written at
        each new outbound connection, so they survive a crash too)."""
        if self._stopping or self.config.connect_only is not None:
            return
        outbound = sorted((p for p in self.peers.values() if not p.inbound and p.dialed),
                          key=lambda p: p.connected_at)
        self.addrman.set_anchors([p.dialed for p in outbound])

    async def _seed(self) -> None:
        """Ask the DNS seeds when the book is empty, or when it has not given two outbound
        peers after `dns_delay` seconds; then the seed list if the book is still empty."""
        cfg = self.config
        if cfg.dns_seeds:
            if len(self.addrman):
                await asyncio.sleep(cfg.dns_delay)
                outbound = self._outbound_count(dialing=False)
                if outbound >= 2:
                    self.log(f"p2p: DNS seeds not asked: {outbound} outbound peers from the address book")
                    return
            for name, port in cfg.dns_seeds:
                try:
                    found = await resolve(name, port, cfg.dns_server)
                except SeedError as e:
                    self.log(f"p2p: DNS seed {name}: {e}")
                    continue
                self.dns_queries += 1
                added = self.addrman.add([a for a in found if a not in self.own_addresses], f"dns:{name}")
                self.log(f"p2p: DNS seed {name}: {len(found)} address(es), {added} new")
        if cfg.fixed_seeds and len(self.addrman):
            # Core: the fixed seeds also when a minute has passed without one outbound peer
            await asyncio.sleep(max(0.0, self._started + cfg.fixed_seed_delay - time.monotonic()))
            if self._outbound_count(dialing=False):
                return
            why = f"no outbound peer after {cfg.fixed_seed_delay:g}s"
        else:
            why = "the address book is empty"
        if cfg.fixed_seeds:
            added = self.addrman.add(cfg.fixed_seeds, "seed-list")
            self.log(f"p2p: {why}: added {added} address(es) from the seed list")
        self._dial_some()

    # ------------------------------------------------------------------ bans
    def _reload_bans(self) -> None:
        self.bans = {b.target: (b.until, b.reason) for b in self.addrman.bans()}
        self._subnets = []
        for target in self.bans:
            if target.startswith("net:"):
                self._subnets.append((ipaddress.ip_network(target[4:]), target))

    def _ban_keys(self, peer: Peer) -> list[object]:
        keys: list[object] = []
        if peer.node_id:
            keys.append(peer.node_id)
        if peer.listen_address:
            keys.append(peer.listen_address)
        if not is_loopback(peer.remote[0]):  # on loopback every test node shares one host
            keys.append(peer.remote[0])
        return keys

    def is_banned(self, *keys: object) -> str | None:
        """Why one of `keys` (node id, (host, port), host) is banned, or None."""
        now = time.time()
        for key in keys:
            target = _target(key)
            entry = self.bans.get(target)
            if entry is not None and entry[0] > now:
                return entry[1]
            if self._subnets and not isinstance(key, bytes):
                ip = ip_of(key[0] if isinstance(key, tuple) else str(key))
                for net, name in self._subnets:
                    if ip is not None and ip.version == net.version and ip in net and self.bans[name][0] > now:
                        return self.bans[name][1]
        return None

    def ban(self, peer: Peer, reason: str, seconds: float | None = None) -> None:
        """Disconnect `peer` and refuse it (by node id, address and, off loopback, host),
        across restarts until the ban ends."""
        seconds = self.config.ban_seconds if seconds is None else seconds
        self.addrman.ban([_target(k) for k in self._ban_keys(peer)], seconds, reason)
        self._reload_bans()
        self.log(f"p2p: banned peer {peer.label()} for {seconds:g}s: {reason}")
        with contextlib.suppress(Exception):
            peer.send(Msg.DISCONNECT, [f"banned: {reason}"[:200].encode()])
        peer.close()

    def ban_node(self, node_id: bytes, reason: str, seconds: float | None = None) -> None:
        """Ban by node id (also disconnects it if connected): an operator's or a test's partition."""
        peer = self.peers.get(node_id)
        if peer is not None:
            self.ban(peer, reason, seconds)
        else:
            self.addrman.ban([_target(node_id)], seconds or self.config.ban_seconds, reason)
            self._reload_bans()

    def ban_target(self, text: str, seconds: float, reason: str) -> str:
        """An operator's ban (admin_banPeer): a node id, host:port, IP or subnet; drops the
        matching peers. The stored target; ValueError for a target that is none of these."""
        target = ban_target(text)
        self.addrman.ban([target], seconds, reason, manual=True)
        self._reload_bans()
        for peer in list(self.peers.values()):
            if self.is_banned(*self._ban_keys(peer), peer.remote[0]):
                self.log(f"p2p: dropping {peer.label()}: banned by the operator ({reason})")
                peer.send(Msg.DISCONNECT, [f"banned: {reason}"[:200].encode()])
                peer.close()
        self.log(f"p2p: banned {text} for {seconds:g}s by the operator: {reason}")
        return target

    def unban(self, text: str) -> bool:
        removed = self.addrman.unban(ban_target(text))
        self._reload_bans()
        return removed

    def ban_list(self) -> list[Ban]:
        bans = self.addrman.bans()
        self._reload_bans()
        return bans

    def unban_all(self) -> None:
        self.addrman.clear_bans()
        self._reload_bans()
        self.backoff.clear()

    # ------------------------------------------------------------------ status
    def peer_count(self) -> int:
        return len(self.peers)

    def peer_info(self) -> list[dict]:
        now = time.monotonic()
        return [{"id": "0x" + p.node_id.hex(), "address": p.label(), "inbound": p.inbound,
                 "client": p.hello.client if p.hello else "", "bestNumber": p.best_number,
                 "bestHash": "0x" + p.best_hash.hex(), "totalDifficulty": p.total_difficulty,
                 "connectedSeconds": round(now - p.connected_at, 1)} for p in self.peers.values()]

    def book_info(self) -> dict:
        new, tried = self.addrman.counts()
        return {"new": new, "tried": tried, "total": new + tried,
                "anchors": [f"{h}:{p}" for h, p in self.addrman.anchors()],
                "added": [f"{h}:{p}" for h, p in self.manual],
                "banned": len(self.bans), "dnsQueries": self.dns_queries,
                "connectOnly": self.config.connect_only is not None}

    def sync_status(self) -> dict | None:
        s = self.sync
        if s is None:
            return None
        return {"startingBlock": s.start, "currentBlock": self.node.head.number,
                "highestBlock": max(s.target, self.node.head.number)}

    def _hello(self) -> Hello:
        head = self.node.head
        return Hello(PROTOCOL_VERSION, self.node.chain_id, self.node.genesis_hash, head.number, head.hash,
                     head.total_difficulty, self.node_id, self.port, self.node.client_version)

    # ------------------------------------------------------------------ connections
    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        with contextlib.suppress(asyncio.CancelledError):  # stop(): asyncio's stream callback
            await self._run_peer(Peer(reader, writer, inbound=True))  # logs a cancelled handler

    def _failed(self, address: tuple[str, int], seconds: float | None = None) -> None:
        b = self.backoff.setdefault(address, _Backoff())
        b.failures += 1
        b.next_try = time.monotonic() + (seconds if seconds is not None else min(2 ** b.failures, 60))

    async def _dial(self, address: tuple[str, int], feeler: bool = False) -> None:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(*address),
                                                    self.config.handshake_timeout)
        except (TimeoutError, OSError):
            self._failed(address)
            if self.addrman is not None and not self._stopping:
                self.addrman.attempt(address)
            if feeler:
                self.log(f"p2p: feeler to {address[0]}:{address[1]}: unreachable")
            return
        finally:
            self._dialing.pop(address, None)
        await self._run_peer(Peer(reader, writer, inbound=False, dialed=address, feeler=feeler))

    def _outbound_count(self, dialing: bool = True) -> int:
        n = sum(1 for p in self.peers.values() if not p.inbound)
        return n + (sum(1 for f in self._dialing.values() if not f) if dialing else 0)

    def _skip(self, address: tuple[str, int], connected: set, now: float) -> bool:
        b = self.backoff.get(address)
        return (address in connected or address in self._dialing or address in self.own_addresses
                or (b is not None and b.next_try > now) or self.is_banned(address, address[0]) is not None)

    def _start_dial(self, address: tuple[str, int], kind: str) -> None:
        self._dialing[address] = kind == "feeler"
        self.dial_history.append((kind, address))
        self.backoff.setdefault(address, _Backoff()).next_try = time.monotonic() + 5  # until it ends
        self._spawn(self._dial(address, feeler=kind == "feeler"))

    def _dial_some(self) -> None:
        """Fill the outbound slots: anchors, then the added peers (always), then the book."""
        cfg = self.config
        if self._stopping or self.addrman is None:
            return
        now = time.monotonic()
        connected = {p.listen_address for p in self.peers.values()} | {p.dialed for p in self.peers.values()}
        while self.anchors_pending and self._outbound_count() < cfg.outbound:
            address = self.anchors_pending.pop(0)
            if not self._skip(address, connected, now):
                self._start_dial(address, "anchor")
        for address in list(self.manual):
            if len(self.peers) + len(self._dialing) >= cfg.max_peers:
                return
            if not self._skip(address, connected, now):
                self._start_dial(address, "added")
        if cfg.connect_only is not None:
            return
        for _ in range(2):  # at most two new dials per tick, as Core's paced connection thread
            if self._outbound_count() >= cfg.outbound or len(self.peers) + len(self._dialing) >= cfg.max_peers:
                return
            entry = self.addrman.select(exclude=lambda a: self._skip(a, connected, now), tries=32)
            if entry is None:
                return
            self._start_dial(entry.address, "book")

    def _feel(self) -> None:
        """A feeler: a short connection to a new-table address, to learn whether it is a node
        of this network (moved to tried) without taking an outbound slot (Core's feelers);
        first to the occupant of a tried slot another address is waiting for."""
        if self.config.connect_only is not None or self._outbound_count() < self.config.outbound:
            return  # with free slots, ordinary dials test new addresses already
        now = time.monotonic()
        connected = {p.listen_address for p in self.peers.values()} | {p.dialed for p in self.peers.values()}
        self.addrman.resolve_collisions()
        occupant = self.addrman.collision_to_test()  # test-before-evict first, as Core
        if occupant is not None and not self._skip(occupant, connected, now):
            self._start_dial(occupant, "feeler")
            return
        entry = self.addrman.select(new_only=True, exclude=lambda a: self._skip(a, connected, now), tries=32)
        if entry is not None:
            self._start_dial(entry.address, "feeler")

    def _refuse(self, peer: Peer, hello: Hello) -> str | None:
        node = self.node
        if hello.version != PROTOCOL_VERSION:
            return f"protocol version {hello.version}, this node speaks {PROTOCOL_VERSION}"
        if hello.chain_id != node.chain_id:
            return f"chain id {hello.chain_id}, this node is on chain {node.chain_id}"
        if hello.genesis_hash != node.genesis_hash:
            return (f"genesis 0x{hello.genesis_hash.hex()[:16]}... differs from this node's "
                    f"0x{node.genesis_hash.hex()[:16]}...: another chain")
        if hello.node_id == self.node_id:
            if peer.dialed:
                self.own_addresses.add(peer.dialed)
                self.addrman.remove(peer.dialed)
            return "connected to itself"
        why = self.is_banned(hello.node_id, peer.remote[0], (peer.remote[0], hello.listen_port))
        if why is not None:
            return f"banned: {why}"
        if peer.feeler:
            return None
        if hello.node_id not in self.peers and len(self.peers) >= self.config.max_peers:
            return f"too many peers ({self.config.max_peers})"
        return None

    def _register(self, peer: Peer) -> bool:
        """Add a handshaken peer; of two connections between the same nodes, both ends keep
        the one dialed by the node with the smaller id."""
        existing = self.peers.get(peer.node_id)
        if existing is not None:
            def dialer(p: Peer) -> bytes:
                return p.node_id if p.inbound else self.node_id

            if dialer(peer) >= dialer(existing):
                return False
            existing.close()
        self.peers[peer.node_id] = peer
        return True

    def _handshaken(self, peer: Peer) -> None:
        """Record what a completed handshake proves: a dialed address is a node of this
        network (tried table); an inbound peer's announced address is worth trying (new)."""
        if peer.dialed:
            self.backoff.pop(peer.dialed, None)
            self.addrman.good(peer.dialed)
        elif peer.listen_address and ip_of(peer.listen_address[0]) is not None:
            # the HELLO's listen port is the peer announcing itself, as Core's first ADDR
            # after a handshake: stored as new, and relayed like a small unasked ADDR
            self.addrman.add([peer.listen_address], group(peer.listen_address))
            peer.known_addresses.add(peer.listen_address)
            self._relay([peer.listen_address], peer)

    async def _run_peer(self, peer: Peer) -> None:
        registered = False
        reason = "connection closed"
        self._connections.add(peer)
        try:
            if self._stopping:
                return
            peer.send(Msg.HELLO, encode_hello(self._hello()))
            code, payload = await peer.receive(self.config.handshake_timeout)
            if code == Msg.DISCONNECT:
                reason = "refused: " + self._reason_text(payload)
                if peer.dialed:
                    self._failed(peer.dialed, 30)
                self.log(f"p2p: {peer.label()} {reason}")
                return
            if code != Msg.HELLO:
                raise ProtocolError(f"the first message must be HELLO, not {code.name}")
            hello = decode_hello(payload)
            peer.hello = hello
            refusal = self._refuse(peer, hello)
            if refusal is not None:
                peer.send(Msg.DISCONNECT, [refusal.encode()])
                if peer.dialed and refusal != "connected to itself":
                    self._failed(peer.dialed, 30)
                if refusal != "connected to itself":
                    self.log(f"p2p: refused {peer.label()}: {refusal}")
                return
            if peer.feeler:
                self._handshaken(peer)
                self.log(f"p2p: feeler to {peer.label()}: a node of this network (tried table)")
                peer.send(Msg.DISCONNECT, [b"feeler connection"])
                return
            peer.best_number, peer.best_hash = hello.best_number, hello.best_hash
            peer.total_difficulty = hello.total_difficulty
            if not self._register(peer):
                peer.send(Msg.DISCONNECT, [b"already connected"])
                return
            registered = True
            self._handshaken(peer)
            self.log(f"p2p: peer {peer.label()} connected ({'inbound' if peer.inbound else 'outbound'}, "
                     f"best block {hello.best_number}); {len(self.peers)} peer(s)")
            if not peer.inbound:  # as Core: ask outbound peers, answer inbound ones
                peer.send(Msg.GET_ADDR, [])
                peer.getaddr_sent = True
                peer.addr_tokens += MAX_ADDRESSES
                self._update_anchors()
            self._maybe_sync()
            while not peer.closed and not self._stopping:
                code, payload = await peer.receive(self.config.idle_timeout)
                self._handle(peer, code, payload)
        except ProtocolError as e:
            reason = str(e)
            self.ban(peer, f"protocol violation: {e}")
        except BlockError as e:
            reason = str(e)
            self.ban(peer, f"invalid block: {e}")
        except TimeoutError:
            reason = "timed out"
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        except asyncio.CancelledError:
            raise
        except Exception as e:  # noqa: BLE001 - a peer must never take the node down
            reason = f"internal error: {type(e).__name__}: {e}"
            self.log(f"p2p: dropping {peer.label()} after an internal error: {type(e).__name__}: {e}")
        finally:
            peer.close()
            self._connections.discard(peer)
            if registered and self.peers.get(peer.node_id) is peer:
                del self.peers[peer.node_id]
                self.log(f"p2p: peer {peer.label()} disconnected ({reason}); {len(self.peers)} peer(s)")
            for h in peer.requested_blocks:
                self.inflight.pop(h, None)
            if self.sync is not None and self.sync.peer is peer:
                self._end_sync(f"peer {peer.label()} disconnected")

    @staticmethod
    def _reason_text(payload: object) -> str:
        if isinstance(payload, list) and payload and isinstance(payload[0], bytes):
            return payload[0][:200].decode("utf-8", "replace")
        return "no reason given"

    # ------------------------------------------------------------------ messages
    def _handle(self, peer: Peer, code: Msg, payload: object) -> None:
        if code == Msg.PING:
            peer.send(Msg.PONG, as_list(payload, "PING", 1))
        elif code == Msg.PONG:
            pass
        elif code == Msg.DISCONNECT:
            self.log(f"p2p: {peer.label()} disconnects: {self._reason_text(payload)}")
            peer.close()
        elif code == Msg.HELLO:
            raise ProtocolError("HELLO after the handshake")
        elif code == Msg.GET_ADDR:
            self._on_get_addr(peer)
        elif code == Msg.ADDR:
            self._on_addr(peer, decode_addresses(payload))
        elif code == Msg.INV:
            self._on_inv(peer, *decode_inventory(payload, code))
        elif code == Msg.GET_DATA:
            self._on_get_data(peer, *decode_inventory(payload, code))
        elif code == Msg.NOT_FOUND:
            kind, hashes = decode_inventory(payload, code)
            for h in hashes:
                peer.requested_blocks.discard(h)
                peer.requested_txs.discard(h)
                self.inflight.pop(h, None)
            if self.sync is not None and self.sync.peer is peer and self.sync.pending & set(hashes):
                self._end_sync(f"peer {peer.label()} no longer has the blocks it offered")
        elif code == Msg.BLOCK:
            self._on_block(peer, payload)
        elif code == Msg.TX:
            self._on_tx_message(peer, payload)
        elif code == Msg.GET_HEADERS:
            f = as_list(payload, "GET_HEADERS", 2)
            if len(f) != 2:
                raise ProtocolError("GET_HEADERS needs a locator and a count")
            locator = as_hashes(f[0], "locator", MAX_LOCATOR)
            count = min(as_int(f[1], "header count", 2**32), MAX_HEADERS)
            peer.send(Msg.HEADERS, self.node.headers_after(locator, count))
        elif code == Msg.HEADERS:
            self._on_headers(peer, payload)

    def _on_get_addr(self, peer: Peer) -> None:
        """Answer an inbound peer's first GET_ADDR with a random sample of the book: at most
        MAX_ADDRESSES, and at most 23% of a big book, so that no peer can copy the book
        (Core answers once per connection, and only inbound peers). A big book's answer is
        cached for about a day (Core's), so reconnecting does not show more of it; a small
        book's is fresh, so a small network finds its newest members."""
        if peer.getaddr_answered or not peer.inbound:
            return
        peer.getaddr_answered = True
        size = len(self.addrman)
        limit = min(MAX_ADDRESSES, max(size * GETADDR_SHARE // 100, min(size, GETADDR_SMALL)))
        mine = {peer.listen_address, peer.dialed}
        now = time.monotonic()
        if size >= ADDR_CACHE_MIN and self._addr_cache is not None and now < self._addr_cache[0]:
            answer = [a for a in self._addr_cache[1] if a not in mine]
        else:
            entries = self.addrman.sample(limit, exclude=lambda a: ip_of(a[0]) is None
                                          or self.is_banned(a, a[0]) is not None)
            answer = [e.address for e in entries]
            if size >= ADDR_CACHE_MIN:
                self._addr_cache = (now + self.rng.uniform(*ADDR_CACHE_SECONDS), answer)
            answer = [a for a in answer if a not in mine]
        for address in answer:
            peer.known_addresses.add(address)
        peer.send(Msg.ADDR, [[h.encode(), p] for h, p in answer])

    def _on_addr(self, peer: Peer, addresses: list[tuple[str, int]]) -> None:
        """Addresses from a peer: rate-limited per peer (a token bucket of ADDR_RATE a
        second, topped up by MAX_ADDRESSES when we asked), stored in the new table under the
        sender's group, and, when few and unasked, relayed to RELAY_FANOUT other peers."""
        now = time.monotonic()
        cfg = self.config
        peer.addr_tokens = min(cfg.addr_burst, peer.addr_tokens + (now - peer.addr_refilled) * cfg.addr_rate)
        peer.addr_refilled = now
        solicited = peer.getaddr_sent
        peer.getaddr_sent = False  # the answer to our GET_ADDR is the first ADDR after it
        taken = []
        for address in addresses:
            peer.known_addresses.add(address)
            if peer.addr_tokens < 1:
                peer.addr_dropped += 1
                continue
            peer.addr_tokens -= 1
            taken.append(address)
        dropped = len(addresses) - len(taken)
        if dropped:
            if not peer.addr_limited:
                self.log(f"p2p: rate-limiting addresses from {peer.label()} (over {cfg.addr_rate:g}/s): "
                         f"{dropped} of {len(addresses)} dropped")
            peer.addr_limited = True
        fresh = [a for a in taken if usable(a) and a not in self.own_addresses
                 and self.is_banned(a, a[0]) is None]
        if not fresh:
            return
        self.addrman.add(fresh, group(peer.listen_address or peer.remote))
        if solicited or len(addresses) > RELAY_MAX:
            return
        self._relay(fresh, peer)

    def _relay(self, addresses: list[tuple[str, int]], sender: Peer) -> None:
        """Queue each address for RELAY_FANOUT random peers other than `sender` that are not
        known to have it (at most MAX_ADDRESSES queued a peer; the rest is dropped)."""
        others = [p for p in self.peers.values() if p is not sender and not p.closed]
        for address in addresses:
            for target in self.rng.sample(others, min(RELAY_FANOUT, len(others))):
                if address not in target.known_addresses and len(target.addr_queue) < MAX_ADDRESSES:
                    target.known_addresses.add(address)
                    target.addr_queue.append(address)

    def _flush_addr_relay(self) -> None:
        """Send each peer its queued relayed addresses, one ADDR of at most MAX_ADDRESSES."""
        for peer in self.peers.values():
            if peer.addr_queue:
                batch, peer.addr_queue = peer.addr_queue[:MAX_ADDRESSES], peer.addr_queue[MAX_ADDRESSES:]
                peer.send(Msg.ADDR, [[h.encode(), p] for h, p in batch])

    def _on_inv(self, peer: Peer, kind: Kind, hashes: list[bytes]) -> None:
        node = self.node
        wanted = []
        now = time.monotonic()
        for h in hashes:
            if kind == Kind.TX:
                peer.known_txs.add(h)
                if h not in node.mempool and h not in peer.requested_txs and node.store.tx_location(h) is None:
                    peer.requested_txs.add(h)
                    wanted.append(h)
            else:
                peer.known_blocks.add(h)
                if h in node.bad_blocks:
                    raise BlockError(f"announced the invalid block 0x{h.hex()}: {node.bad_blocks[h]}")
                asked = self.inflight.get(h)
                if (h in self.orphans or node.has_block(h)
                        or (asked is not None and now - asked[1] < REQUEST_TIMEOUT)):
                    continue
                self.inflight[h] = (peer.node_id, now)
                peer.requested_blocks.add(h)
                wanted.append(h)
        if wanted:
            peer.send(Msg.GET_DATA, [int(kind), wanted])

    def _on_get_data(self, peer: Peer, kind: Kind, hashes: list[bytes]) -> None:
        node = self.node
        missing = []
        for h in hashes:
            if kind == Kind.TX:
                tx = node.mempool.by_hash.get(h)
                if tx is None:
                    loc = node.get_transaction(h)
                    tx = loc.transaction if loc is not None else None
                if tx is None:
                    missing.append(h)
                else:
                    peer.known_txs.add(h)
                    peer.send(Msg.TX, [tx.raw])
            else:
                row = node.store.block_row(h)
                if row is None:
                    missing.append(h)
                else:
                    peer.known_blocks.add(h)
                    peer.send(Msg.BLOCK, [row.header, row.body])
        if missing:
            peer.send(Msg.NOT_FOUND, [int(kind), missing])

    def _on_tx_message(self, peer: Peer, payload: object) -> None:
        f = as_list(payload, "TX", 1)
        raw = as_bytes(f[0] if f else None, "TX transaction")
        try:
            tx = decode_transaction(raw)
        except ChainError as e:
            raise ProtocolError(f"TX: undecodable transaction: {e}") from None
        if tx.hash not in peer.requested_txs:
            raise ProtocolError("TX sent without GET_DATA: announce transactions with INV")
        peer.requested_txs.discard(tx.hash)
        peer.known_txs.add(tx.hash)
        try:
            self.node.send_raw_transaction(raw)
        except ChainError:
            pass  # stale or replaced: not the peer's fault, and nothing to relay

    def _on_block(self, peer: Peer, payload: object) -> None:
        f = as_list(payload, "BLOCK", 2)
        if len(f) != 2:
            raise ProtocolError("BLOCK needs a header and a body")
        try:
            header = decode_header(as_bytes(f[0], "BLOCK header"))
            if header.hash not in peer.requested_blocks:
                raise ProtocolError("BLOCK sent without GET_DATA: announce blocks with INV")
            body = Body.decode(as_bytes(f[1], "BLOCK body"), trust_senders=False)
        except ProtocolError:
            raise
        except Exception as e:  # noqa: BLE001 - any decoding failure is the peer's
            raise ProtocolError(f"BLOCK: undecodable header or body ({type(e).__name__}: {e})") from None
        h = header.hash
        peer.requested_blocks.discard(h)
        peer.known_blocks.add(h)
        self.inflight.pop(h, None)
        try:
            self._import(peer, header, body)
        except FutureBlock as e:  # not invalid, and an honest clock may differ: no ban
            self.log(f"p2p: block {header.number} from {peer.label()} refused for now: {e}")
            return
        except BodyMismatch:  # the block may be fine: ask a peer that announced it
            self._ask_elsewhere(h, peer)
            raise  # and ban this one
        s = self.sync
        if s is not None and s.peer is peer and h in s.pending:
            s.pending.discard(h)
            s.imported += 1
            s.last_progress = time.monotonic()
            if s.imported % 200 == 0:
                self.log(f"sync: block {self.node.head.number} of {s.target} from {peer.label()}")
            if not s.pending:
                self._next_sync_step()

    max_side_blocks_per_peer = 2048  # blocks in a row a peer sends that stay off the canonical chain

    def _import(self, peer: Peer, header: Header, body: Body) -> None:
        node = self.node
        try:
            result = node.import_block(header, body)
        except ChainError as e:  # the store failed, not the peer
            self.log(f"p2p: cannot import block {header.number}: {e}")
            return
        if result == "orphan":
            self._hold_orphan(peer, header, body)
            if self.sync is None:
                self._start_sync(peer)
            return
        if result in ("side", "refused"):  # cheap to make on a low difficulty: bounded per peer
            peer.side_blocks += 1
            if peer.side_blocks > self.max_side_blocks_per_peer:
                raise ProtocolError(f"sent {peer.side_blocks} blocks in a row that stay on side branches")
        elif result == "head":
            peer.side_blocks = 0
        self._note_best(peer, header)
        # orphans waiting for this block (and for their own children) can now be imported
        ready = [header.hash]
        while ready:
            parent = ready.pop()
            for child in self.orphans_by_parent.pop(parent, set()):
                entry = self.orphans.pop(child, None)
                if entry is None:
                    continue
                o_header, o_body, sender = entry
                try:
                    node.import_block(o_header, o_body)
                except BlockError as e:
                    bad = self.peers.get(sender)
                    if bad is not None:
                        self.ban(bad, f"invalid block: {e}")
                    continue
                except ChainError as e:
                    self.log(f"p2p: cannot import block {o_header.number}: {e}")
                    continue
                ready.append(child)

    def _ask_elsewhere(self, block_hash: bytes, sender: Peer) -> None:
        """Fetch a block from another peer that announced it, after `sender` relayed it
        with a body that is not the header's (the hash is not bad, only that copy)."""
        for peer in self.peers.values():
            if peer is not sender and not peer.closed and block_hash in peer.known_blocks:
                self.inflight[block_hash] = (peer.node_id, time.monotonic())
                peer.requested_blocks.add(block_hash)
                peer.send(Msg.GET_DATA, [int(Kind.BLOCK), [block_hash]])
                return

    def _hold_orphan(self, peer: Peer, header: Header, body: Body) -> None:
        h = header.hash
        if h in self.orphans:
            return
        self.orphans[h] = (header, body, peer.node_id)
        self.orphans_by_parent.setdefault(header.parent_hash, set()).add(h)
        while len(self.orphans) > MAX_ORPHANS:
            old, (old_header, _, _) = self.orphans.popitem(last=False)
            siblings = self.orphans_by_parent.get(old_header.parent_hash)
            if siblings is not None:
                siblings.discard(old)
                if not siblings:
                    del self.orphans_by_parent[old_header.parent_hash]

    def _note_best(self, peer: Peer, header: Header) -> None:
        stored = self.node.stored_header(header.hash)
        if stored is not None and stored[1] > peer.total_difficulty:
            peer.total_difficulty = stored[1]
            peer.best_number, peer.best_hash = header.number, header.hash

    # ------------------------------------------------------------------ relay
    def _on_head(self, block: Block) -> None:
        """A new head (mined or imported): announce its hash to peers that lack it."""
        for peer in list(self.peers.values()):
            if block.hash not in peer.known_blocks:
                peer.known_blocks.add(block.hash)
                peer.send(Msg.INV, [int(Kind.BLOCK), [block.hash]])

    def _on_tx(self, tx: Transaction) -> None:
        for peer in list(self.peers.values()):
            if tx.hash not in peer.known_txs:
                peer.known_txs.add(tx.hash)
                peer.send(Msg.INV, [int(Kind.TX), [tx.hash]])

    # ------------------------------------------------------------------ sync
    def _maybe_sync(self) -> None:
        """Sync from the peer with the most work, if it has more than we do."""
        if self.sync is not None:
            return
        ours = self.node.head.total_difficulty
        best = max(self.peers.values(), key=lambda p: p.total_difficulty, default=None)
        if best is not None and best.total_difficulty > ours and not best.closed:
            self._start_sync(best)

    def _start_sync(self, peer: Peer) -> None:
        head = self.node.head.number
        self.sync = _Sync(peer, head, max(peer.best_number, head), time.monotonic())
        self.log(f"sync: from {peer.label()} (its best block {peer.best_number}, ours {head})")
        peer.send(Msg.GET_HEADERS, [self.node.locator()[:MAX_LOCATOR], MAX_HEADERS])

    def _on_headers(self, peer: Peer, payload: object) -> None:
        s = self.sync
        blobs = as_list(payload, "HEADERS", MAX_HEADERS)
        if s is None or s.peer is not peer:
            return  # a late answer to a sync we gave up on
        try:
            headers = [decode_header(as_bytes(b, "header")) for b in blobs]
        except ProtocolError:
            raise
        except Exception as e:  # noqa: BLE001
            raise ProtocolError(f"HEADERS: undecodable header ({type(e).__name__})") from None
        s.last_progress = time.monotonic()
        if not headers:
            self._end_sync(None)
            return
        parent = self.node.stored_header(headers[0].parent_hash)
        if parent is None:
            raise ProtocolError("HEADERS do not connect to any block this node has")
        prev = parent[0]
        now = int(time.time())
        for i, header in enumerate(headers):
            if header.hash in self.node.bad_blocks:
                raise BlockError(f"header of the invalid block 0x{header.hash.hex()}")
            try:
                validate_header(self.node.genesis, prev, header, now)
            except FutureBlock as e:  # not invalid: take the blocks before it, no ban
                self.log(f"sync: header {header.number} from {peer.label()} refused for now: {e}")
                headers = headers[:i]
                break
            except BlockError as e:
                raise BlockError(f"header {header.number}: {e}") from None
            prev = header
        if not headers:
            self._end_sync(None)
            return
        s.target = max(s.target, headers[-1].number)
        s.last_header = headers[-1].hash
        s.more = len(headers) == MAX_HEADERS  # a cut list (future header) is the last
        s.queue = [h.hash for h in headers if not self.node.has_block(h.hash)]
        self._next_sync_step()

    def _next_sync_step(self) -> None:
        s = self.sync
        assert s is not None
        if s.queue:
            batch, s.queue = s.queue[:BLOCKS_PER_REQUEST], s.queue[BLOCKS_PER_REQUEST:]
            now = time.monotonic()
            for h in batch:
                self.inflight[h] = (s.peer.node_id, now)
                s.peer.requested_blocks.add(h)
            s.pending = set(batch)
            s.peer.send(Msg.GET_DATA, [int(Kind.BLOCK), batch])
        elif s.more and s.last_header is not None:
            s.more = False
            s.peer.send(Msg.GET_HEADERS, [[s.last_header] + self.node.locator()[:MAX_LOCATOR - 1], MAX_HEADERS])
        else:
            self._end_sync(None)

    def _end_sync(self, problem: str | None) -> None:
        s = self.sync
        self.sync = None
        if s is None:
            return
        head = self.node.head
        if problem:
            self.log(f"sync: stopped at block {head.number}: {problem}")
        elif s.imported:
            self.log(f"sync: done, {s.imported} block(s) from {s.peer.label()}; head {head.number} "
                     f"0x{head.hash.hex()}")
        if problem is None and s.peer.total_difficulty > head.total_difficulty:
            s.peer.total_difficulty = head.total_difficulty  # it had less than it claimed
        self._maybe_sync()

    # ------------------------------------------------------------------ housekeeping
    async def _housekeeping(self) -> None:
        while True:
            try:
                self._tick()
            except Exception as e:  # noqa: BLE001 - housekeeping must go on
                self.log(f"p2p: housekeeping error: {type(e).__name__}: {e}")
            await asyncio.sleep(self.config.tick)

    def _tick(self) -> None:
        now = time.monotonic()
        wall = time.time()
        if any(until <= wall for until, _ in self.bans.values()):
            self._reload_bans()  # drops the ended bans from the database too
        for address in [a for a, b in self.backoff.items() if b.next_try + 120 <= now]:  # long idle
            del self.backoff[address]
        for h in [h for h, (_, at) in self.inflight.items() if now - at > REQUEST_TIMEOUT]:
            pid, _ = self.inflight.pop(h)
            peer = self.peers.get(pid)
            if peer is not None:
                peer.requested_blocks.discard(h)
        s = self.sync
        if s is not None and now - s.last_progress > self.config.sync_timeout:
            self._end_sync(f"no progress from {s.peer.label()} in {self.config.sync_timeout:g}s")
        if now - self._last_ping > self.config.ping_interval:
            self._last_ping = now
            for peer in self.peers.values():
                peer.send(Msg.PING, [int(now * 1000)])
        self._flush_addr_relay()
        self._dial_some()
        if now >= self._next_feeler:
            self._next_feeler = now + self._feeler_wait()
            self._feel()
        self._maybe_sync()
