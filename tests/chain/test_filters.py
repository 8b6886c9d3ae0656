"""Filters: web3.py against a real `coinc node` process, and the bounds on an in-process node."""

from __future__ import annotations

from pathlib import Path

import pytest
from web3 import Web3
from web3.exceptions import Web3RPCError

from chain.node import Node
from chain.provider import EmbeddedProvider
from chain.rpc import RPC
from tests.chain.test_web3_node import NodeProcess, deploy_counter


@pytest.fixture
def node(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain")
    w3 = n.start()
    yield n, w3
    n.stop()


@pytest.fixture(scope="module")
def counter():
    from lang.compiler import compile_file
    return compile_file(Path(__file__).resolve().parents[2] / "contracts/counter.coin")[0]


def test_web3_event_filter_block_filter_and_pending_filter(node, counter):
    n, w3 = node
    c, acct = deploy_counter(w3, counter)
    other = w3.eth.accounts[1]
    c.functions.bump(2).transact({"from": acct.address})  # before the filter: only get_all_entries sees it
    flt = c.events.Bumped.create_filter(from_block=0)
    mine = c.events.Bumped.create_filter(from_block="latest", argument_filters={"who": other})
    blocks = w3.eth.filter("latest")
    pending = w3.eth.filter("pending")
    assert flt.get_new_entries() == [] and blocks.get_new_entries() == []
    h1 = c.functions.bump(3).transact({"from": other})
    h2 = c.functions.bump(4).transact({"from": acct.address})
    new = flt.get_new_entries()
    assert [e.args.by for e in new] == [3, 4]
    assert [e.transactionHash for e in new] == [h1, h2]
    assert flt.get_new_entries() == []  # changes are reported once
    assert [e.args.by for e in flt.get_all_entries()] == [2, 3, 4]
    assert [e.args.by for e in mine.get_new_entries()] == [3]
    head = w3.eth.block_number
    assert blocks.get_new_entries() == [w3.eth.get_block(head - 1).hash, w3.eth.get_block(head).hash]
    assert pending.get_new_entries() == [h1, h2]
    assert w3.eth.uninstall_filter(flt.filter_id) is True
    assert w3.eth.uninstall_filter(flt.filter_id) is False
    with pytest.raises(Web3RPCError, match="filter not found"):
        w3.eth.get_filter_changes(flt.filter_id)
    with pytest.raises(Web3RPCError, match="eth_getFilterLogs reads log filters"):
        w3.eth.get_filter_logs(blocks.filter_id)


def test_revert_reports_removed_logs(node, counter):
    n, w3 = node
    c, acct = deploy_counter(w3, counter)
    flt = c.events.Bumped.create_filter(from_block="latest")
    snap = w3.provider.make_request("evm_snapshot", [])["result"]
    c.functions.bump(7).transact({"from": acct.address})
    assert w3.provider.make_request("evm_revert", [snap])["result"] is True
    c.functions.bump(8).transact({"from": acct.address})
    changes = w3.eth.get_filter_changes(flt.filter_id)
    by = [(int(lg["data"].hex()[:64], 16), lg["removed"]) for lg in changes]
    assert by == [(7, False), (7, True), (8, False)]  # 7 was seen, then dropped by the revert


def _rpc() -> tuple[RPC, Node]:
    node = Node(None)
    return RPC(node), node


def _call(rpc: RPC, method: str, *params):
    return rpc.handle_obj({"jsonrpc": "2.0", "id": 1, "method": method, "params": list(params)})


def test_filters_expire_when_idle_and_are_bounded():
    rpc, node = _rpc()
    now = [1000.0]
    rpc.filters.clock = lambda: now[0]
    rpc.filters.max_filters = 3
    ids = [_call(rpc, "eth_newBlockFilter")["result"] for _ in range(3)]
    refused = _call(rpc, "eth_newBlockFilter")
    assert refused["error"]["code"] == -32000 and "too many filters (3)" in refused["error"]["message"]
    now[0] += 200
    assert _call(rpc, "eth_getFilterChanges", ids[0])["result"] == []  # polled: kept alive
    now[0] += 200  # ids[1], ids[2] idle for 400 s > 300 s
    assert "result" in _call(rpc, "eth_newBlockFilter")
    assert _call(rpc, "eth_getFilterChanges", ids[1])["error"]["message"] == "filter not found"
    assert len(rpc.filters) == 2


def test_a_filter_that_falls_behind_says_so():
    rpc, node = _rpc()
    rpc.filters.max_items = 5
    fid = _call(rpc, "eth_newBlockFilter")["result"]
    node.mine(3)
    assert len(_call(rpc, "eth_getFilterChanges", fid)["result"]) == 3
    node.mine(6)
    err = _call(rpc, "eth_getFilterChanges", fid)["error"]
    assert "more than 5 changes" in err["message"] and "eth_getLogs" in err["message"]
    assert _call(rpc, "eth_getFilterChanges", fid)["error"]["message"] == "filter not found"
    assert rpc.feed.sinks == []  # no filters: the feed does nothing on new blocks


@pytest.mark.parametrize("method, params, fragment", [
    ("eth_newFilter", ["latest"], "invalid argument 0: expected a filter object"),
    ("eth_newFilter", [{"address": "0x12"}], "invalid argument 0: address"),
    ("eth_newFilter", [{"topics": [1]}], "invalid argument 0: topics[0]"),
    ("eth_newFilter", [{"fromBlock": "0x5", "toBlock": "0x2"}], "fromBlock 5 > toBlock 2"),
    ("eth_newFilter", [{"blockHash": "0x" + "00" * 32}], "blockHash is for eth_getLogs"),
    ("eth_newFilter", [{"fromBlock": "soon"}], "invalid argument 0: fromBlock"),
    ("eth_getFilterChanges", [7], "invalid argument 0 (filter id)"),
    ("eth_getFilterChanges", ["0xzz"], "invalid argument 0 (filter id)"),
    ("eth_uninstallFilter", [], "missing value for required argument 0"),
    ("eth_newPendingTransactionFilter", [True], "only false is supported"),
])
def test_filter_parameters_are_validated(method, params, fragment):
    rpc, _ = _rpc()
    err = _call(rpc, method, *params)["error"]
    assert err["code"] == -32602 and fragment in err["message"], err


def test_log_filter_bounds_and_topics_in_process():
    from lang.compiler import compile_file

    rpc, node = _rpc()
    w3 = Web3(EmbeddedProvider(rpc))
    counter = compile_file(Path(__file__).resolve().parents[2] / "contracts/counter.coin")[0]
    c, acct = deploy_counter(w3, counter)
    head = w3.eth.block_number
    bounded = _call(rpc, "eth_newFilter", {"address": c.address, "fromBlock": hex(head + 1),
                                               "toBlock": hex(head + 1)})["result"]
    c.functions.bump(1).transact({"from": acct.address})  # block head+1: inside the bound
    c.functions.bump(2).transact({"from": acct.address})  # head+2: past it
    got = _call(rpc, "eth_getFilterChanges", bounded)["result"]
    assert [int(x["blockNumber"], 16) for x in got] == [head + 1]
    assert len(_call(rpc, "eth_getFilterLogs", bounded)["result"]) == 1
