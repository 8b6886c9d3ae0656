"""The address manager: which peers a node knows, persisted in SQLite (`DATA_DIR/peers.db`).

Modelled on Bitcoin Core's addrman. Addresses heard of (gossip, DNS seeds, seed lists)
go to the *new* table; addresses this node completed a handshake with go to the *tried*
table. Both tables are fixed grids of buckets of slots, and where an address lands is a
keyed hash (a secret per database) of its network group and, for new addresses, of the
group of the peer that told us. So one source can reach only a few new buckets, one
network group only a few tried buckets, and an attacker cannot choose which addresses his
collide with: however many addresses a peer sends, it can fill a bounded share of the
book and never evict the addresses that worked.

Bans and anchors (the outbound peers to reconnect to first after a restart) live in the
same database, so all three survive a restart and a `kill -9` (every change is committed
at once; SQLite's journal keeps the file whole). A corrupt database is set aside, never
overwritten, and a new one is started.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from chain.api import ChainError

SCHEMA_VERSION = 1
NEW_BUCKETS = 256  # Core: 1,024
TRIED_BUCKETS = 64  # Core: 256
BUCKET_SIZE = 64  # slots per bucket, as Core
NEW_BUCKETS_PER_SOURCE_GROUP = 16  # one source group reaches at most 16 * 64 = 1,024 new slots
TRIED_BUCKETS_PER_GROUP = 8  # one network group holds at most 8 * 64 = 512 tried slots
HORIZON = 30 * 86400.0  # an address not heard of for this long is terrible
RETRIES = 3  # failures of a never-successful address before it is terrible
MAX_FAILURES = 10  # failures since the last success, over MIN_FAIL, before it is terrible
MIN_FAIL = 7 * 86400.0
RECENT_TRY = 600.0  # an address tried this recently is chosen with 1% of its chance
MAX_ANCHORS = 2  # as Core's anchors.dat
MAX_COLLISIONS = 10  # tried collisions waiting for their occupant's test (Core's)
COLLISION_GOOD = 4 * 3600.0  # an occupant that succeeded this recently stays
COLLISION_TIMEOUT = 40 * 60.0  # a collision waits at most this long for the test
MAX_BANS = 4096  # bans made because of peers; an attacker with fresh ids cannot grow it further


class AddressError(ValueError):
    """An address that is not an IP literal with a port (peers must send IPs, not names)."""


def parse_address(text: str) -> tuple[str, int]:
    """"host:port" (IPv6 as "[::1]:port") as a pair; ValueError with the reason."""
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host:
        raise ValueError(f"{text!r} is not host:port")
    host = host.strip("[]")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{text!r}: the port must be a number from 1 to 65535")
    return host, int(port)


def ip_of(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def is_loopback(host: str) -> bool:
    ip = ip_of(host)
    return host == "localhost" if ip is None else ip.is_loopback


def usable(address: tuple[str, int]) -> bool:
    """An address worth storing: a port, and a host that is not unspecified or multicast."""
    host, port = address
    if not 0 < port < 65536:
        return False
    ip = ip_of(host)
    if ip is None:
        return bool(host) and len(host) <= 253
    return not (ip.is_unspecified or ip.is_multicast or (ip.version == 4 and str(ip) == "255.255.255.255"))


def group(address: tuple[str, int]) -> str:
    """The network group: the /16 of an IPv4 address, the /32 of an IPv6 one, a host name
    as itself. On loopback every node of a machine shares one host, so the group is the
    whole address (each local node is its own operator)."""
    host, port = address
    ip = ip_of(host)
    if ip is None:
        return "name:" + host.lower()
    if ip.is_loopback:
        return f"local:{ip}:{port}"
    if ip.version == 4:
        a, b = ip.packed[:2]
        return f"4:{a}.{b}"
    return "6:" + ip.packed[:4].hex()


def _h(secret: bytes, *parts: object) -> int:
    data = b"\x00".join(str(p).encode() for p in parts)
    return int.from_bytes(hashlib.blake2b(data, key=secret, digest_size=8).digest(), "big")


@dataclass(frozen=True, slots=True)
class Entry:
    host: str
    port: int
    tried: bool
    bucket: int
    slot: int
    source: str
    added: float  # wall-clock time we first or last heard of it
    last_try: float
    last_success: float
    attempts: int

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def terrible(self, now: float) -> bool:
        """Core's IsTerrible: an address that should make room for others."""
        if self.last_try and now - self.last_try < 60:
            return False  # tried in the last minute: let it be
        if self.added > now + 600:
            return True  # comes from the future
        if now - self.added > HORIZON and now - self.last_success > HORIZON:
            return True
        if not self.last_success and self.attempts >= RETRIES:
            return True
        return now - self.last_success > MIN_FAIL and self.attempts >= MAX_FAILURES

    def chance(self, now: float) -> float:
        """Core's GetChance: the relative chance of being chosen to dial."""
        c = 1.0
        if now - self.last_try < RECENT_TRY:
            c *= 0.01
        return c * 0.66 ** min(self.attempts, 8)


@dataclass(frozen=True, slots=True)
class Ban:
    target: str  # "id:<hex>", "addr:host:port", "host:<ip>" or "net:<cidr>"
    until: float  # wall-clock seconds
    reason: str
    manual: bool  # made by the operator (admin_banPeer), not evicted for room


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS addresses(
    host TEXT NOT NULL, port INTEGER NOT NULL CHECK(port > 0 AND port < 65536),
    tried INTEGER NOT NULL CHECK(tried IN (0, 1)),
    bucket INTEGER NOT NULL CHECK(bucket >= 0 AND bucket < {NEW_BUCKETS}
                                  AND (tried = 0 OR bucket < {TRIED_BUCKETS})),
    slot INTEGER NOT NULL CHECK(slot >= 0 AND slot < {BUCKET_SIZE}),
    source TEXT NOT NULL, added REAL NOT NULL, last_try REAL NOT NULL,
    last_success REAL NOT NULL, attempts INTEGER NOT NULL,
    PRIMARY KEY(host, port), UNIQUE(tried, bucket, slot));
CREATE TABLE IF NOT EXISTS anchors(pos INTEGER PRIMARY KEY, host TEXT NOT NULL, port INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS bans(target TEXT PRIMARY KEY, until REAL NOT NULL, reason TEXT NOT NULL,
                                manual INTEGER NOT NULL);
"""
_COLUMNS = "host, port, tried, bucket, slot, source, added, last_try, last_success, attempts"


class PeerDatabaseError(ChainError):
    """The peer database cannot be opened or written (permissions, full disk): the node
    stops with this message rather than run without its bans."""


class CorruptDatabase(Exception):
    """The peer database cannot be used (not SQLite, failed integrity check, wrong schema)."""


def _aside(path: Path) -> Path:
    """A free name next to `path` for a corrupt file: never overwrite an earlier one."""
    for i in range(1000):
        candidate = path.with_name(f"{path.name}.corrupt" + (f".{i}" if i else ""))
        if not candidate.exists():
            return candidate
    raise OSError(f"too many corrupt copies of {path}")


class AddrMan:
    """The new and tried tables, anchors and bans of one node, in one SQLite file.

    `path` None keeps everything in memory (a node without a data directory)."""

    def __init__(self, path: Path | None, log: Callable[[str], None] | None = None,
                 clock: Callable[[], float] = time.time):
        self.path = path
        self.log = log or (lambda line: None)
        self.clock = clock
        self.rng = random.Random()
        self.collisions: dict[tuple[str, int], float] = {}  # address -> since (in memory, as Core)
        try:
            self.db = self._open()
        except CorruptDatabase as e:
            assert path is not None
            moved = _aside(path)
            path.replace(moved)
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    side.replace(moved.with_name(moved.name + suffix))
            self.log(f"p2p: the peer database {path} is unusable ({e}); moved it to {moved.name} "
                     "and starting an empty one")
            self.db = self._open()
        self.secret = bytes.fromhex(self._meta("secret"))

    # ------------------------------------------------------------------ opening
    def _open(self) -> sqlite3.Connection:
        target = ":memory:" if self.path is None else str(self.path)
        try:
            db = sqlite3.connect(target, isolation_level=None)
        except sqlite3.Error as e:
            raise PeerDatabaseError(f"cannot open the peer database {self.path}: {e}") from None
        try:
            check = db.execute("PRAGMA integrity_check").fetchone()
            if check is None or check[0] != "ok":
                raise CorruptDatabase(f"integrity check: {check[0] if check else 'no answer'}")
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables:  # an existing book: check it all before writing anything to it
                if "meta" not in tables:
                    raise CorruptDatabase(f"tables {sorted(tables)} but no schema version")
                version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if version is None or version[0] != str(SCHEMA_VERSION):
                    raise CorruptDatabase(f"schema version {version[0] if version else None!r}, "
                                          f"this node reads {SCHEMA_VERSION}")
                secret = db.execute("SELECT value FROM meta WHERE key='secret'").fetchone()
                if secret is None or len(secret[0]) != 64 or any(c not in "0123456789abcdef" for c in secret[0]):
                    raise CorruptDatabase("no valid bucket key")
                db.execute(f"SELECT {_COLUMNS} FROM addresses LIMIT 1").fetchall()
                db.execute("SELECT pos, host, port FROM anchors LIMIT 1").fetchall()
                db.execute("SELECT target, until, reason, manual FROM bans LIMIT 1").fetchall()
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            if not tables:
                with db:
                    db.execute("BEGIN")
                    for statement in filter(str.strip, _SCHEMA.split(";")):
                        db.execute(statement)
                    db.execute("INSERT INTO meta VALUES('schema', ?)", (str(SCHEMA_VERSION),))
                    db.execute("INSERT INTO meta VALUES('secret', ?)", (os.urandom(32).hex(),))
        except sqlite3.OperationalError as e:
            db.close()
            text = str(e)
            if any(w in text for w in ("unable to open", "readonly", "locked", "disk I/O", "full")):
                raise PeerDatabaseError(f"cannot use the peer database {self.path}: {text}") from None
            raise CorruptDatabase(text) from None
        except sqlite3.Error as e:
            db.close()
            raise CorruptDatabase(str(e)) from None
        except CorruptDatabase:
            db.close()
            raise
        return db

    def _meta(self, key: str) -> str:
        return self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()[0]

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ positions
    def _new_position(self, address: tuple[str, int], source: str) -> tuple[int, int]:
        g = group(address)
        h1 = _h(self.secret, "new1", g, source) % NEW_BUCKETS_PER_SOURCE_GROUP
        bucket = _h(self.secret, "new2", source, h1) % NEW_BUCKETS
        return bucket, _h(self.secret, "pos", 0, bucket, *address) % BUCKET_SIZE

    def _tried_position(self, address: tuple[str, int]) -> tuple[int, int]:
        h1 = _h(self.secret, "tried1", *address) % TRIED_BUCKETS_PER_GROUP
        bucket = _h(self.secret, "tried2", group(address), h1) % TRIED_BUCKETS
        return bucket, _h(self.secret, "pos", 1, bucket, *address) % BUCKET_SIZE

    # ------------------------------------------------------------------ reading
    def _entry(self, row: tuple) -> Entry:
        return Entry(row[0], row[1], bool(row[2]), row[3], row[4], row[5], row[6], row[7], row[8], row[9])

    def get(self, address: tuple[str, int]) -> Entry | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM addresses WHERE host=? AND port=?", address).fetchone()
        return None if row is None else self._entry(row)

    def _at(self, tried: bool, bucket: int, slot: int) -> Entry | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM addresses WHERE tried=? AND bucket=? AND slot=?",
                              (int(tried), bucket, slot)).fetchone()
        return None if row is None else self._entry(row)

    def counts(self) -> tuple[int, int]:
        """(new, tried)."""
        rows = dict(self.db.execute("SELECT tried, count(*) FROM addresses GROUP BY tried").fetchall())
        return rows.get(0, 0), rows.get(1, 0)

    def __len__(self) -> int:
        return sum(self.counts())

    def entries(self, tried: bool | None = None) -> list[Entry]:
        where = "" if tried is None else f" WHERE tried={int(tried)}"
        return [self._entry(r) for r in self.db.execute(f"SELECT {_COLUMNS} FROM addresses{where}")]

    # ------------------------------------------------------------------ changing
    def add(self, addresses: Iterable[tuple[str, int]], source: str) -> int:
        """Put addresses heard from `source` (a group) in the new table, in one transaction;
        the number actually added. An occupied slot is taken only from a terrible address."""
        now = self.clock()
        added = 0
        with self.db:
            self.db.execute("BEGIN")
            for address in addresses:
                if not usable(address):
                    continue
                known = self.get(address)
                if known is not None:
                    if not known.tried and now > known.added:
                        self.db.execute("UPDATE addresses SET added=? WHERE host=? AND port=?", (now, *address))
                    continue
                bucket, slot = self._new_position(address, source)
                occupant = self._at(False, bucket, slot)
                if occupant is not None:
                    if not occupant.terrible(now):
                        continue
                    self.db.execute("DELETE FROM addresses WHERE host=? AND port=?", occupant.address)
                self.db.execute(f"INSERT INTO addresses({_COLUMNS}) VALUES(?,?,0,?,?,?,?,0,0,0)",
                                (*address, bucket, slot, source, now))
                added += 1
        return added

    def attempt(self, address: tuple[str, int]) -> None:
        """A dial failed (or timed out before its handshake)."""
        with self.db:
            self.db.execute("UPDATE addresses SET last_try=?, attempts=attempts+1 WHERE host=? AND port=?",
                            (self.clock(), *address))

    def good(self, address: tuple[str, int], source: str = "self", test_before_evict: bool = True) -> None:
        """A handshake with `address` succeeded: it moves to the tried table. If its tried
        slot is taken, the occupant is tested first (Core's test-before-evict): `address`
        waits in the new table as a collision until `resolve_collisions` decides; forced
        (test_before_evict False), the occupant goes back to the new table (where it may
        take a slot from a terrible address only)."""
        if not usable(address):
            return
        now = self.clock()
        with self.db:
            self.db.execute("BEGIN")
            entry = self.get(address)
            if entry is not None and entry.tried:
                self.db.execute("UPDATE addresses SET last_try=?, last_success=?, attempts=0, added=? "
                                "WHERE host=? AND port=?", (now, now, now, *address))
                return
            bucket, slot = self._tried_position(address)
            occupant = self._at(True, bucket, slot)
            if occupant is not None and test_before_evict:
                if entry is None:
                    nb, ns = self._new_position(address, source)
                    if self._at(False, nb, ns) is None:
                        self.db.execute(f"INSERT INTO addresses({_COLUMNS}) VALUES(?,?,0,?,?,?,?,?,?,0)",
                                        (*address, nb, ns, source, now, now, now))
                else:
                    self.db.execute("UPDATE addresses SET last_try=?, last_success=?, attempts=0 "
                                    "WHERE host=? AND port=?", (now, now, *address))
                if self.get(address) is not None and len(self.collisions) < MAX_COLLISIONS:
                    self.collisions.setdefault(address, now)
                return
            if entry is None:  # dialed without being in the book (admin_addPeer, --connect)
                entry = Entry(address[0], address[1], False, -1, -1, source, now, 0, 0, 0)
            if entry.bucket >= 0:
                self.db.execute("DELETE FROM addresses WHERE host=? AND port=?", address)
            evicted = occupant
            if evicted is not None:
                self.db.execute("DELETE FROM addresses WHERE host=? AND port=?", evicted.address)
            self.db.execute(f"INSERT INTO addresses({_COLUMNS}) VALUES(?,?,1,?,?,?,?,?,?,0)",
                            (*address, bucket, slot, entry.source, now, now, now))
            if evicted is not None:
                nb, ns = self._new_position(evicted.address, evicted.source)
                occupant = self._at(False, nb, ns)
                if occupant is None or occupant.terrible(now):
                    if occupant is not None:
                        self.db.execute("DELETE FROM addresses WHERE host=? AND port=?", occupant.address)
                    self.db.execute(f"INSERT INTO addresses({_COLUMNS}) VALUES(?,?,0,?,?,?,?,?,?,?)",
                                    (*evicted.address, nb, ns, evicted.source, evicted.added,
                                     evicted.last_try, evicted.last_success, evicted.attempts))

    def resolve_collisions(self) -> None:
        """Core's ResolveCollisions: a waiting address takes its tried slot if the slot is
        free, if the occupant was tried (by a feeler) more than a minute ago and has not
        succeeded in 4 hours, or after 40 minutes of waiting; it gives up if the occupant
        succeeded in the last 4 hours."""
        now = self.clock()
        for address, since in list(self.collisions.items()):
            entry = self.get(address)
            if entry is None or entry.tried:
                del self.collisions[address]
                continue
            occupant = self._at(True, *self._tried_position(address))
            if occupant is None:
                evict = True
            elif now - occupant.last_success < COLLISION_GOOD:
                evict = False
                del self.collisions[address]
            elif now - occupant.last_try < COLLISION_GOOD:
                evict = now - occupant.last_try > 60
            else:
                evict = now - since > COLLISION_TIMEOUT
            if evict:
                self.collisions.pop(address, None)
                self.good(address, entry.source, test_before_evict=False)

    def collision_to_test(self) -> tuple[str, int] | None:
        """The occupant of a waiting address's tried slot: what the next feeler should dial."""
        for address in self.rng.sample(list(self.collisions), len(self.collisions)):
            occupant = self._at(True, *self._tried_position(address))
            if occupant is not None:
                return occupant.address
        return None

    def remove(self, address: tuple[str, int]) -> bool:
        with self.db:
            return self.db.execute("DELETE FROM addresses WHERE host=? AND port=?", address).rowcount > 0

    # ------------------------------------------------------------------ choosing
    def select(self, new_only: bool = False, exclude: Callable[[tuple[str, int]], bool] | None = None,
               tries: int = 64) -> Entry | None:
        """An address to dial, as Core's Select: the tried or the new table with equal odds,
        then a random entry accepted with its chance, the bar lowered a little after each
        refusal so that some address is always found if any is eligible."""
        new, tried = self.counts()
        if new + tried == 0 or (new_only and new == 0):
            return None
        now = self.clock()
        factor = 1.0
        for _ in range(tries):
            use_tried = not new_only and tried > 0 and (new == 0 or self.rng.random() < 0.5)
            count = tried if use_tried else new
            row = self.db.execute(f"SELECT {_COLUMNS} FROM addresses WHERE tried=? LIMIT 1 OFFSET ?",
                                  (int(use_tried), self.rng.randrange(count))).fetchone()
            if row is None:
                continue
            entry = self._entry(row)
            if exclude is not None and exclude(entry.address):
                continue
            if self.rng.random() < entry.chance(now) * factor:
                return entry
            factor *= 1.2
        return None

    def sample(self, limit: int, exclude: Callable[[tuple[str, int]], bool] | None = None) -> list[Entry]:
        """Up to `limit` random addresses that are not terrible (a GET_ADDR answer)."""
        now = self.clock()
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM addresses ORDER BY random() LIMIT ?",
                               (limit * 2 + 16,)).fetchall()
        out = []
        for row in rows:
            entry = self._entry(row)
            if entry.terrible(now) or (exclude is not None and exclude(entry.address)):
                continue
            out.append(entry)
            if len(out) >= limit:
                break
        return out

    # ------------------------------------------------------------------ anchors
    def anchors(self) -> list[tuple[str, int]]:
        return [(h, p) for h, p in self.db.execute("SELECT host, port FROM anchors ORDER BY pos")]

    def set_anchors(self, addresses: list[tuple[str, int]]) -> None:
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM anchors")
            for i, (host, port) in enumerate(addresses[:MAX_ANCHORS]):
                self.db.execute("INSERT INTO anchors VALUES(?,?,?)", (i, host, port))

    # ------------------------------------------------------------------ bans
    def bans(self) -> list[Ban]:
        now = self.clock()
        with self.db:
            self.db.execute("DELETE FROM bans WHERE until <= ?", (now,))
        return [Ban(t, u, r, bool(m)) for t, u, r, m in
                self.db.execute("SELECT target, until, reason, manual FROM bans ORDER BY until")]

    def ban(self, targets: Iterable[str], seconds: float, reason: str, manual: bool = False) -> None:
        now = self.clock()
        until = now + seconds
        with self.db:
            self.db.execute("BEGIN")
            for target in targets:
                old = self.db.execute("SELECT until, manual FROM bans WHERE target=?", (target,)).fetchone()
                if old is not None and old[0] > until and (old[1] or not manual):
                    continue  # keep the longer ban
                self.db.execute("INSERT OR REPLACE INTO bans VALUES(?,?,?,?)",
                                (target, until, reason[:200], int(manual or bool(old and old[1]))))
            excess = self.db.execute("SELECT count(*) FROM bans WHERE manual=0").fetchone()[0] - MAX_BANS
            if excess > 0:
                self.db.execute("DELETE FROM bans WHERE target IN (SELECT target FROM bans WHERE manual=0 "
                                "ORDER BY until LIMIT ?)", (excess,))

    def unban(self, target: str) -> bool:
        with self.db:
            return self.db.execute("DELETE FROM bans WHERE target=?", (target,)).rowcount > 0

    def clear_bans(self) -> int:
        with self.db:
            return self.db.execute("DELETE FROM bans").rowcount


def ban_target(text: str) -> str:
    """An operator's ban target ("0x" + node id, "host:port", an IP, or a subnet such as
    10.0.0.0/8) as a stored target; ValueError with the reason."""
    text = text.strip()
    if text.startswith("0x"):
        body = text[2:]
        if len(body) != 32 or not all(c in "0123456789abcdefABCDEF" for c in body):
            raise ValueError(f"{text!r} is not a node id (0x and 32 hex digits)")
        return "id:" + body.lower()
    if "/" in text:
        try:
            return "net:" + str(ipaddress.ip_network(text, strict=False))
        except ValueError as e:
            raise ValueError(f"{text!r} is not a subnet: {e}") from None
    ip = ip_of(text.strip("[]"))
    if ip is not None:
        return f"host:{ip}"
    host, sep, port = text.rpartition(":")
    host = host.strip("[]")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536 or not host:
        raise ValueError(f"{text!r} is not a node id, host:port, IP address or subnet")
    ip = ip_of(host)
    return f"addr:{ip if ip is not None else host.lower()}:{int(port)}"


def describe_target(target: str) -> str:
    """A stored ban target as the operator writes it."""
    kind, _, rest = target.partition(":")
    if kind == "id":
        return "0x" + rest
    if kind == "addr":
        host, _, port = rest.rpartition(":")
        return f"[{host}]:{port}" if ":" in host else rest
    return rest

