"""What a name, an attribute, a call or an `emit` refers to: the typed records the checker
puts in the `ref` field of AST nodes, and the only thing the back ends read there.

The checker writes them final for the contract being compiled: a storage reference
carries the slot of that contract's layout, an internal call the function that actually
runs (virtual calls already resolved; see `lang.check.contracts`). So neither back end
resolves anything by name.

A leaf module: it imports only `lang.types`; the records it points at (`StorageVar`,
`FunctionInfo`, `InterfaceFunction`) live in `lang.checked`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lang import types as T

if TYPE_CHECKING:
    from lang.checked import FunctionInfo, InterfaceFunction

# ------------------------------------------------------------------ values


@dataclass(frozen=True, slots=True)
class LocalRef:
    """A local variable (or parameter): its first local slot."""

    slot: int
    ty: T.Type


@dataclass(frozen=True, slots=True)
class FieldRef:
    """A field of a struct value: its word offset inside the flattened struct."""

    offset: int
    ty: T.Type


@dataclass(frozen=True, slots=True)
class EnvRef:
    """`msg.sender`, `block.number`, `this`, ...: the opcode that pushes it."""

    opcode: str


@dataclass(frozen=True, slots=True)
class ConstRef:
    """A named constant; its value is also folded into the node's `const`."""

    name: str
    value: object
    ty: T.Type


# A storage variable is referred to by its `lang.checked.StorageVar` (name, type, final slot).

# ------------------------------------------------------------------ calls


@dataclass(frozen=True, slots=True)
class InternalCall:
    """`self.f(...)`, `Base.init(...)` or a free function: `callee` is what runs."""

    callee: FunctionInfo


@dataclass(frozen=True, slots=True)
class ExternalCall:
    """`Iface(addr).f(...)` or `iface_value.f(...)`: a message call through the ABI."""

    function: InterfaceFunction


@dataclass(frozen=True, slots=True)
class StructNew:
    """`S(a, b)`: a struct value built from its fields in order."""

    struct: T.StructType


@dataclass(frozen=True, slots=True)
class InterfaceCast:
    """`Iface(addr)`: an address seen through an interface (no code of its own)."""

    interface: T.InterfaceType


@dataclass(frozen=True, slots=True)
class Conversion:
    """`uint(x)`, `address(x)`, ...: `source` is the argument's type (interfaces as `address`
    only where the checker says so)."""

    target: T.Type
    source: T.Type


@dataclass(frozen=True, slots=True)
class Builtin:
    """`require`, `send`, `keccak256`, ...: one of `lang.check.context.BUILTIN_FUNCTIONS`."""

    name: str


@dataclass(frozen=True, slots=True)
class ArrayMethod:
    """`a.append(v)` / `a.pop()` on a dynamic array."""

    name: str
    array: T.ArrayType


CallRef = ArrayMethod | InternalCall | ExternalCall | StructNew | InterfaceCast | Conversion | Builtin
