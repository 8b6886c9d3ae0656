"""eth_call / eth_estimateGas state overrides (geth's third parameter): per address a
`balance`, `nonce`, `code`, and either `state` (the whole storage: every other slot reads
as zero) or `stateDiff` (these slots only). Applied to a throw-away state
(`chain.history.scratch_state`), never to the live one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chain.history import HistoricalBackend
from chain.rpcvalues import InvalidParams, _describe, parse_address, parse_data, parse_quantity
from chain.state import EMPTY_CODE_HASH, State
from vm.hashing import keccak

__all__ = ["AccountOverride", "parse_overrides", "apply_overrides", "MAX_OVERRIDES"]

MAX_OVERRIDES = 1000  # accounts, and slots per account
_FIELDS = frozenset(("balance", "nonce", "code", "state", "stateDiff"))


@dataclass(frozen=True)
class AccountOverride:
    balance: int | None = None
    nonce: int | None = None
    code: bytes | None = None
    state: dict[int, int] | None = None  # replaces the whole storage
    state_diff: dict[int, int] = field(default_factory=dict)


def parse_overrides(value: Any, what: str) -> dict[bytes, AccountOverride]:
    if not isinstance(value, dict):
        raise InvalidParams(f"{what}: expected an object of address -> override, got {_describe(value)}")
    if len(value) > MAX_OVERRIDES:
        raise InvalidParams(f"{what}: {len(value)} accounts, at most {MAX_OVERRIDES}")
    out: dict[bytes, AccountOverride] = {}
    for key, spec in value.items():
        address = parse_address(key, f"{what}: address")
        where = f"{what}: {key}"
        if not isinstance(spec, dict):
            raise InvalidParams(f"{where}: expected an override object, got {_describe(spec)}")
        unknown = sorted(set(spec) - _FIELDS)
        if unknown:
            raise InvalidParams(f"{where}: unknown field {unknown[0]!r}; known: {', '.join(sorted(_FIELDS))}")
        if spec.get("state") is not None and spec.get("stateDiff") is not None:
            raise InvalidParams(f"{where}: both state and stateDiff are set; give one")
        out[address] = AccountOverride(
            balance=None if spec.get("balance") is None else parse_quantity(spec["balance"], f"{where}.balance"),
            nonce=None if spec.get("nonce") is None else parse_quantity(spec["nonce"], f"{where}.nonce", 64),
            code=None if spec.get("code") is None else parse_data(spec["code"], f"{where}.code"),
            state=None if spec.get("state") is None else _slots(spec["state"], f"{where}.state"),
            state_diff={} if spec.get("stateDiff") is None else _slots(spec["stateDiff"], f"{where}.stateDiff"),
        )
    return out


def _slots(value: Any, what: str) -> dict[int, int]:
    if not isinstance(value, dict):
        raise InvalidParams(f"{what}: expected an object of slot -> value")
    if len(value) > MAX_OVERRIDES:
        raise InvalidParams(f"{what}: {len(value)} slots, at most {MAX_OVERRIDES}")
    return {parse_quantity(k, f"{what}: slot"): parse_quantity(v, f"{what}[{k}]") for k, v in value.items()}


def apply_overrides(state: State, overrides: dict[bytes, AccountOverride]) -> None:
    """Write the overrides into a scratch state's caches (not journaled: the state is
    thrown away after the call)."""
    backend = state.backend
    for address, o in overrides.items():
        nonce, balance, code_hash = state.account(address)
        if o.code is not None:
            code_hash = keccak(o.code) if o.code else EMPTY_CODE_HASH
            state.codes[code_hash] = o.code
        state.accounts[address] = (nonce if o.nonce is None else o.nonce,
                                   balance if o.balance is None else o.balance, code_hash)
        if o.state is not None:
            if not isinstance(backend, HistoricalBackend):
                raise InvalidParams("state overrides need a scratch state")
            backend.cleared.add(address)
            for key in [k for k in state.storage if k[0] == address]:
                del state.storage[key]
            for slot, v in o.state.items():
                state.storage[(address, slot)] = v
        for slot, v in o.state_diff.items():
            state.storage[(address, slot)] = v
