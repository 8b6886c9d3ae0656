"""Messages as a DAG: validation against known justifications, views, latest messages, equivocations.

`MessageIndex` validates each message once (signature, justification known, sequence rule,
value agrees with the estimator of its justification) and keeps each message's justification
closure as a bitset over message numbers; validation depends only on the message and the
messages it names, so in-process validators may share one index. A `View` is one
validator's protocol state: the set of messages it has accepted.
"""

from __future__ import annotations

from dataclasses import dataclass

from chain.cbc.blocktree import BlockTree, is_ancestor
from chain.cbc.estimator import lmd_ghost
from chain.cbc.message import Message, MessageError, check_form
from chain.cbc.validators import ValidatorSet

MAX_MESSAGES = 1_000_000


@dataclass(frozen=True)
class Equivocation:
    """Evidence: two signed messages of one validator with one sequence number, so neither is in
    the other's justification. Anyone can recheck it with `check_evidence`."""

    validator: bytes
    first: Message
    second: Message


def check_evidence(evidence: Equivocation) -> None:
    a, b = evidence.first, evidence.second
    check_form(a)
    check_form(b)
    if a.validator != b.validator or a.validator != evidence.validator:
        raise MessageError("evidence messages are from different validators")
    if a.sequence != b.sequence or a.hash == b.hash:
        raise MessageError("evidence needs two different messages with one sequence number")


class MessageIndex:
    """Validated messages, numbered in acceptance order, with their justification closures."""

    def __init__(self, validators: ValidatorSet, tree: BlockTree, max_messages: int = MAX_MESSAGES) -> None:
        self.validators = validators
        self.tree = tree
        self.max_messages = max_messages
        self.messages: list[Message] = []
        self.number: dict[bytes, int] = {}
        self.closure: list[int] = []  # bit i set: message i is in the justification closure
        self.by_validator: dict[bytes, int] = {v: 0 for v in validators.weights}  # bitset
        self.by_slot: dict[tuple[bytes, int], list[int]] = {}
        self.doubled: dict[bytes, list[tuple[bytes, int]]] = {}  # validator -> slots held twice

    def __contains__(self, h: object) -> bool:
        return h in self.number

    def get(self, h: bytes) -> Message:
        return self.messages[self.number[h]]

    def add(self, message: Message) -> int:
        """Validate and number a message (idempotent); MessageError says what is wrong."""
        h = message.hash
        if h in self.number:
            return self.number[h]
        if len(self.messages) >= self.max_messages:
            raise MessageError(f"message store is full ({self.max_messages} messages)")
        check_form(message)
        if message.validator not in self.validators.weights:
            raise MessageError(f"0x{message.validator.hex()} is not in the validator set")
        missing = [j for j in message.justification if j not in self.number]
        if missing:
            raise MessageError(f"justification names {len(missing)} unknown message(s), "
                               f"first 0x{missing[0].hex()}")
        closure = 0
        for j in message.justification:
            n = self.number[j]
            closure |= self.closure[n] | (1 << n)
        self._check_sequence(message, closure)
        if message.value not in self.tree:
            raise MessageError(f"value 0x{message.value.hex()} is not a known block")
        estimate = self.estimate(closure)
        if not is_ancestor(self.tree, estimate, message.value):
            raise MessageError(f"value 0x{message.value.hex()[:16]} does not extend the estimate "
                               f"0x{estimate.hex()[:16]} of its justification")
        n = len(self.messages)
        self.messages.append(message)
        self.number[h] = n
        self.closure.append(closure)
        self.by_validator[message.validator] |= 1 << n
        slot = (message.validator, message.sequence)
        holders = self.by_slot.setdefault(slot, [])
        holders.append(n)
        if len(holders) == 2:
            self.doubled.setdefault(message.validator, []).append(slot)
        return n

    def _check_sequence(self, message: Message, closure: int) -> None:
        """A message justifies its validator's previous message and no newer one of its own."""
        mine = closure & self.by_validator[message.validator]
        seqs = {self.messages[i].sequence for i in _bits(mine)} if mine else set()
        if message.sequence == 0:
            if seqs:
                raise MessageError("sequence 0 but the justification holds an earlier message of the validator")
            return
        direct = any(self.get(j).validator == message.validator and self.get(j).sequence == message.sequence - 1
                     for j in message.justification)
        if not direct:
            raise MessageError(f"sequence {message.sequence} but the justification does not name the "
                               f"validator's message {message.sequence - 1}")
        if max(seqs) >= message.sequence:
            raise MessageError(f"sequence {message.sequence} but the justification already holds the "
                               f"validator's message {max(seqs)}")

    def equivocators(self, within: int) -> set[bytes]:
        """Validators with two messages of one sequence number inside the bitset `within`."""
        found = set()
        for validator, slots in self.doubled.items():
            for slot in slots:
                if sum(1 for n in self.by_slot[slot] if within >> n & 1) >= 2:
                    found.add(validator)
                    break
        return found

    def latest(self, within: int, validator: bytes) -> int | None:
        """The number of the validator's newest message within the bitset (for a validator that did
        not equivocate there, its messages form one chain and the newest has the highest number)."""
        mine = within & self.by_validator[validator]
        return mine.bit_length() - 1 if mine else None

    def votes(self, within: int) -> dict[bytes, int]:
        """Block -> weight of the latest messages of the non-equivocating validators within the bitset."""
        excluded = self.equivocators(within)
        votes: dict[bytes, int] = {}
        for validator, weight in self.validators.weights.items():
            if validator in excluded:
                continue
            n = self.latest(within, validator)
            if n is not None:
                value = self.messages[n].value
                votes[value] = votes.get(value, 0) + weight
        return votes

    def estimate(self, within: int) -> bytes:
        return lmd_ghost(self.tree, self.votes(within))

    def evidence(self, within: int) -> list[Equivocation]:
        out = []
        for validator, slots in self.doubled.items():
            for slot in slots:
                held = [n for n in self.by_slot[slot] if within >> n & 1]
                if len(held) >= 2:
                    out.append(Equivocation(validator, self.messages[held[0]], self.messages[held[1]]))
                    break
        return out


def _bits(x: int):
    while x:
        low = x & -x
        yield low.bit_length() - 1
        x ^= low


class View:
    """One validator's protocol state: the accepted messages (a justification-closed set)."""

    def __init__(self, index: MessageIndex) -> None:
        self.index = index
        self.mask = 0
        self.size = 0

    def __contains__(self, h: object) -> bool:
        n = self.index.number.get(h)  # type: ignore[arg-type]
        return n is not None and bool(self.mask >> n & 1)

    def missing(self, message: Message) -> list[bytes]:
        return [j for j in message.justification if j not in self]

    def accept(self, message: Message) -> int:
        """Add a message whose justification this view holds; MessageError otherwise."""
        missing = self.missing(message)
        if missing:
            raise MessageError(f"justification names {len(missing)} message(s) this view does not hold, "
                               f"first 0x{missing[0].hex()}")
        n = self.index.add(message)
        if not self.mask >> n & 1:
            self.mask |= 1 << n
            self.size += 1
        return n

    def estimate(self) -> bytes:
        return self.index.estimate(self.mask)

    def equivocators(self) -> set[bytes]:
        return self.index.equivocators(self.mask)

    def latest(self, validator: bytes) -> int | None:
        return self.index.latest(self.mask, validator)

    def justification(self) -> tuple[bytes, ...]:
        """Hashes of the latest messages seen: one per validator, every chain tip of an equivocator
        (so the evidence travels with the next message)."""
        out = []
        idx = self.index
        equivocators = self.equivocators()
        for validator in idx.validators.weights:
            mine = self.mask & idx.by_validator[validator]
            if not mine:
                continue
            if validator not in equivocators:
                out.append(idx.messages[mine.bit_length() - 1].hash)
                continue
            numbers = list(_bits(mine))
            covered = 0
            for n in numbers:
                covered |= idx.closure[n]
            out.extend(idx.messages[n].hash for n in numbers if not covered >> n & 1)
        return tuple(out)

    def next_sequence(self, validator: bytes) -> int:
        n = self.latest(validator)
        return 0 if n is None else self.index.messages[n].sequence + 1
