"""The address manager on real SQLite files: bucketing bounds what one source can fill,
the tables are bounded, tried addresses survive floods, persistence and corrupt files."""

from __future__ import annotations

import sqlite3

import pytest

from chain.p2p import addrman as am
from chain.p2p.addrman import AddrMan, PeerDatabaseError, ban_target, describe_target, group


class Clock:
    def __init__(self, t: float = 1_700_000_000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t


def spread(n: int, offset: int = 0) -> list[tuple[str, int]]:
    """n distinct routable-looking IPv4 addresses over many /16 groups."""
    out = []
    for i in range(offset, offset + n):
        out.append((f"{11 + i % 200}.{(i // 200) % 256}.{(i // 51200) % 256}.{1 + i % 250}", 30303))
    return out


@pytest.fixture
def book(tmp_path):
    logs: list[str] = []
    b = AddrMan(tmp_path / "peers.db", logs.append)
    b.logs = logs
    yield b
    b.close()


def test_groups():
    assert group(("1.2.3.4", 1)) == group(("1.2.200.9", 2)) != group(("1.3.3.4", 1))
    assert group(("2001:db8:1::1", 1)) == group(("2001:db8:ffff::2", 1)) != group(("2001:db9::1", 1))
    assert group(("::ffff:1.2.3.4", 1)) == group(("1.2.9.9", 1))
    # on loopback each node (port) is its own group: local test networks are not one source
    assert group(("127.0.0.1", 1)) != group(("127.0.0.1", 2))


def test_one_source_group_fills_a_bounded_share_of_the_new_table(book):
    flood = spread(5000)
    added = book.add(flood, source=group(("6.6.6.6", 30303)))
    new, tried = book.counts()
    assert added == new and tried == 0
    cap = am.NEW_BUCKETS_PER_SOURCE_GROUP * am.BUCKET_SIZE
    assert 0 < new <= cap
    buckets = {e.bucket for e in book.entries(tried=False)}
    assert len(buckets) <= am.NEW_BUCKETS_PER_SOURCE_GROUP
    # the same addresses from many other sources spread over more buckets
    for s in range(40):
        book.add(spread(200, offset=5000 + 200 * s), source=group((f"{20 + s}.1.1.1", 30303)))
    assert len({e.bucket for e in book.entries(tried=False)}) > 4 * am.NEW_BUCKETS_PER_SOURCE_GROUP


def test_the_tables_are_bounded_and_tried_addresses_survive_floods(book):
    clock = Clock()
    book.clock = clock
    good = spread(3000, offset=100_000)
    for a in good:
        book.good(a, test_before_evict=False)
    new, tried = book.counts()
    assert tried <= am.TRIED_BUCKETS * am.BUCKET_SIZE
    # one network group holds at most TRIED_BUCKETS_PER_GROUP tried buckets
    one_group = [(f"77.7.{i // 250}.{1 + i % 250}", 30303) for i in range(1500)]
    for a in one_group:
        book.good(a, test_before_evict=False)
    tried_buckets = {e.bucket for e in book.entries(tried=True) if e.host.startswith("77.7.")}
    assert len(tried_buckets) <= am.TRIED_BUCKETS_PER_GROUP
    before = {e.address for e in book.entries(tried=True)}
    # a flood of fresh addresses from many sources never evicts a tried one
    for s in range(30):
        book.add(spread(400, offset=200_000 + 400 * s), source=f"4:{s}.9")
    assert {e.address for e in book.entries(tried=True)} == before
    new, tried = book.counts()
    assert new <= am.NEW_BUCKETS * am.BUCKET_SIZE and tried <= am.TRIED_BUCKETS * am.BUCKET_SIZE


def colliding(book: AddrMan, source: str) -> tuple[tuple[str, int], tuple[str, int]]:
    seen = {}
    for a in spread(20000, offset=300_000):
        pos = book._new_position(a, source)
        if pos in seen:
            return seen[pos], a
        seen[pos] = a
    raise AssertionError("no collision found")


def test_a_new_slot_is_taken_only_from_a_terrible_address(book):
    clock = Clock()
    book.clock = clock
    first, second = colliding(book, "4:9.9")
    assert book.add([first], "4:9.9") == 1
    assert book.add([second], "4:9.9") == 0  # the slot holds a fine address: the newcomer is dropped
    assert book.get(first) is not None and book.get(second) is None
    for _ in range(am.RETRIES):  # never reached, three failures: terrible
        book.attempt(first)
    clock.t += 120
    assert book.add([second], "4:9.9") == 1
    assert book.get(first) is None and book.get(second) is not None


def tried_pair(book: AddrMan) -> tuple[tuple[str, int], tuple[str, int]]:
    seen = {}
    for a in spread(20000, offset=400_000):
        pos = book._tried_position(a)
        if pos in seen:
            return seen[pos], a
        seen[pos] = a
    raise AssertionError("no collision found")


def test_a_forced_tried_collision_moves_the_old_address_back_to_new(book):
    old, newer = tried_pair(book)
    book.good(old)
    book.good(newer, test_before_evict=False)
    assert book.get(newer).tried
    moved = book.get(old)
    assert moved is not None and not moved.tried


def test_a_tried_collision_tests_the_occupant_before_evicting_it(book):
    clock = Clock()
    book.clock = clock
    old, newer = tried_pair(book)
    book.good(old)
    clock.t += 5 * 3600  # the occupant has not been reached for 5 hours
    book.good(newer)
    assert book.get(old).tried and not book.get(newer).tried  # waits in new
    assert book.collision_to_test() == old  # the next feeler dials the occupant
    book.resolve_collisions()
    assert newer in book.collisions  # not tested yet: still waiting
    book.good(old)  # the feeler reached the occupant: it stays, the newcomer gives up
    book.resolve_collisions()
    assert book.get(old).tried and not book.get(newer).tried and not book.collisions

    clock.t += 5 * 3600
    book.good(newer)
    book.attempt(old)  # the feeler failed to reach the occupant...
    clock.t += 61  # ...more than a minute ago
    book.resolve_collisions()
    assert book.get(newer).tried and not book.get(old).tried and not book.collisions
    back = book.get(old)  # back in the new table, where its own source's hash puts it
    assert back is not None and (back.bucket, back.slot) == book._new_position(old, back.source)


def test_select_honours_exclusions_and_tables(book):
    for i, a in enumerate(spread(50)):
        book.add([a], f"4:{i}.1")
    book.good(("5.5.5.5", 30303))
    assert book.select(new_only=True).tried is False
    only = ("5.5.5.5", 30303)
    for _ in range(20):
        e = book.select(exclude=lambda a: a != only)
        assert e is None or e.address == only
    assert book.select(exclude=lambda a: True) is None
    answer = book.sample(10)
    assert len(answer) == 10 and len({e.address for e in answer}) == 10


def test_everything_survives_reopening(tmp_path):
    path = tmp_path / "peers.db"
    b = AddrMan(path)
    added = b.add(spread(30), "4:1.1")  # a few may collide in their slots and be dropped
    assert added > 20
    b.good(("8.8.4.4", 30303))
    b.set_anchors([("8.8.4.4", 30303), ("9.9.9.9", 30303), ("1.1.1.1", 1)])
    b.ban(["host:6.6.6.6"], 3600, "flooding")
    secret = b.secret
    b.close()
    b = AddrMan(path)
    assert b.secret == secret and b.counts() == (added, 1)
    assert b.anchors() == [("8.8.4.4", 30303), ("9.9.9.9", 30303)]  # at most MAX_ANCHORS
    assert [(x.target, x.reason) for x in b.bans()] == [("host:6.6.6.6", "flooding")]
    b.close()


@pytest.mark.parametrize("damage", ["garbage", "wrong-schema", "wrong-version", "truncated"])
def test_a_corrupt_database_is_set_aside_and_rebuilt(tmp_path, damage):
    path = tmp_path / "peers.db"
    if damage == "garbage":
        path.write_bytes(b"this is not a database\n" * 200)
    elif damage == "wrong-schema":
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE addresses(x)")
        db.execute("INSERT INTO addresses VALUES(1)")
        db.commit()
        db.close()
    else:
        b = AddrMan(path)
        b.add(spread(500), "4:1.1")
        b.close()
        if damage == "wrong-version":
            db = sqlite3.connect(path)
            db.execute("UPDATE meta SET value='99' WHERE key='schema'")
            db.commit()
            db.close()
        else:
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 2] + b"\xff" * 4096 + data[len(data) // 2 + 4096:])
    original = path.read_bytes()
    logs: list[str] = []
    b = AddrMan(path, logs.append)
    assert any("unusable" in line and "peers.db.corrupt" in line for line in logs), logs
    assert (tmp_path / "peers.db.corrupt").read_bytes() == original  # kept, never overwritten
    assert b.counts() == (0, 0)
    b.good(("8.8.8.8", 30303))
    b.close()
    assert AddrMan(path).counts() == (0, 1)
    # a second corrupt file gets a name of its own
    path.write_bytes(b"junk" * 1000)
    AddrMan(path).close()
    assert (tmp_path / "peers.db.corrupt.1").read_bytes() == b"junk" * 1000


def test_an_unopenable_database_is_a_clear_error(tmp_path):
    with pytest.raises(PeerDatabaseError, match="peer database"):
        AddrMan(tmp_path / "no-such-dir" / "peers.db")


def test_bans_expire_and_are_bounded(book):
    clock = Clock()
    book.clock = clock
    book.ban(["net:10.0.0.0/8"], 100, "operator", manual=True)
    book.ban([f"id:{i:032x}" for i in range(am.MAX_BANS + 50)], 50, "misbehaved")
    bans = book.bans()
    assert len([b for b in bans if not b.manual]) == am.MAX_BANS
    assert any(b.target == "net:10.0.0.0/8" and b.manual for b in bans)
    clock.t += 60
    assert [b.target for b in book.bans()] == ["net:10.0.0.0/8"]
    assert book.unban("net:10.0.0.0/8") and not book.bans()


def test_ban_targets():
    assert ban_target("0x" + "ab" * 16) == "id:" + "ab" * 16
    assert ban_target("10.1.2.3") == "host:10.1.2.3"
    assert ban_target("[::1]:30303") == "addr:::1:30303"
    assert ban_target("127.0.0.1:30303") == "addr:127.0.0.1:30303"
    assert ban_target("10.0.0.0/8") == "net:10.0.0.0/8"
    for target in ("0x" + "ab" * 16, "10.1.2.3", "[::1]:8080", "127.0.0.1:30303", "10.0.0.0/8", "[2001:db8::1]:1"):
        assert ban_target(describe_target(ban_target(target))) == ban_target(target)  # listBanned round trip
    assert describe_target(ban_target("[::1]:8080")) == "[::1]:8080"
    for bad in ("0x1234", "nonsense", "10.0.0.0/99", "host:99999"):
        with pytest.raises(ValueError):
            ban_target(bad)


def test_invariants_hold_under_any_sequence_of_operations(tmp_path):
    """Random adds, successes, failures and collisions: every entry sits where its hash
    puts it, tables stay within their grids, and adding never removes a tried address."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    address = st.tuples(st.sampled_from(["1.1", "1.2", "9.9", "200.1"]), st.integers(1, 40),
                        st.integers(1, 3)).map(lambda t: (f"{t[0]}.{t[1]}.{t[2]}", 30303))
    op = st.tuples(st.sampled_from(["add", "good", "attempt", "resolve", "tick"]),
                   st.lists(address, min_size=1, max_size=20), st.sampled_from(["4:1.1", "4:2.2", "dns:x"]))
    counter = iter(range(10**6))

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(op, max_size=25))
    def run(ops):
        clock = Clock()
        b = AddrMan(tmp_path / f"p{next(counter)}.db", clock=clock)
        try:
            for kind, batch, source in ops:
                tried_before = {e.address for e in b.entries(tried=True)}
                if kind == "add":
                    b.add(batch, source)
                    assert tried_before <= {e.address for e in b.entries(tried=True)}
                elif kind == "good":
                    for a in batch:
                        b.good(a, source)
                elif kind == "attempt":
                    for a in batch:
                        b.attempt(a)
                elif kind == "resolve":
                    b.resolve_collisions()
                else:
                    clock.t += 3 * 3600
                entries = b.entries()
                assert len({e.address for e in entries}) == len(entries)
                assert len({(e.tried, e.bucket, e.slot) for e in entries}) == len(entries)
                for e in entries:
                    want = b._tried_position(e.address) if e.tried else b._new_position(e.address, e.source)
                    assert (e.bucket, e.slot) == want, e
                assert len(b.collisions) <= am.MAX_COLLISIONS
        finally:
            b.close()

    run()
