"""Persistent chain data in SQLite: one atomic transaction per block.

SQLite in WAL mode keeps every committed transaction through a crash or kill -9 of the
process (a power cut may lose the last few with synchronous=NORMAL; pass
`sync="full"` to trade speed for that). A block, its transactions, receipts, logs, the
state it changed and its undo record are written in one transaction, so the store
always holds whole blocks: the head block and the state always agree.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import rlp

from chain.api import ChainError
from chain.commitment import MASK, account_leaf, element, storage_leaf
from chain.encoding import encode_rlp
from chain.state import EMPTY_ACCOUNT, Account, BlockDiff
from chain.types import Block, Header, Log, Receipt

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS blocks (
    hash BLOB PRIMARY KEY, number INTEGER NOT NULL, parent BLOB NOT NULL, header BLOB NOT NULL,
    body BLOB NOT NULL, receipts BLOB NOT NULL, td TEXT NOT NULL, acc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS blocks_number ON blocks(number);
CREATE TABLE IF NOT EXISTS canon (number INTEGER PRIMARY KEY, hash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS txs (hash BLOB PRIMARY KEY, block BLOB NOT NULL, idx INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS logs (
    number INTEGER NOT NULL, log_index INTEGER NOT NULL, tx_index INTEGER NOT NULL,
    block BLOB NOT NULL, tx BLOB NOT NULL, address BLOB NOT NULL,
    t0 BLOB, t1 BLOB, t2 BLOB, t3 BLOB, data BLOB NOT NULL, PRIMARY KEY (number, log_index))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS logs_address ON logs(address, number);
CREATE INDEX IF NOT EXISTS logs_t0 ON logs(t0, number);
CREATE TABLE IF NOT EXISTS accounts (address BLOB PRIMARY KEY, nonce INTEGER NOT NULL,
    balance BLOB NOT NULL, code_hash BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS code (hash BLOB PRIMARY KEY, code BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS storage (address BLOB NOT NULL, slot BLOB NOT NULL, value BLOB NOT NULL,
    PRIMARY KEY (address, slot)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS undo (hash BLOB PRIMARY KEY, body BLOB NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS blocks_side ON blocks(number) WHERE length(acc) = 0;
CREATE INDEX IF NOT EXISTS blocks_side_parent ON blocks(parent) WHERE length(acc) = 0;
"""  # a side block is one with no state (empty `acc`); the partial indexes find only those


class StoreError(ChainError):
    """The data directory cannot be used (locked, corrupt, another chain, newer schema, a
    full disk); the message says which and what to do. A ChainError, so a write that
    fails while the node serves reaches the client as a message, not an internal error."""


SQLITE_MAGIC = b"SQLite format 3\x00"


def describe(e: sqlite3.Error, path: str) -> str:
    """SQLite's complaint with its cause spelled out: a full disk, a damaged file, ..."""
    name = getattr(e, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL"):
        return f"the disk holding {path} is full ({e}): free some space and try again"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return f"{path} is damaged ({e}); `coinc verify` cannot repair it: restore a copy or start a new data directory"
    if name.startswith("SQLITE_IOERR"):
        return f"reading or writing {path} failed ({e}, {name}): is the disk full or failing?"
    if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN"):
        return f"cannot write {path} ({e}): check its permissions"
    return f"{e}" + (f" ({name})" if name else "")


@dataclass(frozen=True, slots=True)
class StoredBlock:
    """A block as stored, canonical or side: its encodings, total difficulty and the state
    accumulator after it (empty for a side block, which has no receipts either)."""

    header: bytes
    body: bytes
    receipts: bytes
    total_difficulty: int
    accumulator: bytes


@dataclass(frozen=True, slots=True)
class StoredHeader:
    header: bytes
    total_difficulty: int


@dataclass(frozen=True, slots=True)
class TxRow:
    """Where a canonical transaction is: its block and its index in that block."""

    block_hash: bytes
    index: int


@dataclass(frozen=True, slots=True)
class LogRow:
    log: Log
    number: int
    log_index: int
    tx_index: int
    block_hash: bytes
    tx_hash: bytes


def encode_receipt(r: Receipt) -> list:
    return [r.status, r.cumulative_gas_used, r.gas_used, r.effective_gas_price,
            r.contract_address or b"", r.sender, r.to or b"", r.type, r.revert_data,
            [lg.to_rlp() for lg in r.logs]]


def decode_receipt(fields: list, tx_hash: bytes, index: int) -> Receipt:
    def i(b: bytes) -> int:
        return int.from_bytes(b, "big")

    logs = tuple(Log(a, tuple(t), d) for a, t, d in fields[9])
    return Receipt(tx_hash, index, i(fields[0]), i(fields[2]), i(fields[1]), i(fields[3]),
                   fields[4] or None, logs, fields[5], fields[6] or None, i(fields[7]), fields[8])


def decode_header(blob: bytes) -> Header:
    f = rlp.decode(blob)

    def i(b: bytes) -> int:
        return int.from_bytes(b, "big")

    return Header(parent_hash=f[0], miner=f[2], state_root=f[3], transactions_root=f[4],
                  receipts_root=f[5], logs_bloom=f[6], difficulty=i(f[7]), number=i(f[8]),
                  gas_limit=i(f[9]), gas_used=i(f[10]), timestamp=i(f[11]), extra_data=f[12],
                  base_fee=i(f[13]), nonce=i(f[14]))


def _encode_diff(diff: BlockDiff, old: bool) -> bytes:
    accounts = diff.old_accounts if old else diff.accounts
    storage = diff.old_storage if old else diff.storage
    return encode_rlp([
        [[a, n, b, c] for a, (n, b, c) in accounts.items()],
        [[a, s.to_bytes(32, "big"), v] for (a, s), v in storage.items()],
    ])


class Store:
    def __init__(self, path: str | Path, sync: str = "normal"):
        """Open the database at `path`, creating it only if no file is there. An existing
        file must be a whole coinc chain database: an empty file, another SQLite database
        or a damaged one is refused, never overwritten or re-initialised."""
        self.path = str(path)
        existing = self.path != ":memory:" and self._inspect_file()
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as e:
            why = describe(e, self.path) if isinstance(e, sqlite3.Error) else e.strerror or str(e)
            raise StoreError(f"cannot open the chain database {self.path}: {why}") from None
        try:
            if existing:
                self._check_existing()
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute(f"PRAGMA synchronous={'FULL' if sync == 'full' else 'NORMAL'}")
            self.db.execute("PRAGMA foreign_keys=OFF")
            if not existing:  # the schema and its version in one transaction: never half made
                self.db.executescript("BEGIN IMMEDIATE;\n" + _SCHEMA + "INSERT OR IGNORE INTO meta VALUES "
                                      f"('schema', CAST('{SCHEMA_VERSION}' AS BLOB));\nCOMMIT;")
        except sqlite3.Error as e:
            self.db.close()
            raise StoreError(f"cannot open the chain database {self.path}: {describe(e, self.path)}") from None
        except StoreError:
            self.db.close()
            raise

    def _inspect_file(self) -> bool:
        """Whether a database file is already there (then it is checked, never re-made);
        StoreError for a file that cannot be a chain database at all."""
        p = Path(self.path)
        try:
            if not p.exists():
                return False
            if p.is_dir():
                raise StoreError(f"{p} is a directory, not a chain database")
            size = p.stat().st_size
            wal = Path(self.path + "-wal")
            if size == 0 and not (wal.exists() and wal.stat().st_size > 0):
                raise StoreError(f"{p} is empty (0 bytes), not a chain database; it was left as it is: "
                                 "move it away (or choose another --data-dir) to start a new chain")
            if size > 0:
                with p.open("rb") as f:
                    magic = f.read(len(SQLITE_MAGIC))
                if magic != SQLITE_MAGIC:
                    raise StoreError(f"{p} is not an SQLite database (it does not start with the SQLite "
                                     "header); it was left as it is: move it away to start a new chain")
        except OSError as e:
            raise StoreError(f"cannot read the chain database {p}: {e.strerror or e}") from None
        return True

    def _check_existing(self) -> None:
        """An existing file: SQLite's quick check, then the coinc schema record."""
        problems = [r[0] for r in self.db.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise StoreError(f"{self.path} is damaged: SQLite's check reports {'; '.join(problems)[:500]}; "
                             "restore a copy or start a new data directory")
        has_meta = self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        version = self.get_meta("schema") if has_meta else None
        if version is None:
            raise StoreError(f"{self.path} is an SQLite database but not a coinc chain (it has no schema "
                             "record); it was left as it is")
        try:
            number = int(version)
        except ValueError:
            raise StoreError(f"{self.path} has an unreadable schema record {version[:40]!r}") from None
        if number > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer coinc (schema {number})")
        self.db.executescript(_SCHEMA)  # CREATE ... IF NOT EXISTS: a no-op on a whole database

    def integrity_problems(self, limit: int = 20) -> list[str]:
        """SQLite's full integrity check (every page, index and constraint): empty if sound."""
        rows = [r[0] for r in self.db.execute(f"PRAGMA integrity_check({int(limit)})")]
        return [] if rows == ["ok"] else rows

    @contextlib.contextmanager
    def _transaction(self, what: str):
        """One write transaction. On failure it is rolled back if SQLite has not already
        done so (a full disk ends it; a second ROLLBACK would hide the cause), and an
        SQLite error becomes a StoreError that names the cause."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as e:
            if self.db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise StoreError(f"cannot {what}: {describe(e, self.path)}") from e
            raise

    def close(self) -> None:
        self.db.close()

    # -- meta
    def get_meta(self, key: str) -> bytes | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def set_meta(self, key: str, value: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- state backend
    def load_account(self, address: bytes) -> Account | None:
        row = self.db.execute("SELECT nonce, balance, code_hash FROM accounts WHERE address=?",
                              (address,)).fetchone()
        if row is None:
            return None
        return (row[0], int.from_bytes(row[1], "big"), bytes(row[2]))

    def load_storage(self, address: bytes, slot: int) -> int:
        row = self.db.execute("SELECT value FROM storage WHERE address=? AND slot=?",
                              (address, slot.to_bytes(32, "big"))).fetchone()
        return 0 if row is None else int.from_bytes(row[0], "big")

    def load_code(self, code_hash: bytes) -> bytes | None:
        row = self.db.execute("SELECT code FROM code WHERE hash=?", (code_hash,)).fetchone()
        return None if row is None else bytes(row[0])

    def _apply_state(self, accounts: dict, storage: dict, codes: dict) -> None:
        db = self.db
        put_accounts, del_accounts = [], []
        for address, acct in accounts.items():
            if acct == EMPTY_ACCOUNT:
                del_accounts.append((address,))
            else:
                put_accounts.append((address, acct[0], acct[1].to_bytes(32, "big"), acct[2]))
        put_slots, del_slots = [], []
        for (address, slot), value in storage.items():
            if value:
                put_slots.append((address, slot.to_bytes(32, "big"), value.to_bytes(32, "big")))
            else:
                del_slots.append((address, slot.to_bytes(32, "big")))
        # deletes and inserts touch disjoint keys, so their order does not matter
        if del_accounts:
            db.executemany("DELETE FROM accounts WHERE address=?", del_accounts)
        if put_accounts:
            db.executemany("INSERT OR REPLACE INTO accounts VALUES (?, ?, ?, ?)", put_accounts)
        if del_slots:
            db.executemany("DELETE FROM storage WHERE address=? AND slot=?", del_slots)
        if put_slots:
            db.executemany("INSERT OR REPLACE INTO storage VALUES (?, ?, ?)", put_slots)
        if codes:
            db.executemany("INSERT OR IGNORE INTO code VALUES (?, ?)", list(codes.items()))

    # -- blocks
    def write_block(self, block: Block, body: bytes, diff: BlockDiff, acc: bytes, dev_ops: list,
                    meta: dict[str, bytes] | None = None) -> None:
        """Append a canonical block and its state changes (and `meta` records: the genesis
        configuration with the genesis block), atomically."""
        h = block.header
        receipts = encode_rlp([encode_receipt(r) for r in block.receipts])
        with self._transaction(f"store block {h.number}") as db:
            db.execute("INSERT OR REPLACE INTO blocks VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (block.hash, h.number, h.parent_hash, h.encode(), body, receipts,
                        str(block.total_difficulty), acc))
            db.execute("INSERT OR REPLACE INTO canon VALUES (?, ?)", (h.number, block.hash))
            if block.transactions:
                db.executemany("INSERT OR REPLACE INTO txs VALUES (?, ?, ?)",
                               [(tx.hash, block.hash, i) for i, tx in enumerate(block.transactions)])
            rows = []
            log_index = 0
            for r in block.receipts:
                for lg in r.logs:
                    t = list(lg.topics) + [None] * (4 - len(lg.topics))
                    rows.append((h.number, log_index, r.tx_index, block.hash, r.tx_hash, lg.address,
                                 t[0], t[1], t[2], t[3], lg.data))
                    log_index += 1
            if rows:
                db.executemany("INSERT OR REPLACE INTO logs VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
            self._apply_state(diff.accounts, diff.storage, diff.codes)
            db.execute("INSERT OR REPLACE INTO undo VALUES (?, ?)", (block.hash, _encode_diff(diff, old=True)))
            db.execute("INSERT OR REPLACE INTO meta VALUES ('head', ?)", (block.hash,))
            for key, value in (meta or {}).items():
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def remove_head_block(self, block: Block, diff: BlockDiff, new_head: bytes) -> None:
        """Undo the head block (evm_revert, reorganisation), atomically."""
        with self._transaction(f"undo block {block.number}") as db:
            self._apply_state(diff.old_accounts, diff.old_storage, {})
            db.execute("DELETE FROM canon WHERE number=?", (block.number,))
            db.execute("DELETE FROM txs WHERE block=?", (block.hash,))
            db.execute("DELETE FROM logs WHERE number=?", (block.number,))
            db.execute("DELETE FROM undo WHERE hash=?", (block.hash,))
            db.execute("DELETE FROM blocks WHERE hash=?", (block.hash,))
            db.execute("INSERT OR REPLACE INTO meta VALUES ('head', ?)", (new_head,))

    def undo_record(self, block_hash: bytes, diff_new: BlockDiff | None = None) -> BlockDiff:
        """The block's diff: old values from its undo record, new values from the current state."""
        row = self.db.execute("SELECT body FROM undo WHERE hash=?", (block_hash,)).fetchone()
        if row is None:
            raise StoreError(f"no undo record for block 0x{block_hash.hex()}")
        accounts, storage = rlp.decode(bytes(row[0]))
        diff = BlockDiff()

        def i(b: bytes) -> int:
            return int.from_bytes(b, "big")

        for a, n, b, c in accounts:
            diff.old_accounts[a] = (i(n), i(b), c)
        for a, s, v in storage:
            diff.old_storage[(a, i(s))] = i(v)
        return diff

    def put_side_block(self, block_hash: bytes, number: int, parent: bytes, header: bytes, body: bytes,
                       td: int) -> None:
        """Keep a block that is not (or no longer) canonical: a peer's branch waiting to
        overtake the head, or a branch a reorganisation abandoned. It has no receipts and
        no state (empty `acc`) until it is executed on the canonical chain."""
        self.db.execute("INSERT OR IGNORE INTO blocks VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (block_hash, number, parent, header, body, encode_rlp([]), str(td), b""))

    def delete_side_block(self, block_hash: bytes) -> None:
        """Forget a non-canonical block (found invalid); canonical blocks are never touched."""
        self.db.execute("DELETE FROM blocks WHERE hash=? AND NOT EXISTS "
                        "(SELECT 1 FROM canon WHERE canon.hash=blocks.hash)", (block_hash,))

    def side_block_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM blocks WHERE length(acc) = 0").fetchone()[0]

    def prune_side_blocks(self, below: int) -> int:
        """Delete side blocks numbered below `below` and every side block descending from
        them (so no stored branch is left without its parent). Returns how many went."""
        with self._transaction("prune side blocks") as db:
            cur = db.execute(
                "WITH RECURSIVE doomed(hash) AS ("
                " SELECT hash FROM blocks WHERE length(acc) = 0 AND number < ?"
                " UNION SELECT b.hash FROM blocks b JOIN doomed d ON b.parent = d.hash WHERE length(b.acc) = 0)"
                " DELETE FROM blocks WHERE hash IN (SELECT hash FROM doomed) AND length(acc) = 0", (below,))
            return cur.rowcount

    def weakest_side_leaf(self, keep: bytes) -> tuple[bytes, int] | None:
        """The side block with the least total difficulty that no side block builds on,
        other than `keep`: the one to drop when the side blocks are at their bound."""
        rows = self.db.execute(
            "SELECT hash, td FROM blocks b WHERE length(acc) = 0 AND hash != ? AND NOT EXISTS "
            "(SELECT 1 FROM blocks c WHERE c.parent = b.hash AND length(c.acc) = 0)", (keep,)).fetchall()
        if not rows:
            return None
        h, td = min(((bytes(h), int(td)) for h, td in rows), key=lambda r: r[1])
        return h, td

    def has_block(self, block_hash: bytes) -> bool:
        return self.db.execute("SELECT 1 FROM blocks WHERE hash=?", (block_hash,)).fetchone() is not None

    def header_and_td(self, block_hash: bytes) -> StoredHeader | None:
        """A stored block's header RLP and total difficulty, canonical or not."""
        row = self.db.execute("SELECT header, td FROM blocks WHERE hash=?", (block_hash,)).fetchone()
        return None if row is None else StoredHeader(bytes(row[0]), int(row[1]))

    def canonical_headers(self, first: int, count: int) -> list[bytes]:
        """Header RLPs of canonical blocks `first`, `first + 1`, ... (at most `count`)."""
        rows = self.db.execute("SELECT b.header FROM canon c JOIN blocks b ON b.hash = c.hash "
                               "WHERE c.number >= ? ORDER BY c.number LIMIT ?", (first, count))
        return [bytes(r[0]) for r in rows]

    def block_row(self, block_hash: bytes) -> StoredBlock | None:
        row = self.db.execute("SELECT header, body, receipts, td, acc FROM blocks WHERE hash=?",
                              (block_hash,)).fetchone()
        if row is None:
            return None
        return StoredBlock(bytes(row[0]), bytes(row[1]), bytes(row[2]), int(row[3]), bytes(row[4]))

    def hash_by_number(self, number: int) -> bytes | None:
        row = self.db.execute("SELECT hash FROM canon WHERE number=?", (number,)).fetchone()
        return None if row is None else bytes(row[0])

    def tx_location(self, tx_hash: bytes) -> TxRow | None:
        row = self.db.execute("SELECT block, idx FROM txs WHERE hash=?", (tx_hash,)).fetchone()
        return None if row is None else TxRow(bytes(row[0]), row[1])

    def logs(self, from_block: int, to_block: int, addresses: tuple[bytes, ...],
             topics: tuple) -> Iterator[LogRow]:
        sql = ["SELECT number, log_index, tx_index, block, tx, address, t0, t1, t2, t3, data FROM logs"
               " WHERE number BETWEEN ? AND ?"]
        args: list = [from_block, to_block]
        if addresses:
            sql.append(f" AND address IN ({','.join('?' * len(addresses))})")
            args.extend(addresses)
        for pos, options in enumerate(topics[:4]):
            if options:
                sql.append(f" AND t{pos} IN ({','.join('?' * len(options))})")
                args.extend(options)
        sql.append(" ORDER BY number, log_index")
        for number, log_index, tx_index, block, tx, address, t0, t1, t2, t3, data in self.db.execute(
                "".join(sql), args):
            topics = tuple(bytes(t) for t in (t0, t1, t2, t3) if t is not None)
            yield LogRow(Log(bytes(address), topics, bytes(data)), number, log_index, tx_index, bytes(block),
                         bytes(tx))

    def canonical_tip(self) -> int | None:
        row = self.db.execute("SELECT MAX(number) FROM canon").fetchone()
        return None if row is None else row[0]

    def state_accumulator(self) -> int:
        """The state commitment recomputed from the state tables (`chain.commitment`)."""
        total = 0
        for a, n, b, c in self.db.execute("SELECT address, nonce, balance, code_hash FROM accounts"):
            total += element(account_leaf(bytes(a), n, int.from_bytes(b, "big"), bytes(c)))
        for a, slot, v in self.db.execute("SELECT address, slot, value FROM storage"):
            total += element(storage_leaf(bytes(a), int.from_bytes(slot, "big"), int.from_bytes(v, "big")))
        return total & MASK
    def dump_state(self, max_accounts: int, max_slots: int
                   ) -> tuple[dict[bytes, Account], dict[bytes, bytes], dict[tuple[bytes, int], int]] | None:
        """The whole stored state (accounts, their code by hash, non-zero slots), or None
        if it has more accounts or slots than asked for (anvil_dumpState)."""
        accounts = {}
        for a, n, b, c in self.db.execute("SELECT address, nonce, balance, code_hash FROM accounts LIMIT ?",
                                          (max_accounts + 1,)):
            accounts[bytes(a)] = (n, int.from_bytes(b, "big"), bytes(c))
        if len(accounts) > max_accounts:
            return None
        storage = {}
        for a, sl, v in self.db.execute("SELECT address, slot, value FROM storage LIMIT ?", (max_slots + 1,)):
            storage[(bytes(a), int.from_bytes(sl, "big"))] = int.from_bytes(v, "big")
        if len(storage) > max_slots:
            return None
        codes = {h: self.load_code(h) or b"" for h in {acct[2] for acct in accounts.values()}}
        return accounts, codes, storage

    def state_mismatch(self, accounts: dict[bytes, Account], storage: dict[tuple[bytes, int], int]
                       ) -> str | None:
        """How the state tables differ from the given accounts and non-zero slots (the
        state a replay of the blocks produced), or None if they hold exactly that."""
        stored_accounts = {bytes(a): (n, int.from_bytes(b, "big"), bytes(c)) for a, n, b, c in
                           self.db.execute("SELECT address, nonce, balance, code_hash FROM accounts")}
        if stored_accounts != accounts:
            bad = sorted(set(stored_accounts.items()) ^ set(accounts.items()))[0][0]
            return f"the stored state of account 0x{bad.hex()} differs from what the blocks produce"
        stored_slots = {(bytes(a), int.from_bytes(s, "big")): int.from_bytes(v, "big")
                        for a, s, v in self.db.execute("SELECT address, slot, value FROM storage")}
        if stored_slots != storage:
            return "the stored contract storage differs from what the blocks produce"
        return None
