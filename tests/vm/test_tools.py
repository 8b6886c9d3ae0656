"""Assembler, disassembler and verifier."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vm.asm import AsmError, Instr, Label, asm, assemble, parse_asm
from vm.container import Container
from vm.disasm import disassemble, format_listing
from vm.errors import InvalidCode
from vm.gas import MAX_CODE_SIZE
from vm.opcodes import BY_MNEMONIC, OPCODES
from vm.verify import verify_code, verify_container


@pytest.mark.parametrize(
    "value,encoded",
    [(0, "5f"), (1, "6001"), (255, "60ff"), (256, "610100"), (2**256 - 1, "7f" + "ff" * 32)],
)
def test_push_picks_shortest(value: int, encoded: str) -> None:
    assert assemble([Instr("PUSH", value)]).code.hex() == encoded


def test_labels_and_offsets() -> None:
    items = parse_asm("PUSH @end ; jump forward\nJUMP\nPUSH 1\nend:\nJUMPDEST\nCALLF @f\nf:\nENTER 2\nRETF")
    out = assemble(items)
    assert out.labels == {"end": 6, "f": 10}
    assert out.code.hex() == "610006" "56" "6001" "5b" "b3000a" "b202" "b4"
    assert out.offsets == [0, 3, 4, 6, 6, 7, 10, 10, 12]


@pytest.mark.parametrize(
    "items",
    [[Instr("NOPE")], [Instr("PUSH", -1)], [Instr("LGET", 256)], [Instr("PUSH", "missing")],
     [Instr("ADD", 1)], [Label("a"), Label("a")], [Instr("ENTER")]],
)
def test_asm_errors(items: list) -> None:
    with pytest.raises(AsmError):
        assemble(items)


def test_disassemble_garbage_never_raises() -> None:
    ins = disassemble(bytes.fromhex("ef6101"))
    assert ins[0].op is None and ins[0].mnemonic == "INVALID(0xef)"
    assert ins[1].op is BY_MNEMONIC["PUSH2"] and ins[1].immediate == 1 and ins[1].truncated


def test_listing_of_container() -> None:
    blob = Container(asm("PUSH 1\nSTOP"), asm("STOP"), b"\xab\xcd").encode()
    text = format_listing(blob)
    assert "runtime:" in text and "init:" in text and "abcd" in text and "PUSH1 0x1" in text


_instr = st.one_of(
    st.builds(Instr, st.just("PUSH"), st.integers(0, 2**256 - 1)),
    st.builds(Instr, st.sampled_from([op.mnemonic for op in OPCODES if not op.immediate])),
    st.builds(Instr, st.sampled_from(["LGET", "LSET", "ENTER", "PANIC"]), st.integers(0, 255)),
)


@given(st.lists(_instr, max_size=40))
@settings(max_examples=200, deadline=None)
def test_assemble_disassemble_round_trip(items: list[Instr]) -> None:
    out = assemble(items)
    ins = disassemble(out.code)
    assert [i.pc for i in ins] == out.offsets
    for item, d in zip(items, ins, strict=True):
        if item.mnemonic == "PUSH":
            assert d.op.mnemonic.startswith("PUSH") and (d.immediate or 0) == item.arg
        else:
            assert d.op.mnemonic == item.mnemonic and d.immediate == item.arg


@pytest.mark.parametrize(
    "code,message",
    [
        ("6001ef", "offset 0x2: unknown opcode 0xef"),
        ("6001" "61ff", "offset 0x2: PUSH2 immediate runs past the end of the section"),
        ("b30099", "CALLF target 0x99 is past the end"),
        ("b30004" "00" "01", "CALLF target 0x4 is not an ENTER instruction"),
        ("b30004" "6001" "b200", "CALLF target 0x4 is not at an instruction boundary"),
        ("600456" "00", "JUMP target 0x4 is not a JUMPDEST"),
        ("6004600157" "6001" "5b", "offset 0x4: JUMPI target 0x4 is not a JUMPDEST"),
    ],
)
def test_verify_errors(code: str, message: str) -> None:
    with pytest.raises(InvalidCode, match=message):
        verify_code(bytes.fromhex(code))


def test_verify_accepts_good_code() -> None:
    verify_code(asm("PUSH @y\nPUSH 1\nJUMPI\ny:\nJUMPDEST\nPUSH @x\nJUMP\nx:\nJUMPDEST\nCALLF @f\nSTOP\nf:\nENTER 0\nRETF"))


def test_size_limits() -> None:
    with pytest.raises(InvalidCode, match="over the limit"):
        verify_container(Container(b"\x00" * (MAX_CODE_SIZE + 1), b"", b"").encode())
    verify_container(Container(b"\x00", b"\x00" * (MAX_CODE_SIZE + 1), b"").encode())
    with pytest.raises(InvalidCode, match="magic"):
        verify_container(b"\x00" * 20)


@given(code=st.binary(max_size=200))
@settings(max_examples=300, deadline=None)
def test_analysis_verifier_and_disassembler_agree_on_instruction_boundaries(code: bytes) -> None:
    """All three read code through `vm.decode`: the same instruction starts, whatever the bytes."""
    from vm.analysis import analyze_uncached

    listed = [i.pc for i in disassemble(code)]
    prog = analyze_uncached(code)
    # the analysis adds block headers (at their block's first pc) and the implicit STOP
    run = [pc for pc, effect in zip(prog.pcs, prog.effects, strict=True) if effect is not None]
    assert run == [*listed, len(code)]
    try:
        verify_code(code)
    except InvalidCode as exc:
        # the verifier names the offset of an instruction the disassembler also lists
        assert int(str(exc).split("offset 0x")[1].split(":")[0], 16) in listed
    else:
        assert all(i.op is not None and not i.truncated for i in disassemble(code))


def test_a_truncated_immediate_reads_as_zero_padded_in_the_vm_and_as_is_in_listings() -> None:
    from vm.analysis import analyze_uncached

    code = bytes.fromhex("6201")  # PUSH3 with one of its three bytes
    (ins,) = disassemble(code)
    assert (ins.immediate, ins.missing, ins.padded, str(ins)) == (1, 2, 0x010000, "PUSH3 0x1 (truncated)")
    assert analyze_uncached(code).imms[1] == 0x010000


def test_labels_fit_callf_and_wide_pushes_only() -> None:
    assert asm("CALLF @f\nf:\nENTER 0\n").hex() == "b30003b200"
    assert asm("PUSH2 @a\na:\n").hex() == "610003"
    for mnemonic in ("PUSH1", "LGET", "ENTER", "PANIC"):
        with pytest.raises(AsmError, match="cannot take a label"):
            assemble([Instr(mnemonic, "a"), Label("a")])


def test_every_opcode_row_is_bound_to_its_handler() -> None:
    from vm.instructions import HANDLERS

    for op in OPCODES:
        assert op.handler is HANDLERS[op.mnemonic], op.mnemonic
        assert op.ends_block or not (op.halts or op.transfers or op.branches)
        size = {"none": 0, "dup": 0, "swap": 0, "pc": 0, "byte": 1, "u16": 2}
        assert op.immediate == size.get(op.operand, op.immediate), op.mnemonic  # push: any
        assert (op.arg is not None) == (op.operand in ("dup", "swap") or op.mnemonic == "PUSH0")
