"""Compile the basic blocks of a decoded program to Python functions.

`vm.analysis` splits a section into basic blocks, each led by a header that charges the
block's static gas and checks its stack bounds once. The stepping interpreter
(`vm.interpreter._run_stepping`) then calls one handler per instruction. This module
turns each block into a single generated Python function `block(frame, stack) -> next
index`, compiled once a block has run `analysis.COMPILE_AFTER` times (`LazyBlocks`: each
block alone, `exec` of generated source, kept on the `Program`; until then a stub steps
its handlers), so a block costs one Python call instead of one per instruction, and
compile work stays proportional to the work gas paid for:

* The function starts with the header's checks, unchanged: on failure it raises
  `BlockFault` before touching anything, and `locate_fault` replays the block one
  instruction at a time to name the failing instruction, as before.
* Straight-line stack work (PUSH, DUP, SWAP, POP, LGET, LSET, wrapping arithmetic,
  comparisons, bitwise operations, a few environment reads, MLOAD/MSTORE, SLOAD,
  KECCAK256, MALLOC, checked CADD/CSUB/CMUL/CDIV/CMOD) is compiled with a *symbolic
  stack*: the top of the VM stack lives in Python locals (`v0`, `v1`, ... each assigned
  once) or compile-time constants, and only reaches the real list when the block ends
  or calls a handler. Operations on constants are folded (by running the handler on the
  constants at compile time, so folding is the handler's own semantics).
* Every other instruction calls its ordinary handler on the real stack, after flushing
  the symbolic stack, so its semantics (dynamic gas, host access, errors) are shared.
* JUMP / JUMPI to a constant JUMPDEST return the target index directly.

Gas is unchanged: the header charges the block's static gas, dynamic gas is charged by
the same code as in the handlers, and every instruction that may end a frame keeping
gas or that observes gas still ends its block. Errors are unchanged too: the generated
source has one line per fallible step, tagged with its instruction index
(`CompiledProgram.lines`), so when an exception escapes a block the interpreter reads the
failing line from the traceback and reports the same instruction as the stepping
interpreter. An `IndexError` of an inline LGET/LSET becomes the handler's
`InvalidLocal`. After a failure the stack contents may differ from the stepping
interpreter's (values may still be in locals), but a failed frame's stack is never
observed.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vm.analysis import BlockFault, block_header
from vm.errors import PANIC_ARITHMETIC, PANIC_DIVISION_BY_ZERO, InvalidLocal, Panic
from vm.gas import G_KECCAK256_WORD
from vm.hashing import keccak as keccak256
from vm.hashing import keccak_hasher as keccak_fn
from vm.instructions.memory import allocate
from vm.instructions.storage import load_slot
from vm.machine import Halt, Program, charge, expand
from vm.opcodes import BY_CODE, BY_MNEMONIC, Op

M = 2**256 - 1

# Wrapping binary operations: Python expression templates over operands {a} and {b}
# (each a local name or a literal, so repeating one is free of side effects).
_BINARY = {
    "ADD": "({a} + {b}) & M",
    "MUL": "({a} * {b}) & M",
    "SUB": "({a} - {b}) & M",
    "DIV": "{a} // {b} if {b} else 0",
    "MOD": "{a} % {b} if {b} else 0",
    "LT": "1 if {a} < {b} else 0",
    "GT": "1 if {a} > {b} else 0",
    "EQ": "1 if {a} == {b} else 0",
    "AND": "{a} & {b}",
    "OR": "{a} | {b}",
    "XOR": "{a} ^ {b}",
    "SHL": "({a} << {b}) & M if {b} < 256 else 0",
    "SHR": "{a} >> {b} if {b} < 256 else 0",
    "BYTE": "({b} >> (8 * (31 - {a}))) & 0xFF if {a} < 32 else 0",
}
# Specialisations when the second operand {b} is a literal (the common case: shifts by
# a constant, division by a constant).
_BINARY_CONST_B = {
    "DIV": lambda b: "{a} // {b}" if b else "0",
    "MOD": lambda b: "{a} % {b}" if b else "0",
    "SHL": lambda b: "({a} << {b}) & M" if b < 256 else "0",
    "SHR": lambda b: "{a} >> {b}" if b < 256 else "0",
}
# Rarer pure binary operations: their handler, called on a two-word list.
_BINARY_VIA_HANDLER = ("SDIV", "SMOD", "SLT", "SGT", "SAR", "SIGNEXTEND")
_UNARY = {"ISZERO": "0 if {a} else 1", "NOT": "{a} ^ M"}
# Checked arithmetic: statements computing {r}; each may raise a Panic (which keeps gas:
# these instructions end their block, so the block's static gas is exactly charged).
_OVERFLOW = f"raise Panic({PANIC_ARITHMETIC:#x})"
_DIV_ZERO = f"raise Panic({PANIC_DIVISION_BY_ZERO:#x})"
_CHECKED = {
    "CADD": "{r} = {a} + {b}\nif {r} > M: " + _OVERFLOW,
    "CSUB": "{r} = {a} - {b}\nif {r} < 0: " + _OVERFLOW,
    "CMUL": "{r} = {a} * {b}\nif {r} > M: " + _OVERFLOW,
    "CDIV": "if not {b}: " + _DIV_ZERO + "\n{r} = {a} // {b}",
    "CMOD": "if not {b}: " + _DIV_ZERO + "\n{r} = {a} % {b}",
}
# Environment reads with no gas beyond the static part and no failure.
_READS = {
    "CALLER": "int.from_bytes(f.caller, 'big')",
    "ADDRESS": "int.from_bytes(f.address, 'big')",
    "CALLVALUE": "f.value",
    "CALLDATASIZE": "len(f.calldata)",
    "MSIZE": "len(f.memory)",
}
# Operand kinds whose every opcode is pure symbolic-stack work.
_INLINE_OPERANDS = ("push", "dup", "swap", "pc")
# Every opcode compiled inline rather than through its handler; the table marks the same
# set (`Op.template`), and tests/vm/test_blocks.py checks both and that each one has a
# compiled-versus-stepping differential case.
INLINE: frozenset[str] = frozenset({
    "POP", "JUMPDEST", "LGET", "LSET", "ENTER", "CALLDATALOAD", "MLOAD", "MSTORE", "SLOAD",
    "KECCAK256", "MALLOC", "JUMP", "JUMPI",
    *_BINARY, *_BINARY_VIA_HANDLER, *_UNARY, *_CHECKED, *_READS,
    *(op.mnemonic for op in BY_CODE.values() if op.operand in _INLINE_OPERANDS),
})


def _keccak(f: Any, offset: int, size: int) -> int:
    """KECCAK256's handler on values (the same charges in the same order)."""
    charge(f, G_KECCAK256_WORD * ((size + 31) >> 5))
    if not size:
        return _EMPTY_KECCAK
    end = offset + size
    mem = f.memory
    if end > len(mem):
        expand(f, end)
    return int.from_bytes(keccak_fn(mem[offset:end]).digest(), "big")


_EMPTY_KECCAK = int.from_bytes(keccak256(b""), "big")


def _mload(f: Any, off: int) -> int:
    end = off + 32
    mem = f.memory
    if end > len(mem):
        expand(f, end)
    return int.from_bytes(mem[off:end], "big")


def _via_handler(handler: Callable[..., Any]) -> Callable[[int, int], int]:
    def pure(a: int, b: int) -> int:
        s = [a, b]
        handler(None, s, None)
        return s[0]

    return pure


_GLOBALS: dict[str, Any] = {
    "M": M, "Panic": Panic, "expand": expand, "load_slot": load_slot, "allocate": allocate,
    "_keccak": _keccak, "_mload": _mload,
    **{f"_{name.lower()}": _via_handler(BY_MNEMONIC[name].handler) for name in _BINARY_VIA_HANDLER},
}


@dataclass(slots=True)
class CompiledProgram:
    blocks: list[Any]  # indexed like Program.handlers; a function at each block header
    lines: dict[int, int]  # line of the generated source -> instruction index
    source: str
    lazy: LazyBlocks | None = None  # set when blocks are compiled one by one as they get hot


def _fold(name: str, *args: int) -> int:
    s = list(args)
    BY_MNEMONIC[name].handler(None, s, None)
    return s[0]


class _BlockWriter:
    """Emits the body of one block's function with a symbolic stack."""

    def __init__(self, prog: Program, out: list[str], lines: dict[int, int], base: int) -> None:
        self.prog = prog
        self.out = out
        self.lines = lines
        self.base = base  # line number of out[0] in the module source
        self.vstack: list[int | str] = []  # top of the stack: literals or local names
        self.temps = 0
        self.index = 0  # instruction being compiled
        self.have_loc = False
        self.have_mem = False
        # local index -> the literal or name it holds: nothing but this block's LSETs
        # writes locals between the block's ENTER/CALLF/RETF boundaries, so a second
        # read of a local needs no list access (its index was checked by the first)
        self.known: dict[int, int | str] = {}

    def emit(self, code: str, indent: int = 1) -> None:
        for line in code.split("\n"):
            self.lines[self.base + len(self.out)] = self.index
            self.out.append("    " * indent + line)

    def temp(self) -> str:
        self.temps += 1
        return f"v{self.temps}"

    def need(self, k: int) -> None:
        """Bring the top `k` words into the symbolic stack (the header checked they exist)."""
        while len(self.vstack) < k:
            t = self.temp()
            self.emit(f"{t} = s.pop()")
            self.vstack.insert(0, t)

    def pop(self) -> int | str:
        self.need(1)
        return self.vstack.pop()

    def flush(self) -> None:
        v = self.vstack
        if len(v) == 1:
            self.emit(f"s.append({v[0]})")
        elif v:
            self.emit(f"s.extend(({', '.join(map(str, v))}))")
        self.vstack = []

    def loc(self) -> str:
        if not self.have_loc:
            self.emit("loc = f.locals")
            self.have_loc = True
        return "loc"

    def mem(self) -> str:
        if not self.have_mem:
            self.emit("mem = f.memory")
            self.have_mem = True
        return "mem"

    def value(self, expr: str) -> None:
        t = self.temp()
        self.emit(f"{t} = {expr}")
        self.vstack.append(t)

    def jump_target(self, dest: int | str) -> int | None:
        return self.prog.jumpdests.get(dest) if isinstance(dest, int) else None

    def instruction(self, i: int, next_index: int, last: bool) -> bool:
        """Compile instruction `i`; True when it ended the function (returned or raised)."""
        prog = self.prog
        self.index = i
        pc = prog.pcs[i]
        op = BY_CODE.get(prog.code[pc]) if pc < len(prog.code) else BY_CODE[0x00]
        name = op.mnemonic if op is not None else "INVALID?"  # an undefined byte
        kind = op.operand if op is not None else "none"
        imm = prog.imms[i]
        v = self.vstack
        if kind == "push" or kind == "pc":
            v.append(imm)
        elif kind == "dup":
            self.need(imm)
            v.append(v[-imm])
        elif kind == "swap":
            self.need(imm)
            v[-1], v[-imm] = v[-imm], v[-1]
        elif name == "POP":
            if v:
                v.pop()
            else:
                self.emit("del s[-1]")
        elif name == "JUMPDEST":
            pass
        elif name == "LGET":
            if imm in self.known:
                v.append(self.known[imm])
            else:
                self.value(f"{self.loc()}[{imm}]")
                self.known[imm] = v[-1]
        elif name == "LSET":
            x = self.pop()
            self.emit(f"{self.loc()}[{imm}] = {x}")
            self.known[imm] = x
        elif name == "ENTER":
            self.emit(f"f.locals = loc = [0] * {imm}")
            self.have_loc = True
            self.known = {}
        elif name in _BINARY or name in _BINARY_VIA_HANDLER:
            b = self.pop()
            a = self.pop()
            if isinstance(a, int) and isinstance(b, int):
                v.append(_fold(name, a, b))
            elif name in _BINARY_CONST_B and isinstance(b, int):
                self.value(_BINARY_CONST_B[name](b).format(a=a, b=b))
            elif name in _BINARY:
                self.value(_BINARY[name].format(a=a, b=b))
            else:
                self.value(f"_{name.lower()}({a}, {b})")
        elif name in _UNARY:
            a = self.pop()
            if isinstance(a, int):
                v.append(_fold(name, a))
            else:
                self.value(_UNARY[name].format(a=a))
        elif name in _CHECKED:
            b = self.pop()
            a = self.pop()
            r = self.temp()
            self.emit(_CHECKED[name].format(a=a, b=b, r=r))
            v.append(r)
        elif name in _READS:
            self.value(_READS[name])
        elif name == "CALLDATALOAD":
            off = self.pop()
            end = off + 32 if isinstance(off, int) else f"{off} + 32"
            self.value(f"int.from_bytes(f.calldata[{off}:{end}].ljust(32, b'\\0'), 'big')")
        elif name == "MLOAD":
            self.value(f"_mload(f, {self.pop()})")
        elif name == "MSTORE":
            val = self.pop()
            off = self.pop()
            mem = self.mem()
            if isinstance(off, int):
                e = off + 32
            else:
                e = self.temp()
                self.emit(f"{e} = {off} + 32")
            word = repr(val.to_bytes(32, "big")) if isinstance(val, int) else f"{val}.to_bytes(32, 'big')"
            self.emit(f"if {e} > len({mem}): expand(f, {e})\n{mem}[{off}:{e}] = {word}")
        elif name == "SLOAD":
            self.value(f"load_slot(f, {self.pop()})")
        elif name == "KECCAK256":
            size = self.pop()
            self.value(f"_keccak(f, {self.pop()}, {size})")
        elif name == "MALLOC":
            self.value(f"allocate(f, {self.pop()})")
        elif name == "JUMP" and self.jump_target(v[-1] if v else None) is not None:
            target = self.jump_target(self.pop())
            self.flush()
            self.emit(f"return {target}")
            return True
        elif name == "JUMPI" and len(v) >= 2 and self.jump_target(v[-2]) is not None:
            cond = self.pop()
            target = self.jump_target(self.pop())
            self.flush()
            if isinstance(cond, int):
                self.emit(f"return {target if cond else next_index}")
            else:
                self.emit(f"if {cond}: return {target}\nreturn {next_index}")
            return True
        else:
            return self.call_handler(i, op, imm, next_index, last)
        return False

    def call_handler(self, i: int, op: Op | None, imm: Any, next_index: int, last: bool) -> bool:
        """Call the handler on the real stack; `op` is None for a byte that is no opcode."""
        self.flush()
        call = f"h{i}(f, s, {imm!r})"
        if op is not None and op.transfers:
            self.emit(f"return {call}")
            return True
        if op is None or op.halts:
            self.emit(call)
            self.emit("raise AssertionError('unreachable')")
            return True
        if last and op.branches:
            self.emit(f"r = {call}\nreturn {next_index} if r is None else r")
            return True
        self.emit(call)
        return False


def compile_program(prog: Program) -> CompiledProgram:
    """Generate, compile and return the functions of every block of `prog` at once (the
    interpreter compiles blocks one by one as they get hot: `lazy_program`)."""
    lazy = LazyBlocks(prog, hot_after=0)
    for h in list(lazy.ends):
        lazy.compile(h)
    return CompiledProgram(lazy.blocks, lazy.lines, lazy.source(), lazy)


def _compile_block(prog: Program, h: int, end: int, namespace: dict[str, Any], lines: dict[int, int],
                   base: int, filename: str) -> tuple[Any, list[str]]:
    """The function of the block at header `h` (up to `end`) and its source lines,
    numbered from line `base` so that `lines` stays one map for the whole program."""
    out: list[str] = []
    cost, need, limit = prog.imms[h]
    w = _BlockWriter(prog, out, lines, base)
    w.index = h
    w.emit(f"def b{h}(f, s):", 0)
    w.emit(f"n = len(s)\nif n < {need} or n > {limit}: raise BlockFault")
    if cost:
        w.emit(f"g = f.gas - {cost}\nif g < 0: raise BlockFault\nf.gas = g")
    ended = False
    for i in range(h + 1, end):
        namespace[f"h{i}"] = prog.handlers[i]
        ended = w.instruction(i, end, i == end - 1)
        if ended:
            break
    if not ended:
        w.index = end - 1
        w.flush()
        w.emit(f"return {end}")
    tree = ast.parse("\n".join(out) + "\n", filename)
    ast.increment_lineno(tree, base - 1)
    exec(compile(tree, filename, "exec"), namespace)
    return namespace[f"b{h}"], out


class StepFault(Exception):
    """An instruction failed while a block not yet compiled was stepped: its index."""

    def __init__(self, error: BaseException, index: int) -> None:
        self.error = error
        self.index = index


class LazyBlocks:
    """Blocks compiled one at a time, each after it has run `hot_after` times on the
    stepping handlers (issue 12, item 7). Compiling costs far more per instruction than
    stepping it once, so compiling a whole program the second time it runs let one
    45,575-gas call stall the node 2.6 s on a 24 KiB contract. Per block and only once
    hot, compile work is bounded by a constant times the work the calls paid gas for:
    a block of n instructions has been stepped `hot_after` times (at least
    `hot_after * n` gas) before its compile costs about `COMPILE_TO_STEP * n` steps."""

    def __init__(self, prog: Program, hot_after: int) -> None:
        self.prog = prog
        self.hot_after = hot_after
        handlers = prog.handlers
        n = len(handlers)
        headers = [i for i in range(n) if handlers[i] is block_header]
        self.ends = dict(zip(headers, [*headers[1:], n], strict=True))
        self.runs = dict.fromkeys(headers, 0)
        self.namespace: dict[str, Any] = dict(_GLOBALS)
        self.namespace["BlockFault"] = BlockFault
        self.lines: dict[int, int] = {}
        self.next_line = 1
        self.sources: list[list[str]] = []  # the generated lines of each compiled block, in order
        self.filename = f"<coin blocks {id(prog):x}>"
        self.blocks: list[Any] = [None] * n
        self.stubs = {h: self._stub(h) for h in headers}
        for h, stub in self.stubs.items():
            self.blocks[h] = stub

    def compiled(self) -> set[int]:
        """The headers of the blocks compiled so far."""
        return {h for h, stub in self.stubs.items() if self.blocks[h] is not stub}

    def _stub(self, h: int) -> Callable[[Any, list[int]], int]:
        handlers, imms, end = self.prog.handlers, self.prog.imms, self.ends[h]

        def step(f: Any, s: list[int]) -> int:
            runs = self.runs[h] = self.runs[h] + 1
            if runs > self.hot_after:
                return self.compile(h)(f, s)
            handlers[h](f, s, imms[h])  # the header: BlockFault is located by the caller
            i = h + 1
            try:
                while i < end:
                    r = handlers[i](f, s, imms[i])
                    if r is not None:
                        return r
                    i += 1
            except (Halt, BlockFault):
                raise
            except Exception as exc:
                raise StepFault(exc, i) from exc
            return end
        return step

    def compile(self, h: int) -> Any:
        fn, source = _compile_block(self.prog, h, self.ends[h], self.namespace, self.lines, self.next_line,
                                    self.filename)
        self.next_line += len(source)
        self.sources.append(source)
        self.blocks[h] = fn
        return fn

    def source(self) -> str:
        """The generated source of the blocks compiled so far (line numbers as `lines`)."""
        return "".join(line + "\n" for block in self.sources for line in block)


def lazy_program(prog: Program, hot_after: int) -> CompiledProgram:
    """Stubs that step each block and compile it once it is hot (`LazyBlocks`)."""
    lazy = LazyBlocks(prog, hot_after)
    return CompiledProgram(lazy.blocks, lazy.lines, "", lazy)


def fault_index(compiled: CompiledProgram, prog: Program, block: int, exc: BaseException,
                f: Any) -> tuple[BaseException, int]:
    """The exception to report and the index of the instruction that raised it.

    `exc` escaped the function of the block at index `block`, called directly by the
    interpreter loop: the second traceback entry is that function's frame, and its line
    says which instruction was running.
    """
    if isinstance(exc, StepFault):  # a stepped block knows the failing instruction
        exc, index = exc.error, exc.index
        return _local_error(exc, prog, index, f), index
    tb = exc.__traceback__
    index = block
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename.startswith("<coin blocks"):
            index = compiled.lines.get(tb.tb_lineno, block)
            break
        tb = tb.tb_next
    return _local_error(exc, prog, index, f), index


def _local_error(exc: BaseException, prog: Program, index: int, f: Any) -> BaseException:
    """An IndexError of an inline LGET/LSET is the handler's InvalidLocal."""
    if isinstance(exc, IndexError):
        op = BY_CODE.get(prog.code[prog.pcs[index]]) if prog.pcs[index] < len(prog.code) else None
        if op is not None and op.mnemonic in ("LGET", "LSET"):
            exc = InvalidLocal(f"{op.mnemonic} {prog.imms[index]} with {len(f.locals)} locals")
    return exc


__all__ = ["CompiledProgram", "Halt", "LazyBlocks", "StepFault", "compile_program", "fault_index",
           "lazy_program"]
