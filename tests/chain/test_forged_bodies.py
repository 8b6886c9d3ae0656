"""A real header relayed with a forged body must not make the node refuse the real block
(issue 12, item 2): only what the block itself proves is remembered as bad, and the
transactions root cannot be matched by a different list of transactions (the Merkle
duplication of CVE-2012-2459)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from eth_account import Account
from eth_utils import to_checksum_address

from chain import pow as powlib
from chain.blocks import BlockError, Body
from chain.genesis import dev_addresses, dev_genesis, dev_keys
from chain.node import Node
from chain.transactions import decode_transaction
from chain.types import merkle_root
from vm.hashing import keccak


def _transfer(node: Node, sender: int, nonce: int) -> bytes:
    tx = {"nonce": nonce, "gas": 21_000, "value": 1000 + nonce, "to": to_checksum_address(b"\x42" * 20),
          "data": b"", "chainId": node.chain_id, "maxPriorityFeePerGas": 10**9, "maxFeePerGas": 50 * 10**9}
    return bytes(Account.sign_transaction(tx, dev_keys()[sender]).raw_transaction)


def _block_with(txs: int) -> tuple[Node, Node]:
    """A miner whose block 1 holds `txs` transfers, and a fresh node on the same genesis."""
    miner = Node(None, automine=False, coinbase=dev_addresses()[1])
    for i in range(txs):
        miner.send_raw_transaction(_transfer(miner, 2, i))
    miner.mine(1)
    assert len(miner.head.transactions) == txs
    return miner, Node(None, genesis=miner.genesis, automine=False)


@pytest.mark.parametrize("n", range(1, 10))
def test_duplicating_leaves_changes_the_root(n: int):
    leaves = [bytes([i]) * 40 for i in range(n)]
    root = merkle_root(leaves)
    assert merkle_root(leaves + leaves[-1:]) != root
    if n % 2 == 0:  # Bitcoin's tree: [.., c, d, d] pairs the last node with itself
        assert merkle_root(leaves[:-1] + leaves[-2:-1] * 2) != root
    # every level's tail repeated (the duplication one level up)
    assert merkle_root(leaves + leaves[-2:]) != root


def test_a_leaf_cannot_pass_for_an_inner_node():
    a, b = b"a" * 40, b"b" * 40
    # the concatenation of the two leaf hashes, offered as one leaf
    assert merkle_root([keccak(b"\x00" + a) + keccak(b"\x00" + b)]) != merkle_root([a, b])
    assert merkle_root([keccak(a) + keccak(b)]) != merkle_root([a, b])


def test_last_transaction_duplicated_is_refused_without_marking_the_block():
    miner, node = _block_with(3)
    real = miner.head
    forged = Body(real.transactions + real.transactions[-1:], [])
    with pytest.raises(BlockError, match="transactions root does not match"):
        node.import_block(real.header, forged)
    assert real.hash not in node.bad_blocks
    assert node.import_block(real.header, Body(real.transactions, [])) == "head"
    assert node.head.hash == real.hash
    assert node.verify_chain() == 1


@pytest.mark.parametrize("forgery", ["dropped", "reordered", "extra", "empty"])
def test_any_wrong_body_leaves_the_real_block_acceptable(forgery: str):
    miner, node = _block_with(3)
    real = miner.head
    txs = list(real.transactions)
    extra = decode_transaction(_transfer(miner, 3, 0))
    body = {"dropped": txs[:-1], "reordered": txs[::-1], "extra": txs + [extra],
            "empty": []}[forgery]
    assert body != txs
    with pytest.raises(BlockError):
        node.import_block(real.header, Body(body, []))
    assert not node.bad_blocks
    assert node.import_block(real.header, Body(txs, [])) == "head"


def test_a_forged_side_block_or_orphan_leaves_the_real_one_acceptable():
    miner, node = _block_with(3)
    block1 = miner.head
    miner.mine(1)
    block2 = miner.head
    # block 2 before its parent (an orphan) with block 1's transactions: refused at once
    with pytest.raises(BlockError, match="transactions root"):
        node.import_block(block2.header, Body(block1.transactions, []))
    # a side block: the node has its own block 1, then a forged copy of the miner's
    node.mine(1)
    with pytest.raises(BlockError, match="transactions root"):
        node.import_block(block1.header, Body(block1.transactions[:1], []))
    assert not node.bad_blocks
    assert node.import_block(block2.header, Body(block2.transactions, [])) == "orphan"
    assert node.import_block(block1.header, Body(block1.transactions, [])) in ("side", "head")
    assert node.import_block(block2.header, Body(block2.transactions, [])) == "head"
    assert node.head.hash == block2.hash


def test_a_block_whose_own_contents_are_invalid_is_still_remembered():
    """The body matches the header, but the header's state root is wrong: the block is
    invalid whatever body is sent, so its hash and its descendants are refused."""
    miner, node = _block_with(1)
    real = miner.head
    bad = replace(real.header, state_root=b"\x01" * 32)
    bad = replace(bad, nonce=powlib.mine(bad.seal_hash(), bad.difficulty))
    body = Body(real.transactions, [])
    with pytest.raises(BlockError, match="state root"):
        node.import_block(bad, body)
    assert bad.hash in node.bad_blocks
    with pytest.raises(BlockError, match="invalid"):
        node.import_block(bad, body)
    # a header with a broken seal is bad by itself, whatever its body
    unsealed = replace(real.header, miner=b"\x99" * 20)
    while powlib.check_pow(unsealed.seal_hash(), unsealed.nonce, unsealed.difficulty):
        unsealed = replace(unsealed, nonce=unsealed.nonce + 1)
    with pytest.raises(BlockError, match="proof of work"):
        node.import_block(unsealed, body)
    assert unsealed.hash in node.bad_blocks
    assert node.import_block(real.header, body) == "head"


def test_a_block_from_the_future_is_refused_for_now_not_for_good():
    genesis = dev_genesis(1_000, dev=False)
    miner = Node(None, genesis=genesis, automine=False, coinbase=dev_addresses()[1], clock=lambda: 5_000)
    miner.mine(1)
    block = miner.head
    now = [5_000 - 2 * genesis.max_future_seconds]  # the importer's clock is behind
    node = Node(None, genesis=genesis, automine=False, clock=lambda: now[0])
    with pytest.raises(BlockError, match="in the future"):
        node.import_block(block.header, Body(block.transactions, []))
    assert not node.bad_blocks
    now[0] = 5_000
    assert node.import_block(block.header, Body(block.transactions, [])) == "head"
