"""The snapshot/revert journal of a host: one undo log for `vm.memhost.MemoryHost` and
`chain.state.State`.

The VM rolls a failed frame back with `host.revert_to(host.snapshot())`. Both hosts keep
their state in plain dicts, sets and lists, so one journal can undo any change by saying
*which container* changed and how, and neither host needs its own undo code:

* ``(mapping, key, old)`` -- `mapping[key]` was overwritten: put `old` back (`ABSENT`:
  the key was not there, remove it);
* ``(collection, member)`` -- `member` was added to the set: discard it;
* ``(items,)`` -- an item was appended to the list: pop it.

Writes are a hot path of the chain (every SSTORE, balance change and warm access), so a
host records an entry with a plain `journal.append((...))`: one tuple, no call. A host
must not replace a container it has journaled until the journal is cleared (both start
every transaction with a fresh journal).
"""

from __future__ import annotations

from typing import Any


class _Absent:
    __slots__ = ()

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()  # the old value of a key that was not in its mapping


class Journal(list[tuple[Any, ...]]):
    """A list of undo entries; a snapshot is its length."""

    __slots__ = ()

    def snapshot(self) -> int:
        return len(self)

    def revert_to(self, snapshot: int) -> None:
        """Undo every entry after `snapshot`, newest first."""
        undo = self[snapshot:]
        del self[snapshot:]
        for entry in reversed(undo):
            n = len(entry)
            if n == 3:
                mapping, key, old = entry
                if old is ABSENT:
                    mapping.pop(key, None)
                else:
                    mapping[key] = old
            elif n == 2:
                entry[0].discard(entry[1])
            else:
                entry[0].pop()
