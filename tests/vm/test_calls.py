"""Calls between contracts and contract creation."""

from __future__ import annotations

from tests.vm.conftest import CONTRACT, OTHER, SENDER, Env, contract, ret_top, word
from vm.asm import asm
from vm.container import Container, decode
from vm.errors import (
    CallDepthExceeded,
    InsufficientBalance,
    InvalidCode,
    OutOfGas,
    Revert,
    WriteInStaticContext,
)
from vm.gas import G_CODE_DEPOSIT
from vm.message import Message

B = int.from_bytes(OTHER, "big")


def call_src(gas: int | str = 2**200, value: int = 0, out: int = 32, op: str = "CALL") -> str:
    """CALL(gas, to, value, in_offset, in_size, out_offset, out_size) of OTHER."""
    val = f"PUSH {value}\n" if op == "CALL" else ""
    return f"PUSH {gas}\nPUSH {B}\n{val}PUSH 0\nPUSH 0\nPUSH 0\nPUSH {out}\n{op}\n"


def test_call_returns_output_and_success(env: Env) -> None:
    env.install("PUSH 77\n" + ret_top(), OTHER)
    r = env.run(call_src() + "PUSH 0\nMLOAD\nADD\n" + ret_top())
    assert word(r) == 78


def test_call_transfers_value_with_stipend(env: Env) -> None:
    env.install("GAS\n" + ret_top(), OTHER)
    env.host.set_balance(CONTRACT, 1000)
    r = env.run(call_src(gas=0, value=300) + "POP\nPUSH 0\nMLOAD\n" + ret_top())
    assert word(r) == 2300 - 2  # only the stipend
    assert env.host.get_balance(OTHER) == 300 and env.host.get_balance(CONTRACT) == 700


def test_63_64_rule(env: Env) -> None:
    env.install("GAS\n" + ret_top(), OTHER)
    gas = 1_000_000
    r = env.run(call_src() + "POP\nPUSH 0\nPUSH 32\nRETURN", gas=gas)
    static = 3 + 3 + 2 * 4 + 3  # the pushes (PUSH0 is 2)
    available = gas - static - 3 - 2600  # memory for the output word, cold account
    assert word(r) == available - available // 64 - 2


def test_insufficient_balance_returns_zero_and_keeps_gas(env: Env) -> None:
    env.install("STOP", OTHER)
    r = env.run(call_src(value=5) + ret_top())
    assert word(r) == 0
    direct = env.vm.call(Message(SENDER, OTHER, 10**9, b"", 5000))
    assert isinstance(direct.error, InsufficientBalance) and direct.gas_left == 5000


def test_revert_propagates_and_error_pc_points_at_callee(env: Env) -> None:
    env.install("PUSH 0\nPUSH 0xdead\nMSTORE\nPUSH 30\nPUSH 2\nREVERT", OTHER)
    caller = (
        "PUSH 1\nPUSH 1\nSSTORE\n" + call_src()
        + "POP\nPUSH 0\nPUSH 0\nRETURNDATASIZE\nRETURNDATACOPY\nPUSH 0\nRETURNDATASIZE\nREVERT"
    )
    r = env.run(caller)
    assert isinstance(r.error, Revert) and r.output == b"\xde\xad"
    assert r.error_pc is not None and r.error_pc[0] == OTHER
    assert env.host.storage.get((CONTRACT, 1), 0) == 0


def test_callee_failure_undoes_only_callee(env: Env) -> None:
    env.install("PUSH 1\nPUSH 1\nSSTORE\nINVALID", OTHER)
    r = env.run("PUSH 2\nPUSH 2\nSSTORE\n" + call_src() + ret_top())
    assert word(r) == 0
    assert env.host.storage[(CONTRACT, 2)] == 2 and (OTHER, 1) not in env.host.storage


def test_static_call_write_fails(env: Env) -> None:
    env.install("PUSH 1\nPUSH 1\nSSTORE\nSTOP", OTHER)
    r = env.run(call_src(op="STATICCALL") + ret_top())
    assert word(r) == 0 and (OTHER, 1) not in env.host.storage
    direct = env.call(OTHER, static=True)
    assert isinstance(direct.error, WriteInStaticContext) and direct.gas_left == 0


def test_static_context_forbids_log_and_value(env: Env) -> None:
    env.install("PUSH 0\nPUSH 0\nLOG0", OTHER)
    assert isinstance(env.call(OTHER, static=True).error, WriteInStaticContext)
    env.host.set_balance(CONTRACT, 10)
    env.install(call_src(value=1))
    assert isinstance(env.call(static=True).error, WriteInStaticContext)


def test_returndatacopy_out_of_bounds(env: Env) -> None:
    env.install("PUSH 7\n" + ret_top(), OTHER)
    from vm.errors import ReturnDataOutOfBounds

    r = env.run(call_src() + "PUSH 0\nPUSH 1\nPUSH 32\nRETURNDATACOPY")
    assert isinstance(r.error, ReturnDataOutOfBounds)


def test_depth_limit(env: Env) -> None:
    r = env.vm.call(Message(SENDER, CONTRACT, 0, b"", 1000, depth=1025))
    assert isinstance(r.error, CallDepthExceeded) and r.gas_left == 0
    # a contract calling itself: the call at depth 1025 fails, the others succeed
    me = int.from_bytes(CONTRACT, "big")
    env.install(f"PUSH {2**200}\nPUSH {me}\nPUSH0\nPUSH0\nPUSH0\nPUSH0\nPUSH0\nCALL\n" + ret_top())
    env.host.begin_transaction(CONTRACT)
    r = env.vm.call(Message(SENDER, CONTRACT, 0, b"", 10**9, depth=1000))
    assert r.success


def test_deep_recursion_does_not_crash_python(env: Env) -> None:
    me = int.from_bytes(CONTRACT, "big")
    env.install(f"PUSH {2**200}\nPUSH {me}\nPUSH0\nPUSH0\nPUSH0\nPUSH0\nPUSH0\nCALL\n" + ret_top())
    assert env.call(gas=10**12).success


# -- create -------------------------------------------------------------------------------

RUNTIME = "PUSH 0\nSLOAD\n" + ret_top()


def test_create_runs_init_with_args_and_deposits(env: Env) -> None:
    init = "PUSH 0\nPUSH 0\nCALLDATALOAD\nSSTORE\nSTOP"
    blob = Container(asm(RUNTIME), asm(init), b"\x01\x02").encode() + (42).to_bytes(32, "big")
    env.host.begin_transaction(SENDER)
    r = env.vm.create(SENDER, OTHER, blob, 0, 1_000_000)
    assert r.success and r.created == OTHER, r.error
    stored = env.host.code[OTHER]
    assert decode(stored)[0] == Container(asm(RUNTIME), b"", b"\x01\x02")
    assert env.host.get_nonce(OTHER) == 1
    assert 1_000_000 - r.gas_left >= G_CODE_DEPOSIT * len(stored) + 22100
    assert word(env.call(OTHER)) == 42


def test_create_without_init(env: Env) -> None:
    blob = Container(asm(RUNTIME), b"", b"").encode()
    r = env.vm.create(SENDER, OTHER, blob, 0, 100_000)
    assert r.success and r.gas_left == 100_000 - G_CODE_DEPOSIT * len(blob)


def test_create_refuses_invalid_code(env: Env) -> None:
    blob = Container(b"\x60", b"", b"").encode()  # truncated PUSH1
    r = env.vm.create(SENDER, OTHER, blob, 0, 100_000)
    assert not r.success and r.gas_left == 0 and isinstance(r.error, InvalidCode)
    assert "PUSH1 immediate runs past the end" in str(r.error)
    assert OTHER not in env.host.code and env.host.get_nonce(OTHER) == 0


def test_create_out_of_gas_at_deposit(env: Env) -> None:
    blob = Container(asm(RUNTIME), asm("PUSH 1\nPUSH 1\nSSTORE"), b"").encode()
    r = env.vm.create(SENDER, OTHER, blob, 0, 22200 + 5 * G_CODE_DEPOSIT)
    assert isinstance(r.error, OutOfGas) and r.gas_left == 0
    assert OTHER not in env.host.code and not env.host.storage.get((OTHER, 1))


def test_create_revert_keeps_gas(env: Env) -> None:
    blob = Container(asm(RUNTIME), asm("PANIC 1"), b"").encode()
    r = env.vm.create(SENDER, OTHER, blob, 0, 100_000)
    assert isinstance(r.error, Revert) and r.gas_left == 100_000
    assert r.error_pc == (OTHER, "init", 0)


def test_stored_code_not_a_container(env: Env) -> None:
    env.host.code[CONTRACT] = b"\x60\x01"
    r = env.call()
    assert isinstance(r.error, InvalidCode) and r.gas_left == 0


def test_call_to_empty_account(env: Env) -> None:
    env.host.set_balance(SENDER, 10)
    r = env.vm.call(Message(SENDER, b"\x99" * 20, 4, b"", 500))
    assert r.success and r.gas_left == 500 and env.host.get_balance(b"\x99" * 20) == 4


def test_contract_helper_is_a_container() -> None:
    assert decode(contract("STOP"))[0].runtime == b"\x00"
