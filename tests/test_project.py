"""The project's promises about itself: CI runs the README's test command; the README's
quickstart has exactly two commands."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quickstart_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = text.split("## Quickstart", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith("#")]


def test_quickstart_has_a_run_command_and_a_test_command():
    commands = quickstart_commands()
    assert len(commands) == 2
    assert "coinc stress" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci/run").read_text()
    assert quickstart_commands()[1] in ci.splitlines()
