"""Stage 3: `checked` contract -> `assembly` (one instruction list per code section, each
instruction tagged with the span it came from).

Calling convention. Every function body, public or not, is an internal function: its
arguments are pushed in order (structs flattened), `CALLF` enters it, its `ENTER n`
allocates its locals, it pops the arguments into locals, and `RETF` leaves the return
value's words on the stack. Public functions are reached from the dispatcher, which
decodes calldata (Ethereum ABI), calls the body and encodes the result.

Memory. Bytes [0, 64) are scratch space for map-slot hashing; everything else is taken
with `MALLOC` and never freed (a call's memory dies with its frame).

Storage. Variables take consecutive slots in declaration order (bases first); a struct
takes one slot per leaf field; `map<K, V>` element `k` lives at keccak(k . slot), exactly
as in Solidity, so storage proofs and `eth_getStorageAt` read the same way.

The generator is split by concern, as vyper's `codegen/` is: `emitter` (the instruction
stream), `dispatch`, `abi`, `statements`, `expressions`, `builtins` (mixins of one
`Generator` per section) and `peephole`.
"""

from __future__ import annotations

from dataclasses import dataclass

from lang.checked import CheckedContract
from lang.codegen.abi import AbiCoding
from lang.codegen.arrays import Arrays
from lang.codegen.builtins import Builtins
from lang.codegen.dispatch import Dispatch, reachable
from lang.codegen.emitter import DataPool, Section
from lang.codegen.expressions import Expressions
from lang.codegen.peephole import peephole
from lang.codegen.statements import Statements

__all__ = ["ContractAssembly", "Generator", "Section", "generate", "peephole"]


class Generator(Dispatch, AbiCoding, Statements, Expressions, Builtins, Arrays):
    """Generates one code section of a contract."""


@dataclass
class ContractAssembly:
    runtime: Section
    init: Section
    data: bytes


def generate(contract: CheckedContract, optimize: bool = True) -> ContractAssembly:
    """Assembly of both sections and the shared data section.

    `optimize` turns on the emission orders that save stack shuffles and the peephole
    pass; the tests compare both settings."""
    data = DataPool()
    runtime = Generator(contract, data, optimize)
    runtime.entry(False, reachable(contract, [f for f in contract.functions.values() if f.is_pub]))
    init = Generator(contract, data, optimize)
    init.entry(True, reachable(contract, [contract.init] if contract.init else []))
    if optimize:
        peephole(runtime.section)
        peephole(init.section)
    return ContractAssembly(runtime.section, init.section, bytes(data.blob))
