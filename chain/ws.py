"""JSON-RPC over WebSocket, on the HTTP port (as anvil and geth serve it), with
eth_subscribe / eth_unsubscribe for newHeads, logs and newPendingTransactions.

`chain.server` answers HTTP; a GET carrying `Upgrade: websocket` that passes its Host
and Origin checks is handed to a `WebSocketSession` here. The WebSocket framing is the
`websockets` package's sans-I/O protocol (handshake, masking, fragments, ping/pong,
close), fed from the server's own `asyncio.Protocol`, so the HTTP path is untouched.

Each text message is one JSON-RPC request or batch, answered in order through the same
`RPC.handle` as HTTP (on the node's thread when there is a `NodeWorker`). Subscriptions
read the chain feed (`chain.filters.ChainFeed`) on the node's thread and hand finished
notifications to the event loop.

Bounds (`HTTPLimits`, docs/chain.md): WebSocket connections (`ws_connections`), the size
of one message (`max_body`, as an HTTP body), subscriptions per connection
(`ws_subscriptions`), messages read ahead while one is answered (`WS_READ_AHEAD`: past
that the socket is not read), and bytes waiting to be sent to a slow client
(`ws_backlog`: past that the connection is closed with 1008, so a client that does not
read cannot make the node hold its notifications without end).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import orjson
from websockets.frames import Opcode
from websockets.http11 import Request
from websockets.protocol import State
from websockets.server import ServerProtocol

from chain.api import LogEntry
from chain.filters import ChainFeed, LogCriteria
from chain.rpcvalues import (
    INVALID_PARAMS,
    INVALID_REQUEST,
    METHOD_NOT_FOUND,
    InvalidParams,
    Method,
    _describe,
    format_block,
    format_log_entry,
    format_transaction,
)
from chain.types import Block, Transaction

if TYPE_CHECKING:
    from chain.server import NodeWorker

__all__ = ["WebSocketSession", "http_methods", "WS_READ_AHEAD", "SUBSCRIPTION_KINDS"]

_logger = logging.getLogger("chain.ws")

CLOSE_TIMEOUT = 5.0  # seconds to wait for the client's close frame after ours
WS_READ_AHEAD = 64  # messages received and not yet answered, before reading pauses
SUBSCRIPTION_KINDS = ("newHeads", "logs", "newPendingTransactions")
_NEEDS_WS = ("{} works over a WebSocket connection (ws:// on this port): subscriptions push "
             "notifications, which HTTP cannot; over HTTP poll with eth_newFilter / "
             "eth_getFilterChanges")


class RPCLike(Protocol):
    """What a session needs of `chain.rpc.RPC` (which imports this module)."""

    feed: ChainFeed

    def handle(self, payload: bytes) -> bytes | None: ...
    def _log_criteria(self, value: Any, what: str) -> LogCriteria: ...


def http_methods() -> dict[str, Method]:
    """eth_subscribe / eth_unsubscribe as seen over HTTP (and in a batch): refused with
    the reason, rather than as unknown methods."""

    def refuse(name: str) -> Callable[[list], Any]:
        def fn(p: list) -> Any:
            from chain.api import ChainError

            raise ChainError(_NEEDS_WS.format(name), METHOD_NOT_FOUND)
        return fn

    return {"eth_subscribe": Method(refuse("eth_subscribe"), 0, 3),
            "eth_unsubscribe": Method(refuse("eth_unsubscribe"), 0, 1)}


def _head_object(block: Block) -> dict:
    """A newHeads notification: the block header fields (geth's), no transactions."""
    out = format_block(block, False)
    for key in ("transactions", "uncles", "size", "totalDifficulty"):
        out.pop(key, None)
    return out


class Subscriptions:
    """One connection's subscriptions: a reader of the chain feed, called on the node's
    thread; `send` takes a finished notification (thread-safe)."""

    def __init__(self, rpc: RPCLike, send: Callable[[bytes], None], limit: int):
        self.rpc = rpc
        self.send = send
        self.limit = limit
        # id -> (kind, criteria for logs, full transactions for newPendingTransactions)
        self.subs: dict[str, tuple[str, LogCriteria | None, bool]] = {}
        self.closed = False

    def subscribe(self, p: list) -> str:
        if not p:
            raise InvalidParams("missing value for required argument 0 (subscription kind)")
        kind = p[0]
        if kind not in SUBSCRIPTION_KINDS:
            raise InvalidParams(f"invalid argument 0: unknown subscription kind {_describe(kind)}; "
                                f"this node offers {', '.join(SUBSCRIPTION_KINDS)}")
        criteria: LogCriteria | None = None
        full = False
        if kind == "logs":
            if len(p) > 2:
                raise InvalidParams("too many arguments, want at most 2 for logs")
            criteria = self.rpc._log_criteria(p[1] if len(p) > 1 and p[1] is not None else {},
                                              "invalid argument 1")
        elif kind == "newPendingTransactions":
            if len(p) > 2:
                raise InvalidParams("too many arguments, want at most 2 for newPendingTransactions")
            if len(p) > 1 and p[1] is not None:
                if not isinstance(p[1], bool):
                    raise InvalidParams(f"invalid argument 1 (full transactions): expected true "
                                        f"or false, got {_describe(p[1])}")
                full = p[1]
        elif len(p) > 1:
            raise InvalidParams("too many arguments, want at most 1 for newHeads")
        if len(self.subs) >= self.limit:
            from chain.api import ChainError

            raise ChainError(f"too many subscriptions on this connection ({self.limit}): "
                             "eth_unsubscribe some first")
        if not self.subs:
            self.rpc.feed.add(self)
        sid = "0x" + secrets.token_hex(16)
        self.subs[sid] = (kind, criteria, full)
        return sid

    def unsubscribe(self, p: list) -> bool:
        if len(p) != 1:
            raise InvalidParams(f"want 1 argument (subscription id), got {len(p)}")
        if not isinstance(p[0], str):
            raise InvalidParams(f"invalid argument 0 (subscription id): expected a hex string, "
                                f"got {_describe(p[0])}")
        found = self.subs.pop(p[0].lower(), None) is not None
        if not self.subs:
            self.rpc.feed.remove(self)
        return found

    def close(self) -> None:
        self.closed = True
        self.subs.clear()
        self.rpc.feed.remove(self)

    def _notify(self, sid: str, result: Any) -> None:
        self.send(orjson.dumps({"jsonrpc": "2.0", "method": "eth_subscription",
                                "params": {"subscription": sid, "result": result}}))

    # -- the feed's side (node thread) ------------------------------------------------

    def new_blocks(self, added: list[Block], logs: list[LogEntry], removed: list[LogEntry]) -> None:
        if self.closed:
            return
        heads: list[dict] | None = None
        for sid, (kind, criteria, _) in list(self.subs.items()):
            if kind == "newHeads":
                if heads is None:
                    heads = [_head_object(b) for b in added]
                for h in heads:
                    self._notify(sid, h)
            elif kind == "logs" and criteria is not None:
                for e in removed:
                    if criteria.matches(e):
                        obj = format_log_entry(e)
                        obj["removed"] = True
                        self._notify(sid, obj)
                for e in logs:
                    if criteria.matches(e):
                        self._notify(sid, format_log_entry(e))

    def new_transaction(self, tx: Transaction) -> None:
        if self.closed:
            return
        for sid, (kind, _, full) in list(self.subs.items()):
            if kind == "newPendingTransactions":
                self._notify(sid, format_transaction(tx, None, None) if full else "0x" + tx.hash.hex())


class WebSocketSession:
    """One upgraded connection: the framing, the in-order answering of messages and the
    subscriptions. Lives on the event loop; `deliver` may be called from any thread."""

    def __init__(self, rpc: RPCLike, transport: asyncio.Transport, worker: NodeWorker | None,
                 *, max_message: int, max_subscriptions: int, max_backlog: int,
                 on_close: Callable[[], None]):
        self.rpc = rpc
        self.transport = transport
        self.worker = worker
        self.loop = asyncio.get_running_loop()
        self.proto = ServerProtocol(max_size=max_message, logger=_logger)
        self.max_backlog = max_backlog
        self.on_close = on_close
        self.open = False
        self.closed = False
        self.closing = False
        self.busy = False
        self.paused = False
        self.inbox: deque[bytes] = deque()
        self.fragments: list[bytes] = []
        self.subs = Subscriptions(rpc, self.deliver, max_subscriptions)

    # -- bytes in -----------------------------------------------------------------------

    def receive(self, data: bytes) -> None:
        if self.closed:
            return
        self.proto.receive_data(data)
        for event in self.proto.events_received():
            if isinstance(event, Request):
                self._handshake(event)
            else:
                self._frame(event)
        self._flush()
        self._next()

    def receive_eof(self) -> None:
        if not self.closed:
            self.proto.receive_eof()
            self._flush()

    def _handshake(self, request: Request) -> None:
        response = self.proto.accept(request)
        self.proto.send_response(response)
        self.open = response.status_code == 101

    def _frame(self, frame: Any) -> None:
        op = frame.opcode
        if op is Opcode.TEXT or op is Opcode.BINARY:
            if frame.fin:
                self.inbox.append(bytes(frame.data))
            else:
                self.fragments = [bytes(frame.data)]
        elif op is Opcode.CONT and self.fragments:
            self.fragments.append(bytes(frame.data))
            if frame.fin:  # the protocol bounds the whole message by max_size
                self.inbox.append(b"".join(self.fragments))
                self.fragments = []
        if len(self.inbox) > WS_READ_AHEAD and not self.paused:
            self.paused = True
            self.transport.pause_reading()

    # -- answering ----------------------------------------------------------------------

    def _next(self) -> None:
        while not self.busy and self.inbox and not self.closed:
            message = self.inbox.popleft()
            if self.paused and len(self.inbox) <= WS_READ_AHEAD // 2:
                self.paused = False
                self.transport.resume_reading()
            if self.worker is None:
                self._reply(self._answer(message))
                continue
            self.busy = True
            task = asyncio.ensure_future(self.worker.run(self._answer, message))
            task.add_done_callback(self._answered)

    def _answered(self, task: asyncio.Future) -> None:
        self.busy = False
        if task.cancelled():
            self.close(1001, "server stopping")
            return
        if task.exception() is not None:
            _logger.error("WebSocket request failed", exc_info=task.exception())
            self.close(1011, "internal error")
            return
        self._reply(task.result())
        self._next()

    def _reply(self, out: bytes | None) -> None:
        if out is not None:
            self._send(out)

    def _answer(self, message: bytes) -> bytes | None:
        """The answer to one message (on the node's thread): subscription requests are
        this connection's own, everything else goes to the RPC as over HTTP."""
        if b"subscribe" in message:
            try:
                request = orjson.loads(message)
            except orjson.JSONDecodeError:
                request = None
            if isinstance(request, dict) and request.get("method") in ("eth_subscribe", "eth_unsubscribe"):
                return orjson.dumps(self._subscription_request(request))
        return self.rpc.handle(message)

    def _subscription_request(self, req: dict) -> dict:
        from chain.api import ChainError

        id_ = req.get("id")
        if not (id_ is None or isinstance(id_, str | int)) or isinstance(id_, bool):
            return _error(INVALID_REQUEST, "invalid request: id must be a string, number or null", None)
        params = req.get("params")
        if params is None:
            params = []
        if not isinstance(params, list):
            return _error(INVALID_PARAMS, "invalid params: params must be an array", id_)
        try:
            if req["method"] == "eth_subscribe":
                result: Any = self.subs.subscribe(params)
            else:
                result = self.subs.unsubscribe(params)
        except ChainError as e:
            return _error(e.code, e.message, id_)
        return {"jsonrpc": "2.0", "id": id_, "result": result}

    # -- bytes out ----------------------------------------------------------------------

    def deliver(self, notification: bytes) -> None:
        """A notification from the feed (node thread or loop): sent on the loop."""
        if self.closed:
            return
        try:
            self.loop.call_soon_threadsafe(self._send, notification)
        except RuntimeError:  # the loop is closed: the server stopped
            pass

    def _send(self, data: bytes) -> None:
        if self.closed or not self.open or self.proto.state is not State.OPEN:
            return
        if self.transport.get_write_buffer_size() > self.max_backlog:
            self.close(1008, f"slow consumer: more than {self.max_backlog} bytes unread")
            return
        self.proto.send_text(data)
        self._flush()

    def _flush(self) -> None:
        for chunk in self.proto.data_to_send():
            if chunk:
                self.transport.write(chunk)
            else:  # the protocol is done with the connection (close handshake or failure)
                self._finish()
                return
        if self.proto.close_expected() and not self.closed and not self.closing:
            self.closing = True
            self.loop.call_later(CLOSE_TIMEOUT, self._finish)  # the peer's close never came

    def close(self, code: int, reason: str) -> None:
        """Close the connection from our side, with a close frame when it is open."""
        if self.closed:
            return
        if self.open:
            try:
                self.proto.send_close(code, reason[:120])
            except Exception:  # noqa: BLE001 - already closing: drop the connection
                self._finish()
                return
            self._flush()
            self.subs.close()
        else:
            self._finish()

    def _finish(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.subs.close()
        self.transport.close()
        self.on_close()

    def connection_lost(self) -> None:
        if not self.closed:
            self.closed = True
            self.subs.close()
            self.on_close()


def _error(code: int, message: str, id_: Any) -> dict:
    return {"jsonrpc": "2.0", "id": id_, "error": {"code": code, "message": message}}
