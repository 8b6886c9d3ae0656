"""What a stress run is made of, apart from the loop: the world every agent acts in, the
`Step` it sees each hour, and the `RunContext` that a system's hooks are written against
(`coinc.stress.engine.Run` is the one implementation). Nothing here imports the engine or
the systems, so both can import it."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from lang.abi import event_topic

if TYPE_CHECKING:
    import random

    from coinc.stress.chainsim import Account, Contract, SimChain

WAD = 10**18
HOUR = 3600
DAY = 86_400
MAX_UINT = 2**256 - 1


@functools.cache
def topic(signature: str) -> bytes:
    """The first log topic of an event, e.g. topic("Transfer(address,address,uint256)")."""
    return event_topic(signature)


def sig6(x: float) -> float:
    """Round for byte-stable JSON: 6 significant figures."""
    if x == 0 or x != x:
        return 0.0
    return float(f"{x:.6g}")


@dataclass
class World:
    """The deployed contracts of a run, by the names their recipes gave them."""

    sim: SimChain
    params: dict[str, int]
    c: dict[str, Contract] = field(default_factory=dict)

    @property
    def dev(self) -> Account:
        return self.sim.dev


@dataclass
class Step:
    """What every agent sees in one hour. `views` holds what each system in the run shows
    its agents (its keepers' list of unsafe vaults, its share price, ...), by system name."""

    hour: int
    sim: SimChain
    w: World
    cfg: dict
    prices: dict[str, float]
    collateral_price: float
    day_drop: float
    congestion: float
    token_of: dict[str, str]
    views: dict[str, Any] = field(default_factory=dict)

    def addr(self, name: str) -> bytes:
        return self.w.c[name].address

    def belief(self, agent: Any) -> float:
        """What an agent thinks the coin is worth: par in normal times, its own estimate
        while the reserves are frozen and not yet resolved."""
        frozen = self.cfg.get("freeze")
        if frozen and frozen.get("at_hour", 0) <= self.hour < frozen.get("resolved_hour", 10**9):
            return getattr(agent, "belief", 1.0)
        return 1.0

    def wave_fraction(self, agent: Any) -> float:
        """The share of its coins a holder of the run's coin sells in a wave hour of `[run]`."""
        run = self.cfg.get("run")
        if run and agent.kind == "holder" and agent.coin == run.get("coin", "algo") \
                and self.hour in run.get("waves", []):
            return float(run.get("wave_fraction", 0.3))
        return 0.0

    def pull_fraction(self, agent: Any) -> float:
        """The share of its liquidity an LP of the run's coin pulls at `[run].pull_liquidity_hour`."""
        run = self.cfg.get("run")
        if run and getattr(agent, "coin", "") == run.get("coin", "algo") \
                and self.hour == run.get("pull_liquidity_hour", -1):
            return float(run.get("pull_fraction", 0.8))
        return 0.0


class RunContext(Protocol):
    """What a system's hooks may use of the run they are part of."""

    cfg: dict
    seed: int
    rng: random.Random
    hours: int
    coins: tuple[str, ...]
    path: list[float]  # the collateral price, one point per hour
    params: dict[str, int]
    sim: SimChain
    w: World
    agents: list[Any]
    series: dict[str, list[float]]
    state: dict[str, Any]  # each system's own per-run state, by system name

    def new_account(self) -> Account: ...

    def fund(self, account: Account, token: str, amount: int) -> None: ...

    def approve_all(self, account: Account, pairs: list[tuple[str, str]]) -> None: ...

    def supply(self, token: str) -> int: ...

    def fail(self, hour: int, message: str) -> None: ...
