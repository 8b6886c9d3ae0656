"""Signing with the dev accounts: eth_sign, personal_sign, eth_signTypedData_v4 and
eth_signTransaction, as anvil offers them. Only on a dev chain, whose keys are public
(derived from the well-known mnemonic); a key is never logged or returned."""

from __future__ import annotations

from typing import Any

from chain.api import CallRequest, ChainError
from chain.blocks import next_base_fee
from chain.genesis import dev_addresses, dev_keys
from chain.nesting import json_nesting_error
from chain.queries import SUGGESTED_TIP
from chain.rpcvalues import InvalidParams, Method, _describe, _hx, parse_address, parse_data

__all__ = ["SigningMethods", "MAX_MESSAGE", "sign_dev_transaction"]

MAX_MESSAGE = 1024 * 1024  # bytes of a message to sign


class SigningMethods:
    def __init__(self, node: Any, call_request: Any):
        self.node = node
        self.call_request = call_request

    def methods(self) -> dict[str, Method]:
        return {
            "eth_sign": Method(self._eth_sign, 2, 2),
            "personal_sign": Method(self._personal_sign, 2, 3),
            "eth_signTypedData_v4": Method(self._sign_typed, 2, 2),
            "eth_signTransaction": Method(self._sign_transaction, 1, 1),
        }

    def _key(self, address: bytes, method: str) -> bytes:
        genesis = getattr(self.node, "genesis", None)
        if genesis is None or not genesis.dev:
            raise ChainError(f"{method} is only available on a dev chain: sign with your own key", -32601)
        try:
            return dev_keys()[dev_addresses().index(address)]
        except ValueError:
            raise ChainError(f"0x{address.hex()} is not one of this node's dev accounts (see eth_accounts)") from None

    @staticmethod
    def _message(value: Any, what: str) -> bytes:
        data = parse_data(value, what) if isinstance(value, str) and value.startswith(("0x", "0X")) else None
        if data is None:
            if not isinstance(value, str):
                raise InvalidParams(f"{what}: expected a hex string or text, got {_describe(value)}")
            data = value.encode()
        if len(data) > MAX_MESSAGE:
            raise InvalidParams(f"{what}: {len(data)} bytes, at most {MAX_MESSAGE}")
        return data

    def _sign_message(self, address: bytes, message: bytes, method: str) -> str:
        from eth_account import Account
        from eth_account.messages import encode_defunct

        signed = Account.sign_message(encode_defunct(primitive=message), self._key(address, method))
        return _hx(bytes(signed.signature))

    def _eth_sign(self, p: list) -> str:
        address = parse_address(p[0], "invalid argument 0 (address)")
        return self._sign_message(address, self._message(p[1], "invalid argument 1 (message)"), "eth_sign")

    def _personal_sign(self, p: list) -> str:
        message = self._message(p[0], "invalid argument 0 (message)")
        address = parse_address(p[1], "invalid argument 1 (address)")
        return self._sign_message(address, message, "personal_sign")

    def _sign_typed(self, p: list) -> str:
        from eth_account import Account
        from eth_account.messages import encode_typed_data

        address = parse_address(p[0], "invalid argument 0 (address)")
        data = p[1]
        what = "invalid argument 1 (typed data)"
        if isinstance(data, str):
            if len(data) > MAX_MESSAGE:
                raise InvalidParams(f"{what}: longer than {MAX_MESSAGE} characters")
            too_deep = json_nesting_error(data.encode(), what="typed data")
            if too_deep is not None:
                raise InvalidParams(f"{what}: {too_deep}")
            import json

            try:
                data = json.loads(data)
            except ValueError as e:
                raise InvalidParams(f"{what}: not JSON: {e}") from None
        if not isinstance(data, dict) or not {"types", "primaryType", "domain", "message"} <= set(data):
            raise InvalidParams(f"{what}: expected an EIP-712 object with types, primaryType, domain "
                                "and message")
        key = self._key(address, "eth_signTypedData_v4")
        try:
            encoded = encode_typed_data(full_message=data)
        except Exception as e:  # noqa: BLE001 - eth_account raises many kinds for bad input
            raise InvalidParams(f"{what}: {type(e).__name__}: {e}") from None
        return _hx(bytes(Account.sign_message(encoded, key).signature))

    def _sign_transaction(self, p: list) -> str:
        request: CallRequest = self.call_request(p[0], 0)
        if request.sender is None:
            raise InvalidParams("invalid argument 0: 'from' is required")
        return _hx(sign_dev_transaction(self.node, request, self._key(request.sender, "eth_signTransaction")))


def sign_dev_transaction(node: Any, request: CallRequest, key: bytes) -> bytes:
    """The raw signed transaction for a request from a dev account, with defaults as
    anvil fills them: the pending nonce, estimated gas, EIP-1559 fees (1 gwei tip, twice
    the next base fee plus the tip as cap) unless gasPrice is given."""
    from eth_account import Account
    from eth_utils import to_checksum_address

    assert request.sender is not None
    nonce = request.nonce if request.nonce is not None else node.get_nonce(request.sender, "pending")
    gas = request.gas or node.estimate_gas(request)
    tx: dict = {"nonce": nonce, "gas": gas, "value": request.value, "data": request.data,
                "chainId": node.chain_id}
    if request.to is not None:
        tx["to"] = to_checksum_address(request.to)
    if request.gas_price is not None:
        tx["gasPrice"] = request.gas_price
    else:
        tip = request.max_priority_fee if request.max_priority_fee is not None else SUGGESTED_TIP
        tx["maxPriorityFeePerGas"] = tip
        tx["maxFeePerGas"] = request.max_fee if request.max_fee is not None else \
            2 * next_base_fee(node.head.header) + tip
    return bytes(Account.sign_transaction(tx, key).raw_transaction)
