"""The HTTP server's limits with small values: slowloris heads and bodies are closed,
idle connections are dropped, the connection cap and the in-flight body budget hold."""

from __future__ import annotations

import socket
import time

import pytest

from chain.node import Node
from chain.rpc import RPC
from chain.server import HTTPLimits, RPCServer

LIMITS = HTTPLimits(header_timeout=0.5, body_timeout=0.5, idle_timeout=0.5, max_connections=4,
                    max_buffered=1000, cors_origins=("http://ok.example",))
CHAIN_ID = b'{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}'


@pytest.fixture
def server():
    with RPCServer(RPC(Node(None)), limits=LIMITS) as s:
        yield s


def _read_until_closed(s: socket.socket, within: float = 5.0) -> bytes:
    s.settimeout(within)
    data = b""
    while chunk := s.recv(65536):
        data += chunk
    return data


def test_slow_heads_bodies_and_idle_connections_are_closed(server):
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\n")  # and never the end of the head
        started = time.monotonic()
        assert _read_until_closed(s).startswith(b"HTTP/1.1 408") and time.monotonic() - started < 3
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 500\r\n\r\n{")
        reply = _read_until_closed(s)
        assert reply.startswith(b"HTTP/1.1 408") and b"request body" in reply
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n\r\n%s"
                  % (len(CHAIN_ID), CHAIN_ID))
        reply = _read_until_closed(s)  # answered, then closed once idle
        assert reply.startswith(b"HTTP/1.1 200") and reply.count(b"HTTP/1.1") == 1


def test_connection_cap_and_body_budget(server):
    held = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(4)]
    try:
        time.sleep(0.1)
        with socket.create_connection(("127.0.0.1", server.port)) as s:
            assert _read_until_closed(s).startswith(b"HTTP/1.1 503")
    finally:
        for s in held:
            s.close()
    time.sleep(0.2)
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1001\r\n\r\n")
        reply = _read_until_closed(s)
        assert reply.startswith(b"HTTP/1.1 503") and b"in flight" in reply


def test_cors_only_for_allowed_origins(server):
    def ask(origin: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", server.port)) as s:
            s.sendall(b"OPTIONS / HTTP/1.1\r\nHost: localhost\r\nOrigin: %s\r\nConnection: close\r\n\r\n"
                      % origin)
            return _read_until_closed(s)

    ok = ask(b"http://ok.example")
    assert ok.startswith(b"HTTP/1.1 204") and b"Access-Control-Allow-Origin: http://ok.example" in ok
    assert ask(b"http://evil.example").startswith(b"HTTP/1.1 403")
