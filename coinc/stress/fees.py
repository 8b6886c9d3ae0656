"""The fee market of a stress run: background demand that fills blocks, so the EIP-1559
base fee (chain.blocks.next_base_fee, the protocol rule) rises with demand and falls
without it, and agents' transactions compete for block space by their priority fee.

Background demand is a population of senders whose transactions are few and large:
each is a *filler* that burns its whole gas limit (a call to a contract whose code is the
designated invalid instruction: an exceptional halt consumes all the gas given, at the
cost of one instruction) so that a block holds a handful of them instead of the
thousands of transfers the real chain carries. What the fee market sees of a
transaction is its gas and its fees, and a filler pays both like any other; it changes
no state (a halted call is undone), which is why it can stand for everything else. Per block, gas
arrives in fillers at a Poisson rate of `demand` x the block's gas target x the hour's
`congestion.factor`; each filler's sender values its gas at a price drawn from a
lognormal distribution (median `normal_gwei`, log-sd `value_sigma`). A sender sends only
if its value covers the next block's base fee (wallets show the fee: the rest of the
demand waits off chain, which is the demand curve), with that value as its fee cap and a
small priority fee; a filler sent before the base fee rose past its cap waits in the
mempool until the fee falls back (chain/mempool.py), holding its sender.

With `demand` = 2, half of the normal demand values gas above the median, so the base
fee settles where the included gas equals the target: at `normal_gwei` when the factor is
1 and at the value quantile 1 - 1/(2 x factor) above it (docs/stress.md, "Fee market":
the calibration to 12-13 March 2020).
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from vm.asm import asm
from vm.container import Container

if TYPE_CHECKING:
    from coinc.stress.chainsim import Account, SimChain

GWEI = 10**9
BACKGROUND = "background"  # the label of background transactions

# INVALID: an exceptional halt, which consumes all the gas of the call (a filler's receipt
# has status 0 and gas used = its gas limit). Burning gas by memory expansion instead
# costs ~1.4 ms of zero-filling per 5M gas: more than the rest of a stress run.
FILLER_CODE = Container(asm("INVALID"), b"", b"").encode()


class FeeMarket(BaseModel):
    """The parameters of `[fees]` (docs/stress.md, "Fee market", has their sources); the
    model is also the section's schema."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    # blocks mined per simulated hour, each under the protocol's base-fee rule
    blocks_per_hour: Annotated[int, Field(ge=1, le=300)] = 6
    # per block: Ethereum's since 2021 (10M in March 2020, at ~13 s blocks); at least 10M,
    # as agents' transactions carry a 3M gas limit and the contracts' deployments need more
    gas_limit: Annotated[int, Field(ge=10_000_000, le=1_000_000_000)] = 30_000_000
    # the median value of background gas, which is the normal base fee (gwei)
    normal_gwei: Annotated[float, Field(gt=0.0, le=100_000.0)] = 7.0
    # background gas offered per block at any price, in block gas targets
    demand: Annotated[float, Field(ge=0.0, le=100.0)] = 2.0
    # log-sd of the value background senders put on gas
    value_sigma: Annotated[float, Field(ge=0.0, le=10.0)] = 2.4
    # the priority fee background senders usually add (gwei)
    background_tip_gwei: Annotated[float, Field(ge=0.0, le=100_000.0)] = 1.5
    # agents' priority fee unless their policy says otherwise (gwei)
    tip_gwei: Annotated[float, Field(ge=0.0, le=100_000.0)] = 2.0
    # gas of one background transaction (a quarter of a block)
    filler_gas: Annotated[int, Field(ge=21_000, le=1_000_000_000)] = 7_500_000
    # background senders (each has at most one transaction waiting)
    senders: Annotated[int, Field(ge=1, le=1_024)] = 64

    @model_validator(mode="after")
    def _filler_fits(self) -> FeeMarket:
        if self.filler_gas > self.gas_limit:
            raise ValueError(f"filler_gas ({self.filler_gas}) must fit in a block (gas_limit {self.gas_limit})")
        return self

    @classmethod
    def from_cfg(cls, cfg: dict) -> FeeMarket:
        return cls.model_validate(cfg.get("fees") or {})

    @property
    def normal_base_fee(self) -> int:
        return int(self.normal_gwei * GWEI)

    @property
    def target(self) -> int:
        return self.gas_limit // 2


def poisson(rng: random.Random, lam: float) -> int:
    """A Poisson draw (Knuth's method; normal approximation above 30)."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


class BackgroundDemand:
    """Everyone else on the chain: before each block, the background gas that arrives in
    its interval is offered by free background senders (docstring of the module)."""

    def __init__(self, market: FeeMarket, accounts: list[Account], filler: bytes, rng: random.Random):
        self.market = market
        self.accounts = accounts
        self.filler = filler
        self.rng = rng
        self.factor = 1.0  # the hour's congestion.factor, set by the engine
        self.priced_out = 0  # fillers whose value was under the base fee (not sent)
        self.crowded_out = 0  # fillers with no free sender (more demand than senders)

    def arrive(self, sim: SimChain) -> None:
        m, rng = self.market, self.rng
        base = sim.next_base_fee()
        arrivals = poisson(rng, m.demand * m.target * self.factor / m.filler_gas)
        free = (a for a in self.accounts if not sim.has_unresolved(a))
        median = m.normal_gwei * GWEI
        for _ in range(arrivals):
            value = int(median * math.exp(m.value_sigma * rng.gauss(0.0, 1.0)))
            tip = int(m.background_tip_gwei * GWEI * rng.uniform(0.5, 1.5))
            if value < base:
                self.priced_out += 1
                continue
            account = next(free, None)
            if account is None:
                self.crowded_out += 1
                continue
            sim.send(account, self.filler, b"", gas=m.filler_gas, tip=min(tip, value - base),
                     max_fee=value, label=BACKGROUND)
