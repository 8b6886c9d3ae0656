"""Byte-addressed memory: loads, stores, copies and MALLOC's bump allocator."""

from __future__ import annotations

from vm.machine import Frame, copy_cost, expand, touch


def mload(f: Frame, s: list[int], _: object) -> None:
    off = s[-1]
    end = off + 32
    mem = f.memory
    if end > len(mem):
        expand(f, end)
    s[-1] = int.from_bytes(mem[off:end], "big")


def mstore(f: Frame, s: list[int], _: object) -> None:
    value = s.pop()
    off = s.pop()
    end = off + 32
    mem = f.memory
    if end > len(mem):
        expand(f, end)
    mem[off:end] = value.to_bytes(32, "big")


def mstore8(f: Frame, s: list[int], _: object) -> None:
    value = s.pop()
    off = s.pop()
    if off >= len(f.memory):
        expand(f, off + 1)
    f.memory[off] = value & 0xFF


def msize(f: Frame, s: list[int], _: object) -> None:
    s.append(len(f.memory))


def mcopy(f: Frame, s: list[int], _: object) -> None:
    size = s.pop()
    src = s.pop()
    dest = s.pop()
    if not size:
        return
    copy_cost(f, size)
    touch(f, max(src, dest), size)
    mem = f.memory
    mem[dest : dest + size] = mem[src : src + size]


def allocate(f: Frame, size: int) -> int:
    """Bump-allocate a zeroed, 32-byte aligned region; memory growth is charged here."""
    ptr = f.free
    end = ptr + ((size + 31) & ~31)
    mem = f.memory
    old = len(mem)
    if end > old:
        expand(f, end)  # the bytes from `old` on are new, hence zero
        if ptr < old:
            mem[ptr:old] = bytes(old - ptr)
    else:
        mem[ptr:end] = bytes(end - ptr)
    f.free = end
    return ptr


def malloc(f: Frame, s: list[int], _: object) -> None:
    s[-1] = allocate(f, s[-1])


def pop(f: Frame, s: list[int], _: object) -> None:
    s.pop()


HANDLERS = {
    "MLOAD": mload, "MSTORE": mstore, "MSTORE8": mstore8, "MSIZE": msize, "MCOPY": mcopy,
    "MALLOC": malloc, "POP": pop,
}
