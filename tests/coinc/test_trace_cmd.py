"""Source-level traces: `coinc trace TXHASH` on the embedded chain, and
coinc_traceTransaction from a `coinc node` process (which knows the bundled contracts)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from web3 import Web3

from coinc.cli import main
from lang.compiler import BUNDLED_CONTRACTS, compile_file
from tests.chain.test_web3_node import NodeProcess, deploy_counter


def test_coinc_trace_prints_frames_with_coin_lines(tmp_path: Path):
    data = str(tmp_path / "chain")

    def run(*args, ok=True):
        r = CliRunner().invoke(main, [*args, "--data-dir", data])
        assert (r.exit_code == 0) == ok, r.output
        return r.output

    run("deploy", str(BUNDLED_CONTRACTS / "counter.coin"), "10")
    sent = run("send", "Counter", "bump(0)", "--gas-limit", "200000", ok=False)
    tx = re.search(r"transaction (0x[0-9a-f]{64})", sent).group(1)
    text = run("trace", tx)
    assert "Counter.bump(uint256)" in text and "counter.coin:15" in text
    assert "reverted: by must be positive" in text
    frames = json.loads(run("trace", tx, "--json"))
    line = (BUNDLED_CONTRACTS / "counter.coin").read_text().splitlines()[frames["line"] - 1]
    assert "require(by > 0" in line
    bad = CliRunner().invoke(main, ["trace", "0x12", "--data-dir", data])
    assert bad.exit_code != 0 and "not a transaction hash" in bad.output and "Traceback" not in bad.output
    missing = CliRunner().invoke(main, ["trace", "0x" + "ab" * 32, "--data-dir", data])
    assert missing.exit_code != 0 and "not found" in missing.output


def test_a_node_process_places_bundled_contracts(tmp_path: Path):
    n = NodeProcess(tmp_path / "chain")
    w3 = n.start()
    try:
        counter = compile_file(BUNDLED_CONTRACTS / "counter.coin")[0]
        c, acct = deploy_counter(w3, counter)
        h = c.functions.bump(3).transact({"from": acct.address})
        frame = w3.provider.make_request("coinc_traceTransaction", [Web3.to_hex(h)])["result"]
        assert frame["contract"] == "Counter" and frame["function"] == "bump(uint256)"
        assert frame["file"].endswith("counter.coin") and frame["success"] is True
        assert int(frame["gasUsed"], 16) == w3.eth.get_transaction_receipt(h).gasUsed
    finally:
        n.stop()
