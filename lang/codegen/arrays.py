"""Arrays: `T[N]` and `array<T, N>` in storage and in memory.

In memory an array value is one word, a pointer to [length word][capacity * w words]
(w = words of an element); a fixed array's length word is always N, so both kinds share
the code. Every memory array is allocated at its full capacity, so `append` never moves
it. Arrays are values: binding a local array to another name copies it (`owned`).

In storage a fixed array takes N * w consecutive slots from its slot; a dynamic one keeps
its length in its slot and element i from keccak256(slot) + i * w (Solidity's layout).

Out-of-range indices, `append` to a full array and the ABI decoder's length check revert
with Panic(0x32); `pop` of an empty array with Panic(0x31), as Solidity's.
"""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.codegen.emitter import Emitter
from lang.refs import LocalRef
from vm.errors import PANIC_INDEX

PANIC_POP_EMPTY = 0x31


class Arrays(Emitter):
    """Array places, values, methods and loops."""

    # ---------------------------------------------------------------- shared pieces
    def _panic_unless_below(self, index: int, bound: int | tuple[str, int], code: int = PANIC_INDEX) -> None:
        """Revert with Panic(code) unless temp `index` < bound (an int, or ("t", temp))."""
        ok = self.new_label("in_range")
        self.op("PUSH", ok)
        self.op("LGET", index)
        if isinstance(bound, int):
            self.push(bound)
        else:
            self.op("LGET", bound[1])
        self.op("LT")
        self.op("JUMPI")
        self.op("PANIC", code)
        self.place(ok)

    def _alloc_array(self, arr: T.ArrayType) -> int:
        """A fresh zeroed array buffer in a temp (length word left 0)."""
        self.push(32 + 32 * arr.capacity * arr.elem_words)
        self.op("MALLOC")
        return self.store_temps(1)

    def _loop(self, count: int | tuple[str, int], body) -> None:
        """Run `body(k)` for temp k = 0 .. count-1 (count an int or ("t", temp))."""
        k = self.temp(1)
        top, end = self.new_label("aloop"), self.new_label("aend")
        self.op("PUSH0")
        self.op("LSET", k)
        self.place(top)
        self.op("PUSH", end)
        self.op("LGET", k)
        if isinstance(count, int):
            self.push(count)
        else:
            self.op("LGET", count[1])
        self.op("LT")
        self.op("ISZERO")
        self.op("JUMPI")
        body(k)
        self.op("LGET", k)
        self.push(1)
        self.op("ADD")
        self.op("LSET", k)
        self.jump(top)
        self.place(end)

    def _word_addr(self, base: int, k: int, extra: int = 0) -> None:
        """Push base + 32 + 32 * k (+ extra): the address of data word k of a buffer."""
        self.op("LGET", base)
        self.op("LGET", k)
        self.push(5)
        self.op("SHL")
        self.op("ADD")
        self.push(32 + extra)
        self.op("ADD")

    def copy_array(self, arr: T.ArrayType) -> None:
        """Replace the array pointer on top of the stack with a pointer to a fresh copy."""
        src = self.store_temps(1)
        dst = self._alloc_array(arr)
        self.op("LGET", dst)
        self.op("LGET", src)
        self.op("LGET", src)
        self.op("MLOAD")
        self.push(32 * arr.elem_words)
        self.op("MUL")
        self.push(32)
        self.op("ADD")
        self.op("MCOPY")
        self.op("LGET", dst)

    def owned(self, e: ast.Expr) -> None:
        """Evaluate `e`; a local array is copied, so the new binding does not alias it."""
        self.expr(e)
        if isinstance(e.ty, T.ArrayType) and isinstance(e, ast.Name) and isinstance(e.ref, LocalRef):
            self.copy_array(e.ty)

    def array_literal(self, e: ast.ArrayLit) -> None:
        """A fresh array holding the literal's elements, evaluated left to right."""
        arr: T.ArrayType = e.ty
        w = arr.elem_words
        vals = []
        for x in e.elems:
            self.expr(x)
            vals.append(self.store_temps(w))
        buf = self._alloc_array(arr)
        self.op("LGET", buf)
        self.push(len(e.elems))
        self.op("MSTORE")
        for i, v in enumerate(vals):
            for j in range(w):
                self.op("LGET", buf)
                self.push(32 + 32 * (i * w + j))
                self.op("ADD")
                self.op("LGET", v + j)
                self.op("MSTORE")
        self.op("LGET", buf)

    # ---------------------------------------------------------------- storage
    def array_elem_slot(self, arr: T.ArrayType, key: ast.Expr) -> None:
        """Stack: the array's slot. Replace it with element `key`'s slot (bounds-checked)."""
        base = self.store_temps(1)
        self.expr(key)
        i = self.store_temps(1)
        if arr.dynamic:
            self.op("LGET", base)
            self.op("SLOAD")
            n = self.store_temps(1)
            self._panic_unless_below(i, ("t", n))
            self._data_slot(base)
        else:
            self._panic_unless_below(i, arr.capacity)
            self.op("LGET", base)
        self.op("LGET", i)
        if arr.elem_words > 1:
            self.push(arr.elem_words)
            self.op("MUL")
        self.op("ADD")

    def _data_slot(self, base: int) -> None:
        """Push keccak256(slot) for the slot in temp `base`: a dynamic array's first element."""
        self.op("PUSH0")
        self.op("LGET", base)
        self.op("MSTORE")
        self.op("PUSH0")
        self.push(32)
        self.op("KECCAK256")

    def load_storage_array(self, arr: T.ArrayType) -> None:
        """Stack: slot. Replace it with a pointer to a memory copy of the array."""
        base = self.store_temps(1)
        buf = self._alloc_array(arr)
        if arr.dynamic:
            self.op("LGET", base)
            self.op("SLOAD")
            self._data_slot(base)
        else:
            self.push(arr.capacity)
            self.op("LGET", base)
        data = self.store_temps(1)
        n = self.store_temps(1)
        self.op("LGET", buf)
        self.op("LGET", n)
        self.op("MSTORE")
        self.op("LGET", n)
        if arr.elem_words > 1:
            self.push(arr.elem_words)
            self.op("MUL")
        words = self.store_temps(1)

        def body(k: int) -> None:
            self._word_addr(buf, k)
            self.op("LGET", data)
            self.op("LGET", k)
            self.op("ADD")
            self.op("SLOAD")
            self.op("MSTORE")

        self._loop(("t", words), body)
        self.op("LGET", buf)

    def store_storage_array(self, arr: T.ArrayType) -> None:
        """Stack: pointer, slot. Store the memory array there (a dynamic array's elements
        past the new length are left as they were, unreachable, as Vyper leaves them)."""
        base = self.store_temps(1)
        ptr = self.store_temps(1)
        if arr.dynamic:
            self.op("LGET", base)
            self.op("LGET", ptr)
            self.op("MLOAD")
            self.op("SSTORE")
            self._data_slot(base)
        else:
            self.op("LGET", base)
        data = self.store_temps(1)
        self.op("LGET", ptr)
        self.op("MLOAD")
        if arr.elem_words > 1:
            self.push(arr.elem_words)
            self.op("MUL")
        words = self.store_temps(1)

        def body(k: int) -> None:
            self.op("LGET", data)
            self.op("LGET", k)
            self.op("ADD")
            self._word_addr(ptr, k)
            self.op("MLOAD")
            self.op("SSTORE")

        self._loop(("t", words), body)

    # ---------------------------------------------------------------- memory
    def array_elem_addr(self, obj: ast.Expr, key: ast.Expr) -> None:
        """Push the memory address of element `key` of the memory array `obj`."""
        arr: T.ArrayType = obj.ty
        self.expr(obj)
        ptr = self.store_temps(1)
        self.expr(key)
        i = self.store_temps(1)
        self.op("LGET", ptr)
        self.op("MLOAD")
        n = self.store_temps(1)
        self._panic_unless_below(i, ("t", n))
        self.op("LGET", ptr)
        self.op("LGET", i)
        self.push(32 * arr.elem_words)
        self.op("MUL")
        self.op("ADD")
        self.push(32)
        self.op("ADD")

    def load_words(self, words: int) -> None:
        """Stack: an address. Replace it with the `words` words stored from there."""
        if words == 1:
            self.op("MLOAD")
            return
        addr = self.store_temps(1)
        for j in range(words):
            self.op("LGET", addr)
            if j:
                self.push(32 * j)
                self.op("ADD")
            self.op("MLOAD")

    def store_words(self, words: int) -> None:
        """Stack: value words, then an address on top. Store the words from there."""
        addr = self.store_temps(1)
        vals = self.store_temps(words)
        for j in range(words):
            self.op("LGET", addr)
            if j:
                self.push(32 * j)
                self.op("ADD")
            self.op("LGET", vals + j)
            self.op("MSTORE")

    def mem_place(self, e: ast.Expr) -> tuple[bool, T.Type]:
        """For `a[i]` or `a[i].f` on a memory array, push the address; else return False."""
        if isinstance(e, ast.Index) and isinstance(e.obj.ty, T.ArrayType) and not self._is_storage(e.obj):
            self.array_elem_addr(e.obj, e.key)
            return True, e.ty
        if isinstance(e, ast.Attribute) and isinstance(e.obj.ty, T.StructType):
            inner = e.obj
            if self._mem_rooted(inner):
                self.mem_place(inner)
                off, fty = e.obj.ty.field_offset(e.attr)
                if off:
                    self.push(32 * off)
                    self.op("ADD")
                return True, fty
        return False, e.ty

    def _mem_rooted(self, e: ast.Expr) -> bool:
        while isinstance(e, ast.Attribute) and isinstance(e.obj.ty, T.StructType):
            e = e.obj
        return isinstance(e, ast.Index) and isinstance(e.obj.ty, T.ArrayType) and not self._is_storage(e.obj)

    # ---------------------------------------------------------------- methods and loops
    def array_method(self, e: ast.Call, name: str, arr: T.ArrayType) -> None:
        obj = e.func.obj
        w = arr.elem_words
        if self._is_storage(obj):
            self.slot_of(obj)
            base = self.store_temps(1)
            self.op("LGET", base)
            self.op("SLOAD")
            n = self.store_temps(1)
            if name == "append":
                self.expr(e.args[0].value)
                vals = self.store_temps(w)
                self._panic_unless_below(n, arr.capacity)
            else:
                ok = self.new_label("pop_ok")
                self.op("PUSH", ok)
                self.op("LGET", n)
                self.op("JUMPI")
                self.op("PANIC", PANIC_POP_EMPTY)
                self.place(ok)
                self.op("LGET", n)
                self.push(1)
                self.op("SUB")
                self.op("LSET", n)
            self._data_slot(base)
            self.op("LGET", n)
            if w > 1:
                self.push(w)
                self.op("MUL")
            self.op("ADD")
            slot = self.store_temps(1)
            for j in range(w):
                if name == "append":
                    self.op("LGET", slot)
                    if j:
                        self.push(j)
                        self.op("ADD")
                    self.op("LGET", vals + j)
                    self.op("SSTORE")
            if name == "pop":
                for j in range(w):  # the element, then its slots cleared as Solidity clears them
                    self.op("LGET", slot)
                    if j:
                        self.push(j)
                        self.op("ADD")
                    self.op("SLOAD")
                out = self.store_temps(w)
                for j in range(w):
                    self.op("LGET", slot)
                    if j:
                        self.push(j)
                        self.op("ADD")
                    self.op("PUSH0")
                    self.op("SSTORE")
            self.op("LGET", base)
            self.op("LGET", n)
            if name == "append":
                self.push(1)
                self.op("ADD")
            self.op("SSTORE")
            if name == "pop":
                self.load_temps(out, w)
            return
        # a local array: changed in place
        self.expr(obj)
        ptr = self.store_temps(1)
        self.op("LGET", ptr)
        self.op("MLOAD")
        n = self.store_temps(1)
        if name == "append":
            self.expr(e.args[0].value)
            self._panic_unless_below(n, arr.capacity)
            self.op("LGET", ptr)
            self.op("LGET", n)
            self.push(32 * w)
            self.op("MUL")
            self.op("ADD")
            self.push(32)
            self.op("ADD")
            self.store_words(w)
            self.op("LGET", ptr)
            self.op("LGET", n)
            self.push(1)
            self.op("ADD")
            self.op("MSTORE")
            return
        ok = self.new_label("pop_ok")
        self.op("PUSH", ok)
        self.op("LGET", n)
        self.op("JUMPI")
        self.op("PANIC", PANIC_POP_EMPTY)
        self.place(ok)
        self.op("LGET", ptr)
        self.op("LGET", n)
        self.push(1)
        self.op("SUB")
        self.op("MSTORE")
        self.op("LGET", ptr)
        self.op("LGET", n)
        self.push(1)
        self.op("SUB")
        self.push(32 * w)
        self.op("MUL")
        self.op("ADD")
        self.push(32)
        self.op("ADD")
        self.load_words(w)

    def array_len(self, e: ast.Expr) -> None:
        arr: T.ArrayType = e.ty
        if self._is_storage(e):
            self.slot_of(e)
            if arr.dynamic:
                self.op("SLOAD")
            else:
                self.op("POP")
                self.push(arr.capacity)
            return
        self.expr(e)
        self.op("MLOAD")

    def for_each(self, s: ast.ForEach) -> None:
        """`for x in arr`: over a snapshot of `arr` taken when the loop starts."""
        arr: T.ArrayType = s.iterable.ty
        self.owned(s.iterable)  # a storage array is loaded (a copy), a local one copied
        self.op("LSET", s.array_slot)
        self.op("PUSH0")
        self.op("LSET", s.index_slot)
        top, step, end = self.new_label("each"), self.new_label("estep"), self.new_label("eend")
        self.place(top)
        self.op("PUSH", end)
        self.op("LGET", s.index_slot)
        self.op("LGET", s.array_slot)
        self.op("MLOAD")
        self.op("LT")
        self.op("ISZERO")
        self.op("JUMPI")
        self.op("LGET", s.array_slot)
        self.op("LGET", s.index_slot)
        self.push(32 * arr.elem_words)
        self.op("MUL")
        self.op("ADD")
        self.push(32)
        self.op("ADD")
        self.load_words(arr.elem_words)
        for j in reversed(range(arr.elem_words)):
            self.op("LSET", s.slot + j)
        self.loops.append((step, end))
        self.block(s.body)
        self.loops.pop()
        self.span = s.span
        self.place(step)
        self.op("LGET", s.index_slot)
        self.push(1)
        self.op("ADD")
        self.op("LSET", s.index_slot)
        self.jump(top)
        self.place(end)
