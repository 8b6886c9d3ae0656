"""Expressions: literals, names, attributes, operators and calls (built-ins and conversions
are in `builtins`, exact constant arithmetic in `folding`)."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.check.context import (
    BUILTIN_FUNCTIONS,
    CONVERSIONS,
    ENV_ATTRS,
    POISON,
    CheckerBase,
    FunctionContext,
)
from lang.errors import ReportedElsewhere, did_you_mean
from lang.refs import (
    ArrayMethod,
    ConstRef,
    EnvRef,
    ExternalCall,
    FieldRef,
    InterfaceCast,
    InternalCall,
    StructNew,
)


class Expressions(CheckerBase):
    """Typing (and folding, through `folding`) of expressions."""

    def expr(self, e: ast.Expr, ctx, expected: T.Type | None = None, statement: bool = False,
             wide: bool = False) -> T.Type | None:
        """Type `e`. Constant values are folded exactly (like Solidity's literal arithmetic):
        with `wide`, a constant may leave its type's range for now, because its parent
        folds it further (`2**256 - 1`); otherwise it must fit."""
        ty = self._expr(e, ctx, expected, statement)
        e.ty = ty
        if not wide:
            self._check_fits(e)
        return ty

    def _expr(self, e: ast.Expr, ctx, expected: T.Type | None, statement: bool) -> T.Type | None:
        if isinstance(e, ast.IntLit):
            if isinstance(expected, T.InterfaceType) or expected is T.ADDRESS or (
                    expected is None and e.text.lower().startswith("0x") and len(e.text) == 42):
                if e.text.lower().startswith("0x") and len(e.text) == 42:
                    e.const = e.value
                    return T.ADDRESS
            ty = expected if expected in (T.UINT, T.INT, T.UINT8) else (T.INT if e.value < 0 else T.UINT)
            if not T.fits(e.value, ty):
                raise self.fail(f"the literal {e.text} does not fit in `{ty}`", e.span)
            e.const = e.value
            return ty
        if isinstance(e, ast.BoolLit):
            e.const = e.value
            return T.BOOL
        if isinstance(e, ast.StrLit):
            e.const = e.value
            return T.STRING
        if isinstance(e, ast.ArrayLit):
            if not isinstance(expected, T.ArrayType):
                raise self.fail("an array literal needs its type from where it is used", e.span,
                                "write `let a: array<uint, 4> = [1, 2]` or `let a: uint[2] = [1, 2]`")
            n = len(e.elems)
            if not expected.dynamic and n != expected.capacity:
                raise self.fail(f"`{expected}` has exactly {expected.capacity} elements, "
                                f"the literal has {n}", e.span)
            if n > expected.capacity:
                raise self.fail(f"{n} elements exceed the capacity of `{expected}`", e.span,
                                f"declare `array<{expected.elem}, {n}>` or more")
            for x in e.elems:
                self.expr(x, ctx, expected=expected.elem)
                self._expect(x, expected.elem)
            return expected
        if isinstance(e, ast.Name):
            return self._name(e, ctx, expected)
        if isinstance(e, ast.Attribute):
            return self._attribute(e, ctx)
        if isinstance(e, ast.Index):
            obj_ty = self.expr(e.obj, ctx)
            if isinstance(obj_ty, T.ArrayType):
                self.expr(e.key, ctx, expected=T.UINT)
                self._expect(e.key, T.UINT)
                if e.key.const is not None and e.key.const >= obj_ty.capacity:
                    raise self.fail(f"index {e.key.const} is out of range for `{obj_ty}`", e.key.span,
                                    f"valid indices are 0 to {obj_ty.capacity - 1}")
                return obj_ty.elem
            if not isinstance(obj_ty, T.MapType):
                raise self.fail(f"`{obj_ty}` cannot be indexed", e.obj.span, "only maps and arrays support `[key]`")
            self.expr(e.key, ctx, expected=obj_ty.key)
            self._expect(e.key, obj_ty.key)
            return obj_ty.value
        if isinstance(e, ast.UnaryOp):
            if e.op == "not":
                self.expr(e.operand, ctx, expected=T.BOOL)
                self._expect(e.operand, T.BOOL)
                if e.operand.const is not None:
                    e.const = not e.operand.const
                return T.BOOL
            ty = self.expr(e.operand, ctx, expected=T.INT)
            if ty is not T.INT:
                raise self.fail(f"unary `-` needs an `int`, found `{ty}`", e.span,
                                "convert with `int(...)`; `uint` values cannot be negative")
            if e.operand.const is not None:
                e.const = self._fold("-", 0, e.operand.const, T.INT, e.span)
            return T.INT
        if isinstance(e, ast.BinOp):
            return self._binop(e, ctx, expected)
        if isinstance(e, ast.Call):
            return self._call(e, ctx, expected, statement)
        raise self.fail(f"unsupported expression {type(e).__name__}", e.span)  # pragma: no cover

    def _name(self, e: ast.Name, ctx, expected) -> T.Type:
        if isinstance(ctx, FunctionContext):
            found = ctx.scope.lookup(e.id)
            if found is not None:
                if found[0].ty is POISON:
                    raise ReportedElsewhere()
                e.ref = found[0]
                return found[0].ty
            consts = ctx.contract.consts
        else:
            consts = ctx.consts
        if e.id in consts or e.id in self.global_consts:
            value, ty = consts.get(e.id) or self.global_consts[e.id]
            e.const = value
            e.ref = ConstRef(e.id, value, ty)
            return ty
        if e.id == "this":
            e.ref = EnvRef("ADDRESS")
            return T.ADDRESS
        if e.id in ("self", "msg", "block", "tx"):
            raise self.fail(f"`{e.id}` is not a value by itself", e.span,
                            "use one of its fields, e.g. `msg.sender`" if e.id != "self"
                            else "use `this` for the contract's address")
        candidates = list(consts) + list(self.global_consts)
        if isinstance(ctx, FunctionContext):
            candidates += ctx.scope.all_names()
            if e.id in ctx.contract.storage:
                raise self.fail(f"unknown name `{e.id}`", e.span, f"storage is read as `self.{e.id}`")
            hint = did_you_mean(e.id, candidates)
            if hint is None:
                close = did_you_mean(e.id, ctx.contract.storage)
                if close:
                    hint = close.replace("`", "`self.", 1)
            raise self.fail(f"unknown name `{e.id}`", e.span, hint)
        raise self.fail(f"unknown name `{e.id}`", e.span, did_you_mean(e.id, candidates))

    def _attribute(self, e: ast.Attribute, ctx) -> T.Type:
        obj = e.obj
        if isinstance(obj, ast.Name) and obj.id in ("msg", "block", "tx") and (
                not isinstance(ctx, FunctionContext) or ctx.scope.lookup(obj.id) is None):
            env = ENV_ATTRS.get((obj.id, e.attr))
            if env is None:
                names = [a for (o, a) in ENV_ATTRS if o == obj.id]
                raise self.fail(f"`{obj.id}` has no field `{e.attr}`", e.attr_span, did_you_mean(e.attr, names))
            if not isinstance(ctx, FunctionContext):
                raise self.fail(f"`{obj.id}.{e.attr}` is not known at compile time", e.span)
            if (obj.id, e.attr) == ("msg", "value") and not ctx.info.is_payable:
                raise self.fail("`msg.value` is only available in `payable` functions", e.span,
                                f"declare `{ctx.info.name}` as `pub payable fn`" if not ctx.info.is_init
                                else "declare the constructor as `payable init(...)`")
            e.ref = EnvRef(env[0])
            return env[1]
        if isinstance(obj, ast.Name) and obj.id == "self":
            if not isinstance(ctx, FunctionContext):
                raise self.fail("`self` is not available in a constant", e.span)
            if ctx.info.is_free:
                raise self.fail("a free function has no `self`: it cannot use storage or the "
                                "contract's functions", e.span, "pass the values it needs as arguments")
            var = ctx.contract.storage.get(e.attr)
            if var is None:
                if e.attr in ctx.contract.functions:
                    raise self.fail(f"`self.{e.attr}` is a function: call it with `(...)`", e.span)
                raise self.fail(f"`{ctx.contract.name}` has no storage `{e.attr}`", e.attr_span,
                                did_you_mean(e.attr, list(ctx.contract.storage) + list(ctx.contract.functions)))
            e.ref = var
            ctx.info.storage_used[var.name] = var
            return var.ty
        obj_ty = self.expr(obj, ctx)
        if isinstance(obj_ty, T.StructType):
            try:
                offset, fty = obj_ty.field_offset(e.attr)
            except KeyError:
                raise self.fail(f"struct `{obj_ty.name}` has no field `{e.attr}`", e.attr_span,
                                did_you_mean(e.attr, [n for n, _ in obj_ty.fields])) from None
            e.ref = FieldRef(offset, fty)
            return fty
        if isinstance(obj_ty, T.InterfaceType):
            raise self.fail(f"`{obj_ty.name}` functions are called: `.{e.attr}(...)`", e.span)
        raise self.fail(f"`{obj_ty}` has no field `{e.attr}`", e.attr_span)

    def _binop(self, e: ast.BinOp, ctx, expected) -> T.Type:
        op = e.op
        if op in ("and", "or"):
            self._cond(e.left, ctx)
            self._cond(e.right, ctx)
            if e.left.const is not None and e.right.const is not None:
                e.const = self._fold(op, e.left.const, e.right.const, T.BOOL, e.span)
            return T.BOOL
        if op == "**":
            base_ty = self.expr(e.left, ctx, expected=expected if expected in (T.UINT, T.INT) else None,
                                wide=True)
            if not T.is_integer(base_ty):
                raise self.fail(f"`**` needs integers, found `{base_ty}`", e.left.span)
            self.expr(e.right, ctx, expected=T.UINT, wide=True)
            self._expect(e.right, T.UINT)
            if e.left.const is None or e.right.const is None:
                self._check_fits(e.left)
                self._check_fits(e.right)
            if e.left.const is not None and e.right.const is not None:
                e.const = self._fold(op, e.left.const, e.right.const, base_ty, e.span)
            return base_ty
        # operand types: infer from the non-literal side so literals adapt
        is_cmp = op in ("==", "!=", "<", "<=", ">", ">=")
        hint = None if is_cmp else (expected if expected in (T.UINT, T.INT) else None)
        if isinstance(e.left, ast.IntLit) and not isinstance(e.right, ast.IntLit):
            rt = self.expr(e.right, ctx, expected=hint, wide=True)
            lt = self.expr(e.left, ctx, expected=rt, wide=True)
        else:
            lt = self.expr(e.left, ctx, expected=hint, wide=True)
            rt = self.expr(e.right, ctx, expected=lt, wide=True)
        if e.left.const is None or e.right.const is None:
            self._check_fits(e.left)
            self._check_fits(e.right)
        if lt is None or rt is None:
            raise self.fail("this operand has no value", (e.left if lt is None else e.right).span)
        if op in ("==", "!="):
            if not (lt == rt or (type(lt) is type(rt) and isinstance(lt, T.InterfaceType | T.BytesType)) or
                    (lt is T.ADDRESS and isinstance(rt, T.InterfaceType)) or
                    (rt is T.ADDRESS and isinstance(lt, T.InterfaceType))):
                raise self.fail(f"cannot compare `{lt}` with `{rt}`", e.span)
            if isinstance(lt, T.StructType | T.MapType | T.ArrayType):
                raise self.fail(f"`{lt}` values cannot be compared with `{op}`", e.span,
                                "compare their fields")
        else:
            if not T.is_integer(lt):
                raise self.fail(f"`{op}` needs integers, found `{lt}`", e.left.span)
            if lt != rt:
                raise self.fail(f"`{op}` needs operands of one type, found `{lt}` and `{rt}`", e.span,
                                f"convert one side with `{lt}(...)` or `{rt}(...)`"
                                if T.is_integer(lt) and T.is_integer(rt) else None)
        if e.left.const is not None and e.right.const is not None and lt is not T.STRING:
            e.const = self._fold(op, e.left.const, e.right.const, lt, e.span)
        return T.BOOL if is_cmp else lt

    def _args(self, e: ast.Call, ctx, params: list[tuple[str, T.Type]], what: str) -> None:
        if any(a.name is not None for a in e.args):
            self._named_args(e.args, params, what, e.span)
        if len(e.args) != len(params):
            raise self.fail(f"{what} takes {len(params)} argument{'s' if len(params) != 1 else ''}, "
                            f"{len(e.args)} given", e.span)
        for a, (_, pty) in zip(e.args, params, strict=True):
            self.expr(a.value, ctx, expected=pty)
            self._expect(a.value, pty)

    def _array_method(self, e: ast.Call, f: ast.Attribute, arr: T.ArrayType, ctx) -> T.Type | None:
        """`a.append(v)` and `a.pop()` on a dynamic array held in storage or a local."""
        if f.attr not in ("append", "pop"):
            raise self.fail(f"`{arr}` has no method `{f.attr}`", f.attr_span,
                            did_you_mean(f.attr, ["append", "pop"]) or "arrays have `append`, `pop` and `len(a)`")
        if not arr.dynamic:
            raise self.fail(f"a fixed array `{arr}` always has {arr.capacity} elements: it has no `{f.attr}`",
                            f.attr_span, f"use `array<{arr.elem}, {arr.capacity}>` for a bounded dynamic array")
        if any(a.name is not None for a in e.args):
            raise self.fail(f"`{f.attr}` takes positional arguments", e.span)
        if _storage_rooted(f.obj):
            self._writes(ctx, e.span, f"`{f.attr}` to a storage array")
        elif not _local_rooted(f.obj):
            raise self.fail(f"`{f.attr}` needs an array held in storage or in a local variable", f.obj.span)
        else:
            self._place(f.obj, ctx)
        if f.attr == "append":
            if len(e.args) != 1:
                raise self.fail(f"`append` takes 1 argument, {len(e.args)} given", e.span)
            self.expr(e.args[0].value, ctx, expected=arr.elem)
            self._expect(e.args[0].value, arr.elem)
            e.ref = ArrayMethod("append", arr)
            return None
        if e.args:
            raise self.fail(f"`pop` takes no arguments, {len(e.args)} given", e.span)
        e.ref = ArrayMethod("pop", arr)
        return arr.elem

    def _call(self, e: ast.Call, ctx, expected, statement: bool) -> T.Type | None:
        ty = self._call_plain(e, ctx, expected, statement)
        if e.options and not isinstance(e.ref, ExternalCall):
            raise self.fail("call options (`value = v`) are only for calls to other contracts",
                            e.options[0].span)
        return ty

    def _call_options(self, e: ast.Call, ifn, iface: T.InterfaceType, ctx) -> None:
        """`I(a).f(x, value = v)`: coin sent with the call, to a `payable` function."""
        seen = set()
        for o in e.options:
            if o.name != "value":
                raise self.fail(f"unknown call option `{o.name}`", o.span, "the only option is `value = amount`")
            if o.name in seen:
                raise self.fail(f"`{o.name}` is given twice", o.span)
            seen.add(o.name)
            if not ifn.is_payable:
                raise self.fail(f"`{iface.name}.{ifn.name}` is not `payable`: it cannot receive coin", o.span,
                                f"declare it `payable fn {ifn.name}(...)` in the interface if it is")
            self._writes(ctx, o.span, "send coin")
            self.expr(o.value, ctx, expected=T.UINT)
            self._expect(o.value, T.UINT)

    def _const_hash(self, e: ast.Call, ctx) -> T.Type | None:
        """`const H: bytes32 = keccak256("Permit(...)")`: a hash of a constant string,
        folded at compile time (Solidity's type-hash constants)."""
        import hashlib

        from vm.hashing import keccak

        f = e.func
        if not (isinstance(f, ast.Name) and f.id in ("keccak256", "sha256") and len(e.args) == 1
                and e.args[0].name is None and f.id not in self.free_functions):
            return None
        arg = e.args[0].value
        self.expr(arg, ctx)
        if arg.ty is not T.STRING or arg.const is None:
            raise self.fail(f"a constant `{f.id}` needs a constant string", arg.span)
        digest = keccak(arg.const) if f.id == "keccak256" else hashlib.sha256(arg.const).digest()
        e.const = int.from_bytes(digest, "big")
        return T.BYTES32

    def _call_plain(self, e: ast.Call, ctx, expected, statement: bool) -> T.Type | None:
        f = e.func
        if not isinstance(ctx, FunctionContext):
            folded = self._const_hash(e, ctx)
            if folded is not None:
                return folded
            raise self.fail("calls are not allowed in constants", e.span,
                            "only `keccak256(\"...\")` and `sha256(\"...\")` of a string are folded")
        # self.fn(...)
        if isinstance(f, ast.Attribute) and isinstance(f.obj, ast.Name) and f.obj.id == "self":
            if ctx.info.is_free:
                raise self.fail("a free function has no `self`: it can call only free functions",
                                e.span)
            fn = ctx.contract.functions.get(f.attr)
            if fn is None:
                if f.attr == "init":
                    raise self.fail("`init` runs once at deployment and cannot be called", e.span)
                raise self.fail(f"`{ctx.contract.name}` has no function `{f.attr}`", f.attr_span,
                                did_you_mean(f.attr, ctx.contract.functions))
            if ctx.info.is_view and not fn.is_view:
                raise self.fail(f"a view function cannot call `{fn.name}`, which is not `view`", e.span,
                                f"mark `{fn.name}` as `view` if it does not write")
            if fn.is_payable:
                raise self.fail(f"`{fn.name}` is payable and can only be called with a transaction",
                                e.span)
            self._args(e, ctx, fn.params, f"`{fn.name}`")
            e.ref = InternalCall(fn)
            ctx.info.callees.append(fn)
            return fn.returns
        # Base.init(...)
        if isinstance(f, ast.Attribute) and isinstance(f.obj, ast.Name) and f.attr == "init" \
                and f.obj.id in self.contract_nodes:
            if not ctx.info.is_init:
                raise self.fail("a base contract's `init` can only be called from `init`", e.span)
            base_init = ctx.contract.base_inits.get(f.obj.id)
            if base_init is None:
                raise self.fail(f"`{f.obj.id}` is not a base of `{ctx.contract.name}` with an `init`", e.span)
            self._args(e, ctx, base_init.params, f"`{f.obj.id}.init`")
            e.ref = InternalCall(base_init)
            ctx.info.callees.append(base_init)
            return None
        # Iface(addr).fn(...) or iface_value.fn(...), or arr.append(v) / arr.pop()
        if isinstance(f, ast.Attribute):
            obj_ty = self.expr(f.obj, ctx)
            if isinstance(obj_ty, T.ArrayType):
                return self._array_method(e, f, obj_ty, ctx)
            if isinstance(obj_ty, T.InterfaceType):
                ifn = obj_ty.functions.get(f.attr)
                if ifn is None:
                    raise self.fail(f"`{obj_ty.name}` has no function `{f.attr}`", f.attr_span,
                                    did_you_mean(f.attr, obj_ty.functions))
                if ctx.info.is_view and not ifn.is_view:
                    raise self.fail(f"a view function cannot call `{obj_ty.name}.{ifn.name}`, "
                                    "which is not `view`", e.span)
                self._args(e, ctx, ifn.params, f"`{obj_ty.name}.{ifn.name}`")
                if e.options:
                    self._call_options(e, ifn, obj_ty, ctx)
                e.ref = ExternalCall(ifn)
                return ifn.returns
            raise self.fail(f"`{obj_ty}` has no functions to call", f.span)
        if not isinstance(f, ast.Name):
            raise self.fail("this expression cannot be called", f.span)
        name = f.id
        if name in self.free_functions:
            fn = self.free_functions[name]
            if ctx.info.is_view and not fn.is_view:
                raise self.fail(f"a view function cannot call `{fn.name}`, which is not `view`", e.span,
                                f"mark `{fn.name}` as `view` if it does not write")
            self._args(e, ctx, fn.params, f"`{fn.name}`")
            e.ref = InternalCall(fn)
            ctx.info.callees.append(fn)
            return fn.returns
        if name in self.structs:
            st = self.structs[name]
            self._args(e, ctx, list(st.fields), f"struct `{name}`")
            e.ref = StructNew(st)
            return st
        if name in self.interfaces:
            if len(e.args) != 1 or e.args[0].name is not None:
                raise self.fail(f"`{name}(...)` takes one address", e.span)
            self.expr(e.args[0].value, ctx, expected=T.ADDRESS)
            self._expect(e.args[0].value, T.ADDRESS)
            e.ref = InterfaceCast(self.interfaces[name])
            return self.interfaces[name]
        if name in CONVERSIONS:
            return self._conversion(e, ctx, name)
        if name in BUILTIN_FUNCTIONS:
            return self._builtin(e, ctx, name, expected, statement)
        if name in ctx.contract.functions:
            raise self.fail(f"unknown function `{name}`", f.span, f"internal functions are called as `self.{name}(...)`")
        raise self.fail(f"unknown function `{name}`", f.span,
                        did_you_mean(name, list(BUILTIN_FUNCTIONS) + list(self.structs) + list(self.interfaces)))


def _storage_rooted(e: ast.Expr) -> bool:
    """`self.x`, `self.m[k]`, `self.a[i].f`: an expression naming a storage place."""
    while isinstance(e, ast.Attribute | ast.Index):
        if isinstance(e, ast.Attribute) and isinstance(e.obj, ast.Name) and e.obj.id == "self":
            return True
        e = e.obj
    return False


def _local_rooted(e: ast.Expr) -> bool:
    """`x`, `x.f`, `x[i]`: an expression naming (part of) a local variable."""
    while isinstance(e, ast.Attribute | ast.Index):
        e = e.obj
    return isinstance(e, ast.Name)
