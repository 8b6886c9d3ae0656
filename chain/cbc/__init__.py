"""Casper CBC finality: messages, their store, the LMD-GHOST estimator and safety oracles.

Pure protocol code: it knows blocks only through the `BlockTree` interface (parent links),
so the simulator's in-memory tree and, later, the node's chain plug in the same way.
See docs/consensus.md.
"""
