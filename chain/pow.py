"""Proof of work and the difficulty rule.

A block is sealed when keccak256(seal_hash ++ nonce) read as an integer is below
2**256 // difficulty, so `difficulty` is the expected number of hashes per block.
Difficulty retargets toward the configured block time with Ethereum's Homestead rule,
clamped to the chain's [min, max] range; fork choice is by total difficulty.
"""

from __future__ import annotations

from dataclasses import dataclass

from vm.hashing import keccak, keccak_hasher

TWO_256 = 2**256
ADJUSTMENT_QUOTIENT = 2048  # Homestead: a block moves difficulty by at most 1/2048 per step
MAX_DOWN_STEPS = 99


@dataclass(frozen=True, slots=True)
class PowParams:
    target_block_time: int  # seconds
    min_difficulty: int
    max_difficulty: int


def next_difficulty(parent_difficulty: int, parent_timestamp: int, timestamp: int, p: PowParams) -> int:
    """Homestead: up while blocks come faster than the target, down while slower; clamped."""
    delta = timestamp - parent_timestamp
    adjust = max(1 - delta // max(p.target_block_time, 1), -MAX_DOWN_STEPS)
    step = max(parent_difficulty // ADJUSTMENT_QUOTIENT, 1)
    return min(max(parent_difficulty + step * adjust, p.min_difficulty), p.max_difficulty)


def pow_value(seal_hash: bytes, nonce: int) -> int:
    return int.from_bytes(keccak(seal_hash + nonce.to_bytes(8, "big")), "big")


def check_pow(seal_hash: bytes, nonce: int, difficulty: int) -> bool:
    return difficulty > 0 and pow_value(seal_hash, nonce) < TWO_256 // difficulty


def mine(seal_hash: bytes, difficulty: int, start: int = 0, max_tries: int | None = None) -> int | None:
    """Search nonces from `start`; the sealing nonce, or None after `max_tries`."""
    # compare digests as 32-byte big-endian strings: the same order as the integers
    target = (TWO_256 // difficulty).to_bytes(33, "big")[1:] if difficulty > 1 else b"\xff" * 32 + b"\x00"
    nonce = start
    end = None if max_tries is None else start + max_tries
    prefix = keccak_hasher(seal_hash)  # hash state after the fixed 32 bytes, copied per try
    while end is None or nonce < end:
        h = prefix.copy()
        h.update(nonce.to_bytes(8, "big"))
        if h.digest() < target:
            return nonce
        nonce = (nonce + 1) & 0xFFFFFFFFFFFFFFFF
    return None
