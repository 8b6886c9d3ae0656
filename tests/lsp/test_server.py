"""`coinc lsp` end to end: a real LSP client (pytest-lsp) starts `python -m coinc lsp`
and talks JSON-RPC to it over stdio, on the bundled contracts and on broken and hostile
sources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from lang.compiler import BUNDLED_CONTRACTS, compile_source
from lang.errors import CompileErrors

BUNDLED = sorted(BUNDLED_CONTRACTS.glob("*.coin"))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "coinc", "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def diagnostics_after(client: LanguageClient, uri: str, send) -> list[lsp.Diagnostic]:
    """Send something, then wait for the diagnostics the server publishes for `uri`."""
    send()
    while True:
        params = await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri:
            return list(params.diagnostics)


async def open_doc(client: LanguageClient, path: Path, text: str | None = None) -> list[lsp.Diagnostic]:
    uri = path.resolve().as_uri()
    text = path.read_text(encoding="utf-8") if text is None else text
    return await diagnostics_after(client, uri, lambda: client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
            uri=uri, language_id="coin", version=1, text=text))))


def position_of(text: str, needle: str, delta: int = 0) -> lsp.Position:
    offset = text.index(needle) + delta
    line = text.count("\n", 0, offset)
    return lsp.Position(line=line, character=offset - (text.rfind("\n", 0, offset) + 1))


@pytest.mark.asyncio
async def test_bundled_contracts_have_no_diagnostics_and_an_outline(client: LanguageClient):
    for path in BUNDLED:
        assert await open_doc(client, path) == [], path.name
    amm = BUNDLED_CONTRACTS / "amm.coin"
    symbols = await client.text_document_document_symbol_async(lsp.DocumentSymbolParams(
        text_document=lsp.TextDocumentIdentifier(uri=amm.resolve().as_uri())))
    names = [s.name for s in symbols]
    assert "ConstantProductPool" in names and "StableSwapPool" in names and "Amounts" in names
    pool = next(s for s in symbols if s.name == "ConstantProductPool")
    assert pool.kind == lsp.SymbolKind.Class
    members = {c.name: c.kind for c in pool.children}
    assert members["swap"] == lsp.SymbolKind.Function
    assert members["reserve0"] == lsp.SymbolKind.Field
    assert members["Swap"] == lsp.SymbolKind.Event


@pytest.mark.asyncio
async def test_broken_source_reports_every_compiler_error_with_its_hint(client: LanguageClient,
                                                                        tmp_path: Path):
    text = (BUNDLED_CONTRACTS / "counter.coin").read_text(encoding="utf-8")
    broken = text.replace("return self.count\n    }\n\n    pub view", "return self.cont\n    }\n\n    pub view")
    broken = broken.replace("self.per_user[who]", "self.per_user[whom]")
    path = tmp_path / "counter.coin"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(CompileErrors) as cli:
        compile_source(broken, str(path.resolve()))
    diags = await open_doc(client, path)
    expected = [(e.span.line - 1, e.span.col - 1, e.message + (f"\nhint: {e.hint}" if e.hint else ""))
                for e in cli.value.errors]
    assert len(expected) == 3
    assert [(d.range.start.line, d.range.start.character, d.message) for d in diags] == expected
    assert any("did you mean `count`?" in d.message for d in diags)

    # fixing it in the editor (didChange, debounced) clears the diagnostics
    uri = path.resolve().as_uri()
    fixed = await diagnostics_after(client, uri, lambda: client.text_document_did_change(
        lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)])))
    assert fixed == []

    # a syntax error arrives with the parser's message and location
    bad = await diagnostics_after(client, uri, lambda: client.text_document_did_change(
        lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(
                text="contract Counter {\n    storage x uint\n}\n")])))
    assert len(bad) == 1 and bad[0].range.start == lsp.Position(line=1, character=14)
    assert bad[0].message.startswith("unexpected")


@pytest.mark.asyncio
async def test_hover_shows_types_signatures_and_doc_comments(client: LanguageClient, tmp_path: Path):
    text = """/// A vault of one number.
contract Box {
    /// What is in the box.
    storage value: uint

    /// Put `v` in the box; returns what was there.
    pub fn put(v: uint) -> uint {
        let old = self.value
        self.value = v
        return old
    }
}
"""
    path = tmp_path / "box.coin"
    path.write_text(text, encoding="utf-8")
    assert await open_doc(client, path) == []
    uri = path.resolve().as_uri()

    async def hover(needle: str, delta: int = 0) -> str:
        result = await client.text_document_hover_async(lsp.HoverParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=position_of(text, needle, delta)))
        assert result is not None, needle
        return result.contents.value

    put = await hover("put(v")
    assert "pub fn put(v: uint) -> uint" in put and "Put `v` in the box" in put
    value = await hover("self.value = v", 5)
    assert "storage value: uint" in value and "What is in the box." in value
    old = await hover("return old", 7)
    assert "let old: uint" in old  # the type comes from the checker
    box = await hover("Box")
    assert "contract Box" in box and "A vault of one number." in box


@pytest.mark.asyncio
async def test_definition_across_files_and_locals(client: LanguageClient):
    amm = BUNDLED_CONTRACTS / "amm.coin"
    text = amm.read_text(encoding="utf-8")
    assert await open_doc(client, amm) == []
    uri = amm.resolve().as_uri()

    async def definition(needle: str, delta: int = 0) -> lsp.Location:
        result = await client.text_document_definition_async(lsp.DefinitionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=position_of(text, needle, delta)))
        assert isinstance(result, lsp.Location), needle
        return result

    token_text = (BUNDLED_CONTRACTS / "token.coin").read_text(encoding="utf-8")
    base = await definition("is Token", 3)
    assert base.uri == (BUNDLED_CONTRACTS / "token.coin").resolve().as_uri()
    assert base.range.start == position_of(token_text, "contract Token {", 9)
    inherited = await definition("self.mint_to", 5)
    assert inherited.uri.endswith("token.coin")
    assert inherited.range.start == position_of(token_text, "mint_to(")
    storage = await definition("self.reserve0", 5)
    assert storage.uri == uri and storage.range.start == position_of(text, "reserve0: uint")
    local = await definition("supply == 0")
    assert local.range.start == position_of(text, "supply = self.supply")
    struct = await definition("-> Amounts", 3)
    assert struct.range.start == position_of(text, "Amounts {")
    event = await definition("emit LiquidityAdded", 5)
    assert event.range.start == position_of(text, "LiquidityAdded(provider")
    imported = await definition('import "math.coin"', 8)
    assert imported.uri == (BUNDLED_CONTRACTS / "math.coin").resolve().as_uri()


@pytest.mark.asyncio
async def test_completion_of_scope_and_members(client: LanguageClient):
    amm = BUNDLED_CONTRACTS / "amm.coin"
    text = amm.read_text(encoding="utf-8")
    assert await open_doc(client, amm) == []
    uri = amm.resolve().as_uri()

    async def complete(needle: str, delta: int) -> set[str]:
        result = await client.text_document_completion_async(lsp.CompletionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=position_of(text, needle, delta)))
        return {item.label for item in result.items}

    members = await complete("self.reserve0 + amount0", 5)  # just after `self.`
    assert {"reserve0", "token1", "swap", "mint_to", "supply"} <= members  # own and inherited
    assert "let" not in members
    scope = await complete("let root = sqrt", 11)
    assert {"amount0", "supply", "sqrt", "MINIMUM_LIQUIDITY", "Amounts", "let", "return"} <= scope

    # struct fields of a local whose type the checker inferred (`let v = self.vaults[...]`)
    vault = BUNDLED_CONTRACTS / "vault.coin"
    vault_text = vault.read_text(encoding="utf-8")
    assert await open_doc(client, vault) == []
    at = vault_text.index("v.collateral", vault_text.index("let v = self.vaults[msg.sender]")) + 2
    line = vault_text.count("\n", 0, at)
    result = await client.text_document_completion_async(lsp.CompletionParams(
        text_document=lsp.TextDocumentIdentifier(uri=vault.resolve().as_uri()),
        position=lsp.Position(line=line, character=at - (vault_text.rfind("\n", 0, at) + 1))))
    assert {item.label for item in result.items} == {"collateral", "art"}


@pytest.mark.asyncio
async def test_hostile_sources_get_diagnostics_and_the_server_keeps_answering(client: LanguageClient,
                                                                             tmp_path: Path):
    deep = "contract A { pub fn f() -> uint { return " + "(" * 3000 + "1" + ")" * 3000 + " } }\n"
    hostile = {
        "deep.coin": deep,
        "blocks.coin": "contract A { pub fn f() { " + "if true { " * 2000 + "}" * 2001 + " }\n",
        "binary.coin": "\x00\xff\x01\ufffd contract \x7f",
        "huge.coin": "// " + "x" * 2_100_000 + "\n",
    }
    for name, text in hostile.items():
        diags = await open_doc(client, tmp_path / name, text)
        assert diags, name
    deep_diags = await open_doc(client, tmp_path / "deep2.coin", deep)
    assert "nested too deeply" in deep_diags[0].message
    huge = await open_doc(client, tmp_path / "huge2.coin", hostile["huge.coin"])
    assert "too large" in huge[0].message
    # still alive and correct
    assert await open_doc(client, BUNDLED_CONTRACTS / "counter.coin") == []
