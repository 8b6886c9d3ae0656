"""`MemoryHost`: the Host interface over dicts with an undo journal, for tests and tools.

Snapshots and rollback are `vm.journal.Journal`'s, shared with the chain's state.
"""

from __future__ import annotations

from typing import Any

from vm.host import BlockEnv, TxEnv
from vm.journal import ABSENT, Journal
from vm.message import Message

ZERO_ADDRESS = b"\x00" * 20


class MemoryHost:
    def __init__(self) -> None:
        self.balances: dict[bytes, int] = {}
        self.nonces: dict[bytes, int] = {}
        self.code: dict[bytes, bytes] = {}
        self.storage: dict[tuple[bytes, int], int] = {}
        self.original: dict[tuple[bytes, int], int] = {}
        self.warm_accounts: set[bytes] = set()
        self.warm_slots: set[tuple[bytes, int]] = set()
        self.logs: list[tuple[bytes, tuple[int, ...], bytes]] = []
        self.journal = Journal()

    # -- test helpers -----------------------------------------------------------------

    def set_balance(self, address: bytes, value: int) -> None:
        self.journal.append((self.balances, address, self.balances.get(address, 0)))
        self.balances[address] = value

    def begin_transaction(self, *warm: bytes) -> None:
        """Start a transaction: storage originals reset, access sets hold only `warm`."""
        self.original.clear()
        self.warm_accounts = set(warm)
        self.warm_slots = set()
        self.journal.clear()

    def get_nonce(self, address: bytes) -> int:
        return self.nonces.get(address, 0)

    # -- accounts ---------------------------------------------------------------------

    def get_balance(self, address: bytes) -> int:
        return self.balances.get(address, 0)

    def transfer(self, sender: bytes, recipient: bytes, value: int) -> None:
        self.set_balance(sender, self.get_balance(sender) - value)
        self.set_balance(recipient, self.get_balance(recipient) + value)

    def get_code(self, address: bytes) -> bytes:
        return self.code.get(address, b"")

    def set_code(self, address: bytes, code: bytes) -> None:
        self.journal.append((self.code, address, self.code.get(address, ABSENT)))
        self.code[address] = code

    def account_exists(self, address: bytes) -> bool:
        return bool(self.code.get(address) or self.nonces.get(address) or self.balances.get(address))

    def increment_nonce(self, address: bytes) -> None:
        self.journal.append((self.nonces, address, self.nonces.get(address, 0)))
        self.nonces[address] = self.nonces.get(address, 0) + 1

    # -- storage ----------------------------------------------------------------------

    def get_storage(self, address: bytes, slot: int) -> int:
        return self.storage.get((address, slot), 0)

    def get_original_storage(self, address: bytes, slot: int) -> int:
        key = (address, slot)
        return self.original.get(key, self.storage.get(key, 0))

    def set_storage(self, address: bytes, slot: int, value: int) -> None:
        key = (address, slot)
        old = self.storage.get(key, ABSENT)  # restored as absent
        if key not in self.original:
            self.original[key] = 0 if old is ABSENT else old
        self.journal.append((self.storage, key, old))
        self.storage[key] = value

    # -- access sets --------------------------------------------------------------------

    def access_account(self, address: bytes) -> bool:
        if address in self.warm_accounts:
            return True
        self.warm_accounts.add(address)
        self.journal.append((self.warm_accounts, address))
        return False

    def access_storage(self, address: bytes, slot: int) -> bool:
        key = (address, slot)
        if key in self.warm_slots:
            return True
        self.warm_slots.add(key)
        self.journal.append((self.warm_slots, key))
        return False

    # -- logs and journal ---------------------------------------------------------------

    def add_log(self, address: bytes, topics: tuple[int, ...], data: bytes) -> None:
        self.logs.append((address, topics, data))
        self.journal.append((self.logs,))

    def snapshot(self) -> int:
        return self.journal.snapshot()

    def revert_to(self, snapshot: int) -> None:
        self.journal.revert_to(snapshot)


# -- small conveniences for tests and tools ---------------------------------------------


def deploy(
    host: MemoryHost, vm: Any, caller: bytes, data: bytes, *, address: bytes | None = None,
    value: int = 0, gas: int = 10_000_000,
) -> Any:
    """Create a contract from `data` (container + constructor args) in a fresh transaction."""
    address = address or (0xC0DE0000 + len(host.code)).to_bytes(20, "big")
    host.begin_transaction(caller, address)
    return vm.create(caller, address, data, value, gas)


def call(
    host: MemoryHost, vm: Any, caller: bytes, to: bytes, data: bytes = b"", *,
    value: int = 0, gas: int = 10_000_000, static: bool = False,
) -> Any:
    """Run one message call as a fresh transaction (caller and target warm)."""
    host.begin_transaction(caller, to)
    return vm.call(Message(caller, to, value, data, gas, static))


__all__ = ["MemoryHost", "deploy", "call", "BlockEnv", "TxEnv", "ZERO_ADDRESS"]
