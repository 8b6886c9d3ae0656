"""Stage 2's artifact: the checked program, final for each contract.

Every contract carries its own records of everything its code contains: its storage in
the final layout (bases first), and its own `FunctionInfo` for every function it runs,
inherited ones included, whose bodies' refs (`lang.refs`) name that layout's slots and
the functions that actually run (virtual calls resolved). The back ends
(`lang.codegen`, `lang.evm`) and the artifact writers read these records and never
resolve a name themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lang import ast
from lang import types as T
from lang.abi import event_topic, selector_of, signature
from lang.errors import Span


@dataclass(eq=False)
class ErrorInfo:
    """A custom error: `error Name(params)`, raised as Solidity encodes it (the selector
    of `Name(types)`, then the arguments ABI-encoded)."""

    name: str
    params: list[tuple[str, T.Type]]
    span: Span

    @property
    def signature(self) -> str:
        return signature(self.name, [t for _, t in self.params])

    @property
    def selector(self) -> bytes:
        return selector_of(self.signature)


@dataclass
class StorageVar:
    """A storage variable of one contract's layout; also the `ref` of `self.<name>`."""

    name: str
    ty: T.Type
    slot: int
    span: Span
    contract: str  # the contract that declared it


@dataclass
class EventInfo:
    name: str
    params: list[tuple[str, T.Type, bool]]  # (name, type, indexed)
    span: Span

    @property
    def signature(self) -> str:
        return signature(self.name, [t for _, t, _ in self.params])

    @property
    def topic0(self) -> int:
        return int.from_bytes(event_topic(self.signature), "big")


@dataclass
class InterfaceFunction:
    name: str
    params: list[tuple[str, T.Type]]
    returns: T.Type | None
    is_view: bool
    is_payable: bool
    span: Span

    @property
    def signature(self) -> str:
        return signature(self.name, [t for _, t in self.params])

    @property
    def selector(self) -> bytes:
        return selector_of(self.signature)


@dataclass(eq=False)
class FunctionInfo:
    """A function as one contract runs it (a contract inheriting `f` has its own record of
    `f`, with `contract` still naming the declaring contract)."""

    name: str
    params: list[tuple[str, T.Type]]
    returns: T.Type | None
    node: ast.FunctionDef
    contract: str  # the contract that declared it; "" for a free function
    is_pub: bool
    is_view: bool
    is_payable: bool
    is_init: bool
    param_slots: list[int] = field(default_factory=list)
    nlocals: int = 0
    callees: list[FunctionInfo] = field(default_factory=list)  # resolved: what runs
    storage_used: dict[str, StorageVar] = field(default_factory=dict)  # the body's `self.x` refs

    @property
    def is_free(self) -> bool:
        """A top-level function: no storage, no `self`, shared by every contract."""
        return self.contract == ""

    @property
    def signature(self) -> str:
        return signature(self.name, [t for _, t in self.params])

    @property
    def selector(self) -> bytes:
        return selector_of(self.signature)

    @property
    def label(self) -> str:
        return f"fn_{self.contract}_{self.name}"


@dataclass
class CheckedContract:
    name: str
    span: Span
    file: str
    storage: dict[str, StorageVar]
    consts: dict[str, tuple[object, T.Type]]
    events: dict[str, EventInfo]
    functions: dict[str, FunctionInfo]
    init: FunctionInfo | None
    base_inits: dict[str, FunctionInfo]  # base contract name -> its init, as this contract runs it
    as_interface: T.InterfaceType


@dataclass
class CheckedProgram:
    contracts: list[CheckedContract]  # the contracts of the root file, in source order
    all_contracts: dict[str, CheckedContract]
