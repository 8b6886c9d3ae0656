"""Write the golden files the refactor tests compare against.

Run `python -m tests.golden.snapshot` only when a change is *meant* to alter an artifact
or a stress summary; the golden files were first written before the issue-10 refactor,
so `test_golden.py` proves the refactor kept every byte.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from lang.compiler import BUNDLED_CONTRACTS, compile_file

HERE = Path(__file__).resolve().parent
REPO = str(HERE.parent.parent) + "/"  # artifacts name their source files; the clone's place is not golden
ARTIFACTS = HERE / "artifacts"
SUMMARIES = HERE / "summaries"
# every bundled scenario on two seeds; the 30-day Monte Carlo path once (it is the slow one)
SCENARIO_SEEDS = {
    "algorithmic-run": (1, 2),
    "black-thursday": (1, 2),
    "contagion": (1, 2),
    "monte-carlo": (1,),
    "oracle-failure": (1, 2),
    "reserve-freeze": (1, 2),
}


def artifact_texts() -> dict[str, str]:
    """`<file stem>/<Contract>.json` -> the artifact JSON text, for every bundled contract."""
    texts = {}
    for path in sorted(BUNDLED_CONTRACTS.glob("*.coin")):
        for c in compile_file(path):
            art = c.artifact()
            art.pop("compiler", None)  # the package version, not the compiler's output
            text = json.dumps(art, indent=1, sort_keys=True) + "\n"
            texts[f"{path.stem}/{c.name}.json"] = text.replace(REPO, "<repo>/")
            texts[f"{path.stem}/{c.name}.asm"] = c.listing() + "\n"
    return texts


def evm_texts() -> dict[str, str]:
    """`<file stem>/<Contract>.vy` -> the Vyper source the EVM back end generates."""
    from lang.evm import lower

    texts = {}
    for path in sorted(BUNDLED_CONTRACTS.glob("*.coin")):
        for c in compile_file(path):
            texts[f"{path.stem}/{c.name}.vy"] = lower(c.checked).replace(REPO, "<repo>/")
    return texts


def stress_outputs(scenario: str, seed: int, out: Path) -> dict[str, str]:
    """summary.json and timeseries.csv of `coinc stress SCENARIO --seed SEED`, run as a user."""
    subprocess.run([sys.executable, "-m", "coinc", "stress", scenario, "--seed", str(seed),
                    "--out", str(out)], check=True, capture_output=True)
    return {name: (out / name).read_text() for name in ("summary.json", "timeseries.csv")}


def main() -> None:
    for rel, text in {**artifact_texts(), **evm_texts()}.items():
        (ARTIFACTS / rel).parent.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / rel).write_text(text)
    with tempfile.TemporaryDirectory() as tmp:
        for scenario, seeds in SCENARIO_SEEDS.items():
            for seed in seeds:
                for name, text in stress_outputs(scenario, seed, Path(tmp) / "out").items():
                    target = SUMMARIES / f"{scenario}-{seed}" / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text)


if __name__ == "__main__":
    main()
