"""End-to-end chain throughput: signed ERC-20 transfers per second.

The same workload on every system, measured in the same run:

* DemoToken (`contracts/demo_token.coin`, constructor arg: initial supply) on the coinc
  chain; its Vyper twin (`bench/contracts/token.vy`, compiled in-process with vyper) on
  eth-tester (py-evm) and on anvil.
* Set-up (untimed): deploy from dev account 0, give each of the other senders a token
  balance, and give every one of 64 recipients a balance, so each timed transfer is the
  steady state (two existing balance slots, one Transfer event).
* Timed: N pre-signed EIP-1559 `transfer` transactions from 10 senders round-robin
  (signing is done before any timing, once per chain id). A run ends when every one has
  a receipt; every receipt must say success.

Rows:

* coinc in-process: `Node` API (`send_raw_transaction` + `get_receipt`), memory store and
  on-disk store (a temporary data dir), automine (a block per transaction) and batched
  (automine off, `mine()` after every K submissions); also through web3 with the
  in-process `EmbeddedProvider`, the same client as the eth-tester row.
* coinc over HTTP: `python -m coinc node --quiet` as a subprocess, the web3 HTTP client
  one transaction at a time (`send_raw_transaction` + `get_transaction_receipt`) and in
  JSON-RPC batches of K raw transactions (then a batch of K receipt requests).
* eth-tester: `EthereumTester(PyEVMBackend())` behind web3's `EthereumTesterProvider`
  (the same web3 calls), and eth-tester's own API (`send_raw_transaction`).
* anvil (npm `@foundry-rs/anvil`, installed into ~/.cache/coinc-bench/anvil on first
  use) over HTTP with the same web3 client, one at a time and batched; skipped, with the
  reason, if it cannot be installed or started.

Each row runs in a fresh worker process, so its peak memory (ru_maxrss) is its own; for
HTTP rows the server's peak (VmHWM) is read from /proc before it is stopped.

Run: `python bench/chain_tps.py` (about two minutes), `--quick` (about 30 s),
`--profile` (cProfile of the in-process memory automine path, top entries),
`--only coinc` (skip eth-tester and anvil).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import BENCH_CONTRACTS, BUNDLED, ROOT, make_table, print_header, si, wide_console  # noqa: E402

SUPPLY = 10**9 * 10**18
SENDERS = 10
RECIPIENTS = [(0xB0B0_0000 + k).to_bytes(20, "big") for k in range(64)]
TX_GAS = 90_000
MAX_FEE = 50 * 10**9
TIP = 10**9
TARGET_INPROC = 20.0  # coinc in-process at least 20x eth-tester end to end
ANVIL_DIR = Path.home() / ".cache" / "coinc-bench" / "anvil"
ANVIL_VERSION = "1.7.1"


# ------------------------------------------------------------------------ workload


def transfer_data(recipient: bytes, amount: int) -> bytes:
    from eth_abi import encode

    from lang.abi import selector_of

    return selector_of("transfer(address,uint256)") + encode(["address", "uint256"], ["0x" + recipient.hex(), amount])


def coin_bytecode() -> bytes:
    from lang.compiler import compile_file

    [c] = [c for c in compile_file(BUNDLED / "demo_token.coin") if c.name == "DemoToken"]
    return c.bytecode


def vyper_bytecode() -> bytes:
    import vyper

    out = vyper.compile_code((BENCH_CONTRACTS / "token.vy").read_text(), output_formats=["bytecode"])
    return bytes.fromhex(out["bytecode"].removeprefix("0x"))


def sign_workload(keys: Sequence[bytes], chain_id: int, bytecode: bytes, n: int) -> dict:
    """Set-up and timed transactions, all signed now: deploy (account 0, nonce 0), fund
    the other senders, warm the recipients, then n transfers round-robin over the senders."""
    from eth_abi import encode
    from eth_account import Account
    from eth_utils import to_checksum_address

    from chain.transactions import contract_address

    keys = list(keys)[:SENDERS]
    addrs = [Account.from_key(k).address for k in keys]
    nonces = [0] * len(keys)

    def sign(i: int, to: str | None, data: bytes, gas: int = TX_GAS) -> bytes:
        tx = {"chainId": chain_id, "nonce": nonces[i], "gas": gas, "maxFeePerGas": MAX_FEE,
              "maxPriorityFeePerGas": TIP, "value": 0, "data": data, "type": 2}
        if to is not None:
            tx["to"] = to
        nonces[i] += 1
        return bytes(Account.sign_transaction(tx, keys[i]).raw_transaction)

    token = to_checksum_address(contract_address(bytes.fromhex(addrs[0][2:]), 0))
    setup = [sign(0, None, bytecode + encode(["uint256"], [SUPPLY]), 3_000_000)]
    setup += [sign(0, token, transfer_data(bytes.fromhex(a[2:]), SUPPLY // 100)) for a in addrs[1:]]
    setup += [sign(0, token, transfer_data(r, 1000)) for r in RECIPIENTS]
    timed = [sign(i % len(keys), token, transfer_data(RECIPIENTS[i % len(RECIPIENTS)], 1 + i % 7))
             for i in range(n)]
    return {"chain_id": chain_id, "token": token, "setup": setup, "timed": timed}


# ------------------------------------------------------------------------ workers
# Each returns {"rate": tx/s, "seconds": ..., "n": ..., "extra": {...}} and runs in its own process.


def _check_statuses(statuses: list[int], n: int, label: str) -> None:
    bad = sum(1 for s in statuses if s != 1)
    if len(statuses) != n or bad:
        raise RuntimeError(f"{label}: {len(statuses)} receipts for {n} transactions, {bad} failed")


def run_node_api(job: dict) -> dict:
    from chain.node import Node

    work, k, disk = job["work"], job["batch"], job["disk"]
    tmp = tempfile.mkdtemp(prefix="coinc-bench-") if disk else None
    try:
        node = Node(tmp, automine=True)
        for raw in work["setup"]:
            h = node.send_raw_transaction(raw)
            assert node.get_receipt(h)[0].status == 1, "set-up transaction failed"
        timed = work["timed"]
        statuses: list[int] = []
        t0 = time.perf_counter()
        if not k:
            for raw in timed:
                statuses.append(node.get_receipt(node.send_raw_transaction(raw))[0].status)
        else:
            node.automine = False
            for lo in range(0, len(timed), k):
                hashes = [node.send_raw_transaction(raw) for raw in timed[lo:lo + k]]
                node.mine()
                while len(node.mempool):
                    node.mine()
                statuses.extend(node.get_receipt(h)[0].status for h in hashes)
        seconds = time.perf_counter() - t0
        _check_statuses(statuses, len(timed), "coinc")
        extra = {"blocks": node.head.number, "difficulty": node.head.header.difficulty}
        node.close()
        return {"seconds": seconds, "n": len(timed), "extra": extra}
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def _receipt(w3, h) -> dict:
    """The receipt, polling briefly: anvil mines asynchronously, so a receipt can lag the
    send by a moment (coinc and eth-tester mine before answering)."""
    from web3.exceptions import TransactionNotFound

    deadline = time.perf_counter() + 30
    while True:
        try:
            return w3.eth.get_transaction_receipt(h)
        except TransactionNotFound:
            if time.perf_counter() > deadline:
                raise
            time.sleep(0.0005)


def _web3_one_at_a_time(w3, raws: list[bytes]) -> list[int]:
    out = []
    for raw in raws:
        h = w3.eth.send_raw_transaction(raw)
        out.append(_receipt(w3, h)["status"])
    return out


def _web3_batched(w3, raws: list[bytes], k: int) -> list[int]:
    """JSON-RPC batches through the web3 provider (web3 8 refuses eth_sendRawTransaction in
    its `batch_requests()` helper, so the batch goes through `provider.make_batch_request`)."""
    out = []
    provider = w3.provider
    for lo in range(0, len(raws), k):
        sent = provider.make_batch_request([("eth_sendRawTransaction", ["0x" + raw.hex()])
                                            for raw in raws[lo:lo + k]])
        hashes = []
        for resp in sent:
            if "error" in resp:
                raise RuntimeError(f"eth_sendRawTransaction: {resp['error']}")
            hashes.append(resp["result"])
        receipts = provider.make_batch_request([("eth_getTransactionReceipt", [h]) for h in hashes])
        deadline = time.perf_counter() + 60
        while any(resp.get("result") is None and "error" not in resp for resp in receipts):
            if time.perf_counter() > deadline:
                raise RuntimeError("eth_getTransactionReceipt: no receipt after 60 s")
            time.sleep(0.001)  # anvil mines asynchronously: ask again for the missing ones
            missing = [i for i, resp in enumerate(receipts) if resp.get("result") is None]
            again = provider.make_batch_request([("eth_getTransactionReceipt", [hashes[i]]) for i in missing])
            for i, resp in zip(missing, again, strict=True):
                receipts[i] = resp
        for resp in receipts:
            if "error" in resp:
                raise RuntimeError(f"eth_getTransactionReceipt: {resp['error']}")
            out.append(int(resp["result"]["status"], 16))
    return out


def _web3_run(w3, work: dict, k: int) -> dict:
    for raw in work["setup"]:
        h = w3.eth.send_raw_transaction(raw)
        if _receipt(w3, h)["status"] != 1:
            raise RuntimeError("set-up transaction failed")
    timed = work["timed"]
    t0 = time.perf_counter()
    statuses = _web3_batched(w3, timed, k) if k else _web3_one_at_a_time(w3, timed)
    seconds = time.perf_counter() - t0
    _check_statuses(statuses, len(timed), "web3")
    return {"seconds": seconds, "n": len(timed), "extra": {}}


def run_embedded(job: dict) -> dict:
    from web3 import Web3

    from chain.node import Node
    from chain.provider import EmbeddedProvider
    from chain.rpc import RPC

    return _web3_run(Web3(EmbeddedProvider(RPC(Node(None)))), job["work"], job["batch"])


def run_eth_tester(job: dict) -> dict:
    from eth_tester import EthereumTester, PyEVMBackend
    from web3 import EthereumTesterProvider, Web3

    tester = EthereumTester(PyEVMBackend())
    work = job["work"]
    if job["direct"]:
        for raw in work["setup"]:
            h = tester.send_raw_transaction("0x" + raw.hex())
            assert tester.get_transaction_receipt(h)["status"] == 1, "set-up transaction failed"
        timed = ["0x" + raw.hex() for raw in work["timed"]]
        t0 = time.perf_counter()
        statuses = [tester.get_transaction_receipt(tester.send_raw_transaction(raw))["status"] for raw in timed]
        seconds = time.perf_counter() - t0
        _check_statuses(statuses, len(timed), "eth-tester")
        return {"seconds": seconds, "n": len(timed), "extra": {}}
    return _web3_run(Web3(EthereumTesterProvider(tester)), work, 0)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _vm_hwm_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _serve_and_run(cmd: list[str], port: int, job: dict, env: dict | None = None) -> dict:
    from web3 import Web3

    # own process group: anvil's npm launcher starts the real binary as a child
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    try:
        w3 = Web3(Web3.HTTPProvider(f"http://127.0.0.1:{port}", request_kwargs={"timeout": 600}))
        deadline = time.time() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited: {proc.stderr.read().decode(errors='replace')[-500:]}")
            try:
                if w3.eth.chain_id:
                    break
            except Exception:
                if time.time() > deadline:
                    raise RuntimeError(f"{cmd[0]} did not answer within 60 s") from None
                time.sleep(0.1)
        out = _web3_run(w3, job["work"], job["batch"])
        out["server_rss_kib"] = _vm_hwm_kib(proc.pid)
        return out
    finally:
        import signal

        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(proc.pid, sig)
                proc.wait(10)
                break
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue


def run_coinc_http(job: dict) -> dict:
    port = _free_port()
    tmp = tempfile.mkdtemp(prefix="coinc-bench-")
    try:
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        cmd = [sys.executable, "-m", "coinc", "node", "--port", str(port), "--data-dir", tmp, "--quiet"]
        return _serve_and_run(cmd, port, job, env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_anvil(job: dict) -> dict:
    port = _free_port()
    return _serve_and_run([job["anvil"], "--port", str(port), "--silent"], port, job)


WORKERS = {"node": run_node_api, "embedded": run_embedded, "eth-tester": run_eth_tester,
           "coinc-http": run_coinc_http, "anvil": run_anvil}


def worker_main(kind: str, job_file: str) -> None:
    with open(job_file, "rb") as f:
        job = pickle.load(f)
    out = WORKERS[kind](job)
    out["rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("RESULT " + json.dumps(out))


# ------------------------------------------------------------------------ driver


@dataclass
class Row:
    system: str
    path: str
    mode: str
    rate: float | None = None
    n: int = 0
    rss_kib: int | None = None
    server_rss_kib: int | None = None
    note: str = ""
    extra: dict | None = None


def spawn(kind: str, job: dict, tmpdir: Path) -> dict:
    job_file = tmpdir / f"job-{kind}-{time.monotonic_ns()}.pkl"
    with open(job_file, "wb") as f:
        pickle.dump(job, f)
    p = subprocess.run([sys.executable, __file__, "--worker", kind, str(job_file)], capture_output=True,
                       text=True, cwd=ROOT)
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError((p.stderr.strip().splitlines() or ["no output"])[-1])


def find_anvil() -> tuple[str | None, str]:
    """The anvil binary (installing the npm package on first use), or None and why not."""
    exe = shutil.which("anvil")
    if exe:
        return exe, ""
    local = ANVIL_DIR / "node_modules" / ".bin" / "anvil"
    if not local.exists():
        npm = shutil.which("npm")
        if npm is None:
            return None, "npm is not installed"
        ANVIL_DIR.mkdir(parents=True, exist_ok=True)
        if not (ANVIL_DIR / "package.json").exists():
            (ANVIL_DIR / "package.json").write_text('{"name": "coinc-bench-anvil", "private": true}\n')
        try:
            p = subprocess.run([npm, "install", "--no-audit", "--no-fund", f"@foundry-rs/anvil@{ANVIL_VERSION}"],
                               cwd=ANVIL_DIR, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            return None, "npm install @foundry-rs/anvil timed out"
        if p.returncode != 0 or not local.exists():
            return None, f"npm install @foundry-rs/anvil failed: {(p.stderr.strip().splitlines() or ['?'])[-1]}"
    try:
        p = subprocess.run([str(local), "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, f"anvil does not run: {e}"
    if p.returncode != 0:
        return None, f"anvil does not run: {(p.stderr.strip().splitlines() or ['?'])[-1]}"
    return str(local), ""


def mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.0f} MiB"


def profile_inproc(n: int) -> None:
    import cProfile
    import pstats

    from chain.genesis import DEV_CHAIN_ID, dev_keys
    from chain.node import Node

    work = sign_workload(dev_keys(), DEV_CHAIN_ID, coin_bytecode(), n)
    node = Node(None)
    for raw in work["setup"]:
        node.send_raw_transaction(raw)
    prof = cProfile.Profile()
    prof.enable()
    for raw in work["timed"]:
        node.get_receipt(node.send_raw_transaction(raw))
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(30)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer transactions (about 30 s)")
    ap.add_argument("--only", choices=["coinc", "all"], default="all")
    ap.add_argument("--batch", type=int, default=500, help="transactions per block / per JSON-RPC batch")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker_main(*args.worker)
        return
    if args.profile:
        profile_inproc(2000)
        return

    from chain.genesis import DEV_CHAIN_ID, dev_keys

    n_coinc = 2000 if args.quick else 10_000
    n_http = 1000 if args.quick else 4000
    n_tester = 200 if args.quick else 1000
    k = args.batch
    console = wide_console(200)
    print_header(console, "chain throughput: signed ERC-20 transfers end to end")
    t0 = time.perf_counter()
    work = sign_workload(dev_keys(), DEV_CHAIN_ID, coin_bytecode(), n_coinc)
    http_work = dict(work, timed=work["timed"][:n_http])
    console.print(f"signed {len(work['setup']) + n_coinc} coinc/anvil transactions in "
                  f"{time.perf_counter() - t0:.1f} s (untimed)")
    rows: list[Row] = []
    tmpdir = Path(tempfile.mkdtemp(prefix="coinc-bench-jobs-"))

    def run(row: Row, kind: str, job: dict) -> None:
        try:
            out = spawn(kind, job, tmpdir)
            row.rate, row.n = out["n"] / out["seconds"], out["n"]
            row.rss_kib, row.server_rss_kib = out.get("rss_kib"), out.get("server_rss_kib")
            row.extra = out.get("extra")
        except Exception as e:
            row.note = f"failed: {e}"
        rows.append(row)
        rate = "n/a" if row.rate is None else f"{row.rate:,.0f} tx/s"
        console.print(f"  {row.system} / {row.path} / {row.mode}: {rate} {row.note}")

    try:
        for disk in (False, True):
            store = "disk (tmp dir)" if disk else "memory"
            run(Row("coinc", f"in-process Node, {store}", "automine"), "node",
                {"work": work, "batch": 0, "disk": disk})
            run(Row("coinc", f"in-process Node, {store}", f"batched, mine every {k}"), "node",
                {"work": work, "batch": k, "disk": disk})
        run(Row("coinc", "in-process web3 EmbeddedProvider", "automine"), "embedded",
            {"work": http_work, "batch": 0})
        run(Row("coinc", "HTTP `coinc node`, web3", "one at a time"), "coinc-http", {"work": http_work, "batch": 0})
        run(Row("coinc", "HTTP `coinc node`, web3", f"JSON-RPC batches of {k}"), "coinc-http",
            {"work": http_work, "batch": k})
        if args.only == "all":
            from eth_tester import PyEVMBackend

            backend = PyEVMBackend()
            tkeys = [k_.to_bytes() for k_ in backend.account_keys]
            tchain = backend.chain.chain_id
            twork = sign_workload(tkeys, tchain, vyper_bytecode(), n_tester)
            run(Row("eth-tester", "in-process web3 EthereumTesterProvider", "automine"), "eth-tester",
                {"work": twork, "direct": False})
            run(Row("eth-tester", "in-process EthereumTester API", "automine"), "eth-tester",
                {"work": twork, "direct": True})
            anvil, why = find_anvil()
            if anvil is None:
                console.print(f"  anvil skipped: {why}")
                rows.append(Row("anvil", "HTTP, web3", "-", note=f"skipped: {why}"))
            else:
                awork = sign_workload(dev_keys(), DEV_CHAIN_ID, vyper_bytecode(), n_http)
                run(Row("anvil", "HTTP, web3", "one at a time"), "anvil", {"work": awork, "batch": 0, "anvil": anvil})
                run(Row("anvil", "HTTP, web3", f"JSON-RPC batches of {k}"), "anvil",
                    {"work": awork, "batch": k, "anvil": anvil})
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    report(console, rows)


def _best(rows: list[Row], system: str, path_part: str, mode_part: str = "") -> Row | None:
    cands = [r for r in rows if r.system == system and path_part in r.path and mode_part in r.mode
             and r.rate is not None]
    return max(cands, key=lambda r: r.rate) if cands else None


def report(console, rows: list[Row]) -> None:
    tester = _best(rows, "eth-tester", "")
    tester_web3 = _best(rows, "eth-tester", "web3")
    base = tester.rate if tester else None
    table = make_table("signed ERC-20 transfers, end to end (receipts included)",
                       ["system", "path", "mode", "txs", "tx/s", "us/tx", "x eth-tester", "peak RSS",
                        "server RSS", "note"], right_from=3)
    for r in rows:
        ratio = f"{r.rate / base:.1f}x" if (r.rate and base) else "n/a"
        table.add_row(r.system, r.path, r.mode, str(r.n or ""), si(r.rate) if r.rate else "n/a",
                      f"{1e6 / r.rate:.0f}" if r.rate else "n/a", ratio, mib(r.rss_kib),
                      mib(r.server_rss_kib) if r.server_rss_kib else "", r.note)
    console.print()
    console.print(table)
    console.print("x eth-tester: against the faster of the two eth-tester rows. Peak RSS: the worker "
                  "process (client side for HTTP rows); server RSS: the node/anvil process.")
    console.print()

    def verdict(ok: bool | None) -> str:
        return "n/a" if ok is None else ("[green]met[/]" if ok else "[red]NOT met[/]")

    inproc = _best(rows, "coinc", "in-process Node")
    inproc_auto = _best(rows, "coinc", "in-process Node", "automine")
    if inproc and base:
        console.print(f"Target in-process >= {TARGET_INPROC:.0f}x eth-tester: best coinc in-process "
                      f"{inproc.rate:,.0f} tx/s ({inproc.mode}, {inproc.path}) = {inproc.rate / base:.1f}x "
                      f"eth-tester's {base:,.0f} tx/s: {verdict(inproc.rate >= TARGET_INPROC * base)}")
        if inproc_auto:
            console.print(f"  (a block per transaction: {inproc_auto.rate:,.0f} tx/s = "
                          f"{inproc_auto.rate / base:.1f}x; through web3 on both sides: "
                          + (f"{_best(rows, 'coinc', 'EmbeddedProvider').rate / tester_web3.rate:.1f}x)"
                             if tester_web3 and _best(rows, 'coinc', 'EmbeddedProvider') else "n/a)"))
    else:
        console.print("Target in-process: n/a (eth-tester not measured)")
    for mode in ("one at a time", "JSON-RPC batches"):
        c, a = _best(rows, "coinc", "HTTP", mode), _best(rows, "anvil", "HTTP", mode)
        if c and a:
            console.print(f"Target HTTP ({mode}) >= anvil: coinc {c.rate:,.0f} tx/s vs anvil {a.rate:,.0f} tx/s "
                          f"= {c.rate / a.rate:.2f}x: {verdict(c.rate >= a.rate)}")
        else:
            console.print(f"Target HTTP ({mode}) >= anvil: n/a")


if __name__ == "__main__":
    main()
