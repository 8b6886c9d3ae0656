"""The one undo journal (vm.journal): any mix of writes after a snapshot is undone exactly,
on the bare journal and through MemoryHost (the chain's State is tested in tests/chain)."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from vm.journal import ABSENT, Journal
from vm.memhost import MemoryHost

_keys = st.integers(0, 5)
_writes = st.lists(
    st.one_of(
        st.tuples(st.just("put"), _keys, st.integers(0, 3)),
        st.tuples(st.just("del"), _keys, st.just(0)),
        st.tuples(st.just("add"), _keys, st.just(0)),
        st.tuples(st.just("log"), _keys, st.just(0)),
    ),
    max_size=30,
)


def _apply(journal: Journal, d: dict, s: set, items: list, writes) -> None:
    for kind, key, value in writes:
        if kind == "put":
            journal.append((d, key, d.get(key, ABSENT)))
            d[key] = value
        elif kind == "del" and key in d:
            journal.append((d, key, d[key]))
            del d[key]
        elif kind == "add" and key not in s:
            journal.append((s, key))
            s.add(key)
        elif kind == "log":
            journal.append((items,))
            items.append(key)


@given(before=_writes, after=_writes, more=_writes)
@settings(max_examples=300, deadline=None)
def test_revert_restores_the_state_at_the_snapshot(before, after, more) -> None:
    journal, d, s, items = Journal(), {}, set(), []
    _apply(journal, d, s, items, before)
    outer = journal.snapshot()
    saved_outer = copy.deepcopy((d, s, items))
    _apply(journal, d, s, items, after)
    inner = journal.snapshot()
    saved_inner = copy.deepcopy((d, s, items))
    _apply(journal, d, s, items, more)
    journal.revert_to(inner)
    assert (d, s, items) == saved_inner and len(journal) == inner
    journal.revert_to(outer)
    assert (d, s, items) == saved_outer and len(journal) == outer


def test_memory_host_rolls_back_every_kind_of_change() -> None:
    a, b = b"\x01" * 20, b"\x02" * 20
    host = MemoryHost()
    host.set_balance(a, 10)
    host.storage[(a, 1)] = 5
    host.begin_transaction(a)

    def seen(h: MemoryHost):
        # a balance or nonce rolls back to the value it read as (0 for a fresh account)
        return ({k: v for k, v in h.balances.items() if v}, {k: v for k, v in h.nonces.items() if v},
                dict(h.code), dict(h.storage), set(h.warm_accounts), set(h.warm_slots), list(h.logs))

    before = seen(host)
    snap = host.snapshot()
    host.transfer(a, b, 3)
    host.increment_nonce(b)
    host.set_code(b, b"\x00")
    host.set_storage(a, 1, 0)
    host.set_storage(b, 2, 9)  # a slot that was absent
    host.access_account(b)
    host.access_storage(b, 2)
    host.add_log(b, (1,), b"x")
    host.revert_to(snap)
    assert seen(host) == before
    assert (b, 2) not in host.storage and b not in host.code
