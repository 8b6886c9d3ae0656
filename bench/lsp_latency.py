"""Language-server latency: diagnostic round trips on a ~1,000-line Coin file.

A pygls client starts `python -m coinc lsp`, opens a generated contract of about 1,000
lines (many small functions over storage, an event, a struct), then times, per edit:

* `didSave` -> `publishDiagnostics` (the server compiles at once), and
* `didChange` -> `publishDiagnostics` (the server waits DEBOUNCE_SECONDS of quiet first,
  so this includes the debounce), and
* `hover` and `definition` requests on a name in the middle of the file.

Edits alternate between a clean file and one with a type error, so every round trip
really recompiles and publishes. Target: p95 under 50 ms for the diagnostic round trip.

    python bench/lsp_latency.py [--edits 40] [--lines 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import make_table, print_header, wide_console  # noqa: E402
from lsprotocol import types as lsp  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402

TARGET_MS = 50.0


def big_contract(lines: int) -> str:
    """A valid contract of about `lines` lines."""
    head = ["struct Pair {", "    a: uint", "    b: uint", "}", "", "contract Big {",
            "    storage total: uint", "    storage balances: map<address, uint>",
            "    event Moved(who: address indexed, amount: uint)", ""]
    body: list[str] = []
    i = 0
    while len(head) + len(body) < lines - 1:
        body += [f"    pub fn step{i}(amount: uint) -> uint {{",
                 "        let before = self.balances[msg.sender]",
                 "        require(amount > 0, \"amount must be positive\")",
                 f"        let pair = Pair(a: before, b: amount + {i})",
                 "        self.balances[msg.sender] = pair.a + pair.b",
                 "        self.total += amount",
                 "        emit Moved(msg.sender, amount)",
                 "        return self.total",
                 "    }", ""]
        i += 1
    return "\n".join(head + body + ["}", ""])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def run(edits: int, lines: int) -> dict[str, list[float]]:
    client = LanguageClient("coinc-lsp-bench", "0")
    published: asyncio.Queue = asyncio.Queue()

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        published.put_nowait((time.perf_counter(), params))

    await client.start_io(sys.executable, "-m", "coinc", "lsp")
    await client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    client.initialized(lsp.InitializedParams())
    good = big_contract(lines)
    bad = good.replace("return self.total", "return self.totl", 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.coin"
        path.write_text(good, encoding="utf-8")
        uri = path.as_uri()

        async def round_trip(send) -> tuple[float, lsp.PublishDiagnosticsParams]:
            t0 = time.perf_counter()
            send()
            while True:
                t1, params = await published.get()
                if params.uri == uri:
                    return (t1 - t0) * 1e3, params

        ms, first = await round_trip(lambda: client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="coin", version=1, text=good))))
        assert not first.diagnostics, first.diagnostics
        times: dict[str, list[float]] = {"didOpen": [ms], "didSave": [], "didChange (incl. debounce)": [],
                                         "hover": [], "definition": []}
        version = 1
        middle = good.splitlines().index(next(line for line in good.splitlines()
                                              if "self.total += amount" in line))
        position = lsp.Position(line=middle + 0, character=13)
        for n in range(edits):
            text = bad if n % 2 == 0 else good
            version += 1
            ms, params = await round_trip(lambda t=text, v=version: client.text_document_did_change(
                lsp.DidChangeTextDocumentParams(
                    text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=v),
                    content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=t)])))
            assert bool(params.diagnostics) == (text is bad)
            times["didChange (incl. debounce)"].append(ms)
            ms, params = await round_trip(lambda: client.text_document_did_save(
                lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=uri))))
            times["didSave"].append(ms)
            for label, request in (("hover", client.text_document_hover_async),
                                   ("definition", client.text_document_definition_async)):
                params_cls = lsp.HoverParams if label == "hover" else lsp.DefinitionParams
                t0 = time.perf_counter()
                await request(params_cls(text_document=lsp.TextDocumentIdentifier(uri=uri), position=position))
                times[label].append((time.perf_counter() - t0) * 1e3)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edits", type=int, default=40)
    ap.add_argument("--lines", type=int, default=1000)
    opts = ap.parse_args()
    console = wide_console()
    print_header(console, f"coinc lsp latency, {opts.lines}-line file, {opts.edits} edits")
    times = asyncio.run(run(opts.edits, opts.lines))
    table = make_table("round trips (ms)", ["what", "runs", "median", "p95", "max"])
    for label, values in times.items():
        table.add_row(label, str(len(values)), f"{statistics.median(values):.1f}",
                      f"{percentile(values, 0.95):.1f}", f"{max(values):.1f}")
    console.print(table)
    p95 = percentile(times["didSave"], 0.95)
    console.print(f"diagnostic round trip (didSave) p95 {p95:.1f} ms: target {TARGET_MS:.0f} ms "
                  f"{'met' if p95 < TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
