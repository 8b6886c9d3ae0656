"""Behaviour kept byte for byte: artifacts, generated Vyper and stress outputs.

The golden files were written by `tests/golden/snapshot.py` before the issue-10 refactor;
a refactor that changes one byte of an artifact, a listing, the lowered Vyper or a
bundled scenario's summary.json / timeseries.csv fails here.
"""

from __future__ import annotations

import pytest

from tests.golden import snapshot

ARTIFACTS = snapshot.artifact_texts()


@pytest.mark.parametrize("rel", sorted(ARTIFACTS))
def test_artifact_unchanged(rel):
    assert ARTIFACTS[rel] == (snapshot.ARTIFACTS / rel).read_text()


def test_every_golden_artifact_is_still_produced():
    golden = {str(p.relative_to(snapshot.ARTIFACTS)) for p in snapshot.ARTIFACTS.rglob("*")
              if p.is_file() and p.suffix in (".json", ".asm")}
    assert golden == set(ARTIFACTS)


def test_lowered_vyper_unchanged():
    for rel, text in snapshot.evm_texts().items():
        assert text == (snapshot.ARTIFACTS / rel).read_text(), rel


@pytest.mark.parametrize("scenario,seed", [(s, n) for s, seeds in snapshot.SCENARIO_SEEDS.items()
                                           for n in seeds])
def test_stress_outputs_unchanged(scenario, seed, tmp_path):
    for name, text in snapshot.stress_outputs(scenario, seed, tmp_path).items():
        assert text == (snapshot.SUMMARIES / f"{scenario}-{seed}" / name).read_text(), name
