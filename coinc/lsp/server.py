"""`coinc lsp`: the Coin language server (pygls), over stdin/stdout.

Diagnostics come from the compiler itself (`coinc.lsp.analysis.diagnostics`: every error
of a run, with the CLI's messages, spans and hints) on open and save at once, and on
change after `DEBOUNCE_SECONDS` of quiet. Hover, go to definition, the outline and
completion read a `Project` (the file and its imports, indexed) built from the latest
text that parses. Every handler is guarded: a source the compiler cannot handle becomes
a diagnostic, never a dead server.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from coinc.lsp.analysis import (
    KEYWORDS,
    MAX_SOURCE_CHARS,
    Problem,
    Project,
    Symbol,
    diagnostics,
    hover_text,
    offset_of,
)
from lang.errors import Span

DEBOUNCE_SECONDS = 0.15
# what each kind of declaration is called in the outline and in completion lists
_KINDS: dict[str, tuple[lsp.SymbolKind, lsp.CompletionItemKind]] = {
    "contract": (lsp.SymbolKind.Class, lsp.CompletionItemKind.Class),
    "interface": (lsp.SymbolKind.Interface, lsp.CompletionItemKind.Interface),
    "struct": (lsp.SymbolKind.Struct, lsp.CompletionItemKind.Struct),
    "const": (lsp.SymbolKind.Constant, lsp.CompletionItemKind.Constant),
    "function": (lsp.SymbolKind.Function, lsp.CompletionItemKind.Function),
    "init": (lsp.SymbolKind.Constructor, lsp.CompletionItemKind.Constructor),
    "storage": (lsp.SymbolKind.Field, lsp.CompletionItemKind.Field),
    "event": (lsp.SymbolKind.Event, lsp.CompletionItemKind.Event),
    "field": (lsp.SymbolKind.Field, lsp.CompletionItemKind.Field),
    "param": (lsp.SymbolKind.Variable, lsp.CompletionItemKind.Variable),
    "local": (lsp.SymbolKind.Variable, lsp.CompletionItemKind.Variable),
    "file": (lsp.SymbolKind.File, lsp.CompletionItemKind.File),
}


class CoinServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("coinc-lsp", "0.1.0")
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.projects: dict[str, tuple[str, Project]] = {}  # uri -> (text it was built from, project)
        self.published: dict[str, set[str]] = {}  # root uri -> uris it put diagnostics on

    # ---- documents
    def file_of(self, uri: str) -> str:
        parsed = urlparse(uri)
        return unquote(parsed.path) if parsed.scheme == "file" else uri

    def text_of(self, uri: str) -> str:
        return self.workspace.get_text_document(uri).source

    def project(self, uri: str) -> Project | None:
        """The index of the current text, or of the latest text that parsed."""
        text = self.text_of(uri)
        cached = self.projects.get(uri)
        if cached is not None and cached[0] == text:
            return cached[1]
        if len(text) <= MAX_SOURCE_CHARS:
            try:
                project = Project(text, self.file_of(uri))
            except RecursionError:
                project = None
            except Exception:  # noqa: BLE001  (does not parse: keep the last good index)
                project = None
            if project is not None:
                self.projects[uri] = (text, project)
                return project
        return cached[1] if cached else None

    # ---- diagnostics
    def publish(self, uri: str) -> None:
        file = self.file_of(uri)
        problems = diagnostics(self.text_of(uri), file)
        by_uri: dict[str, list[lsp.Diagnostic]] = {uri: []}
        for p in problems:
            target = uri if p.span.file in (file, "<unknown>") else uri_of(p.span.file)
            by_uri.setdefault(target, []).append(to_diagnostic(p))
        for stale in self.published.get(uri, set()) - set(by_uri):
            by_uri[stale] = []
        self.published[uri] = {u for u, d in by_uri.items() if d and u != uri}
        for target, diags in by_uri.items():
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=target, diagnostics=diags))

    def publish_later(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(DEBOUNCE_SECONDS, self._publish_pending, uri)

    def _publish_pending(self, uri: str) -> None:
        self.pending.pop(uri, None)
        self.publish(uri)


def uri_of(file: str) -> str:
    return Path(file).resolve().as_uri() if not file.startswith("<") else file


def to_range(span: Span) -> lsp.Range:
    return lsp.Range(start=lsp.Position(line=max(0, span.line - 1), character=max(0, span.col - 1)),
                     end=lsp.Position(line=max(0, span.end_line - 1), character=max(0, span.end_col - 1)))


def to_diagnostic(p: Problem) -> lsp.Diagnostic:
    message = p.message + (f"\nhint: {p.hint}" if p.hint else "")
    return lsp.Diagnostic(range=to_range(p.span), message=message, source="coinc",
                          severity=lsp.DiagnosticSeverity.Error)


def _document_symbol(sym: Symbol) -> lsp.DocumentSymbol:
    return lsp.DocumentSymbol(
        name=sym.name, kind=_KINDS[sym.kind][0], detail=sym.detail,
        range=to_range(sym.span), selection_range=to_range(sym.name_span),
        children=[_document_symbol(c) for c in sym.children if c.kind != "param"] or None)


server = CoinServer()


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: CoinServer, params: lsp.DidOpenTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: CoinServer, params: lsp.DidChangeTextDocumentParams) -> None:
    ls.publish_later(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: CoinServer, params: lsp.DidSaveTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CoinServer, params: lsp.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    handle = ls.pending.pop(uri, None)
    if handle is not None:
        handle.cancel()
    ls.projects.pop(uri, None)


def _reference(ls: CoinServer, uri: str, pos: lsp.Position):
    project = ls.project(uri)
    if project is None:
        return None, None
    return project, project.reference_at(offset_of(project.source, pos.line, pos.character))


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: CoinServer, params: lsp.HoverParams) -> lsp.Hover | None:
    project, ref = _reference(ls, params.text_document.uri, params.position)
    if ref is None:
        return None
    text = hover_text(ref, project)
    if not text:
        return None
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text),
                     range=to_range(ref.span))


@server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
def definition(ls: CoinServer, params: lsp.DefinitionParams) -> lsp.Location | None:
    _project, ref = _reference(ls, params.text_document.uri, params.position)
    if ref is None or ref.target is None:
        return None
    target = ref.target.name_span
    return lsp.Location(uri=uri_of(target.file), range=to_range(target))


@server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
def document_symbols(ls: CoinServer, params: lsp.DocumentSymbolParams) -> list[lsp.DocumentSymbol]:
    project = ls.project(params.text_document.uri)
    if project is None:
        return []
    return [_document_symbol(s) for s in project.root.symbols]


_MEMBER_ACCESS = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*[A-Za-z0-9_]*$")


@server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=["."]))
def completion(ls: CoinServer, params: lsp.CompletionParams) -> lsp.CompletionList:
    uri = params.text_document.uri
    text = ls.text_of(uri)
    project = ls.project(uri)
    items: list[lsp.CompletionItem] = []
    if project is not None:
        offset = offset_of(text, params.position.line, params.position.character)
        line_start = text.rfind("\n", 0, offset) + 1
        access = _MEMBER_ACCESS.search(text[line_start:offset])
        # the project may be older than the text: look names up at the same line there
        p_offset = offset_of(project.source, params.position.line, params.position.character)
        if access:
            from lang import ast

            owner = project.owner_type(ast.Name(id=access.group(1), span=Span(project.file, 1, 1, 1, 1,
                                                                             -1, -1)), p_offset)
            symbols = project.members(owner) if owner else []
        else:
            symbols = list(project.in_scope(p_offset).values())
        items = [lsp.CompletionItem(label=s.name, kind=_KINDS[s.kind][1], detail=s.detail,
                                    documentation=s.doc or None)
                 for s in symbols if s.kind not in ("init", "file")]
        if not access:
            items += [lsp.CompletionItem(label=k, kind=lsp.CompletionItemKind.Keyword) for k in KEYWORDS]
    return lsp.CompletionList(is_incomplete=False, items=items)


def serve() -> None:
    """Serve LSP on stdin/stdout until the client says exit."""
    server.start_io()
