"""Coin's types: how many stack words a value takes, its ABI name, its zero value."""

from __future__ import annotations

from dataclasses import dataclass

UINT_MAX = 2**256 - 1
INT_MIN = -(2**255)
INT_MAX = 2**255 - 1
ADDRESS_MAX = 2**160 - 1


class Type:
    name: str

    @property
    def words(self) -> int:
        """Stack words a value of this type takes (structs are flattened)."""
        return 1

    @property
    def abi(self) -> str:
        raise NotImplementedError

    @property
    def is_value(self) -> bool:
        """A one-word value type (usable as a map key, an indexed topic, a constant)."""
        return True

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class _Prim(Type):
    name: str
    abi_name: str

    @property
    def abi(self) -> str:
        return self.abi_name

    def __str__(self) -> str:
        return self.name


UINT = _Prim("uint", "uint256")
INT = _Prim("int", "int256")
BOOL = _Prim("bool", "bool")
ADDRESS = _Prim("address", "address")
BYTES32 = _Prim("bytes32", "bytes32")
# An 8-bit unsigned integer for ABI compatibility (`v` of a signature, `decimals()`):
# converted to and from `uint`, compared, stored and passed, but not computed with.
UINT8 = _Prim("uint8", "uint8")


@dataclass(frozen=True)
class StringType(Type):
    name: str = "string"

    @property
    def abi(self) -> str:
        return "string"

    @property
    def is_value(self) -> bool:
        return False

    def __str__(self) -> str:
        return "string"


STRING = StringType()

# The largest capacity a `bytes[N]` may declare (and a value of it may reach): 2**16 bytes,
# far above any ABI payload a contract handles and small enough that every bound is cheap.
BYTES_MAX_CAPACITY = 65536


@dataclass(frozen=True)
class BytesType(Type):
    """`bytes[N]`: a byte string of at most `capacity` bytes (Vyper's `Bytes[N]`). At run
    time it is laid out as a string is (a pointer to a length word and the data); its ABI
    type is `bytes`."""

    capacity: int

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"bytes[{self.capacity}]"

    @property
    def abi(self) -> str:
        return "bytes"

    @property
    def is_value(self) -> bool:
        return False

    def __str__(self) -> str:
        return self.name


# The largest capacity of an array type: far above any batch a block's gas allows.
ARRAY_MAX_CAPACITY = 2**16


@dataclass(frozen=True, eq=False)
class ArrayType(Type):
    """`T[N]` (fixed: always N elements) or `array<T, N>` (Vyper's `DynArray[T, N]`: 0 to
    N elements). As a value it is one word, a pointer to [length word][element words];
    in storage a fixed array takes N * (slots of T) consecutive slots and a dynamic one
    keeps its length in its slot and its elements from keccak256(slot) on (Solidity's
    layout). Elements are one-word value types or structs of them."""

    elem: Type
    capacity: int
    dynamic: bool

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"array<{self.elem}, {self.capacity}>" if self.dynamic else f"{self.elem}[{self.capacity}]"

    @property
    def abi(self) -> str:
        return f"{self.elem.abi}[]" if self.dynamic else f"{self.elem.abi}[{self.capacity}]"

    @property
    def is_value(self) -> bool:
        return False

    @property
    def elem_words(self) -> int:
        return self.elem.words

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, ArrayType) and other.elem == self.elem and other.capacity == self.capacity
                and other.dynamic == self.dynamic)

    def __hash__(self) -> int:
        return hash((ArrayType, self.capacity, self.dynamic, str(self.elem)))

    def __str__(self) -> str:
        return self.name


def storage_slots(ty: Type) -> int:
    """Consecutive storage slots a variable of `ty` takes."""
    if isinstance(ty, StructType):
        return sum(storage_slots(t) for _, t in ty.fields)
    if isinstance(ty, ArrayType) and not ty.dynamic:
        return ty.capacity * storage_slots(ty.elem)
    return 1


def abi_head_words(ty: Type) -> int:
    """Words a value takes in an ABI head: a static array inline, a dynamic one an offset."""
    if isinstance(ty, ArrayType):
        return 1 if ty.dynamic else ty.capacity * abi_head_words(ty.elem)
    if isinstance(ty, StructType):
        return sum(abi_head_words(t) for _, t in ty.fields)
    return 1


def is_byte_string(ty: Type | None) -> bool:
    """`string` or `bytes[N]`: one pointer to [length word][data] in memory."""
    return ty is STRING or isinstance(ty, BytesType)


def assignable(got: Type | None, want: Type | None) -> bool:
    """A value of `got` may be stored where `want` is expected: the same type, or a
    `bytes[M]` into a `bytes[N]` with M <= N (it always fits)."""
    if got == want:
        return True
    return isinstance(got, BytesType) and isinstance(want, BytesType) and got.capacity <= want.capacity

PRIMITIVES: dict[str, Type] = {
    "uint": UINT, "int": INT, "bool": BOOL, "address": ADDRESS, "bytes32": BYTES32, "string": STRING,
    "uint8": UINT8,
}


@dataclass(frozen=True)
class MapType(Type):
    key: Type
    value: Type

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"map<{self.key}, {self.value}>"

    @property
    def abi(self) -> str:
        raise TypeError("maps have no ABI type")

    @property
    def is_value(self) -> bool:
        return False

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, eq=False)
class StructType(Type):
    name: str
    fields: tuple[tuple[str, Type], ...]

    @property
    def words(self) -> int:
        return sum(t.words for _, t in self.fields)

    @property
    def abi(self) -> str:
        return "(" + ",".join(t.abi for _, t in self.fields) + ")"

    @property
    def is_value(self) -> bool:
        return False

    def field_offset(self, field: str) -> tuple[int, Type]:
        """Word offset of a field inside the flattened struct, and its type."""
        offset = 0
        for name, ty in self.fields:
            if name == field:
                return offset, ty
            offset += ty.words
        raise KeyError(field)

    def leaf_types(self) -> list[Type]:
        out: list[Type] = []
        for _, t in self.fields:
            out.extend(t.leaf_types() if isinstance(t, StructType) else [t])
        return out

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, eq=False)
class InterfaceType(Type):
    """A contract reached through an interface (or another contract's public functions);
    a one-word address at run time."""

    name: str
    functions: dict  # name -> InterfaceFunction, filled in by the checker

    @property
    def abi(self) -> str:
        return "address"

    def __str__(self) -> str:
        return self.name


def leaf_types(ty: Type) -> list[Type]:
    return ty.leaf_types() if isinstance(ty, StructType) else [ty]


def abi_components(ty: Type) -> dict:
    """One entry of a JSON ABI `inputs`/`outputs` list (without the name)."""
    if isinstance(ty, StructType):
        return {
            "type": "tuple",
            "internalType": f"struct {ty.name}",
            "components": [{"name": n, **abi_components(t)} for n, t in ty.fields],
        }
    if isinstance(ty, InterfaceType):
        return {"type": "address", "internalType": f"contract {ty.name}"}
    if isinstance(ty, ArrayType):
        inner = abi_components(ty.elem)
        suffix = "[]" if ty.dynamic else f"[{ty.capacity}]"
        out = {**inner, "type": inner["type"] + suffix, "internalType": inner["internalType"] + suffix}
        return out
    return {"type": ty.abi, "internalType": ty.abi}


def is_integer(ty: Type | None) -> bool:
    return ty is UINT or ty is INT


def fits(value: int, ty: Type) -> bool:
    if ty is UINT or ty is BYTES32:
        return 0 <= value <= UINT_MAX
    if ty is INT:
        return INT_MIN <= value <= INT_MAX
    if ty is ADDRESS or isinstance(ty, InterfaceType):
        return 0 <= value <= ADDRESS_MAX
    if ty is BOOL:
        return value in (0, 1)
    if ty is UINT8:
        return 0 <= value <= 255
    return False
