"""Applying transactions to the state: Ethereum's rules for nonces, fees and gas.

`check_transaction` says why a transaction cannot be included; `apply_transaction`
runs one that can and returns its receipt; `simulate` runs a call without keeping
anything (eth_call, eth_estimateGas).
"""

from __future__ import annotations

from dataclasses import dataclass

from chain.api import ChainError
from chain.state import State
from chain.transactions import contract_address, intrinsic_gas
from chain.types import Log, Receipt, Transaction
from vm import gas as G
from vm.host import BlockEnv, TxEnv
from vm.interpreter import VM
from vm.message import Message, Result
from vm.trace import Tracer

REFUND_QUOTIENT = G.MAX_REFUND_QUOTIENT


@dataclass(frozen=True, slots=True)
class BlockContext:
    number: int
    timestamp: int
    coinbase: bytes
    gas_limit: int
    base_fee: int
    chain_id: int

    def env(self) -> BlockEnv:
        return BlockEnv(self.number, self.timestamp, self.coinbase, self.gas_limit, self.chain_id,
                        self.base_fee)


def check_transaction(state: State, ctx: BlockContext, tx: Transaction, block_gas_left: int) -> str | None:
    """Why `tx` cannot go into this block now, or None if it can."""
    if tx.chain_id is None:
        return "transaction is not replay-protected: sign it with a chain id (EIP-155)"
    if tx.chain_id != ctx.chain_id:
        return f"transaction is for chain id {tx.chain_id}, this chain is {ctx.chain_id}"
    nonce = state.get_nonce(tx.sender)
    if tx.nonce < nonce:
        return f"nonce too low: account 0x{tx.sender.hex()} has nonce {nonce}, transaction has {tx.nonce}"
    if tx.nonce > nonce:
        return f"nonce too high: account 0x{tx.sender.hex()} has nonce {nonce}, transaction has {tx.nonce}"
    if tx.fee_cap < ctx.base_fee:
        return f"max fee per gas ({tx.fee_cap}) is below the block's base fee ({ctx.base_fee})"
    need = intrinsic_gas(tx)
    if tx.gas < need:
        return f"intrinsic gas too low: the transaction needs at least {need} gas, it gives {tx.gas}"
    if tx.gas > block_gas_left:
        return f"gas limit {tx.gas} exceeds the gas left in the block ({block_gas_left})"
    if tx.to is None and len(tx.data) > G.MAX_INITCODE_SIZE:
        return f"init code of {len(tx.data)} bytes exceeds the limit of {G.MAX_INITCODE_SIZE} (EIP-3860)"
    cost = tx.gas * tx.fee_cap + tx.value
    balance = state.get_balance(tx.sender)
    if balance < cost:
        return (f"insufficient funds for gas * price + value: account 0x{tx.sender.hex()} has {balance},"
                f" the transaction may cost {cost}")
    if state.get_code(tx.sender):
        return "sender is a contract, not an externally owned account (EIP-3607)"
    return None


def _warm_set(tx_sender: bytes, target: bytes, ctx: BlockContext, access_list: tuple) -> tuple[bytes, ...]:
    # EIP-2929: sender and target warm; EIP-3651: the coinbase too
    return (tx_sender, target, ctx.coinbase, *(a for a, _ in access_list))


def apply_transaction(state: State, ctx: BlockContext, tx: Transaction, index: int,
                      cumulative_gas: int, tracer: Tracer | None = None) -> Receipt:
    """Execute an includable transaction (see check_transaction) and return its receipt."""
    sender = tx.sender
    price = tx.effective_gas_price(ctx.base_fee)
    nonce = state.get_nonce(sender)
    target = tx.to if tx.to is not None else contract_address(sender, nonce)
    state.begin_transaction(_warm_set(sender, target, ctx, tx.access_list))
    for address, slots in tx.access_list:
        for slot in slots:
            state.access_storage(address, slot)
    state.add_balance(sender, -tx.gas * price)
    state.increment_nonce(sender)
    vm = VM(state, ctx.env(), TxEnv(sender, price), tracer)
    exec_gas = tx.gas - intrinsic_gas(tx)
    if tx.to is None:
        result = vm.create(sender, target, tx.data, tx.value, exec_gas)
    else:
        result = vm.call(Message(sender, tx.to, tx.value, tx.data, exec_gas))
    gas_used = tx.gas - result.gas_left
    if result.success:
        gas_used -= min(result.gas_refund, gas_used // REFUND_QUOTIENT) if result.gas_refund > 0 else 0
    state.add_balance(sender, (tx.gas - gas_used) * price)
    tip = price - ctx.base_fee
    if tip:
        state.add_balance(ctx.coinbase, gas_used * tip)
    logs = tuple(Log(a, tuple(t.to_bytes(32, "big") for t in topics), data)
                 for a, topics, data in state.logs) if result.success else ()
    return Receipt(
        tx_hash=tx.hash, tx_index=index, status=1 if result.success else 0, gas_used=gas_used,
        cumulative_gas_used=cumulative_gas + gas_used, effective_gas_price=price,
        contract_address=target if tx.to is None and result.success else None,
        logs=logs, sender=sender, to=tx.to, type=tx.type,
        revert_data=b"" if result.success else result.output,
    )


@dataclass(frozen=True, slots=True)
class Simulation:
    result: Result
    gas_used: int  # as a transaction with this gas limit would be charged (before refund cap)


def simulate(state: State, ctx: BlockContext, sender: bytes, to: bytes | None, value: int, data: bytes,
             gas: int, gas_price: int, tracer: Tracer | None = None) -> Simulation:
    """Run a call or creation as a transaction would, then undo everything."""
    intrinsic = G.intrinsic_gas(data, to is None)
    if gas < intrinsic:
        raise ChainError(f"intrinsic gas too low: the call needs at least {intrinsic} gas, {gas} given")
    if value and state.get_balance(sender) < value:
        raise ChainError(f"insufficient funds for value: account 0x{sender.hex()} has "
                         f"{state.get_balance(sender)}, the call sends {value}")
    nonce = state.get_nonce(sender)
    target = to if to is not None else contract_address(sender, nonce)
    state.begin_transaction(_warm_set(sender, target, ctx, ()))
    try:
        vm = VM(state, ctx.env(), TxEnv(sender, gas_price), tracer)
        if to is None:
            state.increment_nonce(sender)
            result = vm.create(sender, target, data, value, gas - intrinsic)
            if result.success:
                result = Result(True, result.gas_left, result.gas_refund, state.get_code(target), None,
                                target)
        else:
            result = vm.call(Message(sender, to, value, data, gas - intrinsic))
    finally:
        state.revert_to(0)
    return Simulation(result, gas - result.gas_left)
