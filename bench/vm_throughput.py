"""VM execution throughput: the Coin VM next to py-evm on twin contracts.

Two workloads, each run on both sides in the same process:

* ERC-20 `transfer`: DemoToken (contracts/demo_token.coin) against its Vyper twin
  (bench/contracts/token.vy); the deployer sends small amounts to a pool of recipients.
  A warm-up pass gives every recipient a balance, so each timed transfer is the steady
  state (two existing balance slots, one Transfer event) on both sides.
* a loop: bench/contracts/loop.coin against bench/contracts/loop.vy, `run(n)`.

What is timed, per side:

* Coin VM: `VM.call` on a `MemoryHost`, one fresh transaction (`begin_transaction`) per
  call: message execution only, no transaction signing or validation.
* py-evm message: `computation_class.apply_message` on the state of an eth-tester chain,
  with the per-transaction set-up of the transaction executor (`lock_changes`, sender and
  recipient warm): the same work as `VM.call`.
* py-evm transaction: `state.apply_transaction` of pre-signed transactions (validation,
  sender recovery, gas purchase and refund, execution), as py-evm's `VM.apply_transaction`
  does it, without the block bookkeeping.
* eth-tester: `EthereumTester.send_transaction` end to end (signing, normalisation,
  execution and mining a block per transaction).

Operations are executed instructions, counted once per workload in a traced run: for the
Coin VM by wrapping the handlers of the decoded program (the block-header pseudo-
instructions that charge a block's gas are not counted), for py-evm by wrapping its opcode
table. The two instruction sets differ (Coin has locals, internal calls and checked
arithmetic as single instructions), so compare calls/s and gas/s; ops/s says how fast each
interpreter steps.

Run: `python bench/vm_throughput.py` (about a minute), `--quick` (a few seconds),
`--profile` (cProfile of the Coin transfer loop, top entries).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import functools
import io
import pstats
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vyper
from common import BENCH_CONTRACTS, BUNDLED, make_table, print_header, si, wide_console
from eth_abi import decode, encode
from eth_tester import EthereumTester, PyEVMBackend
from eth_utils import to_canonical_address
from rich.console import Console

from lang.abi import selector_of
from lang.compiler import compile_file
from vm.host import TxEnv
from vm.interpreter import VM
from vm.memhost import MemoryHost
from vm.message import Message

CALL_GAS = 5_000_000  # gas given to every message (both sides)
TX_GAS = 5_500_000  # gas limit of every transaction (message gas plus intrinsic)
SUPPLY = 1_000_000 * 10**18
RECIPIENTS = [(0xB0B0_0000 + k).to_bytes(20, "big") for k in range(64)]
LOOP_N = 1000  # iterations of one loop.coin / loop.vy `run(n)` call
CHURN_N = 20  # pops and appends of one sigs.coin / sigs.vy `churn(n)` call
TARGET_SPEEDUP = 10.0  # the target: Coin VM transfer vs py-evm transfer execution


class BenchError(RuntimeError):
    pass


# ---------------------------------------------------------------------------- workloads


@dataclass(frozen=True)
class Workload:
    name: str
    coin_file: Path
    coin_contract: str
    vyper_file: Path
    ctor_types: tuple[str, ...]
    ctor_args: tuple[Any, ...]
    call_data: Callable[[int], bytes]  # calldata of the i-th timed call
    setup_data: list[bytes]  # untimed calls before timing (warm-up / initial state)
    output_types: tuple[str, ...]
    setup_label: str = ""  # for the gas table: what the first set-up call does
    extra_checks: tuple[tuple[str, bytes], ...] = ()  # more calls for the gas table


def transfer_data(recipient: bytes, amount: int) -> bytes:
    return selector_of("transfer(address,uint256)") + encode(
        ["address", "uint256"], ["0x" + recipient.hex(), amount]
    )


def transfer_call(i: int) -> bytes:
    return transfer_data(RECIPIENTS[i % len(RECIPIENTS)], 1 + i % 7)


def loop_call(_: int) -> bytes:
    return selector_of("run(uint256)") + encode(["uint256"], [LOOP_N])


TRANSFER = Workload(
    name="ERC-20 transfer",
    coin_file=BUNDLED / "demo_token.coin",
    coin_contract="DemoToken",
    vyper_file=BENCH_CONTRACTS / "token.vy",
    ctor_types=("uint256",),
    ctor_args=(SUPPLY,),
    call_data=transfer_call,
    setup_data=[transfer_data(r, 1000) for r in RECIPIENTS],
    output_types=("bool",),
    setup_label="transfer to a new holder",
    extra_checks=(
        ("transfer beyond balance", transfer_data(RECIPIENTS[0], SUPPLY * 10)),
    ),
)
LOOP = Workload(
    name=f"loop run({LOOP_N})",
    coin_file=BENCH_CONTRACTS / "loop.coin",
    coin_contract="Loop",
    vyper_file=BENCH_CONTRACTS / "loop.vy",
    ctor_types=(),
    ctor_args=(),
    call_data=loop_call,
    setup_data=[],
    output_types=("uint256",),
)


_PERMIT_TYPES = {"Permit": [
    {"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
    {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
    {"name": "deadline", "type": "uint256"}]}
_DOMAIN = {"name": "Bench", "version": "1", "chainId": 1, "verifyingContract": "0x" + "00" * 19 + "01"}


@functools.cache
def _signed_permits() -> list[bytes]:
    """Calldata of `verify(...)` for 16 permits signed with eth-account (valid signatures)."""
    from eth_account import Account
    from eth_account.messages import encode_typed_data

    out = []
    for k in range(16):
        acct = Account.from_key((k + 1).to_bytes(32, "big"))
        msg = {"owner": acct.address, "spender": "0x" + RECIPIENTS[k].hex(), "value": 10**18 + k,
               "nonce": k, "deadline": 2**40}
        domain = encode_typed_data(_DOMAIN, _PERMIT_TYPES, msg).header
        sig = Account.sign_typed_data(acct.key, _DOMAIN, _PERMIT_TYPES, msg)
        out.append(selector_of("verify(bytes32,address,address,uint256,uint256,uint256,uint8,bytes32,bytes32)")
                   + encode(["bytes32", "address", "address", "uint256", "uint256", "uint256", "uint8",
                             "bytes32", "bytes32"],
                            [domain, acct.address, msg["spender"], msg["value"], k, 2**40, sig.v,
                             sig.r.to_bytes(32, "big"), sig.s.to_bytes(32, "big")]))
    return out


def verify_call(i: int) -> bytes:
    return _signed_permits()[i % 16]


def churn_call(_: int) -> bytes:
    return selector_of("churn(uint256)") + encode(["uint256"], [CHURN_N])


SIGNATURE = Workload(
    name="EIP-712 permit verify",
    coin_file=BENCH_CONTRACTS / "sigs.coin",
    coin_contract="Sigs",
    vyper_file=BENCH_CONTRACTS / "sigs.vy",
    ctor_types=(),
    ctor_args=(),
    call_data=verify_call,
    setup_data=[],
    output_types=("bool",),
)
ARRAY = Workload(
    name=f"array churn({CHURN_N})",
    coin_file=BENCH_CONTRACTS / "sigs.coin",
    coin_contract="Sigs",
    vyper_file=BENCH_CONTRACTS / "sigs.vy",
    ctor_types=(),
    ctor_args=(),
    call_data=churn_call,
    setup_data=[churn_call(0)] * 4,  # fill the array: later calls pop and append
    output_types=("uint256",),
)


# ------------------------------------------------------------------------------ runners


@dataclass
class Outcome:
    success: bool
    gas: int  # execution gas: what the contract's code used, without intrinsic gas
    output: bytes


class Runner:
    """One way of executing a workload's calls; `run` is what gets timed."""

    system = ""
    path = ""

    def prepare(self, datas: Sequence[bytes]) -> Any:
        """Untimed: turn calldata into what `run` consumes."""
        return datas

    def run(self, prepared: Any) -> int | None:
        """Timed: execute every call, raise if one fails; total execution gas if known."""
        raise NotImplementedError

    def once(self, data: bytes) -> Outcome | None:
        """One untimed call with its outcome (None: this path does not expose it)."""
        return None

    def count_ops(self, data: bytes) -> int | None:
        """Instructions one call executes, from a traced run (None: cannot count)."""
        return None

    def begin_timing(self) -> None:
        """Called once before the timed batches."""

    def timed_gas_per_call(self) -> float | None:
        """Mean execution gas of the timed calls when `run` cannot return it."""
        return None


class CoinRunner(Runner):
    system = "Coin VM"
    path = "VM.call"
    sender = bytes.fromhex("f39fd6e51aad88f6f4ce6ab8827279cfffb92266")
    address = b"\x70" * 20

    def __init__(self, w: Workload) -> None:
        (compiled,) = compile_file(w.coin_file, only=w.coin_contract)
        self.host = MemoryHost()
        self.vm = VM(self.host, tx=TxEnv(origin=self.sender))
        self.host.begin_transaction(self.sender, self.address)
        init = compiled.bytecode + encode(list(w.ctor_types), list(w.ctor_args))
        r = self.vm.create(self.sender, self.address, init, 0, 10_000_000)
        if not r.success:
            raise BenchError(f"deploying {w.coin_contract} failed: {r.error}")

    def run(self, prepared: Sequence[bytes]) -> int:
        host, vm, sender, to = self.host, self.vm, self.sender, self.address
        total = 0
        for data in prepared:
            host.begin_transaction(sender, to)
            r = vm.call(Message(sender, to, 0, data, CALL_GAS))
            if not r.success:
                raise BenchError(f"Coin call failed: {r.error}")
            total += CALL_GAS - r.gas_left
        return total

    def once(self, data: bytes) -> Outcome:
        self.host.begin_transaction(self.sender, self.address)
        r = self.vm.call(Message(self.sender, self.address, 0, data, CALL_GAS))
        return Outcome(r.success, CALL_GAS - r.gas_left, r.output)

    def count_ops(self, data: bytes) -> int | None:
        """Swap the cached decoded program for one whose handlers count, run one call."""
        try:
            import vm.interpreter as interp
            from vm.analysis import block_header

            code = self.host.get_code(self.address)
            program, section_data = interp.load_code(code)
            cache: dict[bytes, Any] = interp._CODE_CACHE
        except (ImportError, AttributeError):
            return None
        count = 0

        def counting(handler: Any) -> Any:
            if handler is block_header:
                return handler

            def counted(f: Any, s: list[int], imm: Any) -> int | None:
                nonlocal count
                count += 1
                return handler(f, s, imm)

            return counted

        # jit=False: run the traced program on the stepping interpreter (one handler per
        # instruction) rather than on its compiled blocks
        traced = dataclasses.replace(
            program, handlers=[counting(h) for h in program.handlers], compiled=None, jit=False
        )
        cache[code] = (traced, section_data)
        try:
            ok = self.once(data).success
        finally:
            cache[code] = (program, section_data)
        return count if ok and count else None


class EvmDeployment:
    """A fresh eth-tester chain (py-evm backend) with the Vyper twin deployed."""

    def __init__(self, w: Workload, bytecode: bytes) -> None:
        self.backend = PyEVMBackend()
        self.tester = EthereumTester(self.backend)
        self.account = self.tester.get_accounts()[0]
        self.key = self.backend.account_keys[0]
        self.sender = to_canonical_address(self.account)
        init = bytecode + encode(list(w.ctor_types), list(w.ctor_args))
        tx_hash = self.tester.send_transaction(
            {"from": self.account, "data": "0x" + init.hex(), "gas": 10_000_000, "value": 0}
        )
        receipt = self.tester.get_transaction_receipt(tx_hash)
        if receipt["status"] != 1 or not receipt["contract_address"]:
            raise BenchError(f"deploying {w.vyper_file.name} failed")
        self.address_hex: str = receipt["contract_address"]
        self.address = to_canonical_address(self.address_hex)
        self.chain = self.backend.chain


class PyEvmMessageRunner(Runner):
    system = "py-evm"
    path = "apply_message"

    def __init__(self, dep: EvmDeployment) -> None:
        from eth.vm.message import Message as EvmMessage

        self.message_class = EvmMessage
        self.dep = dep
        self.state = dep.chain.get_vm().state
        self.context = self.state.get_transaction_context_class()(
            gas_price=self.state.base_fee, origin=dep.sender
        )

    def _one(self, data: bytes) -> Any:
        state, sender, to = self.state, self.dep.sender, self.dep.address
        state.lock_changes()  # a new transaction: access sets and original values reset
        state.mark_address_warm(sender)
        state.mark_address_warm(to)
        msg = self.message_class(
            gas=CALL_GAS, to=to, sender=sender, value=0, data=data, code=state.get_code(to)
        )
        return state.computation_class.apply_message(state, msg, self.context)

    def run(self, prepared: Sequence[bytes]) -> int:
        one = self._one
        total = 0
        for data in prepared:
            c = one(data)
            if c.is_error:
                raise BenchError(f"py-evm call failed: {c.error!r}")
            total += CALL_GAS - c.get_gas_remaining()
        return total

    def once(self, data: bytes) -> Outcome:
        c = self._one(data)
        return Outcome(c.is_success, CALL_GAS - c.get_gas_remaining(), c.output)

    def count_ops(self, data: bytes) -> int | None:
        """Wrap every entry of the computation class's opcode table, run one call."""
        cls = self.state.computation_class
        original = cls.__dict__.get("opcodes")
        table = cls.opcodes
        count = 0

        def counting(fn: Any) -> Any:
            def counted(computation: Any) -> Any:
                nonlocal count
                count += 1
                return fn(computation=computation)

            return counted

        cls.opcodes = {code: counting(fn) for code, fn in table.items()}
        try:
            ok = self.once(data).success
        finally:
            if original is None:
                del cls.opcodes
            else:
                cls.opcodes = original
        return count if ok and count else None


class PyEvmTransactionRunner(Runner):
    system = "py-evm"
    path = "apply_transaction"

    def __init__(self, dep: EvmDeployment) -> None:
        self.dep = dep
        self.vm = dep.chain.get_vm()
        self.state = self.vm.state
        self.nonce = self.state.get_nonce(dep.sender)

    def prepare(self, datas: Sequence[bytes]) -> list[tuple[Any, int]]:
        out = []
        for data in datas:
            unsigned = self.vm.create_unsigned_transaction(
                nonce=self.nonce, gas_price=self.state.base_fee, gas=TX_GAS,
                to=self.dep.address, value=0, data=data,
            )
            tx = unsigned.as_signed_transaction(self.dep.key, chain_id=self.dep.chain.chain_id)
            out.append((tx, TX_GAS - tx.intrinsic_gas))
            self.nonce += 1
        return out

    def run(self, prepared: Sequence[tuple[Any, int]]) -> int:
        state = self.state
        total = 0
        for tx, message_gas in prepared:
            state.lock_changes()
            c = state.apply_transaction(tx)
            if c.is_error:
                raise BenchError(f"py-evm transaction failed: {c.error!r}")
            total += message_gas - c.get_gas_remaining()
        return total


class EthTesterRunner(Runner):
    system = "py-evm"
    path = "eth-tester"

    def __init__(self, dep: EvmDeployment) -> None:
        self.dep = dep
        self.sent: list[tuple[Any, bytes]] = []

    def prepare(self, datas: Sequence[bytes]) -> list[tuple[dict[str, Any], bytes]]:
        return [
            ({"from": self.dep.account, "to": self.dep.address_hex, "gas": TX_GAS, "value": 0,
              "data": "0x" + data.hex()}, data)
            for data in datas
        ]

    def run(self, prepared: Sequence[tuple[dict[str, Any], bytes]]) -> None:
        send = self.dep.tester.send_transaction
        for tx, data in prepared:
            self.sent.append((send(tx), data))
        return None

    def begin_timing(self) -> None:
        self.sent.clear()

    def timed_gas_per_call(self) -> float | None:
        """Untimed: the last sent transactions succeeded; their mean execution gas.

        Only the last few receipts are read: eth-tester finds a receipt by walking the
        chain, which gets slow as the benchmark adds a block per transaction.
        """
        gases = []
        for tx_hash, data in self.sent[-5:]:
            receipt = self.dep.tester.get_transaction_receipt(tx_hash)
            if receipt["status"] != 1:
                raise BenchError("eth-tester transaction failed")
            intrinsic = 21_000 + sum(16 if b else 4 for b in data)
            gases.append(receipt["gas_used"] - intrinsic)
        return statistics.fmean(gases) if gases else None


# ---------------------------------------------------------------------------- measuring


@dataclass
class Measured:
    workload: str
    system: str
    path: str
    calls: int  # calls per timed batch
    seconds: float  # median batch time
    spread: float  # (slowest - fastest) / median batch time
    gas_per_call: float | None
    ops_per_call: int | None

    @property
    def rate(self) -> float:
        return self.calls / self.seconds


def measure(
    w: Workload, runner: Runner, calls: int, repeats: int, ops: int | None,
) -> Measured:
    """Median time of `repeats` batches of `calls` calls (after one warm-up batch)."""
    datas = [w.call_data(i) for i in range(calls)]
    runner.run(runner.prepare(datas[: max(1, calls // 4)]))  # warm-up
    runner.begin_timing()
    times: list[float] = []
    gas: list[int] = []
    for _ in range(repeats):
        prepared = runner.prepare(datas)
        t0 = time.perf_counter()
        used = runner.run(prepared)
        times.append(time.perf_counter() - t0)
        if used is not None:
            gas.append(used)
    gas_per_call = statistics.fmean(gas) / calls if gas else runner.timed_gas_per_call()
    median = statistics.median(times)
    return Measured(w.name, runner.system, runner.path, calls, median,
                    (max(times) - min(times)) / median, gas_per_call, ops)


@dataclass(frozen=True)
class Sizes:
    """Calls per timed batch per runner kind, and batches per measurement."""

    coin: int
    message: int
    transaction: int
    tester: int
    repeats: int


FULL = {
    TRANSFER.name: Sizes(coin=3000, message=600, transaction=300, tester=60, repeats=7),
    LOOP.name: Sizes(coin=40, message=4, transaction=4, tester=4, repeats=5),
    SIGNATURE.name: Sizes(coin=300, message=100, transaction=60, tester=20, repeats=5),
    ARRAY.name: Sizes(coin=100, message=30, transaction=20, tester=10, repeats=5),
}
QUICK = {
    TRANSFER.name: Sizes(coin=400, message=100, transaction=40, tester=10, repeats=3),
    LOOP.name: Sizes(coin=6, message=2, transaction=2, tester=1, repeats=3),
    SIGNATURE.name: Sizes(coin=32, message=16, transaction=8, tester=2, repeats=2),
    ARRAY.name: Sizes(coin=10, message=4, transaction=4, tester=2, repeats=2),
}


def compile_vyper(path: Path) -> bytes:
    out = vyper.compile_code(path.read_text(), output_formats=["bytecode", "abi"])
    return bytes.fromhex(out["bytecode"].removeprefix("0x"))


@dataclass
class GasCheck:
    label: str
    coin: Outcome
    evm: Outcome


def run_workload(
    w: Workload, sizes: Sizes, console: Console, with_tester: bool,
) -> tuple[list[Measured], list[GasCheck]]:
    t0 = time.perf_counter()
    evm_code = compile_vyper(w.vyper_file)
    coin = CoinRunner(w)
    message = PyEvmMessageRunner(EvmDeployment(w, evm_code))

    # untimed: the set-up calls, then the timed call once, on both sides; their gas is
    # the schedule check, their outputs must agree
    checks: list[GasCheck] = []
    for i, data in enumerate(w.setup_data):
        a, b = coin.once(data), message.once(data)
        if not (a.success and b.success):
            raise BenchError(f"{w.name}: set-up call {i} failed (coin {a}, py-evm {b})")
        if i == 0 and w.setup_label:
            checks.append(GasCheck(w.setup_label, a, b))
    sample = w.call_data(0)
    a, b = coin.once(sample), message.once(sample)
    if not (a.success and b.success):
        raise BenchError(f"{w.name}: the timed call failed (coin {a}, py-evm {b})")
    types = list(w.output_types)
    if decode(types, a.output) != decode(types, b.output):
        raise BenchError(f"{w.name}: Coin and Vyper results differ: {a.output!r} {b.output!r}")
    checks.append(GasCheck(f"{w.name} (the timed call)", a, b))
    for label, data in w.extra_checks:
        checks.append(GasCheck(label, coin.once(data), message.once(data)))

    coin_ops = coin.count_ops(sample)
    evm_ops = message.count_ops(sample)

    console.print(f"[dim]{w.name}: compiled, deployed, checked in "
                  f"{time.perf_counter() - t0:.1f} s[/dim]")
    runners: list[tuple[Runner, int, int | None]] = [
        (coin, sizes.coin, coin_ops),
        (message, sizes.message, evm_ops),
        (PyEvmTransactionRunner(EvmDeployment(w, evm_code)), sizes.transaction, evm_ops),
    ]
    if with_tester:
        runners.append((EthTesterRunner(EvmDeployment(w, evm_code)), sizes.tester, evm_ops))
    for runner, _, _ in runners[2:]:  # the same set-up calls on the other chains
        runner.run(runner.prepare(w.setup_data))

    results = []
    for runner, calls, ops in runners:
        t0 = time.perf_counter()
        results.append(measure(w, runner, calls, sizes.repeats, ops))
        console.print(f"[dim]  {runner.system} {runner.path}: {sizes.repeats} x {calls} calls "
                      f"in {time.perf_counter() - t0:.1f} s[/dim]")
    return results, checks


# ------------------------------------------------------------------------------ report


PATH_NOTES = {
    "VM.call": "Coin VM message execution on a MemoryHost, a fresh transaction per call",
    "apply_message": "py-evm message execution (computation_class.apply_message), "
                     "per-transaction set-up as its executor does it",
    "apply_transaction": "py-evm state.apply_transaction of pre-signed transactions "
                         "(validation, sender recovery, gas purchase/refund, execution)",
    "eth-tester": "EthereumTester.send_transaction end to end: signing, normalisation, "
                  "execution, a block mined per transaction",
}


def report(console: Console, results: list[Measured], checks: list[GasCheck]) -> None:
    table = make_table(
        "Throughput (median of batches)",
        ["workload", "system", "path", "calls/s", "spread", "us/call", "ops/call", "ops/s",
         "gas/call", "gas/s", "coin / py-evm"],
        right_from=3,
    )
    coin_rate: dict[str, float] = {}
    for m in results:
        if m.system == "Coin VM":
            coin_rate[m.workload] = m.rate
        ratio = "" if m.system == "Coin VM" else f"{coin_rate[m.workload] / m.rate:.1f}x"
        ops_s = m.ops_per_call * m.rate if m.ops_per_call else None
        gas_s = m.gas_per_call * m.rate if m.gas_per_call else None
        table.add_row(
            m.workload, m.system, m.path, f"{m.rate:,.0f}", f"{m.spread:.0%}",
            f"{1e6 / m.rate:,.0f}",
            f"{m.ops_per_call:,}" if m.ops_per_call else "n/a", si(ops_s),
            f"{m.gas_per_call:,.0f}" if m.gas_per_call else "n/a", si(gas_s), ratio,
        )
    console.print(table)
    for path, note in PATH_NOTES.items():
        console.print(f"  [bold]{path}[/]: {note}")
    console.print(
        "  ops = instructions executed (counted in a traced run; Coin's block-gas headers not "
        "counted; the two instruction sets differ); gas = execution gas, without the "
        "21,000 intrinsic; spread = (slowest - fastest) / median batch; ratio = Coin calls/s "
        "over that row's calls/s\n"
    )

    gas_table = make_table("Gas per call (execution gas, the same call on both sides)",
                           ["call", "Coin VM", "py-evm (Vyper twin)", "difference"])
    for c in checks:
        tag = "" if c.coin.success else " (revert)"
        differ = "" if c.coin.success == c.evm.success else "  outcomes differ!"
        gas_table.add_row(c.label, f"{c.coin.gas:,}{tag}", f"{c.evm.gas:,}{tag}",
                          f"{(c.coin.gas - c.evm.gas) / c.evm.gas:+.1%}{differ}")
    console.print(gas_table)
    console.print(
        "  the loop's gas differs by code generation (Vyper's range bound and overflow "
        "checks are separate EVM instructions), not by the gas schedule\n"
    )

    coin = next(m for m in results if m.system == "Coin VM" and m.workload == TRANSFER.name)
    message = next(m for m in results
                   if m.workload == TRANSFER.name and m.path == PyEvmMessageRunner.path)
    speedup = coin.rate / message.rate
    verdict = "[bold green]MET[/]" if speedup >= TARGET_SPEEDUP else "[bold red]NOT MET[/]"
    console.print(
        f"Target: the Coin VM executes an ERC-20 transfer >= {TARGET_SPEEDUP:.0f}x faster than "
        f"py-evm (message execution): {coin.rate:,.0f} vs {message.rate:,.0f} transfers/s = "
        f"{speedup:.1f}x -> {verdict}"
    )


def profile_coin_transfers(console: Console, calls: int) -> None:
    runner = CoinRunner(TRANSFER)
    runner.run(TRANSFER.setup_data)
    datas = [TRANSFER.call_data(i) for i in range(calls)]
    profiler = cProfile.Profile()
    profiler.enable()
    runner.run(datas)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(18)
    console.print(f"cProfile of {calls} Coin VM transfers, by own time:")
    console.print(out.getvalue(), markup=False, highlight=False)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small batches: a few seconds")
    parser.add_argument("--no-eth-tester", action="store_true",
                        help="skip the end-to-end eth-tester rows")
    parser.add_argument("--profile", action="store_true",
                        help="also profile the Coin transfer loop with cProfile")
    args = parser.parse_args(argv)
    console = wide_console()
    print_header(console, "VM throughput: Coin VM vs py-evm" + (" (quick)" if args.quick else ""))
    sizes = QUICK if args.quick else FULL
    t0 = time.perf_counter()
    results: list[Measured] = []
    checks: list[GasCheck] = []
    for w in (TRANSFER, LOOP, SIGNATURE, ARRAY):
        r, c = run_workload(w, sizes[w.name], console, with_tester=not args.no_eth_tester)
        results += r
        checks += c
    console.print()
    report(console, results, checks)
    if args.profile:
        profile_coin_transfers(console, 300 if args.quick else 3000)
    console.print(f"[dim]total {time.perf_counter() - t0:.1f} s[/dim]")


if __name__ == "__main__":
    main()
