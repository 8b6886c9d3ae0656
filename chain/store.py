"""Persistent chain data in SQLite: one atomic transaction per block.

SQLite in WAL mode keeps every committed transaction through a crash or kill -9 of the
process (a power cut may lose the last few with synchronous=NORMAL; pass
`sync="full"` to trade speed for that). A block, its transactions, receipts, logs, the
state it changed and its undo record are written in one transaction, so the store
always holds whole blocks: the head block and the state always agree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import rlp

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
"""


class StoreError(Exception):
    """The data directory cannot be used (locked, corrupt, another chain, newer schema)."""


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
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute(f"PRAGMA synchronous={'FULL' if sync == 'full' else 'NORMAL'}")
            self.db.execute("PRAGMA foreign_keys=OFF")
            self.db.executescript(_SCHEMA)
            version = self.get_meta("schema")
            if version is None:
                self.set_meta("schema", str(SCHEMA_VERSION).encode())
            elif int(version) > SCHEMA_VERSION:
                raise StoreError(f"{self.path} was written by a newer coinc (schema {int(version)})")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open the chain database {self.path}: {e}") from None

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
    def write_block(self, block: Block, body: bytes, diff: BlockDiff, acc: bytes, dev_ops: list) -> None:
        """Append a canonical block and its state changes, atomically."""
        h = block.header
        receipts = encode_rlp([encode_receipt(r) for r in block.receipts])
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
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
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def remove_head_block(self, block: Block, diff: BlockDiff, new_head: bytes) -> None:
        """Undo the head block (evm_revert, reorganisation), atomically."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._apply_state(diff.old_accounts, diff.old_storage, {})
            db.execute("DELETE FROM canon WHERE number=?", (block.number,))
            db.execute("DELETE FROM txs WHERE block=?", (block.hash,))
            db.execute("DELETE FROM logs WHERE number=?", (block.number,))
            db.execute("DELETE FROM undo WHERE hash=?", (block.hash,))
            db.execute("DELETE FROM blocks WHERE hash=?", (block.hash,))
            db.execute("INSERT OR REPLACE INTO meta VALUES ('head', ?)", (new_head,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

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
