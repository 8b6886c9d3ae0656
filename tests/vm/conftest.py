"""Helpers for the VM tests: run assembly text as a contract on a MemoryHost."""

from __future__ import annotations

import pytest

from vm.asm import asm  # noqa: E402
from vm.container import Container  # noqa: E402
from vm.interpreter import VM  # noqa: E402
from vm.memhost import MemoryHost  # noqa: E402
from vm.message import Message, Result

SENDER = b"\x5e" * 20
CONTRACT = b"\xc0" * 20
OTHER = b"\x07" * 20


def contract(src: str, data: bytes = b"") -> bytes:
    """A stored (deployed-form) container whose runtime is the assembled `src`."""
    return Container(asm(src), b"", data).encode()


class Env:
    def __init__(self) -> None:
        self.host = MemoryHost()
        self.vm = VM(self.host)

    def install(self, src: str, address: bytes = CONTRACT, data: bytes = b"") -> bytes:
        self.host.code[address] = contract(src, data)
        return address

    def call(
        self, to: bytes = CONTRACT, data: bytes = b"", *, gas: int = 1_000_000, value: int = 0,
        static: bool = False, warm: bool = True,
    ) -> Result:
        self.host.begin_transaction(*((SENDER, to) if warm else ()))
        return self.vm.call(Message(SENDER, to, value, data, gas, static))

    def run(self, src: str, data: bytes = b"", **kw: object) -> Result:
        self.install(src)
        return self.call(data=data, **kw)  # type: ignore[arg-type]


@pytest.fixture
def env() -> Env:
    return Env()


def ret_top() -> str:
    """Assembly that returns the top word as 32 bytes."""
    return "PUSH 0\nSWAP1\nMSTORE\nPUSH 0\nPUSH 32\nRETURN\n"


def word(r: Result) -> int:
    assert r.success, r.error
    return int.from_bytes(r.output, "big")


@pytest.fixture(autouse=True, scope="session")
def _compile_blocks_at_once():
    """Run every program on its compiled blocks from the first call (production waits
    for `COMPILE_AFTER` runs); tests/vm/test_blocks.py compares both interpreters."""
    from vm import analysis

    saved = analysis.COMPILE_AFTER
    analysis.COMPILE_AFTER = 0
    yield
    analysis.COMPILE_AFTER = saved
