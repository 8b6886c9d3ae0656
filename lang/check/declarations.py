"""Module scope: global names, structs, interfaces, free functions, modifiers, written types
and constants."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.check.context import RESERVED, CheckerBase, ConstContext
from lang.checked import CheckedContract, ErrorInfo, FunctionInfo, InterfaceFunction
from lang.errors import UNKNOWN_SPAN, Span, did_you_mean


class Declarations(CheckerBase):
    """Global names and top-level declarations."""

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
            for err in m.errors:
                with self.attempt():
                    self._error(err, seen)
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

    def _error(self, node: ast.ErrorDef, seen: dict[str, Span]) -> None:
        params: list[tuple[str, T.Type]] = []
        for p in node.params:
            if any(n == p.name for n, _ in params):
                raise self.fail(f"error `{node.name}` has two fields named `{p.name}`", p.span)
            params.append((p.name, self._abi_type(p.type, "custom error field")))
        if self._declare_global(node.name, node.name_span, seen):
            self.custom_errors[node.name] = ErrorInfo(node.name, params, node.span)

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
            if isinstance(ty, T.MapType | T.StringType | T.BytesType | T.ArrayType):
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
                if isinstance(returns, T.ArrayType):
                    raise self.fail(f"interface functions returning `{returns}` are not supported yet",
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

    def _array_type(self, elem: T.Type, size: int, dynamic: bool, texpr) -> T.ArrayType:
        ok = (elem.is_value or isinstance(elem, T.InterfaceType)) or (
            isinstance(elem, T.StructType) and all(
                t.is_value or isinstance(t, T.InterfaceType) for t in elem.leaf_types()))
        if not ok:
            raise self.fail(f"arrays of `{elem}` are not supported", texpr.span,
                            "elements are uint, int, bool, address, bytes32, interfaces or structs of those")
        if not 1 <= size <= T.ARRAY_MAX_CAPACITY:
            raise self.fail(f"an array capacity must be between 1 and {T.ARRAY_MAX_CAPACITY}, not {size}",
                            texpr.size_span)
        return T.ArrayType(elem, size, dynamic)

    def resolve_type(self, texpr: ast.TypeExpr) -> T.Type:
        if isinstance(texpr, ast.MapType):
            key = self.resolve_type(texpr.key)
            if not (key.is_value or T.is_byte_string(key)):
                raise self.fail(f"map keys must be value types, strings or bytes, not `{key}`", texpr.key.span,
                                "use uint, int, bool, address, bytes32, string or bytes[N]")
            value = self.resolve_type(texpr.value)
            return T.MapType(key, value)
        if isinstance(texpr, ast.GenericType):
            if texpr.name != "array":
                raise self.fail(f"unknown type `{texpr.name}<...>`", texpr.span,
                                "bounded dynamic arrays are written `array<T, N>`")
            return self._array_type(self.resolve_type(texpr.elem), texpr.size, True, texpr)
        if isinstance(texpr, ast.SizedType) and texpr.name != "bytes":
            elem = self.resolve_type(ast.NamedType(texpr.name, texpr.span))
            return self._array_type(elem, texpr.size, False, texpr)
        if isinstance(texpr, ast.SizedType):
            if not 1 <= texpr.size <= T.BYTES_MAX_CAPACITY:
                raise self.fail(f"a `bytes` capacity must be between 1 and {T.BYTES_MAX_CAPACITY}, "
                                f"not {texpr.size}", texpr.size_span)
            return T.BytesType(texpr.size)
        name = texpr.name
        if name in T.PRIMITIVES:
            return T.PRIMITIVES[name]
        if name == "bytes":
            raise self.fail("`bytes` needs a capacity", texpr.span,
                            "write `bytes[N]` for at most N bytes, or `bytes32` for exactly 32")
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

    def _const_value(self, node: ast.ConstDecl, ty: T.Type, consts: dict) -> object:
        if isinstance(ty, T.MapType | T.StructType):
            raise self.fail(f"constants must be of a value type or string, not `{ty}`", node.type.span)
        ctx = ConstContext(consts | self.global_consts)
        self.expr(node.value, ctx, expected=ty)
        if node.value.const is None:
            raise self.fail(f"the value of constant `{node.name}` is not known at compile time",
                            node.value.span, "constants may use literals, other constants and operators")
        self._expect(node.value, ty)
        return node.value.const
