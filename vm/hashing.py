"""Keccak-256, the one implementation every layer imports.

safe-pysha3 is ~6x faster than pycryptodome for short inputs (shared perf notes);
pycryptodome is the fallback where the C extension is missing. `hashlib.sha3_256` is
*not* Ethereum's keccak (different padding), so it is never used.
"""

from __future__ import annotations

try:
    from sha3 import keccak_256 as keccak_hasher
except ImportError:  # pragma: no cover - safe-pysha3 missing
    from Crypto.Hash import keccak as _k

    def keccak_hasher(data: bytes = b""):  # type: ignore[no-redef]
        """A hasher object with `update`, `copy` and `digest`, as safe-pysha3's."""
        return _k.new(data=data, digest_bits=256)


def keccak(data: bytes) -> bytes:
    """Keccak-256 digest of `data` (Ethereum's hash)."""
    return keccak_hasher(data).digest()


__all__ = ["keccak", "keccak_hasher"]
