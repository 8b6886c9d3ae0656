"""The validator set: addresses with integer weights and the fault-tolerance threshold."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

MAX_VALIDATORS = 128
MAX_WEIGHT = 10**30


class ValidatorSetError(ValueError):
    """A validator-set file or value that is not usable; the text names the file and field."""


@dataclass(frozen=True)
class ValidatorSet:
    """Weights by validator address, and the threshold t of equivocating weight the oracle tolerates."""

    weights: dict[bytes, int]
    threshold: int
    names: dict[bytes, str]

    def __post_init__(self) -> None:
        if not self.weights:
            raise ValidatorSetError("the validator set is empty")
        if len(self.weights) > MAX_VALIDATORS:
            raise ValidatorSetError(f"{len(self.weights)} validators, more than the limit {MAX_VALIDATORS}")
        for address, weight in self.weights.items():
            if len(address) != 20:
                raise ValidatorSetError(f"address 0x{address.hex()} is not 20 bytes")
            if not isinstance(weight, int) or isinstance(weight, bool) or not 0 < weight <= MAX_WEIGHT:
                raise ValidatorSetError(f"weight of 0x{address.hex()} must be an integer in [1, {MAX_WEIGHT}]")
        if not isinstance(self.threshold, int) or not 0 <= self.threshold < self.total:
            raise ValidatorSetError(f"threshold must be an integer in [0, total weight {self.total}), "
                                    f"got {self.threshold!r}")

    @property
    def total(self) -> int:
        return sum(self.weights.values())

    def weight(self, validators) -> int:
        return sum(self.weights[v] for v in validators)

    def name(self, address: bytes) -> str:
        return self.names.get(address) or "0x" + address.hex()


def load_validator_set(path: Path) -> ValidatorSet:
    """Read a JSON or TOML file: `threshold = t` and `[[validators]] address, weight, name?`."""
    try:
        text = path.read_text()
    except OSError as exc:
        raise ValidatorSetError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        if path.suffix == ".toml":
            data = tomllib.loads(text)
        else:
            data = json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidatorSetError(f"{path}: not TOML: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ValidatorSetError(f"{path}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
    return validator_set_from_data(data, str(path))


def validator_set_from_data(data, where: str) -> ValidatorSet:
    if not isinstance(data, dict):
        raise ValidatorSetError(f"{where}: the top level must be a table/object")
    unknown = set(data) - {"threshold", "validators"}
    if unknown:
        raise ValidatorSetError(f"{where}: unknown keys {sorted(unknown)}")
    entries = data.get("validators")
    if not isinstance(entries, list) or not entries:
        raise ValidatorSetError(f"{where}: `validators` must be a non-empty list")
    weights: dict[bytes, int] = {}
    names: dict[bytes, str] = {}
    for i, entry in enumerate(entries):
        at = f"{where}: validators[{i}]"
        if not isinstance(entry, dict):
            raise ValidatorSetError(f"{at}: must be a table with address and weight")
        extra = set(entry) - {"address", "weight", "name"}
        if extra:
            raise ValidatorSetError(f"{at}: unknown keys {sorted(extra)}")
        address = entry.get("address")
        if not isinstance(address, str) or not address.startswith("0x") or len(address) != 42:
            raise ValidatorSetError(f"{at}.address: must be a 0x-prefixed 20-byte hex address")
        try:
            raw = bytes.fromhex(address[2:])
        except ValueError:
            raise ValidatorSetError(f"{at}.address: not hex: {address}") from None
        if raw in weights:
            raise ValidatorSetError(f"{at}.address: {address} is listed twice")
        weight = entry.get("weight")
        if not isinstance(weight, int) or isinstance(weight, bool) or not 0 < weight <= MAX_WEIGHT:
            raise ValidatorSetError(f"{at}.weight: must be an integer in [1, {MAX_WEIGHT}], got {weight!r}")
        weights[raw] = weight
        if "name" in entry:
            if not isinstance(entry["name"], str):
                raise ValidatorSetError(f"{at}.name: must be a string")
            names[raw] = entry["name"]
    threshold = data.get("threshold", 0)
    total = sum(weights.values())
    if not isinstance(threshold, int) or isinstance(threshold, bool) or not 0 <= threshold < total:
        raise ValidatorSetError(f"{where}: threshold must be an integer in [0, {total}) "
                                f"(the total weight), got {threshold!r}")
    return ValidatorSet(weights, threshold, names)
