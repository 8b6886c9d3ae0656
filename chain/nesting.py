"""Nesting depth of outside text (JSON, TOML), measured without recursion.

The standard `json` and `tomllib` parsers recurse once per nesting level, and a
dependency (py_ecc) raises the interpreter's recursion limit to 100,000, so a deeply
nested document overflows the C stack and kills the process instead of raising
RecursionError. Every parser of outside input therefore asks `json_nesting_error` or
`toml_nesting_error` first: an
iterative scan that counts brackets outside strings (and, for TOML, comments).
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

__all__ = ["MAX_NESTING", "json_nesting_error", "toml_nesting_error", "load_json", "load_toml"]

MAX_NESTING = 64  # real JSON-RPC requests, artifacts and scenarios nest less than 10 deep

# one token per match: a string (skipped) or a bracket (counted)
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.S)
_TOML_TOKENS = re.compile(
    r'"""(?:[^\\]|\\.)*?(?:"""|$)|\'\'\'.*?(?:\'\'\'|$)|"(?:[^"\\\n]|\\.)*"?|\'[^\'\n]*\'?'
    r'|#[^\n]*|[\[\]{}]', re.S)
_OPEN = frozenset((b"[", b"{", "[", "{"))
_CLOSE = frozenset((b"]", b"}", "]", "}"))


def _depth_error(pattern: re.Pattern, text, limit: int, what: str) -> str | None:
    brackets = text.count(b"[" if isinstance(text, bytes) else "[") + \
        text.count(b"{" if isinstance(text, bytes) else "{")
    if brackets <= limit:  # fast path: not even that many brackets in all
        return None
    depth = 0
    for m in pattern.finditer(text):
        token = m.group()
        if token in _OPEN:
            depth += 1
            if depth > limit:
                return f"{what} nests deeper than {limit} levels"
        elif token in _CLOSE:
            depth -= 1
    return None


def json_nesting_error(data: bytes | str, limit: int = MAX_NESTING, what: str = "JSON") -> str | None:
    """Why `data` must not reach a recursive JSON parser (too deep), or None."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return _depth_error(_JSON_TOKENS, data, limit, what)


def toml_nesting_error(text: str, limit: int = MAX_NESTING, what: str = "TOML") -> str | None:
    """Why `text` must not reach `tomllib` (arrays or inline tables too deep), or None."""
    return _depth_error(_TOML_TOKENS, text, limit, what)



def load_json(text: bytes | str, what: str = "JSON") -> Any:
    """`json.loads` for outside files; too deep a document raises ValueError (as
    malformed JSON does) instead of reaching the parser."""
    error = json_nesting_error(text, what=what)
    if error is not None:
        raise ValueError(error)
    return json.loads(text)


def load_toml(text: str, what: str = "TOML") -> dict[str, Any]:
    """`tomllib.loads` for outside files; too deep a document raises ValueError (the base
    of tomllib.TOMLDecodeError) instead of reaching the parser."""
    error = toml_nesting_error(text, what=what)
    if error is not None:
        raise ValueError(error)
    return tomllib.loads(text)
