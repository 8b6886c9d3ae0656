"""The compiler's limits on what a source may hold, checked by the front end so that a
program past them gets a located error instead of an internal one (issue 12, item 9).

The checker, the code generators and the formatter walk the AST recursively, as most
compilers do; instead of trusting Python's recursion limit (which a dependency may raise
until the C stack overflows), the parser refuses trees deeper than `MAX_DEPTH` with an
iterative walk, so every later stage runs well inside the default limit. Struct types
nest by name, not by syntax, so their depth is bounded separately
(`check_declaration_depth`, with the depth of inheritance),
and imports are followed with bounded depth and count, cycles reported.
docs/language.md ("Limits") lists the values.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from lang import ast
from lang.errors import CoinError, ImportError_, ParseError, Span, TypeCheckError

MAX_DEPTH = 100  # nested expressions and statements (a chain `a + b + c` nests per operator);
# also open brackets `(`, `[`, `{` (the parser checks them on the tokens, before parsing)
MAX_LITERAL_DIGITS = 160  # digits of a number literal (a 256-bit value has at most 78)
MAX_SOURCE_CHARS = 2_000_000  # characters of one source file (the language server's limit too)
MAX_STRUCT_DEPTH = 32  # structs inside structs
MAX_INHERITANCE_DEPTH = 33  # a contract and 32 levels of bases above it
MAX_IMPORT_PATH = 1024  # bytes of an import path
MAX_PATH_COMPONENT = 255  # bytes of one file or directory name in it (NAME_MAX)
MAX_IMPORT_DEPTH = 32  # a file importing a file importing ... (the root is depth 0)
MAX_FILES = 512  # files in one compilation

_NODES = (ast.Expr, ast.Stmt)  # the nodes that count as one level of nesting


def check_source_size(source: str, file: str) -> None:
    if len(source) > MAX_SOURCE_CHARS:
        raise ParseError(f"the file has {len(source):,} characters; the limit is {MAX_SOURCE_CHARS:,}",
                         Span(file, 1, 1, 1, 2))


def check_literal(digits: str, text: str, span: Span) -> None:
    """Before `int()`: Python refuses to convert more than 4,300 digits, and no literal
    that long fits any Coin type."""
    count = len(digits) - (2 if digits.startswith(("0x", "0X")) else 0)
    if count > MAX_LITERAL_DIGITS:
        raise ParseError(f"number literal of {count:,} digits: the limit is {MAX_LITERAL_DIGITS}", span,
                         hint="a 256-bit value has at most 78 decimal or 64 hex digits")


def check_import_path(raw: bytes, span: Span) -> str:
    """The text of an import path, or ParseError when it cannot name a file."""
    try:
        path = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ParseError(f"import path is not valid UTF-8 (byte {e.start})", span) from None
    if not path:
        raise ParseError("import path is empty", span)
    if "\0" in path:
        raise ParseError("import path contains a NUL character", span)
    if len(raw) > MAX_IMPORT_PATH:
        raise ParseError(f"import path is {len(raw):,} bytes long: the limit is {MAX_IMPORT_PATH}", span)
    for part in path.replace("\\", "/").split("/"):
        if len(part.encode("utf-8")) > MAX_PATH_COMPONENT:
            raise ParseError(f"a name in the import path is {len(part.encode('utf-8')):,} bytes long: "
                             f"the limit is {MAX_PATH_COMPONENT}", span)
    return path


@cache
def _child_fields(cls: type) -> tuple[str, ...]:
    """The fields of an AST class that can hold nodes (not spans, names or annotations)."""
    skip = {"span", "ty", "const", "ref", "slot"}
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in skip)


def _children(node: object):
    if isinstance(node, list | tuple):
        yield from node
        return
    if not dataclasses.is_dataclass(node) or isinstance(node, Span):
        return
    for name in _child_fields(type(node)):
        value = getattr(node, name)
        if isinstance(value, list | tuple) or dataclasses.is_dataclass(value):
            yield value


def check_depth(module: ast.Module) -> None:
    """ParseError at the first node nested more than `MAX_DEPTH` levels deep. Iterative."""
    stack: list[tuple[object, int]] = [(module, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, _NODES):
            depth += 1
            if depth > MAX_DEPTH:
                raise ParseError(
                    f"nested too deeply: more than {MAX_DEPTH} levels of expressions and blocks", node.span,
                    hint="`a + b + c` nests once per operator and a block once per statement around "
                         "it; split the expression with `let`, or move a block into a function")
        for child in _children(node):
            if isinstance(child, str | int | bytes | bool | Span) or child is None:
                continue
            stack.append((child, depth))


def _type_names(t: ast.TypeExpr | None) -> list[tuple[str, Span]]:
    out, stack = [], [t]
    while stack:
        t = stack.pop()
        if isinstance(t, ast.NamedType):
            out.append((t.name, t.span))
        elif isinstance(t, ast.MapType):
            stack += [t.key, t.value]
    return out


def _deepest(edges: dict[str, list[str]], limit: int) -> tuple[str, int] | None:
    """The first name whose longest chain of edges (itself included) exceeds `limit`, with
    that length; iterative. Cycles are left to the checker, which reports them: a name
    still on the path counts as 0 here."""
    depth: dict[str, int] = {}
    for root in edges:
        if root in depth:
            continue
        on_path: set[str] = set()
        stack: list[tuple[str, bool]] = [(root, False)]
        while stack:
            name, done = stack.pop()
            if done:
                on_path.discard(name)
                depth[name] = 1 + max((depth.get(n, 0) for n in edges[name]), default=0)
                if depth[name] > limit:
                    return name, depth[name]
                continue
            if name in depth or name in on_path:
                continue
            on_path.add(name)
            stack.append((name, True))
            stack.extend((n, False) for n in edges[name] if n not in depth and n not in on_path)
    return None


def check_declaration_depth(modules: list[ast.Module]) -> None:
    """TypeCheckError for a struct nested (by its fields' types) more than
    `MAX_STRUCT_DEPTH` deep, or a contract with more than `MAX_INHERITANCE_DEPTH` levels
    of bases (each level compiles everything above it again, so a long chain is
    quadratic work)."""
    structs: dict[str, ast.StructDef] = {}
    contracts: dict[str, ast.ContractDef] = {}
    for m in modules:
        for s in m.structs:
            structs.setdefault(s.name, s)
        for c in m.contracts:
            contracts.setdefault(c.name, c)
            for member in c.members:
                if isinstance(member, ast.StructDef):
                    structs.setdefault(member.name, member)
    edges = {name: [n for f in s.fields for n, _ in _type_names(f.type) if n in structs]
             for name, s in structs.items()}
    found = _deepest(edges, MAX_STRUCT_DEPTH)
    if found is not None:
        name, depth = found
        raise TypeCheckError(f"struct `{name}` nests structs {depth} deep: the limit is {MAX_STRUCT_DEPTH}",
                             structs[name].span)
    edges = {name: [b for b, _ in c.bases if b in contracts] for name, c in contracts.items()}
    found = _deepest(edges, MAX_INHERITANCE_DEPTH)
    if found is not None:
        name, depth = found
        raise TypeCheckError(f"contract `{name}` has {depth - 1} levels of base contracts: the limit is "
                             f"{MAX_INHERITANCE_DEPTH - 1}", contracts[name].name_span)


def import_cycle(chain: list[str], target: str, span: Span) -> CoinError:
    """The error for an import of a file that is still being loaded further up."""
    cycle = chain[chain.index(target):] + [target]
    return ImportError_("import cycle: " + " -> ".join(f'"{f}"' for f in cycle), span,
                        "a file cannot import itself, directly or through others; move what both "
                        "need into a third file")
