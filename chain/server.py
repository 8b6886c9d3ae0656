"""A lean HTTP/1.1 server for JSON-RPC, on asyncio alone.

Over HTTP the per-request overhead of a framework is larger than the work of most calls,
so this is a small `asyncio.Protocol`: it parses request heads with bytes operations,
keeps connections alive, answers pipelined requests in order, and calls the synchronous
`RPC.handle` inline on the event loop (the node is single-threaded, so there is nothing
to gain from threads and a lock would only add latency).

Only what JSON-RPC clients use is supported: POST with a Content-Length body (any path),
GET (a short text, for health checks), OPTIONS (CORS preflight). Anything malformed gets
a 4xx reply and the connection is closed; nothing a client does can stop the server.

Everything a client controls is bounded (`HTTPLimits`): time to send a request head and
body (slowloris), idle keep-alive time, open connections, body size, the bytes of bodies
in flight across all connections. Browsers are kept out by default: no CORS headers
unless origins are allowed, requests carrying an Origin that is not allowed and requests
whose Host is not one of the node's names (DNS rebinding) are refused with 403.

With a `NodeWorker`, requests run on the worker's thread, off the event loop, so the
loop keeps accepting, timing out and answering signals while a long call runs; requests
of one connection are still answered in order.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chain.rpc import RPC

if TYPE_CHECKING:
    from chain.ws import WebSocketSession

__all__ = ["serve", "RPCServer", "HTTPLimits", "NodeWorker", "MAX_BODY", "MAX_HEAD", "LOCAL_HOSTS"]

_logger = logging.getLogger("chain.server")

MAX_BODY = 5 * 1024 * 1024  # geth's limit too
MAX_HEAD = 64 * 1024
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class HTTPLimits:
    """What one client may cost the server; docs/chain.md lists the values and flags."""

    header_timeout: float = 10.0  # from a request's first byte to the end of its head
    body_timeout: float = 30.0  # from the end of the head to the end of the body
    idle_timeout: float = 120.0  # a kept-alive connection with no request in progress
    max_connections: int = 128
    max_body: int = MAX_BODY
    max_buffered: int = 64 * 1024 * 1024  # declared body bytes in flight, all connections
    cors_origins: tuple[str, ...] = ()  # "*" for any origin; empty: no CORS headers
    vhosts: tuple[str, ...] = LOCAL_HOSTS  # accepted Host names ("*" for any)
    ws_connections: int = 64  # of max_connections, how many may be WebSocket connections
    ws_subscriptions: int = 128  # eth_subscribe subscriptions on one WebSocket connection
    ws_backlog: int = 16 * 1024 * 1024  # bytes unsent to a WebSocket client before it is dropped

    def with_bound_host(self, host: str) -> HTTPLimits:
        """These limits, also accepting the address the server is bound to as Host."""
        if host in self.vhosts or host in ("0.0.0.0", "::", ""):
            return self
        return dataclasses.replace(self, vhosts=self.vhosts + (host,))


class NodeWorker:
    """The one thread that runs calls into the node, so that the event loop is free while
    a call runs. Everything that uses the node goes through `run` (one at a time, in
    order): the node stays single-threaded."""

    def __init__(self) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="node")
        self._pending: set[concurrent.futures.Future] = set()

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        future = self._executor.submit(fn, *args)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        return await asyncio.wrap_future(future)

    def drain(self, timeout: float) -> bool:
        """Stop taking work and wait up to `timeout` s for what runs; False if it still runs."""
        pending = set(self._pending)
        for future in pending:
            future.cancel()  # not started yet: dropped
        done, not_done = concurrent.futures.wait(pending, timeout)
        self._executor.shutdown(wait=not not_done, cancel_futures=True)
        return not not_done

_REASONS = {
    200: "OK", 204: "No Content", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
    405: "Method Not Allowed", 408: "Request Timeout", 411: "Length Required",
    413: "Content Too Large", 431: "Request Header Fields Too Large",
    500: "Internal Server Error", 501: "Not Implemented", 503: "Service Unavailable",
    505: "HTTP Version Not Supported",
}
_CORS_REST = (b"Access-Control-Allow-Methods: POST, GET, OPTIONS\r\n"
              b"Access-Control-Allow-Headers: Content-Type\r\n"
              b"Access-Control-Max-Age: 86400\r\nVary: Origin\r\n")
_JSON = b"application/json"
_TEXT = b"text/plain; charset=utf-8"
_BANNER = b"coinc JSON-RPC node: POST JSON-RPC 2.0 requests to this URL\n"


class _Connections(set):
    """A server's open connections; once `closing`, new ones are closed on arrival (a
    connection accepted while the server stops would otherwise stay open). `reserved`
    counts the declared body bytes of requests still arriving, on all connections."""

    def __init__(self, limits: HTTPLimits, worker: NodeWorker | None):
        super().__init__()
        self.limits = limits
        self.worker = worker
        self.closing = False
        self.reserved = 0
        self.websockets = 0  # upgraded connections among them


def _host_name(value: bytes) -> str:
    """The name in a Host header, without port or IPv6 brackets, lower case."""
    text = value.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text[1:text.find("]")] if "]" in text else text
    return text.rpartition(":")[0] if text.count(":") == 1 else text


class _HTTPProtocol(asyncio.Protocol):
    """One client connection. State: the bytes received and not yet consumed, and the
    parsed head of a request whose body is still arriving."""

    __slots__ = ("rpc", "conns", "limits", "transport", "buf", "pending", "closed", "paused",
                 "busy", "timer", "idle", "origin", "reserved", "ws")

    def __init__(self, rpc: RPC, conns: _Connections):
        self.rpc = rpc
        self.conns = conns  # the server's open connections, closed when it stops
        self.limits = conns.limits
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        # (method, keep_alive, content_length, head_end) of a request awaiting its body
        self.pending: tuple[bytes, bool, int, int] | None = None
        self.closed = False
        self.paused = False
        self.busy = False  # a request runs on the node worker; later ones wait
        self.timer: asyncio.TimerHandle | None = None
        self.idle = False  # between requests of a kept-alive connection
        self.origin: bytes | None = None  # the allowed Origin of the current request
        self.reserved = 0  # this connection's share of conns.reserved
        self.ws: WebSocketSession | None = None  # once upgraded, the session takes the bytes

    # -- asyncio callbacks ------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        if self.conns.closing:
            transport.close()
            return
        if len(self.conns) >= self.limits.max_connections:
            self._respond(503, b"too many open connections (limit %d)\n" % self.limits.max_connections,
                          _TEXT, False)
            return
        self.conns.add(self)
        self._arm(self.limits.header_timeout, "request head")

    def connection_lost(self, exc: Exception | None) -> None:
        if self.ws is not None:
            self.ws.connection_lost()
        self.closed = True
        self.transport = None
        self.buf = bytearray()
        self._release()
        self.conns.discard(self)
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _arm(self, seconds: float, waiting_for: str | None) -> None:
        """(Re)start the one timer of the connection; `waiting_for` None means idle."""
        if self.timer is not None:
            self.timer.cancel()
        self.idle = waiting_for is None
        loop = asyncio.get_running_loop()
        self.timer = loop.call_later(seconds, self._timed_out, waiting_for)

    def _timed_out(self, waiting_for: str | None) -> None:
        self.timer = None
        if self.transport is None or self.busy:
            return
        if waiting_for is None:
            self.transport.close()
        else:
            self._respond(408, b"timed out waiting for the %s\n" % waiting_for.encode(), _TEXT, False)

    def _release(self) -> None:
        self.conns.reserved -= self.reserved
        self.reserved = 0

    def pause_writing(self) -> None:
        # a client that sends requests without reading the answers: stop reading from it
        # (a WebSocket session bounds its own backlog and read-ahead)
        if self.transport is not None and not self.paused and self.ws is None:
            self.paused = True
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        if self.transport is not None and self.paused and self.ws is None:
            self.paused = False
            self.transport.resume_reading()

    def eof_received(self) -> bool | None:
        if self.ws is not None:
            self.ws.receive_eof()
        return None

    def data_received(self, data: bytes) -> None:
        if self.ws is not None:
            try:
                self.ws.receive(data)
            except Exception:  # noqa: BLE001 - as below: one connection, no more
                _logger.exception("WebSocket connection failed")
                if self.transport is not None:
                    self.transport.close()
            return
        self.buf += data
        if self.idle:  # the first bytes of the next request: its head must come in time
            self._arm(self.limits.header_timeout, "request head")
        if self.busy:
            if len(self.buf) > MAX_HEAD + self.limits.max_body and self.transport is not None:
                self.paused = True  # pipelining ahead of the answers: wait for them
                self.transport.pause_reading()
            return
        try:
            self._process()
        except Exception:  # noqa: BLE001 - a server bug must cost one connection, no more
            _logger.exception("HTTP connection failed")
            self._respond(500, b"internal server error\n", _TEXT, False)

    # -- request handling -------------------------------------------------------------

    def _process(self) -> None:
        """Answer every complete request in the buffer (pipelining), in order."""
        while not self.closed and self.transport is not None and not self.busy:
            if self.pending is None:
                while self.buf[:2] == b"\r\n":  # stray CRLFs between requests (RFC 9112 2.2)
                    del self.buf[:2]
                end = self.buf.find(b"\r\n\r\n")
                if end < 0:
                    if len(self.buf) > MAX_HEAD:
                        self._respond(431, b"request head too large\n", _TEXT, False)
                    return
                if end > MAX_HEAD:
                    self._respond(431, b"request head too large\n", _TEXT, False)
                    return
                if not self._parse_head(end):
                    return
            method, keep_alive, length, start = self.pending  # type: ignore[misc]
            if len(self.buf) < start + length:
                return
            body = bytes(self.buf[start:start + length])
            del self.buf[:start + length]
            self.pending = None
            self._release()
            self._dispatch(method, body, keep_alive)

    def _parse_head(self, end: int) -> bool:
        """Parse the request line and headers ending at `end`; set `pending` and return
        True, or reply with an error (closing) and return False."""
        head = bytes(self.buf[:end])
        lines = head.split(b"\r\n")
        parts = lines[0].split(b" ")
        if len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
            if len(parts) == 3 and parts[2].startswith(b"HTTP/"):
                self._respond(505, b"HTTP/1.x only\n", _TEXT, False)
            else:
                self._respond(400, b"malformed request line\n", _TEXT, False)
            return False
        method, version = parts[0], parts[2]
        keep_alive = version != b"HTTP/1.0"
        length: int | None = None
        chunked = False
        expect_continue = False
        host: bytes | None = None
        origin: bytes | None = None
        upgrade = False
        for line in lines[1:]:
            name, sep, value = line.partition(b":")
            if not sep or not name or name != name.strip():
                self._respond(400, b"malformed header line\n", _TEXT, False)
                return False
            name = name.lower()
            value = value.strip()
            if name == b"content-length":
                if not value.isdigit() or (length is not None and int(value) != length):
                    self._respond(400, b"invalid Content-Length\n", _TEXT, False)
                    return False
                length = int(value)
            elif name == b"connection":
                tokens = value.lower()
                if b"close" in tokens:
                    keep_alive = False
                elif b"keep-alive" in tokens:
                    keep_alive = True
            elif name == b"transfer-encoding":
                chunked = True
            elif name == b"expect":
                expect_continue = value.lower() == b"100-continue"
            elif name == b"host":
                host = value
            elif name == b"origin":
                origin = value
            elif name == b"upgrade":
                upgrade = value.lower() == b"websocket"
        refusal = self._refusal(host, origin)
        if refusal is not None:
            self._respond(403, refusal, _TEXT, False)
            return False
        self.origin = origin
        if upgrade and method == b"GET":
            self._upgrade(end)
            return False
        if chunked:
            # bodies must be framed by Content-Length; no JSON-RPC client needs chunking
            self._respond(411, b"chunked bodies are not supported: send Content-Length\n",
                          _TEXT, False)
            return False
        if length is None:
            if method == b"POST":
                self._respond(411, b"Content-Length required\n", _TEXT, False)
                return False
            length = 0
        limit = self.limits.max_body
        if length > limit:
            self._respond(413, b"request body too large (limit %d bytes)\n" % limit, _TEXT, False)
            return False
        if length and self.conns.reserved + length > self.limits.max_buffered:
            self._respond(503, b"too many large request bodies in flight; retry later\n", _TEXT, False)
            return False
        self.reserved = length
        self.conns.reserved += length
        self.pending = (method, keep_alive, length, end + 4)
        if length and len(self.buf) < end + 4 + length:
            self._arm(self.limits.body_timeout, "request body")
        if expect_continue and length and len(self.buf) < end + 4 + length:
            self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")  # type: ignore[union-attr]
        return True

    def _upgrade(self, end: int) -> None:
        """Hand the connection to a WebSocket session (chain.ws), with the request head
        and whatever followed it; from now on its bytes go there."""
        from chain.ws import WebSocketSession

        limits, conns = self.limits, self.conns
        if conns.websockets >= limits.ws_connections:
            self._respond(503, b"too many WebSocket connections (limit %d)\n" % limits.ws_connections,
                          _TEXT, False)
            return
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        self.idle = False
        self.origin = None
        conns.websockets += 1

        def closed() -> None:
            conns.websockets -= 1

        data = bytes(self.buf)
        self.buf = bytearray()
        assert self.transport is not None
        self.ws = WebSocketSession(self.rpc, self.transport, conns.worker, max_message=limits.max_body,
                                   max_subscriptions=limits.ws_subscriptions,
                                   max_backlog=limits.ws_backlog, on_close=closed)
        # the head first, so the handshake is answered before any frame that followed it
        self.ws.receive(data[:end + 4])
        if len(data) > end + 4:
            self.ws.receive(data[end + 4:])

    def _refusal(self, host: bytes | None, origin: bytes | None) -> bytes | None:
        """Why a request is refused for its Host or Origin header (403), or None.

        A missing Host is accepted (not a browser); a browser always sends one, and a
        page of another site reaching us by DNS rebinding names its own."""
        vhosts = self.limits.vhosts
        if host is not None and "*" not in vhosts and _host_name(host) not in vhosts:
            return (b"Host %s is not allowed: this node answers to %s (see --rpc-vhosts)\n"
                    % (host[:100], ", ".join(vhosts).encode()))
        if origin is not None and not self._origin_allowed(origin):
            return (b"Origin %s is not allowed (see --cors-origins)\n" % origin[:100])
        return None

    def _origin_allowed(self, origin: bytes) -> bool:
        allowed = self.limits.cors_origins
        return "*" in allowed or origin.decode("latin-1") in allowed

    def _dispatch(self, method: bytes, body: bytes, keep_alive: bool) -> None:
        if method == b"POST":
            if not body:
                self._respond(400, b"empty request body\n", _TEXT, keep_alive)
                return
            worker = self.conns.worker
            if worker is None:
                self._answer(self.rpc.handle(body), keep_alive)
                return
            self.busy = True
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            task = asyncio.ensure_future(worker.run(self.rpc.handle, body))
            task.add_done_callback(lambda t: self._finished(t, keep_alive))
        elif method in (b"GET", b"HEAD"):
            self._respond(200, _BANNER if method == b"GET" else b"", _TEXT, keep_alive)
        elif method == b"OPTIONS":
            self._respond(204, b"", None, keep_alive)
        else:
            self._respond(405, b"method not allowed\n", _TEXT, keep_alive, b"Allow: POST, GET, OPTIONS\r\n")

    def _answer(self, out: bytes | None, keep_alive: bool) -> None:
        if out is None:  # notifications only
            self._respond(204, b"", None, keep_alive)
        else:
            self._respond(200, out, _JSON, keep_alive)

    def _finished(self, task: asyncio.Future, keep_alive: bool) -> None:
        """A request run on the worker is done: answer it, then go on with the buffer."""
        self.busy = False
        if task.cancelled():
            if self.transport is not None:
                self.transport.close()
            return
        if task.exception() is not None:
            _logger.error("request failed", exc_info=task.exception())
            self._respond(500, b"internal server error\n", _TEXT, False)
            return
        self._answer(task.result(), keep_alive)
        if self.paused and self.transport is not None:
            self.paused = False
            self.transport.resume_reading()
        try:
            self._process()
        except Exception:  # noqa: BLE001 - as in data_received
            _logger.exception("HTTP connection failed")
            self._respond(500, b"internal server error\n", _TEXT, False)

    def _respond(self, status: int, body: bytes, content_type: bytes | None, keep_alive: bool,
                 extra: bytes = b"") -> None:
        transport = self.transport
        if transport is None or transport.is_closing():
            self.closed = True
            return
        head = b"HTTP/1.1 %d %s\r\n" % (status, _REASONS[status].encode())
        if content_type is not None:
            head += b"Content-Type: " + content_type + b"\r\n"
        if status != 204:
            head += b"Content-Length: %d\r\n" % len(body)
        if self.origin is not None:  # only an allowed origin gets this far
            allow = b"*" if "*" in self.limits.cors_origins else self.origin
            head += b"Access-Control-Allow-Origin: " + allow + b"\r\n" + _CORS_REST
            self.origin = None
        head += extra
        head += b"Connection: keep-alive\r\n\r\n" if keep_alive else b"Connection: close\r\n\r\n"
        transport.write(head + body)
        if not keep_alive:
            self.closed = True
            self.pending = None
            transport.close()
        elif self.pending is None:
            if self.buf:
                self._arm(self.limits.header_timeout, "request head")
            else:
                self._arm(self.limits.idle_timeout, None)


async def serve(rpc: RPC, host: str = "127.0.0.1", port: int = 8545,
                on_ready: Callable[[str, int], None] | None = None,
                limits: HTTPLimits | None = None, worker: NodeWorker | None = None) -> None:
    """Serve `rpc` until cancelled. `on_ready(host, port)` is called once listening, with
    the bound port (useful with port 0). Without a `worker`, requests run inline."""
    loop = asyncio.get_running_loop()
    conns = _Connections((limits or HTTPLimits()).with_bound_host(host), worker)
    server = await loop.create_server(lambda: _HTTPProtocol(rpc, conns), host, port,
                                      reuse_address=True)
    try:
        bound = server.sockets[0].getsockname()
        if on_ready is not None:
            on_ready(bound[0], bound[1])
        await loop.create_future()  # until cancelled
    finally:
        await _shutdown(loop, server, conns)


async def _shutdown(loop: asyncio.AbstractEventLoop, server: asyncio.Server,
                    conns: _Connections) -> None:
    """Close the listener and every connection, including ones caught mid-accept.

    asyncio (3.11) drops a connection it accepted but had not yet set up when the server
    closes, leaving its socket open and the client hanging; so stop accepting first, let
    the set-up finish (connection_made then closes them), and only then close."""
    conns.closing = True
    for sock in server.sockets:
        try:
            loop.remove_reader(sock.fileno())
        except (NotImplementedError, ValueError, OSError):  # not a selector loop
            pass
    for _ in range(3):
        await asyncio.sleep(0)
    server.close()
    # Server.close() leaves accepted connections open (before Python 3.12's close_clients)
    for conn in list(conns):
        if conn.transport is not None:
            conn.transport.close()
    await server.wait_closed()


class RPCServer:
    """The server on a background thread with its own event loop: for tests and for
    embedding a node in a program that has its own main thread.

    The RPC (and the node) is then used from that thread; do not call the node from
    another thread at the same time."""

    def __init__(self, rpc: RPC, host: str = "127.0.0.1", port: int = 0,
                 limits: HTTPLimits | None = None):
        self.rpc = rpc
        self.host = host
        self.port = port
        self.limits = limits
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> RPCServer:
        """Start listening; returns once the port is bound (self.port is then the real one)."""
        if self._thread is not None:
            raise RuntimeError("server already started")
        self._thread = threading.Thread(target=self._run, name="rpc-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("RPC server did not start")
        if self._error is not None:
            raise RuntimeError(f"RPC server failed to start: {self._error}") from self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop

        def ready(host: str, port: int) -> None:
            self.port = port
            self._ready.set()

        self._task = loop.create_task(serve(self.rpc, self.host, self.port, ready, self.limits))
        try:
            loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except BaseException as e:  # noqa: BLE001 - reported to start()
            self._error = e
        finally:
            self._ready.set()
            try:
                rest = asyncio.all_tasks(loop)  # normally none: serve() cleans up
                for task in rest:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*rest, return_exceptions=True))
                loop.run_until_complete(asyncio.sleep(0))  # let closed transports finish
            finally:
                loop.close()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop listening and close connections; idempotent."""
        loop, task, thread = self._loop, self._task, self._thread
        if loop is None or task is None or thread is None:
            return
        if not loop.is_closed():
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:  # the loop closed meanwhile
                pass
        thread.join(timeout)
        self._thread = self._loop = self._task = None

    def __enter__(self) -> RPCServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
