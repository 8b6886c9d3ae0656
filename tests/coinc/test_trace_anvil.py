"""The callTracer trees of one transaction sequence agree in shape between the Coin
contracts on `coinc node` and their EVM twins on anvil (issue 15): type, from, to, value,
input selector, whether it failed, and the nested calls."""

from __future__ import annotations

import json
from pathlib import Path

import requests

from tests.chain.test_tracing import RELAY
from tests.chain.test_web3_node import NodeProcess
from tests.coinc.test_ethereum_node import ROOT, anvil_exe, cli, start_anvil, stop

__all__ = ["anvil_exe"]  # the fixture, used by name


def _shape(frame: dict) -> tuple:
    return (frame["type"], frame["from"].lower(), (frame.get("to") or "").lower(), int(frame.get("value", "0x0"), 16),
            frame["input"][:10], "error" in frame, frame.get("revertReason"),
            tuple(_shape(c) for c in frame.get("calls", [])))


def _sequence(url: str, records: Path, relay: Path) -> list[tuple]:
    def run(*args: str) -> dict:
        r = cli(*args, "--rpc-url", url, "--data-dir", str(records), "--json")
        assert r.exit_code in (0, 1), r.output + r.stderr
        return json.loads(r.output) if r.output.strip() else {}

    run("deploy", str(ROOT / "contracts/counter.coin"), "3")
    relay_at = run("deploy", str(relay))["address"]
    counter_at = json.loads((records / "deployments.json").read_text())
    counter_at = next(v for v in counter_at.values())["Counter"]["address"]
    hashes = [run("send", "Relay", f"relay({counter_at}, 4)")["transaction"],
              run("send", "Counter", "bump(2)")["transaction"]]
    # a failing one, forced through with a gas limit: reverts in the callee
    r = cli("send", "Relay", f"relay({counter_at}, 0)", "--gas-limit", "300000", "--rpc-url", url,
            "--data-dir", str(records), "--json")
    hashes.append(json.loads(r.output.splitlines()[0])["transaction"])
    out = []
    for h in hashes:
        resp = requests.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "debug_traceTransaction",
                                        "params": [h, {"tracer": "callTracer"}]}, timeout=30).json()
        out.append(_shape(resp["result"]))
    assert relay_at
    return out


def test_call_trees_agree_with_anvil(anvil_exe, tmp_path: Path):
    relay = tmp_path / "relay.coin"
    relay.write_text(RELAY)
    proc, url = start_anvil(anvil_exe)
    try:
        on_anvil = _sequence(url, tmp_path / "anvil-records", relay)
    finally:
        stop(proc)
    n = NodeProcess(tmp_path / "chain")
    n.start()
    try:
        on_coinc = _sequence(n.url, tmp_path / "coinc-records", relay)
    finally:
        n.stop()
    assert on_coinc == on_anvil
    assert len(on_coinc[0][-1]) == 1 and on_coinc[2][5] is True  # a nested call; a failure
