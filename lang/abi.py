"""Ethereum ABI pieces, the leaf every layer above uses: signatures, selectors, event
topics, ABI type strings, `Error(string)` / `Panic(uint256)` revert data (encoding and
decoding), and the JSON ABI of a checked contract."""

from __future__ import annotations

from typing import TYPE_CHECKING

# The selectors live in vm.errors (the one home of Error/Panic facts); lang.abi re-exports
# them beside the ABI helpers that use them.
from lang import types as T
from vm.errors import ERROR_SELECTOR as ERROR_SELECTOR
from vm.errors import PANIC_REASONS
from vm.errors import PANIC_SELECTOR as PANIC_SELECTOR
from vm.hashing import keccak

if TYPE_CHECKING:
    from lang.checked import CheckedContract



# EIP-712's domain with the four fields every token uses (USDC's, OpenZeppelin's EIP712).
EIP712_DOMAIN_TYPE = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
EIP712_DOMAIN_TYPEHASH = keccak(EIP712_DOMAIN_TYPE.encode())


def _eip712_member(ty: T.Type) -> str:
    if isinstance(ty, T.StructType):
        return ty.name
    if isinstance(ty, T.InterfaceType):
        return "address"
    return ty.abi


def eip712_type(st: T.StructType) -> str:
    """EIP-712's encodeType of a struct: `Name(type field,...)` then every struct it
    references, once each, sorted by name (`Mail(Person from,...)Person(...)`)."""

    def one(s: T.StructType) -> str:
        return f"{s.name}(" + ",".join(f"{_eip712_member(t)} {n}" for n, t in s.fields) + ")"

    seen: dict[str, T.StructType] = {}

    def walk(s: T.StructType) -> None:
        for _, t in s.fields:
            if isinstance(t, T.StructType) and t.name not in seen and t.name != st.name:
                seen[t.name] = t
                walk(t)

    walk(st)
    return one(st) + "".join(one(seen[n]) for n in sorted(seen))


def eip712_type_hash(st: T.StructType) -> bytes:
    """EIP-712's typeHash: keccak256 of `eip712_type(st)`."""
    return keccak(eip712_type(st).encode())


def signature(name: str, types: list[T.Type]) -> str:
    """`name(type,...)` as the Ethereum ABI hashes it for selectors and topics."""
    return f"{name}({','.join(t.abi for t in types)})"


def selector_of(signature: str) -> bytes:
    return keccak(signature.encode())[:4]


def event_topic(signature: str) -> bytes:
    """topic 0 of an event: keccak of its signature, e.g. `Transfer(address,address,uint256)`."""
    return keccak(signature.encode())


def type_string(entry: dict) -> str:
    """The canonical type of one JSON ABI input/output: `uint256`, `(address,uint256)[]`, ..."""
    if entry["type"].startswith("tuple"):
        return "(" + ",".join(type_string(c) for c in entry["components"]) + ")" + entry["type"][5:]
    return entry["type"]


def decode_revert(data: bytes) -> str | None:
    """The human reason in revert data: `Error(string)` text or a `Panic` code's meaning;
    None for empty or custom revert data."""
    from eth_abi import decode

    try:
        if data[:4] == ERROR_SELECTOR:
            return decode(["string"], data[4:])[0]
        if data[:4] == PANIC_SELECTOR:
            code = decode(["uint256"], data[4:])[0]
            return f"panic: {PANIC_REASONS.get(code, 'code')} (0x{code:02x})"
    except Exception:
        return None
    return None


def decode_custom_error(data: bytes, abi: list[dict]) -> str | None:
    """`Name(field=value, ...)` for revert data of a custom error the ABI declares; None
    when the selector is not one of its errors or the arguments do not decode."""
    from eth_abi import decode

    for e in abi:
        if e.get("type") != "error":
            continue
        types = [type_string(i) for i in e["inputs"]]
        if selector_of(f"{e['name']}({','.join(types)})") != data[:4]:
            continue
        try:
            values = decode(types, data[4:])
        except Exception:
            return None
        shown = ", ".join(f"{i['name']}={_show(v)}" for i, v in zip(e["inputs"], values, strict=True))
        return f"{e['name']}({shown})"
    return None


def _show(v) -> str:
    if isinstance(v, bytes):
        return "0x" + v.hex()
    if isinstance(v, tuple | list):
        return "(" + ", ".join(_show(x) for x in v) + ")"
    return str(v)


def error_data(message: bytes) -> bytes:
    """Revert data for `revert("message")`, exactly as Solidity encodes it.

    `Error(string)` and `Error(bytes)` share one layout (offset, length, padded bytes), so
    this is written out here rather than importing eth_abi, which costs the compiler
    ~0.2 s of start-up."""
    padded = message + b"\0" * (-len(message) % 32)
    return ERROR_SELECTOR + (32).to_bytes(32, "big") + len(message).to_bytes(32, "big") + padded


def _io(name: str, ty: T.Type) -> dict:
    return {"name": name, **T.abi_components(ty)}


def contract_abi(c: CheckedContract) -> list[dict]:
    """The Ethereum JSON ABI of a checked contract."""
    out: list[dict] = []
    if c.init is not None:
        out.append({
            "type": "constructor",
            "inputs": [_io(n, t) for n, t in c.init.params],
            "stateMutability": "payable" if c.init.is_payable else "nonpayable",
        })
    for f in c.functions.values():
        if not f.is_pub:
            continue
        if f.name == "receive":
            out.append({"type": "receive", "stateMutability": "payable"})
            continue
        out.append({
            "type": "function",
            "name": f.name,
            "inputs": [_io(n, t) for n, t in f.params],
            "outputs": [_io("", f.returns)] if f.returns is not None else [],
            "stateMutability": "view" if f.is_view else ("payable" if f.is_payable else "nonpayable"),
        })
    for ev in c.events.values():
        out.append({
            "type": "event",
            "name": ev.name,
            "inputs": [{**_io(n, t), "indexed": ix} for n, t, ix in ev.params],
            "anonymous": False,
        })
    for err in contract_errors(c):
        out.append({"type": "error", "name": err.name, "inputs": [_io(n, t) for n, t in err.params]})
    return out


def contract_errors(c: CheckedContract) -> list:
    """The custom errors (`ErrorInfo`) the contract's code can raise, in first-use order."""
    from lang import ast

    found: dict[str, object] = {}
    fns = [f for f in c.functions.values()] + ([c.init] if c.init is not None else [])
    seen: set[int] = set()

    def walk(stmts) -> None:
        for s in stmts:
            if isinstance(s, ast.RevertError) and s.ref is not None:
                found.setdefault(s.ref.name, s.ref)
            for name in ("then", "orelse", "body"):
                child = getattr(s, name, None)
                if isinstance(child, list):
                    walk(child)

    while fns:
        f = fns.pop(0)
        if id(f) in seen:
            continue
        seen.add(id(f))
        walk(f.node.body)
        fns.extend(f.callees)
    return list(found.values())
