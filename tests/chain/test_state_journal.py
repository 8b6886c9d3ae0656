"""chain.state.State rolls a frame back through the shared vm.journal.Journal: every kind
of change it journals (accounts, storage, access sets, logs) is undone exactly, nested
snapshots included, and what the block already changed stays."""

from __future__ import annotations

from chain.state import MemoryBackend, State

A, B = b"\x0a" * 20, b"\x0b" * 20


def _seen(state: State):
    """What the VM can observe (the dicts are read-through caches: a read adds an entry)."""
    accounts = [(state.get_nonce(a), state.get_balance(a), state.get_code(a)) for a in (A, B)]
    storage = [state.get_storage(a, slot) for a in (A, B) for slot in (1, 2)]
    return (accounts, storage, set(state.warm_accounts), set(state.warm_slots), list(state.logs))


def test_state_reverts_nested_snapshots_exactly() -> None:
    state = State(MemoryBackend())
    state.begin_transaction((A,))
    state.set_balance(A, 100)
    state.set_storage(A, 1, 7)
    outer = state.snapshot()
    at_outer = _seen(state)
    state.transfer(A, B, 40)
    state.set_storage(A, 1, 8)
    state.access_account(B)
    inner = state.snapshot()
    at_inner = _seen(state)
    state.increment_nonce(B)
    state.set_code(B, b"\x00\x01")
    state.set_storage(B, 2, 9)
    state.access_storage(B, 2)
    state.add_log(B, (1, 2), b"data")
    state.revert_to(inner)
    assert _seen(state) == at_inner
    state.revert_to(outer)
    assert _seen(state) == at_outer
    assert state.get_balance(A) == 100 and state.get_storage(A, 1) == 7
    # the block's bookkeeping still knows A changed, so commit writes it
    diff = state.commit()
    assert diff.accounts[A][1] == 100 and diff.storage[(A, 1)] == 7 and B not in diff.accounts
