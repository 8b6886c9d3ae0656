"""The node's rules, in process: mempool entry checks, ordering and replacement, fees and
their accounting, EIP-1559 base fee, difficulty retargeting, proof of work, validation of
the stored chain (and of a tampered one), persistence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from eth_account import Account

from chain.api import ChainError
from chain.blocks import BlockError, next_base_fee
from chain.genesis import dev_addresses, dev_keys
from chain.node import Node
from chain.pow import PowParams, check_pow, next_difficulty
from chain.store import StoreError
from chain.transactions import contract_address

GWEI = 10**9


def signed(i: int, nonce: int, *, to: bytes | None = None, value: int = 1, gas: int = 21000,
           fee: int = 10 * GWEI, tip: int = GWEI, chain_id: int = 31337, data: bytes = b"") -> bytes:
    tx = {"nonce": nonce, "gas": gas, "value": value, "chainId": chain_id, "data": data,
          "maxFeePerGas": fee, "maxPriorityFeePerGas": tip}
    if to is not None or not data:
        from eth_utils import to_checksum_address

        tx["to"] = to_checksum_address(to or dev_addresses()[9])
    return bytes(Account.sign_transaction(tx, dev_keys()[i]).raw_transaction)


@pytest.fixture
def node() -> Node:
    return Node(None)


def test_automine_a_block_per_transaction(node: Node):
    h = node.send_raw_transaction(signed(0, 0))
    receipt, block = node.get_receipt(h)
    assert receipt.status == 1 and block.number == 1 and node.block_number() == 1


@pytest.mark.parametrize("raw,needle", [
    (lambda: signed(0, 5), None),  # a nonce gap is queued, not refused
    (lambda: signed(0, 0, chain_id=1), "chain id 1"),
    (lambda: signed(0, 0, gas=20000), "intrinsic gas too low"),
    (lambda: signed(0, 0, gas=40_000_000), "exceeds the block gas limit"),
    (lambda: signed(0, 0, fee=1, tip=1), "below the next block's base fee"),
    (lambda: signed(0, 0, value=10**30), "insufficient funds"),
    (lambda: b"\x02\xc0", "invalid transaction"),
    (lambda: b"", "empty transaction"),
])
def test_entry_checks(node: Node, raw, needle):
    data = raw()
    if needle is None:
        node.automine = False
        node.send_raw_transaction(data)
        assert len(node.mempool) == 1
        return
    with pytest.raises(ChainError, match=needle):
        node.send_raw_transaction(data)
    assert node.block_number() == 0


def test_replacement_needs_a_ten_percent_higher_fee(node: Node):
    node.automine = False
    first = node.send_raw_transaction(signed(0, 0, fee=10 * GWEI, tip=GWEI))
    with pytest.raises(ChainError, match="replacement transaction underpriced"):
        node.send_raw_transaction(signed(0, 0, value=2, fee=10 * GWEI + 1, tip=GWEI + 1))
    second = node.send_raw_transaction(signed(0, 0, value=3, fee=11 * GWEI, tip=GWEI * 11 // 10))
    assert first not in node.mempool and second in node.mempool
    node.mine()
    assert node.get_receipt(second) is not None and node.get_receipt(first) is None


def test_inclusion_order_is_nonce_per_sender_and_tip_across_senders(node: Node):
    node.automine = False
    low = [node.send_raw_transaction(signed(1, n, tip=GWEI)) for n in range(2)]
    high = node.send_raw_transaction(signed(2, 0, tip=3 * GWEI))
    gap = node.send_raw_transaction(signed(3, 1))  # nonce 0 missing: waits
    block = node.mine()[0]
    assert [t.hash for t in block.transactions] == [high, *low]
    assert gap in node.mempool
    filler = node.send_raw_transaction(signed(3, 0))
    block = node.mine()[0]
    assert [t.hash for t in block.transactions] == [filler, gap]


def test_fees_are_burned_and_tipped_and_nothing_else_moves(node: Node):
    sender, miner = dev_addresses()[4], node.coinbase
    to = b"\x77" * 20
    before = {a: node.get_balance(a) for a in (sender, miner, to)}
    base = next_base_fee(node.head.header)
    h = node.send_raw_transaction(signed(4, 0, to=to, value=12345, tip=2 * GWEI))
    receipt, block = node.get_receipt(h)
    price = min(10 * GWEI, base + 2 * GWEI)
    assert receipt.effective_gas_price == price and block.header.base_fee == base
    assert node.get_balance(sender) == before[sender] - 12345 - 21000 * price
    assert node.get_balance(miner) == before[miner] + 21000 * (price - base)
    assert node.get_balance(to) == before[to] + 12345


def test_contract_address_and_deployment(node: Node):
    from lang.compiler import compile_file

    counter = compile_file(Path(__file__).resolve().parents[2] / "contracts/counter.coin")[0]
    from eth_abi import encode

    h = node.send_raw_transaction(signed(5, 0, data=counter.bytecode + encode(["uint256"], [7]), gas=2_000_000,
                                         value=0))
    receipt, _ = node.get_receipt(h)
    assert receipt.contract_address == contract_address(dev_addresses()[5], 0)
    assert node.get_code(receipt.contract_address) == counter.deployed_bytecode


def test_base_fee_follows_eip1559():
    from chain.types import Header

    h = Header(b"\x00" * 32, 1, 0, b"\x00" * 20, b"", b"", b"", b"\x00" * 256, 30_000_000, 15_000_000, 1000, 1)
    assert next_base_fee(h) == 1000
    from dataclasses import replace

    assert next_base_fee(replace(h, gas_used=30_000_000)) == 1125
    assert next_base_fee(replace(h, gas_used=0)) == 875


@pytest.mark.parametrize("delta,expected", [(0, 129), (1, 128), (5, 124), (10_000, 64)])
def test_difficulty_retargets_toward_the_block_time_and_is_clamped(delta, expected):
    p = PowParams(1, 64, 512)
    assert next_difficulty(128, 1000, 1000 + delta, p) == expected
    assert next_difficulty(512, 1000, 1000, p) == 512  # clamped above


def test_every_mined_block_carries_valid_work(node: Node):
    for n in range(3):
        node.send_raw_transaction(signed(6, n))
    for number in range(1, 4):
        header = node.block_by_number(number).header
        assert check_pow(header.seal_hash(), header.nonce, header.difficulty)
        assert not check_pow(header.seal_hash(), header.nonce, 2**255)


def test_the_stored_chain_revalidates_and_tampering_is_caught(tmp_path: Path):
    node = Node(tmp_path)
    for n in range(4):
        node.send_raw_transaction(signed(7, n))
    assert node.verify_chain() == 4
    node.close()
    db = sqlite3.connect(tmp_path / "chain.db")
    # forge a balance: the state no longer matches the blocks
    row = db.execute("SELECT address, balance FROM accounts LIMIT 1").fetchone()
    db.execute("UPDATE accounts SET balance=? WHERE address=?", ((10**30).to_bytes(32, "big"), row[0]))
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not the state of the head block 4"):
        Node(tmp_path)  # the node refuses to serve it (issue 12, item 10)
    reopened = Node(tmp_path, check=False)  # as `coinc verify` opens it, to say what is wrong
    assert reopened.block_number() == 4
    with pytest.raises(BlockError, match="stored state of account"):
        reopened.verify_chain()
    reopened.close()
    # a forged block is refused too
    db = sqlite3.connect(tmp_path / "chain.db")
    h = db.execute("SELECT hash FROM canon WHERE number=2").fetchone()[0]
    body = db.execute("SELECT body FROM blocks WHERE hash=?", (h,)).fetchone()[0]
    db.execute("UPDATE blocks SET body=? WHERE hash=?", (body[:-1] + bytes([body[-1] ^ 1]), h))
    db.commit()
    db.close()
    with pytest.raises(BlockError, match="block 2"):
        Node(tmp_path, check=False).verify_chain()


def test_state_and_mempool_after_reopen(tmp_path: Path):
    node = Node(tmp_path)
    node.send_raw_transaction(signed(8, 0, value=99))
    node.close()
    again = Node(tmp_path)
    assert again.get_nonce(dev_addresses()[8]) == 1
    assert again.get_balance(dev_addresses()[9]) == 10_000 * 10**18 + 99


def test_snapshot_and_revert_roll_back_blocks_and_state(node: Node):
    sid = node.snapshot()
    node.send_raw_transaction(signed(0, 0, value=5))
    node.send_raw_transaction(signed(0, 1, value=5))
    assert node.block_number() == 2
    assert node.revert(sid) is True
    assert node.block_number() == 0 and node.get_nonce(dev_addresses()[0]) == 0
    assert node.revert(sid) is False  # a snapshot is used once
    node.send_raw_transaction(signed(0, 0, value=5))
    assert node.verify_chain() == 1
