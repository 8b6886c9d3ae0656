"""The editor grammars are generated from lang/coin.lark and must be current, and the
TextMate grammar must highlight what the grammar calls keywords, numbers and comments."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "gen_editor_grammars.py"


def test_generated_grammars_are_current():
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def _scope_of(grammar: dict, text: str) -> str | None:
    """The first pattern (in order, as TextMate tries them) matching all of `text`."""
    for pattern in grammar["patterns"]:
        regex = pattern.get("match")
        if regex is None:
            continue
        m = re.match(regex, text)
        if m and m.end() == len(text) and "name" in pattern:
            return pattern["name"]
    return None


def test_textmate_grammar_covers_every_grammar_keyword():
    grammar = json.loads((ROOT / "editors/vscode/syntaxes/coin.tmLanguage.json").read_text())
    words = set(re.findall(r'"([a-z_]+)"', (ROOT / "lang/coin.lark").read_text()))
    assert {"contract", "fn", "emit", "payable", "and", "true"} <= words
    for word in words:
        assert _scope_of(grammar, word) is not None, word
    assert _scope_of(grammar, "if") == "keyword.control.coin"
    assert _scope_of(grammar, "0x1f_00") == "constant.numeric.coin"
    assert _scope_of(grammar, "/// docs") == "comment.line.documentation.coin"
    assert _scope_of(grammar, "// note") == "comment.line.double-slash.coin"
    assert _scope_of(grammar, '"a \\" b"') == "string.quoted.double.coin"
    assert _scope_of(grammar, "uint") == "support.type.primitive.coin"
    assert _scope_of(grammar, "total") is None


def test_vscode_extension_is_wired_to_the_grammar_and_the_server():
    package = json.loads((ROOT / "editors/vscode/package.json").read_text())
    (grammar,) = package["contributes"]["grammars"]
    assert (ROOT / "editors/vscode" / grammar["path"]).is_file()
    (language,) = package["contributes"]["languages"]
    config = json.loads((ROOT / "editors/vscode" / language["configuration"]).read_text())
    assert config["comments"] == {"lineComment": "//", "blockComment": ["/*", "*/"]}
    assert ["{", "}"] in config["brackets"]
    assert '"coinc", "lsp"' in (ROOT / "editors/vscode/extension.js").read_text()
