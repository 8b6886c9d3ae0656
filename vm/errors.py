"""Errors of the Coin VM.

Inside a frame every failure is an exception; `vm.interpreter` turns it into a failed
`Result` in one place, so nothing but results ever leaves `VM.call` / `VM.create`.

* `ExceptionalHalt` subclasses burn all the frame's gas (EVM semantics).
* `Revert` keeps the unused gas and carries the revert data.
* `InvalidCode` is raised by the verifier and the assembler's consumers before code runs.

It is also the one home of the revert-data facts every layer shares: the `Error(string)`
and `Panic(uint256)` selectors, the panic codes and their human reasons.
"""

from __future__ import annotations


class VMError(Exception):
    """Root of every error the VM reports."""


class ExceptionalHalt(VMError):
    """The frame stops abnormally: all its gas is consumed and its effects undone."""


class OutOfGas(ExceptionalHalt):
    pass


class StackUnderflow(ExceptionalHalt):
    pass


class StackOverflow(ExceptionalHalt):
    pass


class InvalidJump(ExceptionalHalt):
    """JUMP/JUMPI to a non-JUMPDEST, or CALLF to something that is not an ENTER."""


class InvalidOpcode(ExceptionalHalt):
    pass


class InvalidLocal(ExceptionalHalt):
    """LGET/LSET of a local variable the current function did not ENTER."""


class WriteInStaticContext(ExceptionalHalt):
    pass


class CallDepthExceeded(ExceptionalHalt):
    pass


class ReturnDataOutOfBounds(ExceptionalHalt):
    pass


class ReturnStackOverflow(ExceptionalHalt):
    pass


class ReturnStackUnderflow(ExceptionalHalt):
    pass


class AddressCollision(ExceptionalHalt):
    """CREATE to an address that already holds code."""


class InternalError(ExceptionalHalt):
    """A bug in the VM itself; reported as a failed frame rather than escaping."""


class InsufficientBalance(VMError):
    """The caller cannot pay the call's value: the call fails but keeps its gas."""


class Revert(VMError):
    """REVERT, PANIC or a failed checked operation: unused gas is kept, `data` returned."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__(f"revert 0x{data.hex()}")
        self.data = data


class InvalidCode(VMError):
    """Bytecode refused by the verifier (or code that is not a container)."""


# -- revert data: Solidity's Error(string) and Panic(uint256), the one home of these facts --

ERROR_SELECTOR = bytes.fromhex("08c379a0")  # keccak("Error(string)")[:4]
PANIC_SELECTOR = bytes.fromhex("4e487b71")  # keccak("Panic(uint256)")[:4]

# Panic codes, as Solidity defines them, so tools decode them.
PANIC_ASSERT = 0x01
PANIC_ARITHMETIC = 0x11
PANIC_DIVISION_BY_ZERO = 0x12
PANIC_CONVERSION = 0x21
PANIC_INDEX = 0x32

PANIC_REASONS: dict[int, str] = {
    PANIC_ASSERT: "assertion failed",
    PANIC_ARITHMETIC: "arithmetic underflow or overflow",
    PANIC_DIVISION_BY_ZERO: "division or modulo by zero",
    PANIC_CONVERSION: "invalid conversion",
    PANIC_INDEX: "array index out of bounds",
}


def panic_data(code: int) -> bytes:
    """ABI encoding of Solidity's `Panic(uint256 code)`."""
    return PANIC_SELECTOR + code.to_bytes(32, "big")


class Panic(Revert):
    """A revert with `Panic(uint256)` data (checked arithmetic, PANIC imm)."""

    def __init__(self, code: int) -> None:
        super().__init__(panic_data(code))
        self.code = code
