"""debug_trace* in geth's formats, through web3.py against a real `coinc node` process,
and the traced replay reproducing every receipt (in-process)."""

from __future__ import annotations

from pathlib import Path

import pytest
from web3 import Web3

from chain.node import Node
from chain.provider import EmbeddedProvider
from chain.rpc import RPC
from lang.compiler import compile_file, compile_source
from tests.chain.test_web3_node import NodeProcess, deploy_counter

ROOT = Path(__file__).resolve().parents[2]
RELAY = """
interface Counter {
    fn bump(by: uint) -> uint
}

contract Relay {
    event Relayed(to: address, by: uint)

    pub fn relay(target: address, by: uint) -> uint {
        emit Relayed(target, by)
        return Counter(target).bump(by)
    }
}
"""


@pytest.fixture(scope="module")
def contracts():
    counter = compile_file(ROOT / "contracts/counter.coin")[0]
    relay = compile_source(RELAY)[0]
    return counter, relay


def _deploy(w3: Web3, compiled, acct):
    C = w3.eth.contract(abi=compiled.abi, bytecode=compiled.bytecode)
    receipt = w3.eth.wait_for_transaction_receipt(C.constructor().transact({"from": acct.address}))
    return w3.eth.contract(address=receipt.contractAddress, abi=compiled.abi)


def _trace(w3: Web3, method: str, *params):
    resp = w3.provider.make_request(method, list(params))
    assert "error" not in resp, resp
    return resp["result"]


@pytest.fixture
def node(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain")
    w3 = n.start()
    yield n, w3
    n.stop()


def test_traces_of_nested_calls_over_http(node, contracts):
    n, w3 = node
    counter, relay = contracts
    c, acct = deploy_counter(w3, counter)
    r = _deploy(w3, relay, acct)
    h = r.functions.relay(c.address, 4).transact({"from": acct.address})
    receipt = w3.eth.get_transaction_receipt(h)
    bad = r.functions.relay(c.address, 0).transact({"from": acct.address, "gas": 200_000})
    assert w3.eth.get_transaction_receipt(bad).status == 0
    w3.eth.send_transaction({"from": acct.address, "to": w3.eth.accounts[3], "value": 1})  # later blocks

    tree = _trace(w3, "debug_traceTransaction", Web3.to_hex(h), {"tracer": "callTracer", "tracerConfig": {"withLog": True}})
    assert tree["type"] == "CALL" and Web3.to_checksum_address(tree["to"]) == r.address
    assert int(tree["gasUsed"], 16) == receipt.gasUsed and int(tree["gas"], 16) == w3.eth.get_transaction(h).gas
    assert tree["input"][:10] == "0x" + r.functions.relay(c.address, 4)._encode_transaction_data()[2:10]
    (inner,) = tree["calls"]
    assert inner["type"] == "CALL" and Web3.to_checksum_address(inner["to"]) == c.address
    assert Web3.to_checksum_address(inner["from"]) == r.address
    assert inner["input"][:10] == c.functions.bump(4)._encode_transaction_data()[:10]
    assert int(inner["output"], 16) == 14
    assert len(tree["logs"]) == 1 and len(inner["logs"]) == 1  # Relayed, then Bumped in the callee
    assert tree["logs"][0]["position"] == "0x0"

    only = _trace(w3, "debug_traceTransaction", Web3.to_hex(h), {"tracer": "callTracer",
                                                         "tracerConfig": {"onlyTopCall": True}})
    assert "calls" not in only and only["gasUsed"] == tree["gasUsed"]

    failed = _trace(w3, "debug_traceTransaction", Web3.to_hex(bad), {"tracer": "callTracer", "tracerConfig": {"withLog": True}})
    assert failed["error"] == "execution reverted" and failed["revertReason"] == "by must be positive"
    assert failed["calls"][0]["error"] == "execution reverted" and "logs" not in failed

    steps = _trace(w3, "debug_traceTransaction", Web3.to_hex(h), {"enableMemory": True})
    assert steps["gas"] == receipt.gasUsed and steps["failed"] is False
    logs = steps["structLogs"]
    assert {e["depth"] for e in logs} == {1, 2}
    call = next(e for e in logs if e["op"] == "CALL")
    assert logs[logs.index(call) + 1]["depth"] == 2  # the callee's steps follow its CALL
    assert any("storage" in e for e in logs if e["op"] == "SSTORE")
    assert all(set(e) >= {"pc", "op", "gas", "gasCost", "depth", "stack", "memory"} for e in logs)
    assert int(steps["returnValue"], 16) == 14

    pre = _trace(w3, "debug_traceTransaction", Web3.to_hex(h), {"tracer": "prestateTracer"})
    assert pre[c.address.lower()]["storage"]["0x" + "00" * 31 + "01"] == "0x" + (10).to_bytes(32, "big").hex()
    diff = _trace(w3, "debug_traceTransaction", Web3.to_hex(h), {"tracer": "prestateTracer", "tracerConfig": {"diffMode": True}})
    assert diff["post"][c.address.lower()]["storage"]["0x" + "00" * 31 + "01"] == "0x" + (14).to_bytes(32, "big").hex()

    block = _trace(w3, "debug_traceBlockByNumber", hex(receipt.blockNumber), {"tracer": "callTracer"})
    assert [x["txHash"] for x in block] == [Web3.to_hex(h)]
    assert block[0]["result"]["gasUsed"] == tree["gasUsed"]
    by_hash = _trace(w3, "debug_traceBlockByHash", Web3.to_hex(receipt.blockHash), {"tracer": "callTracer"})
    assert by_hash == block

    sim = _trace(w3, "debug_traceCall", {"from": acct.address, "to": r.address,
                                         "data": r.functions.relay(c.address, 1)._encode_transaction_data()},
                 "latest", {"tracer": "callTracer"})
    assert int(sim["calls"][0]["output"], 16) == 15  # on the latest state: 14 + 1
    past = _trace(w3, "debug_traceCall", {"from": acct.address, "to": c.address,
                                          "data": c.functions.bump(1)._encode_transaction_data()},
                  hex(receipt.blockNumber - 1), {"tracer": "callTracer"})
    assert int(past["output"], 16) == 11  # before the relayed bump: 10 + 1


@pytest.mark.parametrize("params, fragment", [
    (["0x12"], "invalid argument 0 (transaction hash)"),
    (["0x" + "00" * 32], "not found"),
    (["0x" + "00" * 32, {"tracer": "4byteTracer"}], "tracer \"4byteTracer\" is not available"),
    (["0x" + "00" * 32, {"tracerConfig": {"onlyTopCall": True}}], "not an option of the struct logger"),
    (["0x" + "00" * 32, {"disableStack": "yes"}], "disableStack must be true or false"),
    (["0x" + "00" * 32, {"limit": -1}], "limit must be a non-negative integer"),
    (["0x" + "00" * 32, {"enableMemmory": True}], "unknown option 'enableMemmory'"),
])
def test_trace_parameters_are_validated(params, fragment):
    rpc = RPC(Node(None))
    resp = rpc.handle_obj({"jsonrpc": "2.0", "id": 1, "method": "debug_traceTransaction", "params": params})
    assert fragment in resp["error"]["message"], resp


def test_the_traced_replay_reproduces_every_receipt_and_bounds_hold(contracts):
    counter, relay = contracts
    rpc = RPC(Node(None))
    w3 = Web3(EmbeddedProvider(rpc))
    c, acct = deploy_counter(w3, counter)
    r = _deploy(w3, relay, acct)
    hashes = [r.functions.relay(c.address, k).transact({"from": w3.eth.accounts[k % 3], "gas": 300_000})
              for k in (1, 0, 2, 5)]
    hashes.append(c.functions.bump(3).transact({"from": acct.address}))
    for h in hashes:
        receipt = w3.eth.get_transaction_receipt(h)
        steps = _trace(w3, "debug_traceTransaction", Web3.to_hex(h))
        assert steps["gas"] == receipt.gasUsed and steps["failed"] == (receipt.status == 0)
        tree = _trace(w3, "debug_traceTransaction", Web3.to_hex(h), {"tracer": "callTracer"})
        assert int(tree["gasUsed"], 16) == receipt.gasUsed
    limited = _trace(w3, "debug_traceTransaction", Web3.to_hex(hashes[0]), {"limit": 7})
    assert len(limited["structLogs"]) == 7
    import chain.tracing as tracing

    saved = tracing.MAX_STRUCT_LOGS
    tracing.MAX_STRUCT_LOGS = 50
    try:
        resp = w3.provider.make_request("debug_traceTransaction", [Web3.to_hex(hashes[0])])
    finally:
        tracing.MAX_STRUCT_LOGS = saved
    assert "more than 50 steps" in resp["error"]["message"] and "limit" in resp["error"]["message"]
