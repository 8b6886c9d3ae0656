"""Names, scopes and the base every part of the checker builds on.

The checker is one object made of mixins, one per concern (`declarations`, `contracts`,
`statements`, `expressions`, `builtins`, `folding`): each pass calls the others through
`self` (a statement checks its expressions, a constant folds them), and they share one
error list (`MultiContext`) and the program-wide tables set up here.
"""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.checked import CheckedContract, ErrorInfo, FunctionInfo
from lang.errors import MultiContext, Span, TypeCheckError
from lang.refs import LocalRef

CORE_BUILTINS = {
    "require", "revert", "assert", "send", "balance", "min", "max", "mul_div", "keccak256",
}
# Added in Coin v2. They are not reserved words, so programs that already use these names
# for locals, parameters or free functions keep compiling (a free function of the same
# name wins over the built-in).
V2_BUILTINS = {
    "ecrecover", "sha256", "abi_encode", "eip712_domain", "eip712_struct_hash", "eip712_digest", "len",
    "slice", "concat",
}
BUILTIN_FUNCTIONS = CORE_BUILTINS | V2_BUILTINS
CONVERSIONS = {"uint", "int", "address", "bytes32", "bool", "uint8"}

RESERVED = CORE_BUILTINS | CONVERSIONS | {
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


POISON = T._Prim("<error>", "<error>")  # the type of a local whose declaration failed


class Scope:
    """One block's locals, chained to the enclosing block's."""

    def __init__(self, parent: Scope | None = None):
        self.parent = parent
        self.names: dict[str, tuple[LocalRef, Span, bool]] = {}  # name -> (ref, span, mutable)

    def lookup(self, name: str) -> tuple[LocalRef, Span, bool] | None:
        s: Scope | None = self
        while s is not None:
            if name in s.names:
                return s.names[name]
            s = s.parent
        return None

    def all_names(self) -> list[str]:
        out: list[str] = []
        s: Scope | None = self
        while s is not None:
            out.extend(s.names)
            s = s.parent
        return out


class FunctionContext:
    """What checking one function body knows: its record, its contract, the open scope,
    the next free local slot and how deep in loops it is."""

    def __init__(self, info: FunctionInfo, contract: CheckedContract):
        self.info = info
        self.contract = contract
        self.scope = Scope()
        self.next_slot = 0
        self.loop_depth = 0

    def alloc(self, words: int) -> int:
        slot = self.next_slot
        self.next_slot += words
        return slot


class ConstContext:
    """Name resolution inside constant initialisers: only constants are visible."""

    def __init__(self, consts: dict):
        self.consts = consts


class CheckerBase(MultiContext):
    """The program-wide tables the checker's parts fill in and read."""

    def __init__(self, modules: list[ast.Module]):
        super().__init__()
        self.modules = modules
        self.structs: dict[str, T.StructType] = {}
        self.struct_nodes: dict[str, ast.StructDef] = {}
        self.interfaces: dict[str, T.InterfaceType] = {}
        self.contract_nodes: dict[str, ast.ContractDef] = {}
        self.global_consts: dict[str, tuple[object, T.Type]] = {}
        self.free_functions: dict[str, FunctionInfo] = {}
        self.custom_errors: dict[str, ErrorInfo] = {}  # program-wide
        self.checked: dict[str, CheckedContract] = {}

    def fail(self, message: str, span: Span, hint: str | None = None, prev: Span | None = None) -> TypeCheckError:
        return TypeCheckError(message, span, hint, prev)
