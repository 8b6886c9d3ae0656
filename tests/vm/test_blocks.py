"""The compiled-block interpreter (vm.blocks) against the stepping interpreter: random
code gives identical results, gas, refunds, errors, error pcs, storage and logs."""

from __future__ import annotations

from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vm.conftest import CONTRACT, OTHER, SENDER
from vm import analysis, interpreter
from vm.asm import asm
from vm.blocks import INLINE, compile_program
from vm.container import Container
from vm.disasm import disassemble
from vm.interpreter import VM
from vm.memhost import MemoryHost
from vm.message import Message
from vm.opcodes import OPCODES


@contextmanager
def compiled_blocks(on: bool):
    saved = analysis.COMPILE_AFTER
    analysis.COMPILE_AFTER = 0 if on else 10**9
    analysis._CACHE.clear()
    interpreter._CODE_CACHE.clear()
    try:
        yield
    finally:
        analysis.COMPILE_AFTER = saved
        analysis._CACHE.clear()
        interpreter._CODE_CACHE.clear()


def outcome(code: bytes, calldata: bytes, gas: int, on: bool, other: bytes | None = None):
    with compiled_blocks(on):
        host = MemoryHost()
        vm = VM(host)
        host.set_balance(SENDER, 10**18)
        host.set_balance(CONTRACT, 10**18)
        host.code[CONTRACT] = Container(code, b"", b"\x01\x02" * 20).encode()
        host.code[OTHER] = Container(other if other is not None else code, b"", b"").encode()
        host.storage[(CONTRACT, 1)] = 7
        host.begin_transaction(SENDER, CONTRACT)
        r = vm.call(Message(SENDER, CONTRACT, 0, calldata, gas))
        if on and r.error is None:
            assert analysis.analyze(code).compiled is not None
        err = None if r.error is None else (type(r.error).__name__, str(r.error))
        return (r.success, r.gas_left, r.gas_refund, r.output, err, r.error_pc,
                dict(host.storage), list(host.logs))


def same(code: bytes, calldata: bytes = b"\x02" * 50, gas: int = 1_000_000, other=None) -> None:
    stepping = outcome(code, calldata, gas, False, other)
    compiled = outcome(code, calldata, gas, True, other)
    assert compiled == stepping


_SIMPLE = [
    "ADD", "MUL", "SUB", "DIV", "SDIV", "MOD", "SMOD", "SIGNEXTEND", "LT", "GT", "SLT", "SGT",
    "EQ", "ISZERO", "AND", "OR", "XOR", "NOT", "BYTE", "SHL", "SHR", "SAR", "POP",
    *(f"DUP{n}" for n in range(1, 17)), *(f"SWAP{n}" for n in range(1, 17)),
    "CADD", "CSUB", "CMUL", "CDIV", "CMOD", "CALLER", "ADDRESS", "CALLVALUE", "CALLDATASIZE",
    "CALLDATALOAD", "MLOAD", "MSTORE", "MSTORE8", "MSIZE", "KECCAK256", "MALLOC", "SLOAD",
    "SSTORE", "JUMPDEST", "PC", "GAS", "EXP", "MULDIV", "SCNEG", "SCADD", "LOG0", "LOG1",
]
# Interesting words, and the largest value of every PUSH width (so PUSH1..PUSH32 all run).
_WORDS = [0, 1, 31, 32, 255, 256, 2**255, 2**256 - 1, *(2 ** (8 * k) - 1 for k in range(1, 33))]
_CONTROL = ["ENTER 3", "JUMP", "JUMPI", "PUSH @a", "PUSH @b", "CALLF @f", "RETF",
            "RETURN", "REVERT", "STOP", "PANIC 1", "INVALID"]
_items = st.one_of(
    st.sampled_from(_SIMPLE),
    st.integers(0, 80).map(lambda v: f"PUSH {v}"),
    st.sampled_from(_WORDS).map(lambda v: f"PUSH {v}"),
    st.integers(0, 4).map(lambda v: f"LGET {v}"),
    st.integers(0, 4).map(lambda v: f"LSET {v}"),
    st.sampled_from(_CONTROL),
)


def _program(items: list[str], labels: list[int]) -> str:
    """Assembly text with labels a, b and the function f placed among the items."""
    lines = list(items)
    for name, at in zip(("a", "b", "f"), labels, strict=True):
        at = min(at, len(lines))
        lines[at:at] = [f"{name}:", "ENTER 2" if name == "f" else "JUMPDEST"]
    return "\n".join(lines) + "\n"


@given(
    items=st.lists(_items, max_size=60),
    labels=st.lists(st.integers(0, 60), min_size=3, max_size=3),
    gas=st.one_of(st.integers(0, 3000), st.just(1_000_000)),
    calldata=st.binary(max_size=40),
)
@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
def test_compiled_blocks_match_stepping(items: list[str], labels: list[int], gas: int,
                                        calldata: bytes) -> None:
    code = asm(_program(["ENTER 5", *items], labels))
    same(code, calldata, gas)


@given(runtime=st.binary(max_size=120), gas=st.integers(0, 100_000))
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
def test_compiled_blocks_match_stepping_on_bytes(runtime: bytes, gas: int) -> None:
    same(runtime, gas=gas, other=runtime[::-1])


def test_faults_name_the_same_instruction() -> None:
    cases = [
        "ENTER 1\nPUSH 1\nPUSH 2\nADD\nLGET 3\nSTOP",  # InvalidLocal mid-block
        "ENTER 1\nPUSH 5\nLSET 1\nSTOP",  # InvalidLocal on LSET
        "PUSH 1\nPUSH 0\nCDIV\nSTOP",  # Panic from inline checked arithmetic
        "PUSH 99\nJUMP",  # invalid constant jump target
        "PUSH 1\nPUSH 99\nPUSH 1\nJUMPI",  # invalid JUMPI target
        "PUSH 1\nADD",  # stack underflow in the header check
        "PUSH 4294967296\nMLOAD",  # out of gas in memory expansion
        "PUSH 0\nPUSH 4294967296\nKECCAK256",
        "CALLER\nPUSH 0\nSSTORE\nPUSH 0\nSLOAD\nPUSH 0\nMSTORE\nPUSH 0\nPUSH 32\nRETURN",
    ]
    for src in cases:
        same(asm(src + "\n"))
    same(asm("PUSH 1\nPUSH 2\nADD\nPOP\n" * 3 + "STOP\n"), gas=20)  # out of gas at a header


def test_compiled_source_is_inspectable() -> None:
    prog = analysis.analyze_uncached(asm("PUSH 2\nPUSH 3\nADD\nPUSH 0\nMSTORE\nSTOP\n"))
    compiled = compile_program(prog)
    assert "def b0(f, s):" in compiled.source
    assert "5" in compiled.source  # 2 + 3 folded at compile time
    assert compiled.blocks[0] is not None


def _differential_vocabulary() -> set[str]:
    """Every mnemonic the random programs of `test_compiled_blocks_match_stepping` can hold."""
    texts = [*_SIMPLE, *(f"PUSH {v}" for v in (0, 80, *_WORDS)), "LGET 0", "LSET 0", *_CONTROL]
    seen: set[str] = set()
    for text in texts:
        code = asm(f"{text}\na:\nb:\nf:\n")  # the labels the control items refer to
        seen.update(i.mnemonic for i in disassemble(code))
    return seen


def test_the_table_marks_exactly_the_compiled_templates() -> None:
    assert {op.mnemonic for op in OPCODES if op.template} == INLINE


def test_every_compiled_template_has_a_differential_case() -> None:
    missing = {op.mnemonic for op in OPCODES if op.template} - _differential_vocabulary()
    assert not missing, f"compiled inline but never compared with the stepping interpreter: {sorted(missing)}"
