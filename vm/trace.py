"""The interface a tracer implements to watch the VM run (debug_trace*, coinc trace).

A `VM` built with `tracer=` runs every frame on the traced loop
(`vm.interpreter._run_traced`): the same handlers in the same order as the stepping
interpreter, block headers included, so the gas charged is identical to an untraced run
(tests/vm/test_trace.py checks it). What the tracer sees is per instruction as the EVM
would charge it: `gas` is what is left before the instruction, counting the static gas
its block header has charged in advance for it and the instructions after it, and
`cost` is its static gas plus whatever its handler charged (for CALL: the gas the callee
used). A tracer must not change the frame.

Message calls and creations are reported with `enter` / `exit` (the top-level one too),
logs with `log`, in execution order.
"""

from __future__ import annotations

from typing import Any

from vm.errors import VMError
from vm.machine import Frame
from vm.message import Result
from vm.opcodes import Op

__all__ = ["Tracer", "TraceAbort"]


class TraceAbort(Exception):
    """Raised by a tracer to stop the run (its output grew past a bound). The traced loop
    lets it through every frame, so it reaches the caller of `VM.call` / `VM.create`;
    the state is then mid-transaction and must be thrown away or reverted."""


class Tracer:
    """Does nothing; subclasses override what they need. `steps` False skips the
    per-instruction hooks (a call tree needs only enter/exit/log), which keeps the
    frame on the untraced loop and so costs nothing per instruction."""

    steps: bool = True

    def enter(self, kind: str, caller: bytes, to: bytes, value: int, data: bytes, gas: int,
              depth: int) -> None:
        """A message call ("CALL", "STATICCALL") or creation ("CREATE") starts."""

    def exit(self, result: Result, depth: int) -> None:
        """The call or creation last entered at `depth` ends with `result`."""

    def step(self, f: Frame, index: int, pc: int, op: Op, gas: int) -> Any:
        """An instruction is about to run; the value returned is handed to `done`."""

    def done(self, record: Any, f: Frame, cost: int, error: VMError | None) -> None:
        """The instruction of `record` ran (or failed with `error`), costing `cost`."""

    def log(self, address: bytes, topics: tuple[int, ...], data: bytes, depth: int) -> None:
        """A LOG instruction of the frame at `depth` succeeded."""
