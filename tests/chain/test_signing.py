"""eth_sign, personal_sign, eth_signTypedData_v4, eth_signTransaction with the dev accounts,
checked by recovering the signer with eth_account; refused off the dev chain."""

from __future__ import annotations

import pytest
from eth_account import Account
from eth_account.messages import encode_defunct, encode_typed_data
from web3 import Web3
from web3.exceptions import Web3RPCError

from chain.node import Node
from chain.provider import EmbeddedProvider
from chain.rpc import RPC
from chain.transactions import decode_transaction

TYPED = {
    "types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "chainId", "type": "uint256"}],
              "Mail": [{"name": "to", "type": "address"}, {"name": "contents", "type": "string"}]},
    "primaryType": "Mail",
    "domain": {"name": "coinc", "chainId": 31337},
    "message": {"to": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "contents": "hello"},
}


@pytest.fixture
def w3():
    return Web3(EmbeddedProvider(RPC(Node(None))))


def _ask(w3: Web3, method: str, *params):
    resp = w3.provider.make_request(method, list(params))
    if "error" in resp:
        raise Web3RPCError(resp["error"]["message"])
    return resp["result"]


def test_messages_and_typed_data_recover_to_the_dev_account(w3):
    me = w3.eth.accounts[1]
    sig = _ask(w3, "personal_sign", "0x" + b"hello".hex(), me)
    assert Account.recover_message(encode_defunct(b"hello"), signature=sig) == me
    assert _ask(w3, "eth_sign", me, "0x" + b"hello".hex()) == sig
    assert Account.recover_message(encode_defunct(b"plain text"),
                                   signature=_ask(w3, "personal_sign", "plain text", me)) == me
    typed = _ask(w3, "eth_signTypedData_v4", me, TYPED)
    assert Account.recover_message(encode_typed_data(full_message=TYPED), signature=typed) == me
    import json
    assert _ask(w3, "eth_signTypedData_v4", me, json.dumps(TYPED)) == typed  # as a JSON string too


def test_sign_transaction_gives_a_raw_transaction_the_node_accepts(w3):
    me, you = w3.eth.accounts[2], w3.eth.accounts[3]
    raw = _ask(w3, "eth_signTransaction", {"from": me, "to": you, "value": hex(5)})
    tx = decode_transaction(bytes.fromhex(raw[2:]))
    assert Web3.to_checksum_address(tx.sender) == me and tx.value == 5
    before = w3.eth.get_balance(you)
    w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(raw))
    assert w3.eth.get_balance(you) == before + 5


@pytest.mark.parametrize("method, params, fragment", [
    ("personal_sign", ["hi", "0x" + "11" * 20], "not one of this node's dev accounts"),
    ("personal_sign", [5, "0x" + "11" * 20], "invalid argument 0 (message)"),
    ("eth_sign", ["0x12", "0x00"], "invalid argument 0 (address)"),
    ("eth_signTypedData_v4", ["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", {"types": {}}], "EIP-712 object"),
    ("eth_signTypedData_v4", ["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "{"], "not JSON"),
    ("eth_signTransaction", [{"to": "0x" + "11" * 20}], "'from' is required"),
])
def test_signing_parameters_are_validated(w3, method, params, fragment):
    with pytest.raises(Web3RPCError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        _ask(w3, method, *params)


def test_signing_is_refused_off_the_dev_chain():
    from chain.genesis import dev_genesis

    g = dev_genesis(0)
    import dataclasses
    node = Node(None, genesis=dataclasses.replace(g, dev=False, chain_id=4242))
    w3 = Web3(EmbeddedProvider(RPC(node)))
    with pytest.raises(Web3RPCError, match="only available on a dev chain"):
        _ask(w3, "personal_sign", "hi", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
