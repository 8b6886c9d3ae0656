"""Ethereum ABI in generated code: decoding calldata (with the input checks) and
encoding return values, event data and external call arguments."""

from __future__ import annotations

from lang import types as T
from lang.codegen.emitter import Emitter


class AbiCoding(Emitter):
    """ABI decoding of calldata and encoding of values held in temporaries."""

    def _decode_args(self, params: list[tuple[str, T.Type]], base: int) -> None:
        """Push the ABI-decoded arguments read from calldata at `base`."""
        head_words = sum(T.abi_head_words(t) for _, t in params)
        if head_words:
            self.op("PUSH", self.bad_input())
            self.op("CALLDATASIZE")
            self.push(base + 32 * head_words)
            self.op("LT")
            self.op("JUMPI")
        pos = base
        for _, ty in params:
            for leaf in T.leaf_types(ty):
                if isinstance(leaf, T.ArrayType):
                    self._decode_array(leaf, pos, base)
                    pos += 32 * T.abi_head_words(leaf)
                    continue
                if T.is_byte_string(leaf):
                    self._decode_string(pos, base, leaf.capacity if isinstance(leaf, T.BytesType) else None)
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
        elif leaf is T.UINT8:
            check = (8, "SHR")
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

    def _decode_string(self, head_pos: int, base: int, capacity: int | None = None) -> None:
        """A `string` or `bytes[capacity]` argument; a longer `bytes` is refused as Vyper's
        decoder refuses it (revert with no data)."""
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
        if capacity is not None:
            self.op("DUP1")
            self.push(capacity)
            self.op("GT")  # length > capacity
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

    def abi_encode(self, tys: list[T.Type], temps: list[int], selector: bytes | None = None,
                   as_bytes: bool = False) -> tuple[int, int | tuple[str, int]]:
        """Encode values held in temporaries; return (temp holding the buffer, size).

        The size is an int when every value is static, else ("temp", slot). With `as_bytes`
        the buffer is a `bytes` value (a length word, then the encoding), and the size
        returned is the encoding's, without the length word."""
        assert not (as_bytes and selector is not None)
        prefix = 4 if selector is not None else 32 if as_bytes else 0
        head = 32 * sum(T.abi_head_words(t) for t in tys)
        strings = [(leaf, tmp + j) for t, tmp in zip(tys, temps, strict=True)
                   for j, leaf in enumerate(T.leaf_types(t)) if _is_dynamic(leaf)]
        size_temp: int | None = None
        if strings:
            self.push(prefix + head)
            for leaf, tmp in strings:
                self.op("LGET", tmp)
                self.op("MLOAD")
                if isinstance(leaf, T.ArrayType):
                    self.push(32 * leaf.elem_words)
                    self.op("MUL")
                else:
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
                if isinstance(leaf, T.ArrayType) and not leaf.dynamic:
                    # inline: the N elements' words
                    self.op("LGET", buf)
                    self.push(pos)
                    self.op("ADD")
                    self.op("LGET", tmp + j)
                    self.push(32)
                    self.op("ADD")
                    self.push(32 * leaf.capacity * leaf.elem_words)
                    self.op("MCOPY")
                    pos += 32 * leaf.capacity * leaf.elem_words
                    continue
                if _is_dynamic(leaf):
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
                    if isinstance(leaf, T.ArrayType):  # [length][elements]
                        self.push(32 * leaf.elem_words)
                        self.op("MUL")
                    else:
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
        if as_bytes:
            self.op("LGET", buf)
            if size_temp is not None:
                self.op("LGET", size_temp)
                self.push(32)
                self.op("SUB")
            else:
                self.push(head)
            self.op("MSTORE")
            return buf, (("temp", size_temp) if size_temp is not None else head)
        return buf, (("temp", size_temp) if size_temp is not None else prefix + head)

    def _decode_array(self, arr: T.ArrayType, head_pos: int, base: int) -> None:
        """Push a pointer to a memory copy of an array argument: a fixed one lies in the
        head at `head_pos`, a dynamic one at the offset found there. Every element word is
        validated as a lone argument is; more elements than the capacity is bad input."""
        bad = self.bad_input()
        w = arr.elem_words
        leaves = T.leaf_types(arr.elem)
        if arr.dynamic:
            self.push(head_pos)
            self.op("CALLDATALOAD")
            self.op("DUP1")
            self.push(32)
            self.op("SHR")
            self.jump_if_nonzero(bad)
            self.push(base)
            self.op("ADD")
            start = self.store_temps(1)
            self.op("LGET", start)
            self.op("CALLDATALOAD")
            self.op("DUP1")
            self.push(arr.capacity)
            self.op("GT")
            self.jump_if_nonzero(bad)
            n = self.store_temps(1)
            # start + 32 + n * w * 32 <= calldatasize
            self.op("PUSH", bad)
            self.op("CALLDATASIZE")
            self.op("LGET", start)
            self.push(32)
            self.op("ADD")
            self.op("LGET", n)
            self.push(32 * w)
            self.op("MUL")
            self.op("ADD")
            self.op("LT")
            self.op("JUMPI")
            self.op("LGET", start)
            self.push(32)
            self.op("ADD")
            src = self.store_temps(1)
            count: int | tuple[str, int] = ("t", n)
        else:
            self.push(head_pos)
            src = self.store_temps(1)
            count = arr.capacity
        buf = self._alloc_array(arr)
        self.op("LGET", buf)
        if isinstance(count, int):
            self.push(count)
        else:
            self.op("LGET", count[1])
        self.op("MSTORE")

        def body(i: int) -> None:
            for j, leaf in enumerate(leaves):
                # word i * w + j of the source and of the buffer's data
                self.op("LGET", buf)
                self.op("LGET", i)
                self.push(32 * w)
                self.op("MUL")
                self.op("ADD")
                self.push(32 + 32 * j)
                self.op("ADD")
                self.op("LGET", src)
                self.op("LGET", i)
                self.push(32 * w)
                self.op("MUL")
                self.op("ADD")
                if j:
                    self.push(32 * j)
                    self.op("ADD")
                self.op("CALLDATALOAD")
                self._validate_word(leaf)
                self.op("MSTORE")

        self._loop(count, body)
        self.op("LGET", buf)

    def _round_up32(self) -> None:
        self.push(31)
        self.op("ADD")
        self.push(5)
        self.op("SHR")
        self.push(5)
        self.op("SHL")


def _is_dynamic(ty: T.Type) -> bool:
    """A value whose ABI encoding lies in the tail: a string, bytes or dynamic array."""
    return T.is_byte_string(ty) or (isinstance(ty, T.ArrayType) and ty.dynamic)
