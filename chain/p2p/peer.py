"""One connected peer: its stream, what it told us in the handshake, what it knows, and
the limits that keep a misbehaving peer from costing us more than a bounded amount."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Hashable

from chain.p2p.messages import MAX_MESSAGE, Hello, Msg, ProtocolError, frame, parse

KNOWN_LIMIT = 8192  # inventory hashes remembered per peer (so we never announce them back)
KNOWN_ADDRESSES = 4096  # addresses remembered per peer as known to it (never relayed back)
MAX_WRITE_BUFFER = 32 * 1024 * 1024  # a peer that does not read is dropped, not buffered for
RATE = 400.0  # messages per second a peer may sustain...
BURST = 2000.0  # ...with bursts up to this many


class LRUSet:
    """A bounded set: the oldest entries are forgotten first."""

    def __init__(self, limit: int = KNOWN_LIMIT):
        self.limit = limit
        self._items: OrderedDict[Hashable, None] = OrderedDict()

    def add(self, item: Hashable) -> None:
        self._items[item] = None
        self._items.move_to_end(item)
        if len(self._items) > self.limit:
            self._items.popitem(last=False)

    def discard(self, item: Hashable) -> None:
        self._items.pop(item, None)

    def __contains__(self, item: object) -> bool:
        return item in self._items

    def __len__(self) -> int:
        return len(self._items)


class Peer:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, inbound: bool,
                 dialed: tuple[str, int] | None = None, feeler: bool = False):
        self.reader = reader
        self.writer = writer
        self.inbound = inbound
        peername = writer.get_extra_info("peername") or ("?", 0)
        self.remote: tuple[str, int] = (str(peername[0]), int(peername[1]))
        self.dialed = dialed  # the address we dialed (outbound)
        self.feeler = feeler  # a short connection that only tests the address
        self.hello: Hello | None = None
        self.best_number = 0
        self.best_hash = b""
        self.total_difficulty = 0
        self.known_blocks = LRUSet()
        self.known_txs = LRUSet()
        self.requested_blocks: set[bytes] = set()  # asked with GET_DATA, not yet delivered
        self.requested_txs: set[bytes] = set()
        self.side_blocks = 0  # blocks it sent in a row that stayed off the canonical chain
        self.connected_at = time.monotonic()
        self.last_seen = time.monotonic()
        self._tokens = BURST
        # addresses: Core's rules (answer one GET_ADDR; a token bucket for unasked ADDRs)
        self.getaddr_sent = False  # we asked it; its next ADDR is the answer
        self.getaddr_answered = False
        self.addr_tokens = 1.0
        self.addr_refilled = time.monotonic()
        self.addr_dropped = 0  # addresses over the rate, ignored
        self.addr_limited = False  # logged once per connection
        self.known_addresses = LRUSet(KNOWN_ADDRESSES)
        self.addr_queue: list[tuple[str, int]] = []  # relayed addresses waiting for the next tick
        self._refilled = time.monotonic()
        self.closed = False

    @property
    def node_id(self) -> bytes:
        return self.hello.node_id if self.hello else b""

    @property
    def listen_address(self) -> tuple[str, int] | None:
        """Where the peer accepts connections: its host and the port its handshake names."""
        if self.hello is None or not self.hello.listen_port:
            return self.dialed
        return (self.remote[0], self.hello.listen_port)

    def label(self) -> str:
        addr = self.listen_address or self.remote
        return f"{addr[0]}:{addr[1]}"

    def send(self, code: Msg, payload: object) -> None:
        """Queue a message. Never blocks: a peer that lets its buffer grow past the limit
        is disconnected instead (it would otherwise make us hold its backlog in memory)."""
        if self.closed:
            return
        self.writer.write(frame(code, payload))
        if self.writer.transport.get_write_buffer_size() > MAX_WRITE_BUFFER:
            self.close()

    async def receive(self, timeout: float) -> tuple[Msg, object]:
        """The next message; ProtocolError for oversized or malformed ones, or a flood."""
        head = await asyncio.wait_for(self.reader.readexactly(4), timeout)
        size = int.from_bytes(head, "big")
        if size > MAX_MESSAGE:
            raise ProtocolError(f"message of {size} bytes announced, over the {MAX_MESSAGE}-byte limit")
        body = await asyncio.wait_for(self.reader.readexactly(size), timeout)
        self.last_seen = now = time.monotonic()
        self._tokens = min(BURST, self._tokens + (now - self._refilled) * RATE)
        self._refilled = now
        self._tokens -= 1
        if self._tokens < 0:
            raise ProtocolError(f"flooding: more than {RATE:g} messages per second")
        return parse(body)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.writer.close()
