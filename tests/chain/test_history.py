"""State at past blocks (eth_getBalance, eth_getCode, eth_getStorageAt,
eth_getTransactionCount, eth_call, eth_estimateGas at a block number or hash), rebuilt
from the undo records, on a node with an on-disk store."""

from __future__ import annotations

from pathlib import Path

import pytest
from web3 import Web3
from web3.exceptions import Web3RPCError

from chain.history import MAX_HISTORY_BLOCKS
from chain.node import Node
from chain.provider import EmbeddedProvider
from chain.rpc import RPC
from lang.compiler import compile_file
from tests.chain.test_web3_node import deploy_counter

ROOT = Path(__file__).resolve().parents[2]


def test_state_and_calls_at_past_blocks(tmp_path: Path):
    node = Node(tmp_path / "chain")
    w3 = Web3(EmbeddedProvider(RPC(node)))
    counter = compile_file(ROOT / "contracts/counter.coin")[0]
    alice, bob = w3.eth.accounts[:2]
    start = w3.eth.get_balance(bob)
    c, acct = deploy_counter(w3, counter, start=10)
    deployed = w3.eth.block_number
    history = [(deployed, 10)]
    for by in (1, 2, 3):
        c.functions.bump(by).transact({"from": acct.address})
        history.append((w3.eth.block_number, history[-1][1] + by))
    w3.eth.send_transaction({"from": alice, "to": bob, "value": 12345})
    paid = w3.eth.block_number
    for number, count in history:
        assert c.functions.get().call(block_identifier=number) == count
        assert w3.eth.get_storage_at(c.address, 1, number) == count.to_bytes(32, "big")
        block_hash = w3.eth.get_block(number).hash
        assert c.functions.get().call(block_identifier=block_hash) == count  # EIP-1898 by hash
    assert w3.eth.get_code(c.address, deployed - 1) == b""
    assert w3.eth.get_code(c.address, deployed) == counter.deployed_bytecode
    assert w3.eth.get_balance(bob, paid - 1) == start and w3.eth.get_balance(bob, paid) == start + 12345
    assert w3.eth.get_transaction_count(acct.address, 0) == 0
    assert w3.eth.get_transaction_count(acct.address, deployed) == 1
    # estimating on an old state: bumping from 10 writes the same slots as later bumps
    assert w3.eth.estimate_gas({"from": alice, "to": c.address,
                                "data": c.functions.bump(1)._encode_transaction_data()}, deployed) > 21000
    with pytest.raises(Web3RPCError, match="does not exist yet"):
        w3.eth.get_balance(bob, paid + 5)
    # the live state is untouched by all of this
    assert c.functions.get().call() == 16 and w3.eth.get_balance(bob) == start + 12345
    node.close()


def test_history_is_bounded():
    import chain.history as history

    node = Node(None)
    w3 = Web3(EmbeddedProvider(RPC(node)))
    node.mine(5)
    saved = history.MAX_HISTORY_BLOCKS
    history.MAX_HISTORY_BLOCKS = 3
    try:
        with pytest.raises(Web3RPCError, match="at most 3 blocks back"):
            w3.eth.get_balance(w3.eth.accounts[0], 1)
        assert w3.eth.get_balance(w3.eth.accounts[0], 2) == w3.eth.get_balance(w3.eth.accounts[0])
    finally:
        history.MAX_HISTORY_BLOCKS = saved
    assert MAX_HISTORY_BLOCKS == saved


def test_eth_call_state_overrides_never_touch_the_live_state(tmp_path: Path):
    node = Node(tmp_path / "chain")
    w3 = Web3(EmbeddedProvider(RPC(node)))
    counter = compile_file(ROOT / "contracts/counter.coin")[0]
    c, acct = deploy_counter(w3, counter, start=10)
    get = {"to": c.address, "data": c.functions.get()._encode_transaction_data()}
    slot1 = "0x" + "00" * 31 + "01"

    def call(overrides, block="latest"):
        return int(w3.provider.make_request("eth_call", [get, block, overrides])["result"], 16)

    assert call({c.address: {"stateDiff": {slot1: hex(99)}}}) == 99
    assert call({c.address: {"state": {}}}) == 0  # the whole storage replaced: empty
    c.functions.bump(1).transact({"from": acct.address})
    assert call({c.address: {"stateDiff": {slot1: hex(7)}}}, hex(w3.eth.block_number - 1)) == 7
    # code from another contract at a fresh address, with a balance
    fresh = Web3.to_checksum_address("0x" + "ab" * 20)
    out = w3.provider.make_request("eth_call", [{"to": fresh, "data": get["data"]}, "latest",
                                                {fresh: {"code": "0x" + counter.deployed_bytecode.hex(),
                                                         "balance": hex(5), "stateDiff": {slot1: hex(3)}}}])
    assert int(out["result"], 16) == 3
    gas = w3.provider.make_request("eth_estimateGas", [get, "latest", {c.address: {"stateDiff": {slot1: "0x1"}}}])
    assert int(gas["result"], 16) > 21000
    bad = w3.provider.make_request("eth_call", [get, "latest", {c.address: {"state": {}, "stateDiff": {}}}])
    assert "both state and stateDiff" in bad["error"]["message"]
    # nothing leaked into the live state
    assert c.functions.get().call() == 11 and w3.eth.get_code(fresh) == b""
    assert w3.eth.get_balance(fresh) == 0
    node.close()
