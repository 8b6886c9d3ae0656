"""web3.py against a real `coinc node`: FiatCoin's EIP-2612 `permit` and EIP-3009
`transferWithAuthorization` signed with eth-account's `sign_typed_data`, and a custom
error decoded from the ABI, as an Ethereum user would see them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from eth_account import Account
from web3 import Web3
from web3.exceptions import ContractCustomError

from chain.genesis import dev_keys
from lang.abi import decode_custom_error
from lang.compiler import compile_file, compile_source
from tests.chain.test_web3_node import NodeProcess

ROOT = Path(__file__).resolve().parents[2]
WAD = 10**18


@pytest.fixture
def node(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain")
    w3 = n.start()
    yield w3
    n.stop()


def _send(w3: Web3, acct, fn_or_ctor) -> dict:
    tx = fn_or_ctor.build_transaction({"from": acct.address, "nonce": w3.eth.get_transaction_count(acct.address)})
    receipt = w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(acct.sign_transaction(tx).raw_transaction))
    assert receipt.status == 1
    return receipt


def test_permit_and_transfer_with_authorization_through_web3(node):
    w3 = node
    fiat = next(c for c in compile_file(ROOT / "contracts/fiat.coin") if c.name == "FiatCoin")
    admin, holder, relayer = (Account.from_key(k) for k in dev_keys()[:3])
    r = _send(w3, admin, w3.eth.contract(abi=fiat.abi, bytecode=fiat.bytecode).constructor("Coin USD", "CUSD", 10**9))
    coin = w3.eth.contract(address=r.contractAddress, abi=fiat.abi)
    _send(w3, admin, coin.functions.attest_reserves(1_000 * WAD))
    _send(w3, admin, coin.functions.configure_minter(admin.address, 1_000 * WAD))
    _send(w3, admin, coin.functions.mint(holder.address, 100 * WAD))
    domain = {"name": "Coin USD", "version": "2", "chainId": w3.eth.chain_id, "verifyingContract": coin.address}

    # EIP-2612: the holder signs, the relayer submits
    types = {"Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
                        {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
                        {"name": "deadline", "type": "uint256"}]}
    deadline = 2**40
    msg = {"owner": holder.address, "spender": relayer.address, "value": 5 * WAD,
           "nonce": coin.functions.nonces(holder.address).call(), "deadline": deadline}
    sig = Account.sign_typed_data(holder.key, domain, types, msg)
    _send(w3, relayer, coin.functions.permit(holder.address, relayer.address, 5 * WAD, deadline, sig.v,
                                             sig.r.to_bytes(32, "big"), sig.s.to_bytes(32, "big")))
    assert coin.functions.allowance(holder.address, relayer.address).call() == 5 * WAD
    assert coin.functions.nonces(holder.address).call() == 1

    # EIP-3009: a transfer signed by the holder, paid to the admin, submitted by the relayer
    auth = [{"name": n, "type": t} for n, t in (("from", "address"), ("to", "address"), ("value", "uint256"),
                                                 ("validAfter", "uint256"), ("validBefore", "uint256"),
                                                 ("nonce", "bytes32"))]
    nonce = os.urandom(32)
    msg = {"from": holder.address, "to": admin.address, "value": 3 * WAD, "validAfter": 0,
           "validBefore": 2**40, "nonce": nonce}
    sig = Account.sign_typed_data(holder.key, domain, {"TransferWithAuthorization": auth}, msg)
    receipt = _send(w3, relayer, coin.functions.transferWithAuthorization(
        holder.address, admin.address, 3 * WAD, 0, 2**40, nonce, sig.v, sig.r.to_bytes(32, "big"),
        sig.s.to_bytes(32, "big")))
    assert coin.functions.balanceOf(admin.address).call() == 3 * WAD
    assert coin.functions.authorizationState(holder.address, nonce).call() is True
    used = coin.events.AuthorizationUsed().process_receipt(receipt)
    assert used[0].args.authorizer == holder.address and used[0].args.nonce == nonce


def test_custom_errors_reach_web3_decoded(node):
    w3 = node
    src = ("error InsufficientBalance(need: uint, have: uint)\n"
           "contract V { pub view fn take(x: uint) -> uint { revert InsufficientBalance(x, 1) } }\n")
    c = compile_source(src, "v.coin")[0]
    acct = Account.from_key(dev_keys()[0])
    r = _send(w3, acct, w3.eth.contract(abi=c.abi, bytecode=c.bytecode).constructor())
    v = w3.eth.contract(address=r.contractAddress, abi=c.abi)
    with pytest.raises(ContractCustomError) as info:
        v.functions.take(7).call()
    data = bytes.fromhex(info.value.data[2:])
    assert decode_custom_error(data, c.abi) == "InsufficientBalance(need=7, have=1)"
