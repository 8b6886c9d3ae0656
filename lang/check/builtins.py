"""Built-in functions (`require`, `send`, `keccak256`, `ecrecover`, the EIP-712 helpers, ...)
and conversions (`uint(x)`, ...)."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.check.context import CheckerBase
from lang.refs import Builtin, Conversion


class Builtins(CheckerBase):
    """Built-in calls and conversions."""

    def _conversion(self, e: ast.Call, ctx, name: str) -> T.Type:
        target = T.PRIMITIVES[name]
        if len(e.args) != 1 or e.args[0].name is not None:
            raise self.fail(f"`{name}(...)` takes one value", e.span)
        arg = e.args[0].value
        src = self.expr(arg, ctx, expected=target if isinstance(arg, ast.IntLit) else None)
        allowed = {
            T.UINT: (T.UINT, T.INT, T.ADDRESS, T.BYTES32, T.BOOL, T.UINT8),
            T.UINT8: (T.UINT8, T.UINT),
            T.INT: (T.INT, T.UINT),
            T.ADDRESS: (T.ADDRESS, T.UINT),
            T.BYTES32: (T.BYTES32, T.UINT),
            T.BOOL: (T.BOOL,),
        }[target]
        if isinstance(src, T.InterfaceType) and target in (T.ADDRESS, T.UINT):
            src = T.ADDRESS
        if src not in allowed:
            raise self.fail(f"cannot convert `{src}` to `{name}`", e.span)
        if arg.const is not None and src is not T.BOOL:
            value = int(arg.const)
            if target is T.UINT and src is T.INT and value < 0:
                raise self.fail(f"{value} is negative and does not fit `uint`", arg.span)
            if not T.fits(value, target):
                raise self.fail(f"{value} does not fit `{name}`", arg.span)
            e.const = value
        e.ref = Conversion(target, src)
        return target

    def _builtin(self, e: ast.Call, ctx, name: str, expected, statement: bool) -> T.Type | None:
        args = e.args
        if any(a.name is not None for a in args):
            raise self.fail(f"`{name}` takes positional arguments", e.span)
        e.ref = Builtin(name)

        def want(n: int | tuple[int, ...]) -> None:
            ns = n if isinstance(n, tuple) else (n,)
            if len(args) not in ns:
                raise self.fail(f"`{name}` takes {' or '.join(map(str, ns))} argument"
                                f"{'s' if max(ns) != 1 else ''}, {len(args)} given", e.span)

        def message(a: ast.Arg) -> None:
            self.expr(a.value, ctx)
            if a.value.ty is not T.STRING or a.value.const is None:
                raise self.fail("the message must be a string literal or a string constant", a.value.span)

        if name in ("require", "assert"):
            want((1, 2) if name == "require" else 1)
            self._cond(args[0].value, ctx)
            if len(args) == 2:
                message(args[1])
            return None
        if name == "revert":
            want((0, 1))
            if args:
                message(args[0])
            return None
        if name == "send":
            want(2)
            self._writes(ctx, e.span, "send coin")
            self.expr(args[0].value, ctx, expected=T.ADDRESS)
            self._expect(args[0].value, T.ADDRESS)
            self.expr(args[1].value, ctx, expected=T.UINT)
            self._expect(args[1].value, T.UINT)
            return None
        if name == "balance":
            want(1)
            self.expr(args[0].value, ctx, expected=T.ADDRESS)
            self._expect(args[0].value, T.ADDRESS)
            return T.UINT
        if name in ("min", "max"):
            want(2)
            hint = expected if expected in (T.UINT, T.INT) else None
            a, b = args[0].value, args[1].value
            if isinstance(a, ast.IntLit) and not isinstance(b, ast.IntLit):
                bt = self.expr(b, ctx, expected=hint)
                at = self.expr(a, ctx, expected=bt)
            else:
                at = self.expr(a, ctx, expected=hint)
                bt = self.expr(b, ctx, expected=at)
            if not T.is_integer(at) or at != bt:
                raise self.fail(f"`{name}` needs two integers of one type, found `{at}` and `{bt}`", e.span)
            if a.const is not None and b.const is not None:
                e.const = min(a.const, b.const) if name == "min" else max(a.const, b.const)
            return at
        if name == "mul_div":
            want(3)
            for a in args:
                self.expr(a.value, ctx, expected=T.UINT)
                self._expect(a.value, T.UINT)
            return T.UINT
        if name in ("keccak256", "sha256"):
            if not args:
                raise self.fail(f"`{name}` needs at least one value", e.span)
            for a in args:
                ty = self.expr(a.value, ctx)
                if T.is_byte_string(ty) and len(args) > 1:
                    raise self.fail(f"a `{ty}` is hashed on its own: `{name}(s)`", a.value.span)
                if ty is None or not (ty.is_value or T.is_byte_string(ty) or isinstance(ty, T.InterfaceType)):
                    raise self.fail(f"cannot hash a `{ty}`", a.value.span,
                                    "hash its fields, or `abi_encode` it first" if isinstance(ty, T.StructType)
                                    else None)
            return T.BYTES32
        if name == "ecrecover":
            want(4)
            self.expr(args[0].value, ctx, expected=T.BYTES32)
            self._expect(args[0].value, T.BYTES32)
            vt = self.expr(args[1].value, ctx, expected=T.UINT)
            if vt is not T.UINT8:
                self._expect(args[1].value, T.UINT)
            for a in args[2:]:
                ty = self.expr(a.value, ctx, expected=T.UINT if isinstance(a.value, ast.IntLit) else None)
                if ty not in (T.BYTES32, T.UINT):
                    raise self.fail(f"`ecrecover` takes `r` and `s` as `bytes32` or `uint`, found `{ty}`",
                                    a.value.span)
            return T.ADDRESS
        if name == "abi_encode":
            if not args:
                raise self.fail("`abi_encode` needs at least one value", e.span)
            size = 0
            for a in args:
                ty = self.expr(a.value, ctx)
                size += self._abi_encoded_size(ty, a.value.span)
            if size > T.BYTES_MAX_CAPACITY:
                raise self.fail(f"`abi_encode` of these values takes up to {size} bytes, more than "
                                f"the largest `bytes[{T.BYTES_MAX_CAPACITY}]`", e.span)
            return T.BytesType(size)
        if name == "len":
            want(1)
            ty = self.expr(args[0].value, ctx)
            if not (T.is_byte_string(ty) or isinstance(ty, T.ArrayType)):
                raise self.fail(f"`len` takes a `string`, `bytes[N]` or an array, found `{ty}`",
                                args[0].value.span)
            return T.UINT
        if name == "concat":
            if len(args) < 2:
                raise self.fail("`concat` joins two or more `bytes[N]` or `bytes32` values", e.span)
            total = 0
            for a in args:
                ty = self.expr(a.value, ctx)
                if ty is T.BYTES32:
                    total += 32
                elif isinstance(ty, T.BytesType):
                    total += ty.capacity
                else:
                    raise self.fail(f"`concat` takes `bytes[N]` or `bytes32` values, found `{ty}`", a.value.span,
                                    "strings are joined off chain; convert with `bytes32(...)` where a word is meant"
                                    if ty is T.STRING else None)
            if total > T.BYTES_MAX_CAPACITY:
                raise self.fail(f"`concat` of these values may take {total} bytes, more than "
                                f"the largest `bytes[{T.BYTES_MAX_CAPACITY}]`", e.span)
            return T.BytesType(total)
        if name == "slice":
            want(3)
            src = self.expr(args[0].value, ctx)
            if src is T.BYTES32:
                cap = 32
            elif isinstance(src, T.BytesType):
                cap = src.capacity
            else:
                raise self.fail(f"`slice` takes a `bytes[N]` or `bytes32`, found `{src}`", args[0].value.span)
            for a in args[1:]:
                self.expr(a.value, ctx, expected=T.UINT)
                self._expect(a.value, T.UINT)
            start, length = args[1].value.const, args[2].value.const
            if length is not None and not 1 <= length <= cap:
                raise self.fail(f"a slice of {length} bytes does not fit in a `{src}`", args[2].value.span,
                                f"the length must be between 1 and {cap}")
            if start is not None and start + (length or 1) > cap:
                raise self.fail(f"a slice from byte {start} is out of range of a `{src}`", args[1].value.span)
            return T.BytesType(length if length is not None else cap)
        if name == "eip712_domain":
            want(2)
            for a in args:
                self.expr(a.value, ctx)
                self._expect(a.value, T.STRING)
            return T.BYTES32
        if name == "eip712_struct_hash":
            want(1)
            ty = self.expr(args[0].value, ctx)
            if not isinstance(ty, T.StructType):
                raise self.fail(f"`eip712_struct_hash` takes a struct value, found `{ty}`", args[0].value.span,
                                "declare the signed message as a struct: `struct Permit { owner: address ... }`")
            return T.BYTES32
        if name == "eip712_digest":
            want(2)
            for a in args:
                self.expr(a.value, ctx, expected=T.BYTES32)
                self._expect(a.value, T.BYTES32)
            return T.BYTES32
        raise self.fail(f"unknown built-in `{name}`", e.span)  # pragma: no cover

    def _abi_encoded_size(self, ty: T.Type | None, span) -> int:
        """The most bytes `abi_encode` writes for a value of `ty` (head and tail)."""
        if ty is None:
            raise self.fail("this expression has no value to encode", span)
        if isinstance(ty, T.BytesType):
            return 64 + (ty.capacity + 31) // 32 * 32
        if ty is T.STRING:
            raise self.fail("`abi_encode` cannot take a `string`: its length has no bound", span,
                            "hash it first (`keccak256(s)`), as EIP-712 does for strings")
        if isinstance(ty, T.StructType):
            return 32 * ty.words
        if isinstance(ty, T.ArrayType):
            return 32 * ty.capacity * ty.elem.words + (64 if ty.dynamic else 0)
        if ty.is_value or isinstance(ty, T.InterfaceType):
            return 32
        raise self.fail(f"cannot `abi_encode` a `{ty}`", span)
