"""The `coinc` command line: artifacts, listings, and clear failures without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from eth_utils import function_signature_to_4byte_selector, keccak

from coinc.cli import main
from vm.container import decode as decode_container
from vm.verify import verify_container

ROOT = Path(__file__).resolve().parents[2]
COUNTER = str(ROOT / "contracts/counter.coin")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_compile_writes_a_complete_artifact(tmp_path: Path):
    r = run("compile", COUNTER, "--out-dir", str(tmp_path))
    assert r.exit_code == 0, r.output
    art = json.loads((tmp_path / "Counter.json").read_text())
    for key in ("contractName", "abi", "bytecode", "sourceMap", "storageLayout", "compiler", "sourceHash"):
        assert key in art
    assert art["contractName"] == "Counter"
    assert art["compiler"]["name"] == "coinc"
    code = bytes.fromhex(art["bytecode"][2:])
    verify_container(code)  # what a deployment carries is valid code
    container, rest = decode_container(code)
    assert rest == b"" and container.init
    assert art["methodIdentifiers"]["bump(uint256)"] == function_signature_to_4byte_selector("bump(uint256)").hex()
    assert art["events"]["Bumped(address,uint256,uint256)"] == "0x" + keccak(text="Bumped(address,uint256,uint256)").hex()
    assert art["sourceHash"]["keccak256"] == "0x" + keccak(Path(COUNTER).read_bytes()).hex()
    names = {e.get("name") for e in art["abi"]}
    assert {"bump", "get", "of", "Bumped"} <= names
    assert [s["label"] for s in art["storageLayout"]["storage"]] == ["owner", "count", "per_user"]
    # one source-map entry per instruction of each section
    assert art["sourceMap"]["runtime"].count(";") > 10


def test_every_bundled_contract_compiles(tmp_path: Path):
    for path in sorted((ROOT / "contracts").glob("*.coin")):
        r = run("compile", str(path), "-o", str(tmp_path), "-q")
        assert r.exit_code == 0, (path, r.output)


def test_asm_listing_shows_source_lines():
    r = run("compile", COUNTER, "--asm")
    assert r.exit_code == 0
    assert "counter.coin:15: require(by > 0, \"by must be positive\")" in r.output
    assert "CALLF" in r.output and "SSTORE" in r.output


def test_disasm_of_an_artifact(tmp_path: Path):
    run("compile", COUNTER, "-o", str(tmp_path))
    r = run("disasm", str(tmp_path / "Counter.json"))
    assert r.exit_code == 0
    assert "runtime" in r.output and "ENTER" in r.output


@pytest.mark.parametrize("args,needle", [
    (["compile", "no/such/file.coin"], "no such file"),
    (["disasm", "zz-not-hex"], "neither a file nor hex"),
    (["compile", COUNTER, "--contract", "Nope"], "no contract named `Nope`"),
])
def test_user_errors_are_one_clear_line(args, needle):
    r = run(*args)
    assert r.exit_code == 1
    assert needle in r.stderr
    assert "Traceback" not in r.output + r.stderr


def test_unwritable_out_dir(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run("compile", COUNTER, "-o", str(blocker / "sub"))
    assert r.exit_code == 1 and "cannot create output directory" in r.stderr


def test_console_script_runs_as_a_process(tmp_path: Path):
    """The installed entry point, as a user runs it: errors exit 1 with no traceback."""
    bad = tmp_path / "bad.coin"
    bad.write_text("contract A { pub fn f() -> uint { return nope } }")
    p = subprocess.run([sys.executable, "-m", "coinc", "compile", str(bad)], capture_output=True, text=True)
    assert p.returncode == 1
    assert "bad.coin:1:42: error: unknown name `nope`" in p.stderr
    assert "Traceback" not in p.stderr


def test_demo_runs(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("demo", "-o", str(tmp_path / "build"))
    assert r.exit_code == 0, r.output
    assert "by must be positive" in r.output
    assert (tmp_path / "build" / "Counter.json").exists()
