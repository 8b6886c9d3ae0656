"""The source-level trace (`coinc_traceTransaction`): each call frame of a mined
transaction with its contract, function, the Coin file:line where it returned or failed,
and the revert reason.

The chain knows code, not sources: a `SourceIndex` maps deployed code to what compiled
it, and is filled by whoever has the compiled contracts (`coinc node` registers the
bundled ones; an embedded chain, the CLI's). A frame whose code is unknown is still
reported, with its code hash, section and pc, so a client holding the artifact can place
it itself (`resolve`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from chain.rpcvalues import _hx
from lang.abi import decode_revert
from vm.errors import OutOfGas, Revert
from vm.hashing import keccak
from vm.machine import Frame
from vm.message import Result
from vm.opcodes import Op
from vm.trace import Tracer

__all__ = ["SourceIndex", "ContractSource", "FrameTracer", "frame_lines"]


class Compiled(Protocol):
    """What the index needs of `lang.compiler.CompiledContract`."""

    name: str
    abi: list
    sources: dict[str, str]

    @property
    def bytecode(self) -> bytes: ...
    @property
    def deployed_bytecode(self) -> bytes: ...
    def span_at(self, which: str, pc: int) -> Any: ...


@dataclass
class ContractSource:
    compiled: Compiled
    functions: dict[bytes, str] = field(default_factory=dict)  # selector -> signature

    def location(self, section: str, pc: int) -> tuple[str, int] | None:
        span = self.compiled.span_at(section, pc)
        return None if span is None else (span.file, span.line)


class SourceIndex:
    """Deployed code (by hash) -> the contract compiled to it; bounded by what is added."""

    def __init__(self) -> None:
        self._by_code: dict[bytes, ContractSource] = {}
        self._init: list[tuple[bytes, ContractSource]] = []
        self._loaders: list[Callable[[], Iterable[Compiled]]] = []

    def add_later(self, loader: Callable[[], Iterable[Compiled]]) -> None:
        """Contracts to add when a trace first needs them (compiling costs start-up time)."""
        self._loaders.append(loader)

    def _load(self) -> None:
        while self._loaders:
            for compiled in self._loaders.pop(0)():
                self.add(compiled)

    def add(self, compiled: Compiled) -> None:
        from lang.abi import selector_of, type_string

        functions = {}
        for entry in compiled.abi:
            if entry.get("type") == "function":
                sig = f"{entry['name']}({','.join(type_string(i) for i in entry.get('inputs', []))})"
                functions[selector_of(sig)] = sig
        source = ContractSource(compiled, functions)
        self._by_code[keccak(compiled.deployed_bytecode)] = source
        self._init.append((compiled.bytecode, source))

    def __len__(self) -> int:
        return len(self._by_code)

    def find(self, code_hash: bytes | None, init_data: bytes | None) -> ContractSource | None:
        self._load()
        if code_hash is not None and code_hash in self._by_code:
            return self._by_code[code_hash]
        if init_data is not None:
            for prefix, source in self._init:
                if init_data.startswith(prefix):
                    return source
        return None

    def resolve(self, frame: dict) -> None:
        """Fill a frame's contract, function, file and line from its raw fields (in place,
        recursively), where this index knows the code."""
        code_hash = bytes.fromhex(frame["codeHash"][2:]) if frame.get("codeHash") else None
        init = bytes.fromhex(frame["input"][2:]) if frame.get("section") == "init" else None
        source = self.find(code_hash, init)
        if source is not None:
            frame["contract"] = source.compiled.name
            if frame.get("section") == "runtime" and len(frame.get("input", "")) >= 10:
                frame["function"] = source.functions.get(bytes.fromhex(frame["input"][2:10]),
                                                         frame.get("function"))
            elif frame.get("section") == "init":
                frame["function"] = "init"
            if frame.get("pc") is not None:
                loc = source.location(frame["section"], frame["pc"])
                if loc is not None:
                    frame["file"], frame["line"] = loc
        for child in frame.get("calls", []):
            self.resolve(child)


class FrameTracer(Tracer):
    """Records each frame's code, the pc where it ended and how it ended."""

    def __init__(self) -> None:
        self.frames: list[dict] = []
        self.root: dict | None = None
        self.host: Any = None

    def enter(self, kind: str, caller: bytes, to: bytes, value: int, data: bytes, gas: int,
              depth: int) -> None:
        self.frames.append({"kind": kind, "address": _hx(to), "from": _hx(caller), "input": _hx(data),
                            "value": hex(value), "section": "init" if kind == "CREATE" else "runtime",
                            "codeHash": None, "pc": None, "contract": None, "function": None,
                            "file": None, "line": None, "_gas": gas})

    def step(self, f: Frame, index: int, pc: int, op: Op, gas: int) -> Any:
        frame = self.frames[-1]
        if frame["codeHash"] is None and frame["section"] == "runtime":
            frame["codeHash"] = _hx(keccak(f.host.get_code(f.address)))
        frame["pc"] = pc
        return None

    def exit(self, result: Result, depth: int) -> None:
        frame = self.frames.pop()
        frame["gasUsed"] = hex(frame.pop("_gas") - result.gas_left)
        frame["success"] = result.success
        if not result.success:
            error = result.error
            frame["error"] = ("execution reverted" if isinstance(error, Revert) else
                              "out of gas" if isinstance(error, OutOfGas) else
                              f"{type(error).__name__}: {error}")
            reason = decode_revert(result.output) if isinstance(error, Revert) else None
            if reason:
                frame["revertReason"] = reason
            at = result.error_pc
            if at is not None and _hx(at[0]) == frame["address"]:
                frame["section"], frame["pc"] = at[1], at[2]
        if self.frames:
            self.frames[-1].setdefault("calls", []).append(frame)
        else:
            self.root = frame


def frame_lines(frame: dict, depth: int = 0) -> list[str]:
    """A source-level trace as indented text lines, one per frame."""
    who = f"{frame.get('contract') or frame.get('address')}.{frame.get('function') or frame.get('input', '')[:10]}"
    where = f"{frame['file']}:{frame['line']}" if frame.get("file") else f"pc {frame.get('pc')}"
    if frame.get("success", True):
        how = "ok"
    else:
        how = f"reverted: {frame['revertReason']}" if frame.get("revertReason") else f"failed: {frame.get('error')}"
    lines = [f"{'  ' * depth}{'└─ ' if depth else ''}{who}  {where}  {how}  gas {int(frame.get('gasUsed', '0x0'), 16):,}"]
    for child in frame.get("calls", []):
        lines.extend(frame_lines(child, depth + 1))
    return lines
