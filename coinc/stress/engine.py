"""One run of a scenario: build the world, fund and place the agents, then step hour by
hour: exogenous events (prices, issuer, oracle), agents' transactions, one mined block,
measurements, and the contracts' invariants checked after every block."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field
from typing import Any

from coinc.stress import agents as A
from coinc.stress.chainsim import SimChain
from coinc.stress.scenario import price_path, start_time
from coinc.stress.world import World, build_world
from coinc.systems import DEFAULTS

WAD = 10**18
HOUR = 3600
TOKENS = {"fiat": "FiatCoin", "vault": "VaultCoin", "algo": "AlgoStable"}
POOLS = {"fiat": "FiatPool", "vault": "VaultPool", "algo": "AlgoPool"}
MAX_UINT = 2**256 - 1


class InvariantViolation(Exception):
    pass


@dataclass
class Step:
    """What every agent sees in one hour."""

    hour: int
    sim: SimChain
    w: World
    cfg: dict
    prices: dict[str, float]
    collateral_price: float
    day_drop: float
    congestion: float
    redemptions_open: bool
    resolved: bool
    share_price: float
    share_price_start: float
    vault_owners: list[bytes]
    auction_ids: list[int] = field(default_factory=list)
    oracle_price: int = 0  # what the vault engine reads now (wad), 0 if unavailable
    token_of: dict[str, str] = field(default_factory=lambda: dict(TOKENS))
    _unsafe: list[bytes] | None = None

    vaults: dict[bytes, tuple[int, int]] = field(default_factory=dict)  # owner -> (collateral, art)
    rate: int = 0
    liquidation_ratio: int = 0

    def unsafe_vaults(self) -> list[bytes]:
        """Vaults the engine would liquidate at the oracle price, computed off chain with the
        engine's own integer formula from the state after the last block, as keepers do."""
        if self._unsafe is None:
            price = self.oracle_price
            self._unsafe = []
            if price:
                for owner, (collateral, art) in self.vaults.items():
                    debt = art * self.rate // 10**27
                    if art and (collateral * price // WAD) * WAD < debt * self.liquidation_ratio:
                        self._unsafe.append(owner)
        return self._unsafe

    def addr(self, name: str) -> bytes:
        return self.w.c[name].address

    def belief(self, agent: A.Agent) -> float:
        """What an agent thinks the coin is worth: par in normal times, its own estimate
        while the reserves are frozen and not yet resolved."""
        frozen = self.cfg.get("freeze")
        if frozen and frozen.get("at_hour", 0) <= self.hour < frozen.get("resolved_hour", 10**9):
            return getattr(agent, "belief", 1.0)
        return 1.0

    def wave_fraction(self, agent: A.Agent) -> float:
        run = self.cfg.get("run")
        if run and isinstance(agent, A.Holder) and agent.coin == "algo" and self.hour in run.get("waves", []):
            return float(run.get("wave_fraction", 0.3))
        return 0.0

    def pull_fraction(self, agent: A.Agent) -> float:
        run = self.cfg.get("run")
        if run and getattr(agent, "coin", "") == "algo" and self.hour == run.get("pull_liquidity_hour", -1):
            return float(run.get("pull_fraction", 0.8))
        return 0.0


@dataclass
class RunResult:
    scenario: str
    seed: int
    series: dict[str, list[float]]
    summary: dict[str, dict[str, Any]]
    invariant_failures: list[str]
    transactions: int
    blocks: int


def contract_params(cfg: dict) -> dict[str, int]:
    params = dict(DEFAULTS)
    for k, v in cfg.get("params", {}).items():
        if k not in DEFAULTS:
            from coinc.errors import UserError

            raise UserError(f"scenario parameter `params.{k}` is not a contract parameter "
                            "(see `coinc deploy --system --param` names in docs/stablecoins.md)")
        params[k] = int(v)
    return params


class Run:
    def __init__(self, cfg: dict, seed: int):
        self.cfg = cfg
        self.seed = seed
        self.rng = random.Random(seed)
        self.hours = cfg["hours"]
        self.coins = tuple(cfg["coins"])
        self.path = price_path(cfg, random.Random(seed * 7919 + 1))
        self.params = contract_params(cfg)
        ag = cfg.get("agents", {})
        n_agents = sum(int(ag.get(k, 0)) for k in ("borrowers", "keepers", "holders", "arbitrageurs", "lps")) * 3 + 8
        self.sim = SimChain(n_agents, start_time(cfg), agent_balance=10**26)
        self._next_agent = 0
        self.agents: list[A.Agent] = []
        self.vault_owners: list[bytes] = []
        self.failures: list[str] = []
        self.series: dict[str, list[float]] = {}
        self.tx_count = 0
        self.ledger: dict[str, dict[bytes, int]] = {}
        self.redemption_paid_upto = 0
        self.active_auctions: set[int] = set()

    # ---------------------------------------------------------------- set-up
    def new_account(self):
        a = self.sim.agents[self._next_agent]
        self._next_agent += 1
        return a

    def setup(self) -> None:
        p = self.params
        cfg = self.cfg
        if "vault" in self.coins:
            p["vault.collateral_price"] = A.wad(self.path[0])
            # the deployer's vault seeds the market: ten times over-collateralised
            debt = 3 * p["vault.pool_liquidity"]
            p["vault.deployer_debt"] = debt
            p["vault.deployer_collateral"] = debt * 10 * WAD // p["vault.collateral_price"]
        oracle = cfg.get("oracle", {})
        if oracle.get("mode") == "lag":
            p["vault.oracle_max_age"] = 10**9
        self.w = build_world(self.sim, p, self.coins)
        sim, w, dev = self.sim, self.w, self.sim.dev
        ag = cfg.get("agents", {})
        if "vault" in self.coins:
            self.vault_owners.append(dev.address)
        self.share_start = A.unwad(sim.call(w.c["SharePool"], "price0")) if "algo" in self.coins else 0.0

        def fund(account, token: str, amount: int) -> None:
            if amount > 0:
                sim.transact(dev, w.c[token], "transfer", account.address, amount)

        def approve_all(account, pairs) -> None:
            for token, spender in pairs:
                sim.transact(account, w.c[token], "approve", w.c[spender].address, MAX_UINT)

        usd_each = 200_000 * WAD
        # -- fiat coin holders, arbitrageurs, LPs
        if "fiat" in self.coins:
            extra = 4_000_000 * WAD
            sim.transact(dev, w.c["FiatCoin"], "mint", dev.address, extra)
            sim.mine()
            # fully backed, as USDC was: reserves equal the supply
            sim.transact(dev, w.c["FiatCoin"], "attest_reserves", self.supply("FiatCoin"))
            for _i in range(int(ag.get("holders", 0))):
                acct = self.new_account()
                belief = max(0.80, min(0.99, self.rng.gauss(float(ag.get("holder_panic", 0.92)), 0.03)))
                h = A.Holder("holder", acct, random.Random(self.rng.random()), coin="fiat", pool="FiatPool",
                             belief=belief, sell_rate=self.rng.uniform(0.03, 0.1))
                fund(acct, "FiatCoin", int(self.rng.uniform(60_000, 300_000)) * WAD)
                fund(acct, "USD", usd_each // 4)
                approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool")])
                self.agents.append(h)
            for _i in range(int(ag.get("arbitrageurs", 0))):
                acct = self.new_account()
                cap = int(ag.get("arbitrageur_capital", 150_000)) * WAD
                arb = A.FiatArbitrageur("arbitrageur", acct, random.Random(self.rng.random()), capital=cap,
                                        belief=self.rng.uniform(0.95, 0.99))
                fund(acct, "USD", cap)
                approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool")])
                self.agents.append(arb)
            self._lps("fiat", "FiatPool", "FiatCoin", int(ag.get("lps", 0)))
        # -- vault coin: borrowers, keepers, arbitrageurs
        if "vault" in self.coins:
            price = self.path[0]
            for _i in range(int(ag.get("borrowers", 0))):
                acct = self.new_account()
                lo, hi = float(ag.get("borrower_min_ratio", 1.6)), float(ag.get("borrower_max_ratio", 2.6))
                target = self.rng.uniform(lo, hi)
                collateral_usd = self.rng.uniform(150_000, 900_000)
                collateral = A.wad(collateral_usd / price)
                debt = A.wad(collateral_usd / target)
                sim.transact(acct, w.c["VaultEngine"], "deposit", value=collateral)
                sim.transact(acct, w.c["VaultEngine"], "borrow", debt)
                # a borrower spends most of what it borrowed (leverage) and keeps the rest
                keep = self.rng.uniform(0.0, 0.3)
                sim.transact(acct, w.c["VaultCoin"], "transfer", dev.address, int(debt * (1 - keep)))
                fund(acct, "USD", int(debt * self.rng.uniform(0.0, 0.3)))
                approve_all(acct, [("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
                b = A.Borrower("borrower", acct, random.Random(self.rng.random()),
                               min_ratio=max(1.51, target - self.rng.uniform(0.1, 0.4)), target=target,
                               reserve=A.wad(collateral_usd * self.rng.uniform(0.0, 0.3) / price),
                               activity=self.rng.uniform(0.0, float(ag.get("borrower_activity", 0.6))))
                self.agents.append(b)
                self.vault_owners.append(acct.address)
            for _i in range(int(ag.get("keepers", 0))):
                acct = self.new_account()
                capital = int(ag.get("keeper_capital", 60_000)) * WAD
                sim.transact(acct, w.c["VaultEngine"], "deposit", value=A.wad(4 * capital / WAD / price))
                sim.transact(acct, w.c["VaultEngine"], "borrow", capital)
                k = A.Keeper("keeper", acct, random.Random(self.rng.random()),
                             gas_cap=float(ag.get("keeper_gas_cap", 2.5)), margin=float(ag.get("keeper_margin", 0.05)),
                             activity=self.rng.uniform(0.75, 0.95))
                self.agents.append(k)
                self.vault_owners.append(acct.address)
            sim.mine()
            for _i in range(int(ag.get("arbitrageurs", 0)) if "fiat" in self.coins else 0):
                acct = self.new_account()
                cap = int(ag.get("arbitrageur_capital", 150_000)) * WAD
                arb = A.VaultArbitrageur("vault-arbitrageur", acct, random.Random(self.rng.random()), capital=cap)
                fund(acct, "USD", cap)
                approve_all(acct, [("FiatCoin", "FiatPool"), ("USD", "FiatPool"), ("FiatCoin", "PSM"),
                                   ("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
                self.agents.append(arb)
            if "PSM" in w.c:
                seed_gem = int(cfg.get("psm", {}).get("seed_gem", 0)) * WAD
                if seed_gem:
                    sim.transact(dev, w.c["FiatCoin"], "mint", dev.address, seed_gem)
                    sim.transact(dev, w.c["FiatCoin"], "approve", w.c["PSM"].address, MAX_UINT)
                    sim.transact(dev, w.c["PSM"], "sell_gem", seed_gem)
                    sim.mine()
            self._lps("vault", "VaultPool", "VaultCoin", int(ag.get("lps", 0)))
            for _i in range(int(ag.get("holders", 0)) if "fiat" not in self.coins else 0):
                acct = self.new_account()
                h = A.Holder("holder", acct, random.Random(self.rng.random()), coin="vault", pool="VaultPool",
                             belief=1.0, sell_rate=0.2)
                fund(acct, "USD", usd_each // 4)
                approve_all(acct, [("VaultCoin", "VaultPool"), ("USD", "VaultPool")])
                self.agents.append(h)
        # -- algorithmic coin
        if "algo" in self.coins:
            for _i in range(int(ag.get("holders", 0))):
                acct = self.new_account()
                h = A.Holder("holder", acct, random.Random(self.rng.random()), coin="algo", pool="AlgoPool",
                             belief=1.0, sell_rate=0.15, panic_below=self.rng.uniform(0.85, 0.98),
                             buys_dips=False)
                fund(acct, "AlgoStable", int(self.rng.uniform(40_000, 200_000)) * WAD)
                fund(acct, "USD", usd_each // 10)
                approve_all(acct, [("AlgoStable", "AlgoPool"), ("USD", "AlgoPool")])
                self.agents.append(h)
                sh = self.new_account()
                fund(sh, "ShareToken", int(self.rng.uniform(5_000, 40_000)) * WAD)
                approve_all(sh, [("ShareToken", "SharePool")])
                self.agents.append(A.ShareHolder("share-holder", sh, random.Random(self.rng.random()),
                                                 panic_drop=self.rng.uniform(0.2, 0.7)))
            for _i in range(int(ag.get("arbitrageurs", 0))):
                acct = self.new_account()
                cap = int(ag.get("arbitrageur_capital", 300_000)) * WAD
                arb = A.AlgoArbitrageur("arbitrageur", acct, random.Random(self.rng.random()), capital=cap)
                fund(acct, "USD", cap)
                approve_all(acct, [("AlgoStable", "AlgoPool"), ("USD", "AlgoPool"), ("ShareToken", "SharePool"),
                                   ("USD", "SharePool")])
                self.agents.append(arb)
            self._lps("algo", "AlgoPool", "AlgoStable", int(ag.get("lps", 0)))
        sim.mine()
        self.initial_supply = {c: self.supply(TOKENS[c]) for c in self.coins}
        self.initial_share_supply = self.supply("ShareToken") if "algo" in self.coins else 0
        for token in self._tracked_tokens():
            self._rebuild_ledger(token)

    def _lps(self, coin: str, pool: str, token: str, n: int) -> None:
        """Hand the deployer's LP shares to `n` liquidity providers."""
        sim, w, dev = self.sim, self.w, self.sim.dev
        shares = sim.call(w.c[pool], "balanceOf", dev.address) or 0
        for _i in range(n):
            acct = self.new_account()
            sim.transact(dev, w.c[pool], "transfer", acct.address, shares // (n + 1))
            self.agents.append(A.LiquidityProvider("lp", acct, random.Random(self.rng.random()), coin=coin, pool=pool,
                                                   threshold=self.rng.uniform(0.02, 0.10)))
        sim.mine()

    # ---------------------------------------------------------------- reads
    def supply(self, token: str) -> int:
        return self.sim.call(self.w.c[token], "totalSupply") or 0

    def coin_price(self, coin: str) -> float:
        v = self.sim.call(self.w.c[POOLS[coin]], "price0")
        return A.unwad(v) if v is not None else 0.0

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

    def exogenous(self, hour: int) -> None:
        sim, w, dev, cfg = self.sim, self.w, self.sim.dev, self.cfg
        price = self.path[hour]
        if "vault" in self.coins:
            o = cfg.get("oracle", {})
            frozen = o.get("freeze_from_hour", -1) <= hour < o.get("freeze_until_hour", -1)
            if not frozen:
                sim.transact(dev, w.c["CollateralOracle"], "post", A.wad(price))
            delay = self.params["vault.oracle_delay"]
            if delay and (hour * HOUR) % delay == 0 and hour > 0 and not frozen:
                sim.transact(dev, w.c["CollateralOSM"], "poke")
        if "algo" in self.coins:
            sp = sim.call(w.c["SharePool"], "price0")
            if sp:
                sim.transact(dev, w.c["ShareOracle"], "post", sp)
        f = cfg.get("freeze")
        if "fiat" in self.coins and f:
            fiat = w.c["FiatCoin"]
            reserves = sim.call(fiat, "get_reserves") or 0
            if hour == f.get("at_hour", 0):
                sim.transact(dev, fiat, "set_impaired", int(reserves * float(f["fraction"])))
                sim.transact(dev, fiat, "set_redemptions_open", False)
            if hour == f.get("resolved_hour", -1):
                impaired = sim.call(fiat, "get_impaired") or 0
                lost = int(impaired * float(f.get("haircut", 0.0)))
                sim.transact(dev, fiat, "set_impaired", 0)
                if lost:
                    sim.transact(dev, fiat, "attest_reserves", reserves - lost)
            if hour == f.get("redemptions_reopen_hour", -1):
                sim.transact(dev, fiat, "set_redemptions_open", True)
            if hour % 24 == 0 and hour != f.get("resolved_hour", -1):
                sim.transact(dev, fiat, "attest_reserves", reserves)
        if "fiat" in self.coins and (not f or self._redemptions_open(hour)):
            self._pay_redemptions()

    def _redemptions_open(self, hour: int) -> bool:
        f = self.cfg.get("freeze")
        if not f:
            return True
        return not (f.get("at_hour", 0) <= hour < f.get("redemptions_reopen_hour", 10**9))

    def _pay_redemptions(self) -> None:
        """The issuer wires dollars for queued redemptions (paid in the reference dollar)."""
        sim, w, dev = self.sim, self.w, self.sim.dev
        fiat = w.c["FiatCoin"]
        queued = sim.call(fiat, "redemption_queue") or 0
        for rid in range(self.redemption_paid_upto, queued):
            r = sim.call(fiat, "redemption", rid)
            if r and r[3] == 1:
                sim.transact(dev, fiat, "complete_redemption", rid)
                sim.transact(dev, w.c["USD"], "transfer", r[0], r[1])
        self.redemption_paid_upto = queued

    def step(self, hour: int) -> None:
        sim = self.sim
        sim.now = start_time(self.cfg) + hour * HOUR
        self.exogenous(hour)
        prices = {c: self.coin_price(c) for c in self.coins}
        day_ago = self.path[max(0, hour - 24)]
        s = Step(hour=hour, sim=sim, w=self.w, cfg=self.cfg, prices=prices, collateral_price=self.path[hour],
                 day_drop=max(0.0, 1 - self.path[hour] / day_ago) if day_ago else 0.0,
                 congestion=self.congestion_at(hour), redemptions_open=self._redemptions_open(hour),
                 resolved=hour >= self.cfg.get("freeze", {}).get("resolved_hour", 0),
                 share_price=A.unwad(sim.call(self.w.c["SharePool"], "price0")) if "algo" in self.coins else 0.0,
                 share_price_start=self.share_start, vault_owners=self.vault_owners,
                 auction_ids=sorted(self.active_auctions),
                 vaults=dict(getattr(self, "_vaults", {})), rate=getattr(self, "_rate", 0),
                 liquidation_ratio=self.params["vault.liquidation_ratio"],
                 oracle_price=(sim.call(self.w.c["CollateralOSM"], "price") or 0) if "vault" in self.coins else 0)
        order = list(self.agents)
        self.rng.shuffle(order)
        for agent in order:
            agent.act(s)
        done = sim.mine()
        self.tx_count += len(done)
        self.check_invariants(hour, sim.node.head)
        self.record(hour)

    # ---------------------------------------------------------------- measurements
    def record(self, hour: int) -> None:
        def put(key: str, value: float) -> None:
            self.series.setdefault(key, []).append(value)

        put("hour", float(hour))
        put("collateral_price", self.path[hour])
        for c in self.coins:
            put(f"{c}.price", self.coin_price(c))
            put(f"{c}.supply", self.supply(TOKENS[c]) / WAD)
        sim, w = self.sim, self.w
        if "vault" in self.coins:
            e = w.c["VaultEngine"]
            dev = self.sim.dev.address
            rate = sim.call(e, "get_rate") or 0
            mine = [v for o, v in self._vaults.items() if o != dev]  # read by check_invariants
            debt = sum(art * rate // 10**27 for _, art in mine)
            collateral = sum(c for c, _ in mine)
            # the users' vaults (the deployer's market-making vault left out)
            put("vault.collateral_ratio", (collateral / WAD * self.path[hour]) / (debt / WAD) if debt > 0 else 0.0)
            put("vault.bad_debt", (sim.call(e, "get_bad_debt") or 0) / WAD)
            put("vault.liquidations", float(sim.call(e, "auctions_started") or 0))
        if "fiat" in self.coins:
            put("fiat.backing_ratio", A.unwad(sim.call(w.c["FiatCoin"], "backing_ratio")))
        if "algo" in self.coins:
            put("algo.share_price", A.unwad(sim.call(w.c["SharePool"], "price0")))
            put("algo.share_supply", self.supply("ShareToken") / WAD)

    # ---------------------------------------------------------------- invariants
    def _tracked_tokens(self) -> list[str]:
        names = []
        for c in self.coins:
            names.append(TOKENS[c])
        if "algo" in self.coins:
            names.append("ShareToken")
        names.append("USD")
        return names

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
        """After every block: token supplies equal the ledger of Transfer events and every
        balance agrees with it (daily); the vault engine's debts add up and its coin covers
        its vaults and auctions; pools hold their reserves; the algorithmic swap never paid
        more than the oracle price allowed."""
        sim, w = self.sim, self.w
        topic_transfer = bytes.fromhex("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")
        by_address = {w.c[t].address: t for t in self._tracked_tokens()}
        for receipt in block.receipts:
            for log in receipt.logs:
                token = by_address.get(log.address)
                if token and log.topics and log.topics[0] == topic_transfer:
                    src, dst = log.topics[1][12:], log.topics[2][12:]
                    value = int.from_bytes(log.data, "big")
                    ledger = self.ledger[token]
                    if src != b"\x00" * 20:
                        ledger[src] = ledger.get(src, 0) - value
                    if dst != b"\x00" * 20:
                        ledger[dst] = ledger.get(dst, 0) + value
        for token in self._tracked_tokens():
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
        if "vault" in self.coins:
            e = w.c["VaultEngine"]
            liq, closed = _topic(LIQUIDATION), _topic(AUCTION_CLOSED)
            for receipt in block.receipts:
                for log in receipt.logs:
                    if log.address == e.address and log.topics and log.topics[0] in (liq, closed):
                        aid = int.from_bytes(log.topics[1], "big")
                        (self.active_auctions.add if log.topics[0] == liq else self.active_auctions.discard)(aid)
            rate = sim.call(e, "get_rate") or 0
            vaults = [sim.call(e, "vault", o) or (0, 0) for o in self.vault_owners]
            self._vaults = dict(zip(self.vault_owners, vaults, strict=True))
            self._rate = rate
            debts = sum(art * rate // 10**27 for _, art in vaults)
            vault_debt = sim.call(e, "vault_debt") or 0
            if abs(debts - vault_debt) > len(self.vault_owners) + 1:
                self.fail(hour, f"vault debts add up to {debts}, the engine says {vault_debt}")
            system = sim.call(e, "system_debt") or 0
            parts = vault_debt + (sim.call(e, "get_auction_debt") or 0) + (sim.call(e, "get_bad_debt") or 0)
            if system != parts:
                self.fail(hour, f"system debt {system} != vault debt + auction debt + bad debt {parts}")
            collateral = sum(c for c, _ in vaults)
            in_auctions = sum((sim.call(e, "auction", i) or (0, 0))[1] for i in self.active_auctions)
            if sim.balance(e.address) != collateral + in_auctions:
                self.fail(hour, "the engine's coin balance differs from vault plus auction collateral")
        for coin in self.coins:
            pool = w.c[POOLS[coin]]
            reserves = sim.call(pool, "get_reserves")
            token_bal = sim.call(w.c[TOKENS[coin]], "balanceOf", pool.address) or 0
            usd_bal = sim.call(w.c["USD"], "balanceOf", pool.address) or 0
            if reserves and (token_bal < reserves[0] or usd_bal < reserves[1]):
                self.fail(hour, f"{POOLS[coin]} holds less than its recorded balances")
        if "algo" in self.coins:
            topic = _topic("StableToShare(address,uint256,uint256,uint256,uint256)")
            back = _topic("ShareToStable(address,uint256,uint256,uint256,uint256)")
            for receipt in block.receipts:
                for log in receipt.logs:
                    if log.address != w.c["SwapModule"].address or not log.topics:
                        continue
                    a, b, price, _ = (int.from_bytes(log.data[i:i + 32], "big") for i in range(0, 128, 32))
                    if log.topics[0] == topic and b * price > a * WAD:
                        self.fail(hour, "the swap minted more share than the oracle price allows")
                    if log.topics[0] == back and b * WAD > a * price:
                        self.fail(hour, "the swap minted more coins than the oracle price allows")

    def fail(self, hour: int, message: str) -> None:
        if len(self.failures) < 50:
            self.failures.append(f"hour {hour}: {message}")

    # ---------------------------------------------------------------- run
    def run(self, on_step=None) -> RunResult:
        self.setup()
        for hour in range(self.hours):
            self.step(hour)
            if on_step is not None:
                on_step(hour)
        from coinc.stress.metrics import summarize

        return RunResult(self.cfg["name"], self.seed, self.series, summarize(self), self.failures,
                         self.tx_count, self.sim.node.head.number)


LIQUIDATION = "Liquidation(uint256,address,uint256,uint256,uint256,uint256)"
AUCTION_CLOSED = "AuctionClosed(uint256,uint256,uint256)"


@functools.cache
def _topic(sig: str) -> bytes:
    from lang.abi import event_topic

    return event_topic(sig)


def run_one(cfg: dict, seed: int, on_step=None) -> RunResult:
    return Run(cfg, seed).run(on_step)
