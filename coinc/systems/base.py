"""A stablecoin system as data: the `System` record that everything else reads.

A system is its contracts and default parameters, the recipe that deploys them (written
against `coinc.deploy.Deployer`, so the same recipe runs through web3 and on the simulated
chain), and for the stress simulator: the agents it brings (factories keyed by the
`[agents]` count in a scenario), the exogenous events it applies each hour, what it
shows its agents, the series it records, the invariants checked after every block, the
figures of the summary and the charts of the report. The stress engine is the loop that
calls these hooks in registry order (after radCAD's model-as-data and step hooks).

Hooks take the run (`coinc.stress.model.RunContext`) and the system's own per-run state
(`System.new_state()`, kept in `run.state[name]`)."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coinc.deploy import Deployer
from coinc.stress.agents import Agent, LiquidityProvider
from coinc.stress.model import RunContext
from coinc.stress.schema import Section

Hook = Callable[..., Any]


@dataclass(frozen=True)
class AgentFactory:
    """Agents of one kind: `count` of them (the scenario's `[agents].<kind>`, 0 when
    `applies(coins)` is false), each made by `build(run, state)`, which takes its
    accounts with `run.new_account()` (`accounts_each` of them: the run's account budget
    is the sum over factories) and returns the agents it made. `before` and `after` run
    once around them whenever the factory applies (e.g. to mine a block)."""

    kind: str
    build: Callable[[RunContext, Any], tuple[Agent, ...]]
    applies: Callable[[tuple[str, ...]], bool] = lambda coins: True
    before: Callable[[RunContext, Any], None] | None = None
    after: Callable[[RunContext, Any], None] | None = None
    accounts_each: int = 1

    def count(self, cfg: dict, coins: tuple[str, ...]) -> int:
        return int(cfg.get("agents", {}).get(self.kind, 0)) if self.applies(coins) else 0


@dataclass(frozen=True)
class Chart:
    """One PNG of the report: these series (key, label) over the hours."""

    name: str
    series: tuple[tuple[str, str], ...]
    ylabel: str
    peg: float | None = None
    log: bool = False


@dataclass(frozen=True)
class System:
    name: str
    label: str  # the report's name for its coin
    deploy: Callable[[Deployer], None]
    defaults: Mapping[str, int] = field(default_factory=dict)  # "<name>.<param>": value
    contracts: tuple[str, ...] = ()  # the contract names its recipe deploys
    sources: tuple[Path, ...] = ()  # .coin files of its own (beside the bundled contracts)
    token: str | None = None  # its coin's ERC-20 (by deployed name); None: not a coin of the simulator
    pool: str | None = None  # the market of its coin against the reference dollar
    ledger_tokens: tuple[str, ...] = ()  # further tokens whose Transfer ledger is checked
    new_state: Callable[[], Any] = dict
    prepare: Hook | None = None  # (run): adjust run.params before the world is deployed
    setup: Hook | None = None  # (run, state): after deployment, before its agents
    agents: tuple[AgentFactory, ...] = ()
    exogenous: Hook | None = None  # (run, state, hour): events before the agents act
    # Exogenous hooks run by phase, registry order within one: reporters posting market
    # data (0) come before issuers acting on it (1). The order of the deployer's
    # transactions in a block is part of a run's outcome, so it is fixed here.
    exogenous_phase: int = 0
    view: Hook | None = None  # (run, state, hour) -> what its agents see in Step.views[name]
    after_block: Hook | None = None  # (run, state, block): follow what the block did
    series: Hook | None = None  # (run, state, hour, put): record observations
    invariants: tuple[Hook, ...] = ()  # (run, state, hour, block): run.fail(...) on a violation
    figures: Hook | None = None  # (run, state, figures): add to its coin's summary
    charts: tuple[Chart, ...] = ()
    # the scenario tables it reads, by name: their schema (coinc.stress.schema). "agents"
    # holds its keys of the shared [agents] table (its factories' counts and its policies').
    sections: Mapping[str, type[Section]] = field(default_factory=dict)

    @property
    def is_coin(self) -> bool:
        """Whether the simulator can list it in a scenario's `coins`."""
        return self.token is not None and self.pool is not None


def lp_factory(coin: str, pool: str) -> AgentFactory:
    """`lps` liquidity providers, each handed an equal part of the deployer's shares of
    `pool` (one more part stays with the deployer)."""
    part = {"shares": 0}  # set by `before` for the run being set up (runs in a process are sequential)

    def before(run: RunContext, state: Any) -> None:
        shares = run.sim.call(run.w.c[pool], "balanceOf", run.sim.dev.address) or 0
        part["shares"] = shares // (int(run.cfg.get("agents", {}).get("lps", 0)) + 1)

    def build(run: RunContext, state: Any) -> tuple[Agent, ...]:
        sim, acct = run.sim, run.new_account()
        sim.transact(sim.dev, run.w.c[pool], "transfer", acct.address, part["shares"])
        return (LiquidityProvider("lp", acct, random.Random(run.rng.random()), coin=coin, pool=pool,
                                  threshold=run.rng.uniform(0.02, 0.10)),)

    def after(run: RunContext, state: Any) -> None:
        run.sim.mine()

    return AgentFactory("lps", build, before=before, after=after)
