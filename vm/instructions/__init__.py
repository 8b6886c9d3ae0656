"""Instruction handlers grouped by concern; `HANDLERS` maps each mnemonic to its handler.

`vm.opcodes` binds every row of the table to its handler from here (and checks that no
opcode lacks one and no handler is spare), so this package does not import the table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vm.instructions import (
    arithmetic,
    bitwise,
    control,
    crypto,
    environment,
    memory,
    storage,
    system,
)

Handler = Callable[[Any, list[int], Any], "int | None"]

HANDLERS: dict[str, Handler] = {}
for _module in (arithmetic, bitwise, control, crypto, environment, memory, storage, system):
    HANDLERS.update(_module.HANDLERS)
