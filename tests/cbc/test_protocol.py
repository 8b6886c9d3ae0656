"""Unit tests: message validation, validator-set files, the estimator, equivocation, the oracles."""

from __future__ import annotations

import json

import pytest
from coincurve import PrivateKey

from chain.cbc.blocktree import MemoryBlockTree, is_ancestor
from chain.cbc.estimator import lmd_ghost
from chain.cbc.message import (
    MAX_ENCODED_SIZE,
    MAX_JUSTIFICATION,
    Message,
    MessageError,
    address_of,
    decode_message,
    sign_message,
)
from chain.cbc.oracle import check_safety, greedy_clique, heaviest_clique
from chain.cbc.store import MessageIndex, View, check_evidence
from chain.cbc.validators import ValidatorSet, ValidatorSetError, load_validator_set
from vm.hashing import keccak

G = keccak(b"genesis")


def h(name: str) -> bytes:
    return keccak(name.encode())


@pytest.fixture
def world():
    keys = [PrivateKey(keccak(b"key%d" % i)) for i in range(4)]
    addrs = [address_of(k.public_key) for k in keys]
    vset = ValidatorSet(dict(zip(addrs, [1, 1, 1, 1], strict=True)), 1, {})
    tree = MemoryBlockTree(G)
    tree.add(h("a"), G)
    tree.add(h("b"), G)
    tree.add(h("a1"), h("a"))
    return keys, addrs, vset, tree, MessageIndex(vset, tree)


def test_block_tree_ancestry():
    tree = MemoryBlockTree(G)
    prev = G
    for i in range(100):
        tree.add(h(f"c{i}"), prev)
        prev = h(f"c{i}")
    tree.add(h("side"), h("c10"))
    assert tree.ancestor_at(prev, 37) == h("c36")
    assert is_ancestor(tree, h("c10"), h("side")) and not is_ancestor(tree, h("c11"), h("side"))
    assert is_ancestor(tree, G, prev) and not is_ancestor(tree, prev, G)


def test_lmd_ghost_follows_weight_not_length():
    tree = MemoryBlockTree(G)
    tree.add(h("a"), G)
    tree.add(h("a1"), h("a"))
    tree.add(h("a2"), h("a1"))
    tree.add(h("b"), G)
    assert lmd_ghost(tree, {h("a2"): 2, h("b"): 3}) == h("b")
    assert lmd_ghost(tree, {h("a2"): 2, h("a1"): 2, h("b"): 3}) == h("a2")
    assert lmd_ghost(tree, {}) == G
    tied = lmd_ghost(tree, {h("a"): 1, h("b"): 1})
    assert tied == min(h("a"), h("b"))  # deterministic tie break


def test_message_roundtrip_and_bad_signature(world):
    keys, addrs, *_ = world
    m = sign_message(keys[0], h("a"), 0, ())
    assert decode_message(m.encode()) == m
    forged = Message(m.value, addrs[1], m.sequence, m.justification, m.signature)
    with pytest.raises(MessageError, match="bad signature"):
        decode_message(forged.encode())
    with pytest.raises(MessageError, match="signature"):
        decode_message(Message(m.value, m.validator, 0, (), b"\x01" * 65).encode())


def test_oversized_and_malformed_messages(world):
    keys, *_ = world
    with pytest.raises(MessageError, match="more than the limit"):
        decode_message(b"\xc0" * (MAX_ENCODED_SIZE + 1))
    too_many = tuple(h(str(i)) for i in range(MAX_JUSTIFICATION + 1))
    big = sign_message(keys[0], h("a"), 1, too_many)
    with pytest.raises(MessageError, match="more than the limit"):
        decode_message(big.encode())
    with pytest.raises(MessageError, match="RLP list of 5"):
        decode_message(b"\xc0")
    with pytest.raises(MessageError, match="32-byte block hash"):
        decode_message(sign_message(keys[0], b"short", 0, ()).encode())


def test_unknown_justification_and_sequence_rules(world):
    keys, addrs, vset, tree, index = world
    with pytest.raises(MessageError, match="unknown message"):
        index.add(sign_message(keys[0], h("a"), 1, (h("nowhere"),)))
    m0 = sign_message(keys[0], h("a"), 0, ())
    index.add(m0)
    with pytest.raises(MessageError, match="does not name the validator's message 1"):
        index.add(sign_message(keys[0], h("a"), 2, (m0.hash,)))
    with pytest.raises(MessageError, match="sequence 0 but"):
        index.add(sign_message(keys[0], h("a"), 0, (m0.hash,)))
    with pytest.raises(MessageError, match="not in the validator set"):
        index.add(sign_message(PrivateKey(keccak(b"stranger")), h("a"), 0, ()))
    with pytest.raises(MessageError, match="not a known block"):
        index.add(sign_message(keys[1], h("zzz"), 0, ()))
    view = View(index)
    with pytest.raises(MessageError, match="does not hold"):
        view.accept(sign_message(keys[1], h("a"), 0, (m0.hash,)))


def test_value_must_extend_the_estimate(world):
    keys, addrs, vset, tree, index = world
    votes = [sign_message(keys[i], h("a1"), 0, ()) for i in range(2)]
    for v in votes:
        index.add(v)
    just = tuple(v.hash for v in votes)
    with pytest.raises(MessageError, match="does not extend the estimate"):
        index.add(sign_message(keys[2], h("b"), 0, just))
    index.add(sign_message(keys[2], h("a1"), 0, just))


def test_equivocation_detected_excluded_and_evidenced(world):
    keys, addrs, vset, tree, index = world
    view = View(index)
    first = sign_message(keys[0], h("a"), 0, ())
    second = sign_message(keys[0], h("b"), 0, ())
    honest = sign_message(keys[1], h("b"), 0, ())
    for m in (first, honest):
        view.accept(m)
    assert view.equivocators() == set()
    view.accept(second)
    assert view.equivocators() == {addrs[0]}
    # the equivocator's weight no longer counts: only the honest vote for b remains
    assert index.votes(view.mask) == {h("b"): 1}
    (evidence,) = index.evidence(view.mask)
    assert {evidence.first.hash, evidence.second.hash} == {first.hash, second.hash}
    check_evidence(evidence)
    # the justification carries both tips so the evidence travels on
    assert {first.hash, second.hash} <= set(view.justification())


def test_clique_oracle_needs_mutual_agreement(world):
    keys, addrs, vset, tree, index = world
    view = View(index)
    round0 = [sign_message(k, h("a1"), 0, ()) for k in keys[:3]]
    for m in round0:
        view.accept(m)
    # each has voted a1 but nobody has seen anybody: no edges, no clique above (4 + 1) / 2
    assert not check_safety(view, h("a")).safe
    just = tuple(m.hash for m in round0)
    round1 = [sign_message(k, h("a1"), 1, just) for k in keys[:3]]
    for m in round1:
        view.accept(m)
    result = check_safety(view, h("a"))
    assert result.safe and result.clique_weight == 3 and result.fault_tolerance == 2
    assert check_safety(view, h("a"), "greedy").safe
    assert not check_safety(view, h("b")).safe
    # with threshold 2 a clique of 3 of 4 is not enough: 2 * 3 - 4 = 2, not > 2
    strict = MessageIndex(ValidatorSet(vset.weights, 2, {}), tree)
    strict_view = View(strict)
    for m in round0 + round1:
        strict_view.accept(m)
    assert not check_safety(strict_view, h("a")).safe


def test_heaviest_clique_exact_and_greedy_is_a_lower_bound():
    # two triangles joined by one edge, weights make the second triangle heavier
    edges = {(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (3, 5)}
    nb = [0] * 6
    for a, b in edges:
        nb[a] |= 1 << b
        nb[b] |= 1 << a
    weights = [5, 1, 1, 3, 3, 3]
    clique, weight, steps, exhausted = heaviest_clique(weights, nb, 10_000)
    assert (clique, weight) == (0b111000, 9)
    assert not exhausted and steps > 0
    greedy, greedy_weight = greedy_clique(weights, nb)
    assert (greedy, greedy_weight) == (0b000111, 7)  # starts at the heaviest vertex: a lower bound
    _, _, _, cut = heaviest_clique(weights, nb, 1)
    assert cut


def test_validator_set_files(tmp_path):
    good = tmp_path / "v.json"
    good.write_text(json.dumps({"threshold": 1, "validators": [
        {"address": "0x" + "11" * 20, "weight": 2, "name": "a"}, {"address": "0x" + "22" * 20, "weight": 3}]}))
    vset = load_validator_set(good)
    assert vset.total == 5 and vset.threshold == 1 and vset.name(b"\x11" * 20) == "a"
    toml = tmp_path / "v.toml"
    toml.write_text('threshold = 0\n[[validators]]\naddress = "0x' + "33" * 20 + '"\nweight = 1\n')
    assert load_validator_set(toml).total == 1
    cases = [
        ({"validators": []}, "non-empty list"),
        ({"validators": [{"address": "0x12", "weight": 1}]}, r"validators\[0\].address"),
        ({"validators": [{"address": "0x" + "11" * 20, "weight": 0}]}, r"validators\[0\].weight"),
        ({"validators": [{"address": "0x" + "11" * 20, "weight": 1}] * 2}, "listed twice"),
        ({"threshold": 5, "validators": [{"address": "0x" + "11" * 20, "weight": 5}]}, "threshold"),
        ({"validators": [{"address": "0x" + "11" * 20, "weight": 1, "stake": 3}]}, "unknown keys"),
    ]
    for data, message in cases:
        good.write_text(json.dumps(data))
        with pytest.raises(ValidatorSetError, match=message):
            load_validator_set(good)
    good.write_text("{\n  nope")
    with pytest.raises(ValidatorSetError, match=r"v.json:2:3: not JSON"):
        load_validator_set(good)
    with pytest.raises(ValidatorSetError, match="cannot read"):
        load_validator_set(tmp_path / "missing.json")
