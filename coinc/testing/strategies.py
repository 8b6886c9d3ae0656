"""Hypothesis strategies for every ABI type a Coin contract uses, and for a function's
whole argument list.

    @given(amount=uint(256), to=address())
    def test_transfer(token, amount, to): ...

`from_abi_type("(uint256,address)[]")` builds one from a type string; `arguments(method)`
draws a tuple for a contract method, structs as tuples in field order."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import strategies as st

_ARRAY = re.compile(r"^(.*)\[(\d*)\]$")


def uint(bits: int = 256) -> st.SearchStrategy[int]:
    """Unsigned integers of `bits` bits, edges (0, 1, max) drawn often."""
    if not 8 <= bits <= 256 or bits % 8:
        raise ValueError(f"uint bits must be a multiple of 8 in 8..256, got {bits}")
    top = 2**bits - 1
    return st.one_of(st.sampled_from([0, 1, top]), st.integers(0, top))


def sint(bits: int = 256) -> st.SearchStrategy[int]:
    """Signed two's-complement integers of `bits` bits (ABI `int<bits>`)."""
    if not 8 <= bits <= 256 or bits % 8:
        raise ValueError(f"int bits must be a multiple of 8 in 8..256, got {bits}")
    lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    return st.one_of(st.sampled_from([lo, -1, 0, 1, hi]), st.integers(lo, hi))


def address(choices: list[Any] | None = None) -> st.SearchStrategy[str]:
    """Checksummed addresses: any 20 bytes, or one of `choices` (accounts, contracts)."""
    if choices:
        from coinc.testing.api import to_abi_value

        return st.sampled_from([to_abi_value(c) for c in choices])
    from eth_utils import to_checksum_address

    return st.binary(min_size=20, max_size=20).map(lambda b: to_checksum_address("0x" + b.hex()))


def boolean() -> st.SearchStrategy[bool]:
    return st.booleans()


def fixed_bytes(size: int = 32) -> st.SearchStrategy[bytes]:
    if not 1 <= size <= 32:
        raise ValueError(f"bytesN size must be 1..32, got {size}")
    return st.binary(min_size=size, max_size=size)


def dynamic_bytes(max_size: int = 256) -> st.SearchStrategy[bytes]:
    return st.binary(max_size=max_size)


strings = st.text(max_size=64)


def struct(*fields: st.SearchStrategy) -> st.SearchStrategy[tuple]:
    """A struct (ABI tuple) from one strategy per field, in order."""
    return st.tuples(*fields)


def from_abi_type(ty: str, max_length: int = 8) -> st.SearchStrategy[Any]:
    """A strategy for the ABI type string `ty` (arrays at most `max_length` long)."""
    m = _ARRAY.match(ty)
    if m:
        inner = from_abi_type(m.group(1), max_length)
        if m.group(2):
            n = int(m.group(2))
            return st.lists(inner, min_size=n, max_size=n)
        return st.lists(inner, max_size=max_length)
    if ty.startswith("(") and ty.endswith(")"):
        return st.tuples(*(from_abi_type(part, max_length) for part in split_tuple(ty[1:-1])))
    if ty.startswith("uint"):
        return uint(int(ty[4:] or 256))
    if ty.startswith("int"):
        return sint(int(ty[3:] or 256))
    if ty == "address":
        return address()
    if ty == "bool":
        return boolean()
    if ty == "string":
        return strings
    if ty == "bytes":
        return dynamic_bytes()
    if ty.startswith("bytes"):
        return fixed_bytes(int(ty[5:]))
    raise ValueError(f"no strategy for ABI type `{ty}`")


def split_tuple(body: str) -> list[str]:
    """The component types of a tuple type's body, nested tuples kept whole."""
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    if cur:
        parts.append(cur)
    return parts


def arguments(method: Any, **overrides: st.SearchStrategy) -> st.SearchStrategy[tuple]:
    """The argument tuple of a contract method; `overrides` replace a parameter's
    strategy by its name (`amount=st.integers(0, 100)`)."""
    names = [i["name"] for i in method.entry["inputs"]]
    unknown = set(overrides) - set(names)
    if unknown:
        raise ValueError(f"{method.label}.{method.signature} has no parameter(s) {sorted(unknown)}")
    return st.tuples(*(overrides.get(n, from_abi_type(t)) for n, t in zip(names, method.types, strict=True)))
