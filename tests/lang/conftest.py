"""Compile Coin source and run it on the VM over a MemoryHost, calling by ABI."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from eth_abi import decode, encode

from lang.abi import ERROR_SELECTOR, PANIC_SELECTOR, type_string
from lang.compiler import CompiledContract, compile_source
from vm.interpreter import VM
from vm.memhost import MemoryHost
from vm.message import Message, Result

ALICE = bytes.fromhex("f39fd6e51aad88f6f4ce6ab8827279cfffb92266")
BOB = bytes.fromhex("70997970c51812dc3a010c7d01b50e0d17dc79c8")


class Reverted(Exception):
    def __init__(self, result: Result):
        self.result = result
        data = result.output
        self.data = data
        self.message: str | None = None
        self.panic: int | None = None
        if data[:4] == ERROR_SELECTOR:
            self.message = decode(["string"], data[4:])[0]
        elif data[:4] == PANIC_SELECTOR:
            self.panic = decode(["uint256"], data[4:])[0]
        super().__init__(self.message or (f"panic 0x{self.panic:x}" if self.panic is not None else
                                          f"{result.error!r} data=0x{data.hex()}"))


@dataclass
class Deployed:
    world: World
    compiled: CompiledContract
    address: bytes
    logs_seen: int = 0

    def _fn(self, name: str) -> dict:
        for e in self.compiled.abi:
            if e.get("type") == "function" and e["name"] == name:
                return e
        raise KeyError(name)

    def call_raw(self, name: str, *args, sender: bytes = ALICE, value: int = 0, gas: int = 3_000_000) -> Result:
        fn = self._fn(name)
        types = [type_string(i) for i in fn["inputs"]]
        from lang.abi import selector_of

        data = selector_of(f"{name}({','.join(types)})") + encode(types, list(args))
        self.world.host.begin_transaction(sender, self.address)
        return self.world.vm.call(Message(sender, self.address, value, data, gas))

    def call(self, name: str, *args, **kw):
        r = self.call_raw(name, *args, **kw)
        self.last = r
        if not r.success:
            raise Reverted(r)
        outs = [type_string(o) for o in self._fn(name)["outputs"]]
        if not outs:
            return None
        values = decode(outs, r.output)
        return values[0] if len(values) == 1 else values

    def __getattr__(self, name: str):
        if name.startswith("_") or name in ("world", "compiled", "address", "logs_seen", "last"):
            raise AttributeError(name)
        return lambda *a, **kw: self.call(name, *a, **kw)


@dataclass
class World:
    host: MemoryHost = field(default_factory=MemoryHost)
    vm: VM = field(init=False)
    counter: int = 0

    def __post_init__(self) -> None:
        self.vm = VM(self.host)
        self.host.set_balance(ALICE, 10**24)
        self.host.set_balance(BOB, 10**24)

    def deploy(self, source: str, *args, name: str | None = None, value: int = 0,
               sender: bytes = ALICE, gas: int = 10_000_000, optimize: bool = True) -> Deployed:
        contracts = compile_source(source, "test.coin", optimize=optimize)
        compiled = next(c for c in contracts if name is None or c.name == name) if name else contracts[-1]
        ctor = next((e for e in compiled.abi if e["type"] == "constructor"), {"inputs": []})
        data = compiled.bytecode + encode([type_string(i) for i in ctor["inputs"]], list(args))
        self.counter += 1
        address = (0xC0DE00 + self.counter).to_bytes(20, "big")
        self.host.begin_transaction(sender, address)
        r = self.vm.create(sender, address, data, value, gas)
        if not r.success:
            raise Reverted(r)
        return Deployed(self, compiled, address)


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture(autouse=True, scope="session")
def _compile_blocks_at_once():
    """Run compiled contracts on the VM's compiled blocks from the first call."""
    from vm import analysis

    saved = analysis.COMPILE_AFTER
    analysis.COMPILE_AFTER = 0
    yield
    analysis.COMPILE_AFTER = saved
