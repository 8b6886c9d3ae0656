"""`coinc node --p2p-port --bootnodes`: three real node processes form one chain."""

from __future__ import annotations

import subprocess
import sys
import time

from web3 import Web3

from tests.chain.test_web3_node import NodeProcess, free_port


def wait_for(check, timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_three_node_processes_share_one_chain(tmp_path):
    ports = [free_port() for _ in range(3)]
    boot = f"127.0.0.1:{ports[0]}"
    nodes = [
        NodeProcess(tmp_path / "a", "--p2p-port", str(ports[0]), "--block-time", "0.5", "--allow-dev-methods"),
        NodeProcess(tmp_path / "b", "--p2p-port", str(ports[1]), "--bootnodes", boot, "--no-mining", "--allow-dev-methods"),
        NodeProcess(tmp_path / "c", "--p2p-port", str(ports[2]), "--bootnodes", boot, "--no-mining", "--allow-dev-methods"),
    ]
    try:
        w3s: list[Web3] = [n.start() for n in nodes]
        wait_for(lambda: all(w3.net.peer_count == 2 for w3 in w3s), what="a full mesh")
        wait_for(lambda: min(w3.eth.block_number for w3 in w3s) >= 2, what="a's blocks everywhere")
        # a transfer sent to c is mined by a
        sender, to = w3s[2].eth.accounts[4], "0x" + "33" * 20
        tx = w3s[2].eth.send_transaction({"from": sender, "to": Web3.to_checksum_address(to), "value": 4321})
        receipt = w3s[1].eth.wait_for_transaction_receipt(tx, timeout=30)
        assert receipt["status"] == 1 and receipt["blockHash"] is not None
        wait_for(lambda: all(w3.eth.get_balance(Web3.to_checksum_address(to)) == 4321 for w3 in w3s),
                 what="the transfer on every node")
        peers = w3s[0].provider.make_request("admin_peers", [])["result"]
        assert len(peers) == 2 and all(p["client"].startswith("coinc/") for p in peers)
    finally:
        for n in nodes:
            n.stop()
    log = (tmp_path / f"node-{nodes[1].port}.log").read_text()
    assert "p2p: peer 127.0.0.1:" in log and "imported block" in log and "Traceback" not in log
    for d in ("a", "b", "c"):
        p = subprocess.run([sys.executable, "-m", "coinc", "verify", "--data-dir", str(tmp_path / d)],
                           capture_output=True, text=True, timeout=60)
        assert p.returncode == 0, p.stdout + p.stderr


def test_bad_bootnode_is_a_clear_error(tmp_path):
    p = subprocess.run([sys.executable, "-m", "coinc", "node", "--data-dir", str(tmp_path / "x"),
                        "--p2p-port", "0", "--bootnodes", "nonsense"], capture_output=True, text=True, timeout=60)
    assert p.returncode != 0 and "--bootnodes" in p.stderr + p.stdout and "Traceback" not in p.stderr
