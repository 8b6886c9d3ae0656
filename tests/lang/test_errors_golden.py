"""Golden tests of error messages: each tests/lang/errors/NAME.coin must fail to compile
with exactly the output in NAME.expected, exit code 1, and no traceback.

To accept a deliberate change of wording: regenerate with
`for f in tests/lang/errors/*.coin; do coinc compile $f -o /tmp/x 2> ${f%.coin}.expected; done`
from the repository root, then read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from coinc.cli import main

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "tests/lang/errors").glob("*.coin"))


@pytest.mark.parametrize("source", CASES, ids=[c.stem for c in CASES])
def test_error_output_is_exactly_the_golden_one(source: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(ROOT)
    rel = os.path.relpath(source, ROOT)
    result = CliRunner().invoke(main, ["compile", rel, "-o", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    assert result.stderr == source.with_suffix(".expected").read_text()
    assert not list(tmp_path.iterdir()), "nothing may be written when compilation fails"
