"""Doc comments (`///`) and `coinc doc`: a contract's interface as Markdown.

A doc comment is a run of lines starting with `///` directly above a declaration (no
blank line between). To the parser it is an ordinary `//` comment, so documenting a
contract never changes its bytecode; this module attaches the comments to declarations
by line, for `coinc doc` and for the language server's hover.
"""

from __future__ import annotations

import dataclasses

from lang import ast
from lang.errors import Span


def doc_comments(source: str) -> dict[int, str]:
    """Doc text by the 1-based line of the declaration it sits above."""
    docs: dict[int, str] = {}
    pending: list[str] = []
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("///"):
            text = stripped[3:]
            pending.append(text[1:] if text.startswith(" ") else text)
            continue
        if pending and stripped and not stripped.startswith("//"):
            docs[number] = "\n".join(pending).strip()
        if not stripped.startswith("//"):
            pending = []
    return docs


def type_text(ty: ast.TypeExpr | None) -> str:
    """A type as written in the source."""
    if ty is None:
        return ""
    if isinstance(ty, ast.MapType):
        return f"map<{type_text(ty.key)}, {type_text(ty.value)}>"
    return ty.name


def params_text(params: list[ast.Param]) -> str:
    return ", ".join(f"{p.name}: {type_text(p.type)}" for p in params)


def function_signature(fn: ast.FunctionDef | ast.InterfaceFn) -> str:
    """`pub view fn name(a: uint) -> bool`, as a reader would write it."""
    mods = [m for m, on in (("pub", getattr(fn, "is_pub", False)), ("view", fn.is_view),
                            ("payable", fn.is_payable)) if on]
    returns = f" -> {type_text(fn.returns)}" if fn.returns is not None else ""
    head = "init" if getattr(fn, "is_init", False) else f"fn {fn.name}"
    return " ".join([*mods, f"{head}({params_text(fn.params)}){returns}"])


def event_signature(ev: ast.EventDef) -> str:
    params = ", ".join(f"{p.name}: {type_text(p.type)}{' indexed' if p.indexed else ''}"
                       for p in ev.params)
    return f"event {ev.name}({params})"


def revert_reasons(fn: ast.FunctionDef) -> list[str]:
    """The literal messages of the `require`/`revert` calls in a function's own body."""
    reasons: list[str] = []

    def visit(node: object) -> None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("require", "revert"):
            for arg in node.args:
                if isinstance(arg.value, ast.StrLit):
                    reasons.append(arg.value.value.decode("utf-8", "replace"))
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif dataclasses.is_dataclass(node) and not isinstance(node, Span):
            for f in dataclasses.fields(node):
                if f.compare:  # the parsed tree, not the checker's annotations
                    visit(getattr(node, f.name))

    visit(fn.body)
    return list(dict.fromkeys(reasons))


def _cell(text: str) -> str:
    """Text fit for one Markdown table cell."""
    return text.replace("\n", " ").replace("|", "\\|")


def _doc_block(docs: dict[int, str], line: int) -> list[str]:
    text = docs.get(line)
    return [text, ""] if text else []


def contract_markdown(contract: ast.ContractDef, docs: dict[int, str]) -> str:
    """One contract's interface: what a caller sees, with its doc comments."""
    out = [f"# {contract.name}", ""]
    if contract.bases:
        out += ["Inherits: " + ", ".join(f"`{name}`" for name, _ in contract.bases), ""]
    out += _doc_block(docs, contract.span.line)
    fns = [m for m in contract.members if isinstance(m, ast.FunctionDef)]
    init = [f for f in fns if f.is_init]
    public = [f for f in fns if f.is_pub and not f.is_init]
    events = [m for m in contract.members if isinstance(m, ast.EventDef)]
    storage = [m for m in contract.members if isinstance(m, ast.StorageDecl)]
    consts = [m for m in contract.members if isinstance(m, ast.ConstDecl)]
    for title, items in (("Constructor", init), ("Functions", public)):
        if not items:
            continue
        out += [f"## {title}", ""]
        for fn in items:
            out += [f"### `{fn.name}`", "", "```coin", function_signature(fn), "```", ""]
            out += _doc_block(docs, fn.span.line)
            reasons = revert_reasons(fn)
            if reasons:
                out += ["Reverts with: " + "; ".join(f"`{r}`" for r in reasons), ""]
    if events:
        out += ["## Events", ""]
        for ev in events:
            out += [f"### `{ev.name}`", "", "```coin", event_signature(ev), "```", ""]
            out += _doc_block(docs, ev.span.line)
    reasons = [(f.name, r) for f in fns for r in revert_reasons(f)]
    if reasons:
        out += ["## Errors", "", "| function | revert reason |", "| --- | --- |"]
        out += [f"| `{name}` | {_cell(reason)} |" for name, reason in reasons]
        out.append("")
    if storage or consts:
        out += ["## Storage", "", "| name | type | doc |", "| --- | --- | --- |"]
        for decl in [*consts, *storage]:
            kind = "const " if isinstance(decl, ast.ConstDecl) else ""
            out.append(f"| {kind}`{decl.name}` | `{type_text(decl.type)}` "
                       f"| {_cell(docs.get(decl.span.line, ''))} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def module_markdown(module: ast.Module) -> str:
    """Every contract of a file, in source order."""
    docs = doc_comments(module.source)
    return "\n".join(contract_markdown(c, docs) for c in module.contracts)
