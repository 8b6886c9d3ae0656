"""The host interface: the only way the VM reaches accounts, storage and logs.

The interpreter knows nothing of blocks, transactions or databases. A host keeps state
and a journal, so a failing frame's effects are undone by `revert_to(snapshot())`. The
chain implements this over its state; `vm.memhost.MemoryHost` implements it over dicts
for tests and tools.

Addresses are 20-byte `bytes`; slots and values are ints in [0, 2**256).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Host(Protocol):
    # accounts
    def get_balance(self, address: bytes) -> int: ...
    def transfer(self, sender: bytes, recipient: bytes, value: int) -> None:
        """Move `value` from sender to recipient; the VM has checked the balance."""
    def get_code(self, address: bytes) -> bytes:
        """The stored code; return the same bytes object for unchanged code (the VM caches
        its analysis by it)."""
    def set_code(self, address: bytes, code: bytes) -> None: ...
    def account_exists(self, address: bytes) -> bool:
        """False for an empty account (EIP-161: no code, zero nonce, zero balance)."""
    def increment_nonce(self, address: bytes) -> None: ...

    # storage
    def get_storage(self, address: bytes, slot: int) -> int: ...
    def get_original_storage(self, address: bytes, slot: int) -> int:
        """The slot's value at the start of the current transaction (EIP-2200)."""
    def set_storage(self, address: bytes, slot: int, value: int) -> None: ...

    # EIP-2929 access sets (journaled like state)
    def access_account(self, address: bytes) -> bool:
        """Mark the account warm; return whether it was warm already."""
    def access_storage(self, address: bytes, slot: int) -> bool:
        """Mark the slot warm; return whether it was warm already."""

    # logs
    def add_log(self, address: bytes, topics: tuple[int, ...], data: bytes) -> None: ...

    # journal
    def snapshot(self) -> int: ...
    def revert_to(self, snapshot: int) -> None:
        """Undo every change (state, access sets, logs) made since `snapshot`."""


@dataclass(frozen=True, slots=True)
class BlockEnv:
    """What the running block tells a contract."""

    number: int = 0
    timestamp: int = 0
    coinbase: bytes = b"\x00" * 20
    gas_limit: int = 30_000_000
    chain_id: int = 1337
    base_fee: int = 0


@dataclass(frozen=True, slots=True)
class TxEnv:
    """What the running transaction tells a contract."""

    origin: bytes = b"\x00" * 20
    gas_price: int = 0
