"""AST nodes: plain dataclasses, each carrying the `Span` it was parsed from.

Expressions get their type (`ty`), their folded value (`const`) and, for names, calls
and emits, what they refer to (`ref`, one of the typed records of `lang.refs`) filled in
by the checker; the code generators read those and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lang.errors import Span

# ---------------------------------------------------------------- types as written


@dataclass
class NamedType:
    name: str
    span: Span


@dataclass
class MapType:
    key: TypeExpr
    value: TypeExpr
    span: Span


@dataclass
class SizedType:
    """`bytes[N]` (and, in time, `T[N]`): a name with a capacity."""

    name: str
    size: int
    size_span: Span
    span: Span


@dataclass
class GenericType:
    """`array<T, N>`: a name, an element type and a capacity."""

    name: str
    elem: TypeExpr
    size: int
    size_span: Span
    span: Span


TypeExpr = NamedType | MapType | SizedType | GenericType

# ---------------------------------------------------------------- expressions


@dataclass(kw_only=True)
class Expr:
    span: Span
    ty: Any = field(default=None, compare=False, repr=False)
    const: Any = field(default=None, compare=False, repr=False)  # folded value, if constant


@dataclass(kw_only=True)
class IntLit(Expr):
    value: int
    text: str


@dataclass(kw_only=True)
class StrLit(Expr):
    value: bytes


@dataclass(kw_only=True)
class ArrayLit(Expr):
    """`[a, b, c]`: an array value; its type comes from where it is used."""

    elems: list[Expr]


@dataclass(kw_only=True)
class BoolLit(Expr):
    value: bool


@dataclass(kw_only=True)
class Name(Expr):
    id: str
    ref: Any = field(default=None, compare=False, repr=False)


@dataclass(kw_only=True)
class Attribute(Expr):
    obj: Expr
    attr: str
    attr_span: Span
    ref: Any = field(default=None, compare=False, repr=False)


@dataclass(kw_only=True)
class Index(Expr):
    obj: Expr
    key: Expr


@dataclass(kw_only=True)
class Arg:
    name: str | None
    value: Expr
    span: Span
    option: bool = False  # `value = v`: an option of the call, not an argument


@dataclass(kw_only=True)
class Call(Expr):
    func: Expr
    args: list[Arg]
    options: list[Arg] = field(default_factory=list)  # `I(a).f(x, value = v)`
    ref: Any = field(default=None, compare=False, repr=False)  # what is called, set by checker


@dataclass(kw_only=True)
class BinOp(Expr):
    op: str  # + - * / % ** == != < <= > >= and or
    left: Expr
    right: Expr


@dataclass(kw_only=True)
class UnaryOp(Expr):
    op: str  # - not
    operand: Expr


# ---------------------------------------------------------------- statements


@dataclass(kw_only=True)
class Stmt:
    span: Span


@dataclass(kw_only=True)
class Let(Stmt):
    name: str
    name_span: Span
    type: TypeExpr | None
    value: Expr
    slot: int = field(default=-1, compare=False, repr=False)  # first local slot, set by checker


@dataclass(kw_only=True)
class Assign(Stmt):
    target: Expr
    value: Expr


@dataclass(kw_only=True)
class AugAssign(Stmt):
    target: Expr
    op: str  # + - * / %
    value: Expr


@dataclass(kw_only=True)
class If(Stmt):
    cond: Expr
    then: list[Stmt]
    orelse: list[Stmt] | None


@dataclass(kw_only=True)
class While(Stmt):
    cond: Expr
    body: list[Stmt]


@dataclass(kw_only=True)
class For(Stmt):
    var: str
    var_span: Span
    start: Expr
    end: Expr
    body: list[Stmt]
    slot: int = field(default=-1, compare=False, repr=False)
    end_slot: int = field(default=-1, compare=False, repr=False)


@dataclass(kw_only=True)
class ForEach(Stmt):
    """`for x in arr { ... }`: `x` takes each element of a snapshot of `arr` taken when
    the loop starts."""

    var: str
    var_span: Span
    iterable: Expr
    body: list[Stmt]
    slot: int = field(default=-1, compare=False, repr=False)
    array_slot: int = field(default=-1, compare=False, repr=False)
    index_slot: int = field(default=-1, compare=False, repr=False)


@dataclass(kw_only=True)
class RevertError(Stmt):
    """`revert Name(args)`: revert with Solidity's encoding of a custom error."""

    error: str
    error_span: Span
    args: list[Arg]
    ref: Any = field(default=None, compare=False, repr=False)  # the ErrorInfo, set by the checker


@dataclass(kw_only=True)
class Return(Stmt):
    value: Expr | None


@dataclass(kw_only=True)
class Emit(Stmt):
    event: str
    event_span: Span
    args: list[Arg]
    ref: Any = field(default=None, compare=False, repr=False)


@dataclass(kw_only=True)
class Break(Stmt):
    pass


@dataclass(kw_only=True)
class Continue(Stmt):
    pass


@dataclass(kw_only=True)
class ExprStmt(Stmt):
    expr: Expr


# ---------------------------------------------------------------- declarations


@dataclass(kw_only=True)
class Param:
    name: str
    type: TypeExpr
    span: Span


@dataclass(kw_only=True)
class FunctionDef:
    name: str
    params: list[Param]
    returns: TypeExpr | None
    body: list[Stmt]
    is_pub: bool
    is_view: bool
    is_payable: bool
    is_init: bool
    span: Span
    name_span: Span
    modifiers: list[str] = field(default_factory=list)  # as written, checked per declaration kind
    contract: str = ""  # the contract that declared it (set for inherited functions)


@dataclass(kw_only=True)
class StorageDecl:
    name: str
    type: TypeExpr
    span: Span


@dataclass(kw_only=True)
class ConstDecl:
    name: str
    type: TypeExpr
    value: Expr
    span: Span


@dataclass(kw_only=True)
class StructField:
    name: str
    type: TypeExpr
    span: Span


@dataclass(kw_only=True)
class StructDef:
    name: str
    fields: list[StructField]
    span: Span


@dataclass(kw_only=True)
class EventParam:
    name: str
    type: TypeExpr
    indexed: bool
    span: Span


@dataclass(kw_only=True)
class EventDef:
    name: str
    params: list[EventParam]
    span: Span


@dataclass(kw_only=True)
class ErrorDef:
    """`error Name(field: T, ...)`: a custom error, raised with `revert Name(...)`."""

    name: str
    params: list[Param]
    span: Span
    name_span: Span


@dataclass(kw_only=True)
class InterfaceFn:
    name: str
    params: list[Param]
    returns: TypeExpr | None
    is_view: bool
    is_payable: bool
    span: Span
    modifiers: list[str] = field(default_factory=list)  # as written, checked by the checker


@dataclass(kw_only=True)
class InterfaceDef:
    name: str
    functions: list[InterfaceFn]
    span: Span


Member = StorageDecl | ConstDecl | EventDef | FunctionDef | StructDef


@dataclass(kw_only=True)
class ContractDef:
    name: str
    bases: list[tuple[str, Span]]
    members: list[Member]
    span: Span
    name_span: Span


@dataclass(kw_only=True)
class Import:
    path: str
    span: Span


@dataclass(kw_only=True)
class Module:
    """One parsed source file."""

    file: str
    source: str
    imports: list[Import]
    contracts: list[ContractDef]
    interfaces: list[InterfaceDef]
    structs: list[StructDef]
    consts: list[ConstDecl]
    functions: list[FunctionDef] = field(default_factory=list)  # free (top-level) functions
    errors: list[ErrorDef] = field(default_factory=list)  # custom errors, at top level or in contracts
