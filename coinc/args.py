"""Turning command-line text into ABI values: `'transfer(0xabc..., 5 ether)'`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from coinc.errors import UserError

UNITS = {"wei": 0, "gwei": 9, "ether": 18, "coin": 18, "coins": 18}
_NUMBER = re.compile(r"^\s*(-?[0-9][0-9_]*(?:\.[0-9_]+)?(?:e[0-9]+)?|-?0x[0-9a-f_]+)\s*([a-z]*)\s*$", re.I)
_POWER = re.compile(r"^\s*(-?\d+)\s*\*\*\s*(\d+)\s*$")


def split_call(text: str) -> tuple[str, list[str]]:
    """`'fn(a, "b, c", [1,2])'` -> ("fn", ['a', '"b, c"', '[1,2]']); a bare name has no args."""
    text = text.strip()
    m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((.*)\))?\s*$", text, re.S)
    if not m:
        raise UserError(f"cannot read the call `{text}`: write it as name(arg, arg, ...)")
    name, inner = m.group(1), m.group(2)
    return name, split_args(inner) if inner is not None else []


def split_args(inner: str) -> list[str]:
    args: list[str] = []
    depth, quote, cur = 0, None, []
    for ch in inner:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append("".join(cur).strip())
            cur = []
            continue
        cur.append(ch)
    if quote:
        raise UserError(f"unterminated string in arguments: {inner}")
    tail = "".join(cur).strip()
    if tail or args:
        args.append(tail)
    return args


def parse_int(text: str, signed: bool = False) -> int:
    """Integers as users write amounts: 42, 1_000, 0xff, 1e18, 2**64, 1.5 ether, 3 gwei."""
    m = _POWER.match(text)
    if m:
        value = int(m.group(1)) ** int(m.group(2))
    else:
        m = _NUMBER.match(text)
        if not m:
            raise UserError(f"`{text}` is not a number (examples: 42, 0xff, 1e18, 2**64, 1.5 ether)")
        number, unit = m.group(1).replace("_", ""), m.group(2).lower()
        if unit and unit not in UNITS:
            raise UserError(f"unknown unit `{unit}` in `{text}` (use wei, gwei or ether)")
        if number.lower().startswith(("0x", "-0x")):
            value = int(number, 16)
            if unit:
                value *= 10 ** UNITS[unit]
        else:
            try:
                d = Decimal(number) * (Decimal(10) ** UNITS.get(unit, 0))
            except InvalidOperation:
                raise UserError(f"`{text}` is not a number") from None
            if d != d.to_integral_value():
                raise UserError(f"`{text}` is not a whole number of wei")
            value = int(d)
    if value < 0 and not signed:
        raise UserError(f"`{text}` is negative, but the parameter is unsigned")
    return value


def _unquote(text: str) -> str:
    t = text.strip()
    if len(t) >= 2 and t[0] == t[-1] and t[0] in "\"'":
        return t[1:-1]
    return t


def convert(text, abi: dict, resolve_address: Callable[[str], str]):
    """One ABI value from its text (or, inside tuples, from parsed JSON)."""
    typ = abi["type"]
    name = abi.get("name") or typ
    try:
        if typ == "tuple":
            items = text if isinstance(text, list) else json.loads(text.replace("(", "[").replace(")", "]"))
            comps = abi["components"]
            if not isinstance(items, list) or len(items) != len(comps):
                raise UserError(f"`{name}` is a tuple of {len(comps)} values: write [v1, v2, ...]")
            return tuple(convert(i if not isinstance(i, int | float) else str(i), c, resolve_address)
                         for i, c in zip(items, comps, strict=True))
        text = _unquote(str(text))
        if typ.startswith("uint"):
            return parse_int(text)
        if typ.startswith("int"):
            return parse_int(text, signed=True)
        if typ == "bool":
            if text.lower() in ("true", "1", "yes"):
                return True
            if text.lower() in ("false", "0", "no"):
                return False
            raise UserError(f"`{text}` is not a bool (true or false)")
        if typ == "address":
            return resolve_address(text)
        if typ == "string":
            return text
        if typ.startswith("bytes"):
            h = text[2:] if text.lower().startswith("0x") else text
            try:
                raw = bytes.fromhex(h)
            except ValueError:
                raise UserError(f"`{text}` is not hex bytes") from None
            if typ != "bytes":
                size = int(typ[5:])
                if len(raw) > size:
                    raise UserError(f"`{text}` is longer than {size} bytes")
                raw = raw.rjust(size, b"\x00") if typ == "bytes32" and len(raw) < size and h.startswith("0") else \
                    raw.ljust(size, b"\x00")
            return raw
    except json.JSONDecodeError:
        raise UserError(f"cannot read `{text}` as a tuple for `{name}`: write [v1, v2, ...]") from None
    raise UserError(f"parameters of type {typ} are not supported on the command line")


def convert_all(texts: list[str], inputs: list[dict], resolve_address, what: str) -> list:
    if len(texts) != len(inputs):
        sig = ", ".join(f"{i.get('name') or '_'}: {i['type']}" for i in inputs)
        raise UserError(f"{what} takes {len(inputs)} argument{'s' if len(inputs) != 1 else ''} ({sig}), "
                        f"{len(texts)} given")
    out = []
    for t, i in zip(texts, inputs, strict=True):
        try:
            out.append(convert(t, i, resolve_address))
        except UserError as e:
            raise UserError(f"{what}, argument `{i.get('name') or i['type']}`: {e}") from None
    return out
