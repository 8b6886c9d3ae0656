"""A lean HTTP/1.1 server for JSON-RPC, on asyncio alone.

Over HTTP the per-request overhead of a framework is larger than the work of most calls,
so this is a small `asyncio.Protocol`: it parses request heads with bytes operations,
keeps connections alive, answers pipelined requests in order, and calls the synchronous
`RPC.handle` inline on the event loop (the node is single-threaded, so there is nothing
to gain from threads and a lock would only add latency).

Only what JSON-RPC clients use is supported: POST with a Content-Length body (any path),
GET (a short text, for health checks), OPTIONS (CORS preflight). Anything malformed gets
a 4xx reply and the connection is closed; nothing a client does can stop the server.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

from chain.rpc import RPC

__all__ = ["serve", "RPCServer", "MAX_BODY", "MAX_HEAD"]

_logger = logging.getLogger("chain.server")

MAX_BODY = 5 * 1024 * 1024
MAX_HEAD = 64 * 1024

_REASONS = {
    200: "OK", 204: "No Content", 400: "Bad Request", 404: "Not Found",
    405: "Method Not Allowed", 411: "Length Required", 413: "Content Too Large",
    431: "Request Header Fields Too Large", 500: "Internal Server Error",
    501: "Not Implemented", 505: "HTTP Version Not Supported",
}
_CORS = (b"Access-Control-Allow-Origin: *\r\n"
         b"Access-Control-Allow-Methods: POST, GET, OPTIONS\r\n"
         b"Access-Control-Allow-Headers: *\r\n"
         b"Access-Control-Max-Age: 86400\r\n")
_JSON = b"application/json"
_TEXT = b"text/plain; charset=utf-8"
_BANNER = b"coinc JSON-RPC node: POST JSON-RPC 2.0 requests to this URL\n"


class _Connections(set):
    """A server's open connections; once `closing`, new ones are closed on arrival (a
    connection accepted while the server stops would otherwise stay open)."""

    closing = False


class _HTTPProtocol(asyncio.Protocol):
    """One client connection. State: the bytes received and not yet consumed, and the
    parsed head of a request whose body is still arriving."""

    __slots__ = ("rpc", "conns", "transport", "buf", "pending", "closed", "paused")

    def __init__(self, rpc: RPC, conns: _Connections):
        self.rpc = rpc
        self.conns = conns  # the server's open connections, closed when it stops
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        # (method, keep_alive, content_length, head_end) of a request awaiting its body
        self.pending: tuple[bytes, bool, int, int] | None = None
        self.closed = False
        self.paused = False

    # -- asyncio callbacks ------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        if self.conns.closing:
            transport.close()
            return
        self.conns.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.transport = None
        self.buf = bytearray()
        self.conns.discard(self)

    def pause_writing(self) -> None:
        # a client that sends requests without reading the answers: stop reading from it
        if self.transport is not None and not self.paused:
            self.paused = True
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        if self.transport is not None and self.paused:
            self.paused = False
            self.transport.resume_reading()

    def data_received(self, data: bytes) -> None:
        self.buf += data
        try:
            self._process()
        except Exception:  # noqa: BLE001 - a server bug must cost one connection, no more
            _logger.exception("HTTP connection failed")
            self._respond(500, b"internal server error\n", _TEXT, False)

    # -- request handling -------------------------------------------------------------

    def _process(self) -> None:
        """Answer every complete request in the buffer (pipelining), in order."""
        while not self.closed and self.transport is not None:
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
        if length > MAX_BODY:
            self._respond(413, b"request body too large (limit %d bytes)\n" % MAX_BODY,
                          _TEXT, False)
            return False
        self.pending = (method, keep_alive, length, end + 4)
        if expect_continue and length and len(self.buf) < end + 4 + length:
            self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")  # type: ignore[union-attr]
        return True

    def _dispatch(self, method: bytes, body: bytes, keep_alive: bool) -> None:
        if method == b"POST":
            if not body:
                self._respond(400, b"empty request body\n", _TEXT, keep_alive)
                return
            out = self.rpc.handle(body)
            if out is None:  # notifications only
                self._respond(204, b"", None, keep_alive)
            else:
                self._respond(200, out, _JSON, keep_alive)
        elif method in (b"GET", b"HEAD"):
            self._respond(200, _BANNER if method == b"GET" else b"", _TEXT, keep_alive)
        elif method == b"OPTIONS":
            self._respond(204, b"", None, keep_alive)
        else:
            self._respond(405, b"method not allowed\n", _TEXT, keep_alive, b"Allow: POST, GET, OPTIONS\r\n")

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
        head += _CORS + extra
        head += b"Connection: keep-alive\r\n\r\n" if keep_alive else b"Connection: close\r\n\r\n"
        transport.write(head + body)
        if not keep_alive:
            self.closed = True
            self.pending = None
            transport.close()


async def serve(rpc: RPC, host: str = "127.0.0.1", port: int = 8545,
                on_ready: Callable[[str, int], None] | None = None) -> None:
    """Serve `rpc` until cancelled. `on_ready(host, port)` is called once listening, with
    the bound port (useful with port 0)."""
    loop = asyncio.get_running_loop()
    conns = _Connections()
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

    def __init__(self, rpc: RPC, host: str = "127.0.0.1", port: int = 0):
        self.rpc = rpc
        self.host = host
        self.port = port
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

        self._task = loop.create_task(serve(self.rpc, self.host, self.port, ready))
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
