"""In-process CBC validators over a seeded network model: the simulator behind `coinc cbc simulate`.

Validators use the same message, store, estimator and oracle code as the node will. Each one
sends a message every `period` (staggered); the round's leader proposes a new block on its
estimate, the others vote for their estimate. Delivery times come from the delay model; a
partition holds messages between its two halves until it heals (the global stabilisation
time of partial synchrony). An equivocator runs one persona per half of the network, each an
honest-looking chain of messages of the same key, so each half sees a consistent validator
until the other half's messages arrive.
"""

from __future__ import annotations

import heapq
import random
import statistics
from dataclasses import dataclass, field

from coincurve import PrivateKey

from chain.cbc.blocktree import MemoryBlockTree, is_ancestor
from chain.cbc.message import Message, MessageError, address_of, sign_message
from chain.cbc.oracle import ORACLES, check_safety
from chain.cbc.store import MessageIndex, View
from chain.cbc.validators import ValidatorSet
from vm.hashing import keccak

DELAY_MODELS = ("fixed", "uniform", "exponential")
STRATEGIES = ("none", "split")
MAX_VALIDATORS = 128
MAX_DURATION = 10_000.0
MAX_PENDING = 20_000
GENESIS = keccak(b"coinc cbc genesis")


class SimulationError(ValueError):
    """A simulator parameter out of range; the text names it."""


@dataclass
class SimConfig:
    validators: int = 4
    weights: list[int] | None = None  # None: all 1
    threshold: int | None = None  # None: the largest t the honest set can tolerate, floor((W-1)/3)
    equivocators: int = 0  # the first k validators equivocate
    strategy: str = "split"
    delay: str = "fixed"
    mean_delay: float = 0.5  # in periods
    period: float = 1.0
    duration: float = 20.0
    partition: tuple[float, float] | None = None  # (start, heal)
    equivocation_lag: float = 3.0  # without a partition: how late the other half gets a persona's messages
    oracle: str = "clique"
    max_clique_steps: int = 200_000
    seed: int = 0

    def check(self) -> None:
        if not 1 <= self.validators <= MAX_VALIDATORS:
            raise SimulationError(f"validators must be in [1, {MAX_VALIDATORS}], got {self.validators}")
        if self.weights is not None and (len(self.weights) != self.validators
                                         or any(not isinstance(w, int) or w < 1 for w in self.weights)):
            raise SimulationError("weights: one positive integer per validator")
        if not 0 <= self.equivocators <= self.validators:
            raise SimulationError(f"equivocators must be in [0, validators], got {self.equivocators}")
        if self.strategy not in STRATEGIES:
            raise SimulationError(f"strategy must be one of {', '.join(STRATEGIES)}")
        if self.delay not in DELAY_MODELS:
            raise SimulationError(f"delay must be one of {', '.join(DELAY_MODELS)}")
        if self.oracle not in ORACLES:
            raise SimulationError(f"oracle must be one of {', '.join(ORACLES)}")
        if not 0 <= self.mean_delay <= 100 or not 0 < self.period <= 100:
            raise SimulationError("mean_delay must be in [0, 100] and period in (0, 100]")
        if not 0 < self.duration <= MAX_DURATION:
            raise SimulationError(f"duration must be in (0, {MAX_DURATION}]")
        if self.partition is not None and not 0 <= self.partition[0] <= self.partition[1]:
            raise SimulationError("partition: start <= heal")


@dataclass
class Actor:
    """One message-producing identity: an honest validator, or one persona of an equivocator."""

    number: int
    key: PrivateKey
    view: View
    group: int
    honest: bool
    pending: list[Message] = field(default_factory=list)
    final: bytes = GENESIS
    final_at: dict[int, float] = field(default_factory=dict)  # finalized height -> time


@dataclass
class SimResult:
    config: SimConfig
    validator_set: ValidatorSet
    messages: int
    blocks: int
    finalized_height: int  # the height every honest validator finalized
    latencies: list[float]  # (block on the final chain, honest validator) -> time to finalize it
    first_finality: float | None  # when every honest validator had finalized a block (from GST)
    oracle_seconds: list[float]  # one entry per oracle call
    emission_oracle_seconds: list[float]  # oracle time per message sent by an honest validator
    clique_steps_max: int
    oracle_exhausted: int
    safety_violations: list[str]
    equivocations_detected: int  # honest validators that detected at least one equivocator
    dropped: int

    def summary(self) -> dict:
        lat = sorted(self.latencies)
        return {
            "validators": self.config.validators, "delay": self.config.delay, "seed": self.config.seed,
            "oracle": self.config.oracle, "threshold": self.validator_set.threshold,
            "equivocating_weight": self.equivocating_weight,
            "messages": self.messages, "blocks": self.blocks, "finalized_height": self.finalized_height,
            "latency_median": statistics.median(lat) if lat else None,
            "latency_p95": _quantile(lat, 0.95),
            "messages_per_finalized_block": (self.messages / self.finalized_height
                                             if self.finalized_height else None),
            "first_finality": self.first_finality,
            "oracle_ms_per_call_median": _ms(statistics.median(self.oracle_seconds)) if self.oracle_seconds else None,
            "oracle_ms_per_message_median": (_ms(statistics.median(self.emission_oracle_seconds))
                                             if self.emission_oracle_seconds else None),
            "oracle_ms_per_message_p95": _ms(_quantile(sorted(self.emission_oracle_seconds), 0.95)),
            "clique_steps_max": self.clique_steps_max, "oracle_exhausted": self.oracle_exhausted,
            "safety_violations": len(self.safety_violations), "finalized": self.finalized_height > 0,
            "equivocations_detected": self.equivocations_detected, "dropped": self.dropped,
        }

    @property
    def equivocating_weight(self) -> int:
        weights = list(self.validator_set.weights.values())
        return sum(weights[: self.config.equivocators]) if self.config.strategy != "none" else 0


def _ms(x: float | None) -> float | None:
    return None if x is None else round(x * 1000, 4)


def _quantile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    i = min(len(sorted_values) - 1, max(0, int(round(q * (len(sorted_values) - 1)))))
    return sorted_values[i]


def make_validator_set(config: SimConfig) -> tuple[ValidatorSet, list[PrivateKey]]:
    keys = [PrivateKey(keccak(b"coinc cbc sim %d %d" % (config.seed, i))) for i in range(config.validators)]
    weights = config.weights or [1] * config.validators
    total = sum(weights)
    threshold = (total - 1) // 3 if config.threshold is None else config.threshold
    addresses = [address_of(k.public_key) for k in keys]
    return ValidatorSet(dict(zip(addresses, weights, strict=True)), threshold,
                        {a: f"v{i}" for i, a in enumerate(addresses)}), keys


class Simulation:
    def __init__(self, config: SimConfig) -> None:
        config.check()
        self.config = config
        self.rng = random.Random(config.seed)
        self.vset, keys = make_validator_set(config)
        self.tree = MemoryBlockTree(GENESIS)
        self.index = MessageIndex(self.vset, self.tree)
        self.created: dict[bytes, float] = {GENESIS: 0.0}
        self.actors: list[Actor] = []
        equivocating = config.equivocators if config.strategy == "split" else 0
        for i, key in enumerate(keys):
            personas = 2 if i < equivocating else 1
            for p in range(personas):
                group = p if personas == 2 else i % 2
                self.actors.append(Actor(i, key, View(self.index), group, personas == 1))
        self.queue: list[tuple[float, int, int, object]] = []
        self.counter = 0
        self.messages = 0
        self.dropped = 0
        self.oracle_seconds: list[float] = []
        self.emission_oracle: list[float] = []
        self.clique_steps_max = 0
        self.exhausted = 0
        self.violations: list[str] = []

    def _push(self, at: float, kind: int, data: object) -> None:
        self.counter += 1
        heapq.heappush(self.queue, (at, self.counter, kind, data))

    def _delay(self) -> float:
        d = self.config.mean_delay
        if self.config.delay == "fixed":
            return d
        if self.config.delay == "uniform":
            return self.rng.uniform(0, 2 * d)
        return self.rng.expovariate(1 / d) if d > 0 else 0.0

    def run(self) -> SimResult:
        c = self.config
        for a, actor in enumerate(self.actors):
            offset = c.period * (actor.number + 0.5 * (actor.group if not actor.honest else 0)) / c.validators
            self._push(offset, 0, a)
        while self.queue:
            at, _, kind, data = heapq.heappop(self.queue)
            if at > c.duration:
                break
            if kind == 0:
                self._emit(at, data)  # type: ignore[arg-type]
                self._push(at + c.period, 0, data)
            else:
                target, message = data  # type: ignore[misc]
                self._deliver(at, self.actors[target], message)
        return self._result()

    def _emit(self, now: float, a: int) -> None:
        actor = self.actors[a]
        view = actor.view
        estimate = view.estimate()
        sequence = view.next_sequence(self.vset_address(actor))
        leader = (sequence + actor.number) % self.config.validators == 0 or self.config.validators == 1
        value = estimate
        if leader:
            value = keccak(b"block" + estimate + bytes([actor.group]) + actor.key.secret + sequence.to_bytes(8, "big"))
            self.tree.add(value, estimate)
            self.created[value] = now
        message = sign_message(actor.key, value, sequence, view.justification())
        view.accept(message)
        self.messages += 1
        self._broadcast(now, a, message)
        if actor.honest:
            self._finalize(now, actor, estimate)

    def vset_address(self, actor: Actor) -> bytes:
        return address_of(actor.key.public_key)

    def _broadcast(self, now: float, sender: int, message: Message) -> None:
        c = self.config
        source = self.actors[sender]
        for t, target in enumerate(self.actors):
            if t == sender:
                continue
            at = now + self._delay()
            cross = target.group != source.group
            if c.partition is not None and cross and c.partition[0] <= now < c.partition[1]:
                at = c.partition[1] + self._delay()
            elif c.partition is None and not source.honest and cross:
                at += c.equivocation_lag
            self._push(at, 1, (t, message))

    def _deliver(self, now: float, actor: Actor, message: Message) -> None:
        if not actor.honest and message.validator == self.vset_address(actor):
            return  # a persona never adopts its twin's messages
        if message.hash in actor.view:
            return
        actor.pending.append(message)
        if len(actor.pending) > MAX_PENDING:
            actor.pending.pop(0)
            self.dropped += 1
        progress = True
        while progress:
            progress = False
            still = []
            for m in actor.pending:
                if m.hash in actor.view:
                    continue
                if actor.view.missing(m):
                    still.append(m)
                    continue
                try:
                    actor.view.accept(m)
                except MessageError:
                    self.dropped += 1
                    continue
                progress = True
            actor.pending = still

    def _finalize(self, now: float, actor: Actor, estimate: bytes) -> None:
        """Find the highest block on the path from the finalized block to the estimate that the
        oracle calls safe (safety of a block implies safety of its ancestors: binary search)."""
        spent = 0.0
        if not is_ancestor(self.tree, actor.final, estimate):
            self.violations.append(f"{self.vset.name(self.vset_address(actor))} estimates "
                                   f"0x{estimate.hex()[:12]}, off its finalized block")
            self.emission_oracle.append(0.0)
            return
        low, high = self.tree.height(actor.final) + 1, self.tree.height(estimate)
        best = None
        while low <= high:
            mid = (low + high) // 2
            block = self.tree.ancestor_at(estimate, mid)
            result = check_safety(actor.view, block, self.config.oracle, self.config.max_clique_steps)
            spent += result.seconds
            self.oracle_seconds.append(result.seconds)
            self.clique_steps_max = max(self.clique_steps_max, result.steps)
            self.exhausted += result.exhausted
            if result.safe:
                best = block
                low = mid + 1
            else:
                high = mid - 1
        self.emission_oracle.append(spent)
        if best is not None:
            old = self.tree.height(actor.final)
            actor.final = best
            for h in range(old + 1, self.tree.height(best) + 1):
                actor.final_at[h] = now

    def _result(self) -> SimResult:
        honest = [a for a in self.actors if a.honest]
        for i, a in enumerate(honest):
            for b in honest[i + 1:]:
                if not (is_ancestor(self.tree, a.final, b.final) or is_ancestor(self.tree, b.final, a.final)):
                    self.violations.append(f"v{a.number} finalized 0x{a.final.hex()[:12]} and v{b.number} "
                                           f"finalized the conflicting 0x{b.final.hex()[:12]}")
        common = min(honest, key=lambda a: self.tree.height(a.final)).final if honest else GENESIS
        height = self.tree.height(common)
        latencies = []
        for h in range(1, height + 1):
            block = self.tree.ancestor_at(common, h)
            born = self.created[block]
            latencies.extend(a.final_at[h] - born for a in honest)
        gst = self.config.partition[1] if self.config.partition else 0.0
        first = None
        if height:
            first = max(a.final_at[1] for a in honest) - gst
        detected = sum(1 for a in honest if a.view.equivocators())
        return SimResult(self.config, self.vset, self.messages, len(self.tree) - 1, height, latencies, first,
                         self.oracle_seconds, self.emission_oracle, self.clique_steps_max, self.exhausted,
                         self.violations, detected, self.dropped)


def simulate(config: SimConfig) -> SimResult:
    return Simulation(config).run()
