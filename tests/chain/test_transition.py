"""The block transition refuses a block whose logs bloom is forged: a block that is
otherwise valid (right transactions, receipts and state roots, gas used, a real proof-of-
work seal) but whose header's bloom does not match the logs its transactions emit.
It is refused on import (as a peer's block arrives) and by `coinc verify` on a store
that holds it (as one written by a node that did not check the bloom would)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from eth_abi import encode

from chain import pow as powlib
from chain.blocks import BlockError, Body
from chain.genesis import dev_addresses
from chain.node import Node
from chain.transition import Executed, produce_block
from chain.types import Header, bloom_of
from coinc.cli import main
from lang.compiler import compile_file
from tests.chain.test_node import signed

ROOT = Path(__file__).resolve().parents[2]
TRANSFER = bytes.fromhex("a9059cbb")  # transfer(address,uint256)


def _deploy_token(node: Node) -> bytes:
    token = compile_file(ROOT / "contracts/demo_token.coin")[0]
    h = node.send_raw_transaction(signed(0, 0, data=token.bytecode + encode(["uint256"], [10**24]),
                                         gas=3_000_000, value=0))
    receipt, _ = node.get_receipt(h)
    assert receipt.status == 1 and receipt.contract_address is not None
    return receipt.contract_address


def _forged_block(node: Node, token: bytes) -> tuple[Executed, Header]:
    """The next block, holding a token transfer (one Transfer log), built and sealed by
    the real producer; and its header with one bloom bit flipped, sealed again."""
    data = TRANSFER + encode(["address", "uint256"], [dev_addresses()[3], 1234])
    node.automine = False
    node.send_raw_transaction(signed(0, 1, to=token, data=data, gas=200_000, value=0))
    candidates = node.mempool.select(node.state.get_nonce, node._pending_context().base_fee)
    executed = produce_block(node.state, node.genesis, node.head.header, node._next_timestamp(),
                             node.coinbase, candidates, [])
    assert len(executed.transactions) == 1 and len(executed.receipts[0].logs) == 1
    honest = executed.header
    assert honest.logs_bloom == bloom_of(executed.receipts[0].logs) != bytes(256)
    bits = int.from_bytes(honest.logs_bloom, "big")
    free_bit = next(i for i in range(2048) if not bits >> i & 1)
    forged = replace(honest, logs_bloom=(bits | 1 << free_bit).to_bytes(256, "big"), nonce=0)
    forged = replace(forged, nonce=powlib.mine(forged.seal_hash(), forged.difficulty))
    assert powlib.check_pow(forged.seal_hash(), forged.nonce, forged.difficulty)
    return executed, forged


def test_a_peer_block_with_a_forged_bloom_is_refused_on_import():
    miner = Node(None)
    token = _deploy_token(miner)
    executed, forged = _forged_block(miner, token)
    body = Body(executed.transactions, [])

    peer = Node(None, genesis=miner.genesis)
    for number in range(1, miner.head.number + 1):
        block = miner.block_by_number(number)
        assert peer.import_block(block.header, Body(block.transactions, block.dev_ops)) == "head"
    head, state_root = peer.head.hash, peer.state.accumulator.root()

    with pytest.raises(BlockError, match="logs bloom does not match the re-executed logs"):
        peer.import_block(forged, body)
    assert peer.head.hash == head and peer.state.accumulator.root() == state_root  # nothing kept
    assert forged.hash in peer.bad_blocks
    with pytest.raises(BlockError, match="is invalid: logs bloom"):  # and it stays refused
        peer.import_block(forged, body)

    # the same block with the honest bloom is accepted: only the bloom was wrong
    assert peer.import_block(executed.header, body) == "head"
    assert peer.head.hash == executed.header.hash
    assert peer.verify_chain() == peer.head.number


def test_coinc_verify_refuses_a_store_holding_a_forged_bloom(tmp_path: Path):
    node = Node(tmp_path)
    token = _deploy_token(node)
    executed, forged = _forged_block(node, token)
    # store it as the head, as a node that never checked the bloom would have
    node._connect(replace(executed, header=forged), [])
    node.mempool.clear()
    assert node.head.hash == forged.hash
    number = node.head.number
    node.close()

    result = CliRunner().invoke(main, ["verify", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert f"block {number} (0x{forged.hash.hex()}): logs bloom does not match" in result.output
    assert "Traceback" not in result.output

    reopened = Node(tmp_path)
    with pytest.raises(BlockError, match=f"block {number} .*logs bloom"):
        reopened.verify_chain()
    reopened.close()
