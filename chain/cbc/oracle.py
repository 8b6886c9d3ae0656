"""Safety oracles: when may a validator call a block final for fault-tolerance threshold t?

Clique oracle (Zamfir et al., as in ethereum/cbc-casper's clique_oracle): in view V, for
candidate block B, let A be the non-equivocating validators whose latest message in V has a
value in B's subtree ("agrees with B"). Validators v1, v2 in A are joined by an edge when
  * v1's latest message justifies a message of v2 that agrees with B, and vice versa, and
  * V holds no message of v2 at or after the one v1 has seen that disagrees with B, and
    vice versa (no "free" message that could change the other's estimate).
With C the heaviest clique of that graph and W the total weight, B is final when
    2 * weight(C) - W > t,   i.e.   weight(C) > (W + t) / 2.
Then no view reachable with at most t equivocating weight has an estimate outside B's subtree.

The exact heaviest clique is NP-hard (Bron-Kerbosch below, exponential in the worst case);
`greedy` builds one clique by descending weight in O(n^2): its weight is a lower bound of the
heaviest clique's, so it may miss finality but never claims it wrongly. The clique oracle runs
greedy first and searches exactly only when greedy's clique is too light; a search cut at its
step budget keeps the heaviest real clique found, so it too errs only towards "not yet final". (The reference's
Turán oracle lower-bounds the clique *size* from the edge count and then takes the heaviest
validators, who need not form a clique; with unequal weights that overstates safety, so it is
not offered here.)
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from chain.cbc.blocktree import is_ancestor
from chain.cbc.store import View, _bits

ORACLES = ("clique", "greedy")
DEFAULT_CLIQUE_STEPS = 200_000


@dataclass(frozen=True)
class OracleResult:
    safe: bool
    clique: frozenset[bytes]
    clique_weight: int
    fault_tolerance: int  # 2 * clique weight - total; B survives any equivocating weight below it
    steps: int  # search nodes the clique search visited
    exhausted: bool  # the exact search hit its step budget (the clique is then a lower bound)
    seconds: float


def agreement_graph(view: View, block: bytes) -> tuple[list[bytes], dict[bytes, int]]:
    """Validators agreeing with `block` and, for each, the bitset (over that list) of its neighbours."""
    idx = view.index
    tree = idx.tree
    excluded = view.equivocators()
    agreeing: list[bytes] = []
    latest: dict[bytes, int] = {}
    suffix: dict[bytes, int] = {}  # lowest sequence from which all the validator's messages agree
    for validator in idx.validators.weights:
        if validator in excluded:
            continue
        n = view.latest(validator)
        if n is None or not is_ancestor(tree, block, idx.messages[n].value):
            continue
        agreeing.append(validator)
        latest[validator] = n
        start = idx.messages[n].sequence
        chain = view.mask & idx.by_validator[validator]
        chain ^= 1 << n
        while chain:
            m = chain.bit_length() - 1
            chain ^= 1 << m
            if not is_ancestor(tree, block, idx.messages[m].value):
                break
            start = idx.messages[m].sequence
        suffix[validator] = start
    position = {v: i for i, v in enumerate(agreeing)}
    seen: dict[tuple[bytes, bytes], bool] = {}
    for v1 in agreeing:
        closure = idx.closure[latest[v1]]
        for v2 in agreeing:
            if v2 is v1:
                continue
            m = idx.latest(closure, v2)
            seen[v1, v2] = m is not None and idx.messages[m].sequence >= suffix[v2]
    neighbours = {v: 0 for v in agreeing}
    for v1 in agreeing:
        for v2 in agreeing:
            if v1 != v2 and seen[v1, v2] and seen[v2, v1]:
                neighbours[v1] |= 1 << position[v2]
    return agreeing, neighbours


def heaviest_clique(weights: list[int], neighbours: list[int], max_steps: int,
                    start: tuple[int, int] = (0, 0)) -> tuple[int, int, int, bool]:
    """Bron-Kerbosch with pivoting and a weight bound: (clique bitset, weight, steps, exhausted).
    `start` is a known clique (e.g. the greedy one): it tightens the bound from the first step, and
    a search cut at `max_steps` returns at least it."""
    best = list(start)
    steps = [0]
    exhausted = [False]

    def weight_of(bits: int) -> int:
        return sum(weights[i] for i in _bits(bits))

    def expand(r: int, r_weight: int, p: int, x: int) -> None:
        steps[0] += 1
        if steps[0] > max_steps:
            exhausted[0] = True
            return
        if r_weight > best[1]:
            best[0], best[1] = r, r_weight
        if not p:
            return
        if r_weight + weight_of(p) <= best[1]:
            return
        pivot = max(_bits(p | x), key=lambda u: (neighbours[u] & p).bit_count())
        for v in list(_bits(p & ~neighbours[pivot])):
            if exhausted[0]:
                return
            expand(r | 1 << v, r_weight + weights[v], p & neighbours[v], x & neighbours[v])
            p &= ~(1 << v)
            x |= 1 << v

    expand(0, 0, (1 << len(weights)) - 1, 0)
    return best[0], best[1], steps[0], exhausted[0]


def greedy_clique(weights: list[int], neighbours: list[int]) -> tuple[int, int]:
    chosen = 0
    allowed = (1 << len(weights)) - 1
    total = 0
    for v in sorted(range(len(weights)), key=lambda i: -weights[i]):
        if allowed >> v & 1:
            chosen |= 1 << v
            total += weights[v]
            allowed &= neighbours[v]
    return chosen, total


def check_safety(view: View, block: bytes, oracle: str = "clique",
                 max_steps: int = DEFAULT_CLIQUE_STEPS) -> OracleResult:
    """Run the named oracle on `block` in `view` for the validator set's threshold."""
    if oracle not in ORACLES:
        raise ValueError(f"unknown oracle {oracle!r}; choose one of {', '.join(ORACLES)}")
    began = time.perf_counter()
    vset = view.index.validators
    total, threshold = vset.total, vset.threshold
    agreeing, neighbours = agreement_graph(view, block)
    weights = [vset.weights[v] for v in agreeing]
    steps, exhausted = 0, False
    if 2 * sum(weights) - total <= threshold:
        clique, weight = 0, 0  # even all agreeing validators together are too light
    else:
        adjacency = [neighbours[v] for v in agreeing]
        clique, weight = greedy_clique(weights, adjacency)
        if oracle == "clique" and 2 * weight - total <= threshold:  # greedy already decides "safe"
            clique, weight, steps, exhausted = heaviest_clique(weights, adjacency, max_steps, (clique, weight))
    members = frozenset(agreeing[i] for i in _bits(clique))
    tolerance = 2 * weight - total
    safe = tolerance > threshold  # an interrupted search still found a real clique: a lower bound
    return OracleResult(safe, members, weight, tolerance, steps, exhausted, time.perf_counter() - began)
