"""The opcode table: the single source of truth for every fact about an instruction of
the Coin VM: code, mnemonic, immediate bytes and operand kind, stack effect, static gas,
control flow (halts, transfers, branches, block boundaries), whether `vm.blocks`
compiles it inline, and the handler that runs it (bound in the row, as py-evm's tables
bind theirs).

The interpreter, the analysis, the block compiler, the verifier, the assembler, the
disassembler and the gas table in the docs are all derived from `OPCODES`.

Conventions
-----------
* Words are unsigned 256-bit integers. Signed operations read them as two's complement.
* Operand order is *source order*: for an instruction documented as ``OP(a, b, c)`` the
  compiler pushes ``a`` first and ``c`` last, so ``c`` is on top of the stack. This differs
  from the EVM (where the first operand is on top) and keeps code generation direct:
  ``x - y`` is ``<x> <y> SUB``.
* Codes follow the EVM's numbering where the instruction has an EVM twin; Coin-only
  instructions live in ``0xB0-0xCF`` which the EVM leaves unused.
* ``gas`` is the static part, charged before the instruction runs; instructions marked
  ``dynamic`` charge more in their handler (memory expansion, cold access, copy words...).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from vm import gas as g
from vm.instructions import HANDLERS, Handler

# What a handler receives as its third argument, decided once by `vm.analysis`:
#   none  nothing (None)              push  the big-endian immediate (PUSH0: `arg`, 0)
#   dup   `arg` = n, the depth copied swap  `arg` = n + 1, the depth exchanged
#   pc    the instruction's own offset byte  its 1-byte immediate (locals, PANIC code)
#   u16   a 16-bit code offset, resolved to (index of its ENTER, index after the CALLF)
Operand = Literal["none", "push", "dup", "swap", "pc", "byte", "u16"]


@dataclass(frozen=True, slots=True)
class Op:
    code: int
    mnemonic: str
    immediate: int  # bytes of immediate data following the opcode
    pops: int
    pushes: int
    gas: int  # static gas, charged before the operation
    dynamic: bool  # the handler charges more (see `doc`)
    doc: str
    operand: Operand = "none"
    arg: int | None = None  # the fixed operand of DUPn / SWAPn / PUSH0
    halts: bool = False  # never falls through: the frame ends (Halt, Revert or a fault)
    transfers: bool = False  # always returns the index to continue at (JUMP, CALLF, RETF)
    branches: bool = False  # returns the index to continue at, or None to fall through
    reads_gas: bool = False  # observes the gas left, so the block's gas must be exact
    panics: bool = False  # may revert with Panic data, which keeps the unused gas
    starts_block: bool = False  # a jump or CALLF target
    template: bool = False  # `vm.blocks` compiles it inline (not through the handler)
    handler: Handler | None = None  # bound from `vm.instructions` when the table is built

    @property
    def ends_block(self) -> bool:
        """The instruction closes its basic block. A block's static gas is charged up front,
        which is exact only if nothing in the block observes gas or can leave the frame
        keeping gas before its end (see `vm.analysis`)."""
        return self.halts or self.transfers or self.branches or self.reads_gas or self.panics


def _ops() -> list[Op]:
    table: list[Op] = [
        Op(0x00, "STOP", 0, 0, 0, g.G_ZERO, False, "halt successfully with no output", halts=True),
        # -- arithmetic (wrapping, EVM semantics) --
        Op(0x01, "ADD", 0, 2, 1, g.G_VERYLOW, False, "ADD(a, b) = (a + b) mod 2**256", template=True),
        Op(0x02, "MUL", 0, 2, 1, g.G_LOW, False, "MUL(a, b) = (a * b) mod 2**256", template=True),
        Op(0x03, "SUB", 0, 2, 1, g.G_VERYLOW, False, "SUB(a, b) = (a - b) mod 2**256", template=True),
        Op(0x04, "DIV", 0, 2, 1, g.G_LOW, False, "DIV(a, b) = a // b, 0 if b == 0", template=True),
        Op(0x05, "SDIV", 0, 2, 1, g.G_LOW, False, "signed division truncating toward zero, 0 if b == 0",
           template=True),
        Op(0x06, "MOD", 0, 2, 1, g.G_LOW, False, "MOD(a, b) = a % b, 0 if b == 0", template=True),
        Op(0x07, "SMOD", 0, 2, 1, g.G_LOW, False, "signed remainder (sign of a), 0 if b == 0",
           template=True),
        Op(0x0A, "EXP", 0, 2, 1, g.G_EXP, True, "EXP(a, b) = a**b mod 2**256; +50 gas per byte of b"),
        Op(0x0B, "SIGNEXTEND", 0, 2, 1, g.G_LOW, False, "SIGNEXTEND(b, x): extend the sign of byte b of x",
           template=True),
        # -- comparison and bitwise --
        Op(0x10, "LT", 0, 2, 1, g.G_VERYLOW, False, "LT(a, b) = 1 if a < b else 0", template=True),
        Op(0x11, "GT", 0, 2, 1, g.G_VERYLOW, False, "GT(a, b) = 1 if a > b else 0", template=True),
        Op(0x12, "SLT", 0, 2, 1, g.G_VERYLOW, False, "signed a < b", template=True),
        Op(0x13, "SGT", 0, 2, 1, g.G_VERYLOW, False, "signed a > b", template=True),
        Op(0x14, "EQ", 0, 2, 1, g.G_VERYLOW, False, "EQ(a, b) = 1 if a == b else 0", template=True),
        Op(0x15, "ISZERO", 0, 1, 1, g.G_VERYLOW, False, "ISZERO(a) = 1 if a == 0 else 0", template=True),
        Op(0x16, "AND", 0, 2, 1, g.G_VERYLOW, False, "bitwise and", template=True),
        Op(0x17, "OR", 0, 2, 1, g.G_VERYLOW, False, "bitwise or", template=True),
        Op(0x18, "XOR", 0, 2, 1, g.G_VERYLOW, False, "bitwise xor", template=True),
        Op(0x19, "NOT", 0, 1, 1, g.G_VERYLOW, False, "bitwise not", template=True),
        Op(0x1A, "BYTE", 0, 2, 1, g.G_VERYLOW, False, "BYTE(i, x): byte i of x, 0 = most significant",
           template=True),
        Op(0x1B, "SHL", 0, 2, 1, g.G_VERYLOW, False, "SHL(x, n) = (x << n) mod 2**256", template=True),
        Op(0x1C, "SHR", 0, 2, 1, g.G_VERYLOW, False, "SHR(x, n) = x >> n (logical)", template=True),
        Op(0x1D, "SAR", 0, 2, 1, g.G_VERYLOW, False, "SAR(x, n) = x >> n (arithmetic)", template=True),
        Op(0x20, "KECCAK256", 0, 2, 1, g.G_KECCAK256, True,
           "KECCAK256(offset, size): keccak-256 of memory; +6 gas per word + memory expansion",
           template=True),
        # -- environment --
        Op(0x30, "ADDRESS", 0, 0, 1, g.G_BASE, False, "address of the running contract", template=True),
        Op(0x31, "BALANCE", 0, 1, 1, g.G_ZERO, True, "BALANCE(addr); 100 warm / 2600 cold"),
        Op(0x32, "ORIGIN", 0, 0, 1, g.G_BASE, False, "transaction origin"),
        Op(0x33, "CALLER", 0, 0, 1, g.G_BASE, False, "msg.sender", template=True),
        Op(0x34, "CALLVALUE", 0, 0, 1, g.G_BASE, False, "msg.value", template=True),
        Op(0x35, "CALLDATALOAD", 0, 1, 1, g.G_VERYLOW, False,
           "CALLDATALOAD(offset): 32 bytes of calldata, zero-padded past the end",
           template=True),
        Op(0x36, "CALLDATASIZE", 0, 0, 1, g.G_BASE, False, "size of calldata", template=True),
        Op(0x37, "CALLDATACOPY", 0, 3, 0, g.G_VERYLOW, True,
           "CALLDATACOPY(dest, offset, size); +3 per word + memory expansion"),
        Op(0x3A, "GASPRICE", 0, 0, 1, g.G_BASE, False, "effective gas price of the transaction"),
        Op(0x3B, "EXTCODESIZE", 0, 1, 1, g.G_ZERO, True, "EXTCODESIZE(addr); 100 warm / 2600 cold"),
        Op(0x3D, "RETURNDATASIZE", 0, 0, 1, g.G_BASE, False, "size of the last call's output"),
        Op(0x3E, "RETURNDATACOPY", 0, 3, 0, g.G_VERYLOW, True,
           "RETURNDATACOPY(dest, offset, size); reading past the end halts; +3/word + expansion"),
        Op(0x41, "COINBASE", 0, 0, 1, g.G_BASE, False, "block miner"),
        Op(0x42, "TIMESTAMP", 0, 0, 1, g.G_BASE, False, "block timestamp (seconds)"),
        Op(0x43, "NUMBER", 0, 0, 1, g.G_BASE, False, "block number"),
        Op(0x45, "GASLIMIT", 0, 0, 1, g.G_BASE, False, "block gas limit"),
        Op(0x46, "CHAINID", 0, 0, 1, g.G_BASE, False, "chain id"),
        Op(0x47, "SELFBALANCE", 0, 0, 1, g.G_LOW, False, "balance of the running contract"),
        Op(0x48, "BASEFEE", 0, 0, 1, g.G_BASE, False, "block base fee"),
        # -- stack, memory, storage, flow --
        Op(0x50, "POP", 0, 1, 0, g.G_BASE, False, "discard the top word", template=True),
        Op(0x51, "MLOAD", 0, 1, 1, g.G_VERYLOW, True, "MLOAD(offset); + memory expansion",
           template=True),
        Op(0x52, "MSTORE", 0, 2, 0, g.G_VERYLOW, True, "MSTORE(offset, value); + memory expansion",
           template=True),
        Op(0x53, "MSTORE8", 0, 2, 0, g.G_VERYLOW, True, "MSTORE8(offset, value); + memory expansion"),
        Op(0x54, "SLOAD", 0, 1, 1, g.G_ZERO, True, "SLOAD(slot); 100 warm / 2100 cold", template=True),
        Op(0x55, "SSTORE", 0, 2, 0, g.G_ZERO, True,
           "SSTORE(slot, value); EIP-2200/2929/3529 pricing and refunds; forbidden in static context",
           reads_gas=True),
        Op(0x56, "JUMP", 0, 1, 0, g.G_MID, False, "JUMP(dest); dest must be a JUMPDEST",
           transfers=True, template=True),
        Op(0x57, "JUMPI", 0, 2, 0, g.G_HIGH, False, "JUMPI(dest, cond): jump if cond != 0",
           branches=True, template=True),
        Op(0x58, "PC", 0, 0, 1, g.G_BASE, False, "offset of this instruction", operand="pc", template=True),
        Op(0x59, "MSIZE", 0, 0, 1, g.G_BASE, False, "size of memory in bytes", template=True),
        Op(0x5A, "GAS", 0, 0, 1, g.G_BASE, False, "gas left after this instruction", reads_gas=True),
        Op(0x5B, "JUMPDEST", 0, 0, 0, g.G_JUMPDEST, False, "a valid jump target",
           starts_block=True, template=True),
        Op(0x5E, "MCOPY", 0, 3, 0, g.G_VERYLOW, True, "MCOPY(dest, src, size); +3/word + expansion"),
        Op(0x5F, "PUSH0", 0, 0, 1, g.G_BASE, False, "push 0", operand="push", arg=0, template=True),
    ]
    for n in range(1, 33):
        table.append(Op(0x5F + n, f"PUSH{n}", n, 0, 1, g.G_VERYLOW, False,
                        f"push the {n}-byte big-endian immediate", operand="push", template=True))
    for n in range(1, 17):
        table.append(Op(0x7F + n, f"DUP{n}", 0, n, n + 1, g.G_VERYLOW, False,
                        f"duplicate the {n}th word from the top", operand="dup", arg=n, template=True))
    for n in range(1, 17):
        table.append(Op(0x8F + n, f"SWAP{n}", 0, n + 1, n + 1, g.G_VERYLOW, False,
                        f"swap the top word with the {n + 1}th", operand="swap", arg=n + 1,
                        template=True))
    for n in range(5):
        table.append(Op(0xA0 + n, f"LOG{n}", 0, 2 + n, 0, g.G_LOG + n * g.G_LOG_TOPIC, True,
                        f"LOG{n}(offset, size{', topic1' if n else ''}{'..topic' + str(n) if n > 1 else ''}):"
                        " +8 gas per byte + memory expansion; forbidden in static context"))
    table += [
        # -- Coin extensions: frames for internal functions (like EOF's CALLF/RETF) --
        Op(0xB0, "LGET", 1, 0, 1, g.G_VERYLOW, False, "push local variable #imm of the current function",
           operand="byte", template=True),
        Op(0xB1, "LSET", 1, 1, 0, g.G_VERYLOW, False, "pop into local variable #imm", operand="byte",
           template=True),
        Op(0xB2, "ENTER", 1, 0, 0, g.G_BASE, False,
           "start a function body: give it imm fresh zeroed locals (the caller's are kept)",
           operand="byte", starts_block=True, template=True),
        Op(0xB3, "CALLF", 2, 0, 0, g.G_CALLF, False,
           "call the internal function whose ENTER is at code offset imm (16-bit); arguments stay on the stack",
           operand="u16", transfers=True),
        Op(0xB4, "RETF", 0, 0, 0, g.G_RETF, False,
           "return from an internal function: restore the caller's locals and continue after its CALLF",
           transfers=True),
        # -- Coin extensions: memory allocation and byte strings in storage --
        Op(0xB5, "MALLOC", 0, 1, 1, g.G_VERYLOW, True,
           "MALLOC(size): push the offset of a fresh, zeroed, 32-byte aligned region; + memory expansion",
           template=True),
        Op(0xB6, "SLOADBYTES", 0, 1, 1, g.G_KECCAK256, True,
           "SLOADBYTES(slot): read a byte string stored at slot (length in slot, data from keccak(slot))"
           " into fresh memory as [length word][data]; push its offset; each slot read priced as SLOAD"
           " + 6 per word hashed + memory expansion"),
        Op(0xB7, "SSTOREBYTES", 0, 2, 0, g.G_KECCAK256, True,
           "SSTOREBYTES(slot, offset): store the [length][data] string at memory offset; each slot"
           " written priced as SSTORE; forbidden in static context",
           reads_gas=True),
        Op(0xB8, "DATACOPY", 0, 3, 0, g.G_VERYLOW, True,
           "DATACOPY(dest, offset, size): copy from the code's data section, zero-padded;"
           " +3/word + expansion (like CODECOPY)"),
        # -- Coin extensions: Ethereum's precompiles 0x01 and 0x02, priced as those --
        Op(0xB9, "ECRECOVER", 0, 4, 1, g.G_ECRECOVER, False,
           "ECRECOVER(hash, v, r, s): the signer's address, or 0 for an invalid signature"
           " (v not 27/28, r or s outside [1, n), no such point); as precompile 0x01"),
        Op(0xBA, "SHA256", 0, 2, 1, g.G_SHA256, True,
           "SHA256(offset, size): SHA-256 of memory; +12 gas per word + memory expansion;"
           " as precompile 0x02"),
        # -- Coin extensions: checked arithmetic (revert with Panic(0x11) / Panic(0x12)) --
        Op(0xC0, "CADD", 0, 2, 1, g.G_VERYLOW, False, "a + b; Panic(0x11) on overflow",
           panics=True, template=True),
        Op(0xC1, "CSUB", 0, 2, 1, g.G_VERYLOW, False, "a - b; Panic(0x11) on underflow",
           panics=True, template=True),
        Op(0xC2, "CMUL", 0, 2, 1, g.G_LOW, False, "a * b; Panic(0x11) on overflow",
           panics=True, template=True),
        Op(0xC3, "CDIV", 0, 2, 1, g.G_LOW, False, "a // b; Panic(0x12) if b == 0",
           panics=True, template=True),
        Op(0xC4, "CMOD", 0, 2, 1, g.G_LOW, False, "a % b; Panic(0x12) if b == 0", panics=True, template=True),
        Op(0xC5, "CEXP", 0, 2, 1, g.G_EXP, True, "a ** b; Panic(0x11) on overflow; +50 per byte of b",
           panics=True),
        Op(0xC6, "SCADD", 0, 2, 1, g.G_VERYLOW, False, "signed a + b; Panic(0x11) outside int256",
           panics=True),
        Op(0xC7, "SCSUB", 0, 2, 1, g.G_VERYLOW, False, "signed a - b; Panic(0x11) outside int256",
           panics=True),
        Op(0xC8, "SCMUL", 0, 2, 1, g.G_LOW, False, "signed a * b; Panic(0x11) outside int256",
           panics=True),
        Op(0xC9, "SCDIV", 0, 2, 1, g.G_LOW, False,
           "signed a / b truncating toward zero; Panic(0x12) if b == 0, Panic(0x11) for MIN / -1",
           panics=True),
        Op(0xCA, "SCMOD", 0, 2, 1, g.G_LOW, False, "signed remainder (sign of a); Panic(0x12) if b == 0",
           panics=True),
        Op(0xCB, "SCEXP", 0, 2, 1, g.G_EXP, True,
           "signed a ** b (b read as unsigned); Panic(0x11) outside int256; +50 per byte of b",
           panics=True),
        Op(0xCC, "SCNEG", 0, 1, 1, g.G_VERYLOW, False, "signed -a; Panic(0x11) for MIN", panics=True),
        Op(0xCD, "MULDIV", 0, 3, 1, g.G_MID, False,
           "MULDIV(a, b, c) = a * b // c with a 512-bit intermediate; Panic(0x12) if c == 0,"
           " Panic(0x11) if the result does not fit 256 bits",
           panics=True),
        Op(0xCE, "PANIC", 1, 0, 0, g.G_ZERO, False,
           "revert with Panic(uint256 imm) data, keeping unused gas",
           operand="byte", halts=True),
        # -- calls and halting --
        Op(0xF1, "CALL", 0, 7, 1, g.G_ZERO, True,
           "CALL(gas, to, value, in_offset, in_size, out_offset, out_size) -> success;"
           " EIP-2929 access + 9000 with value (+25000 to an empty account) + expansion;"
           " 63/64 rule; +2300 stipend to the callee with value",
           reads_gas=True),
        Op(0xF3, "RETURN", 0, 2, 0, g.G_ZERO, True, "RETURN(offset, size): halt with output",
           halts=True),
        Op(0xFA, "STATICCALL", 0, 6, 1, g.G_ZERO, True,
           "STATICCALL(gas, to, in_offset, in_size, out_offset, out_size) -> success;"
           " the callee cannot write state",
           reads_gas=True),
        Op(0xFD, "REVERT", 0, 2, 0, g.G_ZERO, True,
           "REVERT(offset, size): undo the frame's effects, keep unused gas, return the data",
           halts=True),
        Op(0xFE, "INVALID", 0, 0, 0, g.G_ZERO, False, "designated invalid instruction: halts",
           halts=True),
    ]
    return table


def _bind(table: list[Op]) -> tuple[Op, ...]:
    """Bind each row to its handler; every opcode has exactly one, and no handler is spare."""
    names = {op.mnemonic for op in table}
    missing = names - HANDLERS.keys()
    assert not missing, f"opcodes without a handler: {sorted(missing)}"
    spare = HANDLERS.keys() - names
    assert not spare, f"handlers without an opcode: {sorted(spare)}"
    return tuple(replace(op, handler=HANDLERS[op.mnemonic]) for op in table)


OPCODES: tuple[Op, ...] = _bind(_ops())
BY_CODE: dict[int, Op] = {op.code: op for op in OPCODES}
BY_MNEMONIC: dict[str, Op] = {op.mnemonic: op for op in OPCODES}
# PUSH_BY_SIZE[n] is PUSHn: the assembler picks the shortest encoding of a value.
PUSH_BY_SIZE: tuple[Op, ...] = tuple(
    sorted((op for op in OPCODES if op.operand == "push"), key=lambda op: op.immediate)
)

assert len(BY_CODE) == len(OPCODES), "duplicate opcode"
assert len(BY_MNEMONIC) == len(OPCODES), "duplicate mnemonic"
assert [op.immediate for op in PUSH_BY_SIZE] == list(range(33)), "PUSH0..PUSH32"
