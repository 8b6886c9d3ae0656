"""Every opcode's semantics, with operands in source order (first operand pushed first)."""

from __future__ import annotations

import pytest

from tests.vm.conftest import CONTRACT, SENDER, Env, ret_top, word
from vm.errors import panic_data

M = 2**256 - 1
NEG1 = M
MIN = 2**255


def neg(x: int) -> int:
    return (-x) & M


BINARY = [
    ("ADD", 2, 3, 5), ("ADD", M, 2, 1), ("MUL", 6, 7, 42), ("MUL", 2**255, 2, 0),
    ("SUB", 10, 3, 7), ("SUB", 3, 10, neg(7)), ("DIV", 10, 3, 3), ("DIV", 10, 0, 0),
    ("SDIV", neg(10), 3, neg(3)), ("SDIV", MIN, NEG1, MIN), ("SDIV", 1, 0, 0),
    ("MOD", 10, 3, 1), ("MOD", 10, 0, 0), ("SMOD", neg(10), 3, neg(1)), ("SMOD", 10, neg(3), 1),
    ("EXP", 2, 10, 1024), ("EXP", 2, 256, 0), ("EXP", 0, 0, 1),
    ("SIGNEXTEND", 0, 0xFF, M), ("SIGNEXTEND", 0, 0x7F, 0x7F), ("SIGNEXTEND", 1, 0x80FF, neg(0x7F01)),
    ("SIGNEXTEND", 31, 5, 5),
    ("LT", 1, 2, 1), ("LT", 2, 1, 0), ("GT", 2, 1, 1), ("SLT", NEG1, 0, 1), ("SGT", NEG1, 0, 0),
    ("EQ", 5, 5, 1), ("EQ", 5, 6, 0), ("AND", 0b1100, 0b1010, 0b1000), ("OR", 0b1100, 0b1010, 0b1110),
    ("XOR", 0b1100, 0b1010, 0b0110), ("BYTE", 31, 0x1234, 0x34), ("BYTE", 30, 0x1234, 0x12),
    ("BYTE", 32, 0x1234, 0), ("SHL", 1, 4, 16), ("SHL", 1, 256, 0), ("SHR", 16, 4, 1),
    ("SHR", 16, 2**255, 0), ("SAR", neg(16), 2, neg(4)), ("SAR", neg(1), 300, M), ("SAR", 16, 300, 0),
    # checked, in range
    ("CADD", 2, 3, 5), ("CSUB", 10, 3, 7), ("CMUL", 6, 7, 42), ("CDIV", 10, 3, 3), ("CMOD", 10, 3, 1),
    ("CEXP", 3, 4, 81), ("CEXP", 2, 255, 2**255), ("CEXP", 1, M, 1), ("CEXP", 0, M, 0),
    ("SCADD", neg(2), 1, neg(1)), ("SCSUB", 1, 2, neg(1)), ("SCMUL", neg(3), 4, neg(12)),
    ("SCDIV", neg(7), 2, neg(3)), ("SCMOD", neg(7), 2, neg(1)), ("SCEXP", neg(2), 3, neg(8)),
    ("SCEXP", neg(2), 255, MIN), ("SCEXP", NEG1, M, NEG1),
]


@pytest.mark.parametrize("op,a,b,expected", BINARY)
def test_binary(env: Env, op: str, a: int, b: int, expected: int) -> None:
    assert word(env.run(f"PUSH {a}\nPUSH {b}\n{op}\n" + ret_top())) == expected


UNARY = [("ISZERO", 0, 1), ("ISZERO", 7, 0), ("NOT", 0, M), ("SCNEG", 5, neg(5)), ("SCNEG", neg(5), 5)]


@pytest.mark.parametrize("op,a,expected", UNARY)
def test_unary(env: Env, op: str, a: int, expected: int) -> None:
    assert word(env.run(f"PUSH {a}\n{op}\n" + ret_top())) == expected


PANICS = [
    ("CADD", M, 1, 0x11), ("CSUB", 1, 2, 0x11), ("CMUL", 2**128, 2**128, 0x11), ("CDIV", 1, 0, 0x12),
    ("CMOD", 1, 0, 0x12), ("CEXP", 2, 256, 0x11), ("SCADD", MIN - 1, 1, 0x11),
    ("SCSUB", MIN, 1, 0x11), ("SCMUL", MIN, NEG1, 0x11), ("SCDIV", MIN, NEG1, 0x11),
    ("SCDIV", 1, 0, 0x12), ("SCMOD", 1, 0, 0x12), ("SCEXP", 2, 255, 0x11),
]


@pytest.mark.parametrize("op,a,b,code", PANICS)
def test_checked_panics(env: Env, op: str, a: int, b: int, code: int) -> None:
    r = env.run(f"PUSH {a}\nPUSH {b}\n{op}\n" + ret_top())
    assert not r.success and r.output == panic_data(code)
    assert r.gas_left > 0  # a revert keeps unused gas
    assert r.output.hex().startswith("4e487b71")


def test_scneg_min_panics(env: Env) -> None:
    r = env.run(f"PUSH {MIN}\nSCNEG\n" + ret_top())
    assert r.output == panic_data(0x11)


@pytest.mark.parametrize(
    "a,b,c,expected", [(2**200, 2**200, 2**250, 2**150), (7, 3, 2, 10), (M, M, M, M)]
)
def test_muldiv(env: Env, a: int, b: int, c: int, expected: int) -> None:
    assert word(env.run(f"PUSH {a}\nPUSH {b}\nPUSH {c}\nMULDIV\n" + ret_top())) == expected


@pytest.mark.parametrize("a,b,c,code", [(1, 1, 0, 0x12), (M, M, 1, 0x11)])
def test_muldiv_panics(env: Env, a: int, b: int, c: int, code: int) -> None:
    assert env.run(f"PUSH {a}\nPUSH {b}\nPUSH {c}\nMULDIV\n").output == panic_data(code)


def test_panic_instruction(env: Env) -> None:
    r = env.run("PANIC 1")
    assert not r.success and r.output == panic_data(1) and r.gas_left == 1_000_000


def test_stack_ops(env: Env) -> None:
    # DUP2 copies the second word; SWAP2 swaps top and third
    assert word(env.run("PUSH 1\nPUSH 2\nPUSH 3\nDUP3\n" + ret_top())) == 1
    assert word(env.run("PUSH 1\nPUSH 2\nPUSH 3\nSWAP2\n" + ret_top())) == 1
    assert word(env.run("PUSH 1\nPUSH 2\nPUSH 3\nSWAP2\nPOP\n" + ret_top())) == 2
    assert word(env.run("PUSH 9\nPUSH 8\nPOP\n" + ret_top())) == 9


def test_push_widths(env: Env) -> None:
    assert word(env.run("PUSH32 0x" + "11" * 32 + "\n" + ret_top())) == int("11" * 32, 16)
    assert word(env.run("PUSH0\n" + ret_top())) == 0


def test_memory_ops(env: Env) -> None:
    assert word(env.run("PUSH 64\nPUSH 0xabc\nMSTORE\nPUSH 64\nMLOAD\n" + ret_top())) == 0xABC
    assert word(env.run("PUSH 31\nPUSH 0x1ff\nMSTORE8\nPUSH 0\nMLOAD\n" + ret_top())) == 0xFF
    assert word(env.run("PUSH 100\nMLOAD\nPOP\nMSIZE\n" + ret_top())) == 160
    r = env.run("PUSH 0\nPUSH 0x1234\nMSTORE\nPUSH 32\nPUSH 30\nPUSH 2\nMCOPY\nPUSH 32\nMLOAD\n" + ret_top())
    assert word(r) == 0x1234 << 240


def test_environment(env: Env) -> None:
    env.host.set_balance(CONTRACT, 77)
    assert word(env.run("ADDRESS\n" + ret_top())) == int.from_bytes(CONTRACT, "big")
    assert word(env.run("CALLER\n" + ret_top())) == int.from_bytes(SENDER, "big")
    assert word(env.run("SELFBALANCE\n" + ret_top())) == 77
    assert word(env.run("CHAINID\n" + ret_top())) == 1337
    assert word(env.run("PC\nPC\n" + ret_top())) == 1
    data = bytes(range(40))
    assert word(env.run("CALLDATASIZE\n" + ret_top(), data)) == 40
    assert word(env.run("PUSH 8\nCALLDATALOAD\n" + ret_top(), data)) == int.from_bytes(
        bytes(range(8, 40)), "big"
    )
    assert word(env.run("PUSH 1000\nCALLDATALOAD\n" + ret_top(), data)) == 0
    r = env.run("PUSH 0\nPUSH 38\nPUSH 4\nCALLDATACOPY\nPUSH 0\nPUSH 4\nRETURN", data)
    assert r.output == bytes([38, 39, 0, 0])


def test_datacopy(env: Env) -> None:
    env.install("PUSH 0\nPUSH 1\nPUSH 4\nDATACOPY\nPUSH 0\nPUSH 4\nRETURN", data=b"\xaa\xbb\xcc")
    assert env.call().output == b"\xbb\xcc\x00\x00"


def test_keccak(env: Env) -> None:
    r = env.run("PUSH 0\nPUSH 0\nKECCAK256\n" + ret_top())
    assert word(r) == 0xC5D2460186F7233C927E7DB2DCC703C0E500B653CA82273B7BFAD8045D85A470


def test_jumps(env: Env) -> None:
    src = """
    PUSH @skip
    JUMP
    PUSH 1
    skip:
    JUMPDEST
    PUSH 7
    """
    assert word(env.run(src + ret_top())) == 7
    src = "PUSH @t\nPUSH 0\nJUMPI\nPUSH 5\n" + ret_top() + "t:\nJUMPDEST\nPUSH 6\n" + ret_top()
    assert word(env.run(src)) == 5
    assert word(env.run(src.replace("PUSH 0\nJUMPI", "PUSH 1\nJUMPI"))) == 6


def test_callf_retf_locals(env: Env) -> None:
    # main: locals [10]; f(x) = x * 2 with its own local; main's local survives
    src = """
    ENTER 1
    PUSH 10
    LSET 0
    PUSH 21
    CALLF @f
    LGET 0
    ADD
    """ + ret_top() + """
    f:
    ENTER 1
    LSET 0
    LGET 0
    LGET 0
    ADD
    RETF
    """
    assert word(env.run(src)) == 52


def test_recursive_callf(env: Env) -> None:
    # fact(n) = n <= 1 ? 1 : n * fact(n - 1)
    src = """
    PUSH 10
    CALLF @fact
    """ + ret_top() + """
    fact:
    ENTER 1
    LSET 0
    PUSH @base
    LGET 0
    PUSH 2
    LT
    JUMPI
    LGET 0
    LGET 0
    PUSH 1
    SUB
    CALLF @fact
    MUL
    RETF
    base:
    JUMPDEST
    PUSH 1
    RETF
    """
    assert word(env.run(src)) == 3628800


def test_malloc(env: Env) -> None:
    src = "PUSH 40\nMALLOC\nPUSH 1\nMALLOC\nPUSH 0\nMALLOC\nMSIZE\n"
    src += "".join(f"PUSH {o}\nSWAP1\nMSTORE\n" for o in (0, 32, 64, 96)) + "PUSH 0\nPUSH 128\nRETURN"
    out = env.run(src).output
    msize, p3, p2, p1 = (int.from_bytes(out[i : i + 32], "big") for i in range(0, 128, 32))
    assert (p1, p2, p3, msize) == (0, 64, 96, 96)


def test_malloc_zeroes(env: Env) -> None:
    src = "PUSH 0\nPUSH 99\nMSTORE\nPUSH 32\nMALLOC\nMLOAD\n" + ret_top()
    assert word(env.run(src)) == 0


def test_log(env: Env) -> None:
    r = env.run("PUSH 0\nPUSH 0xab\nMSTORE8\nPUSH 0\nPUSH 1\nPUSH 7\nPUSH 8\nLOG2\nSTOP")
    assert r.success
    assert env.host.logs == [(CONTRACT, (7, 8), b"\xab")]


def test_sload_sstore(env: Env) -> None:
    assert word(env.run("PUSH 5\nPUSH 99\nSSTORE\nPUSH 5\nSLOAD\n" + ret_top())) == 99
    assert env.host.storage[(CONTRACT, 5)] == 99


@pytest.mark.parametrize("payload", [b"", b"hi", b"x" * 32, b"y" * 33, bytes(range(200))])
def test_bytes_storage_round_trip(env: Env, payload: bytes) -> None:
    n = len(payload)
    words = [payload[i : i + 32].ljust(32, b"\0") for i in range(0, n, 32)]
    src = f"PUSH {32 + n}\nMALLOC\nDUP1\nPUSH {n}\nMSTORE\n"
    for i, w in enumerate(words):
        src += f"DUP1\nPUSH {32 + 32 * i}\nADD\nPUSH 0x{w.hex()}\nMSTORE\n"
    src += "PUSH 3\nSWAP1\nSSTOREBYTES\n"
    src += f"PUSH 3\nSLOADBYTES\nPUSH {32 + n}\nRETURN"
    r = env.run(src)
    assert r.success, r.error
    assert r.output == n.to_bytes(32, "big") + payload


def test_sstorebytes_clears_longer_value(env: Env) -> None:
    from vm.instructions.storage import data_slot

    env.host.storage[(CONTRACT, 3)] = 70
    base = data_slot(3)
    for i in range(3):
        env.host.storage[(CONTRACT, base + i)] = 0xFF
    src = "PUSH 64\nMALLOC\nDUP1\nPUSH 1\nMSTORE\nDUP1\nPUSH 32\nADD\nPUSH 0x61\nPUSH 248\nSHL\nSWAP1\nPOP\n"
    # simpler: write length 1 and data 'a' at ptr+32
    src = "PUSH 64\nMALLOC\nPOP\nPUSH 0\nPUSH 1\nMSTORE\nPUSH 32\nPUSH 0x61\nMSTORE8\nPUSH 3\nPUSH 0\nSSTOREBYTES\nSTOP"
    assert env.run(src).success
    st = env.host.storage
    assert st[(CONTRACT, 3)] == 1
    assert st[(CONTRACT, base)] == 0x61 << 248
    assert st[(CONTRACT, base + 1)] == 0 and st[(CONTRACT, base + 2)] == 0
