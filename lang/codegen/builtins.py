"""Built-in functions: `require`, `assert`, `revert`, `send`, `balance`, `min`/`max`,
`mul_div`, `keccak256`, `sha256`, `ecrecover`, `abi_encode` and the EIP-712 helpers."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.abi import EIP712_DOMAIN_TYPEHASH, eip712_type_hash
from lang.codegen.emitter import Emitter, words_of
from lang.errors import InternalCompilerError
from lang.refs import EnvRef
from vm.errors import PANIC_ASSERT, PANIC_INDEX


class Builtins(Emitter):
    """Built-in calls."""

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
        elif name in ("keccak256", "sha256"):
            self._hash_packed(args, "KECCAK256" if name == "keccak256" else "SHA256")
        elif name == "ecrecover":
            for a in args:
                self.expr(a)
            self.op("ECRECOVER")
        elif name == "abi_encode":
            temps = []
            for a in args:
                self.expr(a)
                temps.append(self.store_temps(words_of(a.ty)))
            buf, _ = self.abi_encode([a.ty for a in args], temps, as_bytes=True)
            self.op("LGET", buf)
        elif name == "len":
            if isinstance(args[0].ty, T.ArrayType):
                self.array_len(args[0])
            else:
                self.expr(args[0])
                self.op("MLOAD")
        elif name == "concat":
            self._concat(args)
        elif name == "slice":
            self._slice(args)
        elif name == "eip712_domain":
            self._eip712_domain(args)
        elif name == "eip712_struct_hash":
            st = args[0].ty
            self.expr(args[0])
            base = self.store_temps(st.words)
            self._eip712_hash_struct(st, base)
        elif name == "eip712_digest":
            # keccak256("\x19\x01" ++ domain ++ struct_hash), laid out at buf + 30
            self.expr(args[0])
            domain = self.store_temps(1)
            self.expr(args[1])
            struct_hash = self.store_temps(1)
            self.push(96)
            self.op("MALLOC")
            buf = self.store_temps(1)
            self.op("LGET", buf)
            self.push(0x1901)
            self.op("MSTORE")
            for i, tmp in enumerate((domain, struct_hash)):
                self.op("LGET", buf)
                self.push(32 + 32 * i)
                self.op("ADD")
                self.op("LGET", tmp)
                self.op("MSTORE")
            self.op("LGET", buf)
            self.push(30)
            self.op("ADD")
            self.push(66)
            self.op("KECCAK256")
        else:  # pragma: no cover
            raise InternalCompilerError(f"no code for built-in `{name}`", e.span)


    def _hash_packed(self, args: list[ast.Expr], opcode: str) -> None:
        """`keccak256(...)` / `sha256(...)`: of one string's or bytes' contents, or of the
        values packed as `abi.encodePacked`."""
        if len(args) == 1 and T.is_byte_string(args[0].ty):
            self.expr(args[0])
            self._hash_string(opcode)
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
        self.op(opcode)

    def _concat(self, args: list[ast.Expr]) -> None:
        """A fresh `bytes` holding the arguments' bytes one after another."""
        temps = []
        for a in args:
            self.expr(a)
            temps.append(self.store_temps(1))
        self.push(0)
        for a, tmp in zip(args, temps, strict=True):
            if a.ty is T.BYTES32:
                self.push(32)
            else:
                self.op("LGET", tmp)
                self.op("MLOAD")
            self.op("ADD")
        total = self.store_temps(1)
        self.op("LGET", total)
        self.push(32)
        self.op("ADD")
        self.op("MALLOC")
        buf = self.store_temps(1)
        self.op("LGET", buf)
        self.op("LGET", total)
        self.op("MSTORE")
        self.op("LGET", buf)
        self.push(32)
        self.op("ADD")
        cur = self.store_temps(1)
        for a, tmp in zip(args, temps, strict=True):
            if a.ty is T.BYTES32:
                self.op("LGET", cur)
                self.op("LGET", tmp)
                self.op("MSTORE")
                self.op("LGET", cur)
                self.push(32)
            else:
                self.op("LGET", cur)
                self.op("LGET", tmp)
                self.push(32)
                self.op("ADD")
                self.op("LGET", tmp)
                self.op("MLOAD")
                self.op("MCOPY")
                self.op("LGET", cur)
                self.op("LGET", tmp)
                self.op("MLOAD")
            self.op("ADD")
            self.op("LSET", cur)
        self.op("LGET", buf)

    def _slice(self, args: list[ast.Expr]) -> None:
        """`slice(b, start, length)`: a fresh copy of `length` bytes of `b` from `start`;
        reverts with Panic(0x32) unless start + length <= len(b)."""
        self.expr(args[0])
        if args[0].ty is T.BYTES32:  # as a 32-byte `bytes`
            word = self.store_temps(1)
            self.push(64)
            self.op("MALLOC")
            self.op("DUP1")
            self.push(32)
            self.op("MSTORE")
            self.op("DUP1")
            self.push(32)
            self.op("ADD")
            self.op("LGET", word)
            self.op("MSTORE")
        src = self.store_temps(1)
        self.expr(args[1])
        start = self.store_temps(1)
        self.expr(args[2])
        length = self.store_temps(1)
        # start + length may not pass the end; neither may it wrap around 2**256
        bad = self.new_label("slice_bad")
        ok = self.new_label("slice_ok")
        self.op("PUSH", bad)
        self.op("LGET", start)
        self.op("LGET", src)
        self.op("MLOAD")
        self.op("GT")
        self.op("JUMPI")
        self.op("PUSH", ok)
        self.op("LGET", length)
        self.op("LGET", src)
        self.op("MLOAD")
        self.op("LGET", start)
        self.op("SUB")  # len(b) - start, which cannot underflow here
        self.op("GT")
        self.op("ISZERO")
        self.op("JUMPI")
        self.place(bad)
        self.op("PANIC", PANIC_INDEX)
        self.place(ok)
        self.op("LGET", length)
        self.push(32)
        self.op("ADD")
        self.op("MALLOC")
        buf = self.store_temps(1)
        self.op("LGET", buf)
        self.op("LGET", length)
        self.op("MSTORE")
        self.op("LGET", buf)
        self.push(32)
        self.op("ADD")
        self.op("LGET", src)
        self.push(32)
        self.op("ADD")
        self.op("LGET", start)
        self.op("ADD")
        self.op("LGET", length)
        self.op("MCOPY")
        self.op("LGET", buf)

    def _hash_words(self, words: list[int | tuple[str, int]]) -> None:
        """keccak256 of 32-byte words, each a constant (int) or a temporary (("t", slot))."""
        self.push(32 * len(words))
        self.op("MALLOC")
        buf = self.store_temps(1)
        for i, w in enumerate(words):
            self.op("LGET", buf)
            if i:
                self.push(32 * i)
                self.op("ADD")
            if isinstance(w, int):
                self.push(w)
            else:
                self.op("LGET", w[1])
            self.op("MSTORE")
        self.op("LGET", buf)
        self.push(32 * len(words))
        self.op("KECCAK256")

    def _eip712_domain(self, args: list[ast.Expr]) -> None:
        """keccak256(abi.encode(EIP712Domain typehash, keccak256(name), keccak256(version),
        chainid, this)): the separator of EIP-712's usual four-field domain."""
        hashes = []
        for a in args:
            self.expr(a)
            self._hash_string("KECCAK256")
            hashes.append(("t", self.store_temps(1)))
        self.op("CHAINID")
        chain = ("t", self.store_temps(1))
        self.op("ADDRESS")
        here = ("t", self.store_temps(1))
        self._hash_words([int.from_bytes(EIP712_DOMAIN_TYPEHASH, "big"), *hashes, chain, here])

    def _eip712_hash_struct(self, st: T.StructType, base: int) -> None:
        """EIP-712's hashStruct of the struct held in temporaries from `base`: keccak256 of
        its type hash and each field's 32-byte encoding (a nested struct by its own hash)."""
        words: list[int | tuple[str, int]] = [int.from_bytes(eip712_type_hash(st), "big")]
        offset = base
        for _, fty in st.fields:
            if isinstance(fty, T.StructType):
                self._eip712_hash_struct(fty, offset)
                words.append(("t", self.store_temps(1)))
            else:
                words.append(("t", offset))
            offset += fty.words
        self._hash_words(words)


def _packed_size(ty: T.Type) -> int:
    """Bytes a value takes in Solidity's abi.encodePacked."""
    if ty is T.ADDRESS or isinstance(ty, T.InterfaceType):
        return 20
    if ty is T.BOOL or ty is T.UINT8:
        return 1
    return 32
