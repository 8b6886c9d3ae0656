"""Turning command-line text into ABI values: `'transfer(0xabc..., 5 ether)'`.

Two small Lark grammars, as the language itself is parsed: one splits a call into its
arguments (quotes, brackets and parentheses nest; commas inside them do not split), one
reads integer expressions as users write amounts (`42`, `1_000`, `0xff`, `1e18`,
`1.5 ether`, `2**256-1`, `(2**64) * 3 gwei`). Both are LALR, so parsing never recurses;
the input's length and bracket depth are bounded before parsing, and expressions are
evaluated with an explicit stack.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from fractions import Fraction

from coinc.errors import UserError

UNITS = {"wei": 0, "gwei": 9, "ether": 18, "coin": 18, "coins": 18}
MAX_TEXT = 100_000  # characters of one call or argument
MAX_DEPTH = 32  # nested brackets, parentheses and tuples
MAX_BITS = 4096  # no intermediate value may be larger than this (2**4096)

_CALL_GRAMMAR = r"""
start: NAME ("(" [arg ("," arg)*] ")")?
arg: piece+
?piece: STRING | OTHER | "[" [arg ("," arg)*] "]" -> group | "(" [arg ("," arg)*] ")" -> group
NAME: /[A-Za-z_][A-Za-z0-9_]*/
STRING: /"[^"]*"/ | /'[^']*'/
OTHER: /[^,()\[\]"'\s]+/
%ignore /\s+/
"""

_INT_GRAMMAR = r"""
?start: sum
?sum: product | sum "+" product -> add | sum "-" product -> sub
?product: unary | product "*" unary -> mul
?unary: scaled | "-" unary -> neg
?scaled: power | power UNIT -> scaled
?power: atom | atom "**" exponent -> pow
?exponent: atom | "-" exponent -> neg | atom "**" exponent -> pow
?atom: NUMBER -> number | "(" sum ")"
NUMBER: HEX | DEC
HEX: /0[xX][0-9a-fA-F_]+/
DEC: /[0-9][0-9_]*(\.[0-9_]+)?([eE][0-9]+)?/
UNIT: /[A-Za-z]+/
%ignore /\s+/
"""


@functools.cache
def _parser(grammar: str):
    from lark import Lark

    return Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=True)


def _check_bounds(text: str, what: str) -> None:
    if len(text) > MAX_TEXT:
        raise UserError(f"{what} is {len(text):,} characters long; at most {MAX_TEXT:,} are read")
    depth = deepest = 0
    quote = None
    for ch in text:
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")]":
            depth -= 1
    if deepest > MAX_DEPTH:
        raise UserError(f"{what} nests brackets {deepest} deep; at most {MAX_DEPTH} are allowed")


def _parse(grammar: str, text: str, what: str, example: str):
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput

    _check_bounds(text, what)
    try:
        return _parser(grammar).parse(text)
    except UnexpectedCharacters as e:
        raise UserError(f"cannot read {what} `{text}`: unexpected `{text[e.pos_in_stream]}` at column "
                        f"{e.column} (write it as {example})") from None
    except UnexpectedEOF:
        raise UserError(f"cannot read {what} `{text}`: it ends too early (write it as {example})") from None
    except UnexpectedInput as e:
        token = getattr(e, "token", None)
        if token is not None and token.type == "$END":
            raise UserError(f"cannot read {what} `{text}`: it ends too early (write it as {example})") from None
        where = f" at `{token}` (column {e.column})" if token is not None else ""
        raise UserError(f"cannot read {what} `{text}`{where} (write it as {example})") from None


def split_call(text: str) -> tuple[str, list[str]]:
    """`'fn(a, "b, c", [1,2])'` -> ("fn", ['a', '"b, c"', '[1,2]']); a bare name has no args."""
    text = text.strip()
    tree = _parse(_CALL_GRAMMAR, text, "the call", "name(arg, arg, ...)")
    name = str(tree.children[0])
    args = tree.children[1:]
    if args == [None]:  # `name()`
        return name, []
    return name, [text[a.meta.start_pos:a.meta.end_pos] for a in args]


def split_args(inner: str) -> list[str]:
    """`'a, "b, c", [1,2]'` -> ['a', '"b, c"', '[1,2]']."""
    if not inner.strip():
        return []
    return split_call(f"_({inner})")[1]


def _split_group(text: str, name: str) -> list[str]:
    """The element texts of `[a, b]` or `(a, b)`."""
    t = text.strip()
    if not (len(t) >= 2 and t[0] + t[-1] in ("[]", "()")):
        raise UserError(f"`{name}` takes a list: write [v1, v2, ...]")
    return split_args(t[1:-1])


def _number(token: str, text: str) -> Fraction:
    digits = token.replace("_", "")
    if digits.lower().startswith("0x"):
        return Fraction(int(digits, 16))
    exponent = digits.lower().partition("e")[2]
    if exponent and int(exponent) > MAX_BITS:
        raise _too_big(text)
    return Fraction(digits)


def _too_big(text: str) -> UserError:
    return UserError(f"`{text}` is too large (values are at most {MAX_BITS} bits on the way)")


def _evaluate(tree, text: str) -> Fraction:
    """Post-order evaluation with an explicit stack (sums of 10,000 terms nest 10,000 deep)."""
    from lark import Tree

    values: list[Fraction] = []
    stack: list[tuple[object, bool]] = [(tree, False)]
    while stack:
        node, expanded = stack.pop()
        if not isinstance(node, Tree):
            raise UserError(f"`{text}` is not a number")
        if node.data == "number":
            values.append(_number(str(node.children[0]), text))
            continue
        if not expanded:
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.children) if isinstance(child, Tree))
            continue
        if node.data == "neg":
            values.append(-values.pop())
            continue
        if node.data == "scaled":
            unit = str(node.children[1])
            scale = UNITS.get(unit.lower())
            if scale is None:
                raise UserError(f"unknown unit `{unit}` in `{text}` (use wei, gwei or ether)")
            values.append(values.pop() * 10**scale)
            continue
        right, left = values.pop(), values.pop()
        if node.data == "add":
            values.append(left + right)
        elif node.data == "sub":
            values.append(left - right)
        elif node.data == "mul":
            values.append(left * right)
        else:  # pow
            if right.denominator != 1 or right < 0:
                raise UserError(f"`{text}`: exponents must be whole numbers of at least 0")
            if abs(left) > 1 and right * max(1, abs(left).numerator.bit_length()) > MAX_BITS:
                raise _too_big(text)
            values.append(left ** int(right))
        if abs(values[-1].numerator).bit_length() > MAX_BITS + 64:
            raise _too_big(text)
    return values[0]


def parse_int(text: str, signed: bool = False) -> int:
    """Integers as users write amounts: 42, 1_000, 0xff, 1e18, 2**256-1, 1.5 ether, 3 gwei."""
    tree = _parse(_INT_GRAMMAR, text.strip(), "the number",
                  "42, 0xff, 1e18, 2**256-1 or 1.5 ether")
    value = _evaluate(tree, text)
    if value.denominator != 1:
        raise UserError(f"`{text}` is not a whole number of wei")
    if value < 0 and not signed:
        raise UserError(f"`{text}` is negative, but the parameter is unsigned")
    return int(value)


def _unquote(text: str) -> str:
    t = text.strip()
    if len(t) >= 2 and t[0] == t[-1] and t[0] in "\"'":
        return t[1:-1]
    return t


def convert(text, abi: dict, resolve_address: Callable[[str], str]):
    """One ABI value from its text."""
    typ = abi["type"]
    name = abi.get("name") or typ
    if typ.endswith("]"):  # T[] or T[N]
        inner, _, size = typ[:-1].rpartition("[")
        items = _split_group(str(text), name)
        if size and len(items) != int(size):
            raise UserError(f"`{name}` is a list of {size} values, {len(items)} given")
        return [convert(i, {**abi, "type": inner}, resolve_address) for i in items]
    if typ == "tuple":
        items = _split_group(str(text), name)
        comps = abi["components"]
        if len(items) != len(comps):
            raise UserError(f"`{name}` is a tuple of {len(comps)} values: write [v1, v2, ...]")
        return tuple(convert(i, c, resolve_address) for i, c in zip(items, comps, strict=True))
    text = _unquote(str(text))
    if typ.startswith("uint"):
        return _in_range(parse_int(text), typ, text)
    if typ.startswith("int"):
        return _in_range(parse_int(text, signed=True), typ, text)
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
    raise UserError(f"parameters of type {typ} are not supported on the command line")


def _in_range(value: int, typ: str, text: str) -> int:
    bits = int(typ[4:] if typ.startswith("uint") else typ[3:] or 256)
    lo, hi = (0, 2**bits - 1) if typ.startswith("uint") else (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)
    if not lo <= value <= hi:
        raise UserError(f"`{text}` does not fit in {typ} ({lo} to {hi})")
    return value


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
