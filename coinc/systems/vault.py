"""The crypto-collateralised coin (Maker/Liquity-like): VaultCoin borrowed against the
native coin in the VaultEngine, priced by an oracle behind a delay (OSM), liquidated by
keepers in the auction the scenario selects (`vault.auction_kind`: the engine's own
linear Dutch auction, Maker's 2020 flip auction or today's Clipper, contracts/auctions.coin);
the collateral trades on chain in a constant-product pool against the reference dollar
(wrapped, since it is the native coin), linked to the exogenous price path by CEX
arbitrageurs (coinc/stress/market.py); a PegStabilityModule swaps the coin 1:1 for the
fiat coin when the fiat system is deployed first (Maker's USDC PSM: the contagion channel)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import Field

from coinc.deploy import Deployer
from coinc.errors import UserError
from coinc.stress import agents as A
from coinc.stress import agents_vault as AV
from coinc.stress import market as M
from coinc.stress.agents_fiat import VaultArbitrageur
from coinc.stress.model import DAY, HOUR, MAX_UINT, WAD, RunContext, sig6, topic
from coinc.stress.schema import Count, Frac, Hour, Money, Section
from coinc.systems.base import AgentFactory, Chart, System, lp_factory
from coinc.systems.fiat import issue as fiat_issue

RAY = 10**27
# 2% a year as a per-second ray: (1.02) ** (1 / 31_536_000)
TWO_PERCENT_A_YEAR = 1_000_000_000_627_937_192_491_029_810
LIQUIDATION = "Liquidation(uint256,address,uint256,uint256,uint256,uint256)"
AUCTION_CLOSED = "AuctionClosed(uint256,uint256,uint256)"
TAKE = "Take(uint256,address,uint256,uint256,uint256)"
DEAL = "Deal(uint256,address,uint256,uint256)"
AUCTION_KINDS = {"engine": 0, "flip": 1, "clip": 2}
DECREASES = {"linear": 0, "stairstep": 1}


def deploy(d: Deployer) -> None:
    p = d.params
    oracle = d.deploy("vault", "CollateralOracle", "PriceOracle", "COIN/USD", p["vault.collateral_price"],
                      p["vault.oracle_max_age"])
    osm = d.deploy("vault", "CollateralOSM", "DelayedOracle", oracle, p["vault.oracle_delay"])
    # the OSM goes stale with its source: a frozen feed halts it (oracle.mode "freeze")
    d.send("CollateralOSM", "set_max_age", p["vault.oracle_max_age"])
    coin = d.deploy("vault", "VaultCoin", "MintableToken", "Coin Dai", "CDAI", 18)
    engine = d.deploy("vault", "VaultEngine", "VaultEngine", coin, osm, p["vault.liquidation_ratio"],
                      p["vault.liquidation_penalty"], p["vault.stability_fee"], p["vault.debt_ceiling"],
                      p["vault.dust"], p["vault.auction_duration"], p["vault.auction_buffer"])
    d.send("VaultCoin", "set_minter", engine, True)
    kind = p["vault.auction_kind"]
    if kind == 1:
        auction = d.deploy("vault", "Auction", "Flipper", engine, coin, p["vault.flip_beg"], p["vault.flip_ttl"],
                           p["vault.flip_tau"])
    elif kind == 2:
        auction = d.deploy("vault", "Auction", "Clipper", engine, coin, osm, p["vault.clip_buf"], p["vault.clip_tail"],
                           p["vault.clip_cusp"], p["vault.clip_calc"], p["vault.clip_tau"], p["vault.clip_step"],
                           p["vault.clip_cut"], p["vault.clip_chost"])
    elif kind != 0:
        raise UserError(f"parameter vault.auction_kind is {kind}: 0 (engine), 1 (flip) or 2 (clip)")
    if kind:
        d.send("VaultCoin", "set_minter", auction, True)
        d.send("VaultEngine", "set_auctioneer", auction)
    if p["vault.lump"]:
        d.send("VaultEngine", "set_lump", p["vault.lump"])
    if p["vault.deployer_collateral"]:
        d.send("VaultEngine", "deposit", value=p["vault.deployer_collateral"])
    if p["vault.deployer_debt"]:
        d.send("VaultEngine", "borrow", p["vault.deployer_debt"])
    d.stable_pool("vault", "VaultPool", "VaultCoin", "vault")
    # the collateral's on-chain market: wrapped collateral against the reference dollar
    wrapped = d.deploy("vault", "WrappedCollateral", "WrappedCoin", "Wrapped Coin", "WCOIN")
    pool = d.deploy("vault", "CollateralPool", "ConstantProductPool", wrapped, d.address("USD"),
                    p["vault.market_fee_bps"])
    usd = p["vault.market_usd"]
    collateral = usd * WAD // p["vault.collateral_price"]
    if usd and collateral:
        d.send("WrappedCollateral", "deposit", value=collateral)
        d.send("WrappedCollateral", "approve", pool, collateral)
        d.send("USD", "approve", pool, usd)
        d.send("CollateralPool", "add_liquidity", collateral, usd, 0)
    if d.has("FiatCoin"):
        psm = d.deploy("vault", "PSM", "PegStabilityModule", d.address("FiatCoin"), coin,
                       p["vault.psm_fee_in"], p["vault.psm_fee_out"], p["vault.psm_line"])
        d.send("VaultCoin", "set_minter", psm, True)


# ---------------------------------------------------------------- stress: scenario keys


class VaultAgents(Section):
    """Its keys of [agents]."""

    borrowers: Count = 0
    keepers: Count = 0
    holders: Count = 0
    arbitrageurs: Count = 0
    lps: Count = 0
    keeper_gas_cap: Annotated[float, Field(gt=0.0, le=10_000.0)] = 2.5  # fee cap, x the base fee it started at
    keeper_capital: Money = 60_000  # vault coins each keeper can bid with
    keeper_margin: Frac = 0.05  # bids when the auction price is this far under the market
    borrower_min_ratio: Annotated[float, Field(ge=1.0, le=100.0)] = 1.6
    borrower_max_ratio: Annotated[float, Field(ge=1.0, le=100.0)] = 2.6
    borrower_activity: Frac = 0.6
    arbitrageur_capital: Money = 150_000
    collateral_arbitrageurs: Count = 1  # CEX arbitrageurs of the collateral market
    keeper_gas_cap_spread: Annotated[float, Field(ge=1.0, le=100.0)] = 1.0  # grid of keepers' budgets
    keeper_capital_spread: Annotated[float, Field(ge=1.0, le=100.0)] = 1.0  # grid of keepers' capital


Seconds = Annotated[int, Field(ge=1, le=30 * DAY)]


class AuctionSection(Section):
    """[auction]: which auction sells liquidated collateral and its parameters
    (`auction_params`; Maker's flip of 2020 and today's Clipper)."""

    kind: Literal["engine", "flip", "clip"] = "engine"
    beg: Annotated[float, Field(ge=1.0, le=1.999)] = 1.03  # flip: minimum bid increase
    ttl: Seconds = 600  # flip: bid lifetime
    tau: Seconds = 6 * HOUR  # flip: auction lifetime
    buf: Annotated[float, Field(ge=1.0, le=10.0)] = 1.2  # clip: start price / oracle price
    tail: Seconds = 8_400  # clip: seconds before a reset
    cusp: Annotated[float, Field(ge=0.0, le=0.999)] = 0.4  # clip: price drop before a reset
    decrease: Literal["linear", "stairstep"] = "stairstep"
    duration: Seconds = 3 * HOUR  # clip, linear: time to zero
    step: Annotated[int, Field(ge=1, le=DAY)] = 90  # clip, stairstep: seconds a step
    cut: Annotated[float, Field(ge=0.001, le=0.999999)] = 0.99  # clip, stairstep: price kept a step
    chost: Annotated[float, Field(ge=0.0, le=1e12)] = 0.0  # clip: least debt a partial take leaves
    lump: Annotated[float, Field(ge=0.0, le=1e12)] = 0.0  # collateral per lot (Maker's cat.lump)


class MarketSection(Section):
    """[market]: the on-chain collateral market and the CEX arbitrageur (`market_cfg`)."""

    depth: Annotated[float, Field(ge=0.0, le=100.0)] = 0.10  # pool dollars / users' vault collateral
    fee_bps: Annotated[float, Field(ge=0, le=1000)] = 30
    arbitrageur_capital: Annotated[float, Field(ge=0.0, le=1000.0)] = 1.0  # / pool depth
    arbitrageur_latency_hours: Annotated[float, Field(ge=0, le=240)] = 1
    arbitrageur_edge: Annotated[float, Field(ge=0.0, le=0.5)] = 0.005


class OracleSection(Section):
    """[oracle]: the collateral feed stops in [freeze_from_hour, freeze_until_hour);
    "freeze": the oracle goes stale and reads revert, "lag": the stale price is served."""

    mode: Literal["freeze", "lag"] = "freeze"
    freeze_from_hour: Hour = -1
    freeze_until_hour: Hour = -1


class PsmSection(Section):
    seed_gem: Money = 0  # fiat coins swapped into the PSM before the scenario starts


# ---------------------------------------------------------------- stress: state, set-up, agents


@dataclass
class VaultState:
    owners: list[bytes] = field(default_factory=list)  # every vault the run follows, the deployer's first
    auctions: set[int] = field(default_factory=set)  # auctions started and not yet closed
    vaults: dict[bytes, tuple[int, int]] = field(default_factory=dict)  # owner -> (collateral, art), last block
    rate: int = 0
    desk: M.CexDesk = field(default_factory=lambda: M.CexDesk(latency=1))
    supply_start: int = 0
    keeper_slots: list[int] = field(default_factory=list)  # capital ranks of the keepers, shuffled per run
    keepers_made: int = 0


@dataclass(frozen=True)
class CountedFactory(AgentFactory):
    """A factory whose `[agents]` count defaults to `default` instead of 0."""

    default: int = 1

    def count(self, cfg: dict, coins: tuple[str, ...]) -> int:
        return int(cfg.get("agents", {}).get(self.kind, self.default)) if self.applies(coins) else 0


def _number(table: dict, key: str, default: float, lo: float, hi: float, where: str) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
        raise UserError(f"scenario key `{where}.{key}` must be a number from {lo} to {hi} (got {value!r})")
    return float(value)


def auction_params(cfg: dict, p: dict[str, int]) -> None:
    """`[auction]` of a scenario into the contract parameters (`vault.auction_kind`, `flip_*`,
    `clip_*`); without the table the `params` (or the defaults) stand."""
    a = cfg.get("auction")
    if a is None:
        return
    if not isinstance(a, dict):
        raise UserError("scenario key `auction` must be a table")
    kind = a.get("kind", "engine")
    if kind not in AUCTION_KINDS:
        raise UserError(f"scenario key `auction.kind` must be one of {sorted(AUCTION_KINDS)} (got {kind!r})")
    known = {"kind", "beg", "ttl", "tau", "buf", "tail", "cusp", "decrease", "duration", "step", "cut", "chost",
             "lump"}
    for key in a:
        if key not in known:
            raise UserError(f"unknown scenario key `auction.{key}` (known: {', '.join(sorted(known))})")
    p["vault.auction_kind"] = AUCTION_KINDS[kind]
    w = "auction"
    if "beg" in a:
        p["vault.flip_beg"] = A.wad(_number(a, "beg", 1.03, 1.0, 1.999, w))
    if "ttl" in a:
        p["vault.flip_ttl"] = int(_number(a, "ttl", 600, 1, 30 * DAY, w))
    if "tau" in a:
        p["vault.flip_tau"] = int(_number(a, "tau", 6 * HOUR, 1, 30 * DAY, w))
    if "buf" in a:
        p["vault.clip_buf"] = A.wad(_number(a, "buf", 1.2, 1.0, 10.0, w))
    if "tail" in a:
        p["vault.clip_tail"] = int(_number(a, "tail", 8_400, 1, 30 * DAY, w))
    if "cusp" in a:
        p["vault.clip_cusp"] = A.wad(_number(a, "cusp", 0.4, 0.0, 0.999, w))
    if "decrease" in a:
        if a["decrease"] not in DECREASES:
            raise UserError(f"scenario key `auction.decrease` must be one of {sorted(DECREASES)} "
                            f"(got {a['decrease']!r})")
        p["vault.clip_calc"] = DECREASES[a["decrease"]]
    if "duration" in a:
        p["vault.clip_tau"] = int(_number(a, "duration", 3 * HOUR, 1, 30 * DAY, w))
    if "step" in a:
        p["vault.clip_step"] = int(_number(a, "step", 90, 1, DAY, w))
    if "cut" in a:
        p["vault.clip_cut"] = int(round(_number(a, "cut", 0.99, 0.001, 0.999999, w) * 1e9)) * 10**18
    if "lump" in a:
        p["vault.lump"] = A.wad(_number(a, "lump", 0.0, 0.0, 1e12, w))
    if "chost" in a:
        p["vault.clip_chost"] = A.wad(_number(a, "chost", 0.0, 0.0, 1e12, w))


def market_cfg(cfg: dict) -> dict[str, float]:
    m = cfg.get("market", {})
    if not isinstance(m, dict):
        raise UserError("scenario key `market` must be a table")
    known = {"depth", "fee_bps", "arbitrageur_capital", "arbitrageur_latency_hours", "arbitrageur_edge"}
    for key in m:
        if key not in known:
            raise UserError(f"unknown scenario key `market.{key}` (known: {', '.join(sorted(known))})")
    return {"depth": _number(m, "depth", 0.10, 0.0, 100.0, "market"),
            "fee_bps": _number(m, "fee_bps", 30, 0, 1000, "market"),
            "arbitrageur_capital": _number(m, "arbitrageur_capital", 1.0, 0.0, 1000.0, "market"),
            "arbitrageur_latency_hours": _number(m, "arbitrageur_latency_hours", 1, 0, 240, "market"),
            "arbitrageur_edge": _number(m, "arbitrageur_edge", 0.005, 0.0, 0.5, "market")}


MEAN_BORROWER_COLLATERAL = (150_000 + 900_000) / 2  # USD, the mean of the borrowers' draw below


def prepare(run: RunContext) -> None:
    p = run.params
    p["vault.collateral_price"] = A.wad(run.path[0])
    auction_params(run.cfg, p)
    m = market_cfg(run.cfg)
    borrowers = int(run.cfg.get("agents", {}).get("borrowers", 0))
    # the pool's dollar side: `market.depth` x the users' collateral value at the start
    p["vault.market_usd"] = A.wad(m["depth"] * borrowers * MEAN_BORROWER_COLLATERAL)
    p["vault.market_fee_bps"] = int(m["fee_bps"])
    # the deployer's vault seeds the market: ten times over-collateralised
    debt = 3 * p["vault.pool_liquidity"]
    p["vault.deployer_debt"] = debt
    p["vault.deployer_collateral"] = debt * 10 * WAD // p["vault.collateral_price"]
    if run.cfg.get("oracle", {}).get("mode") == "lag":
        p["vault.oracle_max_age"] = 10**9


def setup(run: RunContext, state: VaultState) -> None:
    state.owners.append(run.sim.dev.address)
    state.desk = M.CexDesk(latency=int(market_cfg(run.cfg)["arbitrageur_latency_hours"]))
    # the deployer stands for the exchange: it holds wrapped collateral to deliver
    sim, w = run.sim, run.w
    sim.transact(sim.dev, w.c["WrappedCollateral"], "deposit", value=10**28)


def auction_kind(run: RunContext) -> str:
    return {0: AV.ENGINE, 1: AV.FLIP, 2: AV.CLIP}[run.params["vault.auction_kind"]]


def borrower(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    sim, w, dev, rng, ag = run.sim, run.w, run.sim.dev, run.rng, run.cfg.get("agents", {})
    price = run.path[0]
    acct = run.new_account()
    lo, hi = float(ag.get("borrower_min_ratio", 1.6)), float(ag.get("borrower_max_ratio", 2.6))
    target = rng.uniform(lo, hi)
    collateral_usd = rng.uniform(150_000, 900_000)
    collateral = A.wad(collateral_usd / price)
    debt = A.wad(collateral_usd / target)
    sim.transact(acct, w.c["VaultEngine"], "deposit", value=collateral)
    sim.transact(acct, w.c["VaultEngine"], "borrow", debt)
    # a borrower spends most of what it borrowed (leverage) and keeps the rest
    keep = rng.uniform(0.0, 0.3)
    sim.transact(acct, w.c["VaultCoin"], "transfer", dev.address, int(debt * (1 - keep)))
    run.fund(acct, "USD", int(debt * rng.uniform(0.0, 0.3)))
    run.approve_all(acct, [("VaultCoin", "VaultPool"), ("USD", "VaultPool"), ("WrappedCollateral", "CollateralPool")])
    b = AV.VaultOwner("borrower", acct, random.Random(rng.random()),
                   min_ratio=max(1.51, target - rng.uniform(0.1, 0.4)), target=target,
                   reserve=A.wad(collateral_usd * rng.uniform(0.0, 0.3) / price),
                   activity=rng.uniform(0.0, float(ag.get("borrower_activity", 0.6))),
                   mint_premium=rng.uniform(0.02, 0.15))
    state.owners.append(acct.address)
    return (b,)


def keeper(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    """A keeper with its own vault coins (borrowed against four times their value) as
    capital. Gas budgets and capital spread between keepers by the `_spread` factors:
    keeper i of n gets the scenario's figure x spread ** (2i/(n-1) - 1), budgets in order
    and capital in an order the run's generator shuffles, so that who is rich in gas and
    who in capital differs between runs while the spread itself does not."""
    sim, w, rng, ag = run.sim, run.w, run.rng, run.cfg.get("agents", {})
    acct = run.new_account()
    n = int(ag.get("keepers", 1))
    if not state.keeper_slots:
        state.keeper_slots = list(range(n))
        rng.shuffle(state.keeper_slots)
    i = state.keepers_made
    state.keepers_made += 1
    grid = (lambda j: 2 * j / (n - 1) - 1) if n > 1 else (lambda j: 0.0)
    cap_spread = _number(ag, "keeper_gas_cap_spread", 1.0, 1.0, 100.0, "agents")
    capital_spread = _number(ag, "keeper_capital_spread", 1.0, 1.0, 100.0, "agents")
    gas_cap = float(ag.get("keeper_gas_cap", 2.5)) * cap_spread ** grid(i)
    capital = int(float(ag.get("keeper_capital", 60_000)) * capital_spread ** grid(state.keeper_slots[i])) * WAD
    sim.transact(acct, w.c["VaultEngine"], "deposit", value=A.wad(4 * capital / WAD / run.path[0]))
    sim.transact(acct, w.c["VaultEngine"], "borrow", capital)
    pairs = [("VaultCoin", "VaultPool"), ("USD", "VaultPool"), ("WrappedCollateral", "CollateralPool")]
    if "Auction" in w.c:
        pairs.append(("VaultCoin", "Auction"))
    run.approve_all(acct, pairs)
    k = AV.AuctionKeeper("keeper", acct, random.Random(rng.random()), auction=auction_kind(run), gas_cap=gas_cap,
                         margin=float(ag.get("keeper_margin", 0.05)), capital=capital)
    state.owners.append(acct.address)
    return (k,)


def cex_arbitrageur(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    """Capital `market.arbitrageur_capital` x the pool's dollar depth, half in dollars and
    half in wrapped collateral."""
    sim, w = run.sim, run.w
    m = market_cfg(run.cfg)
    acct = run.new_account()
    capital = int(run.params["vault.market_usd"] * m["arbitrageur_capital"])
    run.fund(acct, "USD", capital // 2)
    collateral = capital // 2 * WAD // run.params["vault.collateral_price"]
    if collateral:
        sim.transact(acct, w.c["WrappedCollateral"], "deposit", value=collateral)
    run.approve_all(acct, [("USD", "CollateralPool"), ("WrappedCollateral", "CollateralPool")])
    return (M.CexArbitrageur("cex-arbitrageur", acct, random.Random(run.rng.random()),
                             edge=m["arbitrageur_edge"], desk=state.desk),)


def psm_arbitrageur(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    acct = run.new_account()
    cap = int(run.cfg.get("agents", {}).get("arbitrageur_capital", 150_000)) * WAD
    arb = VaultArbitrageur("vault-arbitrageur", acct, random.Random(run.rng.random()), capital=cap,
                           fee_in=run.params["vault.psm_fee_in"], fee_out=run.params["vault.psm_fee_out"])
    run.fund(acct, "USD", cap)
    run.approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool"), ("FiatCoin", "PSM"),
                           ("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
    return (arb,)


def seed_psm(run: RunContext, state: VaultState) -> None:
    """Fiat coins already swapped into the PSM before the scenario starts (`[psm].seed_gem`)."""
    sim, w, dev = run.sim, run.w, run.sim.dev
    seed_gem = int(run.cfg.get("psm", {}).get("seed_gem", 0)) * WAD
    if seed_gem and "PSM" in w.c:
        # new fiat coins against dollars paid in (the issuer attests the larger reserves and
        # raises its own allowance: a seed over what the fiat set-up left reverted unnoticed
        # before set-up was checked); every set-up transaction is checked by SimChain
        fiat_issue(run, dev.address, seed_gem)
        sim.transact(dev, w.c["FiatCoin"], "approve", w.c["PSM"].address, MAX_UINT)
        sim.transact(dev, w.c["PSM"], "sell_gem", seed_gem)
        sim.mine()


def holder(run: RunContext, state: VaultState) -> tuple[A.Agent, ...]:
    acct = run.new_account()
    h = A.Holder("holder", acct, random.Random(run.rng.random()), coin="vault", pool="VaultPool",
                 belief=1.0, sell_rate=0.2)
    run.fund(acct, "USD", 200_000 * WAD // 4)
    run.approve_all(acct, [("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
    return (h,)


# ---------------------------------------------------------------- stress: each hour


def exogenous(run: RunContext, state: VaultState, hour: int) -> None:
    """The price reporter posts the collateral price (unless `[oracle]` freezes it) and
    pokes the OSM once per delay, frozen feed or not (anyone may poke): with `mode =
    "freeze"` the source goes stale, its reads revert, so do the pokes, and the OSM goes
    stale after it; with `"lag"` the source never goes stale and the OSM keeps queueing
    its last posted price."""
    sim, w, dev = run.sim, run.w, run.sim.dev
    o = run.cfg.get("oracle", {})
    frozen = o.get("freeze_from_hour", -1) <= hour < o.get("freeze_until_hour", -1)
    if not frozen:
        sim.transact(dev, w.c["CollateralOracle"], "post", A.wad(run.path[hour]))
    delay = run.params["vault.oracle_delay"]
    if delay and (hour * HOUR) % delay == 0 and hour > 0:
        sim.transact(dev, w.c["CollateralOSM"], "poke")
    state.desk.settle(sim, w, hour)


@dataclass
class VaultView:
    """What keepers see: the auctions open, the oracle price the engine reads now (wad,
    0 if unavailable), and the vaults after the last block."""

    auction_ids: list[int]
    oracle_price: int
    vaults: dict[bytes, tuple[int, int]]
    rate: int
    liquidation_ratio: int
    beg: int = WAD  # the flip auction's minimum increment (wad)
    _unsafe: list[bytes] | None = None

    def unsafe_vaults(self) -> list[bytes]:
        """Vaults the engine would liquidate at the oracle price, computed off chain with the
        engine's own integer formula from the state after the last block, as keepers do."""
        if self._unsafe is None:
            price = self.oracle_price
            self._unsafe = []
            if price:
                for owner, (collateral, art) in self.vaults.items():
                    debt = art * self.rate // RAY
                    if art and (collateral * price // WAD) * WAD < debt * self.liquidation_ratio:
                        self._unsafe.append(owner)
        return self._unsafe


def view(run: RunContext, state: VaultState, hour: int) -> VaultView:
    return VaultView(sorted(state.auctions), run.sim.call(run.w.c["CollateralOSM"], "price") or 0,
                     dict(state.vaults), state.rate, run.params["vault.liquidation_ratio"],
                     run.params["vault.flip_beg"])


def after_block(run: RunContext, state: VaultState, block) -> None:
    """Follow the auctions the block opened and closed, and read every vault."""
    sim, e = run.sim, run.w.c["VaultEngine"]
    liq, closed = topic(LIQUIDATION), topic(AUCTION_CLOSED)
    for receipt in block.receipts:
        for log in receipt.logs:
            if log.address == e.address and log.topics and log.topics[0] in (liq, closed):
                aid = int.from_bytes(log.topics[1], "big")
                (state.auctions.add if log.topics[0] == liq else state.auctions.discard)(aid)
    state.rate = sim.call(e, "get_rate") or 0
    if not state.supply_start:
        state.supply_start = run.supply("VaultCoin")
    vaults = [sim.call(e, "vault", o) or (0, 0) for o in state.owners]
    state.vaults = dict(zip(state.owners, vaults, strict=True))


def debts_add_up(run: RunContext, state: VaultState, hour: int, block) -> None:
    """The vaults' debts add up to the engine's vault debt, and the system debt is vault
    plus auction plus bad debt."""
    sim, e = run.sim, run.w.c["VaultEngine"]
    debts = sum(art * state.rate // RAY for _, art in state.vaults.values())
    vault_debt = sim.call(e, "vault_debt") or 0
    if abs(debts - vault_debt) > len(state.owners) + 1:
        run.fail(hour, f"vault debts add up to {debts}, the engine says {vault_debt}")
    system = sim.call(e, "system_debt") or 0
    parts = vault_debt + (sim.call(e, "get_auction_debt") or 0) + (sim.call(e, "get_bad_debt") or 0)
    if system != parts:
        run.fail(hour, f"system debt {system} != vault debt + auction debt + bad debt {parts}")


def collateral_held(run: RunContext, state: VaultState, hour: int, block) -> None:
    """The engine's coin balance is its vaults' plus its own auctions' collateral; an
    external auction contract holds exactly the lots of its open auctions."""
    sim, e = run.sim, run.w.c["VaultEngine"]
    collateral = sum(c for c, _ in state.vaults.values())
    if "Auction" in run.w.c:
        auction = run.w.c["Auction"]
        lots = sum((sim.call(auction, "auction", i) or (0, 0))[1] for i in state.auctions)
        if sim.balance(auction.address) != lots or (sim.call(auction, "get_held") or 0) != lots:
            run.fail(hour, "the auction contract's coin balance differs from its open lots")
        in_auctions = 0
    else:
        in_auctions = sum((sim.call(e, "auction", i) or (0, 0))[1] for i in state.auctions)
    if sim.balance(e.address) != collateral + in_auctions:
        run.fail(hour, "the engine's coin balance differs from vault plus auction collateral")


def wrapped_backed(run: RunContext, state: VaultState, hour: int, block) -> None:
    """Every wrapped collateral token is backed by the native coin its contract holds."""
    sim, wc = run.sim, run.w.c["WrappedCollateral"]
    if sim.balance(wc.address) != (sim.call(wc, "totalSupply") or 0):
        run.fail(hour, "WrappedCollateral: native coin held differs from the token supply")


# ---------------------------------------------------------------- stress: observations


def series(run: RunContext, state: VaultState, hour: int, put) -> None:
    sim, e = run.sim, run.w.c["VaultEngine"]
    dev = run.sim.dev.address
    rate = sim.call(e, "get_rate") or 0
    mine = [v for o, v in state.vaults.items() if o != dev]
    debt = sum(art * rate // RAY for _, art in mine)
    collateral = sum(c for c, _ in mine)
    # the users' vaults (the deployer's market-making vault left out)
    put("vault.collateral_ratio", (collateral / WAD * run.path[hour]) / (debt / WAD) if debt > 0 else 0.0)
    put("vault.bad_debt", (sim.call(e, "get_bad_debt") or 0) / WAD)
    put("vault.liquidations", float(sim.call(e, "auctions_started") or 0))
    r = sim.call(run.w.c["CollateralPool"], "get_reserves")
    put("vault.market_price", r[1] / r[0] if r and r[0] else 0.0)


def figures(run: RunContext, state: VaultState, fig: dict[str, Any]) -> None:
    s, sim, e = run.series, run.sim, run.w.c["VaultEngine"]
    n = sim.call(e, "auctions_started") or 0
    volume = 0.0
    for i in range(n):
        a = sim.call(e, "auction", i)
        # the debt each auction was started for (its tab / (1 + penalty))
        volume += (a[2] if a else 0) / 1e18
    started = _engine_logs(run, LIQUIDATION)
    debt = sum(int.from_bytes(entry.log.data[32:64], "big") for entry in started) / 1e18
    fig["liquidations"] = {"count": n, "volume": sig6(debt if debt else volume)}
    fig["bad_debt"] = sig6(s.get("vault.bad_debt", [0.0])[-1])
    zero, closed = zero_price_auctions(run)
    fig["zero_price_takes"] = zero
    fig["auctions"] = n
    fig["auctions_settled"] = closed
    fig["zero_price_auctions"] = zero  # the engine derives zero_price_share and bad_debt_share
    fig["min_collateral_ratio"] = sig6(min(s.get("vault.collateral_ratio", [0.0]) or [0.0]))
    market = s.get("vault.market_price", [])
    cex = s.get("collateral_price", [])
    fig["max_market_discount"] = sig6(max((1 - m / c for m, c in zip(market, cex, strict=False) if c), default=0.0))


def zero_price_auctions(run: RunContext) -> tuple[int, int]:
    """(auctions settled for next to nothing, auctions settled): an auction is won at zero
    when it raised under 0.1% of its debt (Black Thursday's "0 DAI" wins; a flip bid must
    be above zero, so the cheapest is 1 wei)."""
    debts = {int.from_bytes(x.log.topics[1], "big"): int.from_bytes(x.log.data[32:64], "big")
             for x in _engine_logs(run, LIQUIDATION)}
    closed = [int.from_bytes(x.log.topics[1], "big") for x in _engine_logs(run, AUCTION_CLOSED)]
    raised: dict[int, int] = {}
    if "Auction" in run.w.c and run.params["vault.auction_kind"] == 1:
        for x in run.sim.logs(run.w.c["Auction"].address, topic(DEAL)):
            raised[int.from_bytes(x.log.topics[1], "big")] = int.from_bytes(x.log.data[32:64], "big")
    else:
        where = run.w.c["Auction"].address if "Auction" in run.w.c else run.w.c["VaultEngine"].address
        for x in run.sim.logs(where, topic(TAKE)):
            aid = int.from_bytes(x.log.topics[1], "big")
            raised[aid] = raised.get(aid, 0) + int.from_bytes(x.log.data[32:64], "big")
    zero = sum(1 for i in closed if raised.get(i, 0) * 1000 < debts.get(i, 0))
    return zero, len(closed)


def _engine_logs(run: RunContext, event: str) -> list:
    """The engine's `event` logs over the whole chain."""
    return run.sim.logs(run.w.c["VaultEngine"].address, topic(event))


SYSTEM = System(
    name="vault",
    label="crypto-collateralised (VaultCoin)",
    deploy=deploy,
    defaults={
        "vault.collateral_price": 2_000 * WAD,
        "vault.oracle_max_age": DAY,
        "vault.oracle_delay": 3_600,
        "vault.liquidation_ratio": 15 * WAD // 10,
        "vault.liquidation_penalty": 13 * WAD // 100,
        "vault.stability_fee": TWO_PERCENT_A_YEAR,
        "vault.debt_ceiling": 100_000_000 * WAD,
        "vault.dust": 100 * WAD,
        "vault.auction_duration": 3 * 3_600,
        "vault.auction_buffer": 12 * WAD // 10,
        "vault.deployer_collateral": 2_000 * WAD,
        "vault.deployer_debt": 1_500_000 * WAD,
        "vault.pool_amp": 100,
        "vault.pool_fee": 4_000_000,
        "vault.pool_liquidity": 1_000_000 * WAD,
        "vault.psm_fee_in": 0,
        "vault.psm_fee_out": WAD // 1000,
        "vault.psm_line": 50_000_000 * WAD,
        # the auction: 0 the engine's own linear Dutch auction, 1 flip, 2 clip
        "vault.auction_kind": 0,
        # Maker's ETH-A flip auction in March 2020: beg 3%, ttl 10 minutes, tau 6 hours
        "vault.flip_beg": 103 * WAD // 100,
        "vault.flip_ttl": 600,
        "vault.flip_tau": 6 * 3_600,
        # Maker's ETH-A Clipper (2021): buf 1.2, tail 140 min, cusp 0.4, 1% down every 90 s
        "vault.clip_buf": 12 * WAD // 10,
        "vault.clip_tail": 8_400,
        "vault.clip_cusp": 4 * WAD // 10,
        "vault.clip_calc": 1,
        "vault.clip_tau": 3 * 3_600,
        "vault.clip_step": 90,
        "vault.clip_cut": 99 * RAY // 100,
        "vault.clip_chost": 0,
        # most collateral per liquidation (Maker's cat.lump), 0: the whole vault
        "vault.lump": 0,
        # the collateral pool (deployer's liquidity) and its fee
        "vault.market_usd": 500_000 * WAD,
        "vault.market_fee_bps": 30,
    },
    # with the defaults; `vault.auction_kind` 1 or 2 adds a Flipper or a Clipper ("Auction")
    contracts=("PriceOracle", "DelayedOracle", "MintableToken", "VaultEngine", "StableSwapPool",
               "PegStabilityModule", "WrappedCoin", "ConstantProductPool"),
    token="VaultCoin",
    pool="VaultPool",
    new_state=VaultState,
    prepare=prepare,
    setup=setup,
    agents=(
        AgentFactory("borrowers", borrower),
        AgentFactory("keepers", keeper, after=lambda run, state: run.sim.mine()),
        CountedFactory("collateral_arbitrageurs", cex_arbitrageur, after=lambda run, state: run.sim.mine()),
        AgentFactory("arbitrageurs", psm_arbitrageur, applies=lambda coins: "fiat" in coins, after=seed_psm),
        lp_factory("vault", "VaultPool"),
        AgentFactory("holders", holder, applies=lambda coins: "fiat" not in coins),
    ),
    exogenous=exogenous,
    view=view,
    after_block=after_block,
    series=series,
    ledger_tokens=("WrappedCollateral",),
    invariants=(debts_add_up, collateral_held, wrapped_backed),
    figures=figures,
    sections={"agents": VaultAgents, "oracle": OracleSection, "psm": PsmSection, "auction": AuctionSection,
              "market": MarketSection},
    charts=(
        Chart("collateral", (("collateral_price", "collateral price, CEX ($)"),
                             ("vault.market_price", "collateral price, on-chain pool ($)")), "$"),
        Chart("collateral_ratio", (("vault.collateral_ratio", "users' vaults"),), "collateral / debt"),
        Chart("bad_debt", (("vault.bad_debt", "bad debt"),), "coins"),
    ),
)
