"""Instruction handlers grouped by concern; `HANDLERS` maps every mnemonic of
`vm.opcodes.OPCODES` to its handler."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vm.instructions import arithmetic, bitwise, control, environment, memory, storage, system
from vm.opcodes import OPCODES

Handler = Callable[[Any, list[int], Any], "int | None"]

HANDLERS: dict[str, Handler] = {}
for _module in (arithmetic, bitwise, control, environment, memory, storage, system):
    HANDLERS.update(_module.HANDLERS)

_missing = {op.mnemonic for op in OPCODES} - HANDLERS.keys()
assert not _missing, f"opcodes without a handler: {sorted(_missing)}"
