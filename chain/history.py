"""The state at a past block, read from the undo records (for traces; docs/chain.md).

Every stored block keeps an undo record: the value each account and storage slot it
changed had before it. The state after block N is the head state with the undo records
of blocks head, head-1, ..., N+1 laid over it, the oldest last (so each key takes the
value it had before the first of those blocks changed it). Nothing is written: the
result is a `State` over a read-only overlay, thrown away after use.

Cost: one undo-record read per block back, and memory for the keys those blocks
touched; bounded by MAX_HISTORY_BLOCKS.
"""

from __future__ import annotations

from collections.abc import Callable

from chain.api import ChainError
from chain.state import EMPTY_ACCOUNT, Account, State, StateBackend
from chain.store import Store, StoreError
from chain.types import Block

__all__ = ["HistoricalBackend", "state_after", "scratch_state", "MAX_HISTORY_BLOCKS"]

MAX_HISTORY_BLOCKS = 10_000


class HistoricalBackend:
    """A backend that answers from the old values first, then from the current store."""

    def __init__(self, base: StateBackend, accounts: dict[bytes, Account],
                 storage: dict[tuple[bytes, int], int]):
        self.base = base
        self.accounts = accounts
        self.storage = storage
        self.cleared: set[bytes] = set()  # accounts whose other slots read as zero (overrides)

    def load_account(self, address: bytes) -> Account | None:
        acct = self.accounts.get(address)
        if acct is None:
            return self.base.load_account(address)
        return None if acct == EMPTY_ACCOUNT else acct

    def load_storage(self, address: bytes, slot: int) -> int:
        value = self.storage.get((address, slot))
        if value is None:
            return 0 if address in self.cleared else self.base.load_storage(address, slot)
        return value

    def load_code(self, code_hash: bytes) -> bytes | None:
        return self.base.load_code(code_hash)  # code is stored by hash, never deleted


def state_after(store: Store, head: Block, number: int, load: Callable[[int], Block | None]) -> State:
    """A scratch state as it was after canonical block `number`. `load(n)` returns the
    canonical block n."""
    if number > head.number or number < 0:
        raise ChainError(f"block {number} does not exist (the head is {head.number})")
    if head.number - number > MAX_HISTORY_BLOCKS:
        raise ChainError(f"block {number} is {head.number - number} blocks behind the head; state is "
                         f"rebuilt at most {MAX_HISTORY_BLOCKS} blocks back")
    accounts: dict[bytes, Account] = {}
    storage: dict[tuple[bytes, int], int] = {}
    for n in range(head.number, number, -1):
        block = head if n == head.number else load(n)
        if block is None:
            raise ChainError(f"block {n} is missing from the canonical chain")
        try:
            diff = store.undo_record(block.hash)
        except StoreError as e:
            raise ChainError(f"state of block {number} cannot be rebuilt: {e}") from None
        accounts.update(diff.old_accounts)
        storage.update(diff.old_storage)
    return State(HistoricalBackend(store, accounts, storage))


def scratch_state(store: Store, head: Block, number: int | None,
                  load: Callable[[int], Block | None]) -> State:
    """A throw-away state after block `number` (None: the head) that may be changed
    freely (eth_call state overrides): nothing reaches the store or the live state."""
    if number is None or number >= head.number:
        return State(HistoricalBackend(store, {}, {}))
    return state_after(store, head, number, load)
