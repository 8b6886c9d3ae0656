"""Storage: SLOAD/SSTORE (EIP-2929 access, EIP-2200/3529 pricing and refunds) and the
byte-string pair SLOADBYTES/SSTOREBYTES, each slot of which is priced the same way.

A byte string at `slot` is stored Solidity-like: `slot` holds the byte length, the data
words live at keccak256(slot as 32 bytes) + i. In memory a string is
[32-byte length][data zero-padded to a multiple of 32].
"""

from __future__ import annotations

from vm.errors import OutOfGas, WriteInStaticContext
from vm.gas import (
    G_CALL_STIPEND,
    G_COLD_SLOAD,
    G_COPY,
    G_KECCAK256_WORD,
    G_SRESET,
    G_SSET,
    G_WARM_ACCESS,
    R_SCLEAR,
)
from vm.hashing import keccak as keccak256
from vm.instructions.memory import allocate
from vm.machine import Frame, charge, expand

M = 2**256 - 1


def load_slot(f: Frame, slot: int) -> int:
    """Read a slot, charging 100 warm / 2100 cold."""
    charge(f, G_WARM_ACCESS if f.host.access_storage(f.address, slot) else G_COLD_SLOAD)
    return f.host.get_storage(f.address, slot)


def store_slot(f: Frame, slot: int, new: int) -> None:
    """Write a slot with EIP-2200 + EIP-2929 + EIP-3529 gas and refunds."""
    if f.gas <= G_CALL_STIPEND:
        raise OutOfGas("SSTORE with gas at or below the 2300 stipend")
    host, addr = f.host, f.address
    cost = 0 if host.access_storage(addr, slot) else G_COLD_SLOAD
    current = host.get_storage(addr, slot)
    if current == new:
        charge(f, cost + G_WARM_ACCESS)
        return
    original = host.get_original_storage(addr, slot)
    if original == current:
        cost += G_SSET if original == 0 else G_SRESET
    else:
        cost += G_WARM_ACCESS
    charge(f, cost)
    if original != 0:
        if current != 0 and new == 0:
            f.refund += R_SCLEAR
        elif current == 0:
            f.refund -= R_SCLEAR
    if original == new:
        f.refund += (G_SSET if original == 0 else G_SRESET) - G_WARM_ACCESS
    host.set_storage(addr, slot, new)


def sload(f: Frame, s: list[int], _: object) -> None:
    s[-1] = load_slot(f, s[-1])


def sstore(f: Frame, s: list[int], _: object) -> None:
    value = s.pop()
    slot = s.pop()
    if f.is_static:
        raise WriteInStaticContext("SSTORE in a static call")
    store_slot(f, slot, value)


def data_slot(slot: int) -> int:
    """First data word of the byte string whose length lives at `slot`."""
    return int.from_bytes(keccak256(slot.to_bytes(32, "big")), "big")


def sloadbytes(f: Frame, s: list[int], _: object) -> None:
    slot = s[-1]
    length = load_slot(f, slot)
    charge(f, G_KECCAK256_WORD)
    words = (length + 31) >> 5
    ptr = allocate(f, 32 + length)  # charges the memory expansion first
    charge(f, G_COPY * words)
    base = data_slot(slot)
    chunks = [load_slot(f, (base + i) & M).to_bytes(32, "big") for i in range(words)]
    mem = f.memory
    mem[ptr : ptr + 32] = length.to_bytes(32, "big")
    data = b"".join(chunks)[:length]
    mem[ptr + 32 : ptr + 32 + length] = data
    s[-1] = ptr


def sstorebytes(f: Frame, s: list[int], _: object) -> None:
    offset = s.pop()
    slot = s.pop()
    if f.is_static:
        raise WriteInStaticContext("SSTOREBYTES in a static call")
    if offset + 32 > len(f.memory):
        expand(f, offset + 32)
    mem = f.memory
    length = int.from_bytes(mem[offset : offset + 32], "big")
    words = (length + 31) >> 5
    end = offset + 32 + (words << 5)
    if end > len(mem):
        expand(f, end)
    charge(f, G_KECCAK256_WORD + G_COPY * words)
    data = bytes(mem[offset + 32 : offset + 32 + length]).ljust(words << 5, b"\0")
    old_words = (f.host.get_storage(f.address, slot) + 31) >> 5
    store_slot(f, slot, length)
    base = data_slot(slot)
    for i in range(max(words, old_words)):
        word = int.from_bytes(data[i << 5 : (i + 1) << 5], "big") if i < words else 0
        store_slot(f, (base + i) & M, word)


HANDLERS = {"SLOAD": sload, "SSTORE": sstore, "SLOADBYTES": sloadbytes, "SSTOREBYTES": sstorebytes}
