"""docs/gas.md is generated from the opcode table: it must not drift."""

from pathlib import Path

from vm.gastable import markdown
from vm.opcodes import OPCODES


def test_docs_gas_table_is_up_to_date():
    doc = (Path(__file__).resolve().parents[2] / "docs/gas.md").read_text()
    assert doc == markdown(), "regenerate with: python -m vm.gastable > docs/gas.md"


def test_every_opcode_is_in_the_doc():
    doc = markdown()
    for op in OPCODES:
        assert f"`{op.mnemonic}`" in doc or f" {op.mnemonic} " in doc
