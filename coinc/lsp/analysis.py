"""What the language server knows about a Coin file, without any LSP in it: the
compiler's diagnostics, and an index of declarations (names, spans, signatures, doc
comments) built from the parsed modules, used for hover, definitions, the outline and
completion.

It reads the compiler through its stages only: `compile_source` for diagnostics,
`lang.compiler.load_modules` for the index, and `lang.compiler.check` for the types of
expressions (`expression_types`, the one accessor to move if the checker's entry point
moves); nothing of the checker's internals.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from coinc.docgen import doc_comments, event_signature, function_signature, type_text
from lang import ast
from lang.compiler import compile_source, load_modules
from lang.errors import CompileErrors, InternalCompilerError, Span

MAX_SOURCE_CHARS = 2_000_000  # beyond this the server reports a limit instead of compiling
KEYWORDS = ["contract", "interface", "struct", "storage", "const", "event", "init", "fn", "pub",
            "view", "payable", "let", "if", "else", "while", "for", "in", "return", "emit",
            "break", "continue", "import", "is", "and", "or", "not", "true", "false", "map",
            "indexed", "self"]
BUILTINS = {
    "msg": "msg.sender: address, msg.value: uint", "block": "block.number, block.timestamp, ...",
    "require": "require(condition: bool, message) — revert with `message` unless `condition`",
    "revert": "revert(message) — abort the call, undoing its effects", "self": "this contract",
    "this": "this contract's address",
}


@dataclass
class Problem:
    """One diagnostic, as the CLI would print it."""

    span: Span
    message: str
    hint: str | None = None
    severity: str = "error"


@dataclass
class Symbol:
    name: str
    kind: str  # contract interface struct const function init storage event field param local
    span: Span  # the whole declaration
    name_span: Span
    detail: str  # its signature or type, as source text
    doc: str = ""
    container: str | None = None  # the contract, interface or struct it belongs to
    children: list[Symbol] = field(default_factory=list)


def _whole_file_span(file: str) -> Span:
    return Span(file, 1, 1, 1, 2, 0, 1)


def diagnostics(source: str, file: str) -> list[Problem]:
    """Every error the compiler reports for `source`, or one stating a limit it hit."""
    if len(source) > MAX_SOURCE_CHARS:
        return [Problem(_whole_file_span(file),
                        f"file too large to analyse: {len(source):,} characters, the limit is "
                        f"{MAX_SOURCE_CHARS:,}")]
    try:
        compile_source(source, file)
    except CompileErrors as e:
        return [Problem(err.span, err.message, err.hint) for err in e.errors]
    except RecursionError:
        return [Problem(_whole_file_span(file),
                        "nesting too deep for the compiler (it ran out of recursion depth)",
                        "split deeply nested expressions or blocks")]
    except InternalCompilerError as e:
        return [Problem(_whole_file_span(file), str(e))]
    except Exception as e:  # a compiler bug must not take the server down
        return [Problem(_whole_file_span(file),
                        f"internal compiler error: {type(e).__name__}: {e} (this is a bug in coinc)")]
    return []


def _name_span(source: str, decl: Span, name: str, after_keyword: bool = True) -> Span:
    """The span of `name` inside a declaration whose AST keeps only the whole span."""
    text = source[decl.start:decl.end]
    m = re.search(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])", text)
    if m is None:
        return decl
    start = decl.start + m.start()
    line = decl.line + text.count("\n", 0, m.start())
    line_start = source.rfind("\n", 0, start) + 1
    col = start - line_start + 1
    return Span(decl.file, line, col, line, col + len(name), start, start + len(name))


def _keyword_name_span(source: str, decl: Span, keyword: str, name: str) -> Span:
    """`struct Name`, `event Name`...: the name after the keyword (a decl may contain it twice)."""
    text = source[decl.start:decl.end]
    m = re.match(r"\s*" + re.escape(keyword) + r"\s+", text)
    if m is None:
        return _name_span(source, decl, name)
    shifted = dataclasses.replace(decl, start=decl.start + m.end(),
                                  line=decl.line + text.count("\n", 0, m.end()),
                                  col=decl.col + m.end() if "\n" not in text[:m.end()] else 1)
    return _name_span(source, shifted, name)


@dataclass
class ModuleIndex:
    """The declarations of one file."""

    module: ast.Module
    symbols: list[Symbol]

    def contract(self, name: str) -> Symbol | None:
        return next((s for s in self.symbols if s.name == name and s.kind in
                     ("contract", "interface", "struct")), None)


def index_module(module: ast.Module) -> ModuleIndex:
    src = module.source
    docs = doc_comments(src)

    def doc(span: Span) -> str:
        return docs.get(span.line, "")

    def fn_symbol(fn: ast.FunctionDef, container: str | None) -> Symbol:
        name_span = fn.name_span if not fn.is_init else _name_span(src, fn.span, "init")
        sym = Symbol(fn.name, "init" if fn.is_init else "function", fn.span, name_span,
                     function_signature(fn), doc(fn.span), container)
        for p in fn.params:
            sym.children.append(Symbol(p.name, "param", p.span, _name_span(src, p.span, p.name),
                                       f"{p.name}: {type_text(p.type)}", container=fn.name))
        return sym

    symbols: list[Symbol] = []
    for c in module.consts:
        symbols.append(Symbol(c.name, "const", c.span, _keyword_name_span(src, c.span, "const", c.name),
                              f"const {c.name}: {type_text(c.type)}", doc(c.span)))
    for s in module.structs:
        symbols.append(_struct_symbol(src, s, doc(s.span), None, docs))
    for fn in module.functions:
        symbols.append(fn_symbol(fn, None))
    for i in module.interfaces:
        sym = Symbol(i.name, "interface", i.span, _keyword_name_span(src, i.span, "interface", i.name),
                     f"interface {i.name}", doc(i.span))
        for f in i.functions:
            sym.children.append(Symbol(f.name, "function", f.span, _keyword_name_span(src, f.span, "fn", f.name),
                                       function_signature(f), doc(f.span), i.name))
        symbols.append(sym)
    for c in module.contracts:
        bases = f" is {', '.join(n for n, _ in c.bases)}" if c.bases else ""
        sym = Symbol(c.name, "contract", c.span, c.name_span, f"contract {c.name}{bases}", doc(c.span))
        for m in c.members:
            if isinstance(m, ast.FunctionDef):
                sym.children.append(fn_symbol(m, c.name))
            elif isinstance(m, ast.StorageDecl):
                sym.children.append(Symbol(m.name, "storage", m.span,
                                           _keyword_name_span(src, m.span, "storage", m.name),
                                           f"storage {m.name}: {type_text(m.type)}", doc(m.span), c.name))
            elif isinstance(m, ast.ConstDecl):
                sym.children.append(Symbol(m.name, "const", m.span,
                                           _keyword_name_span(src, m.span, "const", m.name),
                                           f"const {m.name}: {type_text(m.type)}", doc(m.span), c.name))
            elif isinstance(m, ast.EventDef):
                sym.children.append(Symbol(m.name, "event", m.span,
                                           _keyword_name_span(src, m.span, "event", m.name),
                                           event_signature(m), doc(m.span), c.name))
            elif isinstance(m, ast.StructDef):
                sym.children.append(_struct_symbol(src, m, doc(m.span), c.name, docs))
        symbols.append(sym)
    symbols.sort(key=lambda s: s.span.start)
    return ModuleIndex(module, symbols)


def _struct_symbol(src: str, s: ast.StructDef, doc: str, container: str | None,
                   docs: dict[int, str]) -> Symbol:
    sym = Symbol(s.name, "struct", s.span, _keyword_name_span(src, s.span, "struct", s.name),
                 f"struct {s.name}", doc, container)
    for f in s.fields:
        sym.children.append(Symbol(f.name, "field", f.span, _name_span(src, f.span, f.name),
                                   f"{f.name}: {type_text(f.type)}", docs.get(f.span.line, ""), s.name))
    return sym


def expression_types(modules: list[ast.Module], file: str) -> dict[tuple[int, int], str]:
    """The checker's type of every expression of `file`, by (start, end) offset, when the
    program checks; empty otherwise.

    Runs the compiler's checking stage (`lang.compiler.check`, the stage `compile_source`
    runs) on the modules this index was built from, which annotates their expressions
    (`Expr.ty`, the AST's documented contract with the checker)."""
    from lang import compiler

    try:
        compiler.check(modules)
    except Exception:  # noqa: BLE001  (diagnostics report it; types are a bonus)
        return {}
    root = next(m for m in modules if m.file == file)
    types: dict[tuple[int, int], str] = {}
    for node in _walk([root.contracts, root.functions, root.consts]):
        if isinstance(node, ast.Expr) and node.ty is not None:
            types[(node.span.start, node.span.end)] = str(node.ty)
            if isinstance(node, ast.Attribute):
                types[(node.attr_span.start, node.attr_span.end)] = str(node.ty)
    return types


def _walk(node: object):
    """Every AST node under `node` (lists and dataclass fields; not spans or annotations)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list | tuple):
            stack.extend(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, Span | type):
            yield item
            for f in dataclasses.fields(item):
                if f.compare:
                    stack.append(getattr(item, f.name))


@dataclass
class Reference:
    """A name at the cursor and what it names (None when it is a builtin or unknown)."""

    name: str
    span: Span
    target: Symbol | None
    builtin: str | None = None


class Project:
    """The root file and every file it imports, indexed; built from the last source
    that parsed, so hover and definitions survive a half-typed line."""

    def __init__(self, source: str, file: str):
        self.file = file
        self.source = source
        modules = load_modules(file, source)  # raises CompileErrors when it does not parse
        self.indexes = {m.file: index_module(m) for m in modules}
        self.root = self.indexes[file]
        self.types = expression_types(modules, file)

    # ---- lookups
    def globals(self) -> dict[str, Symbol]:
        out: dict[str, Symbol] = {}
        for idx in self.indexes.values():
            for sym in idx.symbols:
                out.setdefault(sym.name, sym)
        return out

    def members(self, type_name: str, seen: set[str] | None = None) -> list[Symbol]:
        """A contract's, interface's or struct's members, inherited ones included."""
        seen = seen or set()
        if type_name in seen:
            return []
        seen.add(type_name)
        sym = self.globals().get(type_name)
        if sym is None:
            return []
        out = list(sym.children)
        if sym.kind == "contract":
            bases = self._bases(sym)
            for base in bases:
                out += [m for m in self.members(base, seen) if m.name not in {o.name for o in out}]
        return out

    def _bases(self, contract: Symbol) -> list[str]:
        for idx in self.indexes.values():
            for c in idx.module.contracts:
                if c.name == contract.name and c.span == contract.span:
                    return [n for n, _ in c.bases]
        return []

    def enclosing(self, offset: int) -> tuple[ast.ContractDef | None, ast.FunctionDef | None]:
        contract = next((c for c in self.root.module.contracts
                         if c.span.start <= offset <= c.span.end), None)
        fns = [m for m in contract.members if isinstance(m, ast.FunctionDef)] if contract \
            else self.root.module.functions
        fn = next((f for f in fns if f.span.start <= offset <= f.span.end), None)
        return contract, fn

    def locals_at(self, offset: int) -> dict[str, Symbol]:
        """Parameters and the `let`/`for` names declared before `offset` in its function."""
        contract, fn = self.enclosing(offset)
        if fn is None:
            return {}
        out: dict[str, Symbol] = {}
        for p in fn.params:
            out[p.name] = Symbol(p.name, "param", p.span, _name_span(self.source, p.span, p.name),
                                 f"{p.name}: {type_text(p.type)}", container=fn.name)
        for node in sorted(_walk(fn.body), key=lambda n: getattr(n, "span", fn.span).start):
            if isinstance(node, ast.Let) and node.name_span.start < offset:
                ty = type_text(node.type) if node.type is not None else \
                    self.types.get((node.value.span.start, node.value.span.end), "")
                out[node.name] = Symbol(node.name, "local", node.span, node.name_span,
                                        f"let {node.name}" + (f": {ty}" if ty else ""),
                                        container=fn.name)
            elif isinstance(node, ast.For) and node.var_span.start < offset <= node.span.end:
                out[node.var] = Symbol(node.var, "local", node.span, node.var_span,
                                       f"for {node.var}: uint", container=fn.name)
        return out

    def in_scope(self, offset: int) -> dict[str, Symbol]:
        contract, _fn = self.enclosing(offset)
        scope = dict(self.globals())
        if contract is not None:
            for m in self.members(contract.name):
                if m.kind in ("const", "function", "event", "struct"):
                    scope[m.name] = m
        scope.update(self.locals_at(offset))
        return scope

    def type_of_span(self, span: Span) -> str | None:
        return self.types.get((span.start, span.end))

    # ---- the name at a position
    def reference_at(self, offset: int) -> Reference | None:
        for node in _walk([self.root.module.imports, self.root.module.contracts,
                           self.root.module.interfaces, self.root.module.structs,
                           self.root.module.consts, self.root.module.functions]):
            ref = self._reference(node, offset)
            if ref is not None:
                return ref
        return self._declaration_at(offset)

    def _declaration_at(self, offset: int) -> Reference | None:
        def visit(symbols: list[Symbol]) -> Reference | None:
            for s in symbols:
                if s.name_span.start <= offset <= s.name_span.end:
                    return Reference(s.name, s.name_span, s)
                found = visit(s.children)
                if found:
                    return found
            return None
        found = visit(self.root.symbols)
        if found:
            return found
        local = next((s for s in self.locals_at(offset + 1).values()
                      if s.name_span.start <= offset <= s.name_span.end), None)
        return Reference(local.name, local.name_span, local) if local else None

    def _reference(self, node: object, offset: int) -> Reference | None:
        def hit(span: Span) -> bool:
            return span.start <= offset <= span.end

        if isinstance(node, ast.Name) and hit(node.span):
            scope = self.in_scope(offset)
            if node.id in scope:
                return Reference(node.id, node.span, scope[node.id])
            return Reference(node.id, node.span, None, BUILTINS.get(node.id))
        if isinstance(node, ast.Attribute) and hit(node.attr_span):
            return Reference(node.attr, node.attr_span, self._member(node, offset))
        if isinstance(node, ast.Emit) and hit(node.event_span):
            event = self.in_scope(offset).get(node.event)
            return Reference(node.event, node.event_span, event)
        if isinstance(node, ast.NamedType) and hit(node.span):
            return Reference(node.name, node.span, self.globals().get(node.name))
        if isinstance(node, ast.Import) and hit(node.span):
            for idx in self.indexes.values():
                if idx is not self.root and Path(idx.module.file).name == Path(node.path).name:
                    whole = Span(idx.module.file, 1, 1, 1, 1, 0, 0)
                    return Reference(node.path, node.span,
                                     Symbol(node.path, "file", whole, whole, f"import \"{node.path}\""))
        if isinstance(node, ast.ContractDef):
            for name, span in node.bases:
                if hit(span):
                    return Reference(name, span, self.globals().get(name))
        return None

    def _member(self, node: ast.Attribute, offset: int) -> Symbol | None:
        owner = self.owner_type(node.obj, offset)
        if owner is None:
            return None
        return next((m for m in self.members(owner) if m.name == node.attr), None)

    def owner_type(self, obj: ast.Expr, offset: int) -> str | None:
        """The contract, interface or struct whose member `obj.x` names."""
        if isinstance(obj, ast.Name):
            if obj.id == "self":
                contract, _ = self.enclosing(offset)
                return contract.name if contract else None
            if obj.id in self.globals() and self.globals()[obj.id].kind in ("contract", "interface"):
                return obj.id
            local = self.locals_at(offset).get(obj.id)
            if local is not None and ":" in local.detail:
                return local.detail.rsplit(":", 1)[1].strip()
        ty = self.type_of_span(obj.span)
        if ty is None and isinstance(obj, ast.Attribute):
            member = self._member(obj, offset)
            if member is not None and ":" in member.detail:
                ty = member.detail.rsplit(":", 1)[1].strip()
        return ty


def offset_of(source: str, line: int, character: int) -> int:
    """The character offset of a 0-based LSP position (characters counted in code points)."""
    start = 0
    for _ in range(line):
        nl = source.find("\n", start)
        if nl < 0:
            return len(source)
        start = nl + 1
    end = source.find("\n", start)
    end = len(source) if end < 0 else end
    return min(start + character, end)


def hover_text(ref: Reference, project: Project) -> str:
    """Markdown for a hover: the declaration, its type where known, its doc comment."""
    if ref.target is None:
        if ref.builtin:
            return f"```coin\n{ref.name}\n```\nbuilt in: {ref.builtin}"
        ty = project.type_of_span(ref.span)
        return f"```coin\n{ref.name}: {ty}\n```" if ty else ""
    sym = ref.target
    lines = [f"```coin\n{sym.detail}\n```"]
    if sym.container and sym.kind not in ("param", "local"):
        lines.append(f"in `{sym.container}`")
    ty = project.type_of_span(ref.span)
    if ty and sym.kind in ("local", "param") and ":" not in sym.detail:
        lines.append(f"type `{ty}`")
    if sym.doc:
        lines.append(sym.doc)
    return "\n\n".join(lines)
