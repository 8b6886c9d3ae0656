"""Stage 2: `module`s -> `checked` contracts.

Resolves names and types, folds constants, lays out storage, enforces the `pub` /
`view` / `payable` rules, checks that value-returning functions return on every path,
and merges base contracts (`contract A is B`). Errors are collected, one per
independent statement or declaration, and raised together as `CompileErrors`.
"""

from __future__ import annotations

from dataclasses import replace

from lang import ast
from lang import types as T
from lang.checked import (
    CheckedContract,
    CheckedProgram,
    EventInfo,
    FunctionInfo,
    InterfaceFunction,
    StorageVar,
)
from lang.errors import (
    UNKNOWN_SPAN,
    MultiContext,
    ReportedElsewhere,
    Span,
    TypeCheckError,
    did_you_mean,
)
from lang.refs import (
    Builtin,
    ConstRef,
    Conversion,
    EnvRef,
    ExternalCall,
    FieldRef,
    InterfaceCast,
    InternalCall,
    LocalRef,
    StructNew,
)

BUILTIN_FUNCTIONS = {
    "require", "revert", "assert", "send", "balance", "min", "max", "mul_div", "keccak256",
}
CONVERSIONS = {"uint", "int", "address", "bytes32", "bool"}
RESERVED = BUILTIN_FUNCTIONS | CONVERSIONS | {
    "self", "this", "msg", "block", "tx", "true", "false", "string", "map", "init",
}
ENV_ATTRS = {
    ("msg", "sender"): ("CALLER", T.ADDRESS),
    ("msg", "value"): ("CALLVALUE", T.UINT),
    ("block", "number"): ("NUMBER", T.UINT),
    ("block", "timestamp"): ("TIMESTAMP", T.UINT),
    ("block", "chain_id"): ("CHAINID", T.UINT),
    ("block", "coinbase"): ("COINBASE", T.ADDRESS),
    ("block", "gas_limit"): ("GASLIMIT", T.UINT),
    ("block", "base_fee"): ("BASEFEE", T.UINT),
    ("tx", "origin"): ("ORIGIN", T.ADDRESS),
    ("tx", "gas_price"): ("GASPRICE", T.UINT),
}
MAX_LOCAL_WORDS = 240  # codegen keeps a few of the 256 slots for temporaries


# ------------------------------------------------------------------ scopes


POISON = T._Prim("<error>", "<error>")


class _Scope:
    def __init__(self, parent: _Scope | None = None):
        self.parent = parent
        self.names: dict[str, tuple[LocalRef, Span, bool]] = {}  # name -> (ref, span, mutable)

    def lookup(self, name: str) -> tuple[LocalRef, Span, bool] | None:
        s: _Scope | None = self
        while s is not None:
            if name in s.names:
                return s.names[name]
            s = s.parent
        return None

    def all_names(self) -> list[str]:
        out: list[str] = []
        s: _Scope | None = self
        while s is not None:
            out.extend(s.names)
            s = s.parent
        return out


class _FunctionContext:
    def __init__(self, info: FunctionInfo, contract: CheckedContract):
        self.info = info
        self.contract = contract
        self.scope = _Scope()
        self.next_slot = 0
        self.loop_depth = 0

    def alloc(self, words: int) -> int:
        slot = self.next_slot
        self.next_slot += words
        return slot


# ------------------------------------------------------------------ the checker


class Checker(MultiContext):
    def __init__(self, modules: list[ast.Module]):
        super().__init__()
        self.modules = modules
        self.structs: dict[str, T.StructType] = {}
        self.struct_nodes: dict[str, ast.StructDef] = {}
        self.interfaces: dict[str, T.InterfaceType] = {}
        self.contract_nodes: dict[str, ast.ContractDef] = {}
        self.global_consts: dict[str, tuple[object, T.Type]] = {}
        self.free_functions: dict[str, FunctionInfo] = {}
        self.checked: dict[str, CheckedContract] = {}

    # -- error helpers
    def fail(self, message: str, span: Span, hint: str | None = None, prev: Span | None = None) -> TypeCheckError:
        return TypeCheckError(message, span, hint, prev)

    # -- entry point
    def check(self) -> CheckedProgram:
        self._collect_globals()
        for name in self.contract_nodes:
            with self.attempt():
                self._contract(name, [])
        self.raise_errors()
        root = self.modules[0]
        return CheckedProgram(
            contracts=[self.checked[c.name] for c in root.contracts],
            all_contracts=dict(self.checked),
        )

    # -- globals
    def _declare_global(self, name: str, span: Span, seen: dict[str, Span]) -> bool:
        if name in seen:
            prev = seen[name]
            self.report(self.fail(f"`{name}` is already defined at {prev.file}:{prev.line}", span, prev=prev))
            return False
        if name in T.PRIMITIVES or name in RESERVED:
            self.report(self.fail(f"`{name}` is a reserved name", span))
            return False
        seen[name] = span
        return True

    def _collect_globals(self) -> None:
        seen: dict[str, Span] = {}
        for m in self.modules:
            for s in m.structs:
                if self._declare_global(s.name, s.span, seen):
                    self.struct_nodes[s.name] = s
            for i in m.interfaces:
                if self._declare_global(i.name, i.span, seen):
                    self.interfaces[i.name] = T.InterfaceType(i.name, {})
            for c in m.contracts:
                if self._declare_global(c.name, c.name_span, seen):
                    self.contract_nodes[c.name] = c
                    self.interfaces[c.name] = T.InterfaceType(c.name, {})
        # struct types (resolve fields, detect recursion)
        for name in self.struct_nodes:
            self._struct(name, [])
        for m in self.modules:
            for i in m.interfaces:
                if i.name in self.interfaces:
                    self._interface(i)
            for c in m.consts:
                with self.attempt():
                    ty = self.resolve_type(c.type)
                    if self._declare_global(c.name, c.span, seen):
                        self.global_consts[c.name] = (self._const_value(c, ty, {}), ty)
        for m in self.modules:
            for fn in m.functions:
                with self.attempt():
                    self._free_function(fn, seen)
        free_scope = CheckedContract("", UNKNOWN_SPAN, "", {}, {}, {}, {}, None, {},
                                     T.InterfaceType("<free>", {}))
        for info in self.free_functions.values():
            self._function(info, free_scope)

    def _free_function(self, fn: ast.FunctionDef, seen: dict[str, Span]) -> None:
        self._check_modifiers(fn, {"view"}, "free functions (they are internal and have no storage)")
        if not self._declare_global(fn.name, fn.name_span, seen):
            return
        params = [(p.name, self._abi_type(p.type, "parameter")) for p in fn.params]
        returns = self._abi_type(fn.returns, "return value") if fn.returns else None
        fn.contract = ""
        self.free_functions[fn.name] = FunctionInfo(fn.name, params, returns, fn, "", False,
                                                    fn.is_view, False, False)

    def _struct(self, name: str, stack: list[str]) -> T.StructType | None:
        if name in self.structs:
            return self.structs[name]
        node = self.struct_nodes[name]
        if name in stack:
            self.report(self.fail(f"struct `{name}` contains itself", node.span))
            return None
        fields: list[tuple[str, T.Type]] = []
        seen: set[str] = set()
        for f in node.fields:
            if f.name in seen:
                self.report(self.fail(f"field `{f.name}` is declared twice in struct `{name}`", f.span))
                continue
            seen.add(f.name)
            if isinstance(f.type, ast.NamedType) and f.type.name in self.struct_nodes:
                ty = self._struct(f.type.name, stack + [name])
                if ty is None:
                    return None
            else:
                with self.attempt() as step:
                    ty = self.resolve_type(f.type)
                if step.failed:
                    continue
            if isinstance(ty, T.MapType | T.StringType):
                self.report(self.fail(
                    f"struct field `{f.name}` cannot be a {ty}: struct fields are value types or structs",
                    f.span))
                continue
            fields.append((f.name, ty))
        if not fields:
            self.report(self.fail(f"struct `{name}` has no fields", node.span))
        st = T.StructType(name, tuple(fields))
        self.structs[name] = st
        return st

    def _interface(self, node: ast.InterfaceDef) -> None:
        iface = self.interfaces[node.name]
        for fn in node.functions:
            with self.attempt():
                self._check_modifiers(fn, allowed={"view", "payable"}, where="interface functions")
                params = [(p.name, self._abi_type(p.type, "parameter")) for p in fn.params]
                returns = self._abi_type(fn.returns, "return") if fn.returns else None
                if returns is T.STRING:
                    raise self.fail("interface functions returning `string` are not supported yet",
                                    fn.returns.span)
                if fn.name in iface.functions:
                    raise self.fail(f"function `{fn.name}` is declared twice in interface `{node.name}`",
                                    fn.span)
                iface.functions[fn.name] = InterfaceFunction(fn.name, params, returns, fn.is_view,
                                                             fn.is_payable, fn.span)

    def _check_modifiers(self, fn: ast.FunctionDef | ast.InterfaceFn, allowed: set[str], where: str) -> None:
        mods = fn.modifiers
        seen: set[str] = set()
        for m in mods:
            if m in seen:
                raise self.fail(f"`{m}` is written twice", fn.span)
            seen.add(m)
            if m not in allowed:
                raise self.fail(f"`{m}` is not allowed on {where}", fn.span)
        if "view" in seen and "payable" in seen:
            raise self.fail("a function cannot be both `view` and `payable`", fn.span,
                            "a view function cannot receive coin")

    # -- types
    def resolve_type(self, texpr: ast.TypeExpr) -> T.Type:
        if isinstance(texpr, ast.MapType):
            key = self.resolve_type(texpr.key)
            if not key.is_value:
                raise self.fail(f"map keys must be value types, not `{key}`", texpr.key.span,
                                "use uint, int, bool, address or bytes32")
            value = self.resolve_type(texpr.value)
            return T.MapType(key, value)
        name = texpr.name
        if name in T.PRIMITIVES:
            return T.PRIMITIVES[name]
        if name in self.structs:
            return self.structs[name]
        if name in self.struct_nodes:  # during struct resolution
            st = self._struct(name, [])
            if st is None:
                raise self.fail(f"struct `{name}` is invalid", texpr.span)
            return st
        if name in self.interfaces:
            return self.interfaces[name]
        candidates = list(T.PRIMITIVES) + list(self.struct_nodes) + list(self.interfaces)
        raise self.fail(f"unknown type `{name}`", texpr.span, did_you_mean(name, candidates))

    def _abi_type(self, texpr: ast.TypeExpr, what: str) -> T.Type:
        ty = self.resolve_type(texpr)
        if isinstance(ty, T.MapType):
            raise self.fail(f"a {what} cannot be a map: maps live only in storage", texpr.span)
        return ty

    # -- constants
    def _const_value(self, node: ast.ConstDecl, ty: T.Type, consts: dict) -> object:
        if isinstance(ty, T.MapType | T.StructType):
            raise self.fail(f"constants must be of a value type or string, not `{ty}`", node.type.span)
        ctx = _ConstContext(consts | self.global_consts)
        self.expr(node.value, ctx, expected=ty)
        if node.value.const is None:
            raise self.fail(f"the value of constant `{node.name}` is not known at compile time",
                            node.value.span, "constants may use literals, other constants and operators")
        self._expect(node.value, ty)
        return node.value.const

    # -- contracts
    def _contract(self, name: str, stack: list[str]) -> CheckedContract:
        if name in self.checked:
            return self.checked[name]
        node = self.contract_nodes[name]
        if name in stack:
            raise self.fail(f"contract `{name}` inherits from itself", node.name_span)
        storage: dict[str, StorageVar] = {}
        consts: dict[str, tuple[object, T.Type]] = {}
        events: dict[str, EventInfo] = {}
        functions: dict[str, FunctionInfo] = {}
        base_inits: dict[str, FunctionInfo] = {}
        init: FunctionInfo | None = None
        next_slot = 0
        # bases first, in order: their storage comes first, their members are inherited
        for base_name, base_span in node.bases:
            if base_name not in self.contract_nodes:
                hint = did_you_mean(base_name, self.contract_nodes)
                if base_name in self.interfaces:
                    hint = "only contracts can be inherited; interfaces are used as `Name(address)`"
                raise self.fail(f"unknown contract `{base_name}`", base_span, hint)
            base = self._contract(base_name, stack + [name])
            for var in base.storage.values():
                if var.name in storage:
                    if storage[var.name].contract == var.contract:
                        continue  # the same base reached twice
                    raise self.fail(f"storage `{var.name}` of `{base_name}` clashes with `{var.name}` "
                                    f"of `{storage[var.name].contract}`", base_span)
                storage[var.name] = StorageVar(var.name, var.ty, next_slot, var.span, var.contract)
                next_slot += _slots(var.ty)
            consts.update(base.consts)
            events.update(base.events)
            functions.update(base.functions)
            base_inits.update(base.base_inits)
            if base.init is not None:
                base_inits[base.name] = base.init
                if init is None:
                    init = base.init
        own_init: FunctionInfo | None = None
        own_functions: list[FunctionInfo] = []
        declared: dict[str, Span] = {}

        def declare(member_name: str, span: Span) -> None:
            if member_name in declared:
                prev = declared[member_name]
                raise self.fail(f"`{member_name}` is already defined in `{name}` (line {prev.line})", span,
                                prev=prev)
            if member_name in RESERVED or member_name in T.PRIMITIVES:
                raise self.fail(f"`{member_name}` is a reserved name", span)
            declared[member_name] = span

        for member in node.members:
            with self.attempt():
                if isinstance(member, ast.StorageDecl):
                    declare(member.name, member.span)
                    if member.name in storage:
                        raise self.fail(f"storage `{member.name}` is already declared in base contract "
                                        f"`{storage[member.name].contract}`", member.span)
                    ty = self.resolve_type(member.type)
                    storage[member.name] = StorageVar(member.name, ty, next_slot, member.span, name)
                    next_slot += _slots(ty)
                elif isinstance(member, ast.ConstDecl):
                    declare(member.name, member.span)
                    ty = self.resolve_type(member.type)
                    consts[member.name] = (self._const_value(member, ty, consts), ty)
                elif isinstance(member, ast.EventDef):
                    declare(member.name, member.span)
                    params = []
                    pseen: set[str] = set()
                    for p in member.params:
                        if p.name in pseen:
                            raise self.fail(f"event field `{p.name}` is declared twice", p.span)
                        pseen.add(p.name)
                        params.append((p.name, self._abi_type(p.type, "event field"), p.indexed))
                    if sum(1 for p in params if p[2]) > 3:
                        raise self.fail("an event can have at most 3 indexed fields", member.span)
                    events[member.name] = EventInfo(member.name, params, member.span)
                elif isinstance(member, ast.StructDef):
                    raise self.fail("structs are declared at the top level of a file, outside contracts",
                                    member.span)
                elif isinstance(member, ast.FunctionDef):
                    if member.is_init:
                        self._check_modifiers(member, {"payable"}, "init")
                        if own_init is not None:
                            raise self.fail("a contract has at most one `init`", member.span)
                    else:
                        self._check_modifiers(member, {"pub", "view", "payable"}, "functions")
                        declare(member.name, member.name_span)
                        if member.is_payable and not member.is_pub:
                            raise self.fail("only `pub` functions can be `payable`", member.name_span)
                    params = []
                    pseen = set()
                    for p in member.params:
                        if p.name in pseen:
                            raise self.fail(f"parameter `{p.name}` is declared twice", p.span)
                        if p.name in RESERVED:
                            raise self.fail(f"`{p.name}` is a reserved name", p.span)
                        pseen.add(p.name)
                        params.append((p.name, self._abi_type(p.type, "parameter")))
                    returns = self._abi_type(member.returns, "return value") if member.returns else None
                    member.contract = name
                    info = FunctionInfo(member.name, params, returns, member, name, member.is_pub,
                                        member.is_view, member.is_payable, member.is_init)
                    if member.is_init:
                        own_init = info
                    else:
                        prev_fn = functions.get(member.name)
                        if prev_fn is not None and prev_fn.contract != name:
                            self._check_override(prev_fn, info)
                        functions[member.name] = info
                        own_functions.append(info)
        if own_init is not None:
            init = own_init
        init = self._own_inherited(name, storage, functions, base_inits, init)
        if "receive" in functions:
            recv = functions["receive"]
            if not (recv.is_pub and recv.is_payable) or recv.params or recv.returns:
                self.report(self.fail("`receive` must be declared `pub payable fn receive()`",
                                      recv.node.name_span))
        selectors: dict[bytes, FunctionInfo] = {}
        for f in functions.values():
            if f.is_pub:
                other = selectors.get(f.selector)
                if other is not None:
                    self.report(self.fail(f"selector of `{f.signature}` collides with `{other.signature}`",
                                          f.node.name_span))
                selectors[f.selector] = f
        iface = self.interfaces[name]
        for f in functions.values():
            if f.is_pub:
                iface.functions[f.name] = InterfaceFunction(f.name, f.params, f.returns, f.is_view,
                                                            f.is_payable, f.node.span)
        contract = CheckedContract(name, node.span, node.span.file, storage, consts, events,
                                   functions, init, base_inits, iface)
        self.checked[name] = contract
        for info in own_functions + ([own_init] if own_init else []):
            self._function(info, contract)
        return contract

    def _own_inherited(self, name: str, storage: dict[str, StorageVar], functions: dict[str, FunctionInfo],
                       base_inits: dict[str, FunctionInfo], init: FunctionInfo | None) -> FunctionInfo | None:
        """Give contract `name` its own record of every inherited function it runs, in place
        in its tables, and return its init. Inherited bodies were checked against their
        base's layout and function table; their copies here name this contract's slots and
        the functions that run here: `self.f()` the most derived `f`, `Base.init()` that
        base's init. Virtual resolution happens here, once, and nowhere else."""
        copies: dict[int, tuple[FunctionInfo, FunctionInfo]] = {}  # id(base record) -> (it, copy)

        def own(f: FunctionInfo) -> FunctionInfo:
            if f.is_free or f.contract == name:
                return f
            if id(f) not in copies:
                copies[id(f)] = (f, replace(f))
            return copies[id(f)][1]

        for table in (functions, base_inits):
            for key, f in table.items():
                table[key] = own(f)
        if init is not None:
            init = own(init)

        def resolve(f: FunctionInfo) -> FunctionInfo:
            if f.is_free:
                return f
            return base_inits.get(f.contract, f) if f.is_init else functions.get(f.name, f)

        for original, copy in copies.values():
            copy.node = replace(original.node, body=_rebound(original.node.body, storage, resolve))
            copy.callees = [resolve(f) for f in original.callees]
        return init

    def _check_override(self, base: FunctionInfo, new: FunctionInfo) -> None:
        same = ([t for _, t in base.params] == [t for _, t in new.params] and base.returns == new.returns
                and (base.is_pub, base.is_view, base.is_payable) == (new.is_pub, new.is_view, new.is_payable))
        if not same:
            raise self.fail(
                f"`{new.name}` overrides `{base.contract}.{base.name}` with a different signature or "
                "modifiers", new.node.name_span,
                f"declare it exactly as in `{base.contract}`: {_describe_fn(base)}")

    # -- functions
    def _function(self, info: FunctionInfo, contract: CheckedContract) -> None:
        ctx = _FunctionContext(info, contract)
        for (pname, pty), p in zip(info.params, info.node.params, strict=True):
            slot = ctx.alloc(pty.words)
            info.param_slots.append(slot)
            ctx.scope.names[pname] = (LocalRef(slot, pty), p.span, True)
        self.block(info.node.body, ctx)
        if info.returns is not None and not _terminates(info.node.body):
            self.report(self.fail(
                f"function `{info.name}` must return {_a(info.returns)} on every path",
                info.node.name_span, "add a `return` at the end, or `revert(...)` where no value exists"))
        info.nlocals = ctx.next_slot
        if info.nlocals > MAX_LOCAL_WORDS:
            self.report(self.fail(
                f"function `{info.name}` needs {info.nlocals} words of locals; the limit is "
                f"{MAX_LOCAL_WORDS}", info.node.name_span, "split it into smaller functions"))

    def block(self, stmts: list[ast.Stmt], ctx: _FunctionContext) -> None:
        outer = ctx.scope
        ctx.scope = _Scope(outer)
        try:
            for stmt in stmts:
                with self.attempt() as step:
                    self.stmt(stmt, ctx)
                if step.failed and isinstance(stmt, ast.Let) and ctx.scope.lookup(stmt.name) is None:
                    # declare it anyway, so its uses do not cascade into more errors
                    ctx.scope.names[stmt.name] = (LocalRef(0, POISON), stmt.name_span, True)
        finally:
            ctx.scope = outer

    def _writes(self, ctx: _FunctionContext, span: Span, what: str) -> None:
        if ctx.info.is_view:
            raise self.fail(f"a view function cannot {what}", span,
                            f"remove `view` from `{ctx.info.name}` or do not {what} here")

    def stmt(self, s: ast.Stmt, ctx: _FunctionContext) -> None:
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
            ctx.scope = _Scope(outer)
            ctx.scope.names[s.var] = (LocalRef(s.slot, T.UINT), s.var_span, False)
            ctx.loop_depth += 1
            try:
                self.block(s.body, ctx)
            finally:
                ctx.loop_depth -= 1
                ctx.scope = outer
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
        if got == want or got is want:
            return
        if isinstance(got, T.InterfaceType) and want is T.ADDRESS:
            return
        hint = None
        if want is T.ADDRESS and got is T.UINT:
            hint = "convert with `address(...)`"
        elif T.is_integer(want) and T.is_integer(got):
            hint = f"convert with `{want}(...)`"
        raise self.fail(f"expected `{want}`, found `{got}`", e.span, hint)

    # -- places (assignment targets)
    def _place(self, e: ast.Expr, ctx: _FunctionContext) -> T.Type:
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
        if isinstance(e, ast.Attribute) and _is_local_place(e):
            self._place(e.obj, ctx)
            return self.expr(e, ctx)
        raise self.fail("cannot assign to this expression", e.span,
                        "assign to a local, `self.<storage>`, a map element or a struct field")

    # -- expressions
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

    def _check_fits(self, e: ast.Expr) -> None:
        if isinstance(e.const, int) and not isinstance(e.const, bool) and e.ty is not None \
                and e.ty is not T.BOOL and not T.fits(e.const, e.ty):
            raise self.fail(f"this constant expression overflows `{e.ty}` (value {e.const})", e.span)

    def _expr(self, e: ast.Expr, ctx, expected: T.Type | None, statement: bool) -> T.Type | None:
        if isinstance(e, ast.IntLit):
            if isinstance(expected, T.InterfaceType) or expected is T.ADDRESS or (
                    expected is None and e.text.lower().startswith("0x") and len(e.text) == 42):
                if e.text.lower().startswith("0x") and len(e.text) == 42:
                    e.const = e.value
                    return T.ADDRESS
            ty = expected if expected in (T.UINT, T.INT) else (T.INT if e.value < 0 else T.UINT)
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
        if isinstance(e, ast.Name):
            return self._name(e, ctx, expected)
        if isinstance(e, ast.Attribute):
            return self._attribute(e, ctx)
        if isinstance(e, ast.Index):
            obj_ty = self.expr(e.obj, ctx)
            if not isinstance(obj_ty, T.MapType):
                raise self.fail(f"`{obj_ty}` cannot be indexed", e.obj.span, "only maps support `[key]`")
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
        if isinstance(ctx, _FunctionContext):
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
        if isinstance(ctx, _FunctionContext):
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
                not isinstance(ctx, _FunctionContext) or ctx.scope.lookup(obj.id) is None):
            env = ENV_ATTRS.get((obj.id, e.attr))
            if env is None:
                names = [a for (o, a) in ENV_ATTRS if o == obj.id]
                raise self.fail(f"`{obj.id}` has no field `{e.attr}`", e.attr_span, did_you_mean(e.attr, names))
            if not isinstance(ctx, _FunctionContext):
                raise self.fail(f"`{obj.id}.{e.attr}` is not known at compile time", e.span)
            if (obj.id, e.attr) == ("msg", "value") and not ctx.info.is_payable:
                raise self.fail("`msg.value` is only available in `payable` functions", e.span,
                                f"declare `{ctx.info.name}` as `pub payable fn`" if not ctx.info.is_init
                                else "declare the constructor as `payable init(...)`")
            e.ref = EnvRef(env[0])
            return env[1]
        if isinstance(obj, ast.Name) and obj.id == "self":
            if not isinstance(ctx, _FunctionContext):
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

    def _fold(self, op: str, a, b, ty: T.Type, span: Span):
        """Compute a constant operation exactly as the VM would, or report why it cannot."""
        if op in ("and", "or"):
            return (a and b) if op == "and" else (a or b)
        if op in ("==", "!="):
            return (a == b) if op == "==" else (a != b)
        if op in ("<", "<=", ">", ">="):
            return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
        if op in ("/", "%") and b == 0:
            raise self.fail("division by zero in a constant expression", span)
        if op == "**" and b < 0:
            raise self.fail("negative exponent", span)
        if op == "**" and a not in (0, 1, -1) and b > 512:
            raise self.fail(f"`{a} ** {b}` overflows `{ty}`", span)
        if op == "/":
            q = abs(a) // abs(b)
            r = q if (a >= 0) == (b >= 0) else -q
        elif op == "%":
            m = abs(a) % abs(b)
            r = m if a >= 0 else -m
        else:
            r = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "**": lambda: a**b}[op]()
        if abs(r) >= 2**512:
            raise self.fail(f"this constant expression overflows `{ty}`", span)
        return r

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
            if not (lt == rt or {type(lt), type(rt)} <= {T.InterfaceType} or
                    (lt is T.ADDRESS and isinstance(rt, T.InterfaceType)) or
                    (rt is T.ADDRESS and isinstance(lt, T.InterfaceType))):
                raise self.fail(f"cannot compare `{lt}` with `{rt}`", e.span)
            if isinstance(lt, T.StructType | T.MapType):
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

    # -- calls
    def _args(self, e: ast.Call, ctx, params: list[tuple[str, T.Type]], what: str) -> None:
        if any(a.name is not None for a in e.args):
            self._named_args(e.args, params, what, e.span)
        if len(e.args) != len(params):
            raise self.fail(f"{what} takes {len(params)} argument{'s' if len(params) != 1 else ''}, "
                            f"{len(e.args)} given", e.span)
        for a, (_, pty) in zip(e.args, params, strict=True):
            self.expr(a.value, ctx, expected=pty)
            self._expect(a.value, pty)

    def _call(self, e: ast.Call, ctx, expected, statement: bool) -> T.Type | None:
        f = e.func
        if not isinstance(ctx, _FunctionContext):
            raise self.fail("calls are not allowed in constants", e.span)
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
        # Iface(addr).fn(...) or iface_value.fn(...)
        if isinstance(f, ast.Attribute):
            obj_ty = self.expr(f.obj, ctx)
            if isinstance(obj_ty, T.InterfaceType):
                ifn = obj_ty.functions.get(f.attr)
                if ifn is None:
                    raise self.fail(f"`{obj_ty.name}` has no function `{f.attr}`", f.attr_span,
                                    did_you_mean(f.attr, obj_ty.functions))
                if ctx.info.is_view and not ifn.is_view:
                    raise self.fail(f"a view function cannot call `{obj_ty.name}.{ifn.name}`, "
                                    "which is not `view`", e.span)
                self._args(e, ctx, ifn.params, f"`{obj_ty.name}.{ifn.name}`")
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

    def _conversion(self, e: ast.Call, ctx, name: str) -> T.Type:
        target = T.PRIMITIVES[name]
        if len(e.args) != 1 or e.args[0].name is not None:
            raise self.fail(f"`{name}(...)` takes one value", e.span)
        arg = e.args[0].value
        src = self.expr(arg, ctx, expected=target if isinstance(arg, ast.IntLit) else None)
        allowed = {
            T.UINT: (T.UINT, T.INT, T.ADDRESS, T.BYTES32, T.BOOL),
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
        if name == "keccak256":
            if not args:
                raise self.fail("`keccak256` needs at least one value", e.span)
            for a in args:
                ty = self.expr(a.value, ctx)
                if ty is T.STRING and len(args) > 1:
                    raise self.fail("a string is hashed on its own: `keccak256(s)`", a.value.span)
                if ty is None or not (ty.is_value or ty is T.STRING or isinstance(ty, T.InterfaceType)):
                    raise self.fail(f"cannot hash a `{ty}`", a.value.span)
            return T.BYTES32
        raise self.fail(f"unknown built-in `{name}`", e.span)  # pragma: no cover


class _ConstContext:
    """Name resolution inside constant initialisers: only constants are visible."""

    def __init__(self, consts: dict):
        self.consts = consts


def _rebound(node, storage: dict[str, StorageVar], resolve):
    """A copy of a checked body (a node or a list of them) whose storage refs and internal
    calls are those of another contract; types, slots and folded values are shared."""
    if isinstance(node, list):
        return [_rebound(n, storage, resolve) for n in node]
    new = object.__new__(type(node))
    fields = new.__dict__
    for key, value in node.__dict__.items():
        if isinstance(value, ast.Expr | ast.Stmt | ast.Arg | list):
            value = _rebound(value, storage, resolve)
        elif key == "ref":
            if isinstance(value, StorageVar):
                value = storage[value.name]
            elif isinstance(value, InternalCall):
                value = InternalCall(resolve(value.callee))
        fields[key] = value
    return new


def _slots(ty: T.Type) -> int:
    return ty.words if isinstance(ty, T.StructType) else 1


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
    if isinstance(e, ast.Attribute):
        return _is_local_place(e.obj)
    return False


def _terminates(stmts: list[ast.Stmt]) -> bool:
    """Whether control can never fall off the end of `stmts`."""
    for s in stmts:
        if isinstance(s, ast.Return):
            return True
        if isinstance(s, ast.ExprStmt) and isinstance(s.expr, ast.Call) and isinstance(s.expr.func, ast.Name) \
                and s.expr.func.id == "revert":
            return True
        if isinstance(s, ast.If) and s.orelse is not None and _terminates(s.then) and _terminates(s.orelse):
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


def _describe_fn(f: FunctionInfo) -> str:
    mods = " ".join(m for m, on in (("pub", f.is_pub), ("view", f.is_view), ("payable", f.is_payable)) if on)
    params = ", ".join(f"{n}: {t}" for n, t in f.params)
    ret = f" -> {f.returns}" if f.returns else ""
    return f"`{(mods + ' ') if mods else ''}fn {f.name}({params}){ret}`"


def check(modules: list[ast.Module]) -> CheckedProgram:
    return Checker(modules).check()
