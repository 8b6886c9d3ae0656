"""`///` doc comments: attached to the declaration below them, invisible to the compiler
(same bytecode), rendered by `coinc doc` as the contract's interface in Markdown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coinc.docgen import doc_comments, module_markdown
from lang.compiler import compile_source
from lang.parser import parse

DOCUMENTED = """/// A counter anyone can bump.
/// Second line of the contract doc.
contract Counter {
    /// The running total.
    storage count: uint
    // an ordinary comment documents nothing
    storage owner: address

    /// Someone bumped the counter.
    event Bumped(who: address indexed, by: uint)

    /// Start at `start`.
    init(start: uint) {
        self.count = start
        self.owner = msg.sender
    }

    /// Add `by`; returns the new total.
    pub fn bump(by: uint) -> uint {
        require(by > 0, "by must be positive")
        self.count += by
        emit Bumped(msg.sender, by)
        return self.count
    }

    /// detached by the blank line below

    fn helper() {}
}
"""


def test_doc_comments_attach_to_the_next_declaration_only():
    docs = doc_comments(DOCUMENTED)
    lines = DOCUMENTED.splitlines()
    by_decl = {lines[n - 1].strip(): text for n, text in docs.items()}
    assert by_decl == {
        "contract Counter {": "A counter anyone can bump.\nSecond line of the contract doc.",
        "storage count: uint": "The running total.",
        "event Bumped(who: address indexed, by: uint)": "Someone bumped the counter.",
        "init(start: uint) {": "Start at `start`.",
        "pub fn bump(by: uint) -> uint {": "Add `by`; returns the new total.",
    }


def test_doc_comments_do_not_change_bytecode():
    plain = "\n".join(line for line in DOCUMENTED.splitlines() if not line.strip().startswith("///"))
    assert [c.bytecode for c in compile_source(DOCUMENTED)] == [c.bytecode for c in compile_source(plain)]


def test_markdown_interface():
    md = module_markdown(parse(DOCUMENTED))
    assert md.startswith("# Counter\n\nA counter anyone can bump.\nSecond line of the contract doc.\n")
    assert "## Constructor\n\n### `init`\n\n```coin\ninit(start: uint)\n```\n\nStart at `start`." in md
    assert "```coin\npub fn bump(by: uint) -> uint\n```\n\nAdd `by`; returns the new total." in md
    assert "Reverts with: `by must be positive`" in md
    assert "```coin\nevent Bumped(who: address indexed, by: uint)\n```\n\nSomeone bumped the counter." in md
    assert "| `count` | `uint` | The running total. |" in md
    assert "| `owner` | `address` |  |" in md
    assert "helper" not in md  # not public: not part of the interface
    assert "| `bump` | by must be positive |" in md


def test_cli_doc_writes_markdown_and_reports_compile_errors(tmp_path: Path):
    src = tmp_path / "counter.coin"
    src.write_text(DOCUMENTED, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "coinc", "doc", "counter.coin", "-o", "API.md"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "API.md").read_text(encoding="utf-8") == module_markdown(parse(DOCUMENTED))
    src.write_text(DOCUMENTED.replace("self.count += by", "self.cont += by"), encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "coinc", "doc", "counter.coin"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1
    assert "counter.coin:21:14: error: `Counter` has no storage `cont`" in bad.stderr
