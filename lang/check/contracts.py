"""Contracts: base merging, storage layout, members, `receive`, selector clashes, overrides,
and virtual resolution: each contract gets its own records of the inherited code it runs,
rebound to its layout and its most derived functions (`_own_inherited`)."""

from __future__ import annotations

from dataclasses import replace

from lang import ast
from lang import types as T
from lang.check.context import RESERVED, CheckerBase
from lang.checked import CheckedContract, EventInfo, FunctionInfo, InterfaceFunction, StorageVar
from lang.errors import Span, did_you_mean
from lang.refs import InternalCall


class Contracts(CheckerBase):
    """One contract: merge, layout, members, overrides, virtual resolution."""

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
                        pty = self._abi_type(p.type, "event field")
                        if p.indexed and isinstance(pty, T.StructType | T.ArrayType):
                            raise self.fail(f"an indexed event field cannot be a `{pty}`", p.span,
                                            "index one of its words, or leave it unindexed")
                        params.append((p.name, pty, p.indexed))
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
        """Make every inherited function that contract `name` runs final for it, in place in
        its tables, and return its init. This is the one place virtual calls are resolved.

        An inherited record was checked against its base's layout and function table. It
        stays shared when it is right here too: each `self.x` it reads has the same slot,
        and each function it calls is the one that runs here (no override, itself right
        here). Otherwise the contract gets its own copy, whose body names this contract's
        slots and the functions that run here: `self.f()` the most derived `f`,
        `Base.init()` that base's init."""

        def resolve(f: FunctionInfo) -> FunctionInfo:
            if f.is_free:
                return f
            return base_inits.get(f.contract, f) if f.is_init else functions.get(f.name, f)

        inherited = {id(f): f for table in (functions, base_inits) for f in table.values()
                     if not f.is_free and f.contract != name}
        stale = {fid for fid, f in inherited.items()
                 if any(storage[v.name].slot != v.slot for v in f.storage_used.values())
                 or any(resolve(g) is not g for g in f.callees)}
        grew = bool(stale)
        while grew:  # a caller of a stale record is stale
            grew = False
            for fid, f in inherited.items():
                if fid not in stale and any(id(g) in stale for g in f.callees):
                    stale.add(fid)
                    grew = True
        if not stale:
            return init
        copies = {fid: replace(inherited[fid]) for fid in stale}
        for table in (functions, base_inits):
            for key, f in table.items():
                table[key] = copies.get(id(f), f)
        if init is not None:
            init = copies.get(id(init), init)
        for fid, copy in copies.items():
            original = inherited[fid]
            copy.node = replace(original.node, body=_rebound(original.node.body, storage, resolve))
            copy.callees = [resolve(g) for g in original.callees]
            copy.storage_used = {n: storage[n] for n in original.storage_used}
        return init

    def _check_override(self, base: FunctionInfo, new: FunctionInfo) -> None:
        same = ([t for _, t in base.params] == [t for _, t in new.params] and base.returns == new.returns
                and (base.is_pub, base.is_view, base.is_payable) == (new.is_pub, new.is_view, new.is_payable))
        if not same:
            raise self.fail(
                f"`{new.name}` overrides `{base.contract}.{base.name}` with a different signature or "
                "modifiers", new.node.name_span,
                f"declare it exactly as in `{base.contract}`: {describe_fn(base)}")


_NODES = (ast.Expr, ast.Stmt, ast.Arg)


def _rebound(nodes: list, storage: dict[str, StorageVar], resolve) -> list:
    """A copy of a checked body whose storage refs and internal calls are those of another
    contract; types, local slots and folded values are shared with the original."""
    return [_rebound_node(n, storage, resolve) for n in nodes]


def _rebound_node(node, storage: dict[str, StorageVar], resolve):
    fields = node.__dict__.copy()
    for key, value in fields.items():
        if isinstance(value, _NODES):
            fields[key] = _rebound_node(value, storage, resolve)
        elif value.__class__ is list:
            fields[key] = [_rebound_node(n, storage, resolve) for n in value]
    ref = fields.get("ref")
    if ref is not None:
        if ref.__class__ is StorageVar:
            fields["ref"] = storage[ref.name]
        elif ref.__class__ is InternalCall:
            fields["ref"] = InternalCall(resolve(ref.callee))
    new = object.__new__(node.__class__)
    new.__dict__ = fields
    return new


def _slots(ty: T.Type) -> int:
    return T.storage_slots(ty)

def describe_fn(f: FunctionInfo) -> str:
    mods = " ".join(m for m, on in (("pub", f.is_pub), ("view", f.is_view), ("payable", f.is_payable)) if on)
    params = ", ".join(f"{n}: {t}" for n, t in f.params)
    ret = f" -> {f.returns}" if f.returns else ""
    return f"`{(mods + ' ') if mods else ''}fn {f.name}({params}){ret}`"
