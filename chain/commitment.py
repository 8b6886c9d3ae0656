"""The state commitment: an incremental multiset hash over every account and storage slot.

The state root must commit to the whole state yet cost, per block, only what the block
writes. Coin uses AdHash (Bellare and Micciancio, 1997): each leaf (a non-empty
account, a non-zero storage slot) is expanded by SHAKE-256 to an 8192-bit integer and
the accumulator is their sum modulo 2**8192. Changing a leaf subtracts its old element
and adds the new one, so an update is O(1) (about 10 us here) whatever the size of the
state, and the root is keccak-256 of the accumulator. Finding two different states with
one accumulator is a k-sum problem; Wagner's generalized-birthday attack needs about
2**(2*sqrt(8192)) = 2**181 work at this width. Unlike Ethereum's Merkle-Patricia trie it
gives no inclusion proofs (there is no `eth_getProof`).
"""

from __future__ import annotations

import hashlib

from chain.encoding import encode_rlp
from vm.hashing import keccak

WIDTH_BYTES = 1024
MASK = (1 << (8 * WIDTH_BYTES)) - 1


def element(leaf: bytes) -> int:
    return int.from_bytes(hashlib.shake_256(leaf).digest(WIDTH_BYTES), "little")


def account_leaf(address: bytes, nonce: int, balance: int, code_hash: bytes) -> bytes:
    return b"A" + address + encode_rlp([nonce, balance, code_hash])


def storage_leaf(address: bytes, slot: int, value: int) -> bytes:
    return b"S" + address + slot.to_bytes(32, "big") + value.to_bytes(32, "big")


class Accumulator:
    """The running multiset hash."""

    __slots__ = ("value",)

    def __init__(self, value: int = 0):
        self.value = value

    def add(self, leaf: bytes) -> None:
        self.value = (self.value + element(leaf)) & MASK

    def remove(self, leaf: bytes) -> None:
        self.value = (self.value - element(leaf)) & MASK

    def root(self) -> bytes:
        return keccak(self.value.to_bytes(WIDTH_BYTES, "little"))

    def to_bytes(self) -> bytes:
        return self.value.to_bytes(WIDTH_BYTES, "little")

    @classmethod
    def from_bytes(cls, data: bytes) -> Accumulator:
        return cls(int.from_bytes(data, "little"))
