"""A real `coinc node` process under hostile HTTP and peer traffic: it answers with clear
errors, stays responsive while a long request runs, stops on SIGTERM, and its chain is
unchanged by everything refused."""

from __future__ import annotations

import signal
import socket
import time

import orjson
import pytest

from tests.chain.test_web3_node import NodeProcess, free_port

SPIN = """
contract Spin {
    storage n: uint
    init() { self.n = 0 }
    pub view fn spin() -> uint {
        let i: uint = 0
        while i < 1000000000 { i += 1 }
        return i
    }
}
"""


def _post(port: int, body: bytes, extra: bytes = b"", timeout: float = 30.0) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: %d\r\n%sConnection: close\r\n\r\n"
                  % (len(body), extra) + body)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, payload = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), payload


@pytest.fixture
def node(tmp_path):
    n = NodeProcess(tmp_path / "chain", "--no-mining", "--quiet")
    w3 = n.start()
    yield n, w3
    n.stop(signal.SIGKILL)


def test_hostile_http_gets_clear_errors_and_the_chain_is_unchanged(node):
    n, w3 = node
    head = w3.eth.get_block("latest")["hash"]
    nested = b"[12345678901234567890123," + b"[" * 100_000 + b"]" * 100_001
    status, body = _post(n.port, nested)
    assert status == 200 and orjson.loads(body)["error"]["code"] == -32600
    status, body = _post(n.port, b'{"jsonrpc":"2.0","id":%d,"method":"eth_chainId"}' % 2**70)
    assert status == 200 and "64 bits" in orjson.loads(body)["error"]["message"]
    for method, params in [("anvil_mine", [hex(2**64 - 1)]),
                           ("eth_call", [{"to": "0x" + "11" * 20, "gas": hex(2**64 - 1)}])]:
        req = orjson.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
        status, body = _post(n.port, req)
        assert status == 200 and orjson.loads(body)["error"]["code"] == -32602, body
    # browsers: no CORS header, a foreign Origin or a rebound Host is refused
    chain_id = b'{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}'
    status, _ = _post(n.port, chain_id, b"Origin: http://evil.example\r\n")
    assert status == 403
    with socket.create_connection(("127.0.0.1", n.port), timeout=10) as s:
        s.sendall(b"POST / HTTP/1.1\r\nHost: evil.example:8545\r\nContent-Length: %d\r\n\r\n%s"
                  % (len(chain_id), chain_id))
        assert s.recv(4096).startswith(b"HTTP/1.1 403")
    status, body = _post(n.port, chain_id)
    assert status == 200 and b"Access-Control" not in body
    assert w3.eth.get_block("latest")["hash"] == head and n.proc.poll() is None


def test_a_long_request_leaves_the_node_responsive_and_sigterm_stops_it(node, tmp_path):
    from lang.compiler import compile_source
    from vm.hashing import keccak

    n, w3 = node
    spin = compile_source(SPIN, "spin.coin")[0]
    sender = w3.eth.accounts[0]
    tx = w3.eth.send_transaction({"from": sender, "data": "0x" + spin.bytecode.hex(), "gas": 3_000_000})
    w3.provider.make_request("evm_mine", [])
    receipt = w3.eth.get_transaction_receipt(tx)
    head = w3.eth.get_block("latest")["hash"]
    call = {"to": receipt["contractAddress"], "data": "0x" + keccak(b"spin()")[:4].hex()}
    # 20 calls of 30M gas each: over ten seconds of work in one request
    batch = orjson.dumps([{"jsonrpc": "2.0", "id": i, "method": "eth_call", "params": [call]}
                          for i in range(20)])
    slow = socket.create_connection(("127.0.0.1", n.port), timeout=60)
    slow.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n\r\n%s" % (len(batch), batch))
    time.sleep(1.0)
    # the event loop is free: new connections are served (JSON-RPC calls queue behind the
    # running one, as the node is single-threaded; a health check does not)
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", n.port), timeout=5) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert s.recv(4096).startswith(b"HTTP/1.1 200")
    assert time.monotonic() - started < 3, "the server froze behind the long request"
    stopping = time.monotonic()
    n.proc.send_signal(signal.SIGTERM)
    n.proc.wait(20)  # within the 10 s grace, although tens of seconds of work were queued
    assert time.monotonic() - stopping < 15
    slow.close()
    again = NodeProcess(n.data_dir, "--no-mining", "--quiet")
    w3b = again.start()
    try:
        assert w3b.eth.get_block("latest")["hash"] == head  # eth_calls changed nothing
    finally:
        again.stop()


def test_malformed_peer_frames_cost_the_peer_only(tmp_path):
    p2p = free_port()
    n = NodeProcess(tmp_path / "chain", "--p2p-port", str(p2p), "--no-mining", "--quiet")
    w3 = n.start()
    try:
        head = w3.eth.get_block("latest")["hash"]
        deep = b"\xc0"
        for _ in range(2000):
            deep = bytes([0xF7 + 2]) + len(deep).to_bytes(2, "big") + deep if len(deep) > 55 \
                else bytes([0xC0 + len(deep)]) + deep
        frames = [
            b"\x00\x00\x00\x01\x07",  # shorter than a message header
            b"\xff\xff\xff\xff",  # announces 4 GiB
            (2 + len(deep)).to_bytes(4, "big") + b"\x01\x00" + deep[:60000],  # hello nested deep
            b"\x00\x00\x00\x05\x09\x00abc",  # wrong protocol version
            b"GET / HTTP/1.1\r\n\r\n",
        ]
        for raw in frames:
            with socket.create_connection(("127.0.0.1", p2p), timeout=10) as s:
                s.sendall(raw)
                try:
                    s.recv(65536)
                except (TimeoutError, ConnectionResetError):
                    pass
        assert n.proc.poll() is None
        assert w3.eth.get_block("latest")["hash"] == head
    finally:
        n.stop()
