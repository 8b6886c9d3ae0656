"""Store edge cases (issue 12, item 10): a database that is empty, not SQLite, another
program's, damaged or changed outside coinc is refused at open with the reason and left
as it is; `coinc verify` runs SQLite's full integrity check; a full disk is named."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from chain.node import Node
from chain.store import StoreError

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coinc", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _chain(tmp_path: Path, blocks: int = 3) -> Path:
    node = Node(tmp_path / "d")
    node.mine(blocks)
    node.close()
    return tmp_path / "d"


def _refused(data_dir: Path, match: str) -> None:
    before = (data_dir / "chain.db").read_bytes()
    with pytest.raises(StoreError, match=match):
        Node(data_dir)
    assert (data_dir / "chain.db").read_bytes() == before  # never overwritten


def test_an_empty_file_is_not_a_new_chain(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "chain.db").write_bytes(b"")
    _refused(d, r"empty \(0 bytes\)")
    assert not (d / "chain.db-wal").exists()


def test_a_file_that_is_not_sqlite(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "chain.db").write_bytes(os.urandom(10_000))
    _refused(d, "not an SQLite database")


def test_another_programs_sqlite_database(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    db = sqlite3.connect(d / "chain.db")
    db.execute("CREATE TABLE notes (text TEXT)")
    db.execute("INSERT INTO notes VALUES ('mine')")
    db.commit()
    db.close()
    _refused(d, "not a coinc chain")
    tables = sqlite3.connect(d / "chain.db").execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("notes",)]


def test_a_damaged_file(tmp_path):
    d = _chain(tmp_path)
    path = d / "chain.db"
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page:4 * page] = os.urandom(2 * page)  # two pages of b-tree become noise
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged|cannot be read|malformed"):
        Node(d)


@pytest.mark.parametrize("tamper", ["head", "canon", "accumulator", "storage"])
def test_a_database_changed_outside_coinc_is_not_served(tmp_path, tamper):
    node = Node(tmp_path / "d")
    node.mine(3)
    node.close()
    db = sqlite3.connect(tmp_path / "d" / "chain.db")
    if tamper == "head":
        db.execute("UPDATE meta SET value=? WHERE key='head'", (b"\x11" * 32,))
    elif tamper == "canon":
        db.execute("DELETE FROM canon WHERE number=3")
    elif tamper == "accumulator":
        h = db.execute("SELECT hash FROM canon WHERE number=3").fetchone()[0]
        db.execute("UPDATE blocks SET acc=? WHERE hash=?", (b"\x00" * 1024, h))
    else:
        db.execute("INSERT INTO storage VALUES (?, ?, ?)", (b"\x01" * 20, b"\x00" * 32, b"\x00" * 31 + b"\x01"))
    db.commit()
    db.close()
    with pytest.raises(StoreError):
        Node(tmp_path / "d")


def test_verify_runs_the_full_integrity_check(tmp_path):
    """An index whose entries no longer match its table passes SQLite's quick check (and
    so the open) but not its integrity check, which `coinc verify` now runs first."""
    d = _chain(tmp_path, 5)
    db = sqlite3.connect(d / "chain.db")
    db.execute("PRAGMA writable_schema=ON")
    db.execute("UPDATE sqlite_master SET sql='CREATE INDEX blocks_number ON blocks(parent)' "
               "WHERE name='blocks_number'")
    db.commit()
    db.close()
    assert sqlite3.connect(d / "chain.db").execute("PRAGMA quick_check").fetchone() == ("ok",)
    node = Node(d, check=False)
    with pytest.raises(StoreError, match="integrity check"):
        node.verify_chain()
    node.close()
    r = _cli("verify", "--data-dir", str(d), cwd=tmp_path)
    assert r.returncode == 1 and "integrity check" in r.stderr + r.stdout, r.stderr
    assert "Traceback" not in r.stderr


def _damaged(tmp_path: Path) -> bytes:
    data = bytearray((_chain(tmp_path / "src") / "chain.db").read_bytes())
    data[2 * 4096:4 * 4096] = bytes(range(256)) * 32
    return bytes(data)


@pytest.mark.parametrize("content", ["empty", "garbage", "damaged"])
def test_the_cli_refuses_a_bad_database_clearly(tmp_path, content):
    content = {"empty": b"", "garbage": b"garbage" * 1000}.get(content) or _damaged(tmp_path)
    d = tmp_path / "d"
    d.mkdir()
    (d / "chain.db").write_bytes(content)
    for args in (["verify", "--data-dir", str(d)], ["call", "--data-dir", str(d), "0x" + "00" * 20, "f()"]):
        r = _cli(*args, cwd=tmp_path)
        out = r.stdout + r.stderr
        assert r.returncode == 1, out
        assert "chain.db" in out and "Traceback" not in out and "internal error" not in out, out
    assert (d / "chain.db").read_bytes() == content


def _can_mount_tmpfs() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    r = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                       capture_output=True, timeout=30)
    return r.returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root and unshare to mount a small tmpfs")
def test_a_full_disk_is_named_and_the_chain_survives(tmp_path):
    """Mine on a 320 KiB file system until it is full: the error says the disk is full
    (before, a second ROLLBACK hid it behind "no transaction is active"), and after
    the last whole block the chain still opens and verifies."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = textwrap.dedent(f"""
        import sys
        from chain.node import open_node
        from chain.api import ChainError
        node = open_node({str(mnt / "d")!r})
        try:
            for _ in range(100_000):
                node.mine(1)
            print("NEVER FULL")
        except ChainError as e:
            print("ERROR", e)
        stored = node.head.number
        node.close()
        try:
            again = open_node({str(mnt / "d")!r})
            print("REOPENED", again.head.number == stored, again.verify_chain() == stored)
        except ChainError as e:
            print("REOPEN ERROR", e)
    """)
    r = subprocess.run(["unshare", "-m", "sh", "-c",
                        f"mount -t tmpfs -o size=320k tmpfs {mnt} && {sys.executable} -c \"$0\"", script],
                       capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = r.stdout + r.stderr
    assert "ERROR cannot store block" in out and "is full" in out, out
    assert "no transaction is active" not in out and "Traceback" not in out, out
    assert "REOPENED True True" in out, out
