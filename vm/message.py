"""What goes into a message call and what comes out of it.

`Message` and `Result` are the VM's interface to its callers (the chain's executor, the
test hosts, CALL inside the VM itself), so they live apart from the interpreter: a
handler that makes a call builds a `Message` without importing the frame loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from vm.errors import VMError


@dataclass(frozen=True, slots=True)
class Message:
    caller: bytes
    to: bytes
    value: int
    data: bytes
    gas: int
    is_static: bool = False
    depth: int = 0


@dataclass(frozen=True, slots=True)
class Result:
    success: bool
    gas_left: int
    gas_refund: int
    output: bytes
    error: VMError | None
    created: bytes | None = None
    # (code address, "runtime" | "init", pc) of the innermost failing frame
    error_pc: tuple[bytes, str, int] | None = None
