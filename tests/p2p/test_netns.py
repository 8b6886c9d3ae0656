"""Three `coinc node` processes in their own network namespaces (issue 7).

Each node runs in a network namespace of its own, joined to a bridge in the root
namespace by a veth pair, so the nodes talk over real (virtual) links between three
IP addresses instead of loopback. The `netem` variant adds delay, jitter and packet
loss on each namespace's link (`tc netem`); both variants partition one node for a few
seconds by taking its link down while both sides mine, and check that the network
heals to one head with identical state.

Needs root (or CAP_NET_ADMIN with the right to mount /run/netns): the test is
skipped when the machine refuses to create a network namespace, and the `netem`
variant when the kernel has no netem queueing discipline. Every namespace, link and
process the test makes carries the test's pid in its name and is removed in a
`finally`. Only addresses of our own namespaces (10.231.X.0/24) are contacted."""

from __future__ import annotations

import ipaddress
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from eth_account import Account
from web3 import Web3

from chain.genesis import dev_addresses, dev_keys

TOTAL_SECONDS = 85.0  # the whole scenario, setup to convergence after the partition
RPC_PORT = 8545
P2P_PORT = 30303
NETEM = ("delay", "30ms", "10ms", "loss", "2%")
PARTITION_SECONDS = 6.0
NAMES = ("a", "b", "c")


def ip(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    p = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=20)
    if check and p.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed ({p.returncode}): {p.stderr.strip()}")
    return p


def pick_subnet() -> int:
    """A /24 of 10.231.0.0/16 that no address or route of the root namespace touches."""
    used = ip("-4", "-o", "addr", "show").stdout + ip("-4", "route", "show", "table", "all").stdout
    nets = []
    for word in used.split():
        try:
            nets.append(ipaddress.ip_network(word, strict=False))
        except ValueError:
            continue
    start = os.getpid() % 200 + 20
    for i in range(250):
        x = (start + i) % 250 + 1
        mine = ipaddress.ip_network(f"10.231.{x}.0/24")
        if not any(mine.overlaps(n) for n in nets if n.version == 4 and n.prefixlen > 0):
            return x
    raise RuntimeError("no free /24 in 10.231.0.0/16")


class Deadline:
    def __init__(self, seconds: float):
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()


class Lab:
    """Namespaces, bridge, veths and node processes of one test run, and their cleanup."""

    def __init__(self, root: Path):
        pid = os.getpid()
        self.root = root
        self.namespaces = [f"coinc-{pid}-{n}" for n in NAMES]
        self.bridge = f"cbr{pid}"
        self.veths = [f"cv{pid}{n}" for n in NAMES]  # root ends; namespace ends get "p" appended
        self.x = 0
        self.procs: list[subprocess.Popen] = []
        self.logs: list[Path] = []
        self.made_namespaces: list[str] = []
        self.made_links: list[str] = []

    def addr(self, i: int) -> str:
        return f"10.231.{self.x}.{11 + i}"

    def create(self, netem: bool) -> None:
        first = ip("netns", "add", self.namespaces[0], check=False)
        if first.returncode != 0:
            text = first.stderr.lower()
            if "permission denied" in text or "operation not permitted" in text:
                pytest.skip(f"this machine does not allow network namespaces: {first.stderr.strip()}")
            raise RuntimeError(f"ip netns add failed ({first.returncode}): {first.stderr.strip()}")
        self.made_namespaces.append(self.namespaces[0])
        for ns in self.namespaces[1:]:
            ip("netns", "add", ns)
            self.made_namespaces.append(ns)
        self.x = pick_subnet()
        ip("link", "add", self.bridge, "type", "bridge")
        self.made_links.append(self.bridge)
        ip("addr", "add", f"10.231.{self.x}.1/24", "dev", self.bridge)
        ip("link", "set", self.bridge, "up")
        for i, (ns, veth) in enumerate(zip(self.namespaces, self.veths, strict=True)):
            inner = veth + "p"
            ip("link", "add", veth, "type", "veth", "peer", "name", inner)
            self.made_links.append(veth)
            ip("link", "set", veth, "master", self.bridge)
            ip("link", "set", veth, "up")
            ip("link", "set", inner, "netns", ns)
            ip("-n", ns, "addr", "add", f"{self.addr(i)}/24", "dev", inner)
            ip("-n", ns, "link", "set", inner, "up")
            ip("-n", ns, "link", "set", "lo", "up")
            if netem:
                tc = subprocess.run(["ip", "netns", "exec", ns, "tc", "qdisc", "add", "dev", inner, "root",
                                     "netem", *NETEM], capture_output=True, text=True, timeout=20)
                if tc.returncode != 0:
                    if "qdisc kind is unknown" in tc.stderr:
                        pytest.skip(f"this kernel has no tc netem: {tc.stderr.strip()}")
                    raise RuntimeError(f"tc qdisc add netem failed ({tc.returncode}): {tc.stderr.strip()}")

    def start_node(self, i: int, *extra: str) -> None:
        ns, host = self.namespaces[i], self.addr(i)
        data_dir = self.root / NAMES[i]
        log_path = self.root / f"node-{NAMES[i]}.log"
        self.logs.append(log_path)
        with open(log_path, "ab") as log:
            self.procs.append(subprocess.Popen(
                ["ip", "netns", "exec", ns, sys.executable, "-m", "coinc", "node", "--data-dir", str(data_dir),
                 "--host", host, "--port", str(RPC_PORT), "--p2p-host", host, "--p2p-port", str(P2P_PORT), *extra],
                stdout=log, stderr=subprocess.STDOUT, cwd=self.root))

    def rpc_inside(self, i: int, method: str, params: list):
        """A JSON-RPC call made from inside namespace i (reaches the node even with its link down)."""
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
        script = ("import sys, urllib.request; r = urllib.request.Request(sys.argv[1], data=sys.argv[2].encode(), "
                  "headers={'Content-Type': 'application/json'}); "
                  "sys.stdout.write(urllib.request.urlopen(r, timeout=10).read().decode())")
        p = subprocess.run(["ip", "netns", "exec", self.namespaces[i], sys.executable, "-I", "-c", script,
                            f"http://{self.addr(i)}:{RPC_PORT}", body], capture_output=True, text=True, timeout=20)
        assert p.returncode == 0, f"{method} inside {self.namespaces[i]}: {p.stderr}"
        answer = json.loads(p.stdout)
        assert "error" not in answer, f"{method} inside {self.namespaces[i]}: {answer['error']}"
        return answer["result"]

    def log_tails(self) -> str:
        out = []
        for path in self.logs:
            text = path.read_text(errors="replace") if path.exists() else ""
            out.append(f"--- {path.name} (last lines)\n" + "\n".join(text.splitlines()[-25:]))
        return "\n".join(out)

    def cleanup(self) -> list[str]:
        errors = []
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    errors.append(f"node process {p.pid} did not exit")
        for ns in self.made_namespaces:
            r = ip("netns", "del", ns, check=False)
            if r.returncode != 0:
                errors.append(f"ip netns del {ns}: {r.stderr.strip()}")
        for link in reversed(self.made_links):  # veths die with their namespace's end; the bridge does not
            if ip("link", "show", link, check=False).returncode == 0:
                r = ip("link", "del", link, check=False)
                if r.returncode != 0:
                    errors.append(f"ip link del {link}: {r.stderr.strip()}")
        left = ip("netns", "list", check=False).stdout
        errors += [f"namespace {ns} is still there" for ns in self.made_namespaces if ns in left.split()]
        return errors


def wait_for(check, deadline: Deadline, timeout: float, what: str, lab: Lab):
    end = time.monotonic() + min(timeout, deadline.left())
    last_error: Exception | None = None
    while time.monotonic() < end:
        for p in lab.procs:
            if p.poll() is not None:
                raise AssertionError(f"a node exited with {p.returncode} while waiting for {what}\n{lab.log_tails()}")
        try:
            result = check()
            if result:
                return result
        except Exception as e:  # a request lost to the link or a node mid-reorganisation: try again
            last_error = e
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what} (last error: {last_error!r})\n{lab.log_tails()}")


def web3_for(host: str) -> Web3:
    session = requests.Session()
    session.trust_env = False  # never send our own namespaces' addresses to a proxy
    return Web3(Web3.HTTPProvider(f"http://{host}:{RPC_PORT}", request_kwargs={"timeout": 10}, session=session))


def heads(w3s: list[Web3]) -> list[tuple[int, bytes]]:
    return [(b["number"], bytes(b["hash"])) for b in (w3.eth.get_block("latest") for w3 in w3s)]


def converged_state(w3s: list[Web3], accounts: list[str]):
    """(number, hash, balances) when every node has the same head and the same balances there."""
    hs = heads(w3s)
    if len({h for _, h in hs}) != 1:
        return None
    number, head = hs[0]
    # nodes keep only their latest state: read at "latest", then make sure it still is `head`
    balances = [[w3.eth.get_balance(a, "latest") for a in accounts] for w3 in w3s]
    if any(h != head for _, h in heads(w3s)):
        return None
    if any(b != balances[0] for b in balances):
        raise AssertionError(f"same head 0x{head.hex()} but different balances: {balances}")
    return number, head, balances[0]


@pytest.mark.parametrize("netem", [False, True], ids=["clean-links", "netem"])
def test_three_nodes_in_network_namespaces_partition_and_heal(tmp_path, netem):
    if sys.platform != "linux" or shutil.which("ip") is None:
        pytest.skip("network namespaces need Linux and iproute2's `ip`")
    deadline = Deadline(TOTAL_SECONDS)
    lab = Lab(tmp_path)
    failed = True
    try:
        lab.create(netem)
        boot = f"{lab.addr(0)}:{P2P_PORT}"
        # a and c mine (so both sides of the partition below mine); b only relays and follows
        lab.start_node(0, "--block-time", "1")
        lab.start_node(1, "--bootnodes", boot, "--no-mining")
        lab.start_node(2, "--bootnodes", boot, "--block-time", "1")
        w3s = [web3_for(lab.addr(i)) for i in range(3)]
        wait_for(lambda: all(w3.eth.chain_id for w3 in w3s), deadline, 30, "JSON-RPC on every node", lab)
        wait_for(lambda: all(w3.net.peer_count == 2 for w3 in w3s), deadline, 30, "a full mesh", lab)
        peers = w3s[1].provider.make_request("admin_peers", [])["result"]
        assert sorted(p["address"].rsplit(":", 1)[0] for p in peers) == [lab.addr(0), lab.addr(2)], peers

        # a signed transfer sent to c is mined and seen by all three
        sender = Account.from_key(dev_keys()[7])
        to = Web3.to_checksum_address("0x" + "71" * 20)
        accounts = [Web3.to_checksum_address(a) for a in dev_addresses()] + [to]
        gas_price = w3s[2].eth.gas_price

        def transfer_raw(w3: Web3, value: int, nonce: int) -> bytes:
            tx = {"to": to, "value": value, "gas": 21000, "gasPrice": gas_price, "nonce": nonce,
                  "chainId": w3.eth.chain_id}
            return bytes(sender.sign_transaction(tx).raw_transaction)

        def transfer(w3: Web3, value: int, nonce: int) -> bytes:
            return w3.eth.send_raw_transaction(transfer_raw(w3, value, nonce))

        nonce = w3s[2].eth.get_transaction_count(sender.address)
        tx1 = transfer(w3s[2], 1111, nonce)
        wait_for(lambda: all(w3.eth.get_transaction_receipt(tx1)["status"] == 1 for w3 in w3s), deadline, 30,
                 "the transfer mined and known on every node", lab)
        wait_for(lambda: all(w3.eth.get_balance(to) == 1111 for w3 in w3s), deadline, 30,
                 "the transfer's balance on every node", lab)
        number, _, balances = wait_for(lambda: converged_state(w3s, accounts), deadline, 30, "one head", lab)
        assert balances[-1] == 1111

        # partition: c's link goes down; a (with b) and c both go on mining; c takes a transfer. The root
        # namespace cannot reach c meanwhile, so c is asked from inside its namespace.
        before = heads(w3s)[0]
        tx2 = transfer_raw(w3s[2], 2222, nonce + 1)
        ip("link", "set", lab.veths[2], "down")
        partition_end = time.monotonic() + PARTITION_SECONDS
        assert lab.rpc_inside(2, "eth_sendRawTransaction", ["0x" + tx2.hex()]) is not None
        time.sleep(max(0.0, partition_end - time.monotonic()))
        a_head = w3s[0].eth.get_block("latest")
        c_head = lab.rpc_inside(2, "eth_getBlockByNumber", ["latest", False])
        a_balance = w3s[0].eth.get_balance(to, "latest")  # still partitioned
        ip("link", "set", lab.veths[2], "up")
        assert a_head["number"] > before[0] and int(c_head["number"], 16) > before[0], \
            f"both sides should have mined: before {before[0]}, a {a_head['number']}, c {c_head['number']}"
        assert bytes(a_head["hash"]).hex() != c_head["hash"][2:], "the sides should have diverged"
        assert a_balance == 1111, "c's transfer crossed the partition"

        # heal: one head, the same state everywhere, both transfers in it
        def healed():
            state = converged_state(w3s, accounts)
            return state if state and state[2][-1] == 3333 else None

        number2, head2, balances2 = wait_for(healed, deadline, 45, "one head with both transfers after the partition",
                                             lab)
        tx2_hash = Web3.keccak(tx2)
        for w3 in w3s:
            assert w3.eth.get_transaction_receipt(tx2_hash)["status"] == 1
            assert w3.eth.get_transaction_count(sender.address, number2) == nonce + 2
        wait_for(lambda: all(w3.net.peer_count == 2 for w3 in w3s), deadline, 20, "the mesh after the partition",
                 lab)
        failed = False
    finally:
        errors = lab.cleanup()
        if errors and not failed:
            raise AssertionError("cleanup failed: " + "; ".join(errors))
    logs = [p.read_text(errors="replace") for p in lab.logs]
    for path, text in zip(lab.logs, logs, strict=True):
        assert "Traceback" not in text, f"{path.name}:\n{text[-3000:]}"
        # every node took blocks from peers: imported one on its head, or switched branch to
        # a peer's (a miner that won every race before the partition only reorganises)
        assert "imported block" in text or "reorganised at block" in text, f"{path.name}:\n{text[-3000:]}"
        # an honest network bans nobody, and no handler may fail on what honest peers send
        trouble = [line for line in text.splitlines() if "banned" in line or "internal error" in line]
        assert not trouble, f"{path.name}:\n" + "\n".join(trouble)
    assert any("reorganised at block" in text for text in logs), "one side of the partition should have reorganised"
