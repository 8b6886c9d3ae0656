"""The instruction stream of one code section: emission, labels, temporaries, constant
data, reverts. Every other part of the generator writes through these methods."""

from __future__ import annotations

from dataclasses import dataclass, field

from lang import types as T
from lang.abi import error_data
from lang.checked import CheckedContract
from lang.errors import InternalCompilerError, Span
from vm.asm import Instr, Label

MAX_LOCALS = 255
SCRATCH = 64  # bytes [0, 64) of memory: scratch space for map-slot hashing


@dataclass
class DataPool:
    """The container's data section: constant byte strings, deduplicated."""

    blob: bytearray = field(default_factory=bytearray)
    offsets: dict[bytes, int] = field(default_factory=dict)

    def add(self, data: bytes) -> int:
        if data not in self.offsets:
            self.offsets[data] = len(self.blob)
            self.blob += data
        return self.offsets[data]


@dataclass
class Section:
    """One code section's assembly, with a span per item (None for labels)."""

    items: list[Instr | Label] = field(default_factory=list)
    spans: list[Span | None] = field(default_factory=list)


def _pad32(n: int) -> int:
    return (n + 31) // 32 * 32


def string_blob(value: bytes) -> bytes:
    """A string as it lies in memory: a length word, then the bytes padded to 32."""
    return len(value).to_bytes(32, "big") + value + b"\x00" * (_pad32(len(value)) - len(value))


class Emitter:
    """Emits one section; the generator's parts (`dispatch`, `abi`, `statements`,
    `expressions`, `builtins`) are mixins over it, sharing its per-function state."""

    def __init__(self, contract: CheckedContract, data: DataPool, optimize: bool = True):
        self.contract = contract
        self.optimize = optimize  # smarter emission orders (see `_simple`) and the peephole pass
        self.data = data
        self.section = Section()
        self.span: Span | None = contract.span
        self._labels = 0
        # per-function state
        self.next_temp = 0
        self.max_locals = 0
        self.loops: list[tuple[str, str]] = []  # (continue label, break label)
        self.bad_input_label: str | None = None

    def op(self, mnemonic: str, arg: int | str | None = None) -> None:
        self.section.items.append(Instr(mnemonic, arg))
        self.section.spans.append(self.span)

    def push(self, value: int) -> None:
        self.op("PUSH", value % 2**256)

    def new_label(self, hint: str) -> str:
        self._labels += 1
        return f"{hint}_{self._labels}"

    def place(self, label: str, jumpdest: bool = True) -> None:
        self.section.items.append(Label(label))
        self.section.spans.append(None)
        if jumpdest:
            self.op("JUMPDEST")

    def jump(self, label: str) -> None:
        self.op("PUSH", label)
        self.op("JUMP")

    def temp(self, words: int = 1) -> int:
        slot = self.next_temp
        self.next_temp += words
        self.max_locals = max(self.max_locals, self.next_temp)
        if self.next_temp > MAX_LOCALS:
            raise InternalCompilerError("out of local slots for temporaries", self.span)
        return slot

    def store_temps(self, words: int) -> int:
        """Pop `words` words (first word deepest) into fresh temporaries."""
        base = self.temp(words)
        for i in reversed(range(words)):
            self.op("LSET", base + i)
        return base

    def load_temps(self, base: int, words: int) -> None:
        for i in range(words):
            self.op("LGET", base + i)

    def revert_message(self, message: bytes | None) -> None:
        if message is None:
            self.op("PUSH0")
            self.op("PUSH0")
            self.op("REVERT")
            return
        blob = error_data(message)
        self.copy_data(blob)
        self.push(len(blob))
        self.op("REVERT")

    def copy_data(self, blob: bytes) -> None:
        """Push a pointer to a fresh memory copy of a constant blob."""
        off = self.data.add(blob)
        self.push(len(blob))
        self.op("MALLOC")
        self.op("DUP1")
        self.push(off)
        self.push(len(blob))
        self.op("DATACOPY")

    def bad_input(self) -> str:
        if self.bad_input_label is None:
            self.bad_input_label = self.new_label("bad_input")
        return self.bad_input_label

    def jump_if_nonzero(self, label: str) -> None:
        """Pop the top word; jump to label if it is nonzero."""
        self.op("PUSH", label)
        self.op("SWAP1")
        self.op("JUMPI")


ARITH = {
    ("+", False): "CADD", ("-", False): "CSUB", ("*", False): "CMUL", ("/", False): "CDIV",
    ("%", False): "CMOD", ("**", False): "CEXP",
    ("+", True): "SCADD", ("-", True): "SCSUB", ("*", True): "SCMUL", ("/", True): "SCDIV",
    ("%", True): "SCMOD", ("**", True): "SCEXP",
}


def words_of(ty: T.Type | None) -> int:
    return 0 if ty is None else ty.words
