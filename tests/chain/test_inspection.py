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
