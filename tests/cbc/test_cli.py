"""`coinc cbc simulate` end to end: the report files, and one-line errors for bad parameters."""

from __future__ import annotations

import json

from click.testing import CliRunner

from coinc.cli import main


def run(*args):
    return CliRunner().invoke(main, ["cbc", "simulate", *args])


def test_simulate_writes_the_report(tmp_path):
    result = run("--validators", "4", "--delay", "fixed,exponential", "--runs", "2", "--duration", "12",
                 "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "report.json").read_text())
    assert [c["delay"] for c in report["cells"]] == ["exponential", "fixed"]
    assert all(c["safety_violations"] == 0 and c["share_finalized"] == 1 for c in report["cells"])
    assert len(report["runs"]) == 4
    assert (tmp_path / "latency.png").stat().st_size > 1000
    assert "| validators |" in (tmp_path / "report.md").read_text()


def test_simulate_reports_a_break_above_threshold():
    result = run("--validators", "6", "--equivocators", "2", "--threshold", "1", "--partition", "0:1000",
                 "--runs", "1", "--seed", "3")
    assert result.exit_code == 0, result.output
    assert "above the threshold: expected" in result.output


def test_bad_parameters_are_one_line_errors():
    for args, text in ((["--delay", "slow"], "delay must be one of"),
                       (["--validators", "x"], "--validators: expected comma-separated integers"),
                       (["--partition", "9:3"], "START <= HEAL"),
                       (["--validators", "200"], "validators must be in [1, 128]"),
                       (["--validators", "4,8", "--weights", "1,2,3,4"], "exactly one --validators"),
                       (["--runs", "0"], "--runs must be in")):
        result = run(*args)
        assert result.exit_code == 1 and text in result.output, (args, result.output)
        assert "Traceback" not in result.output
