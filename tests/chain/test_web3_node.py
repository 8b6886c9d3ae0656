"""web3.py against a real `coinc node` process on loopback, as an Ethereum user would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from eth_account import Account
from web3 import Web3
from web3.exceptions import ContractLogicError

from chain.genesis import dev_keys
from lang.compiler import compile_file

ROOT = Path(__file__).resolve().parents[2]
COUNTER = ROOT / "contracts/counter.coin"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NodeProcess:
    def __init__(self, data_dir: Path, *extra: str):
        self.data_dir = data_dir
        self.extra = extra
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Web3:
        self.log = open(self.data_dir.parent / f"node-{self.port}.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "coinc", "node", "--port", str(self.port), "--data-dir", str(self.data_dir),
             *self.extra], stdout=self.log, stderr=subprocess.STDOUT, cwd=self.data_dir.parent)
        w3 = Web3(Web3.HTTPProvider(self.url, request_kwargs={"timeout": 20}))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"node exited with {self.proc.returncode}: "
                                   + (self.data_dir.parent / f"node-{self.port}.log").read_text())
            try:
                _ = w3.eth.chain_id
                return w3
            except Exception:
                time.sleep(0.1)
        raise RuntimeError("node did not start")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(20)
        self.proc = None


@pytest.fixture
def node(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain")
    w3 = n.start()
    yield n, w3
    n.stop()


@pytest.fixture(scope="module")
def counter():
    return compile_file(COUNTER)[0]


def deploy_counter(w3: Web3, counter, start: int = 10):
    acct = Account.from_key(dev_keys()[0])
    C = w3.eth.contract(abi=counter.abi, bytecode=counter.bytecode)
    tx = C.constructor(start).build_transaction({"from": acct.address, "nonce": w3.eth.get_transaction_count(acct.address)})
    signed = acct.sign_transaction(tx)
    receipt = w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(signed.raw_transaction))
    assert receipt.status == 1
    return w3.eth.contract(address=receipt.contractAddress, abi=counter.abi), acct


def test_chain_identity_and_dev_accounts(node):
    n, w3 = node
    assert w3.eth.chain_id == 31337
    assert w3.net.version == "31337"
    assert w3.client_version.startswith("coinc/")
    accounts = w3.eth.accounts
    assert accounts[0] == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert len(accounts) == 10
    assert w3.eth.get_balance(accounts[3]) == 10_000 * 10**18
    assert w3.eth.block_number == 0


def test_deploy_call_transact_events_and_receipts(node, counter):
    n, w3 = node
    c, acct = deploy_counter(w3, counter, start=10)
    assert w3.eth.get_code(c.address) == counter.deployed_bytecode
    assert c.functions.get().call() == 10
    tx = c.functions.bump(5).build_transaction({"from": acct.address, "nonce": w3.eth.get_transaction_count(acct.address)})
    receipt = w3.eth.wait_for_transaction_receipt(
        w3.eth.send_raw_transaction(acct.sign_transaction(tx).raw_transaction))
    assert receipt.status == 1 and receipt.gasUsed > 21000
    assert receipt.effectiveGasPrice > 0 and receipt.blockNumber == 2
    events = c.events.Bumped().process_receipt(receipt)
    assert len(events) == 1
    assert events[0].args.who == acct.address and events[0].args.by == 5 and events[0].args.total == 15
    assert c.functions.of(acct.address).call() == 5
    # eth_sendTransaction with an unlocked dev account
    h = c.functions.bump(1).transact({"from": w3.eth.accounts[2]})
    r2 = w3.eth.wait_for_transaction_receipt(h)
    assert r2.status == 1 and c.functions.get().call() == 16
    block = w3.eth.get_block(r2.blockNumber, full_transactions=True)
    assert block.transactions[0]["hash"] == h
    assert block.baseFeePerGas > 0 and block.miner == w3.eth.accounts[0]


def test_revert_messages_reach_web3(node, counter):
    n, w3 = node
    c, acct = deploy_counter(w3, counter)
    with pytest.raises(ContractLogicError, match="by must be positive"):
        c.functions.bump(0).call()
    with pytest.raises(ContractLogicError, match="by must be positive"):
        c.functions.bump(0).transact({"from": acct.address})
    # a reverting transaction forced through with an explicit gas limit is mined with status 0
    tx = c.functions.bump(0).build_transaction({"from": acct.address, "gas": 100_000,
                                                 "nonce": w3.eth.get_transaction_count(acct.address)})
    receipt = w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(acct.sign_transaction(tx).raw_transaction))
    assert receipt.status == 0


def test_logs_by_address_and_topic(node, counter):
    n, w3 = node
    c, acct = deploy_counter(w3, counter)
    other = w3.eth.accounts[1]
    c.functions.bump(2).transact({"from": acct.address})
    c.functions.bump(3).transact({"from": other})
    c.functions.bump(4).transact({"from": acct.address})
    topic0 = Web3.keccak(text="Bumped(address,uint256,uint256)")
    all_logs = w3.eth.get_logs({"fromBlock": 0, "toBlock": "latest", "address": c.address})
    assert len(all_logs) == 3
    mine = w3.eth.get_logs({"fromBlock": 0, "address": c.address,
                            "topics": [topic0, "0x" + "00" * 12 + acct.address[2:].lower()]})
    assert [c.events.Bumped().process_log(lg).args.by for lg in mine] == [2, 4]
    assert w3.eth.get_logs({"fromBlock": 0, "topics": [Web3.keccak(text="Nope()")]}) == []


def test_bad_transactions_are_refused_and_the_node_keeps_serving(node, counter):
    n, w3 = node
    acct = Account.from_key(dev_keys()[1])
    base = {"to": w3.eth.accounts[2], "value": 1, "gas": 21000, "maxFeePerGas": 10**10,
            "maxPriorityFeePerGas": 10**9}
    good = acct.sign_transaction({**base, "nonce": 0, "chainId": 31337})
    w3.eth.send_raw_transaction(good.raw_transaction)
    with pytest.raises(Exception, match="already known|nonce too low"):
        w3.eth.send_raw_transaction(good.raw_transaction)  # replay
    foreign = acct.sign_transaction({**base, "nonce": 1, "chainId": 1})
    with pytest.raises(Exception, match="chain id 1"):
        w3.eth.send_raw_transaction(foreign.raw_transaction)
    with pytest.raises(Exception, match="invalid transaction"):
        w3.eth.send_raw_transaction(b"\xf8\x01garbage")
    poor = Account.create()
    broke = poor.sign_transaction({**base, "nonce": 0, "chainId": 31337})
    with pytest.raises(Exception, match="insufficient funds"):
        w3.eth.send_raw_transaction(broke.raw_transaction)
    assert w3.eth.block_number == 1  # only the good one was mined


def test_dev_methods(node, counter):
    n, w3 = node
    c, acct = deploy_counter(w3, counter)
    snap = w3.provider.make_request("evm_snapshot", [])["result"]
    c.functions.bump(7).transact({"from": acct.address})
    assert c.functions.get().call() == 17
    assert w3.provider.make_request("evm_revert", [snap])["result"] is True
    assert c.functions.get().call() == 10
    t0 = w3.eth.get_block("latest").timestamp
    w3.provider.make_request("evm_increaseTime", [3600])
    w3.provider.make_request("evm_mine", [])
    assert w3.eth.get_block("latest").timestamp >= t0 + 3600
    w3.provider.make_request("anvil_setBalance", [w3.eth.accounts[5], hex(123)])
    assert w3.eth.get_balance(w3.eth.accounts[5]) == 123


def test_state_survives_a_restart(tmp_path: Path, counter):
    n = NodeProcess(tmp_path / "chain")
    w3 = n.start()
    c, acct = deploy_counter(w3, counter, start=41)
    h = c.functions.bump(1).transact({"from": acct.address})
    n.stop()
    w3 = n.start()
    try:
        c2 = w3.eth.contract(address=c.address, abi=counter.abi)
        assert c2.functions.get().call() == 42
        assert w3.eth.get_transaction_receipt(h).status == 1
        assert w3.eth.block_number == 2
    finally:
        n.stop()


def test_kill_9_never_loses_a_mined_transaction(tmp_path: Path, counter):
    """SIGKILL the node repeatedly while a client sends; every receipt the client got must
    survive, and the whole stored chain must re-validate."""
    data = tmp_path / "chain"
    n = NodeProcess(data)
    acct = Account.from_key(dev_keys()[0])
    confirmed: list[bytes] = []
    nonce = 0
    for _round in range(3):
        w3 = n.start()
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            tx = acct.sign_transaction({"to": w3.eth.accounts[1], "value": 1, "gas": 21000, "nonce": nonce,
                                        "maxFeePerGas": 10**10, "maxPriorityFeePerGas": 10**9, "chainId": 31337})
            h = w3.eth.send_raw_transaction(tx.raw_transaction)
            if w3.eth.get_transaction_receipt(h).status == 1:
                confirmed.append(bytes(h))
            nonce += 1
        n.stop(signal.SIGKILL)
    w3 = n.start()
    try:
        for h in confirmed:
            assert w3.eth.get_transaction_receipt(h).status == 1
        assert w3.eth.get_transaction_count(acct.address) == nonce
    finally:
        n.stop()
    p = subprocess.run([sys.executable, "-m", "coinc", "verify", "--data-dir", str(data)],
                       capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert f"all {len(confirmed)} blocks" in p.stdout or "blocks after genesis are valid" in p.stdout


def test_node_refuses_a_data_dir_in_use(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain")
    n.start()
    try:
        p = subprocess.run([sys.executable, "-m", "coinc", "accounts", "--data-dir", str(tmp_path / "chain")],
                           capture_output=True, text=True, env={**os.environ})
        assert p.returncode == 1
        assert "in use" in p.stderr and "Traceback" not in p.stderr
    finally:
        n.stop()


def test_a_batch_of_raw_transactions_is_mined_as_one_block(node):
    import requests

    n, w3 = node
    acct = Account.from_key(dev_keys()[4])
    raws = [acct.sign_transaction({"to": w3.eth.accounts[1], "value": i + 1, "gas": 21000, "nonce": i,
                                   "maxFeePerGas": 10**10, "maxPriorityFeePerGas": 10**9, "chainId": 31337})
            for i in range(5)]
    batch = [{"jsonrpc": "2.0", "id": i, "method": "eth_sendRawTransaction",
              "params": ["0x" + bytes(r.raw_transaction).hex()]} for i, r in enumerate(raws)]
    replies = requests.post(n.url, json=batch, timeout=20).json()
    assert [r["id"] for r in replies] == list(range(5)) and all("result" in r for r in replies)
    blocks = {w3.eth.get_transaction_receipt(r["result"]).blockNumber for r in replies}
    assert blocks == {w3.eth.block_number}
