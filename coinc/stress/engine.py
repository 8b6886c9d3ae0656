"""One run of a scenario: build the world, fund and place the agents, then step hour by
hour: exogenous events, agents' transactions, one mined block, measurements, and the
invariants checked after every block.

The loop is generic: everything a stablecoin system adds (its agents, its events, what
it shows its agents, its series and invariants) is a hook of its `System` record in
`coinc.systems`, called in registry order. The engine itself checks what holds for
every system: each token's supply equals the ledger of its Transfer events, and every
market holds its recorded reserves."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from coinc.errors import UserError
from coinc.stress import agents as A
from coinc.stress.chainsim import Account, SimChain, SimDeployer
from coinc.stress.fees import BACKGROUND, GWEI, BackgroundDemand, FeeMarket
from coinc.stress.metrics import summarize
from coinc.stress.model import HOUR, MAX_UINT, WAD, Step, World, topic
from coinc.stress.scenario import price_path, start_time
from coinc.systems import registry
from coinc.systems.base import System

TRANSFER = "Transfer(address,address,uint256)"
ZERO_ADDRESS = b"\x00" * 20


@dataclass
class RunResult:
    scenario: str
    seed: int
    series: dict[str, list[float]]
    summary: dict[str, dict[str, Any]]
    invariant_failures: list[str]
    transactions: int
    blocks: int
    reverted_transactions: int = 0  # agents' transactions included with status 0
    refused_transactions: int = 0  # agents' transactions the node refused (e.g. a fee cap under the base fee)
    background_transactions: int = 0


def contract_params(cfg: dict) -> dict[str, int]:
    """The systems' parameters with the scenario's `[params]` over them."""
    return registry.with_overrides({k: int(v) for k, v in cfg.get("params", {}).items()},
                                   "scenario parameter `params.{name}` is not a contract parameter")


def _hook_name(hook, what: str) -> str:
    name = getattr(hook, "__name__", "")
    return name if name and name != "<lambda>" else what


def run_systems(coins: tuple[str, ...]) -> list[System]:
    """The systems a run deploys and hooks, in registry order: its coins and what they need."""
    return [s for s in registry.all_systems() if s.name in coins or s.name == "usd"]


class Run:
    def __init__(self, cfg: dict, seed: int):
        self.cfg = cfg
        self.seed = seed
        self.rng = random.Random(seed)
        self.hours = cfg["hours"]
        self.coins = tuple(cfg["coins"])
        self.systems = run_systems(self.coins)
        self.coin_systems = [s for s in self.systems if s.name in self.coins]
        self.exogenous_order = sorted(self.systems, key=lambda s: s.exogenous_phase)  # stable: registry order within
        self.path = price_path(cfg, random.Random(seed * 7919 + 1))
        self.params = contract_params(cfg)
        budget = sum(f.count(cfg, self.coins) * f.accounts_each for s in self.systems for f in s.agents)
        self.market = FeeMarket.from_cfg(cfg)
        self.sim = SimChain(budget, start_time(cfg), agent_balance=10**26, market=self.market)
        self.background = BackgroundDemand(self.market, self.sim.background_accounts, self.sim.filler,
                                           random.Random(seed * 104_729 + 3))
        self.sim.before_block = lambda: self.background.arrive(self.sim)
        self.background_count = 0
        self._next_agent = 0
        self.agents: list[A.Agent] = []
        self.state: dict[str, Any] = {s.name: s.new_state() for s in self.systems}
        self.failures: list[str] = []
        self.series: dict[str, list[float]] = {}
        self.tx_count = 0
        self.ledger: dict[str, dict[bytes, int]] = {}
        self.token_of = {s.name: s.token for s in self.coin_systems}
        self.tracked_tokens = ([s.token for s in self.coin_systems]
                               + [t for s in self.systems for t in s.ledger_tokens])

    # ---------------------------------------------------------------- what hooks use
    def new_account(self) -> Account:
        if self._next_agent >= len(self.sim.agents):
            raise UserError("an agent factory took more accounts than its `accounts_each` declares")
        a = self.sim.agents[self._next_agent]
        self._next_agent += 1
        return a

    def fund(self, account: Account, token: str, amount: int) -> None:
        if amount > 0:
            self.sim.transact(self.sim.dev, self.w.c[token], "transfer", account.address, amount)

    def approve_all(self, account: Account, pairs: list[tuple[str, str]]) -> None:
        for token, spender in pairs:
            self.sim.transact(account, self.w.c[token], "approve", self.w.c[spender].address, MAX_UINT)

    def supply(self, token: str) -> int:
        return self.sim.call(self.w.c[token], "totalSupply") or 0

    def coin_price(self, s: System) -> float:
        v = self.sim.call(self.w.c[s.pool], "price0")
        return A.unwad(v) if v is not None else 0.0

    def fail(self, hour: int, message: str) -> None:
        if len(self.failures) < 50:
            self.failures.append(f"hour {hour}: {message}")

    # ---------------------------------------------------------------- set-up
    def setup(self) -> None:
        """Deploy, then let each system set up and build its agents. Every set-up
        transaction must be included and succeed: `SimChain.setup_step` names the step,
        and a refusal, a drop or a revert stops the run with it (SetupFailed)."""
        sim = self.sim
        for s in self.systems:
            if s.prepare:
                s.prepare(self)
        d = SimDeployer(sim, self.params, registry.sources(self.systems), registry.recipes())
        names = [s.name for s in self.systems]
        for s in registry.all_systems():  # registry.deploy's order, one named step per system
            if s.name in names:
                sim.setup_step = f"deploying {s.name}"
                d.need(s.name)
        self.w = World(sim, self.params, dict(d.contracts))
        for s in self.systems:
            state = self.state[s.name]
            if s.setup:
                sim.setup_step = f"{s.name} set-up"
                s.setup(self, state)
            for factory in s.agents:
                if not factory.applies(self.coins):
                    continue
                if factory.before:
                    sim.setup_step = f"{s.name} {factory.kind}: {_hook_name(factory.before, 'before')}"
                    factory.before(self, state)
                n = factory.count(self.cfg, self.coins)
                for i in range(n):
                    sim.setup_step = f"{s.name} {factory.kind}: agent {i + 1} of {n}"
                    self.agents.extend(factory.build(self, state))
                if factory.after:
                    sim.setup_step = f"{s.name} {factory.kind}: {_hook_name(factory.after, 'after')}"
                    factory.after(self, state)
        sim.setup_step = "the agents' set-up"
        sim.mine()
        sim.setup_step = None
        for token in self.tracked_tokens:
            self._rebuild_ledger(token)

    # ---------------------------------------------------------------- the hour
    def congestion_at(self, hour: int) -> float:
        c = self.cfg.get("congestion", {})
        factor = float(c.get("factor", 1.0))
        if c.get("from_hour", -1) <= hour < c.get("until_hour", -1):
            return factor
        drop = c.get("on_drop")
        if drop and hour > 0 and self.path[hour] < self.path[hour - 1] * (1 - float(drop)):
            return factor
        return 1.0

    def step(self, hour: int) -> None:
        sim = self.sim
        sim.now = start_time(self.cfg) + hour * HOUR
        for s in self.exogenous_order:
            if s.exogenous:
                s.exogenous(self, self.state[s.name], hour)
        prices = {s.name: self.coin_price(s) for s in self.coin_systems}
        day_ago = self.path[max(0, hour - 24)]
        step = Step(hour=hour, sim=sim, w=self.w, cfg=self.cfg, prices=prices, collateral_price=self.path[hour],
                    day_drop=max(0.0, 1 - self.path[hour] / day_ago) if day_ago else 0.0,
                    congestion=self.congestion_at(hour), token_of=self.token_of,
                    views={s.name: s.view(self, self.state[s.name], hour) for s in self.systems if s.view})
        order = list(self.agents)
        self.rng.shuffle(order)
        for agent in order:
            agent.act(step)
        self.background.factor = step.congestion
        n = self.market.blocks_per_hour
        hour_start = sim.now
        gas = 0
        checked = False
        for b in range(n):
            sim.now = max(sim.now, hour_start + b * HOUR // n)
            done = sim.mine()
            mine = sum(1 for sent, receipt in done if receipt is not None and sent.label != BACKGROUND)
            self.tx_count += mine
            self.background_count += sum(1 for sent, receipt in done if receipt is not None) - mine
            block = sim.node.head
            gas += block.header.gas_used
            # background transactions change no contract's state: the hooks and the
            # invariants follow every block that holds anything else (at least one an hour)
            if mine or (b == n - 1 and not checked):
                checked = True
                for s in self.systems:
                    if s.after_block:
                        s.after_block(self, self.state[s.name], block)
                self.check_invariants(hour, block)
        self.hour_gas_share = gas / (n * self.market.gas_limit)
        self.record(hour)

    # ---------------------------------------------------------------- measurements
    def record(self, hour: int) -> None:
        def put(key: str, value: float) -> None:
            self.series.setdefault(key, []).append(value)

        put("hour", float(hour))
        put("collateral_price", self.path[hour])
        put("fees.base_fee_gwei", self.sim.base_fee() / GWEI)
        put("fees.block_fullness", self.hour_gas_share)
        for s in self.coin_systems:
            put(f"{s.name}.price", self.coin_price(s))
            put(f"{s.name}.supply", self.supply(s.token) / WAD)
        for s in self.systems:
            if s.series:
                s.series(self, self.state[s.name], hour, put)

    # ---------------------------------------------------------------- invariants
    def _rebuild_ledger(self, token: str) -> None:
        ledger = self.ledger.setdefault(token, {})
        holders = [a.address for a in self.sim.agents] + [self.sim.dev.address] + [c.address for c in self.w.c.values()]
        for h in holders:
            bal = self.sim.call(self.w.c[token], "balanceOf", h) or 0
            if bal:
                ledger[h] = bal
            else:
                ledger.pop(h, None)

    def check_invariants(self, hour: int, block) -> None:
        """After every block: the ledger and the markets (every system), then each
        system's own invariants."""
        self.check_ledgers(hour, block)
        for s in self.systems:
            for invariant in s.invariants:
                invariant(self, self.state[s.name], hour, block)
        self.check_markets(hour)

    def check_ledgers(self, hour: int, block) -> None:
        """Token supplies equal the ledger of Transfer events, no balance in it is
        negative, and (daily) every balance agrees with it."""
        sim, w = self.sim, self.w
        transfer = topic(TRANSFER)
        by_address = {w.c[t].address: t for t in self.tracked_tokens}
        for receipt in block.receipts:
            for log in receipt.logs:
                token = by_address.get(log.address)
                if token and log.topics and log.topics[0] == transfer:
                    src, dst = log.topics[1][12:], log.topics[2][12:]
                    value = int.from_bytes(log.data, "big")
                    ledger = self.ledger[token]
                    if src != ZERO_ADDRESS:
                        ledger[src] = ledger.get(src, 0) - value
                    if dst != ZERO_ADDRESS:
                        ledger[dst] = ledger.get(dst, 0) + value
        for token in self.tracked_tokens:
            total = sum(self.ledger[token].values())
            supply = self.supply(token)
            if total != supply:
                self.fail(hour, f"{token}: totalSupply {supply} != sum of balances {total}")
            if any(v < 0 for v in self.ledger[token].values()):
                self.fail(hour, f"{token}: a balance went negative in the event ledger")
            if hour % 24 == 23:
                for holder, amount in list(self.ledger[token].items()):
                    if (sim.call(w.c[token], "balanceOf", holder) or 0) != amount:
                        self.fail(hour, f"{token}: balanceOf 0x{holder.hex()} disagrees with its Transfer events")

    def check_markets(self, hour: int) -> None:
        """Every coin's market holds at least the reserves it records."""
        sim, w = self.sim, self.w
        for s in self.coin_systems:
            pool = w.c[s.pool]
            reserves = sim.call(pool, "get_reserves")
            token_bal = sim.call(w.c[s.token], "balanceOf", pool.address) or 0
            usd_bal = sim.call(w.c["USD"], "balanceOf", pool.address) or 0
            if reserves and (token_bal < reserves[0] or usd_bal < reserves[1]):
                self.fail(hour, f"{s.pool} holds less than its recorded balances")

    # ---------------------------------------------------------------- run
    def run(self, on_step=None) -> RunResult:
        self.setup()
        for hour in range(self.hours):
            self.step(hour)
            if on_step is not None:
                on_step(hour)
        return RunResult(self.cfg["name"], self.seed, self.series, summarize(self), self.failures,
                         self.tx_count, self.sim.node.head.number, self.sim.reverted, self.sim.refused,
                         self.background_count)


def run_one(cfg: dict, seed: int, on_step=None) -> RunResult:
    return Run(cfg, seed).run(on_step)
