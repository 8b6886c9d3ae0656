"""Local scope: function bodies, statements, assignment targets, return paths."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.check.context import (
    MAX_LOCAL_WORDS,
    POISON,
    RESERVED,
    CheckerBase,
    FunctionContext,
    Scope,
)
from lang.checked import CheckedContract, FunctionInfo
from lang.errors import Span, did_you_mean
from lang.refs import LocalRef


class Statements(CheckerBase):
    """Function bodies and statements."""

    def _function(self, info: FunctionInfo, contract: CheckedContract) -> None:
        ctx = FunctionContext(info, contract)
        for (pname, pty), p in zip(info.params, info.node.params, strict=True):
            slot = ctx.alloc(pty.words)
            info.param_slots.append(slot)
            ctx.scope.names[pname] = (LocalRef(slot, pty), p.span, True)
        self.block(info.node.body, ctx)
        if info.returns is not None and not terminates(info.node.body):
            self.report(self.fail(
                f"function `{info.name}` must return {_a(info.returns)} on every path",
                info.node.name_span, "add a `return` at the end, or `revert(...)` where no value exists"))
        info.nlocals = ctx.next_slot
        if info.nlocals > MAX_LOCAL_WORDS:
            self.report(self.fail(
                f"function `{info.name}` needs {info.nlocals} words of locals; the limit is "
                f"{MAX_LOCAL_WORDS}", info.node.name_span, "split it into smaller functions"))

    def block(self, stmts: list[ast.Stmt], ctx: FunctionContext) -> None:
        outer = ctx.scope
        ctx.scope = Scope(outer)
        try:
            for stmt in stmts:
                with self.attempt() as step:
                    self.stmt(stmt, ctx)
                if step.failed and isinstance(stmt, ast.Let) and ctx.scope.lookup(stmt.name) is None:
                    # declare it anyway, so its uses do not cascade into more errors
                    ctx.scope.names[stmt.name] = (LocalRef(0, POISON), stmt.name_span, True)
        finally:
            ctx.scope = outer

    def _writes(self, ctx: FunctionContext, span: Span, what: str) -> None:
        if ctx.info.is_view:
            raise self.fail(f"a view function cannot {what}", span,
                            f"remove `view` from `{ctx.info.name}` or do not {what} here")

    def stmt(self, s: ast.Stmt, ctx: FunctionContext) -> None:
        if isinstance(s, ast.Let):
            if s.name in RESERVED or s.name in T.PRIMITIVES:
                raise self.fail(f"`{s.name}` is a reserved name", s.name_span)
            if ctx.scope.lookup(s.name) is not None:
                raise self.fail(f"`{s.name}` is already defined", s.name_span,
                                "choose another name: locals cannot shadow each other")
            declared = self.resolve_type(s.type) if s.type else None
            if isinstance(declared, T.MapType):
                raise self.fail("a local variable cannot be a map: maps live only in storage", s.type.span)
            ty = self.expr(s.value, ctx, expected=declared)
            if declared is not None:
                self._expect(s.value, declared)
                ty = declared
            elif ty is None:
                raise self.fail("this expression has no value", s.value.span)
            if isinstance(ty, T.MapType):
                raise self.fail("a map cannot be copied into a local", s.value.span,
                                "read the element you need: `self.m[key]`")
            s.slot = ctx.alloc(ty.words)
            ctx.scope.names[s.name] = (LocalRef(s.slot, ty), s.name_span, True)
        elif isinstance(s, ast.Assign):
            target_ty = self._place(s.target, ctx)
            self.expr(s.value, ctx, expected=target_ty)
            self._expect(s.value, target_ty)
        elif isinstance(s, ast.AugAssign):
            target_ty = self._place(s.target, ctx)
            if not T.is_integer(target_ty):
                raise self.fail(f"`{s.op}=` needs an integer target, not `{target_ty}`", s.target.span)
            self.expr(s.value, ctx, expected=target_ty)
            self._expect(s.value, target_ty)
        elif isinstance(s, ast.If):
            self._cond(s.cond, ctx)
            self.block(s.then, ctx)
            if s.orelse is not None:
                self.block(s.orelse, ctx)
        elif isinstance(s, ast.While):
            self._cond(s.cond, ctx)
            ctx.loop_depth += 1
            self.block(s.body, ctx)
            ctx.loop_depth -= 1
        elif isinstance(s, ast.For):
            for bound in (s.start, s.end):
                self.expr(bound, ctx, expected=T.UINT)
                self._expect(bound, T.UINT)
            if ctx.scope.lookup(s.var) is not None:
                raise self.fail(f"`{s.var}` is already defined", s.var_span)
            if s.var in RESERVED:
                raise self.fail(f"`{s.var}` is a reserved name", s.var_span)
            s.slot = ctx.alloc(1)
            s.end_slot = ctx.alloc(1)
            outer = ctx.scope
            ctx.scope = Scope(outer)
            ctx.scope.names[s.var] = (LocalRef(s.slot, T.UINT), s.var_span, False)
            ctx.loop_depth += 1
            try:
                self.block(s.body, ctx)
            finally:
                ctx.loop_depth -= 1
                ctx.scope = outer
        elif isinstance(s, ast.ForEach):
            arr = self.expr(s.iterable, ctx)
            if not isinstance(arr, T.ArrayType):
                raise self.fail(f"`for {s.var} in ...` goes over an array, not a `{arr}`", s.iterable.span,
                                "count with `for i in 0..n`")
            if ctx.scope.lookup(s.var) is not None:
                raise self.fail(f"`{s.var}` is already defined", s.var_span)
            if s.var in RESERVED:
                raise self.fail(f"`{s.var}` is a reserved name", s.var_span)
            s.array_slot = ctx.alloc(1)
            s.index_slot = ctx.alloc(1)
            s.slot = ctx.alloc(arr.elem.words)
            outer = ctx.scope
            ctx.scope = Scope(outer)
            ctx.scope.names[s.var] = (LocalRef(s.slot, arr.elem), s.var_span, False)
            ctx.loop_depth += 1
            try:
                self.block(s.body, ctx)
            finally:
                ctx.loop_depth -= 1
                ctx.scope = outer
        elif isinstance(s, ast.RevertError):
            err = self.custom_errors.get(s.error)
            if err is None:
                raise self.fail(f"unknown error `{s.error}`", s.error_span,
                                did_you_mean(s.error, self.custom_errors) or "declare it: `error Name(field: T, ...)`")
            call = ast.Call(func=ast.Name(id=s.error, span=s.error_span), args=s.args, span=s.span)
            self._args(call, ctx, err.params, f"error `{err.name}`")
            s.args = call.args  # in declaration order when given by name
            s.ref = err
        elif isinstance(s, ast.Return):
            want = ctx.info.returns
            if s.value is None:
                if want is not None:
                    raise self.fail(f"`return` needs a `{want}` value here", s.span)
            else:
                if want is None:
                    raise self.fail(f"`{ctx.info.name}` returns nothing, but a value is returned",
                                    s.value.span, "declare the return type: `fn name(...) -> T`")
                self.expr(s.value, ctx, expected=want)
                self._expect(s.value, want)
        elif isinstance(s, ast.Emit):
            self._writes(ctx, s.span, "emit events")
            if ctx.info.is_free:
                raise self.fail("a free function cannot emit events: emit them from the contract",
                                s.span)
            ev = ctx.contract.events.get(s.event)
            if ev is None:
                raise self.fail(f"unknown event `{s.event}`", s.event_span,
                                did_you_mean(s.event, ctx.contract.events))
            s.ref = ev
            if any(a.name is not None for a in s.args):
                self._named_args(s.args, [(n, t) for n, t, _ in ev.params], f"event `{ev.name}`", s.span)
            if len(s.args) != len(ev.params):
                raise self.fail(f"event `{ev.name}` has {len(ev.params)} fields, "
                                f"{len(s.args)} given", s.span)
            for arg, (_, pty, _) in zip(s.args, ev.params, strict=True):
                self.expr(arg.value, ctx, expected=pty)
                self._expect(arg.value, pty)
        elif isinstance(s, ast.Break | ast.Continue):
            if ctx.loop_depth == 0:
                raise self.fail(f"`{'break' if isinstance(s, ast.Break) else 'continue'}` outside a loop",
                                s.span)
        elif isinstance(s, ast.ExprStmt):
            e = s.expr
            if not isinstance(e, ast.Call):
                raise self.fail("this expression does nothing as a statement", e.span,
                                "did you mean to assign it with `=` or `let`?")
            self.expr(e, ctx, statement=True)
        else:  # pragma: no cover
            raise self.fail(f"unsupported statement {type(s).__name__}", s.span)

    def _named_args(self, args: list[ast.Arg], params: list[tuple[str, T.Type]], what: str,
                    span: Span) -> None:
        """Reorder named arguments into parameter order, in place."""
        if not all(a.name is not None for a in args):
            raise self.fail(f"{what}: give all arguments by name or none", span)
        names = [p for p, _ in params]
        by_name: dict[str, ast.Arg] = {}
        for a in args:
            if a.name not in names:
                raise self.fail(f"{what} has no field `{a.name}`", a.span, did_you_mean(a.name, names))
            if a.name in by_name:
                raise self.fail(f"`{a.name}` is given twice", a.span)
            by_name[a.name] = a
        missing = [n for n in names if n not in by_name]
        if missing:
            raise self.fail(f"{what}: missing {', '.join(f'`{m}`' for m in missing)}", span)
        args[:] = [by_name[n] for n in names]

    def _cond(self, e: ast.Expr, ctx) -> None:
        self.expr(e, ctx, expected=T.BOOL)
        self._expect(e, T.BOOL)

    def _expect(self, e: ast.Expr, want: T.Type) -> None:
        got = e.ty
        if got is None:
            raise self.fail(f"expected a `{want}` value, but this expression has no value", e.span)
        if got is want or T.assignable(got, want):
            return
        if isinstance(got, T.InterfaceType) and want is T.ADDRESS:
            return
        hint = None
        if isinstance(got, T.BytesType) and isinstance(want, T.BytesType):
            raise self.fail(f"a `{got}` may not fit in a `{want}`", e.span,
                            f"declare it as `bytes[{got.capacity}]` or larger")
        if want is T.ADDRESS and got is T.UINT:
            hint = "convert with `address(...)`"
        elif T.is_integer(want) and T.is_integer(got):
            hint = f"convert with `{want}(...)`"
        raise self.fail(f"expected `{want}`, found `{got}`", e.span, hint)

    def _place(self, e: ast.Expr, ctx: FunctionContext) -> T.Type:
        if isinstance(e, ast.Name):
            found = ctx.scope.lookup(e.id)
            if found is None:
                self.expr(e, ctx)  # reports unknown name / constant
                raise self.fail(f"cannot assign to `{e.id}`", e.span)
            ref, _, mutable = found
            if not mutable:
                raise self.fail(f"the loop variable `{e.id}` cannot be assigned", e.span)
            e.ref, e.ty = ref, ref.ty
            return ref.ty
        if _is_storage_place(e):
            self._writes(ctx, e.span, "write storage")
            ty = self.expr(e, ctx)
            if isinstance(ty, T.MapType):
                raise self.fail("a whole map cannot be assigned", e.span, "assign its elements: `m[key] = v`")
            return ty
        if isinstance(e, ast.Attribute | ast.Index) and _is_local_place(e):
            if isinstance(e, ast.Index):
                obj_ty = self.expr(e.obj, ctx)
                if not isinstance(obj_ty, T.ArrayType):
                    raise self.fail(f"cannot assign to an element of `{obj_ty}`", e.span)
            self._place(e.obj, ctx)
            return self.expr(e, ctx)
        raise self.fail("cannot assign to this expression", e.span,
                        "assign to a local, `self.<storage>`, a map element or a struct field")


def _is_storage_place(e: ast.Expr) -> bool:
    if isinstance(e, ast.Attribute):
        if isinstance(e.obj, ast.Name) and e.obj.id == "self":
            return True
        return _is_storage_place(e.obj)
    if isinstance(e, ast.Index):
        return _is_storage_place(e.obj)
    return False

def _is_local_place(e: ast.Expr) -> bool:
    if isinstance(e, ast.Name):
        return True
    if isinstance(e, ast.Attribute | ast.Index):
        return _is_local_place(e.obj)
    return False

def terminates(stmts: list[ast.Stmt]) -> bool:
    """Whether control can never fall off the end of `stmts`."""
    for s in stmts:
        if isinstance(s, ast.Return | ast.RevertError):
            return True
        if isinstance(s, ast.ExprStmt) and isinstance(s.expr, ast.Call) and isinstance(s.expr.func, ast.Name) \
                and s.expr.func.id == "revert":
            return True
        if isinstance(s, ast.If) and s.orelse is not None and terminates(s.then) and terminates(s.orelse):
            return True
        if isinstance(s, ast.While) and isinstance(s.cond, ast.BoolLit) and s.cond.value and not _has_break(s.body):
            return True
    return False

def _has_break(stmts: list[ast.Stmt]) -> bool:
    for s in stmts:
        if isinstance(s, ast.Break):
            return True
        if isinstance(s, ast.If) and (_has_break(s.then) or (s.orelse and _has_break(s.orelse))):
            return True
    return False

def _a(ty: T.Type) -> str:
    """`a uint` / `an int`, with the type in backticks."""
    return f"{'an' if str(ty)[0] in 'aeiou' else 'a'} `{ty}`"
