"""txpool_status / content / inspect, eth_coinbase, eth_createAccessList."""

from __future__ import annotations

import re
from pathlib import Path

from web3 import Web3

from chain.node import Node
from chain.provider import EmbeddedProvider
from chain.rpc import RPC
from lang.compiler import compile_file
from tests.chain.test_web3_node import deploy_counter

ROOT = Path(__file__).resolve().parents[2]


def _ask(w3: Web3, method: str, *params):
    resp = w3.provider.make_request(method, list(params))
    assert "error" not in resp, resp
    return resp["result"]


def test_txpool_and_coinbase():
    node = Node(None, automine=False)
    w3 = Web3(EmbeddedProvider(RPC(node)))
    a, b = w3.eth.accounts[:2]
    assert _ask(w3, "eth_coinbase") == a.lower()
    h0 = w3.eth.send_transaction({"from": a, "to": b, "value": 1})
    nonce = w3.eth.get_transaction_count(a)
    gap = w3.eth.send_transaction({"from": a, "to": b, "value": 2, "nonce": nonce + 5})  # behind a gap
    assert _ask(w3, "txpool_status") == {"pending": "0x1", "queued": "0x1"}
    content = _ask(w3, "txpool_content")
    assert content["pending"][a.lower()][str(nonce)]["hash"] == Web3.to_hex(h0)
    assert content["queued"][a.lower()][str(nonce + 5)]["hash"] == Web3.to_hex(gap)
    inspect = _ask(w3, "txpool_inspect")
    assert re.fullmatch(b.lower() + r": 1 wei \+ \d+ gas × \d+ wei", inspect["pending"][a.lower()][str(nonce)])
    node.mine(1)
    assert _ask(w3, "txpool_status") == {"pending": "0x0", "queued": "0x1"}


def test_create_access_list_names_the_touched_slots():
    rpc = RPC(Node(None))
    w3 = Web3(EmbeddedProvider(rpc))
    counter = compile_file(ROOT / "contracts/counter.coin")[0]
    c, acct = deploy_counter(w3, counter)
    out = _ask(w3, "eth_createAccessList", {"from": acct.address, "to": c.address,
                                            "data": c.functions.bump(2)._encode_transaction_data()})
    (entry,) = out["accessList"]
    assert entry["address"] == c.address.lower()
    assert "0x" + "00" * 31 + "01" in entry["storageKeys"]  # count
    assert len(entry["storageKeys"]) == 2  # count and per_user[sender]
    assert int(out["gasUsed"], 16) > 21000 and "error" not in out
    assert c.functions.get().call() == 10  # nothing was kept


def test_set_coinbase_and_get_automine():
    node = Node(None)
    w3 = Web3(EmbeddedProvider(RPC(node)))
    assert _ask(w3, "anvil_getAutomine") is True
    other = "0x" + "42" * 20
    assert _ask(w3, "anvil_setCoinbase", other) is None
    w3.eth.send_transaction({"from": w3.eth.accounts[0], "to": w3.eth.accounts[1], "value": 1})
    assert w3.eth.get_block("latest").miner.lower() == other
    assert _ask(w3, "eth_coinbase") == other
    bad = w3.provider.make_request("anvil_setCoinbase", ["0x12"])
    assert bad["error"]["code"] == -32602


def test_set_code_storage_and_nonce_are_recorded_on_chain(tmp_path: Path):
    node = Node(tmp_path / "chain")
    rpc = RPC(node)
    w3 = Web3(EmbeddedProvider(rpc))
    counter = compile_file(ROOT / "contracts/counter.coin")[0]
    at = Web3.to_checksum_address("0x" + "c0" * 20)
    assert _ask(w3, "anvil_setCode", at, "0x" + counter.deployed_bytecode.hex()) is None
    assert _ask(w3, "hardhat_setStorageAt", at, "0x1", "0x" + (41).to_bytes(32, "big").hex()) is None
    assert _ask(w3, "anvil_setNonce", at, "0x7") is None
    c = w3.eth.contract(address=at, abi=counter.abi)
    assert c.functions.get().call() == 41
    assert w3.eth.get_transaction_count(at) == 7 and w3.eth.get_code(at) == counter.deployed_bytecode
    assert w3.eth.block_number == 3  # one block per change: every state change lives in a block
    c.functions.bump(1).transact({"from": w3.eth.accounts[0]})
    assert c.functions.get().call() == 42
    assert c.functions.get().call(block_identifier=1) == 0  # before the storage was set
    assert node.verify_chain() == w3.eth.block_number  # a replay from genesis agrees
    trace = _ask(w3, "debug_traceBlockByNumber", "0x4", {"tracer": "callTracer"})
    assert int(trace[0]["result"]["output"], 16) == 42
    bad = w3.provider.make_request("anvil_setCode", [at, "0x" + "00" * 50_000])
    assert bad["error"]["code"] == -32602 and "at most" in bad["error"]["message"]
    node.close()
    again = Node(tmp_path / "chain")
    assert again.get_storage_at(bytes.fromhex(at[2:]), 1) == 42
    again.close()


def test_dump_state_and_load_it_into_another_chain():
    counter = compile_file(ROOT / "contracts/counter.coin")[0]
    a = RPC(Node(None))
    wa = Web3(EmbeddedProvider(a))
    c, acct = deploy_counter(wa, counter, start=5)
    c.functions.bump(3).transact({"from": acct.address})
    dump = _ask(wa, "anvil_dumpState")
    b = RPC(Node(None))
    wb = Web3(EmbeddedProvider(b))
    wb.eth.send_transaction({"from": wb.eth.accounts[4], "to": wb.eth.accounts[5], "value": 10**18})
    assert _ask(wb, "anvil_loadState", dump) is True
    cb = wb.eth.contract(address=c.address, abi=counter.abi)
    assert cb.functions.get().call() == 8 and cb.functions.of(acct.address).call() == 3
    for who in wa.eth.accounts:
        assert wb.eth.get_balance(who) == wa.eth.get_balance(who)
        assert wb.eth.get_transaction_count(who) == wa.eth.get_transaction_count(who)
    assert b.node.verify_chain() == wb.eth.block_number
    for bad, fragment in (("0x1234", "not a gzip"), ("0x" + __import__("gzip").compress(b"[1]").hex(), "not a coinc-state-1")):
        err = wb.provider.make_request("anvil_loadState", [bad])["error"]
        assert err["code"] == -32602 and fragment in err["message"], err


def test_reset_goes_back_to_genesis():
    node = Node(None)
    w3 = Web3(EmbeddedProvider(RPC(node)))
    start = w3.eth.get_balance(w3.eth.accounts[1])
    w3.eth.send_transaction({"from": w3.eth.accounts[0], "to": w3.eth.accounts[1], "value": 5})
    node.mine(3)
    assert _ask(w3, "anvil_reset") is None
    assert w3.eth.block_number == 0 and w3.eth.get_balance(w3.eth.accounts[1]) == start
    err = w3.provider.make_request("anvil_reset", [{"forking": {"jsonRpcUrl": "http://x"}}])["error"]
    assert err["code"] == -32602 and "forking is not supported" in err["message"]
    w3.eth.send_transaction({"from": w3.eth.accounts[0], "to": w3.eth.accounts[1], "value": 5})
    assert w3.eth.block_number == 1
