"""The estimator: LMD-GHOST over the block tree, weighted by the latest honest messages."""

from __future__ import annotations

from collections.abc import Mapping

from chain.cbc.blocktree import BlockTree


def lmd_ghost(tree: BlockTree, votes: Mapping[bytes, int], start: bytes | None = None) -> bytes:
    """From `start` (the root by default) step to the child whose subtree holds the most vote
    weight, until no child holds any; ties go to the smaller block hash, so every honest
    validator with the same votes picks the same head. `votes` maps a block to the weight of
    the latest messages whose value it is; votes outside `start`'s subtree do not count."""
    block = tree.root if start is None else start
    base = tree.height(block)
    subtree: dict[bytes, int] = {}
    for voted, weight in votes.items():
        if weight <= 0 or voted not in tree:
            continue
        b = voted
        path = []
        while tree.height(b) > base:
            path.append(b)
            b = tree.parent(b)  # type: ignore[assignment]
        if b != block:
            continue
        for p in path:
            subtree[p] = subtree.get(p, 0) + weight
    while True:
        best = None
        best_weight = 0
        for child in tree.children(block):
            w = subtree.get(child, 0)
            if w > best_weight or (w == best_weight and w > 0 and best is not None and child < best):
                best, best_weight = child, w
        if best is None:
            return block
        block = best
