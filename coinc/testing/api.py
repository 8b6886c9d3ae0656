"""The test API for Coin contracts: an in-process chain, contracts as Python objects,
cheat codes, revert and event assertions.

    from coinc.testing import load, accounts, env, reverts
    token = load("contracts/token.coin", "Coin USD", "CUSD")
    token.transfer(accounts[1], 10, sender=accounts[0])
    with reverts("transfer amount exceeds balance"):
        token.transfer(accounts[2], 10**30, sender=accounts[1])

Every state change is a real EIP-1559 transaction signed with a key the environment
holds and sent to an automining `chain.node.Node` (one block per transaction); views go
through `Node.call`. The node runs on a frozen clock (`T0`), so timestamps move only when
a test moves them (`env.travel`, `env.warp`), which makes tests deterministic.
"""

from __future__ import annotations

import contextlib
import os
from collections import namedtuple
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eth_abi import decode, encode
from eth_abi.exceptions import EncodingError
from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address

from chain.api import CallRequest, ExecutionReverted
from chain.genesis import dev_keys
from chain.node import Node
from lang.abi import PANIC_SELECTOR
from lang.abi import decode_revert as revert_reason
from lang.errors import CompileErrors, render
from vm.hashing import keccak

T0 = 1_700_000_000  # the frozen wall clock of every test chain
TX_GAS = 15_000_000
MAX_FEE = 5 * 10**9


class CompileFailed(Exception):
    """A contract loaded by a test does not compile; the message is the compiler's own
    rendered errors (file:line:col, the source line and a caret)."""


class Reverted(Exception):  # noqa: N818 - reads naturally in tests: `except Reverted`
    """A transaction or call reverted; `message` is the decoded reason (Error(string)
    text or "panic: ..."), `data` the raw revert data."""

    def __init__(self, message: str | None, data: bytes = b"", trace: str | None = None):
        super().__init__(message if trace is None else f"{message}\n{trace}")
        self.message = message
        self.data = data
        self.trace = trace

    @property
    def panic(self) -> int | None:
        """The Panic(uint256) code, if the revert was a panic."""
        if self.data[:4] == PANIC_SELECTOR and len(self.data) == 36:
            return int.from_bytes(self.data[4:], "big")
        return None


@contextlib.contextmanager
def reverts(message: str | None = None, *, panic: int | None = None) -> Iterator[None]:
    """Expect the block to revert: with exactly `message` if given, with Panic(`panic`)
    if given, with anything otherwise. (Coin has no custom errors, so there is no
    `error=` form: reverts carry Error(string) or Panic(uint256).)"""
    __tracebackhide__ = True
    try:
        yield
    except Reverted as e:
        if panic is not None:
            assert e.panic == panic, f"reverted with {e.message!r}, expected panic 0x{panic:02x}"
        if message is not None:
            assert e.message == message, f"reverted with {e.message!r}, expected {message!r}"
    else:
        want = f"panic 0x{panic:02x}" if panic is not None else repr(message) if message else "a revert"
        raise AssertionError(f"did not revert (expected {want})")


def abi_type(entry: dict) -> str:
    """The canonical ABI type of an ABI input/output entry (tuples spelled out)."""
    if entry["type"].startswith("tuple"):
        return "(" + ",".join(abi_type(c) for c in entry["components"]) + ")" + entry["type"][5:]
    return entry["type"]


_struct_types: dict[tuple, type] = {}


def shape(entry: dict, value: Any) -> Any:
    """Decoded tuples become named tuples with the struct's field names."""
    if entry["type"] == "tuple":
        names = tuple(c["name"] for c in entry["components"])
        key = (entry.get("internalType", "struct"), names)
        cls = _struct_types.get(key)
        if cls is None:
            cls = _struct_types[key] = namedtuple(entry.get("internalType", "struct").split()[-1], names)
        return cls(*(shape(c, v) for c, v in zip(entry["components"], value, strict=True)))
    return value


def to_abi_value(value: Any) -> Any:
    """Contracts and accounts stand for their addresses."""
    if isinstance(value, Contract):
        return value.address
    if hasattr(value, "address") and hasattr(value, "key"):
        return value.address
    if isinstance(value, list | tuple):
        return type(value)(to_abi_value(v) for v in value) if not hasattr(value, "_fields") else \
            tuple(to_abi_value(v) for v in value)
    return value


def decode_event(abi_entry: dict, topics: tuple[bytes, ...], data: bytes) -> dict:
    plain = [i for i in abi_entry["inputs"] if not i["indexed"]]
    values = iter(decode([abi_type(i) for i in plain], data))
    rest = iter(topics[1:])
    item = {}
    for i in abi_entry["inputs"]:
        if i["indexed"]:
            item[i["name"]] = decode([abi_type(i)], next(rest))[0]
        else:
            item[i["name"]] = shape(i, next(values))
    return item


@dataclass
class TxResult:
    """One mined transaction: its receipt and the function's return value."""

    receipt: Any
    value: Any  # the return value (from a call simulated on the same state just before)

    @property
    def gas_used(self) -> int:
        return self.receipt.gas_used

    @property
    def fee(self) -> int:
        """Native coin the sender paid for gas."""
        return self.receipt.gas_used * self.receipt.effective_gas_price

    def events(self, contract: Contract, name: str) -> list[dict]:
        """Decoded `name` events that `contract` emitted in this transaction."""
        ev = contract.event_abi(name)
        sig = keccak(f"{name}({','.join(abi_type(i) for i in ev['inputs'])})".encode())
        return [decode_event(ev, log.topics, log.data) for log in self.receipt.logs
                if log.address == contract.raw_address and log.topics and log.topics[0] == sig]


class Method:
    """One ABI function of a deployed contract."""

    def __init__(self, contract: Contract | None, entry: dict, label: str | None = None):
        self.contract = contract  # None for a constructor
        self.label = label or (contract.label if contract else "?")
        self.entry = entry
        self.name = entry.get("name", "constructor")
        self.types = [abi_type(i) for i in entry["inputs"]]
        self.signature = f"{self.name}({','.join(self.types)})"
        self.selector = keccak(self.signature.encode())[:4] if contract is not None else b""
        self.is_view = entry.get("stateMutability") in ("view", "pure")

    def encode(self, *args: Any) -> bytes:
        """Calldata; a wrong argument names the function, the parameter and its ABI type."""
        inputs = self.entry["inputs"]
        where = f"{self.label}.{self.signature}"
        if len(args) != len(inputs):
            raise TypeError(f"{where} takes {len(inputs)} argument(s), got {len(args)}")
        values = [to_abi_value(a) for a in args]
        from eth_abi import is_encodable

        for param, ty, value in zip(inputs, self.types, values, strict=True):
            if not is_encodable(ty, value):
                raise TypeError(f"{where}: parameter `{param['name']}` expects ABI type {ty}, "
                                f"got {value!r} ({type(value).__name__})")
        try:
            return self.selector + encode(self.types, values)
        except EncodingError as e:  # pragma: no cover - is_encodable said yes
            raise TypeError(f"{where}: {e}") from None

    def decode(self, output: bytes) -> Any:
        outs = self.entry["outputs"]
        if not outs:
            return None
        values = decode([abi_type(o) for o in outs], output)
        return shape(outs[0], values[0]) if len(outs) == 1 else tuple(
            shape(o, v) for o, v in zip(outs, values, strict=True))

    def __call__(self, *args: Any, sender: Any = None, value: int = 0, gas: int | None = None) -> Any:
        """Views are eth_calls; anything else is a mined transaction. Both return the
        decoded return value (`env.last` holds the transaction's TxResult)."""
        if self.is_view:
            return self.call(*args, sender=sender, value=value, gas=gas)
        return self.transact(*args, sender=sender, value=value, gas=gas).value

    def call(self, *args: Any, sender: Any = None, value: int = 0, gas: int | None = None) -> Any:
        env = self.contract.env
        return self.decode(env.call_raw(sender, self.contract.raw_address, self.encode(*args), value, gas))

    def transact(self, *args: Any, sender: Any = None, value: int = 0, gas: int | None = None) -> TxResult:
        """Send a transaction; the return value comes from a call simulated just before on
        the same state, and the call and the mined transaction must agree on the outcome."""
        env = self.contract.env
        data = self.encode(*args)
        try:
            output = env.call_raw(sender, self.contract.raw_address, data, value, gas)
            expected: str | None = None
        except Reverted as e:
            output, expected = None, e.message
        try:
            receipt = env.send_raw(sender, self.contract.raw_address, data, value, gas, method=self)
        except Reverted as e:
            assert e.message == expected, f"the call said {expected!r}, the transaction {e.message!r}"
            raise
        assert output is not None, f"the call reverted with {expected!r} but the transaction succeeded"
        result = TxResult(receipt, self.decode(output))
        env.last = result
        return result


class Contract:
    """A deployed contract: its ABI functions are attributes."""

    def __init__(self, env: Env, name: str, address: str, abi: list, compiled: Any = None):
        self.env = env
        self.label = name
        self.address = address
        self.raw_address = bytes.fromhex(address[2:])
        self.abi = abi
        self.compiled = compiled
        self._methods = {e["name"]: Method(self, e) for e in abi if e["type"] == "function"}

    def __getattr__(self, name: str) -> Method:
        try:
            return self.__dict__["_methods"][name]
        except KeyError:
            from lang.errors import did_you_mean

            hint = did_you_mean(name, self.__dict__.get("_methods", {}))
            raise AttributeError(f"{self.__dict__.get('label')} has no function `{name}`"
                                 + (f"; {hint}" if hint else "")) from None

    def __repr__(self) -> str:
        return f"<{self.label} {self.address}>"

    def event_abi(self, name: str) -> dict:
        for e in self.abi:
            if e["type"] == "event" and e["name"] == name:
                return e
        known = [e["name"] for e in self.abi if e["type"] == "event"]
        raise KeyError(f"{self.label} declares no event `{name}` (it declares: {', '.join(known) or 'none'})")

    @property
    def native_balance(self) -> int:
        return self.env.balance(self)


# a listener hears (method or None for a deployment, receipt) after every mined transaction
TxListener = Callable[[Any, Any], None]


@dataclass
class Env:
    """An in-memory automining node with the 10 funded dev accounts."""

    node: Node = field(default_factory=lambda: Node(None, clock=lambda: T0))
    accounts: list[LocalAccount] = field(default_factory=lambda: [Account.from_key(k) for k in dev_keys()])
    last: TxResult | None = None
    listeners: list[TxListener] = field(default_factory=list)
    _pranked: list[LocalAccount] = field(default_factory=list)
    _compiled: dict[tuple[str, str | None], list] = field(default_factory=dict)

    @property
    def deployer(self) -> LocalAccount:
        return self.accounts[0]

    # ---- accounts
    def account(self, who: Any) -> LocalAccount:
        """An account from an index into `accounts`, an address or an account; None is
        the pranked sender if any, else accounts[0]."""
        if who is None:
            return self._pranked[-1] if self._pranked else self.accounts[0]
        if isinstance(who, int):
            return self.accounts[who]
        if isinstance(who, str):
            for a in self.accounts:
                if a.address.lower() == who.lower():
                    return a
            raise ValueError(f"{who} is not an account this test environment holds a key for "
                             "(use env.accounts or env.generate_account())")
        return who

    def address(self, who: Any) -> str:
        if isinstance(who, Contract):
            return who.address
        if isinstance(who, str) and who.startswith("0x") and len(who) == 42:
            return to_checksum_address(who)
        return self.account(who).address

    def generate_account(self, balance: int = 10**24) -> LocalAccount:
        """A fresh account with a key, funded with `balance`."""
        acct = Account.from_key(os.urandom(32))
        self.accounts.append(acct)
        self.set_balance(acct, balance)
        return acct

    def balance(self, who: Any) -> int:
        return self.node.get_balance(bytes.fromhex(self.address(who)[2:]))

    def set_balance(self, who: Any, value: int) -> None:
        self.node.set_balance(bytes.fromhex(self.address(who)[2:]), value)

    @contextlib.contextmanager
    def prank(self, who: Any) -> Iterator[LocalAccount]:
        """Calls without `sender=` inside the block come from `who`."""
        acct = self.account(who)
        self._pranked.append(acct)
        try:
            yield acct
        finally:
            self._pranked.pop()

    as_sender = prank

    # ---- raw transactions and calls
    def send_raw(self, sender: Any, to: bytes | None, data: bytes, value: int = 0, gas: int | None = None,
                 method: Method | None = None):
        acct = self.account(sender)
        me = bytes.fromhex(acct.address[2:])
        tx: dict = {"type": 2, "chainId": self.node.chain_id, "nonce": self.node.get_nonce(me),
                    "gas": gas or TX_GAS, "maxFeePerGas": MAX_FEE, "maxPriorityFeePerGas": 0,
                    "value": value, "data": data}
        if to is not None:
            tx["to"] = to_checksum_address("0x" + to.hex())
        raw = bytes(acct.sign_transaction(tx).raw_transaction)
        tx_hash = self.node.send_raw_transaction(raw)
        found = self.node.get_receipt(tx_hash)
        assert found is not None, "automine did not include the transaction"
        receipt = found[0]
        for listener in self.listeners:
            listener(method, receipt)
        if receipt.status != 1:
            reason = revert_reason(receipt.revert_data)
            if reason is None and not receipt.revert_data:
                raise Reverted(f"out of gas or an exceptional halt (gas used {receipt.gas_used})")
            raise Reverted(reason, receipt.revert_data)
        return receipt

    def call_raw(self, sender: Any, to: bytes, data: bytes, value: int = 0, gas: int | None = None) -> bytes:
        me = bytes.fromhex(self.account(sender).address[2:])
        try:
            return self.node.call(CallRequest(me, to, gas or TX_GAS, None, None, None, value, data))
        except ExecutionReverted as e:
            raise Reverted(e.reason, e.data or b"") from None

    def compile(self, path: str | Path | None = None, *, source: str | None = None,
                name: str | None = None) -> Any:
        """One compiled contract of a file or a source text (the last one, or `name`);
        compile errors become CompileFailed with the compiler's rendered messages."""
        from lang.compiler import compile_file, compile_source

        __tracebackhide__ = True
        key = (str(path) if source is None else source, None)
        try:
            if key not in self._compiled:
                self._compiled[key] = (compile_file(path) if source is None
                                       else compile_source(source, "<source>"))
        except CompileErrors as e:
            sources = {}
            if source is not None:
                sources["<source>"] = source
            elif path is not None and Path(path).is_file():
                sources[str(path)] = Path(path).read_text(encoding="utf-8")
            raise CompileFailed("\n".join(render(err, sources) for err in e.errors)) from None
        contracts = self._compiled[key]
        if not contracts:
            raise CompileFailed(f"{path or '<source>'} declares no contract")
        if name is None:
            return contracts[-1]
        for c in contracts:
            if c.name == name:
                return c
        raise CompileFailed(f"{path or '<source>'} has no contract `{name}` "
                            f"(it has: {', '.join(c.name for c in contracts)})")

    def deploy(self, compiled: Any, *args: Any, sender: Any = None, value: int = 0,
               gas: int | None = None) -> Contract:
        """Deploy a CompiledContract (or a bundled contract by name) with constructor args."""
        __tracebackhide__ = True
        if isinstance(compiled, str):
            compiled = bundled(compiled)
        ctor = next((e for e in compiled.abi if e["type"] == "constructor"), {"inputs": []})
        ctor_method = Method(None, {**ctor, "name": "constructor", "outputs": []}, compiled.name)
        data = compiled.bytecode + ctor_method.encode(*args)
        receipt = self.send_raw(sender, None, data, value, gas, method=ctor_method)
        address = to_checksum_address("0x" + receipt.contract_address.hex())
        return Contract(self, compiled.name, address, compiled.abi, compiled)

    def load(self, path: str | Path, *args: Any, name: str | None = None, sender: Any = None,
             value: int = 0) -> Contract:
        """Compile `path` and deploy its contract (the last one, or `name`)."""
        __tracebackhide__ = True
        return self.deploy(self.compile(path, name=name), *args, sender=sender, value=value)

    def loads(self, source: str, *args: Any, name: str | None = None, sender: Any = None,
              value: int = 0) -> Contract:
        """Like `load`, from source text."""
        __tracebackhide__ = True
        return self.deploy(self.compile(source=source, name=name), *args, sender=sender, value=value)

    def transfer_native(self, sender: Any, to: Any, value: int):
        return self.send_raw(sender, bytes.fromhex(self.address(to)[2:]), b"", value)

    # ---- time and blocks
    def now(self) -> int:
        """The timestamp the next block (and every eth_call) sees."""
        n = self.node
        if n.next_timestamp is not None:
            return max(n.next_timestamp, n.head.header.timestamp)
        return max(T0 + n.time_offset, n.head.header.timestamp)

    def travel(self, seconds: int) -> int:
        """Move the clock forward `seconds` (calls see it at once) and mine an empty block."""
        self.node.increase_time(seconds)
        self.node.mine()
        return self.now()

    def warp(self, timestamp: int) -> None:
        """The next block (mined now, empty) has exactly `timestamp`."""
        self.node.set_next_block_timestamp(timestamp)
        self.node.mine()

    travel_to = warp

    def mine(self, blocks: int = 1) -> None:
        self.node.mine(blocks)

    @property
    def block_number(self) -> int:
        return self.node.head.number

    # ---- isolation
    def snapshot(self) -> int:
        return self.node.snapshot()

    def revert(self, snapshot_id: int) -> None:
        if not self.node.revert(snapshot_id):
            raise ValueError(f"unknown snapshot {snapshot_id} (already reverted?)")

    @contextlib.contextmanager
    def anchor(self) -> Iterator[Env]:
        """Everything done inside the block is undone when it ends."""
        sid = self.snapshot()
        try:
            yield self
        finally:
            self.revert(sid)


def expect_events(result: TxResult | None, contract: Contract, name: str, **fields: Any) -> list[dict]:
    """Assert `contract` emitted at least one `name` event in `result` (the last
    transaction if None) whose fields include `fields`; returns the matching events.
    Field names that are Python keywords take a trailing underscore (`from_=`)."""
    __tracebackhide__ = True
    result = result if result is not None else contract.env.last
    assert result is not None, "no transaction has been sent yet"
    want = {k.rstrip("_") if k.rstrip("_") else k: to_abi_value(v) for k, v in fields.items()}
    if "frm" in want:
        want["from"] = want.pop("frm")
    events = result.events(contract, name)
    norm = [{k: (v.lower() if isinstance(v, str) and v.startswith("0x") else v) for k, v in e.items()}
            for e in events]
    w = {k: (v.lower() if isinstance(v, str) and v.startswith("0x") else v) for k, v in want.items()}
    hits = [e for e, n in zip(events, norm, strict=True) if all(n.get(k) == v for k, v in w.items())]
    assert hits, f"no {contract.label}.{name} event with {want}; emitted: {events}"
    return hits


_bundled: dict[str, Any] | None = None


def bundled(name: str) -> Any:
    """A contract shipped with coinc (contracts/*.coin), compiled once per process."""
    global _bundled
    if _bundled is None:
        from lang.compiler import BUNDLED_CONTRACTS, compile_file

        _bundled = {}
        for path in sorted(BUNDLED_CONTRACTS.glob("*.coin")):
            for c in compile_file(path):
                _bundled[c.name] = c
    try:
        return _bundled[name]
    except KeyError:
        raise KeyError(f"no bundled contract `{name}` (bundled: {', '.join(sorted(_bundled))})") from None


_env: Env | None = None


def get_env() -> Env:
    """The process-wide environment the module-level helpers and the plugin use."""
    global _env
    if _env is None:
        _env = Env()
    return _env
