"""Function bodies and statements, and storage places (slots, loads, stores)."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.checked import FunctionInfo, StorageVar
from lang.codegen.emitter import ARITH, Emitter, words_of
from lang.errors import InternalCompilerError
from lang.refs import EnvRef, FieldRef, LocalRef
from vm.asm import Instr, Label


class Statements(Emitter):
    """Functions, statements and storage places."""

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

    def block(self, stmts: list[ast.Stmt]) -> None:
        for s in stmts:
            saved = self.next_temp
            self.stmt(s)
            self.next_temp = saved  # temporaries live for one statement

    def stmt(self, s: ast.Stmt) -> None:
        self.span = s.span
        if isinstance(s, ast.Let):
            self.owned(s.value)
            for i in reversed(range(s.value.ty.words if s.type is None else words_of(s.value.ty))):
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
        elif isinstance(s, ast.ForEach):
            self.for_each(s)
        elif isinstance(s, ast.RevertError):
            temps = []
            for a in s.args:
                self.expr(a.value)
                temps.append(self.store_temps(words_of(a.value.ty)))
            buf, size = self.abi_encode([t for _, t in s.ref.params], temps, selector=s.ref.selector)
            self.op("LGET", buf)
            self._push_size(size)
            self.op("REVERT")
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
            for _ in range(words_of(ty) if ty is not None else 0):
                self.op("POP")
        else:  # pragma: no cover
            raise InternalCompilerError(f"no code for {type(s).__name__}", s.span)

    def assign(self, target: ast.Expr, value: ast.Expr) -> None:
        ty = target.ty
        if self._mem_rooted(target):  # an element (or its field) of a local array
            self.owned(value)
            self.mem_place(target)
            self.store_words(words_of(ty))
            return
        local = self._local_slot(target)
        if local is None and self._simple(value) and not isinstance(ty, T.StructType | T.ArrayType):
            # storage word from a simple value: the slot first, so no SWAP1 before SSTORE
            self.slot_of(target)
            self.expr(value)
            self.op("SSTORE")
            return
        self.owned(value)
        if local is not None:
            for i in reversed(range(words_of(ty))):
                self.op("LSET", local + i)
            return
        self.slot_of(target)
        self.store_storage(ty)

    def _simple(self, e: ast.Expr) -> bool:
        """A one-word expression that cannot fail, has no effects and touches no memory:
        evaluating it earlier or later is unobservable (and costs the same gas)."""
        if not self.optimize or T.is_byte_string(e.ty) or words_of(e.ty) != 1:
            return False
        if e.const is not None:
            return isinstance(e.const, int)  # ints and bools
        return isinstance(e, ast.Name) and isinstance(e.ref, (LocalRef, EnvRef))

    def aug_assign(self, s: ast.AugAssign) -> None:
        ty = s.target.ty
        op = ARITH[(s.op, ty is T.INT)]
        if self._mem_rooted(s.target):
            self.mem_place(s.target)
            addr = self.store_temps(1)
            self.op("LGET", addr)
            self.op("LGET", addr)
            self.op("MLOAD")
            self.expr(s.value)
            self.op(op)
            self.op("MSTORE")
            return
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
            temps.append(self.store_temps(words_of(v.ty)))
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
            if T.is_byte_string(ty):
                self._hash_string()
            elif isinstance(ty, T.StructType):
                raise InternalCompilerError("indexed struct fields are not supported", s.span)
        self.op(f"LOG{n}")

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
        elif isinstance(e, ast.Index) and isinstance(e.obj.ty, T.ArrayType):
            self.slot_of(e.obj)
            self.array_elem_slot(e.obj.ty, e.key)
        elif isinstance(e, ast.Index) and T.is_byte_string(e.key.ty):
            # Solidity's layout for string and bytes keys: keccak256(key bytes ++ pad32(slot))
            self.slot_of(e.obj)
            slot = self.store_temps(1)
            self.expr(e.key)
            key = self.store_temps(1)
            self.op("LGET", key)
            self.op("MLOAD")
            ln = self.store_temps(1)
            self.op("LGET", ln)
            self.push(32)
            self.op("ADD")
            self.op("MALLOC")
            buf = self.store_temps(1)
            self.op("LGET", buf)
            self.op("LGET", key)
            self.push(32)
            self.op("ADD")
            self.op("LGET", ln)
            self.op("MCOPY")
            self.op("LGET", buf)
            self.op("LGET", ln)
            self.op("ADD")
            self.op("LGET", slot)
            self.op("MSTORE")
            self.op("LGET", buf)
            self.op("LGET", ln)
            self.push(32)
            self.op("ADD")
            self.op("KECCAK256")
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
        if isinstance(ty, T.ArrayType):
            self.load_storage_array(ty)
        elif T.is_byte_string(ty):
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
        if isinstance(ty, T.ArrayType):
            self.store_storage_array(ty)
        elif T.is_byte_string(ty):
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
