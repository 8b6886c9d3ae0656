"""Gas figures: EIP-2929/2200/3529 storage, memory expansion, halts and rollback."""

from __future__ import annotations

import pytest

from tests.vm.conftest import CONTRACT, Env
from vm.errors import InvalidJump, OutOfGas, Revert, StackOverflow, StackUnderflow
from vm.gas import memory_cost

GAS = 100_000


@pytest.mark.parametrize(
    "original,current,new,warm,cost,refund",
    [
        (0, 0, 1, False, 22100, 0),  # fresh slot, cold
        (0, 0, 1, True, 20000, 0),
        (1, 1, 2, True, 2900, 0),  # clean nonzero change, warm
        (1, 1, 2, False, 5000, 0),
        (1, 1, 1, True, 100, 0),  # no-op
        (1, 1, 0, True, 2900, 4800),  # clear
        (1, 2, 1, True, 100, 2800),  # restore original nonzero
        (0, 1, 0, True, 100, 19900),  # restore original zero
        (1, 0, 1, True, 100, -4800 + 2800),  # un-clear back to original
        (1, 2, 0, True, 100, 4800),  # dirty clear
    ],
)
def test_sstore(env: Env, original: int, current: int, new: int, warm: bool, cost: int, refund: int) -> None:
    env.install(f"PUSH 1\nPUSH {new}\nSSTORE")
    env.host.begin_transaction()
    env.host.storage[(CONTRACT, 1)] = original
    env.host.original.clear()
    if current != original:
        env.host.set_storage(CONTRACT, 1, current)
    if warm:
        env.host.access_storage(CONTRACT, 1)
    from vm.message import Message

    r = env.vm.call(Message(b"\x01" * 20, CONTRACT, 0, b"", GAS))
    assert r.success, r.error
    assert GAS - r.gas_left == cost + 3 + (2 if new == 0 else 3)
    assert r.gas_refund == refund


def test_sstore_sentry(env: Env) -> None:
    r = env.run("PUSH 1\nPUSH 1\nSSTORE", gas=2306)
    assert not r.success and isinstance(r.error, OutOfGas) and r.gas_left == 0


@pytest.mark.parametrize("warm_first,cost", [(False, 2100), (True, 100)])
def test_sload(env: Env, warm_first: bool, cost: int) -> None:
    src = ("PUSH 1\nSLOAD\nPOP\n" if warm_first else "") + "PUSH 1\nSLOAD\nPOP"
    r = env.run(src, gas=GAS)
    before = 2100 + 3 + 2 if warm_first else 0
    assert GAS - r.gas_left == before + 3 + cost + 2


@pytest.mark.parametrize("offset", [0, 31, 32, 1000, 10_000])
def test_memory_expansion(env: Env, offset: int) -> None:
    r = env.run(f"PUSH {offset}\nMLOAD\nPOP", gas=GAS)
    words = (offset + 32 + 31) // 32
    assert GAS - r.gas_left == (2 if offset == 0 else 3) + 3 + memory_cost(words) + 2


def test_zero_size_access_is_free(env: Env) -> None:
    r = env.run(f"PUSH {2**200}\nPUSH 0\nRETURN", gas=GAS)
    assert r.success and GAS - r.gas_left == 3 + 2  # PUSH32, PUSH0


@pytest.mark.parametrize("offset", [2**32, 2**64, 2**255])
def test_huge_memory_is_out_of_gas(env: Env, offset: int) -> None:
    r = env.run(f"PUSH {offset}\nMLOAD", gas=GAS)
    assert isinstance(r.error, OutOfGas) and r.gas_left == 0


def test_out_of_gas_burns_all_and_reverts_storage(env: Env) -> None:
    r = env.run("PUSH 1\nPUSH 5\nSSTORE\nPUSH 0\nPUSH 1\nLOG0\nPUSH 0\nMLOAD\nPUSH 100000\nMLOAD", gas=30000)
    assert not r.success and r.gas_left == 0 and isinstance(r.error, OutOfGas)
    assert env.host.storage.get((CONTRACT, 1), 0) == 0 and env.host.logs == []


def test_revert_keeps_gas_returns_data_undoes_writes(env: Env) -> None:
    src = "PUSH 1\nPUSH 5\nSSTORE\nPUSH 0\nPUSH 0\nLOG0\nPUSH 0\nPUSH 0xbeef\nMSTORE\nPUSH 30\nPUSH 2\nREVERT"
    r = env.run(src, gas=GAS)
    assert not r.success and isinstance(r.error, Revert)
    assert r.output == b"\xbe\xef"
    assert 0 < r.gas_left < GAS - 22100
    assert env.host.storage.get((CONTRACT, 1), 0) == 0 and env.host.logs == []
    assert r.error_pc == (CONTRACT, "runtime", len(bytes.fromhex("6001600555" "5f5fa05f61beef52601e6002")))


def test_exp_gas(env: Env) -> None:
    r = env.run("PUSH 2\nPUSH 0x10000\nEXP\nPOP", gas=GAS)
    assert GAS - r.gas_left == 3 + 3 + 10 + 50 * 3 + 2


@pytest.mark.parametrize(
    "src,error",
    [
        ("ADD", StackUnderflow),
        ("PUSH 1\nSWAP1", StackUnderflow),
        ("PUSH 1\nDUP2", StackUnderflow),
        ("PUSH 3\nJUMP", InvalidJump),
        ("PUSH 1\nPUSH 1\nJUMPI", InvalidJump),
        ("loop:\nJUMPDEST\nPUSH 1\nPUSH @loop\nJUMP", StackOverflow),
    ],
)
def test_exceptional_halts(env: Env, src: str, error: type) -> None:
    r = env.run(src, gas=GAS)
    assert not r.success and r.gas_left == 0 and isinstance(r.error, error), r.error


def test_error_pc_names_failing_instruction(env: Env) -> None:
    r = env.run("PUSH 1\nPUSH 2\nPOP\nPOP\nPOP", gas=GAS)
    assert isinstance(r.error, StackUnderflow) and r.error_pc == (CONTRACT, "runtime", 6)
    r = env.run("PUSH 1\nPUSH 2\nADD\nPOP", gas=8)
    assert isinstance(r.error, OutOfGas) and r.error_pc == (CONTRACT, "runtime", 4)


def test_gas_opcode_is_exact(env: Env) -> None:
    r = env.run("PUSH 0\nPUSH 1\nPOP\nGAS\nMSTORE\nPUSH 0\nPUSH 32\nRETURN", gas=GAS)
    assert int.from_bytes(r.output, "big") == GAS - (2 + 3 + 2 + 2)


def test_panic_mid_block_keeps_exact_gas(env: Env) -> None:
    # checked ops end their block, so gas of later instructions is not pre-charged
    r = env.run("PUSH 1\nPUSH 2\nCSUB\nPUSH 1\nPUSH 1\nPUSH 1", gas=GAS)
    assert isinstance(r.error, Revert) and GAS - r.gas_left == 3 + 3 + 3
