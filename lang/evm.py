"""The EVM target: a checked Coin contract -> Vyper 0.4 source -> EVM bytecode.

`lower(checked)` writes one self-contained Vyper module per contract (inheritance is
already flattened by the checker); `compile_evm(...)` compiles it with the `vyper`
package and returns an artifact. The generated source is kept in the artifact so the
deployed code can be verified on block explorers.

How Coin maps onto Vyper, and where the two targets differ (all on purpose, all tested
in tests/lang/test_evm.py):

- `storage` -> module variables (`map` -> `HashMap`, structs -> `struct`, `string` ->
  `String[STRING_MAX]`). Vyper lays storage out its own way (a map element is at
  `keccak(slot . key)`, the reverse of Solidity's order), so `eth_getStorageAt` reads
  differ; everything read through the contract's functions is the same.
- `string` values longer than `STRING_MAX` (256) bytes revert on the EVM (as arguments
  they are refused by the ABI decoder; stored or returned they cannot exist). String
  literals must be ASCII on the EVM target (a compile error says so otherwise).
- Checked arithmetic and conversions revert on both targets; Coin's revert data is
  `Panic(0x11)` / `Panic(0x12)`, Vyper's is empty. `assert(c)` reverts with
  `Panic(0x01)` on both (lowered to `raw_revert`). `mul_div` reverts with empty data on
  the EVM where Coin uses `Panic(0x12)` / `Panic(0x11)`.
- `a ** b` with both operands unknown is a checked square-and-multiply helper.
- `while` is a `for` over `range(WHILE_BOUND + 1)`; running more than `WHILE_BOUND`
  (2**64) iterations reverts (gas runs out long before that).
- Interface calls go through a helper that first checks that the target has code and
  reverts with Coin's message (`call to f: the target address has no code`). Return
  data that is too short or not valid ABI for the declared type reverts with empty data
  on the EVM (Coin: `call to f: short return data`; Coin does not validate returned
  words). A callee's revert data is passed on unchanged on both targets.
- `send(to, v)` forwards all gas like Coin's; revert data of a failing recipient longer
  than `SEND_MAX_REVERT` bytes is cut to that size on the EVM.
- Names that Vyper reserves (`from`, `value` is fine, `len`, `send`, ...) are renamed with
  a trailing `_` in the generated source. ABI names of function parameters, struct
  fields and event fields do not change selectors or topics, so the artifact's ABI keeps
  Coin's names; a *public function* or *event* whose name Vyper reserves is a compile
  error (its selector or topic would change).
- Recursion between functions cannot be expressed in Vyper: a compile error.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from lang import ast
from lang import types as T
from lang.abi import EIP712_DOMAIN_TYPEHASH, contract_abi, eip712_type_hash, keccak, type_string
from lang.checked import CheckedContract, FunctionInfo, StorageVar
from lang.errors import CompileErrors, InternalCompilerError, Span, TypeCheckError
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
from vm.errors import PANIC_ASSERT as PANIC_ASSERT_CODE
from vm.errors import panic_data

STRING_MAX = 256
WHILE_BOUND = 2**64
FOR_BOUND = 2**64
SEND_MAX_REVERT = 1024
PANIC_ASSERT = f'x"{panic_data(PANIC_ASSERT_CODE).hex()}"'

ENV = {
    "CALLER": "msg.sender", "CALLVALUE": "msg.value", "NUMBER": "block.number",
    "TIMESTAMP": "block.timestamp", "CHAINID": "chain.id", "COINBASE": "block.coinbase",
    "GASLIMIT": "block.gaslimit", "BASEFEE": "block.basefee", "ORIGIN": "tx.origin",
    "GASPRICE": "tx.gasprice", "ADDRESS": "self",
}


def _vyper_reserved() -> set[str]:
    names = {"self", "chain", "block", "msg", "tx", "log", "extcall", "staticcall", "empty",
             "uses", "initializes", "exports", "implements", "unreachable", "flag"}
    try:
        from vyper.ast.identifiers import RESERVED_KEYWORDS
        from vyper.semantics.namespace import get_namespace

        names |= set(RESERVED_KEYWORDS) | set(get_namespace().keys())
    except Exception:  # pragma: no cover - vyper missing: compile_evm reports it
        pass
    return names


_RESERVED: set[str] | None = None
SELF_MEMBERS = {"balance", "address", "codehash", "codesize", "is_contract", "code"}


def _reserved(name: str) -> bool:
    global _RESERVED
    if _RESERVED is None:
        _RESERVED = _vyper_reserved()
    return name in _RESERVED or name.lower() in _RESERVED or name.startswith("__")


def unsupported(what: str, span: Span | None) -> TypeCheckError:
    return TypeCheckError(f"{what} is not supported on the EVM target", span)


# Vyper refuses these as names of function inputs (they are keyword arguments of calls)
INPUT_RESERVED = {"value", "gas", "salt", "skip_contract_check", "default_return_value", "revert_on_failure",
                  "max_outsize", "is_delegate_call", "is_static_call"}


class _Names:
    """Unique, Vyper-safe identifiers within one namespace."""

    def __init__(self, taken: set[str] | None = None, reserved: set[str] = frozenset()):
        self.used: set[str] = set(taken or ())
        self.reserved = reserved

    def fresh(self, base: str, extra_reserved: set[str] = frozenset()) -> str:
        name = base
        while _reserved(name) or name in self.used or name in extra_reserved or name in self.reserved:
            name += "_"
        self.used.add(name)
        return name


@dataclass
class _Fn:
    """One function of the generated module."""

    info: FunctionInfo
    vname: str
    kind: str  # "external" | "internal" | "deploy"
    body_of: _Fn | None = None  # an external wrapper calling this internal body


@dataclass
class _State:
    locals: dict[int, str] = field(default_factory=dict)
    names: _Names = field(default_factory=lambda: _Names(reserved=INPUT_RESERVED))
    lines: list[str] = field(default_factory=list)
    temps: int = 0


def _vtype_name(ty: T.Type) -> str:
    if ty is T.UINT:
        return "uint256"
    if ty is T.INT:
        return "int256"
    if ty is T.BOOL:
        return "bool"
    if ty is T.ADDRESS or isinstance(ty, T.InterfaceType):
        return "address"
    if ty is T.BYTES32:
        return "bytes32"
    if ty is T.UINT8:
        return "uint8"
    if ty is T.STRING:
        return f"String[{STRING_MAX}]"
    if isinstance(ty, T.BytesType):
        return f"Bytes[{ty.capacity}]"
    raise TypeError(ty)


def _bytes32(value: bytes) -> str:
    return "0x" + value.hex()


def _checksum(value: int) -> str:
    from eth_utils import to_checksum_address

    return to_checksum_address(value.to_bytes(20, "big"))


def _str_literal(value: bytes, span: Span | None) -> str:
    out = []
    for b in value:
        if b >= 128:
            raise unsupported("a string literal with non-ASCII characters", span)
        c = chr(b)
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\x{b:02x}")
    if len(value) > STRING_MAX:
        raise unsupported(f"a string literal longer than {STRING_MAX} bytes", span)
    return '"' + "".join(out) + '"'


class Lowering:
    def __init__(self, checked: CheckedContract, program=None):
        self.c = checked
        self.program = program
        self.errors: list[TypeCheckError] = []
        self.module = _Names()
        self.structs: dict[str, T.StructType] = {}  # coin name -> type, in dependency order
        self.struct_vname: dict[str, str] = {}
        self.field_vname: dict[tuple[str, str], str] = {}
        self.event_field_vname: dict[tuple[str, str], str] = {}
        self.storage_vname: dict[str, str] = {}
        self.helpers: dict[str, list[str]] = {}  # helper name -> lines
        self.ifaces: dict[str, dict[str, object]] = {}  # iface name -> {fn name: InterfaceFunction}
        self.iface_vname: dict[str, str] = {}
        self.fns: dict[int, _Fn] = {}  # id(FunctionInfo) -> _Fn
        self.order: list[FunctionInfo] = []
        self._ext_wrappers: list[_Fn] = []

    # ------------------------------------------------------------------ names and types
    def vtype(self, ty: T.Type) -> str:
        if isinstance(ty, T.ArrayType):
            elem = self.vtype(ty.elem)
            return f"DynArray[{elem}, {ty.capacity}]" if ty.dynamic else f"{elem}[{ty.capacity}]"
        if isinstance(ty, T.MapType):
            return f"HashMap[{self.vtype(ty.key)}, {self.vtype(ty.value)}]"
        if isinstance(ty, T.StructType):
            self.use_struct(ty)
            return self.struct_vname[ty.name]
        return _vtype_name(ty)

    def use_struct(self, st: T.StructType) -> None:
        if st.name in self.structs:
            return
        for _, fty in st.fields:
            if isinstance(fty, T.StructType):
                self.use_struct(fty)
        self.structs[st.name] = st
        self.struct_vname[st.name] = self.module.fresh(st.name)
        fnames = _Names()
        for fname, _ in st.fields:
            self.field_vname[(st.name, fname)] = fnames.fresh(fname)

    def fn_of(self, info: FunctionInfo) -> _Fn:
        return self.fns[id(info)]

    # ------------------------------------------------------------------ entry
    def run(self) -> str:
        c = self.c
        # public names keep their spelling: selectors and topics depend on them
        for f in c.functions.values():
            if f.is_pub and f.name != "receive" and _reserved(f.name):
                self.errors.append(TypeCheckError(
                    f"public function `{f.name}` cannot be compiled for the EVM target: `{f.name}` is "
                    "reserved in Vyper and its selector depends on the name", f.node.name_span))
        for ev in c.events.values():
            if _reserved(ev.name):
                self.errors.append(TypeCheckError(
                    f"event `{ev.name}` cannot be compiled for the EVM target: `{ev.name}` is reserved "
                    "in Vyper and its topic depends on the name", ev.span))
        if self.errors:
            raise CompileErrors(self.errors)
        for f in c.functions.values():
            if f.is_pub and f.name != "receive":
                self.module.used.add(f.name)
        for ev in c.events.values():
            self.module.used.add(ev.name)
            names = _Names()
            for pname, _, _ in ev.params:
                self.event_field_vname[(ev.name, pname)] = names.fresh(pname)
        for var in sorted(c.storage.values(), key=lambda v: v.slot):
            self.storage_vname[var.name] = self.module.fresh(var.name, SELF_MEMBERS)
        self._plan_functions()
        bodies: list[str] = []
        for info in self.order:
            try:
                bodies.extend(self._function(self.fn_of(info)))
            except TypeCheckError as e:
                self.errors.append(e)
        if self.errors:
            raise CompileErrors(self.errors)
        # declarations (after bodies: bodies discover structs, interfaces and helpers)
        out = ["# pragma version 0.4.3",
               f"# Generated by coinc from contract `{c.name}` ({c.file}); do not edit.",
               f"# Coin `string` values are `String[{STRING_MAX}]` on the EVM target.", ""]
        for ev in c.events.values():
            for _, pty, _ in ev.params:
                self.vtype(pty)
        for var in c.storage.values():
            self.vtype(var.ty)
        for st in self.structs.values():
            out.append(f"struct {self.struct_vname[st.name]}:")
            for fname, fty in st.fields:
                out.append(f"    {self.field_vname[(st.name, fname)]}: {self.vtype(fty)}")
            out.append("")
        for iname, fns in self.ifaces.items():
            out.append(f"interface {self.iface_vname[iname]}:")
            for ifn in fns.values():
                pn = _Names(reserved=INPUT_RESERVED)
                params = ", ".join(f"{pn.fresh(n)}: {self.vtype(t)}" for n, t in ifn.params)
                ret = f" -> {self.vtype(ifn.returns)}" if ifn.returns is not None else ""
                mut = "view" if ifn.is_view else ("payable" if ifn.is_payable else "nonpayable")
                out.append(f"    def {ifn.name}({params}){ret}: {mut}")
            out.append("")
        for ev in c.events.values():
            out.append(f"event {ev.name}:")
            if not ev.params:
                out.append("    pass")
            for pname, pty, ix in ev.params:
                vn = self.event_field_vname[(ev.name, pname)]
                vt = self.vtype(pty)
                out.append(f"    {vn}: {'indexed(' + vt + ')' if ix else vt}")
            out.append("")
        for var in sorted(c.storage.values(), key=lambda v: v.slot):
            out.append(f"{self.storage_vname[var.name]}: {self.vtype(var.ty)}")
        out.append("")
        for lines in self.helpers.values():
            out.extend(lines)
            out.append("")
        out.extend(bodies)
        return "\n".join(out).rstrip() + "\n"

    def _plan_functions(self) -> None:
        c = self.c
        roots: list[FunctionInfo] = [f for f in c.functions.values() if f.is_pub]
        if c.init is not None:
            roots.append(c.init)
        called: set[int] = set()
        seen: dict[int, FunctionInfo] = {}
        edges: dict[int, list[tuple[FunctionInfo, Span]]] = {}
        stack = list(roots)
        while stack:
            f = stack.pop()
            if id(f) in seen:
                continue
            seen[id(f)] = f
            edges[id(f)] = []
            for call in _internal_calls(f.node.body):
                g = call.ref.callee
                edges[id(f)].append((g, call.span))
                called.add(id(g))
                stack.append(g)
        # recursion is not expressible in Vyper
        state: dict[int, int] = {}

        def visit(fid: int) -> None:
            state[fid] = 1
            for g, span in edges.get(fid, []):
                if state.get(id(g)) == 1:
                    raise CompileErrors([unsupported(f"a recursive call to `{g.name}`", span)])
                if id(g) not in state:
                    visit(id(g))
            state[fid] = 2

        for fid in list(seen):
            if fid not in state:
                visit(fid)
        # order: contract functions as declared, then base inits, free functions, init
        ordered = [f for f in c.functions.values() if id(f) in seen]
        ordered += [f for f in seen.values() if f not in ordered and f is not c.init]
        if c.init is not None:
            ordered.append(c.init)
        for f in ordered:
            if f is c.init:
                self.fns[id(f)] = _Fn(f, "__init__", "deploy")
            elif f.is_pub and f.name == "receive":
                self.fns[id(f)] = _Fn(f, "__default__", "external")
            elif f.is_pub:
                ext = _Fn(f, f.name, "external")
                if id(f) in called:
                    body = _Fn(f, self.module.fresh(f"_{f.name}_body"), "internal")
                    ext.body_of = body
                    self.fns[id(f)] = body
                    self._ext_wrappers.append(ext)
                else:
                    self.fns[id(f)] = ext
            elif f.is_init:
                self.fns[id(f)] = _Fn(f, self.module.fresh(f"_init_{f.contract}"), "internal")
            elif f.is_free:
                self.fns[id(f)] = _Fn(f, self.module.fresh(f"_free_{f.name}"), "internal")
            else:
                self.fns[id(f)] = _Fn(f, self.module.fresh(f.name), "internal")
        self.order = ordered

    # ------------------------------------------------------------------ functions
    def _function(self, fn: _Fn) -> list[str]:
        info = fn.info
        st = _State()
        self.st = st
        assigned = _assigned_slots(info.node.body)
        params = []
        copies = []
        for (pname, pty), slot in zip(info.params, info.param_slots, strict=True):
            vn = st.names.fresh(pname)
            params.append(f"{vn}: {self.vtype(pty)}")
            if slot in assigned:
                mv = st.names.fresh(pname + "_")
                copies.append(f"    {mv}: {self.vtype(pty)} = {vn}")
                st.locals[slot] = mv
            else:
                st.locals[slot] = vn
        ret = f" -> {self.vtype(info.returns)}" if info.returns is not None else ""
        decos = []
        if fn.kind == "deploy":
            decos.append("@deploy")
        else:
            decos.append(f"@{fn.kind}")
        if info.is_view:
            decos.append("@view")
        elif info.is_payable:
            decos.append("@payable")
        st.lines = []
        self.block(info.node.body, 1)
        body = copies + st.lines
        if info.returns is not None and not _vy_terminates(info.node.body):
            body.append('    raise "unreachable"')
        if not body:
            body = ["    pass"]
        if fn.vname == "__default__":
            body = ["    assert len(msg.data) == 0", *body]
        out = [*decos, f"def {fn.vname}({', '.join(params)}){ret}:", *body, ""]
        for ext in self._ext_wrappers:
            if ext.info is info:
                pn = _Names(reserved=INPUT_RESERVED)
                pnames = [pn.fresh(n) for n, _ in info.params]
                ps = ", ".join(f"{n}: {self.vtype(t)}" for n, (_, t) in zip(pnames, info.params, strict=True))
                call = f"self.{fn.vname}({', '.join(pnames)})"
                wdecos = ["@external"] + (["@view"] if info.is_view else [])
                out += [*wdecos, f"def {ext.vname}({ps}){ret}:",
                        f"    return {call}" if info.returns is not None else f"    {call}", ""]
        return out

    def emit(self, depth: int, line: str) -> None:
        self.st.lines.append("    " * depth + line)

    def temp(self, base: str) -> str:
        return self.st.names.fresh(f"_{base}")

    def block(self, stmts: list[ast.Stmt], depth: int) -> None:
        start = len(self.st.lines)
        for s in stmts:
            self.stmt(s, depth)
            if _stmt_terminates(s):
                break  # Vyper refuses unreachable code
        if len(self.st.lines) == start:
            self.emit(depth, "pass")

    def stmt(self, s: ast.Stmt, d: int) -> None:
        if isinstance(s, ast.Let):
            ty = s.value.ty
            value = self.ex(s.value, d)
            vn = self.st.names.fresh(s.name)
            self.st.locals[s.slot] = vn
            self.emit(d, f"{vn}: {self.vtype(ty)} = {value}")
        elif isinstance(s, ast.Assign):
            value = self.ex(s.value, d)
            if _has_call(s.target) and not _is_simple(s.value):
                tmp = self.temp("v")
                self.emit(d, f"{tmp}: {self.vtype(s.target.ty)} = {value}")
                value = tmp
            self.emit(d, f"{self.place(s.target, d)} = {value}")
        elif isinstance(s, ast.AugAssign):
            target = self.place(s.target, d)
            value = self.ex(s.value, d)
            op = "//" if s.op == "/" else s.op
            self.emit(d, f"{target} {op}= {value}")
        elif isinstance(s, ast.If):
            self.emit(d, f"if {self.ex(s.cond, d)}:")
            self.block(s.then, d + 1)
            if s.orelse is not None:
                self.emit(d, "else:")
                self.block(s.orelse, d + 1)
        elif isinstance(s, ast.While):
            i = self.temp("w")
            self.emit(d, f"for {i}: uint256 in range({WHILE_BOUND + 1}):")
            # the condition is evaluated at the top of every iteration, as in Coin
            cond_lines_at = len(self.st.lines)
            cond = self.ex(s.cond, d + 1)
            assert len(self.st.lines) == cond_lines_at
            self.emit(d + 1, f"if not {cond}:")
            self.emit(d + 2, "break")
            self.emit(d + 1, f'assert {i} != {WHILE_BOUND}, "while: iteration bound exceeded"')
            self.block(s.body, d + 1)
        elif isinstance(s, ast.For):
            lo, hi = self.temp("lo"), self.temp("hi")
            self.emit(d, f"{lo}: uint256 = {self.ex(s.start, d)}")
            self.emit(d, f"{hi}: uint256 = max({lo}, {self.ex(s.end, d)})")
            vn = self.st.names.fresh(s.var)
            self.st.locals[s.slot] = vn
            self.emit(d, f"for {vn}: uint256 in range({lo}, {hi}, bound={FOR_BOUND}):")
            self.block(s.body, d + 1)
        elif isinstance(s, ast.ForEach):
            arr = s.iterable.ty
            snap = self.temp("each")
            # a snapshot, as Coin iterates: the body may change the original
            self.emit(d, f"{snap}: {self.vtype(arr)} = {self.ex(s.iterable, d)}")
            vn = self.st.names.fresh(s.var)
            self.st.locals[s.slot] = vn
            self.emit(d, f"for {vn}: {self.vtype(arr.elem)} in {snap}:")
            self.block(s.body, d + 1)
        elif isinstance(s, ast.RevertError):
            err = s.ref
            sel = f'method_id("{err.signature}", output_type=Bytes[4])'
            if s.args:
                data = f"concat({sel}, abi_encode({', '.join(self.typed(a.value, d) for a in s.args)}))"
            else:
                data = sel
            self.emit(d, f"raw_revert({data})")
        elif isinstance(s, ast.Return):
            self.emit(d, "return" if s.value is None else f"return {self.ex(s.value, d)}")
        elif isinstance(s, ast.Emit):
            ev = s.ref
            args = ", ".join(f"{self.event_field_vname_of(ev, n)}={self.ex(a.value, d)}"
                             for a, (n, _, _) in zip(s.args, ev.params, strict=True))
            self.emit(d, f"log {ev.name}({args})")
        elif isinstance(s, ast.Break):
            self.emit(d, "break")
        elif isinstance(s, ast.Continue):
            self.emit(d, "continue")
        elif isinstance(s, ast.ExprStmt):
            e = s.expr
            if isinstance(e, ast.Call) and isinstance(e.ref, Builtin) and e.ref.name in ("require", "assert",
                                                                                           "revert", "send"):
                self.builtin_stmt(e, d)
                return
            code = self.ex(e, d)
            if e.ty is None or isinstance(e.ref, InternalCall):
                self.emit(d, code)
            else:
                self.emit(d, f"{self.temp('discard')}: {self.vtype(e.ty)} = {code}")
        else:  # pragma: no cover
            raise InternalCompilerError(f"EVM target: no lowering for {type(s).__name__}", s.span)

    def event_field_vname_of(self, ev, name: str) -> str:
        return self.event_field_vname[(ev.name, name)]

    def builtin_stmt(self, e: ast.Call, d: int) -> None:
        name = e.ref.name
        args = [a.value for a in e.args]
        if name == "require":
            cond = self.ex(args[0], d)
            if len(args) > 1:
                self.emit(d, f"assert {cond}, {_str_literal(args[1].const, args[1].span)}")
            else:
                self.emit(d, f"assert {cond}")
        elif name == "assert":
            self.emit(d, f"if not {self.ex(args[0], d)}:")
            self.emit(d + 1, f"raw_revert({PANIC_ASSERT})")
        elif name == "revert":
            self.emit(d, f"raise {_str_literal(args[0].const, args[0].span)}" if args else "raise")
        elif name == "send":
            self._helper_send()
            self.emit(d, f"self._send({self.ex(args[0], d)}, {self.ex(args[1], d)})")

    def place(self, e: ast.Expr, d: int) -> str:
        return self.ex(e, d)

    # ------------------------------------------------------------------ expressions
    def ex(self, e: ast.Expr, d: int) -> str:
        ty = e.ty
        if e.const is not None and not (isinstance(e, ast.Name) and isinstance(e.ref, LocalRef)):
            return self.literal(e.const, ty, e.span)
        if isinstance(e, ast.Name):
            ref = e.ref
            if isinstance(ref, LocalRef):
                return self.st.locals[ref.slot]
            if isinstance(ref, EnvRef):
                return ENV[ref.opcode]
            raise InternalCompilerError(f"EVM target: unresolved name `{e.id}`", e.span)
        if isinstance(e, ast.Attribute):
            ref = e.ref
            if isinstance(ref, EnvRef):
                return ENV[ref.opcode]
            if isinstance(ref, StorageVar):
                return f"self.{self.storage_vname[ref.name]}"
            if isinstance(ref, FieldRef):
                st = e.obj.ty
                self.use_struct(st)
                return f"{self.ex(e.obj, d)}.{self.field_vname[(st.name, e.attr)]}"
            raise InternalCompilerError("EVM target: unresolved attribute", e.span)
        if isinstance(e, ast.Index):
            return f"{self.ex(e.obj, d)}[{self.ex(e.key, d)}]"
        if isinstance(e, ast.ArrayLit):
            return "[" + ", ".join(self.ex(x, d) for x in e.elems) + "]"
        if isinstance(e, ast.UnaryOp):
            return f"(not {self.ex(e.operand, d)})" if e.op == "not" else f"(-{self.ex(e.operand, d)})"
        if isinstance(e, ast.BinOp):
            return self.binop(e, d)
        if isinstance(e, ast.Call):
            return self.call(e, d)
        raise InternalCompilerError(f"EVM target: no lowering for {type(e).__name__}", e.span)

    def literal(self, value, ty: T.Type, span: Span) -> str:
        if ty is T.BOOL:
            return "True" if value else "False"
        if ty is T.STRING:
            return _str_literal(value, span)
        value = int(value)
        if ty is T.ADDRESS or isinstance(ty, T.InterfaceType):
            return "empty(address)" if value == 0 else _checksum(value)
        if ty is T.BYTES32:
            return f"0x{value % 2**256:064x}"
        if ty is T.INT:
            if value == T.INT_MIN:
                return "min_value(int256)"
            return f"({value})" if value < 0 else str(value)
        if value == T.UINT_MAX:
            return "max_value(uint256)"
        return str(value)

    def binop(self, e: ast.BinOp, d: int) -> str:
        op = e.op
        a, b = self.ex(e.left, d), self.ex(e.right, d)
        lt = e.left.ty
        if op in ("==", "!=") and lt is T.STRING:
            return f"(keccak256({a}) {op} keccak256({b}))"
        if op == "**":
            if lt is T.INT:
                self._helper_pow("int256")
                return f"self._pow_int256({a}, {b})"
            self._helper_pow("uint256")
            return f"self._pow_uint256({a}, {b})"
        vop = {"/": "//"}.get(op, op)
        return f"({a} {vop} {b})"

    def call(self, e: ast.Call, d: int) -> str:
        ref = e.ref
        args = [a.value for a in e.args]
        if isinstance(ref, InternalCall):
            fn = self.fn_of(ref.callee)
            return f"self.{fn.vname}({', '.join(self.ex(a, d) for a in args)})"
        if isinstance(ref, StructNew):
            st: T.StructType = ref.struct
            self.use_struct(st)
            fields = ", ".join(f"{self.field_vname[(st.name, n)]}={self.ex(a, d)}"
                               for a, (n, _) in zip(args, st.fields, strict=True))
            return f"{self.struct_vname[st.name]}({fields})"
        if isinstance(ref, InterfaceCast):
            return self.ex(args[0], d)
        if isinstance(ref, ArrayMethod):
            obj = self.ex(e.func.obj, d)
            return f"{obj}.append({self.ex(args[0], d)})" if ref.name == "append" else f"{obj}.pop()"
        if isinstance(ref, Conversion):
            return self.convert(e, ref, d)
        if isinstance(ref, ExternalCall):
            return self.extern(e, ref, d)
        if isinstance(ref, Builtin):
            return self.builtin(e, ref.name, d)
        raise InternalCompilerError(f"EVM target: unresolved call {ref!r}", e.span)

    def convert(self, e: ast.Call, ref: Conversion, d: int) -> str:
        target, src = ref.target, ref.source
        arg = e.args[0].value
        x = self.ex(arg, d)
        if isinstance(src, T.InterfaceType):
            src = T.ADDRESS
        if target is src or target == src:
            return x
        if arg.const is not None and arg.ty is not T.BOOL:  # a literal needs its type
            x = self.literal(arg.const, src, arg.span)
            if src in (T.UINT, T.INT):
                x = f"convert({x}, {_vtype_name(src)})" if src is T.INT else x
        return f"convert({x}, {_vtype_name(target)})"

    def extern(self, e: ast.Call, ref: ExternalCall, d: int) -> str:
        ifn = ref.function
        iface: T.InterfaceType = e.func.obj.ty
        if iface.name not in self.ifaces:
            self.ifaces[iface.name] = {}
            self.iface_vname[iface.name] = self.module.fresh(iface.name)
        if _reserved(ifn.name):
            raise TypeCheckError(
                f"interface function `{iface.name}.{ifn.name}` cannot be called on the EVM target: "
                f"`{ifn.name}` is reserved in Vyper and its selector depends on the name", e.span)
        self.ifaces[iface.name].setdefault(ifn.name, ifn)
        with_value = bool(e.options)
        helper = f"_call_{self.iface_vname[iface.name]}_{ifn.name}" + ("_value" if with_value else "")
        if helper not in self.helpers:
            pn = _Names({"target", "amount"} if with_value else {"target"}, INPUT_RESERVED)
            pnames = [pn.fresh(n) for n, _ in ifn.params]
            ps = "".join(f", {n}: {self.vtype(t)}" for n, (_, t) in zip(pnames, ifn.params, strict=True))
            if with_value:
                ps += ", amount: uint256"
            ret = f" -> {self.vtype(ifn.returns)}" if ifn.returns is not None else ""
            kw = "staticcall" if ifn.is_view else "extcall"
            call_args = pnames + (["value=amount"] if with_value else [])
            call = f"{kw} {self.iface_vname[iface.name]}(target).{ifn.name}({', '.join(call_args)})"
            lines = ["@internal"] + (["@view"] if ifn.is_view else []) + [
                f"def {helper}(target: address{ps}){ret}:",
                f'    assert target.is_contract, {_str_literal(f"call to {ifn.name}: the target address has no code".encode(), None)}',
            ]
            if ifn.returns is not None:
                lines.append(f"    return {call}")
            else:
                lines.append(f"    {call}")
            self.helpers[helper] = lines
            self.module.used.add(helper)
        target = self.ex(e.func.obj, d)
        args = "".join(f", {self.ex(a.value, d)}" for a in e.args)
        if with_value:
            args += f", {self.ex(e.options[0].value, d)}"
        return f"self.{helper}({target}{args})"

    def builtin(self, e: ast.Call, name: str, d: int) -> str:
        args = [a.value for a in e.args]
        if name == "balance":
            a = args[0]
            if isinstance(a, ast.Name) and isinstance(a.ref, EnvRef) and a.ref.opcode == "ADDRESS":
                return "self.balance"
            return f"{self.ex(a, d)}.balance"
        if name in ("min", "max"):
            a, b = args
            xs = []
            for v in (a, b):
                s = self.ex(v, d)
                if v.const is not None and e.ty is T.INT:
                    s = f"convert({s}, int256)"
                xs.append(s)
            return f"{name}({xs[0]}, {xs[1]})"
        if name == "mul_div":
            self._helper_mul_div()
            return f"self._mul_div({', '.join(self.ex(a, d) for a in args)})"
        if name in ("keccak256", "sha256"):
            if len(args) == 1 and T.is_byte_string(args[0].ty):
                return f"{name}({self.ex(args[0], d)})"
            parts = []
            for a in args:
                x = self.ex(a, d)
                ty = a.ty
                if ty is T.ADDRESS or isinstance(ty, T.InterfaceType):
                    parts.append(f"convert({x}, bytes20)")
                elif ty is T.BOOL or ty is T.UINT8:
                    parts.append(f"slice(convert(convert({x}, uint256), bytes32), 31, 1)")
                elif ty is T.BYTES32:
                    parts.append(x)
                else:
                    if a.const is not None:
                        x = f"convert({x}, {_vtype_name(ty)})" if ty is T.INT else x
                    parts.append(f"convert({x}, bytes32)")
            if len(parts) == 1:
                parts.append('b""')
            return f"{name}(concat({', '.join(parts)}))"
        if name == "ecrecover":
            return f"ecrecover({', '.join(self.typed(a, d) for a in args)})"
        if name == "abi_encode":
            return f"abi_encode({', '.join(self.typed(a, d) for a in args)})"
        if name == "eip712_domain":
            n, v = (self.ex(a, d) for a in args)
            return (f"keccak256(abi_encode({_bytes32(EIP712_DOMAIN_TYPEHASH)}, keccak256({n}), keccak256({v}), "
                    "chain.id, self))")
        if name == "eip712_struct_hash":
            return f"self.{self._helper_eip712(args[0].ty)}({self.ex(args[0], d)})"
        if name == "eip712_digest":
            a, b = (self.ex(x, d) for x in args)
            return f'keccak256(concat(x"1901", {a}, {b}))'
        if name == "len":
            a = args[0]
            if isinstance(a.ty, T.ArrayType) and not a.ty.dynamic:
                if _has_call(a):  # keep the call's effects, as Coin evaluates it
                    tmp = self.temp("arr")
                    self.emit(d, f"{tmp}: {self.vtype(a.ty)} = {self.ex(a, d)}")
                return str(a.ty.capacity)
            return f"len({self.ex(a, d)})"
        if name == "concat":
            return f"concat({', '.join(self.ex(a, d) for a in args)})"
        if name == "slice":
            return f"slice({', '.join(self.ex(a, d) for a in args)})"
        if name in ("require", "assert", "revert", "send"):
            raise unsupported(f"`{name}` inside an expression", e.span)
        raise InternalCompilerError(f"EVM target: no lowering for built-in `{name}`", e.span)

    def typed(self, e: ast.Expr, d: int) -> str:
        """`e` with a type Vyper can see: integer literals have none of their own."""
        x = self.ex(e, d)
        if e.const is not None and e.ty in (T.UINT, T.INT, T.UINT8) and not x.startswith(("max_value", "min_value")):
            return f"convert({x}, {_vtype_name(e.ty)})"
        if e.const is not None and (e.ty is T.ADDRESS or isinstance(e.ty, T.InterfaceType)) and e.const:
            return f"convert({int(e.const)}, address)"  # a bare 0x... literal is ambiguous here
        if e.const is not None and e.ty is T.BYTES32:
            return f"convert({int(e.const) % 2**256}, bytes32)"
        if isinstance(e, ast.ArrayLit):  # a list literal has no type of its own: name it
            tmp = self.temp("lit")
            self.emit(d, f"{tmp}: {self.vtype(e.ty)} = {x}")
            return tmp
        return x

    # ------------------------------------------------------------------ helpers
    def _helper_eip712(self, st: T.StructType) -> str:
        """An internal function computing EIP-712's hashStruct of one struct type."""
        self.use_struct(st)
        name = f"_eip712_hash_{self.struct_vname[st.name]}"
        if name in self.helpers:
            return name
        self.module.used.add(name)
        self.helpers[name] = []  # reserve the name before nested structs add theirs
        parts = [_bytes32(eip712_type_hash(st))]
        for fname, fty in st.fields:
            field_x = f"v.{self.field_vname[(st.name, fname)]}"
            if isinstance(fty, T.StructType):
                parts.append(f"self.{self._helper_eip712(fty)}({field_x})")
            else:
                parts.append(field_x)
        self.helpers[name] = [
            "@internal",
            "@pure",
            f"def {name}(v: {self.struct_vname[st.name]}) -> bytes32:",
            "    # EIP-712 hashStruct: keccak256(typeHash ++ the fields' 32-byte encodings)",
            f"    return keccak256(abi_encode({', '.join(parts)}))",
        ]
        return name

    def _helper_send(self) -> None:
        if "_send" in self.helpers:
            return
        self.module.used.add("_send")
        self.helpers["_send"] = [
            "@internal",
            "def _send(to: address, amount: uint256):",
            "    # like Coin's send: all gas, the recipient's revert data passed on",
            "    ok: bool = False",
            f"    data: Bytes[{SEND_MAX_REVERT}] = b\"\"",
            f"    ok, data = raw_call(to, b\"\", max_outsize={SEND_MAX_REVERT}, value=amount, "
            "revert_on_failure=False)",
            "    if not ok:",
            "        if len(data) == 0:",
            '            raise "send: transfer failed"',
            "        raw_revert(data)",
        ]

    def _helper_pow(self, ty: str) -> None:
        name = f"_pow_{ty}"
        if name in self.helpers:
            return
        self.module.used.add(name)
        self.helpers[name] = [
            "@internal",
            "@pure",
            f"def {name}(base: {ty}, exponent: uint256) -> {ty}:",
            "    # checked square-and-multiply: reverts exactly when the result overflows",
            f"    result: {ty} = 1",
            f"    x: {ty} = base",
            "    n: uint256 = exponent",
            "    for i: uint256 in range(256):",
            "        if n & 1 == 1:",
            "            result = result * x",
            "        n = n >> 1",
            "        if n == 0:",
            "            break",
            "        x = x * x",
            "    return result",
        ]

    def _helper_mul_div(self) -> None:
        if "_mul_div" in self.helpers:
            return
        self.module.used.add("_mul_div")
        inv_steps = ["    inv = unsafe_mul(inv, unsafe_sub(2, unsafe_mul(d, inv)))"] * 6
        self.helpers["_mul_div"] = [
            "@internal",
            "@pure",
            "def _mul_div(x: uint256, y: uint256, denominator: uint256) -> uint256:",
            "    # x * y / denominator with a 512-bit product (Remco Bloemen's mulDiv); reverts",
            "    # when denominator == 0 or the result does not fit 256 bits",
            "    assert denominator != 0",
            "    prod0: uint256 = unsafe_mul(x, y)",
            "    mm: uint256 = uint256_mulmod(x, y, max_value(uint256))",
            "    prod1: uint256 = unsafe_sub(unsafe_sub(mm, prod0), convert(mm < prod0, uint256))",
            "    if prod1 == 0:",
            "        return unsafe_div(prod0, denominator)",
            "    assert prod1 < denominator",
            "    remainder: uint256 = uint256_mulmod(x, y, denominator)",
            "    prod1 = unsafe_sub(prod1, convert(remainder > prod0, uint256))",
            "    prod0 = unsafe_sub(prod0, remainder)",
            "    twos: uint256 = denominator & unsafe_add(~denominator, 1)",
            "    d: uint256 = unsafe_div(denominator, twos)",
            "    prod0 = unsafe_div(prod0, twos)",
            "    twos = unsafe_add(unsafe_div(unsafe_sub(0, twos), twos), 1)",
            "    prod0 = prod0 | unsafe_mul(prod1, twos)",
            "    inv: uint256 = unsafe_mul(3, d) ^ 2",
            *inv_steps,
            "    return unsafe_mul(prod0, inv)",
        ]


# ---------------------------------------------------------------------- AST walks


def _walk_exprs(node):
    """Every expression inside a statement list / statement / expression."""
    if isinstance(node, list):
        for n in node:
            yield from _walk_exprs(n)
        return
    if isinstance(node, ast.Expr):
        yield node
        for child in (getattr(node, "obj", None), getattr(node, "key", None), getattr(node, "left", None),
                      getattr(node, "right", None), getattr(node, "operand", None), getattr(node, "func", None)):
            if child is not None:
                yield from _walk_exprs(child)
        for a in getattr(node, "args", []) or []:
            yield from _walk_exprs(a.value)
        for x in getattr(node, "elems", []) or []:
            yield from _walk_exprs(x)
        for a in getattr(node, "options", []) or []:
            yield from _walk_exprs(a.value)
        return
    if isinstance(node, ast.Stmt):
        for name in ("value", "target", "cond", "start", "end", "expr", "iterable"):
            child = getattr(node, name, None)
            if isinstance(child, ast.Expr):
                yield from _walk_exprs(child)
        for name in ("then", "orelse", "body"):
            child = getattr(node, name, None)
            if child:
                yield from _walk_exprs(child)
        for a in getattr(node, "args", []) or []:
            yield from _walk_exprs(a.value)


def _internal_calls(stmts: list[ast.Stmt]) -> list[ast.Call]:
    return [e for e in _walk_exprs(stmts)
            if isinstance(e, ast.Call) and isinstance(e.ref, InternalCall)]


def _has_call(e: ast.Expr) -> bool:
    return any(isinstance(x, ast.Call) for x in _walk_exprs(e))


def _is_simple(e: ast.Expr) -> bool:
    return e.const is not None or (isinstance(e, ast.Name) and isinstance(e.ref, LocalRef | EnvRef))


def _root_local(e: ast.Expr) -> int | None:
    while isinstance(e, ast.Attribute) and isinstance(e.ref, FieldRef):
        e = e.obj
    if isinstance(e, ast.Name) and isinstance(e.ref, LocalRef):
        return e.ref.slot
    return None


def _assigned_slots(stmts) -> set[int]:
    out: set[int] = set()

    def visit(ss):
        for s in ss:
            if isinstance(s, ast.Assign | ast.AugAssign):
                slot = _root_local(s.target)
                if slot is not None:
                    out.add(slot)
            for name in ("then", "orelse", "body"):
                child = getattr(s, name, None)
                if child:
                    visit(child)

    visit(stmts)
    return out


def _stmt_terminates(s: ast.Stmt) -> bool:
    if isinstance(s, ast.Return | ast.Break | ast.Continue | ast.RevertError):
        return True
    if isinstance(s, ast.ExprStmt) and isinstance(s.expr, ast.Call) and s.expr.ref == Builtin("revert"):
        return True
    if isinstance(s, ast.If) and s.orelse is not None:
        return _vy_terminates(s.then) and _vy_terminates(s.orelse)
    return False


def _vy_terminates(stmts: list[ast.Stmt]) -> bool:
    """Whether Vyper sees that control cannot fall off the end of `stmts`."""
    for s in stmts:
        if isinstance(s, ast.Return | ast.RevertError):
            return True
        if isinstance(s, ast.ExprStmt) and isinstance(s.expr, ast.Call) and s.expr.ref == Builtin("revert"):
            return True
        if isinstance(s, ast.If) and s.orelse is not None and _vy_terminates(s.then) and _vy_terminates(s.orelse):
            return True
        if isinstance(s, ast.Break | ast.Continue):
            return False
    return False


# ---------------------------------------------------------------------- public API


def lower(checked: CheckedContract, program=None) -> str:
    """Vyper 0.4 source for one checked contract; unsupported constructs raise
    `CompileErrors` of `TypeCheckError`s that say "... is not supported on the EVM target"."""
    try:
        return Lowering(checked, program).run()
    except TypeCheckError as e:
        raise CompileErrors([e]) from None


def vyper_version() -> str:
    import vyper

    return vyper.__version__


_CACHE: dict[str, dict] = {}


def compile_vyper(source: str) -> dict:
    """abi, bytecode, deployedBytecode of Vyper source; errors are coinc's bugs."""
    key = hashlib.sha256(source.encode()).hexdigest()
    if key in _CACHE:
        return _CACHE[key]
    try:
        from vyper.compiler import compile_code
    except ImportError as e:  # pragma: no cover
        raise InternalCompilerError(f"the EVM target needs the `vyper` package: {e}") from None
    try:
        out = compile_code(source, output_formats=["abi", "bytecode", "bytecode_runtime"])
    except Exception as e:
        raise InternalCompilerError(
            f"the generated Vyper source does not compile: {type(e).__name__}: {e}") from None
    result = {"abi": out["abi"], "bytecode": out["bytecode"], "deployedBytecode": out["bytecode_runtime"]}
    _CACHE[key] = result
    return result


def abi_signatures(abi: list[dict]) -> set[tuple]:
    """What an ABI means for callers: (kind, signature, mutability or indexed flags)."""

    out: set[tuple] = set()
    for e in abi:
        kind = e["type"]
        if kind in ("receive", "fallback"):
            out.add(("receive", "", "payable"))
        elif kind == "constructor":
            out.add(("constructor", ",".join(type_string(i) for i in e["inputs"]), e.get("stateMutability")))
        elif kind == "function":
            sig = f"{e['name']}({','.join(type_string(i) for i in e['inputs'])})"
            outs = ",".join(type_string(o) for o in e["outputs"])
            out.add(("function", sig, outs, e.get("stateMutability")))
        elif kind == "event":
            sig = f"{e['name']}({','.join(type_string(i) for i in e['inputs'])})"
            out.add(("event", sig, tuple(bool(i.get("indexed")) for i in e["inputs"])))
    return out


def compile_evm(compiled_or_checked, program=None) -> dict:
    """The EVM artifact of a contract: {contractName, abi, bytecode, deployedBytecode,
    vyperSource, compiler, sourceHash (when the source text is known)}."""
    checked = getattr(compiled_or_checked, "checked", compiled_or_checked)
    source = lower(checked, program)
    out = compile_vyper(source)
    abi = contract_abi(checked)
    want, got = abi_signatures(abi), abi_signatures(out["abi"])
    # Vyper leaves events nobody emits out of its ABI
    got_fns = {s for s in got if s[0] != "event"}
    want_fns = {s for s in want if s[0] != "event"}
    if got_fns != want_fns or not {s for s in got if s[0] == "event"} <= want:
        raise InternalCompilerError(
            f"EVM target: the Vyper ABI of `{checked.name}` differs from Coin's: "
            f"missing {sorted(map(str, want_fns - got_fns))}, extra {sorted(map(str, got - want))}")
    artifact = {
        "contractName": checked.name,
        "abi": abi,
        "bytecode": out["bytecode"],
        "deployedBytecode": out["deployedBytecode"],
        "vyperSource": source,
        "vyperAbi": out["abi"],
        "compiler": {"name": "vyper", "version": vyper_version(), "target": "evm",
                     "frontend": "coinc"},
    }
    sources = getattr(compiled_or_checked, "sources", None)
    if sources is not None:
        main = sources.get(checked.file, "")
        artifact["sourceHash"] = {
            "keccak256": "0x" + keccak(main.encode()).hex(),
            "sha256": hashlib.sha256(main.encode()).hexdigest(),
        }
    return artifact
