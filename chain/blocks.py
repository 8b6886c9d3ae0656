"""The pieces of a block the transition (chain/transition.py) is built from: the body and
its transactions root, the EIP-1559 base fee, the block context, executing a body, and
the receipts root with the logs bloom."""

from __future__ import annotations

from dataclasses import dataclass

import rlp

from chain.encoding import encode_rlp
from chain.executor import BlockContext, apply_transaction, check_transaction
from chain.genesis import Genesis
from chain.state import State
from chain.transactions import decode_transaction
from chain.types import Header, Receipt, Transaction, bloom_of, merkle_root

ELASTICITY = 2
BASE_FEE_CHANGE_DENOMINATOR = 8


class BlockError(Exception):
    """A block breaks a consensus rule; the message names the rule. The block (its hash)
    is invalid for good: the node remembers it as bad and refuses its descendants."""

    marks_block = True  # whether the error proves the block itself invalid


class BodyMismatch(BlockError):
    """The body is not the one the header commits to (the transactions root differs).
    That is the sender's fault, not the block's: the same header with its real body may
    still be valid, so the hash is not remembered as bad; the sender is banned."""

    marks_block = False


class FutureBlock(BlockError):
    """The header is dated too far ahead of the local clock: refused for now, but it may
    be valid later (or to a node whose clock agrees), so nothing is remembered."""

    marks_block = False


def next_base_fee(parent: Header) -> int:
    """EIP-1559: up to 12.5% up when the parent was over half full, down when under."""
    target = parent.gas_limit // ELASTICITY
    if parent.gas_used == target:
        return parent.base_fee
    if parent.gas_used > target:
        delta = max(parent.base_fee * (parent.gas_used - target) // target // BASE_FEE_CHANGE_DENOMINATOR, 1)
        return parent.base_fee + delta
    delta = parent.base_fee * (target - parent.gas_used) // target // BASE_FEE_CHANGE_DENOMINATOR
    return parent.base_fee - delta


def block_context(genesis: Genesis, parent: Header, timestamp: int, coinbase: bytes) -> BlockContext:
    return BlockContext(parent.number + 1, timestamp, coinbase, genesis.gas_limit, next_base_fee(parent),
                        genesis.chain_id)


# Dev chains' state changes recorded on chain, applied before the block's transactions:
#   (address, balance)                 set-balance (the original form, encoded [a, b])
#   (address, nonce, b"nonce")         set-nonce
#   (address, code, b"code")           set-code (code: bytes)
#   (address, value, b"slot", slot)    set-storage
DevOp = tuple
DEV_OP_KINDS = (b"nonce", b"code", b"slot")


def _dev_op_items(op: DevOp) -> list:
    return list(op)


def _decode_dev_op(item: list) -> DevOp:
    def num(b: bytes) -> int:
        return int.from_bytes(b, "big")

    if len(item) == 2:
        return (bytes(item[0]), num(item[1]))
    kind = bytes(item[2])
    if kind == b"nonce" and len(item) == 3:
        return (bytes(item[0]), num(item[1]), kind)
    if kind == b"code" and len(item) == 3:
        return (bytes(item[0]), bytes(item[1]), kind)
    if kind == b"slot" and len(item) == 4:
        return (bytes(item[0]), num(item[1]), kind, num(item[3]))
    raise ValueError(f"unknown dev operation {kind!r}")


def apply_dev_op(state: State, op: DevOp) -> None:
    """Apply one on-chain dev operation (see DevOp) to the state."""
    address, value = op[0], op[1]
    if len(op) == 2:
        state.set_balance(address, value)
    elif op[2] == b"nonce":
        _, balance, code_hash = state.account(address)
        state._put_account(address, (value, balance, code_hash))
    elif op[2] == b"code":
        state.set_code(address, value)
    else:
        state.set_storage(address, op[3], value)


@dataclass
class Body:
    transactions: list[Transaction]
    dev_ops: list[DevOp]  # dev chains' on-chain state changes (set-balance, -nonce, -code, -storage)

    def encode(self) -> bytes:
        return encode_rlp([[t.raw for t in self.transactions], [t.sender for t in self.transactions],
                           [_dev_op_items(op) for op in self.dev_ops]])

    @classmethod
    def decode(cls, blob: bytes, trust_senders: bool = True) -> Body:
        raws, senders, ops = rlp.decode(blob)
        txs = [decode_transaction(r, s if trust_senders else None) for r, s in zip(raws, senders, strict=True)]
        return cls(txs, [_decode_dev_op(item) for item in ops])

    def transactions_root(self) -> bytes:
        leaves = [t.raw for t in self.transactions]
        if self.dev_ops:
            leaves.append(b"dev:" + encode_rlp([_dev_op_items(op) for op in self.dev_ops]))
        return merkle_root(leaves)


def receipts_root(receipts: list[Receipt]) -> bytes:
    return receipts_root_and_bloom(receipts)[0]


def receipts_root_and_bloom(receipts: list[Receipt]) -> tuple[bytes, bytes]:
    """The receipts root and the block's logs bloom (the OR of the receipts' blooms, which
    is `bloom_of` over all the block's logs), each receipt's bloom computed once."""
    leaves = []
    bits = 0
    for r in receipts:
        bloom = bloom_of(r.logs)
        if r.logs:
            bits |= int.from_bytes(bloom, "big")
        leaves.append(r.encode(bloom))
    return merkle_root(leaves), bits.to_bytes(256, "big")


def execute_body(state: State, genesis: Genesis, ctx: BlockContext, body: Body, strict: bool
                 ) -> tuple[list[Transaction], list[Receipt], int]:
    """Apply a block's dev ops and transactions. A miner (`strict=False`) leaves out
    transactions that cannot be included; a validator rejects the block for them."""
    for op in body.dev_ops:
        if not genesis.dev:
            raise BlockError("set-balance operations are only valid on a dev chain")
        apply_dev_op(state, op)
    included: list[Transaction] = []
    receipts: list[Receipt] = []
    gas_used = 0
    for tx in body.transactions:
        why = check_transaction(state, ctx, tx, ctx.gas_limit - gas_used)
        if why is not None:
            if strict:
                raise BlockError(f"transaction 0x{tx.hash.hex()} is invalid: {why}")
            continue
        receipt = apply_transaction(state, ctx, tx, len(included), gas_used)
        gas_used = receipt.cumulative_gas_used
        included.append(tx)
        receipts.append(receipt)
    if genesis.block_reward:
        state.add_balance(ctx.coinbase, genesis.block_reward)
    return included, receipts, gas_used
