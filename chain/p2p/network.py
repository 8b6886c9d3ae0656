"""The peer-to-peer service: discovery, handshake, relay by announcement, headers-first
sync, orphans and bans, on the node's own event loop.

The node is single-threaded by design, so everything here runs on the event loop that
serves JSON-RPC: message handlers call the node synchronously between awaits and never
race with a JSON-RPC request. See docs/network.md for the protocol.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import os
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from chain.api import ChainError
from chain.blocks import BlockError, Body, BodyMismatch, FutureBlock
from chain.nesting import load_json
from chain.node import Node
from chain.p2p.messages import (
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
from chain.store import decode_header
from chain.transactions import decode_transaction
from chain.transition import validate_header
from chain.types import Block, Header, Transaction

MAX_ORPHANS = 512
MAX_KNOWN_ADDRESSES = 2048
BLOCKS_PER_REQUEST = 128
REQUEST_TIMEOUT = 10.0  # seconds before a block asked of one peer may be asked of another


def parse_address(text: str) -> tuple[str, int]:
    """"host:port" (IPv6 as "[::1]:port") as a pair; ValueError with the reason."""
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host:
        raise ValueError(f"{text!r} is not host:port")
    host = host.strip("[]")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{text!r}: the port must be a number from 1 to 65535")
    return host, int(port)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@dataclass
class P2PConfig:
    host: str = "127.0.0.1"
    port: int = 30303  # 0 picks a free port (tests)
    bootnodes: list[tuple[str, int]] = field(default_factory=list)
    max_peers: int = 25
    outbound: int = 8  # connections this node dials while it knows addresses to dial
    peers_file: Path | None = None  # known addresses, kept across restarts
    ban_seconds: float = 600.0
    tick: float = 0.5  # housekeeping period: dialing, timeouts, pings
    handshake_timeout: float = 5.0
    idle_timeout: float = 60.0
    ping_interval: float = 15.0
    sync_timeout: float = 20.0
    log: Callable[[str], None] | None = None


@dataclass
class _Address:
    next_try: float = 0.0
    failures: int = 0
    good: bool = False  # we completed a handshake with it


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


class P2P:
    def __init__(self, node: Node, config: P2PConfig | None = None):
        self.node = node
        self.config = config or P2PConfig()
        self.log = self.config.log or (lambda line: None)
        self.node_id = os.urandom(16)
        self.port = self.config.port
        self.peers: dict[bytes, Peer] = {}
        self.addresses: OrderedDict[tuple[str, int], _Address] = OrderedDict()
        self.own_addresses: set[tuple[str, int]] = set()
        self.bans: dict[object, tuple[float, str]] = {}  # node id, address or host -> (until, why)
        self.orphans: OrderedDict[bytes, tuple[Header, Body, bytes]] = OrderedDict()  # -> peer id
        self.orphans_by_parent: dict[bytes, set[bytes]] = {}
        self.inflight: dict[bytes, tuple[bytes, float]] = {}  # block hash -> (peer id, asked at)
        self.sync: _Sync | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task] = set()
        self._dialing: set[tuple[str, int]] = set()
        self._last_ping = time.monotonic()
        self._last_save = 0.0
        self._dirty = False

    # ------------------------------------------------------------------ life cycle
    async def start(self) -> None:
        """Listen, load known addresses and bootnodes, and start housekeeping."""
        cfg = self.config
        self._server = await asyncio.start_server(self._accept, cfg.host, cfg.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]
        for host in {cfg.host, "127.0.0.1", "localhost"}:
            self.own_addresses.add((host, self.port))
        self._load_peers()
        for address in cfg.bootnodes:
            self.add_address(address)
        self.node.head_listeners.append(self._on_head)
        self.node.tx_listeners.append(self._on_tx)
        self._spawn(self._housekeeping())

    async def stop(self) -> None:
        with contextlib.suppress(ValueError):
            self.node.head_listeners.remove(self._on_head)
            self.node.tx_listeners.remove(self._on_tx)
        if self._server is not None:
            self._server.close()
        for peer in list(self.peers.values()):
            peer.send(Msg.DISCONNECT, [b"shutting down"])
            peer.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._save_peers()

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # ------------------------------------------------------------------ addresses
    def add_address(self, address: tuple[str, int], good: bool = False) -> None:
        """Remember an address to dial (bootnode, gossip, or a peer we talked to)."""
        info = self.addresses.get(address)
        if info is None:
            info = self.addresses[address] = _Address()
            self._dirty = True
            while len(self.addresses) > MAX_KNOWN_ADDRESSES:
                worst = next((a for a, i in self.addresses.items() if not i.good), None)
                self.addresses.pop(worst if worst is not None else next(iter(self.addresses)))
        if good and not info.good:
            info.good = True
            self._dirty = True
        if good:
            info.failures = 0

    def connect(self, address: tuple[str, int]) -> None:
        """Dial `address` now (admin_addPeer, tests)."""
        self.add_address(address)
        self.addresses[address].next_try = 0.0
        self._dial_some()

    def _load_peers(self) -> None:
        path = self.config.peers_file
        if path is None or not path.exists():
            return
        try:
            data = load_json(path.read_text(), what=str(path))
            for text in data.get("peers", []):
                self.add_address(parse_address(text), good=True)
        except (OSError, ValueError, AttributeError, TypeError) as e:
            self.log(f"p2p: ignoring the peer list {path}: {e}")
        self._dirty = False

    def _save_peers(self) -> None:
        path = self.config.peers_file
        if path is None or not self._dirty:
            return
        good = [f"{h}:{p}" for (h, p), i in self.addresses.items() if i.good and (h, p) not in self.own_addresses]
        try:
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"peers": good[-256:]}, indent=1))
            tmp.replace(path)
            self._dirty = False
        except OSError as e:
            self.log(f"p2p: cannot save the peer list {path}: {e}")

    # ------------------------------------------------------------------ bans
    def _ban_keys(self, peer: Peer) -> list[object]:
        keys: list[object] = []
        if peer.node_id:
            keys.append(peer.node_id)
        if peer.listen_address:
            keys.append(peer.listen_address)
        if not _loopback(peer.remote[0]):  # on loopback every test node shares one host
            keys.append(peer.remote[0])
        return keys

    def is_banned(self, *keys: object) -> str | None:
        now = time.monotonic()
        for key in keys:
            entry = self.bans.get(key)
            if entry is not None and entry[0] > now:
                return entry[1]
        return None

    def ban(self, peer: Peer, reason: str, seconds: float | None = None) -> None:
        """Disconnect `peer` and refuse it (by node id, address and, off loopback, host)."""
        seconds = self.config.ban_seconds if seconds is None else seconds
        until = time.monotonic() + seconds
        for key in self._ban_keys(peer):
            self.bans[key] = (until, reason)
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
            self.bans[node_id] = (time.monotonic() + (seconds or self.config.ban_seconds), reason)

    def unban_all(self) -> None:
        self.bans.clear()
        for info in self.addresses.values():
            info.next_try = 0.0

    # ------------------------------------------------------------------ status
    def peer_count(self) -> int:
        return len(self.peers)

    def peer_info(self) -> list[dict]:
        now = time.monotonic()
        return [{"id": "0x" + p.node_id.hex(), "address": p.label(), "inbound": p.inbound,
                 "client": p.hello.client if p.hello else "", "bestNumber": p.best_number,
                 "bestHash": "0x" + p.best_hash.hex(), "totalDifficulty": p.total_difficulty,
                 "connectedSeconds": round(now - p.connected_at, 1)} for p in self.peers.values()]

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

    async def _dial(self, address: tuple[str, int]) -> None:
        info = self.addresses.get(address) or _Address()
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(*address),
                                                    self.config.handshake_timeout)
        except (TimeoutError, OSError):
            info.failures += 1
            info.next_try = time.monotonic() + min(2 ** info.failures, 60)
            return
        finally:
            self._dialing.discard(address)
        await self._run_peer(Peer(reader, writer, inbound=False, dialed=address))

    def _dial_some(self) -> None:
        cfg = self.config
        outbound = sum(1 for p in self.peers.values() if not p.inbound) + len(self._dialing)
        if outbound >= cfg.outbound or len(self.peers) >= cfg.max_peers:
            return
        connected = {p.listen_address for p in self.peers.values()}
        now = time.monotonic()
        for address, info in list(self.addresses.items()):
            if outbound >= cfg.outbound:
                break
            if (address in connected or address in self._dialing or address in self.own_addresses
                    or info.next_try > now or self.is_banned(address, address[0])):
                continue
            info.next_try = now + min(2 ** (info.failures + 1), 60)  # until it succeeds
            self._dialing.add(address)
            self._spawn(self._dial(address))
            outbound += 1

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
            return "connected to itself"
        why = self.is_banned(hello.node_id, peer.remote[0], (peer.remote[0], hello.listen_port))
        if why is not None:
            return f"banned: {why}"
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

    async def _run_peer(self, peer: Peer) -> None:
        registered = False
        reason = "connection closed"
        try:
            peer.send(Msg.HELLO, encode_hello(self._hello()))
            code, payload = await peer.receive(self.config.handshake_timeout)
            if code == Msg.DISCONNECT:
                reason = "refused: " + self._reason_text(payload)
                if peer.dialed and peer.dialed in self.addresses:
                    self.addresses[peer.dialed].next_try = time.monotonic() + 30
                self.log(f"p2p: {peer.label()} {reason}")
                return
            if code != Msg.HELLO:
                raise ProtocolError(f"the first message must be HELLO, not {code.name}")
            hello = decode_hello(payload)
            peer.hello = hello
            refusal = self._refuse(peer, hello)
            if refusal is not None:
                peer.send(Msg.DISCONNECT, [refusal.encode()])
                if peer.dialed and peer.dialed in self.addresses and refusal != "connected to itself":
                    self.addresses[peer.dialed].next_try = time.monotonic() + 30
                if refusal != "connected to itself":
                    self.log(f"p2p: refused {peer.label()}: {refusal}")
                return
            peer.best_number, peer.best_hash = hello.best_number, hello.best_hash
            peer.total_difficulty = hello.total_difficulty
            if not self._register(peer):
                peer.send(Msg.DISCONNECT, [b"already connected"])
                return
            registered = True
            if peer.listen_address:
                self.add_address(peer.listen_address, good=True)
            self.log(f"p2p: peer {peer.label()} connected ({'inbound' if peer.inbound else 'outbound'}, "
                     f"best block {hello.best_number}); {len(self.peers)} peer(s)")
            peer.send(Msg.GET_ADDR, [])
            self._maybe_sync()
            while not peer.closed:
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
            peer.send(Msg.ADDR, self._addresses_for(peer))
        elif code == Msg.ADDR:
            for address in decode_addresses(payload):
                if address not in self.own_addresses and not self.is_banned(address):
                    self.add_address(address)
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

    def _addresses_for(self, peer: Peer) -> list:
        out = []
        for p in self.peers.values():
            if p is not peer and p.listen_address:
                out.append([p.listen_address[0].encode(), p.listen_address[1]])
        for (host, port), info in reversed(self.addresses.items()):
            if len(out) >= 64:
                break
            if info.good and (host, port) != peer.listen_address:
                out.append([host.encode(), port])
        return out

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
        for key in [k for k, (until, _) in self.bans.items() if until <= now]:
            del self.bans[key]
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
        self._dial_some()
        self._maybe_sync()
        if self._dirty and now - self._last_save > 5:
            self._last_save = now
            self._save_peers()
