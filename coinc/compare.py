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
from coinc.client import fill_fees
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
        fill_fees(w3, tx, tip=10**9)
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


# ------------------------------------------------------------------ scenarios


def compare_scenario(name: str, sets: list, hours: int | None) -> tuple[list[dict], dict, bool]:
    """Run a stress scenario on the Coin chain, recording every transaction it executes,
    then replay the same transactions (same keys, nonces, values, calldata, block
    timestamps; EVM bytecode in deployments) on py-evm and compare each one's outcome."""
    import rlp
    from coincurve import PrivateKey

    from coinc.deploy import compiled_contracts
    from coinc.stress.engine import Run
    from coinc.stress.scenario import apply_sets, load
    from lang.abi import keccak
    from lang.evm import compile_evm

    try:
        from eth_tester import PyEVMBackend
        from eth_tester.backends.pyevm.main import get_default_genesis_params
    except ImportError:
        raise UserError("comparing a scenario needs eth-tester: pip install 'eth-tester[py-evm]'") from None

    overrides = list(sets) + ([("hours", hours)] if hours else [])
    cfg = apply_sets(load(name), overrides)
    run = Run(cfg, 1)
    run.sim.recording = []
    run.run()
    blocks = run.sim.recording
    node = run.sim.node

    # deployments carry EVM code instead of the Coin container
    swaps: list[tuple[bytes, bytes]] = []
    for compiled in compiled_contracts().values():
        evm = compile_evm(compiled)
        swaps.append((compiled.bytecode, bytes.fromhex(evm["bytecode"].removeprefix("0x"))))
    swaps.sort(key=lambda s: -len(s[0]))

    def evm_data(sent) -> bytes:
        if sent.to is not None:
            return sent.data
        for coin_code, evm_code in swaps:
            if sent.data.startswith(coin_code):
                return evm_code + sent.data[len(coin_code):]
        raise UserError("a deployment in the scenario is not a bundled contract")

    genesis = node.genesis
    state = {bytes.fromhex(a[2:]): {"balance": b, "nonce": 0, "code": b"", "storage": {}}
             for a, b in genesis.alloc.items()}
    params = get_default_genesis_params({"timestamp": genesis.timestamp - 1, "gas_limit": genesis.gas_limit})
    backend = PyEVMBackend(genesis_parameters=params, genesis_state=state)
    chain = backend.chain  # py-evm directly: eth-tester would re-date the pending block
    chain_id = chain.chain_id

    def sign(sent) -> bytes:
        fields = [chain_id, sent.nonce, 10**9, 10**12, sent.gas, sent.to or b"", sent.value, evm_data(sent), []]
        payload = b"\x02" + rlp.encode(fields)
        sig = PrivateKey(sent.sender.key).sign_recoverable(keccak(payload), hasher=None)
        return b"\x02" + rlp.encode(fields + [sig[64], int.from_bytes(sig[:32], "big"),
                                              int.from_bytes(sig[32:64], "big")])

    rows: list[dict] = []
    totals = {"transactions": 0, "same": 0, "coin_gas": 0, "evm_gas": 0}
    for ts, txs in blocks:
        chain.header = chain.header.copy(timestamp=ts)
        used = 0
        for sent, coin in txs:
            totals["transactions"] += 1
            try:
                tx = chain.get_vm().get_transaction_builder().decode(sign(sent))
                _, receipt, computation = chain.apply_transaction(tx)
                evm_status = 1 if computation.is_success else 0
                evm_gas, used = receipt.gas_used - used, receipt.gas_used
                evm_logs = [(lg.address, [t.to_bytes(32, "big") for t in lg.topics], lg.data)
                            for lg in receipt.logs]
            except Exception as e:  # refused by py-evm: a difference, reported
                evm_status, evm_gas, evm_logs = f"refused ({type(e).__name__}: {e})", 0, []
            coin_logs = [(lg.address, list(lg.topics), lg.data) for lg in coin.logs]
            same = evm_status == coin.status and coin_logs == evm_logs
            totals["coin_gas"] += coin.gas_used
            totals["evm_gas"] += evm_gas
            totals["same"] += same
            if not same and len(rows) < 50:
                rows.append({"block_time": ts, "label": sent.label, "coin_status": coin.status,
                             "evm_status": evm_status, "coin_gas": coin.gas_used, "evm_gas": evm_gas,
                             "coin_logs": len(coin_logs), "evm_logs": len(evm_logs)})
        backend.mine_blocks()
    totals["gas_ratio"] = round(totals["coin_gas"] / totals["evm_gas"], 4) if totals["evm_gas"] else None
    totals["scenario"] = cfg["name"]
    totals["hours"] = cfg["hours"]
    return rows, totals, totals["same"] != totals["transactions"]


