"""Expressions: values, operators, internal and external calls, conversions."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.checked import InterfaceFunction, StorageVar
from lang.codegen.emitter import ARITH, Emitter, string_blob, words_of
from lang.errors import InternalCompilerError
from lang.refs import (
    ArrayMethod,
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
from vm.errors import PANIC_ARITHMETIC


class Expressions(Emitter):
    """Expressions; each leaves its value's words on the stack."""

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
                self.copy_data(string_blob(e.const))
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
                self.load_temps(ref.slot, words_of(ref.ty))
            elif isinstance(ref, EnvRef):
                self.op(ref.opcode)
            else:
                raise InternalCompilerError(f"unresolved name `{e.id}`", e.span)
        elif isinstance(e, ast.Attribute):
            self._attribute(e)
        elif isinstance(e, ast.Index):
            if isinstance(e.obj.ty, T.ArrayType) and not self._is_storage(e.obj):
                self.array_elem_addr(e.obj, e.key)
                self.load_words(words_of(ty))
            else:
                self.slot_of(e)
                self.load_storage(ty)
        elif isinstance(e, ast.ArrayLit):
            self.array_literal(e)
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
                self.load_temps(local, words_of(ref.ty))
            elif self._is_storage(e):
                self.slot_of(e)
                self.load_storage(ref.ty)
            else:  # a field of a struct value (a call's result)
                st = e.obj.ty
                self.expr(e.obj)
                base = self.store_temps(st.words)
                self.load_temps(base + ref.offset, words_of(ref.ty))
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
        if op in ("==", "!=") and T.is_byte_string(lt):
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
            self.op(ARITH[(op, signed)])

    def _hash_string(self, opcode: str = "KECCAK256") -> None:
        """Replace a string (or bytes) pointer with the keccak-256 (or SHA-256) of its bytes."""
        self.op("DUP1")
        self.op("MLOAD")
        self.op("SWAP1")
        self.push(32)
        self.op("ADD")
        self.op("SWAP1")
        self.op(opcode)

    def _call(self, e: ast.Call) -> None:
        ref = e.ref
        if isinstance(ref, InternalCall):
            for a in e.args:
                self.owned(a.value)
            self.op("CALLF", ref.callee.label)
        elif isinstance(ref, ArrayMethod):
            self.array_method(e, ref.name, ref.array)
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
        elif target is T.UINT8 and src is T.UINT:
            overflow = 8
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
            temps.append(self.store_temps(words_of(a.value.ty)))
        value = None
        for o in e.options:  # `value = v` (the checker allows no other option)
            self.expr(o.value)
            value = self.store_temps(1)
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
            if value is not None:
                self.op("LGET", value)
            else:
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
            if T.is_byte_string(fn.returns):
                self._return_string(fn)
                return
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

    def _return_string(self, fn: InterfaceFunction) -> None:
        """Decode a `string` / `bytes[N]` returned by a call into fresh memory, after
        checking that its offset and length lie inside the return data (and, for bytes,
        that it fits N)."""
        short = self.new_label("short_ret")
        done = self.new_label("ret_str")
        self.push(32)
        self.op("MALLOC")
        word = self.store_temps(1)

        def read(offset_temp: int | None) -> None:  # push the return data word at offset
            self.op("LGET", word)
            if offset_temp is None:
                self.op("PUSH0")
            else:
                self.op("LGET", offset_temp)
            self.push(32)
            self.op("RETURNDATACOPY")
            self.op("LGET", word)
            self.op("MLOAD")

        def short_unless_le(get_end) -> None:  # jump to `short` unless end <= RETURNDATASIZE
            self.op("PUSH", short)
            self.op("RETURNDATASIZE")
            get_end()
            self.op("LT")  # RETURNDATASIZE < end
            self.op("JUMPI")

        read(None)
        off = self.store_temps(1)
        self.op("PUSH", short)
        self.op("LGET", off)
        self.push(32)
        self.op("SHR")
        self.op("JUMPI")

        def off_end() -> None:
            self.op("LGET", off)
            self.push(32)
            self.op("ADD")

        short_unless_le(off_end)
        read(off)
        ln = self.store_temps(1)
        self.op("PUSH", short)
        self.op("LGET", ln)
        cap = fn.returns.capacity if isinstance(fn.returns, T.BytesType) else 2**32 - 1
        self.push(cap)
        self.op("GT")
        self.op("JUMPI")

        def data_end() -> None:
            off_end()
            self.op("LGET", ln)
            self.op("ADD")

        short_unless_le(data_end)
        self.op("LGET", ln)
        self.push(32)
        self.op("ADD")
        self.op("MALLOC")
        ptr = self.store_temps(1)
        self.op("LGET", ptr)
        self.op("LGET", ln)
        self.op("MSTORE")
        self.op("LGET", ptr)
        self.push(32)
        self.op("ADD")
        off_end()
        self.op("LGET", ln)
        self.op("RETURNDATACOPY")
        self.op("LGET", ptr)
        self.jump(done)
        self.place(short)
        self.revert_message(f"call to {fn.name}: short return data".encode())
        self.place(done)

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
