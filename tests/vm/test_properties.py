"""Properties: checked arithmetic matches Python integers; random code only fails."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vm.conftest import CONTRACT, OTHER, SENDER, Env, ret_top
from vm.container import Container
from vm.errors import InternalError, panic_data
from vm.interpreter import VM
from vm.memhost import MemoryHost
from vm.message import Message

M = 2**256 - 1
INT_MIN, INT_MAX = -(2**255), 2**255 - 1

uints = st.one_of(st.integers(0, M), st.integers(0, 300), st.sampled_from([M, 2**128, 2**255]))
ints = st.one_of(st.integers(INT_MIN, INT_MAX), st.integers(-300, 300), st.sampled_from([INT_MIN, -1]))


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return -q if (a < 0) != (b < 0) else q


def _trunc_mod(a: int, b: int) -> int:
    r = abs(a) % abs(b)
    return -r if a < 0 else r


UINT_OPS = {
    "CADD": lambda a, b: a + b, "CSUB": lambda a, b: a - b, "CMUL": lambda a, b: a * b,
    "CDIV": lambda a, b: a // b, "CMOD": lambda a, b: a % b,
    "CEXP": lambda a, b: a**b if b < 300 or a < 2 else 2**300,
}
INT_OPS = {
    "SCADD": lambda a, b: a + b, "SCSUB": lambda a, b: a - b, "SCMUL": lambda a, b: a * b,
    "SCDIV": _trunc_div, "SCMOD": _trunc_mod,
}

_env = Env()


def _run(op: str, a: int, b: int) -> tuple[bool, bytes]:
    r = _env.run(f"PUSH {a & M}\nPUSH {b & M}\n{op}\n" + ret_top())
    return r.success, r.output


def _expect(op: str, a: int, b: int, fn, lo: int, hi: int) -> tuple[bool, bytes]:
    if b == 0 and op[-3:] in ("DIV", "MOD"):
        return False, panic_data(0x12)
    r = fn(a, b)
    if not lo <= r <= hi:
        return False, panic_data(0x11)
    return True, (r & M).to_bytes(32, "big")


@given(st.sampled_from(sorted(UINT_OPS)), uints, st.one_of(uints, st.integers(0, 3)))
@settings(max_examples=300, deadline=None)
def test_checked_uint(op: str, a: int, b: int) -> None:
    if op == "CEXP":
        b = b % 300 if a > 1 else b
    assert _run(op, a, b) == _expect(op, a, b, UINT_OPS[op], 0, M)


@given(st.sampled_from(sorted(INT_OPS)), ints, st.one_of(ints, st.integers(-2, 2)))
@settings(max_examples=300, deadline=None)
def test_checked_int(op: str, a: int, b: int) -> None:
    assert _run(op, a, b) == _expect(op, a, b, INT_OPS[op], INT_MIN, INT_MAX)


@given(ints, st.integers(0, 300))
@settings(max_examples=100, deadline=None)
def test_checked_signed_exp(a: int, b: int) -> None:
    assert _run("SCEXP", a, b) == _expect("SCEXP", a, b, lambda x, y: x**y, INT_MIN, INT_MAX)


@given(
    runtime=st.binary(max_size=200),
    init=st.binary(max_size=60),
    data=st.binary(max_size=40),
    calldata=st.binary(max_size=64),
    gas=st.integers(0, 300_000),
)
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
def test_random_code_only_fails(runtime: bytes, init: bytes, data: bytes, calldata: bytes, gas: int) -> None:
    host = MemoryHost()
    vm = VM(host)
    host.set_balance(SENDER, 10**18)
    host.set_balance(CONTRACT, 10**18)
    host.code[CONTRACT] = Container(runtime, b"", data).encode()
    host.code[OTHER] = Container(runtime[::-1], b"", data).encode()
    host.begin_transaction(SENDER, CONTRACT)
    r = vm.call(Message(SENDER, CONTRACT, 1, calldata, gas))
    assert not isinstance(r.error, InternalError), r.error
    assert 0 <= r.gas_left <= gas
    blob = Container(runtime, init, data).encode() + calldata
    r = vm.create(SENDER, b"\x42" * 20, blob, 0, gas)
    assert not isinstance(r.error, InternalError), r.error
    assert 0 <= r.gas_left <= gas


# random *valid-looking* code: built from real opcodes with small pushes, so it runs longer
_ops = st.lists(
    st.one_of(
        st.sampled_from(
            [0x01, 0x02, 0x03, 0x04, 0x0A, 0x10, 0x15, 0x1B, 0x20, 0x31, 0x35, 0x37, 0x3E, 0x51,
             0x52, 0x54, 0x55, 0x56, 0x57, 0x5A, 0x5B, 0x5E, 0x80, 0x81, 0x90, 0xA1, 0xB4, 0xB5,
             0xB6, 0xB7, 0xB8, 0xC0, 0xC3, 0xCD, 0xF1, 0xFA, 0xF3, 0xFD]
        ).map(lambda b: bytes([b])),
        st.integers(0, 70).map(lambda v: bytes([0x60, v])),
        st.sampled_from([b"\xb0\x00", b"\xb1\x00", b"\xb2\x02", b"\xb3\x00\x00", b"\x7f" + b"\xff" * 32]),
    ),
    max_size=80,
).map(b"".join)


@given(code=_ops, gas=st.integers(0, 2_000_000))
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
def test_structured_random_code_only_fails(code: bytes, gas: int) -> None:
    host = MemoryHost()
    vm = VM(host)
    host.code[CONTRACT] = Container(code, b"", b"\x01" * 40).encode()
    host.code[OTHER] = host.code[CONTRACT]
    host.begin_transaction(SENDER, CONTRACT)
    r = vm.call(Message(SENDER, CONTRACT, 0, b"\x02" * 50, gas))
    assert not isinstance(r.error, InternalError), r.error
    assert 0 <= r.gas_left <= gas
