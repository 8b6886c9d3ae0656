"""Stage 3: `checked` contract -> `assembly` (one instruction list per code section, each
instruction tagged with the span it came from).

Calling convention. Every function body, public or not, is an internal function: its
arguments are pushed in order (structs flattened), `CALLF` enters it, its `ENTER n`
allocates its locals, it pops the arguments into locals, and `RETF` leaves the return
value's words on the stack. Public functions are reached from the dispatcher, which
decodes calldata (Ethereum ABI), calls the body and encodes the result.

Memory. Bytes [0, 64) are scratch space for map-slot hashing; everything else is taken
with `MALLOC` and never freed (a call's memory dies with its frame).

Storage. Variables take consecutive slots in declaration order (bases first); a struct
takes one slot per leaf field; `map<K, V>` element `k` lives at keccak(k . slot), exactly
as in Solidity, so storage proofs and `eth_getStorageAt` read the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lang import ast
from lang import types as T
from lang.abi import error_data
from lang.checked import CheckedContract, FunctionInfo, InterfaceFunction, StorageVar
from lang.errors import InternalCompilerError, Span
from lang.refs import (
    Builtin,
    Conversion,
    EnvRef,
    ExternalCall,
    FieldRef,
    InterfaceCast,
    InternalCall,
    LocalRef,
    StructNew,
)
from vm.asm import Instr, Label
from vm.opcodes import PANIC_ARITHMETIC, PANIC_ASSERT

MAX_LOCALS = 255
SCRATCH = 64


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


def _string_blob(value: bytes) -> bytes:
    """A string as it lies in memory: a length word, then the bytes padded to 32."""
    return len(value).to_bytes(32, "big") + value + b"\x00" * (_pad32(len(value)) - len(value))


class _Gen:
    """Emits one section."""

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

    # ---------------------------------------------------------- emission helpers
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

    # ---------------------------------------------------------- sections
    def entry(self, is_init: bool, functions: list[FunctionInfo]) -> None:
        c = self.contract
        self.span = c.span
        self.next_temp = 0
        self.max_locals = 0
        enter_index = len(self.section.items)
        self.op("ENTER", 0)  # patched below
        self.push(SCRATCH)
        self.op("MALLOC")
        self.op("POP")
        if is_init:
            init = c.init
            if init is None or not init.is_payable:
                self._nonpayable_check()
            if init is not None:
                self.span = init.node.span
                self._decode_args(init.params, base=0)
                self.op("CALLF", init.label)
            self.op("STOP")
        else:
            self._dispatcher()
        self.section.items[enter_index] = Instr("ENTER", self.max_locals)
        if self.bad_input_label is not None:
            self.span = c.span
            self.place(self.bad_input_label)
            self.revert_message(None)
        for fn in functions:
            self.function(fn)

    def _nonpayable_check(self) -> None:
        ok = self.new_label("novalue")
        self.op("PUSH", ok)
        self.op("CALLVALUE")
        self.op("ISZERO")
        self.op("JUMPI")
        self.revert_message(None)
        self.place(ok)

    def _dispatcher(self) -> None:
        c = self.contract
        pub = [f for f in c.functions.values() if f.is_pub and f.name != "receive"]
        receive = c.functions.get("receive")
        fallback = self.new_label("fallback")
        self.op("PUSH", fallback)
        self.op("CALLDATASIZE")
        self.push(4)
        self.op("LT")
        self.op("JUMPI")
        self.op("PUSH0")
        self.op("CALLDATALOAD")
        self.push(224)
        self.op("SHR")
        stubs = []
        for f in pub:
            label = self.new_label(f"ext_{f.name}")
            stubs.append((f, label))
            if self.optimize:  # the label first: no SWAP1 before JUMPI
                self.op("PUSH", label)
                self.op("DUP2")
                self.push(int.from_bytes(f.selector, "big"))
                self.op("EQ")
                self.op("JUMPI")
                continue
            self.op("DUP1")
            self.push(int.from_bytes(f.selector, "big"))
            self.op("EQ")
            self.jump_if_nonzero(label)
        self.revert_message(None)
        self.place(fallback)
        if receive is not None:
            self.op("PUSH", fallback + "_revert")
            self.op("CALLDATASIZE")
            self.op("JUMPI")
            self.op("CALLF", receive.label)
            self.op("STOP")
            self.place(fallback + "_revert")
        self.revert_message(None)
        for f, label in stubs:
            self.span = f.node.span
            self.place(label)
            self.op("POP")
            if not f.is_payable:
                self._nonpayable_check()
            self._decode_args(f.params, base=4)
            self.op("CALLF", f.label)
            self._return_encoded(f.returns)

    def _decode_args(self, params: list[tuple[str, T.Type]], base: int) -> None:
        """Push the ABI-decoded arguments read from calldata at `base`."""
        head_words = sum(t.words for _, t in params)
        if head_words:
            self.op("PUSH", self.bad_input())
            self.op("CALLDATASIZE")
            self.push(base + 32 * head_words)
            self.op("LT")
            self.op("JUMPI")
        pos = base
        for _, ty in params:
            for leaf in T.leaf_types(ty):
                if leaf is T.STRING:
                    self._decode_string(pos, base)
                else:
                    self.push(pos)
                    self.op("CALLDATALOAD")
                    self._validate_word(leaf)
                pos += 32

    def _validate_word(self, leaf: T.Type) -> None:
        if leaf is T.ADDRESS or isinstance(leaf, T.InterfaceType):
            check = (160, "SHR")
        elif leaf is T.BOOL:
            check = (1, "GT")
        else:
            return
        if self.optimize:  # the label first: no SWAP1 before JUMPI
            self.op("PUSH", self.bad_input())
            self.op("DUP2")
            self.push(check[0])
            self.op(check[1])
            self.op("JUMPI")
        else:
            self.op("DUP1")
            self.push(check[0])
            self.op(check[1])
            self.jump_if_nonzero(self.bad_input())

    def _decode_string(self, head_pos: int, base: int) -> None:
        bad = self.bad_input()
        # o = offset of the string's length word, relative to base; refuse absurd values
        self.push(head_pos)
        self.op("CALLDATALOAD")
        self.op("DUP1")
        self.push(32)
        self.op("SHR")
        self.jump_if_nonzero(bad)
        self.push(base)
        self.op("ADD")
        start = self.store_temps(1)  # absolute offset of the length word
        self.op("LGET", start)
        self.op("CALLDATALOAD")
        self.op("DUP1")
        self.push(32)
        self.op("SHR")
        self.jump_if_nonzero(bad)
        length = self.store_temps(1)
        # start + 32 + length <= calldatasize
        self.op("PUSH", bad)
        self.op("CALLDATASIZE")
        self.op("LGET", start)
        self.push(32)
        self.op("ADD")
        self.op("LGET", length)
        self.op("ADD")
        self.op("LT")
        self.op("JUMPI")
        self.op("LGET", length)
        self.push(32)
        self.op("ADD")
        self.op("MALLOC")
        ptr = self.store_temps(1)
        self.op("LGET", ptr)
        self.op("LGET", length)
        self.op("MSTORE")
        self.op("LGET", ptr)
        self.push(32)
        self.op("ADD")
        self.op("LGET", start)
        self.push(32)
        self.op("ADD")
        self.op("LGET", length)
        self.op("CALLDATACOPY")
        self.op("LGET", ptr)

    def _return_encoded(self, ty: T.Type | None) -> None:
        if ty is None:
            self.op("STOP")
            return
        temps = self.store_temps(ty.words)
        buf, size = self.abi_encode([ty], [temps])
        self.op("LGET", buf)
        self._push_size(size)
        self.op("RETURN")

    def _push_size(self, size: int | tuple[str, int]) -> None:
        if isinstance(size, int):
            self.push(size)
        else:
            self.op("LGET", size[1])

    # ---------------------------------------------------------- ABI encoding
    def abi_encode(self, tys: list[T.Type], temps: list[int],
                   selector: bytes | None = None) -> tuple[int, int | tuple[str, int]]:
        """Encode values held in temporaries; return (temp holding the buffer, size).

        The size is an int when every value is static, else ("temp", slot)."""
        prefix = 4 if selector is not None else 0
        head = 32 * sum(t.words for t in tys)
        strings = [(i, tmp) for i, (t, tmp) in enumerate(zip(tys, temps, strict=True))
                   for leaf in T.leaf_types(t) if leaf is T.STRING]
        size_temp: int | None = None
        if strings:
            self.push(prefix + head)
            for _, tmp in strings:
                self.op("LGET", tmp)
                self.op("MLOAD")
                self._round_up32()
                self.push(32)
                self.op("ADD")
                self.op("ADD")
            size_temp = self.store_temps(1)
            self.op("LGET", size_temp)
        else:
            self.push(prefix + head)
        self.op("MALLOC")
        buf = self.store_temps(1)
        if selector is not None:
            self.op("LGET", buf)
            self.push(int.from_bytes(selector, "big") << 224)
            self.op("MSTORE")
        cur: int | None = None
        if strings:
            self.push(head)
            cur = self.store_temps(1)
        pos = prefix
        for ty, tmp in zip(tys, temps, strict=True):
            for j, leaf in enumerate(T.leaf_types(ty)):
                if leaf is T.STRING:
                    # head: offset of the tail; tail: length word + padded bytes
                    self.op("LGET", buf)
                    self.push(pos)
                    self.op("ADD")
                    self.op("LGET", cur)
                    self.op("MSTORE")
                    self.op("LGET", buf)
                    self.push(prefix)
                    self.op("ADD")
                    self.op("LGET", cur)
                    self.op("ADD")
                    self.op("LGET", tmp + j)
                    self.op("LGET", tmp + j)
                    self.op("MLOAD")
                    self._round_up32()
                    self.push(32)
                    self.op("ADD")
                    self.op("DUP1")
                    ln = self.store_temps(1)
                    self.op("MCOPY")
                    self.op("LGET", cur)
                    self.op("LGET", ln)
                    self.op("ADD")
                    self.op("LSET", cur)
                else:
                    self.op("LGET", buf)
                    if pos:
                        self.push(pos)
                        self.op("ADD")
                    self.op("LGET", tmp + j)
                    self.op("MSTORE")
                pos += 32
        return buf, (("temp", size_temp) if size_temp is not None else prefix + head)

    def _round_up32(self) -> None:
        self.push(31)
        self.op("ADD")
        self.push(5)
        self.op("SHR")
        self.push(5)
        self.op("SHL")

    # ---------------------------------------------------------- functions
    def function(self, fn: FunctionInfo) -> None:
        self.span = fn.node.span
        self.section.items.append(Label(fn.label))
        self.section.spans.append(None)
        enter_index = len(self.section.items)
        self.op("ENTER", 0)
        self.next_temp = fn.nlocals
        self.max_locals = fn.nlocals
        self.loops = []
        for (_, ty), slot in reversed(list(zip(fn.params, fn.param_slots, strict=True))):
            for i in reversed(range(ty.words)):
                self.op("LSET", slot + i)
        self.block(fn.node.body)
        if fn.returns is None:
            self.span = fn.node.span
            self.op("RETF")
        else:
            self.op("INVALID")  # unreachable: the checker proved every path returns
        self.section.items[enter_index] = Instr("ENTER", self.max_locals)

    # ---------------------------------------------------------- statements
    def block(self, stmts: list[ast.Stmt]) -> None:
        for s in stmts:
            saved = self.next_temp
            self.stmt(s)
            self.next_temp = saved  # temporaries live for one statement

    def stmt(self, s: ast.Stmt) -> None:
        self.span = s.span
        if isinstance(s, ast.Let):
            self.expr(s.value)
            for i in reversed(range(s.value.ty.words if s.type is None else _words(s.value.ty))):
                self.op("LSET", s.slot + i)
        elif isinstance(s, ast.Assign):
            self.assign(s.target, s.value)
        elif isinstance(s, ast.AugAssign):
            self.aug_assign(s)
        elif isinstance(s, ast.If):
            else_label = self.new_label("else")
            self.op("PUSH", else_label)
            self.expr(s.cond)
            self.op("ISZERO")
            self.op("JUMPI")
            self.block(s.then)
            if s.orelse is not None:
                end = self.new_label("endif")
                self.jump(end)
                self.place(else_label)
                self.block(s.orelse)
                self.place(end)
            else:
                self.place(else_label)
        elif isinstance(s, ast.While):
            top, end = self.new_label("while"), self.new_label("wend")
            self.place(top)
            self.span = s.cond.span
            self.op("PUSH", end)
            self.expr(s.cond)
            self.op("ISZERO")
            self.op("JUMPI")
            self.loops.append((top, end))
            self.block(s.body)
            self.loops.pop()
            self.span = s.span
            self.jump(top)
            self.place(end)
        elif isinstance(s, ast.For):
            top, step, end = self.new_label("for"), self.new_label("fstep"), self.new_label("fend")
            self.expr(s.start)
            self.op("LSET", s.slot)
            self.expr(s.end)
            self.op("LSET", s.end_slot)
            self.place(top)
            self.op("PUSH", end)
            self.op("LGET", s.slot)
            self.op("LGET", s.end_slot)
            self.op("LT")
            self.op("ISZERO")
            self.op("JUMPI")
            self.loops.append((step, end))
            self.block(s.body)
            self.loops.pop()
            self.span = s.span
            self.place(step)
            self.op("LGET", s.slot)
            self.push(1)
            self.op("ADD")  # cannot overflow: i < end
            self.op("LSET", s.slot)
            self.jump(top)
            self.place(end)
        elif isinstance(s, ast.Return):
            if s.value is not None:
                self.expr(s.value)
            self.op("RETF")
        elif isinstance(s, ast.Emit):
            self.emit(s)
        elif isinstance(s, ast.Break):
            self.jump(self.loops[-1][1])
        elif isinstance(s, ast.Continue):
            self.jump(self.loops[-1][0])
        elif isinstance(s, ast.ExprStmt):
            self.expr(s.expr)
            ty = s.expr.ty
            for _ in range(_words(ty) if ty is not None else 0):
                self.op("POP")
        else:  # pragma: no cover
            raise InternalCompilerError(f"no code for {type(s).__name__}", s.span)

    def assign(self, target: ast.Expr, value: ast.Expr) -> None:
        ty = target.ty
        local = self._local_slot(target)
        if local is None and self._simple(value) and not isinstance(ty, T.StructType):
            # storage word from a simple value: the slot first, so no SWAP1 before SSTORE
            self.slot_of(target)
            self.expr(value)
            self.op("SSTORE")
            return
        self.expr(value)
        if local is not None:
            for i in reversed(range(_words(ty))):
                self.op("LSET", local + i)
            return
        self.slot_of(target)
        self.store_storage(ty)

    def _simple(self, e: ast.Expr) -> bool:
        """A one-word expression that cannot fail, has no effects and touches no memory:
        evaluating it earlier or later is unobservable (and costs the same gas)."""
        if not self.optimize or e.ty is T.STRING or _words(e.ty) != 1:
            return False
        if e.const is not None:
            return isinstance(e.const, int)  # ints and bools
        return isinstance(e, ast.Name) and isinstance(e.ref, (LocalRef, EnvRef))

    def aug_assign(self, s: ast.AugAssign) -> None:
        ty = s.target.ty
        op = _ARITH[(s.op, ty is T.INT)]
        local = self._local_slot(s.target)
        if local is not None:
            self.op("LGET", local)
            self.expr(s.value)
            self.op(op)
            self.op("LSET", local)
            return
        self.slot_of(s.target)
        self.op("DUP1")
        self.op("SLOAD")
        self.expr(s.value)
        self.op(op)
        self.op("SSTORE")

    def emit(self, s: ast.Emit) -> None:
        ev = s.ref
        temps = []
        for a in s.args:
            v = a.value
            if self.optimize and isinstance(v, ast.Name) and isinstance(v.ref, LocalRef):
                temps.append(v.ref.slot)  # no expression can assign a local: read it in place
                continue
            self.expr(v)
            temps.append(self.store_temps(_words(v.ty)))
        data_tys = [t for (_, t, ix) in ev.params if not ix]
        data_temps = [tmp for tmp, (_, _, ix) in zip(temps, ev.params, strict=True) if not ix]
        if data_tys:
            buf, size = self.abi_encode(data_tys, data_temps)
            self.op("LGET", buf)
            self._push_size(size)
        else:
            self.op("PUSH0")
            self.op("PUSH0")
        self.push(ev.topic0)
        n = 1
        for tmp, (_, ty, ix) in zip(temps, ev.params, strict=True):
            if not ix:
                continue
            n += 1
            self.op("LGET", tmp)
            if ty is T.STRING:
                self._hash_string()
            elif isinstance(ty, T.StructType):
                raise InternalCompilerError("indexed struct fields are not supported", s.span)
        self.op(f"LOG{n}")

    # ---------------------------------------------------------- places and storage
    def _local_slot(self, e: ast.Expr) -> int | None:
        """Static local slot of a local variable or a field of a local struct."""
        if isinstance(e, ast.Name) and isinstance(e.ref, LocalRef):
            return e.ref.slot
        if isinstance(e, ast.Attribute) and isinstance(e.ref, FieldRef):
            base = self._local_slot(e.obj)
            return None if base is None else base + e.ref.offset
        return None

    def _is_storage(self, e: ast.Expr) -> bool:
        if isinstance(e, ast.Attribute):
            if isinstance(e.ref, StorageVar):
                return True
            return isinstance(e.ref, FieldRef) and self._is_storage(e.obj)
        if isinstance(e, ast.Index):
            return self._is_storage(e.obj)
        return False

    def slot_of(self, e: ast.Expr) -> None:
        """Push the storage slot of a storage place."""
        if isinstance(e, ast.Attribute) and isinstance(e.ref, StorageVar):
            self.push(e.ref.slot)
        elif isinstance(e, ast.Attribute) and isinstance(e.ref, FieldRef):
            self.slot_of(e.obj)
            if e.ref.offset:
                self.push(e.ref.offset)
                self.op("ADD")
        elif isinstance(e, ast.Index):
            obj = e.obj
            if self.optimize and isinstance(obj, ast.Attribute) and isinstance(obj.ref, StorageVar):
                # constant map slot: the same stores in the same order, without SWAP1s
                self.op("PUSH0")
                self.expr(e.key)
                self.op("MSTORE")
                self.push(32)
                self.push(obj.ref.slot)
                self.op("MSTORE")
            elif self._simple(e.key):
                # the key cannot touch the scratch words: store the map's slot first
                self.push(32)
                self.slot_of(obj)
                self.op("MSTORE")
                self.op("PUSH0")
                self.expr(e.key)
                self.op("MSTORE")
            else:
                self.slot_of(obj)
                self.expr(e.key)
                self.op("PUSH0")
                self.op("SWAP1")
                self.op("MSTORE")
                self.push(32)
                self.op("SWAP1")
                self.op("MSTORE")
            self.op("PUSH0")
            self.push(64)
            self.op("KECCAK256")
        else:  # pragma: no cover
            raise InternalCompilerError("not a storage place", e.span)

    def load_storage(self, ty: T.Type) -> None:
        """Replace the slot on top of the stack with the value stored there."""
        if ty is T.STRING:
            self.op("SLOADBYTES")
        elif isinstance(ty, T.StructType):
            base = self.store_temps(1)
            for i in range(ty.words):
                self.op("LGET", base)
                if i:
                    self.push(i)
                    self.op("ADD")
                self.op("SLOAD")
        elif isinstance(ty, T.MapType):
            raise InternalCompilerError("a map cannot be loaded as a value", self.span)
        else:
            self.op("SLOAD")

    def store_storage(self, ty: T.Type) -> None:
        """Stack: value words, then the slot on top. Store them."""
        if ty is T.STRING:
            self.op("SWAP1")
            self.op("SSTOREBYTES")
        elif isinstance(ty, T.StructType):
            base = self.store_temps(1)
            for i in reversed(range(ty.words)):
                self.op("LGET", base)
                if i:
                    self.push(i)
                    self.op("ADD")
                self.op("SWAP1")
                self.op("SSTORE")
        else:
            self.op("SWAP1")
            self.op("SSTORE")

    # ---------------------------------------------------------- expressions
    def expr(self, e: ast.Expr) -> None:
        saved = self.span
        self.span = e.span
        try:
            self._expr(e)
        finally:
            self.span = saved

    def _expr(self, e: ast.Expr) -> None:
        ty = e.ty
        if e.const is not None:
            if ty is T.STRING:
                self.copy_data(_string_blob(e.const))
                return
            if ty is T.BOOL:
                self.push(1 if e.const else 0)
                return
            if isinstance(e.const, int):
                self.push(e.const)
                return
        if isinstance(e, ast.Name):
            ref = e.ref
            if isinstance(ref, LocalRef):
                self.load_temps(ref.slot, _words(ref.ty))
            elif isinstance(ref, EnvRef):
                self.op(ref.opcode)
            else:
                raise InternalCompilerError(f"unresolved name `{e.id}`", e.span)
        elif isinstance(e, ast.Attribute):
            self._attribute(e)
        elif isinstance(e, ast.Index):
            self.slot_of(e)
            self.load_storage(ty)
        elif isinstance(e, ast.UnaryOp):
            self.expr(e.operand)
            self.op("ISZERO" if e.op == "not" else "SCNEG")
        elif isinstance(e, ast.BinOp):
            self._binop(e)
        elif isinstance(e, ast.Call):
            self._call(e)
        else:
            raise InternalCompilerError(f"no code for {type(e).__name__}", e.span)

    def _attribute(self, e: ast.Attribute) -> None:
        ref = e.ref
        if isinstance(ref, EnvRef):
            self.op(ref.opcode)
        elif isinstance(ref, StorageVar):
            self.push(ref.slot)
            self.load_storage(ref.ty)
        elif isinstance(ref, FieldRef):
            local = self._local_slot(e)
            if local is not None:
                self.load_temps(local, _words(ref.ty))
            elif self._is_storage(e):
                self.slot_of(e)
                self.load_storage(ref.ty)
            else:  # a field of a struct value (a call's result)
                st = e.obj.ty
                self.expr(e.obj)
                base = self.store_temps(st.words)
                self.load_temps(base + ref.offset, _words(ref.ty))
        else:
            raise InternalCompilerError("unresolved attribute", e.span)

    def _binop(self, e: ast.BinOp) -> None:
        op = e.op
        if op in ("and", "or"):
            end = self.new_label(op)
            self.expr(e.left)
            self.op("DUP1")
            if op == "and":
                self.op("ISZERO")
            self.jump_if_nonzero(end)
            self.op("POP")
            self.expr(e.right)
            self.place(end)
            return
        lt = e.left.ty
        if op in ("==", "!=") and lt is T.STRING:
            self.expr(e.left)
            self._hash_string()
            self.expr(e.right)
            self._hash_string()
            self.op("EQ")
            if op == "!=":
                self.op("ISZERO")
            return
        self.expr(e.left)
        self.expr(e.right)
        signed = lt is T.INT
        if op == "==":
            self.op("EQ")
        elif op == "!=":
            self.op("EQ")
            self.op("ISZERO")
        elif op == "<":
            self.op("SLT" if signed else "LT")
        elif op == ">":
            self.op("SGT" if signed else "GT")
        elif op == "<=":
            self.op("SGT" if signed else "GT")
            self.op("ISZERO")
        elif op == ">=":
            self.op("SLT" if signed else "LT")
            self.op("ISZERO")
        else:
            self.op(_ARITH[(op, signed)])

    def _hash_string(self) -> None:
        """Replace a string pointer with the keccak-256 of its bytes."""
        self.op("DUP1")
        self.op("MLOAD")
        self.op("SWAP1")
        self.push(32)
        self.op("ADD")
        self.op("SWAP1")
        self.op("KECCAK256")

    def _call(self, e: ast.Call) -> None:
        ref = e.ref
        if isinstance(ref, InternalCall):
            for a in e.args:
                self.expr(a.value)
            self.op("CALLF", ref.callee.label)
        elif isinstance(ref, StructNew | InterfaceCast):
            for a in e.args:
                self.expr(a.value)
        elif isinstance(ref, Conversion):
            self._convert(e, ref)
        elif isinstance(ref, ExternalCall):
            self._extern_call(e, ref.function)
        elif isinstance(ref, Builtin):
            self._builtin(e, ref.name)
        else:  # pragma: no cover
            raise InternalCompilerError(f"unresolved call {ref!r}", e.span)

    def _convert(self, e: ast.Call, ref: Conversion) -> None:
        target, src = ref.target, ref.source
        self.expr(e.args[0].value)
        overflow = None
        if (target is T.UINT and src is T.INT) or (target is T.INT and src is T.UINT):
            overflow = 255
        elif target is T.ADDRESS and src is T.UINT:
            overflow = 160
        if overflow is not None:
            ok = self.new_label("conv_ok")
            self.op("PUSH", ok)
            self.op("DUP2")
            self.push(overflow)
            self.op("SHR")
            self.op("ISZERO")
            self.op("JUMPI")
            self.op("PANIC", PANIC_ARITHMETIC)
            self.place(ok)

    def _extern_call(self, e: ast.Call, fn: InterfaceFunction) -> None:
        target = e.func.obj
        self.expr(target)
        addr = self.store_temps(1)
        temps = []
        for a in e.args:
            self.expr(a.value)
            temps.append(self.store_temps(_words(a.value.ty)))
        has_code = self.new_label("has_code")
        self.op("PUSH", has_code)
        self.op("LGET", addr)
        self.op("EXTCODESIZE")
        self.op("JUMPI")
        self.revert_message(f"call to {fn.name}: the target address has no code".encode())
        self.place(has_code)
        buf, size = self.abi_encode([t for _, t in fn.params], temps, selector=fn.selector)
        ok = self.new_label("call_ok")
        self.op("PUSH", ok)
        self.op("GAS")
        self.op("LGET", addr)
        if not fn.is_view:
            self.op("PUSH0")
        self.op("LGET", buf)
        self._push_size(size)
        self.op("PUSH0")
        self.op("PUSH0")
        self.op("STATICCALL" if fn.is_view else "CALL")
        self.op("JUMPI")
        self._bubble_revert()
        self.place(ok)
        if fn.returns is not None:
            words = fn.returns.words
            good = self.new_label("ret_ok")
            self.op("PUSH", good)
            self.op("RETURNDATASIZE")
            self.push(32 * words)
            self.op("LT")
            self.op("ISZERO")
            self.op("JUMPI")
            self.revert_message(f"call to {fn.name}: short return data".encode())
            self.place(good)
            self.push(32 * words)
            self.op("MALLOC")
            out = self.store_temps(1)
            self.op("LGET", out)
            self.op("PUSH0")
            self.push(32 * words)
            self.op("RETURNDATACOPY")
            for i in range(words):
                self.op("LGET", out)
                if i:
                    self.push(32 * i)
                    self.op("ADD")
                self.op("MLOAD")

    def _bubble_revert(self) -> None:
        """Revert with the return data of the call that just failed."""
        self.op("RETURNDATASIZE")
        self.op("MALLOC")
        self.op("DUP1")
        self.op("PUSH0")
        self.op("RETURNDATASIZE")
        self.op("RETURNDATACOPY")
        self.op("RETURNDATASIZE")
        self.op("REVERT")

    def _builtin(self, e: ast.Call, name: str) -> None:
        args = [a.value for a in e.args]
        if name == "require":
            ok = self.new_label("req_ok")
            self.op("PUSH", ok)
            self.expr(args[0])
            self.op("JUMPI")
            self.revert_message(args[1].const if len(args) > 1 else None)
            self.place(ok)
        elif name == "assert":
            ok = self.new_label("assert_ok")
            self.op("PUSH", ok)
            self.expr(args[0])
            self.op("JUMPI")
            self.op("PANIC", PANIC_ASSERT)
            self.place(ok)
        elif name == "revert":
            self.revert_message(args[0].const if args else None)
        elif name == "send":
            self.expr(args[0])
            to = self.store_temps(1)
            self.expr(args[1])
            amount = self.store_temps(1)
            ok = self.new_label("send_ok")
            self.op("PUSH", ok)
            self.op("GAS")
            self.op("LGET", to)
            self.op("LGET", amount)
            self.op("PUSH0")
            self.op("PUSH0")
            self.op("PUSH0")
            self.op("PUSH0")
            self.op("CALL")
            self.op("JUMPI")
            failed_plain = self.new_label("send_fail")
            self.op("PUSH", failed_plain)
            self.op("RETURNDATASIZE")
            self.op("ISZERO")
            self.op("JUMPI")
            self._bubble_revert()
            self.place(failed_plain)
            self.revert_message(b"send: transfer failed")
            self.place(ok)
        elif name == "balance":
            a = args[0]
            if isinstance(a, ast.Name) and isinstance(a.ref, EnvRef) and a.ref.opcode == "ADDRESS":
                self.op("SELFBALANCE")
            else:
                self.expr(a)
                self.op("BALANCE")
        elif name in ("min", "max"):
            self.expr(args[0])
            x = self.store_temps(1)
            self.expr(args[1])
            y = self.store_temps(1)
            cmp = ("SLT" if e.ty is T.INT else "LT") if name == "min" else ("SGT" if e.ty is T.INT else "GT")
            # y ^ ((x ^ y) * (x cmp y)): branch-free select
            self.op("LGET", y)
            self.op("LGET", x)
            self.op("LGET", y)
            self.op("XOR")
            self.op("LGET", x)
            self.op("LGET", y)
            self.op(cmp)
            self.op("MUL")
            self.op("XOR")
        elif name == "mul_div":
            for a in args:
                self.expr(a)
            self.op("MULDIV")
        elif name == "keccak256":
            if len(args) == 1 and args[0].ty is T.STRING:
                self.expr(args[0])
                self._hash_string()
                return
            sizes = [_packed_size(a.ty) for a in args]
            total = sum(sizes)
            temps = []
            for a in args:
                self.expr(a)
                temps.append(self.store_temps(1))
            self.push(total + 32)  # room for the last 32-byte store
            self.op("MALLOC")
            buf = self.store_temps(1)
            pos = 0
            for tmp, size in zip(temps, sizes, strict=True):
                self.op("LGET", buf)
                if pos:
                    self.push(pos)
                    self.op("ADD")
                self.op("LGET", tmp)
                if size < 32:
                    self.push(256 - 8 * size)
                    self.op("SHL")
                self.op("MSTORE")
                pos += size
            self.op("LGET", buf)
            self.push(total)
            self.op("KECCAK256")
        else:  # pragma: no cover
            raise InternalCompilerError(f"no code for built-in `{name}`", e.span)


_ARITH = {
    ("+", False): "CADD", ("-", False): "CSUB", ("*", False): "CMUL", ("/", False): "CDIV",
    ("%", False): "CMOD", ("**", False): "CEXP",
    ("+", True): "SCADD", ("-", True): "SCSUB", ("*", True): "SCMUL", ("/", True): "SCDIV",
    ("%", True): "SCMOD", ("**", True): "SCEXP",
}


def _words(ty: T.Type | None) -> int:
    return 0 if ty is None else ty.words


def _packed_size(ty: T.Type) -> int:
    """Bytes a value takes in Solidity's abi.encodePacked."""
    if ty is T.ADDRESS or isinstance(ty, T.InterfaceType):
        return 20
    if ty is T.BOOL:
        return 1
    return 32


def _reachable(contract: CheckedContract, roots: list[FunctionInfo]) -> list[FunctionInfo]:
    seen: dict[int, FunctionInfo] = {}
    stack = list(roots)
    while stack:
        f = stack.pop()
        if id(f) in seen:
            continue
        seen[id(f)] = f
        stack.extend(f.callees)
    order = {id(f): i for i, f in enumerate(roots)}
    return sorted(seen.values(), key=lambda f: (order.get(id(f), len(order)), f.contract, f.name))


@dataclass
class ContractAssembly:
    runtime: Section
    init: Section
    data: bytes


def generate(contract: CheckedContract, optimize: bool | None = None) -> ContractAssembly:
    """Assembly of both sections and the shared data section.

    `optimize` (default `OPTIMIZE`) turns on the emission orders that save stack
    shuffles and the peephole pass; the tests compare both settings."""
    if optimize is None:
        optimize = OPTIMIZE
    data = DataPool()
    runtime = _Gen(contract, data, optimize)
    runtime.entry(False, _reachable(contract, [f for f in contract.functions.values() if f.is_pub]))
    init = _Gen(contract, data, optimize)
    init.entry(True, _reachable(contract, [contract.init] if contract.init else []))
    if optimize:
        peephole(runtime.section)
        peephole(init.section)
    return ContractAssembly(runtime.section, init.section, bytes(data.blob))


OPTIMIZE = True

# Wrapping operations folded on two constants; the fold is the VM's own handler.
_FOLDABLE = {"ADD", "SUB", "MUL", "DIV", "MOD", "AND", "OR", "XOR", "SHL", "SHR", "EQ", "LT", "GT"}
# One instruction that only pushes a word, cannot fail (LGET of a valid local: the
# generator only emits those) and has no effects: it commutes with a PUSH.
_PURE_PUSHERS = {"PUSH", "PUSH0", "LGET", "CALLER", "CALLVALUE", "CALLDATASIZE", "ADDRESS"}


def _is_int_push(item: Instr | Label) -> bool:
    return isinstance(item, Instr) and (
        (item.mnemonic == "PUSH" and isinstance(item.arg, int)) or item.mnemonic == "PUSH0")


def _push_value(item: Instr) -> int:
    return 0 if item.mnemonic == "PUSH0" else item.arg  # type: ignore[return-value]


def peephole(section: Section) -> None:
    """Rewrite short instruction windows in place (`items` and `spans` stay parallel),
    repeating until nothing changes. Each rule keeps the observable behaviour (storage,
    memory, logs, output, revert data, fault kind), never raises gas, and never raises
    the stack's peak height:

    * `PUSH a; PUSH b; OP` -> `PUSH (a OP b)` for wrapping arithmetic and comparisons;
    * `PUSH x; POP` and `DUPn; POP` -> nothing;
    * `K; PUSH c; SWAP1` -> `PUSH c; K` when K only pushes a word (`_PURE_PUSHERS`).

    Windows never span a label (a jump target)."""
    from vm.instructions import HANDLERS

    items, spans = section.items, section.spans
    changed = True
    while changed:
        changed = False
        out_i: list[Instr | Label] = []
        out_s: list[Span | None] = []
        for item, span in zip(items, spans, strict=True):
            out_i.append(item)
            out_s.append(span)
            while True:
                if len(out_i) >= 3 and isinstance(out_i[-1], Instr):
                    a, b, c = out_i[-3], out_i[-2], out_i[-1]
                    if c.mnemonic in _FOLDABLE and _is_int_push(a) and _is_int_push(b):
                        stack = [_push_value(a), _push_value(b)]  # type: ignore[arg-type]
                        HANDLERS[c.mnemonic](None, stack, None)
                        del out_i[-3:], out_s[-3:]
                        out_i.append(Instr("PUSH", stack[0]))
                        out_s.append(span)
                        changed = True
                        continue
                    if (c.mnemonic == "SWAP1" and isinstance(a, Instr) and isinstance(b, Instr)
                            and a.mnemonic in _PURE_PUSHERS and b.mnemonic in ("PUSH", "PUSH0")):
                        sa, sb = out_s[-3], out_s[-2]
                        del out_i[-3:], out_s[-3:]
                        out_i += [b, a]
                        out_s += [sb, sa]
                        changed = True
                        continue
                if len(out_i) >= 2 and isinstance(out_i[-1], Instr) and out_i[-1].mnemonic == "POP":
                    a = out_i[-2]
                    if isinstance(a, Instr) and (a.mnemonic in ("PUSH", "PUSH0")
                                                 or a.mnemonic.startswith("DUP")):
                        del out_i[-2:], out_s[-2:]
                        changed = True
                        continue
                break
        items[:], spans[:] = out_i, out_s
