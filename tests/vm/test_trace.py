"""The traced loop (vm.trace) against the untraced interpreter: random programs give the
same result, gas, refund, errors, error pcs, storage and logs; and what the tracer sees
adds up to the gas the frame used."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vm.conftest import CONTRACT, OTHER, SENDER
from tests.vm.test_blocks import _items, _program
from vm.asm import asm
from vm.container import Container
from vm.errors import VMError
from vm.interpreter import VM
from vm.memhost import MemoryHost
from vm.message import Message, Result
from vm.trace import Tracer


class Recorder(Tracer):
    """Every hook, in order, with the numbers the tracer is given."""

    def __init__(self) -> None:
        self.steps_seen: list[dict] = []
        self.events: list[tuple] = []

    def enter(self, kind, caller, to, value, data, gas, depth) -> None:
        self.events.append(("enter", kind, depth, gas))

    def exit(self, result: Result, depth: int) -> None:
        self.events.append(("exit", depth, result.gas_left, result.success))

    def step(self, f, index, pc, op, gas) -> Any:
        entry = {"pc": pc, "op": op.mnemonic, "gas": gas, "depth": f.depth, "stack": list(f.stack)}
        self.steps_seen.append(entry)
        return entry

    def done(self, record, f, cost: int, error: VMError | None) -> None:
        record["cost"] = cost
        record["error"] = error

    def log(self, address, topics, data, depth) -> None:
        self.events.append(("log", address, topics, data))


def outcome(code: bytes, calldata: bytes, gas: int, tracer: Tracer | None):
    host = MemoryHost()
    vm = VM(host, tracer=tracer)
    host.set_balance(SENDER, 10**18)
    host.set_balance(CONTRACT, 10**18)
    host.code[CONTRACT] = Container(code, b"", b"\x01\x02" * 20).encode()
    host.code[OTHER] = Container(code, b"", b"").encode()
    host.storage[(CONTRACT, 1)] = 7
    host.begin_transaction(SENDER, CONTRACT)
    r = vm.call(Message(SENDER, CONTRACT, 0, calldata, gas))
    err = None if r.error is None else (type(r.error).__name__, str(r.error))
    return (r.success, r.gas_left, r.gas_refund, r.output, err, r.error_pc,
            dict(host.storage), list(host.logs))


def check(code: bytes, calldata: bytes, gas: int) -> None:
    plain = outcome(code, calldata, gas, None)
    rec = Recorder()
    traced = outcome(code, calldata, gas, rec)
    assert traced == plain
    success, gas_left = plain[0], plain[1]
    top = [s for s in rec.steps_seen if s["depth"] == 0]
    assert rec.events[0] == ("enter", "CALL", 0, gas) and rec.events[-1][:3] == ("exit", 0, gas_left)
    if top:
        assert top[0]["gas"] == gas  # nothing charged before the first instruction
    if success and top:
        # per instruction, gas before minus cost is the gas before the next one, and the
        # last one leaves exactly what the frame returned
        for a, b in zip(top, top[1:], strict=False):
            assert a["gas"] - a["cost"] == b["gas"], (a, b)
        assert top[-1]["gas"] - top[-1]["cost"] == gas_left
    logged = [e[1:] for e in rec.events if e[0] == "log"]
    assert logged == [(a, t, d) for a, t, d in plain[7]]


@given(
    items=st.lists(_items, max_size=60),
    labels=st.lists(st.integers(0, 60), min_size=3, max_size=3),
    gas=st.one_of(st.integers(0, 3000), st.just(1_000_000)),
    calldata=st.binary(max_size=40),
)
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
def test_traced_runs_match_untraced(items: list[str], labels: list[int], gas: int, calldata: bytes) -> None:
    check(asm(_program(["ENTER 5", *items], labels)), calldata, gas)


@given(runtime=st.binary(max_size=120), gas=st.integers(0, 100_000))
@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
def test_traced_runs_match_untraced_on_bytes(runtime: bytes, gas: int) -> None:
    check(runtime, b"\x02" * 50, gas)


def test_a_failing_block_check_is_one_failing_step() -> None:
    code = asm("ENTER 0\nPUSH 1\nPUSH 2\nADD\nPOP\nSTOP\n")
    rec = Recorder()
    r = outcome(code, b"", 5, rec)
    assert r[0] is False and r[4][0] == "OutOfGas"
    assert len(rec.steps_seen) == 1 and rec.steps_seen[0]["error"] is not None
