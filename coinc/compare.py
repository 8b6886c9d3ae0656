"""`coinc compare`: the same contract and the same calls on the Coin chain and on an
Ethereum chain, side by side.

Both sides are driven through web3 with the same private key, so senders, nonces and
contract addresses are identical and results compare directly: the Coin side is an
in-memory coinc chain, the Ethereum side is an in-process py-evm chain (eth-tester) or
any JSON-RPC endpoint given with --against.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coinc.args import convert_all, split_call
from coinc.errors import UserError

PANIC_OR_EMPTY = "reverted (panic or no data)"


@dataclass
class Outcome:
    ok: bool
    value: Any = None
    reason: str | None = None
    events: list = field(default_factory=list)
    gas: int | None = None

    def shown(self) -> str:
        if not self.ok:
            return f"revert: {self.reason}" if self.reason else PANIC_OR_EMPTY
        v = _show(self.value)
        ev = "; ".join(f"{n}({', '.join(f'{k}={_show(x)}' for k, x in a.items())})" for n, a in self.events)
        return v + (f" [{ev}]" if ev else "")

    def same_as(self, other: Outcome) -> bool:
        if self.ok != other.ok:
            return False
        if not self.ok:
            return (self.reason or PANIC_OR_EMPTY) == (other.reason or PANIC_OR_EMPTY)
        return _norm(self.value) == _norm(other.value) and _norm(self.events) == _norm(other.events)


def _show(v: Any) -> str:
    if isinstance(v, bytes):
        return "0x" + v.hex()
    if isinstance(v, tuple | list):
        return "(" + ", ".join(_show(x) for x in v) + ")"
    return "" if v is None else str(v)


def _norm(v: Any) -> Any:
    if isinstance(v, str) and v.startswith("0x"):
        return v.lower()
    if isinstance(v, tuple | list):
        return [_norm(x) for x in v]
    if isinstance(v, dict):
        return {k: _norm(x) for k, x in v.items()}
    return v


def _reason(exc: Exception) -> str | None:
    """The Error(string) message of a revert, or None for a panic / no data."""
    from coinc.client import revert_message

    msg = revert_message(exc)
    if msg is None:
        text = str(exc.args[0]) if exc.args else str(exc)
        if type(exc).__name__ == "TransactionFailed" or "execution reverted" in text:
            msg = text.split("execution reverted", 1)[-1].lstrip(": ").strip("'\"")
        else:
            raise exc
    if "panic" in msg.lower() or msg.strip() in ("", "execution reverted", "None") or msg.startswith("0x"):
        return None
    return msg


class Side:
    def __init__(self, name: str, w3, account, abi: list, bytecode: bytes):
        self.name, self.w3, self.account, self.abi, self.bytecode = name, w3, account, abi, bytecode
        self.contract = None

    def _send(self, tx: dict) -> tuple[Any, Any]:
        w3 = self.w3
        tx = {**tx, "from": self.account.address, "chainId": w3.eth.chain_id,
              "nonce": w3.eth.get_transaction_count(self.account.address, "pending")}
        block = w3.eth.get_block("latest")
        tip = 10**9
        tx.setdefault("maxPriorityFeePerGas", tip)
        tx.setdefault("maxFeePerGas", 2 * block["baseFeePerGas"] + tip)
        tx.setdefault("gas", w3.eth.estimate_gas(tx))
        signed = self.account.sign_transaction(tx)
        h = w3.eth.send_raw_transaction(signed.raw_transaction)
        return h, w3.eth.wait_for_transaction_receipt(h, timeout=120)

    def deploy(self, values: list) -> Outcome:
        C = self.w3.eth.contract(abi=self.abi, bytecode=self.bytecode)
        try:
            _, receipt = self._send({"data": C.constructor(*values).data_in_transaction})
        except Exception as e:
            return Outcome(False, reason=_reason(e))
        self.contract = self.w3.eth.contract(address=receipt["contractAddress"], abi=self.abi)
        return Outcome(receipt["status"] == 1, receipt["contractAddress"], gas=receipt["gasUsed"])

    def run(self, fn: dict, values: list, value: int) -> Outcome:
        f = self.contract.functions[fn["name"]](*values)
        try:
            result = f.call({"from": self.account.address, "value": value})
        except Exception as e:
            return Outcome(False, reason=_reason(e))
        if fn.get("stateMutability") in ("view", "pure"):
            return Outcome(True, result)
        try:
            _, receipt = self._send({"to": self.contract.address, "data": f._encode_transaction_data(),
                                     "value": value})
        except Exception as e:
            return Outcome(False, reason=_reason(e))
        events = []
        for e in (x for x in self.abi if x.get("type") == "event"):
            for log in self.contract.events[e["name"]]().process_receipt(receipt, errors=_discard()):
                events.append((e["name"], dict(log["args"])))
        return Outcome(receipt["status"] == 1, result, events=events, gas=receipt["gasUsed"])


def _discard():
    from web3.logs import DISCARD

    return DISCARD


def ethereum_side(against: str | None):
    """(web3, funder) for the Ethereum side: eth-tester in-process, or an endpoint."""
    from web3 import Web3

    if against:
        w3 = Web3(Web3.HTTPProvider(against, request_kwargs={"timeout": 60}))
        try:
            _ = w3.eth.chain_id
        except Exception as e:
            raise UserError(f"cannot reach {against}: {e}") from None
        return w3
    try:
        from eth_tester import EthereumTester, PyEVMBackend
    except ImportError:
        raise UserError("the in-process Ethereum side needs eth-tester: pip install 'eth-tester[py-evm]'") from None
    return Web3(Web3.EthereumTesterProvider(EthereumTester(PyEVMBackend())))


def compare(file: str, contract_name: str | None, ctor_args: list[str], calls: list[str], against: str | None,
            account=None) -> tuple[list[dict], bool]:
    from eth_account import Account
    from web3 import Web3

    from chain.genesis import dev_keys
    from chain.node import Node
    from chain.provider import EmbeddedProvider
    from chain.rpc import RPC
    from lang.compiler import compile_file
    from lang.evm import compile_evm

    contracts = compile_file(file)
    if not contracts:
        raise UserError(f"{file} declares no contract")
    compiled = next((c for c in contracts if c.name == contract_name), None) if contract_name else contracts[-1]
    if compiled is None:
        raise UserError(f"{file} has no contract `{contract_name}`")
    evm = compile_evm(compiled)
    signer = account or Account.from_key(dev_keys()[0])

    coin_w3 = Web3(EmbeddedProvider(RPC(Node(None))))
    eth_w3 = ethereum_side(against)
    if against is None:  # fund our signer from eth-tester's first account
        eth_w3.eth.send_transaction({"from": eth_w3.eth.accounts[0], "to": signer.address, "value": 10**22})
    coin = Side("coin", coin_w3, signer, compiled.abi, compiled.bytecode)
    eth = Side("evm", eth_w3, signer, evm["abi"], bytes.fromhex(evm["bytecode"].removeprefix("0x")))

    def resolve(text: str) -> str:
        t = text.strip()
        if t.startswith("@") and t[1:].isdigit():
            from chain.genesis import dev_addresses

            return Web3.to_checksum_address(dev_addresses()[int(t[1:])])
        return Web3.to_checksum_address(t)

    ctor = next((e for e in compiled.abi if e["type"] == "constructor"), {"inputs": []})
    values = convert_all(ctor_args, ctor["inputs"], resolve, "the constructor")
    rows: list[dict] = []
    a, b = coin.deploy(values), eth.deploy(values)
    rows.append(_row("deploy", a, b))
    if not (a.ok and b.ok):
        return rows, any(not r["same"] for r in rows)
    fns = {e["name"]: e for e in compiled.abi if e.get("type") == "function"}
    for line in calls:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        value = 0
        if " value=" in line:
            line, v = line.rsplit(" value=", 1)
            from coinc.args import parse_int

            value = parse_int(v)
        name, texts = split_call(line)
        if name not in fns:
            raise UserError(f"`{compiled.name}` has no function `{name}`")
        vals = convert_all(texts, fns[name]["inputs"], resolve, name)
        rows.append(_row(line, coin.run(fns[name], vals, value), eth.run(fns[name], vals, value)))
    for name, fn in fns.items():
        if fn.get("stateMutability") == "view" and not fn["inputs"]:
            rows.append(_row(f"final {name}()", coin.run(fn, [], 0), eth.run(fn, [], 0)))
    return rows, any(not r["same"] for r in rows)


def _row(step: str, a: Outcome, b: Outcome) -> dict:
    ratio = f"{a.gas / b.gas:.2f}" if a.gas and b.gas else ""
    return {"step": step, "coin": a.shown(), "evm": b.shown(), "coin_gas": a.gas, "evm_gas": b.gas,
            "ratio": ratio, "same": a.same_as(b)}
