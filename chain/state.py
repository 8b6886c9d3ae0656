"""World state: accounts, code and storage, as the VM's `Host`.

The live state is a read-through cache over a backend (the SQLite store, or memory).
Three layers of bookkeeping sit on it:

* a journal (`vm.journal.Journal`, shared with the VM's test host), for the VM's frame
  snapshots (`snapshot` / `revert_to`);
* per transaction: the EIP-2929 access sets, the EIP-2200 original values, the logs;
* per block: the value every touched key had when the block started, so `commit`
  can update the state commitment and write exactly what changed (and keep the old
  values as the block's undo record), and `discard` can drop a block being built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from chain.commitment import MASK, Accumulator, account_leaf, element, storage_leaf
from vm.hashing import keccak
from vm.journal import Journal

EMPTY_CODE_HASH = keccak(b"")
EMPTY_ACCOUNT = (0, 0, EMPTY_CODE_HASH)
Account = tuple[int, int, bytes]  # (nonce, balance, code hash)


class StateBackend(Protocol):
    def load_account(self, address: bytes) -> Account | None: ...
    def load_storage(self, address: bytes, slot: int) -> int: ...
    def load_code(self, code_hash: bytes) -> bytes | None: ...


class MemoryBackend:
    """A backend with nothing in it (genesis building, eth_call on a scratch state, tests)."""

    def __init__(self) -> None:
        self.accounts: dict[bytes, Account] = {}
        self.storage: dict[tuple[bytes, int], int] = {}
        self.codes: dict[bytes, bytes] = {}

    def load_account(self, address: bytes) -> Account | None:
        return self.accounts.get(address)

    def load_storage(self, address: bytes, slot: int) -> int:
        return self.storage.get((address, slot), 0)

    def load_code(self, code_hash: bytes) -> bytes | None:
        return self.codes.get(code_hash)

    def apply(self, diff: BlockDiff) -> None:
        for a, acct in diff.accounts.items():
            if acct == EMPTY_ACCOUNT:
                self.accounts.pop(a, None)
            else:
                self.accounts[a] = acct
        for k, v in diff.storage.items():
            if v:
                self.storage[k] = v
            else:
                self.storage.pop(k, None)
        self.codes.update(diff.codes)


@dataclass
class BlockDiff:
    """What a block changed: new values, the code it deployed, and the old values (undo)."""

    accounts: dict[bytes, Account] = field(default_factory=dict)
    storage: dict[tuple[bytes, int], int] = field(default_factory=dict)
    codes: dict[bytes, bytes] = field(default_factory=dict)
    old_accounts: dict[bytes, Account] = field(default_factory=dict)
    old_storage: dict[tuple[bytes, int], int] = field(default_factory=dict)


class State:
    def __init__(self, backend: StateBackend, accumulator: Accumulator | None = None):
        self.backend = backend
        self.accumulator = accumulator or Accumulator()
        self.accounts: dict[bytes, Account] = {}
        self.storage: dict[tuple[bytes, int], int] = {}
        self.codes: dict[bytes, bytes] = {EMPTY_CODE_HASH: b""}
        self.journal = Journal()
        self.block_accounts: dict[bytes, Account] = {}
        self.block_storage: dict[tuple[bytes, int], int] = {}
        self.block_codes: dict[bytes, bytes] = {}
        self.tx_original: dict[tuple[bytes, int], int] = {}
        self.warm_accounts: set[bytes] = set()
        self.warm_slots: set[tuple[bytes, int]] = set()
        self.logs: list[tuple[bytes, tuple[int, ...], bytes]] = []

    # ------------------------------------------------------------ reads
    def account(self, address: bytes) -> Account:
        acct = self.accounts.get(address)
        if acct is None:
            acct = self.backend.load_account(address) or EMPTY_ACCOUNT
            self.accounts[address] = acct
        return acct

    def get_balance(self, address: bytes) -> int:
        return self.account(address)[1]

    def get_nonce(self, address: bytes) -> int:
        return self.account(address)[0]

    def get_code(self, address: bytes) -> bytes:
        code_hash = self.account(address)[2]
        code = self.codes.get(code_hash)
        if code is None:
            code = self.backend.load_code(code_hash) or b""
            self.codes[code_hash] = code
        return code

    def account_exists(self, address: bytes) -> bool:
        return self.account(address) != EMPTY_ACCOUNT

    def get_storage(self, address: bytes, slot: int) -> int:
        key = (address, slot)
        value = self.storage.get(key)
        if value is None:
            value = self.backend.load_storage(address, slot)
            self.storage[key] = value
        return value

    def get_original_storage(self, address: bytes, slot: int) -> int:
        key = (address, slot)
        if key in self.tx_original:
            return self.tx_original[key]
        return self.get_storage(address, slot)

    # ------------------------------------------------------------ writes
    def _put_account(self, address: bytes, acct: Account) -> None:
        old = self.account(address)
        if address not in self.block_accounts:
            self.block_accounts[address] = old
        self.journal.append((self.accounts, address, old))
        self.accounts[address] = acct

    def set_balance(self, address: bytes, value: int) -> None:
        nonce, _, code_hash = self.account(address)
        self._put_account(address, (nonce, value, code_hash))

    def add_balance(self, address: bytes, delta: int) -> None:
        nonce, balance, code_hash = self.account(address)
        self._put_account(address, (nonce, balance + delta, code_hash))

    def transfer(self, sender: bytes, recipient: bytes, value: int) -> None:
        self.add_balance(sender, -value)
        self.add_balance(recipient, value)

    def increment_nonce(self, address: bytes) -> None:
        nonce, balance, code_hash = self.account(address)
        self._put_account(address, (nonce + 1, balance, code_hash))

    def set_code(self, address: bytes, code: bytes) -> None:
        code_hash = keccak(code)
        if code_hash not in self.codes:
            self.codes[code_hash] = code
        self.block_codes[code_hash] = code
        nonce, balance, _ = self.account(address)
        self._put_account(address, (nonce, balance, code_hash))

    def set_storage(self, address: bytes, slot: int, value: int) -> None:
        key = (address, slot)
        old = self.get_storage(address, slot)
        if key not in self.tx_original:
            self.tx_original[key] = old
        if key not in self.block_storage:
            self.block_storage[key] = old
        self.journal.append((self.storage, key, old))
        self.storage[key] = value

    # ------------------------------------------------------------ access sets and logs
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

    def add_log(self, address: bytes, topics: tuple[int, ...], data: bytes) -> None:
        self.logs.append((address, topics, data))
        self.journal.append((self.logs,))

    # ------------------------------------------------------------ journal
    def snapshot(self) -> int:
        return len(self.journal)

    def revert_to(self, snapshot: int) -> None:
        self.journal.revert_to(snapshot)

    # ------------------------------------------------------------ transactions and blocks
    def begin_transaction(self, warm: tuple[bytes, ...] = ()) -> None:
        self.journal.clear()
        self.tx_original.clear()
        self.warm_accounts = set(warm)
        self.warm_slots = set()
        self.logs = []

    def commit(self) -> BlockDiff:
        """Close the block: fold what changed into the commitment and return the diff.

        Work is proportional to the keys the block wrote: each changed leaf's old element
        is subtracted and its new one added (chain.commitment), summed here in one integer
        and folded into the accumulator once."""
        diff = BlockDiff(codes=dict(self.block_codes))
        accounts = self.accounts
        storage = self.storage
        delta = 0
        new_accounts, old_accounts = diff.accounts, diff.old_accounts
        for address, old in self.block_accounts.items():
            new = accounts[address]
            if new == old:
                continue
            if old != EMPTY_ACCOUNT:
                delta -= element(account_leaf(address, *old))
            if new != EMPTY_ACCOUNT:
                delta += element(account_leaf(address, *new))
            new_accounts[address] = new
            old_accounts[address] = old
        new_storage, old_storage = diff.storage, diff.old_storage
        for key, old in self.block_storage.items():
            new = storage[key]
            if new == old:
                continue
            address, slot = key
            if old:
                delta -= element(storage_leaf(address, slot, old))
            if new:
                delta += element(storage_leaf(address, slot, new))
            new_storage[key] = new
            old_storage[key] = old
        if delta:
            self.accumulator.value = (self.accumulator.value + delta) & MASK
        self._forget_block()
        return diff

    def discard(self) -> None:
        """Drop every change made since the last commit (a block that will not be kept)."""
        for address, old in self.block_accounts.items():
            self.accounts[address] = old
        for key, old in self.block_storage.items():
            self.storage[key] = old
        self._forget_block()

    def undo(self, diff: BlockDiff) -> None:
        """Roll a committed block back (evm_revert, reorganisations): restore old values."""
        acc = self.accumulator
        for address, new in diff.accounts.items():
            old = diff.old_accounts[address]
            if new != EMPTY_ACCOUNT:
                acc.remove(account_leaf(address, *new))
            if old != EMPTY_ACCOUNT:
                acc.add(account_leaf(address, *old))
            self.accounts[address] = old
        for key, new in diff.storage.items():
            old = diff.old_storage[key]
            if new:
                acc.remove(storage_leaf(key[0], key[1], new))
            if old:
                acc.add(storage_leaf(key[0], key[1], old))
            self.storage[key] = old

    def _forget_block(self) -> None:
        self.block_accounts = {}
        self.block_storage = {}
        self.block_codes = {}
        self.journal.clear()
        self.tx_original.clear()
