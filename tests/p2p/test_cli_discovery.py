"""`coinc node` processes: DNS seeds through the CLI, and the address book, anchors and
bans surviving `kill -9`; the admin_* methods; the discovery flags' errors."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

from tests.chain.test_web3_node import NodeProcess, free_port
from tests.p2p.dns import SeedServer
from tests.p2p.test_cli_network import wait_for
from tests.p2p.test_discovery import shared_port


def rpc(w3, method: str, params: list | None = None):
    return w3.provider.make_request(method, params or [])


def result(w3, method: str, params: list | None = None):
    answer = rpc(w3, method, params)
    assert "result" in answer, answer
    return answer["result"]


def test_the_address_book_anchors_and_bans_survive_kill_9(tmp_path):
    port = shared_port()
    # a and c dial only each other (--connect), so b's reconnection is b's own doing
    a = NodeProcess(tmp_path / "a", "--p2p-host", "127.0.0.2", "--p2p-port", str(port), "--no-mining",
                    "--connect", f"127.0.0.3:{port}")
    c = NodeProcess(tmp_path / "c", "--p2p-host", "127.0.0.3", "--p2p-port", str(port), "--no-mining",
                    "--connect", f"127.0.0.2:{port}")
    with SeedServer({"seed.coinc.test": ["127.0.0.2", "127.0.0.3"]}) as dns:
        b = NodeProcess(tmp_path / "b", "--p2p-port", str(free_port()), "--no-mining",
                        "--dns-seed", f"seed.coinc.test:{port}", "--dns-server", f"127.0.0.1:{dns.port}")
        try:
            a.start()
            c.start()
            w3 = b.start()
            wait_for(lambda: w3.net.peer_count == 2, what="b to find a and c through the DNS seed")
            assert dns.resolver.count("seed.coinc.test") == 2  # A and AAAA
            book = result(w3, "admin_addressBook")
            assert book["tried"] >= 2
            assert sorted(book["anchors"]) == [f"127.0.0.2:{port}", f"127.0.0.3:{port}"]
            ban = result(w3, "admin_banPeer", ["10.9.0.0/16", 3600, "a test subnet"])
            assert ban["kind"] == "subnet" and ban["target"] == "10.9.0.0/16" and ban["manual"]
            result(w3, "admin_banPeer", ["0x" + "11" * 16])
            bad = rpc(w3, "admin_banPeer", ["nonsense"])
            assert bad["error"]["code"] == -32602 and "nonsense" in bad["error"]["message"]
            assert len(result(w3, "admin_listBanned")) == 2

            b.proc.send_signal(signal.SIGKILL)  # no clean shutdown
            b.proc.wait(20)
            b.proc = None
            log_before = (tmp_path / f"node-{b.port}.log").read_text()
            w3 = b.start()
            wait_for(lambda: w3.net.peer_count == 2, what="b back with a and c")
            log = (tmp_path / f"node-{b.port}.log").read_text()[len(log_before):]
            assert "first (anchor peers of the last run)" in log
            assert all(not p["inbound"] for p in result(w3, "admin_peers"))
            assert {x["target"] for x in result(w3, "admin_listBanned")} == {"10.9.0.0/16", "0x" + "11" * 16}
            assert result(w3, "admin_addressBook")["tried"] >= 2
            wait_for(lambda: "DNS seeds not asked" in (tmp_path / f"node-{b.port}.log").read_text(),
                     timeout=30, what="the second start to skip the DNS seed")
            assert dns.resolver.count("seed.coinc.test") == 2

            assert result(w3, "admin_unbanPeer", ["10.9.0.0/16"]) is True
            assert result(w3, "admin_unbanPeer", ["10.9.0.0/16"]) is False
            assert result(w3, "admin_clearBanned") == 1 and result(w3, "admin_listBanned") == []
            assert result(w3, "admin_removePeer", [f"127.0.0.2:{port}"]) is True
        finally:
            for n in (a, b, c):
                n.stop()
    assert "Traceback" not in (tmp_path / f"node-{b.port}.log").read_text()
    db = sqlite3.connect(tmp_path / "b" / "peers.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_a_seeds_file_names_the_network_seeds(tmp_path):
    a = NodeProcess(tmp_path / "a", "--p2p-port", str(free_port()), "--no-mining")
    seeds = tmp_path / "seeds.toml"
    try:
        a.start()
        p2p_port = int(a.extra[1])
        seeds.write_text(f'[networks.local]\nchain_id = 31337\nport = {p2p_port}\n'
                         f'seeds = ["127.0.0.1:{p2p_port}"]\n')
        b = NodeProcess(tmp_path / "b", "--p2p-port", str(free_port()), "--no-mining", "--seeds-file", str(seeds))
        w3 = b.start()
        wait_for(lambda: w3.net.peer_count == 1, what="b to find a from the seed list")
        assert "from the seed list" in (tmp_path / f"node-{b.port}.log").read_text()
    finally:
        a.stop()
        if "b" in locals():
            b.stop()


def run_node(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coinc", "node", "--data-dir", str(tmp_path / "x"), *args],
                          capture_output=True, text=True, timeout=60)


def test_discovery_flags_give_clear_errors(tmp_path):
    bad_toml = tmp_path / "bad.toml"
    bad_toml.write_text("[networks.x\nchain_id = 1")
    other = tmp_path / "other.toml"
    other.write_text("[networks.other]\nchain_id = 5\n")
    cases = [
        (["--connect", "127.0.0.1:1", "--bootnodes", "127.0.0.1:2"], "--connect"),
        (["--connect", "nonsense"], "--connect"),
        (["--p2p-port", "0", "--dns-server", "dns.example:53"], "--dns-server"),
        (["--p2p-port", "0", "--dns-seed", "bad..name"], "not a DNS name"),
        (["--p2p-port", "0", "--seeds-file", str(bad_toml)], "not valid TOML"),
        (["--p2p-port", "0", "--seeds-file", str(other)], "no network with chain id 31337"),
        (["--seeds-file", str(other)], "need networking"),
    ]
    for args, needle in cases:
        p = run_node(tmp_path, *args)
        out = p.stdout + p.stderr
        assert p.returncode == 1 and needle in out and "Traceback" not in out, (args, out)
