"""`coinc node` start-up and logging: a busy port fails before the banner, the
"chain in use" hint names the node's real URL, --print-traces logs each transaction."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from lang.compiler import BUNDLED_CONTRACTS, compile_file
from tests.chain.test_web3_node import NodeProcess, deploy_counter


def test_busy_port_in_use_hint_and_print_traces(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain", "--print-traces")
    w3 = n.start()
    try:
        busy = subprocess.run([sys.executable, "-m", "coinc", "node", "--port", str(n.port),
                               "--data-dir", str(tmp_path / "other")], capture_output=True, text=True, timeout=60)
        assert busy.returncode != 0
        assert f"cannot listen on 127.0.0.1:{n.port}" in busy.stderr + busy.stdout
        assert "Available accounts" not in busy.stdout and "Traceback" not in busy.stderr

        used = subprocess.run([sys.executable, "-m", "coinc", "accounts", "--data-dir", str(tmp_path / "chain")],
                              capture_output=True, text=True, timeout=60)
        assert used.returncode != 0 and f"--rpc-url http://127.0.0.1:{n.port}" in used.stderr + used.stdout

        counter = compile_file(BUNDLED_CONTRACTS / "counter.coin")[0]
        c, acct = deploy_counter(w3, counter)
        c.functions.bump(2).transact({"from": acct.address, "gas": 200_000})
        log = tmp_path / f"node-{n.port}.log"
        deadline = time.monotonic() + 10
        while "Counter.bump(uint256)" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
        text = log.read_text()
        assert "Counter.bump(uint256)" in text and "counter.coin:" in text and "Counter.init" in text
    finally:
        n.stop()


def test_deployment_records_are_kept_per_endpoint(tmp_path: Path):
    import json

    from click.testing import CliRunner

    from coinc.cli import main

    data = str(tmp_path / "client")

    def run(*args):
        r = CliRunner().invoke(main, [*args, "--data-dir", data])
        assert r.exit_code == 0, r.output
        return r.output

    run("deploy", str(BUNDLED_CONTRACTS / "counter.coin"), "10")
    n = NodeProcess(tmp_path / "node")
    n.start()
    try:
        run("deploy", str(BUNDLED_CONTRACTS / "counter.coin"), "20", "--rpc-url", n.url)
        assert "20" in run("call", "Counter", "get()", "--rpc-url", n.url)
    finally:
        n.stop()
    assert "10" in run("call", "Counter", "get()")  # the embedded chain's record is intact
    records = json.loads((tmp_path / "client" / "deployments.json").read_text())
    assert set(records) == {"31337", f"31337 {n.url}"}


def test_disasm_of_an_evm_artifact_lists_evm_opcodes(tmp_path: Path):
    from click.testing import CliRunner

    from coinc.cli import main

    r = CliRunner().invoke(main, ["compile", str(BUNDLED_CONTRACTS / "counter.coin"), "--target", "evm",
                                  "-o", str(tmp_path)])
    assert r.exit_code == 0, r.output
    (artifact,) = tmp_path.glob("*.json")
    listing = CliRunner().invoke(main, ["disasm", str(artifact)])
    assert listing.exit_code == 0, listing.output
    lines = listing.output.splitlines()
    words = {line.split()[1] for line in lines if len(line.split()) > 1}
    assert {"CALLDATALOAD", "SSTORE", "SLOAD", "JUMPI"} <= words  # EVM names
    assert not words & {"ENTER", "CALLF", "LGET", "MALLOC"}  # none of the Coin VM's


def test_interval_mining_can_be_switched_on_and_off(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain")
    w3 = n.start()
    try:
        assert w3.provider.make_request("evm_setIntervalMining", [0.5])["result"] is None
        time.sleep(2.0)
        mined = w3.eth.block_number
        assert mined >= 2  # no transactions: the timer mined them
        w3.provider.make_request("evm_setIntervalMining", [0])
        time.sleep(0.6)
        stopped = w3.eth.block_number
        time.sleep(1.2)
        assert w3.eth.block_number == stopped
        bad = w3.provider.make_request("evm_setIntervalMining", [-1])
        assert bad["error"]["code"] == -32602
    finally:
        n.stop()


def test_chain_flags_shape_a_new_chain_and_must_match_an_old_one(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain", "--chain-id", "4321", "--gas-limit", "20000000", "--balance", "7")
    w3 = n.start()
    try:
        assert w3.eth.chain_id == 4321
        assert w3.eth.get_block("latest").gasLimit == 20_000_000
        assert w3.eth.get_balance(w3.eth.accounts[5]) == 7 * 10**18
    finally:
        n.stop()
    again = subprocess.run([sys.executable, "-m", "coinc", "node", "--port", "0", "--data-dir", str(tmp_path / "chain"),
                            "--gas-limit", "25000000"], capture_output=True, text=True, timeout=60)
    assert again.returncode != 0 and "--gas-limit 25000000: the chain there has a gas limit of 20,000,000" in again.stderr
    assert "Traceback" not in again.stderr
    bad = subprocess.run([sys.executable, "-m", "coinc", "node", "--data-dir", str(tmp_path / "x"), "--chain-id", "0"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "--chain-id 0 is not a chain id" in bad.stderr


def test_a_separate_ws_port(tmp_path: Path):
    import asyncio

    from web3 import AsyncWeb3
    from web3.providers.persistent import WebSocketProvider

    from tests.chain.test_web3_node import free_port

    ws_port = free_port()
    n = NodeProcess(tmp_path / "chain", "--ws-port", str(ws_port))
    w3 = n.start()
    try:
        async def run() -> int:
            async with AsyncWeb3(WebSocketProvider(f"ws://127.0.0.1:{ws_port}")) as aw3:
                return await aw3.eth.chain_id

        assert asyncio.run(run()) == w3.eth.chain_id
    finally:
        n.stop()
    same = subprocess.run([sys.executable, "-m", "coinc", "node", "--port", str(ws_port), "--ws-port", str(ws_port),
                           "--data-dir", str(tmp_path / "x")], capture_output=True, text=True, timeout=60)
    assert same.returncode != 0 and "other than --port" in same.stderr


def test_state_file_is_saved_at_exit_and_loaded_at_start(tmp_path: Path):
    state = tmp_path / "state.json.gz"
    counter = compile_file(BUNDLED_CONTRACTS / "counter.coin")[0]
    a = NodeProcess(tmp_path / "a", "--state", str(state))
    w3 = a.start()
    try:
        c, acct = deploy_counter(w3, counter, start=5)
        c.functions.bump(4).transact({"from": acct.address})
    finally:
        a.stop()
    assert state.stat().st_size > 0
    b = NodeProcess(tmp_path / "b", "--state", str(state))
    w3b = b.start()
    try:
        assert w3b.eth.contract(address=c.address, abi=counter.abi).functions.get().call() == 9
    finally:
        b.stop()
    state.write_bytes(b"not gzip")
    bad = subprocess.run([sys.executable, "-m", "coinc", "node", "--port", "0", "--data-dir", str(tmp_path / "c"),
                          "--state", str(state)], capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "cannot load --state" in bad.stderr and "Traceback" not in bad.stderr
