"""Signature recovery and SHA-256: Ethereum's precompiles 0x01 and 0x02 as instructions.

Coin has no precompiled contracts; a contract reaches these functions through an
instruction of its own, priced as the precompile is on Ethereum (ecrecover 3,000;
sha256 60 + 12 per word, plus memory expansion), with the precompile's meaning: a bad
signature gives the zero address, never a fault.
"""

from __future__ import annotations

import hashlib

from vm.gas import G_SHA256_WORD
from vm.hashing import keccak
from vm.machine import Frame, charge, read_memory

# The order of secp256k1's group.
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


def recover(digest: int, v: int, r: int, s: int) -> int:
    """The signer's address as a word, or 0, exactly as Ethereum's ecrecover precompile:
    `v` must be 27 or 28 (the whole word), `r` and `s` in [1, n); a high `s` is accepted
    (Ethereum's precompile does not enforce EIP-2's low-s rule; contracts that need it
    check `s` themselves)."""
    if v not in (27, 28) or not (0 < r < SECP256K1_N) or not (0 < s < SECP256K1_N):
        return 0
    from coincurve import PublicKey

    sig = r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([v - 27])
    try:
        pub = PublicKey.from_signature_and_message(sig, digest.to_bytes(32, "big"), hasher=None)
    except Exception:  # no point on the curve has x = r, or recovery fails: the zero address
        return 0
    return int.from_bytes(keccak(pub.format(compressed=False)[1:])[12:], "big")


def ecrecover(f: Frame, s: list[int], _: object) -> None:
    sig_s = s.pop()
    r = s.pop()
    v = s.pop()
    s[-1] = recover(s[-1], v, r, sig_s)


def sha256(f: Frame, s: list[int], _: object) -> None:
    size = s.pop()
    offset = s[-1]
    charge(f, G_SHA256_WORD * ((size + 31) >> 5))
    s[-1] = int.from_bytes(hashlib.sha256(read_memory(f, offset, size)).digest(), "big")


HANDLERS = {"ECRECOVER": ecrecover, "SHA256": sha256}
