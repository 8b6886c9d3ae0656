"""What the protocol needs of blocks: parent links and heights. The node's chain will adapt to it."""

from __future__ import annotations

from typing import Protocol


class BlockTree(Protocol):
    """A tree of blocks by hash, rooted at a genesis block whose parent is None."""

    root: bytes

    def parent(self, block: bytes) -> bytes | None: ...

    def height(self, block: bytes) -> int: ...

    def __contains__(self, block: object) -> bool: ...

    def children(self, block: bytes) -> list[bytes]: ...


class MemoryBlockTree:
    """An in-memory block tree with binary-lifting ancestor jumps (ancestry tests in O(log depth))."""

    def __init__(self, root: bytes) -> None:
        self.root = root
        self._parent: dict[bytes, bytes | None] = {root: None}
        self._height: dict[bytes, int] = {root: 0}
        self._jumps: dict[bytes, list[bytes]] = {root: []}
        self._children: dict[bytes, list[bytes]] = {root: []}

    def add(self, block: bytes, parent: bytes) -> None:
        if block in self._parent:
            raise ValueError(f"block {block.hex()[:12]} is already in the tree")
        if parent not in self._parent:
            raise ValueError(f"parent {parent.hex()[:12]} is unknown")
        self._parent[block] = parent
        self._height[block] = self._height[parent] + 1
        jumps = [parent]
        while len(self._jumps[jumps[-1]]) >= len(jumps):
            jumps.append(self._jumps[jumps[-1]][len(jumps) - 1])
        self._jumps[block] = jumps
        self._children[block] = []
        self._children[parent].append(block)

    def parent(self, block: bytes) -> bytes | None:
        return self._parent[block]

    def height(self, block: bytes) -> int:
        return self._height[block]

    def children(self, block: bytes) -> list[bytes]:
        return self._children[block]

    def __contains__(self, block: object) -> bool:
        return block in self._parent

    def __len__(self) -> int:
        return len(self._parent)

    def ancestor_at(self, block: bytes, height: int) -> bytes:
        """The ancestor of `block` at `height` (the block itself at its own height)."""
        climb = self._height[block] - height
        if climb < 0:
            raise ValueError("height above the block")
        k = 0
        while climb:
            if climb & 1:
                block = self._jumps[block][k]
            climb >>= 1
            k += 1
        return block


def is_ancestor(tree: BlockTree, ancestor: bytes, block: bytes) -> bool:
    """True when `ancestor` is `block` or lies on its path to the root."""
    target = tree.height(ancestor)
    if tree.height(block) < target:
        return False
    at = getattr(tree, "ancestor_at", None)
    if at is not None:
        return at(block, target) == ancestor
    while tree.height(block) > target:
        block = tree.parent(block)  # type: ignore[assignment]
    return block == ancestor
