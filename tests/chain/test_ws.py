"""JSON-RPC over WebSocket on the HTTP port: web3.py's AsyncWeb3(WebSocketProvider)
against a real `coinc node` process, subscriptions, and the bounds."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import orjson
import pytest
import websockets
from web3 import AsyncWeb3, Web3
from web3.providers.persistent import WebSocketProvider

from chain.node import Node
from chain.rpc import RPC
from chain.server import HTTPLimits, RPCServer
from lang.compiler import compile_file
from tests.chain.test_web3_node import NodeProcess, deploy_counter

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def node(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain")
    w3 = n.start()
    yield n, w3
    n.stop()


@pytest.fixture(scope="module")
def counter():
    return compile_file(ROOT / "contracts/counter.coin")[0]


def test_web3_websocket_subscriptions_against_a_node_process(node, counter):
    n, w3 = node
    c, acct = deploy_counter(w3, counter)
    other = w3.eth.accounts[1]
    ws_url = f"ws://127.0.0.1:{n.port}"

    async def run() -> dict:
        async with AsyncWeb3(WebSocketProvider(ws_url)) as aw3:
            assert await aw3.eth.chain_id == 31337  # plain calls work over the socket
            assert await aw3.eth.block_number == w3.eth.block_number
            heads = await aw3.eth.subscribe("newHeads")
            logs = await aw3.eth.subscribe("logs", {"address": c.address,
                                                    "topics": [None, "0x" + "00" * 12 + other[2:].lower()]})
            pending = await aw3.eth.subscribe("newPendingTransactions")
            sent = []
            # transactions go over HTTP, from a thread, while this loop reads notifications
            loop = asyncio.get_running_loop()
            for who, by in ((acct.address, 2), (other, 3), (acct.address, 4)):
                sent.append(await loop.run_in_executor(
                    None, lambda who=who, by=by: c.functions.bump(by).transact({"from": who})))
            got: dict = {heads: [], logs: [], pending: []}
            async def collect() -> None:
                async for msg in aw3.socket.process_subscriptions():
                    got[msg["subscription"]].append(msg["result"])
                    if len(got[heads]) == 3 and len(got[pending]) == 3 and len(got[logs]) == 1:
                        return
            await asyncio.wait_for(collect(), 20)
            assert await aw3.eth.unsubscribe(heads) is True
            return {"sent": sent, "heads": got[heads], "logs": got[logs], "pending": got[pending]}

    out = asyncio.run(run())
    numbers = [h["number"] for h in out["heads"]]
    assert numbers == [w3.eth.block_number - 2, w3.eth.block_number - 1, w3.eth.block_number]
    assert [h["hash"] for h in out["heads"]] == [w3.eth.get_block(k).hash for k in numbers]
    assert out["pending"] == out["sent"]
    (log,) = out["logs"]
    assert log["transactionHash"] == out["sent"][1]
    assert c.events.Bumped().process_log(log).args.by == 3


def _server(**limits) -> tuple[RPCServer, Node]:
    node = Node(None)
    return RPCServer(RPC(node), limits=HTTPLimits(**limits)).start(), node


async def _ask(ws, method: str, *params, id_: int = 1) -> dict:
    await ws.send(orjson.dumps({"jsonrpc": "2.0", "id": id_, "method": method, "params": list(params)}).decode())
    while True:
        msg = orjson.loads(await ws.recv())
        if msg.get("id") == id_:
            return msg


def test_subscription_parameters_and_limits():
    server, node = _server(ws_subscriptions=2)

    async def run() -> None:
        async with websockets.connect(f"ws://127.0.0.1:{server.port}") as ws:
            err = (await _ask(ws, "eth_subscribe", "newBlocks"))["error"]
            assert err["code"] == -32602 and "unknown subscription kind \"newBlocks\"" in err["message"]
            err = (await _ask(ws, "eth_subscribe", "logs", {"address": "0x1"}))["error"]
            assert err["code"] == -32602 and "invalid argument 1: address" in err["message"]
            err = (await _ask(ws, "eth_subscribe", "newHeads", {}))["error"]
            assert err["code"] == -32602
            err = (await _ask(ws, "eth_subscribe", "newPendingTransactions", "yes"))["error"]
            assert "invalid argument 1 (full transactions)" in err["message"]
            a = (await _ask(ws, "eth_subscribe", "newHeads"))["result"]
            (await _ask(ws, "eth_subscribe", "newHeads"))["result"]
            err = (await _ask(ws, "eth_subscribe", "newHeads"))["error"]
            assert "too many subscriptions on this connection (2)" in err["message"]
            assert (await _ask(ws, "eth_unsubscribe", a))["result"] is True
            # a batch and ordinary methods answer as over HTTP
            await ws.send(b'[{"jsonrpc":"2.0","id":7,"method":"eth_chainId"},{"jsonrpc":"2.0","id":8,"method":"nope"}]')
            batch = orjson.loads(await ws.recv())
            assert batch[0]["result"] == "0x7a69" and batch[1]["error"]["code"] == -32601
            await ws.send(b"{not json")
            assert orjson.loads(await ws.recv())["error"]["code"] == -32700

    try:
        asyncio.run(run())
        # over HTTP, eth_subscribe says where it works
        w3 = Web3(Web3.HTTPProvider(server.url))
        resp = w3.provider.make_request("eth_subscribe", ["newHeads"])
        assert "WebSocket" in resp["error"]["message"]
    finally:
        server.stop()


def test_websocket_connections_are_bounded_and_host_checked():
    server, node = _server(ws_connections=1)

    async def run() -> None:
        url = f"ws://127.0.0.1:{server.port}"
        async with websockets.connect(url) as first:
            with pytest.raises(websockets.InvalidStatus) as e:
                async with websockets.connect(url):
                    pass
            assert e.value.response.status_code == 503
            assert (await _ask(first, "eth_blockNumber"))["result"] == "0x0"
        await asyncio.sleep(0.1)
        async with websockets.connect(url) as again:  # the first one's place is free again
            assert (await _ask(again, "eth_blockNumber"))["result"] == "0x0"
        with pytest.raises(websockets.InvalidStatus) as e:
            async with websockets.connect(url, additional_headers={"Host": "evil.example"}):
                pass
        assert e.value.response.status_code == 403
        with pytest.raises(websockets.InvalidStatus) as e:
            async with websockets.connect(url, origin="http://evil.example"):
                pass
        assert e.value.response.status_code == 403

    try:
        asyncio.run(run())
    finally:
        server.stop()


def test_a_message_over_the_size_limit_closes_with_1009():
    server, node = _server(max_body=1000)

    async def run() -> None:
        async with websockets.connect(f"ws://127.0.0.1:{server.port}", max_size=None) as ws:
            await ws.send("[" + ",".join(['{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}'] * 40) + "]")
            with pytest.raises(websockets.ConnectionClosed) as e:
                await ws.recv()
            assert e.value.rcvd.code == 1009

    try:
        asyncio.run(run())
    finally:
        server.stop()


def test_a_client_that_does_not_read_is_dropped():
    server, node = _server(ws_backlog=64 * 1024)
    try:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # before connecting: a small window
        sock.connect(("127.0.0.1", server.port))
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(1)
        assert head.startswith(b"HTTP/1.1 101")
        msg = orjson.dumps({"jsonrpc": "2.0", "id": 1, "method": "eth_subscribe", "params": ["newHeads"]})
        mask = b"\x00\x00\x00\x00"
        sock.sendall(bytes([0x81, 0x80 | len(msg)]) + mask + msg)
        # mine blocks without reading: the notifications pile up until the node gives up
        deadline = time.monotonic() + 30
        while server.rpc.feed.sinks and time.monotonic() < deadline:
            node.mine(1)  # from the test's thread (the server runs calls inline, on its own)
            time.sleep(0.001)
        assert server.rpc.feed.sinks == []  # the slow subscriber was dropped
    finally:
        sock.close()
        server.stop()


def test_bad_handshakes_and_frames_close_the_connection_and_free_its_place():
    server, node = _server(ws_connections=2)
    hs = (b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")

    def raw(data: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", server.port)) as s:
            s.settimeout(5)
            s.sendall(data)
            out = b""
            while chunk := s.recv(65536):
                out += chunk
            return out

    try:
        for _ in range(5):
            assert raw(hs.replace(b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n", b"")).startswith(
                b"HTTP/1.1 400")
            assert raw(hs + bytes([0x81, 0x05]) + b"hello").startswith(b"HTTP/1.1 101")  # unmasked: closed
            assert raw(hs + b"\xff" * 20).startswith(b"HTTP/1.1 101")

        async def run() -> None:
            async with websockets.connect(f"ws://127.0.0.1:{server.port}") as a, \
                    websockets.connect(f"ws://127.0.0.1:{server.port}") as b:
                assert (await _ask(a, "eth_chainId"))["result"] == "0x7a69"
                assert (await _ask(b, "eth_chainId"))["result"] == "0x7a69"

        asyncio.run(run())  # both places are free again
    finally:
        server.stop()
