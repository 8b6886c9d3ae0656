"""The block transition: the one place that says what a valid block and an admissible
transaction are.

Modelled on ethereum/execution-specs' `state_transition` and `check_transaction`
(cancun/fork.py), every path of the node goes through these functions, so the miner,
the importer and the verifier cannot drift apart:

* `apply_block` checks a block against its parent and executes it: header rules and seal,
  transactions root, then gas used, receipts root, logs bloom and state root after
  re-execution. Blocks from peers, reorganisations and `coinc verify` call it.
* `produce_block` builds, executes and seals the next block (mining, dev set-balance).
* `admit_transaction` is the rule for entering the mempool (eth_sendRawTransaction and
  transactions from peers); whether a transaction fits a given block is
  `executor.check_transaction`, which `execute_body` applies to every transaction.

Both block functions leave the state as it was when they raise: a block whose
execution fails is discarded (`_execute`), one that contradicts its header is undone
after its commit (`apply_block`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from chain import pow as powlib
from chain.api import ChainError
from chain.blocks import (
    BlockError,
    Body,
    BodyMismatch,
    DevOp,
    FutureBlock,
    block_context,
    execute_body,
    next_base_fee,
    receipts_root_and_bloom,
)
from chain.executor import BlockContext
from chain.genesis import Genesis
from chain.state import BlockDiff, State
from chain.transactions import intrinsic_gas
from chain.types import Header, Receipt, Transaction


@dataclass(frozen=True, slots=True)
class Executed:
    """A block's outcome on the state: what it included, its receipts, what it changed."""

    header: Header
    transactions: list[Transaction]
    receipts: list[Receipt]
    diff: BlockDiff


def validate_header(genesis: Genesis, parent: Header, header: Header, now: int | None) -> None:
    """Header rules that need no execution. `now` enables the future-timestamp check
    (off when re-verifying a stored chain, whose blocks were once in the future), which
    raises FutureBlock: it is the only one a valid block can fail, for a while."""
    if header.parent_hash != parent.hash:
        raise BlockError("parent hash does not match the parent block")
    if header.number != parent.number + 1:
        raise BlockError(f"number {header.number} does not follow the parent's {parent.number}")
    if header.timestamp < parent.timestamp:
        raise BlockError(f"timestamp {header.timestamp} is before the parent's {parent.timestamp}")
    if header.gas_limit != genesis.gas_limit:
        raise BlockError(f"gas limit {header.gas_limit} differs from the chain's {genesis.gas_limit}")
    if header.gas_used > header.gas_limit:
        raise BlockError("gas used exceeds the gas limit")
    if header.base_fee != next_base_fee(parent):
        raise BlockError(f"base fee {header.base_fee} should be {next_base_fee(parent)}")
    want = powlib.next_difficulty(parent.difficulty, parent.timestamp, header.timestamp, genesis.pow)
    if header.difficulty != want:
        raise BlockError(f"difficulty {header.difficulty} should be {want}")
    if len(header.extra_data) > 32:
        raise BlockError("extra data is longer than 32 bytes")
    if not powlib.check_pow(header.seal_hash(), header.nonce, header.difficulty):
        raise BlockError("proof of work is invalid: the seal does not meet the difficulty")
    # last, so that a header breaking a rule for good is reported (and remembered) as such
    if now is not None and not genesis.dev and header.timestamp > now + genesis.max_future_seconds:
        raise FutureBlock(f"timestamp {header.timestamp} is more than {genesis.max_future_seconds}s in the future")


def check_header(genesis: Genesis, parent: Header, header: Header, body: Body, now: int | None) -> None:
    """Everything that can be checked without executing: the header rules and that the
    header commits to this body. A side block is stored only once it passes these."""
    validate_header(genesis, parent, header, now)
    check_body_root(header, body)


def check_body_root(header: Header, body: Body) -> None:
    """That `body` is the one `header` commits to; BodyMismatch (the sender's fault, not the
    block's) if not. Needs no parent, so even an orphan is checked before it is held."""
    if body.transactions_root() != header.transactions_root:
        raise BodyMismatch("transactions root does not match the body")


def _execute(state: State, genesis: Genesis, ctx: BlockContext, body: Body, strict: bool
             ) -> tuple[list[Transaction], list[Receipt], int]:
    """`execute_body`, dropping the block's changes if it raises. For a validated block
    (`strict`) any failure is the block's fault: it becomes a BlockError, because a
    peer's block must never crash the node."""
    try:
        return execute_body(state, genesis, ctx, body, strict=strict)
    except BaseException as e:
        state.discard()
        if strict and isinstance(e, Exception) and not isinstance(e, BlockError):
            raise BlockError(f"execution failed: {e}") from None
        raise


def apply_block(state: State, genesis: Genesis, parent: Header, header: Header, body: Body,
                now: int | None) -> Executed:
    """Check `header`/`body` as the child of `parent` and execute it on `state` (which
    must be the parent's state). Raises BlockError naming the broken rule, leaving
    `state` unchanged; on success the block's changes are committed to `state`."""
    check_header(genesis, parent, header, body, now)
    ctx = block_context(genesis, parent, header.timestamp, header.miner)
    txs, receipts, gas_used = _execute(state, genesis, ctx, body, strict=True)
    diff = state.commit()
    why = _outcome_mismatch(header, gas_used, receipts, state.accumulator.root())
    if why is not None:
        state.undo(diff)
        raise BlockError(why)
    return Executed(header, txs, receipts, diff)


def _outcome_mismatch(header: Header, gas_used: int, receipts: list[Receipt], state_root: bytes) -> str | None:
    """Which commitment of the header the executed block contradicts, if any."""
    r_root, bloom = receipts_root_and_bloom(receipts)
    if gas_used != header.gas_used:
        return f"gas used is {gas_used}, the header says {header.gas_used}"
    if r_root != header.receipts_root:
        return "receipts root does not match the re-executed receipts"
    if bloom != header.logs_bloom:
        return "logs bloom does not match the re-executed logs"
    if state_root != header.state_root:
        return "state root does not match the re-executed state"
    return None


def produce_block(state: State, genesis: Genesis, parent: Header, timestamp: int, coinbase: bytes,
                  candidates: list[Transaction], dev_ops: list[DevOp]) -> Executed:
    """Build the child of `parent`: include the candidates that are valid in turn
    (skipping the others), apply `dev_ops`, commit, and seal the header by proof of
    work. The result passes `apply_block` by construction."""
    if timestamp < parent.timestamp:
        raise ChainError(f"timestamp {timestamp} is before the head block's {parent.timestamp}")
    ctx = block_context(genesis, parent, timestamp, coinbase)
    txs, receipts, gas_used = _execute(state, genesis, ctx, Body(candidates, dev_ops), strict=False)
    diff = state.commit()
    difficulty = powlib.next_difficulty(parent.difficulty, parent.timestamp, timestamp, genesis.pow)
    r_root, bloom = receipts_root_and_bloom(receipts)
    header = Header(parent.hash, ctx.number, timestamp, coinbase, state.accumulator.root(),
                    Body(txs, dev_ops).transactions_root(), r_root, bloom, ctx.gas_limit, gas_used,
                    ctx.base_fee, difficulty, genesis.extra_data.encode()[:32], 0)
    header = replace(header, nonce=powlib.mine(header.seal_hash(), difficulty))
    return Executed(header, txs, receipts, diff)


def admit_transaction(state: State, genesis: Genesis, ctx: BlockContext, tx: Transaction) -> None:
    """Whether `tx` may wait in the mempool for the block `ctx` (the next one): it must be
    replay-protected for this chain, fit a block, pay at least the base fee, and its
    sender must afford its worst case. Nonces are the mempool's rule (a gap may wait).
    Raises ChainError saying what is wrong."""
    if tx.chain_id is None:
        raise ChainError("transaction is not replay-protected: sign it with a chain id (EIP-155)")
    if tx.chain_id != genesis.chain_id:
        raise ChainError(f"transaction is signed for chain id {tx.chain_id}, this chain is {genesis.chain_id}")
    need = intrinsic_gas(tx)
    if tx.gas < need:
        raise ChainError(f"intrinsic gas too low: the transaction needs at least {need} gas, it gives {tx.gas}")
    if tx.gas > genesis.gas_limit:
        raise ChainError(f"gas limit {tx.gas} exceeds the block gas limit {genesis.gas_limit}")
    if tx.fee_cap < ctx.base_fee:
        raise ChainError(f"max fee per gas ({tx.fee_cap}) is below the next block's base fee ({ctx.base_fee})")
    balance = state.get_balance(tx.sender)
    cost = tx.gas * tx.fee_cap + tx.value
    if balance < cost:
        raise ChainError(f"insufficient funds for gas * price + value: account 0x{tx.sender.hex()} has "
                         f"{balance}, the transaction may cost {cost}")


def apply_genesis(state: State, genesis: Genesis) -> BlockDiff:
    """Credit the genesis allocations to an empty state and commit them."""
    for address, balance in genesis.alloc.items():
        state.set_balance(bytes.fromhex(address[2:]), balance)
    return state.commit()
