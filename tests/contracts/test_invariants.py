"""Stateful properties: random sequences of actions by random dev accounts, each a signed
transaction on the env, with the system's invariants checked after every step.

Every machine starts from a snapshot of one deployment (reverted after each example)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from coinc.systems.vault import TWO_PERCENT_A_YEAR
from coinc.testing import Env, Reverted
from coinc.testing.machine import ContractMachine
from tests.contracts.conftest import DAY, RAY, WAD

SETTINGS = settings(max_examples=25, stateful_step_count=25, deadline=None,
                    suppress_health_check=list(HealthCheck))
actors = st.integers(0, 9)
amounts = st.one_of(st.integers(0, 3), st.integers(1, 2_000).map(lambda x: x * WAD),
                    st.integers(1, 10**24))


class ChainMachine(ContractMachine):
    """The public ContractMachine (a snapshot per run) with this suite's hand-written
    rules: `attempt` sends a transaction whose revert must be one of the expected ones."""

    base: tuple[Env, object]

    def __init__(self):
        super().__init__()
        self.env, self.s = self.base
        self.a = self.env.accounts

    def attempt(self, fn, *args, allowed: set[str] | None = None, **kw):
        """Send the transaction; a revert must carry one of the `allowed` messages."""
        try:
            return fn(*args, **kw) if fn.is_view else fn.transact(*args, **kw)
        except Reverted as e:
            if allowed is not None:
                assert e.message in allowed, f"unexpected revert {e.message!r}"
            return None


def run(machine: type[ChainMachine], base) -> None:
    machine.base = base
    run_state_machine_as_test(machine, settings=SETTINGS)


# ---------------------------------------------------------------- fiat-backed coin
OWNER, MASTER, PAUSER, BLACKLISTER, ATTESTER, ISSUER = range(6)
ROLE_MESSAGE = {MASTER: "caller is not the master minter", PAUSER: "caller is not the pauser",
                BLACKLISTER: "caller is not the blacklister", ATTESTER: "caller is not the reserve attester",
                ISSUER: "caller is not the issuer"}
MOVEMENT = {"paused", "account is blacklisted", "transfer amount exceeds balance", "burn amount exceeds balance"}


def build_fiat(env: Env):
    coin = env.deploy("FiatCoin", "Coin USD", "CUSD", 7 * DAY)
    for i, setter in ((MASTER, coin.set_master_minter), (PAUSER, coin.set_pauser),
                      (BLACKLISTER, coin.set_blacklister), (ATTESTER, coin.set_attester), (ISSUER, coin.set_issuer)):
        setter(env.accounts[i])
    coin.attest_reserves(5_000 * WAD, sender=ATTESTER)
    coin.configure_minter(env.accounts[6], 3_000 * WAD, sender=MASTER)
    coin.mint(env.accounts[7], 1_000 * WAD, sender=6)
    return coin


class FiatMachine(ChainMachine):
    def __init__(self):
        super().__init__()
        self.coin = self.s
        self.allowance = {i: self.coin.minter_allowance(self.a[i]) for i in range(10)}
        self.minters = {i for i in range(10) if self.coin.is_minter(self.a[i])}

    def gated(self, role: int, actor: int, fn, *args, allowed=frozenset()):
        ok = self.attempt(fn, *args, sender=actor, allowed=set(allowed) | {ROLE_MESSAGE[role]})
        if actor != role:
            assert ok is None, f"account {actor} without the role succeeded"
        return ok

    @rule(actor=actors, minter=actors, allowance=amounts)
    def configure_minter(self, actor, minter, allowance):
        if self.gated(MASTER, actor, self.coin.configure_minter, self.a[minter], allowance, allowed={"paused"}):
            self.minters.add(minter)
            self.allowance[minter] = allowance

    @rule(actor=actors, minter=actors)
    def remove_minter(self, actor, minter):
        if self.gated(MASTER, actor, self.coin.remove_minter, self.a[minter]):
            self.minters.discard(minter)
            self.allowance[minter] = 0

    @rule(actor=actors, to=actors, amount=amounts)
    def mint(self, actor, to, amount):
        before = self.coin.totalSupply()
        ok = self.attempt(self.coin.mint, self.a[to], amount, sender=actor, allowed=MOVEMENT | {
            "caller is not a minter", "minter is blacklisted", "mint amount must be positive",
            "mint amount exceeds minter allowance", "reserve attestation is stale",
            "mint would exceed attested reserves"})
        if ok:
            assert actor in self.minters, "a non-minter minted"
            assert 0 < amount <= self.allowance[actor], "minted beyond the minter allowance"
            self.allowance[actor] -= amount
            assert self.coin.totalSupply() == before + amount
            assert self.coin.totalSupply() <= self.coin.available_reserves(), "minted beyond attested reserves"

    @rule(actor=actors, amount=amounts)
    def burn(self, actor, amount):
        ok = self.attempt(self.coin.burn, amount, sender=actor,
                          allowed=MOVEMENT | {"caller is not a minter", "burn amount must be positive"})
        if ok:
            assert actor in self.minters

    @rule(actor=actors, to=actors, amount=amounts)
    def transfer(self, actor, to, amount):
        self.attempt(self.coin.transfer, self.a[to], amount, sender=actor, allowed=MOVEMENT)

    @rule(actor=actors, spender=actors, to=actors, amount=amounts)
    def approve_and_transfer_from(self, actor, spender, to, amount):
        self.attempt(self.coin.approve, self.a[spender], amount, sender=actor)
        self.attempt(self.coin.transferFrom, self.a[actor], self.a[to], amount, sender=spender,
                     allowed=MOVEMENT | {"insufficient allowance"})

    @rule(actor=actors, pause=st.booleans())
    def pause(self, actor, pause):
        self.gated(PAUSER, actor, self.coin.pause if pause else self.coin.unpause)

    @rule(actor=actors, account=actors, on=st.booleans())
    def blacklist(self, actor, account, on):
        fn = self.coin.blacklist_account if on else self.coin.unblacklist_account
        self.gated(BLACKLISTER, actor, fn, self.a[account])

    @rule(actor=actors, amount=amounts)
    def attest(self, actor, amount):
        self.gated(ATTESTER, actor, self.coin.attest_reserves, amount,
                   allowed={"reserves cannot be below the impaired amount"})

    @rule(actor=actors, amount=amounts)
    def impair(self, actor, amount):
        self.gated(ISSUER, actor, self.coin.set_impaired, amount, allowed={"impaired amount exceeds reserves"})

    @rule(actor=actors, amount=amounts)
    def request_redemption(self, actor, amount):
        self.attempt(self.coin.request_redemption, amount, sender=actor,
                     allowed=MOVEMENT | {"redemptions are closed", "redemption amount must be positive"})

    @rule(actor=actors, which=st.integers(0, 5))
    def complete_redemption(self, actor, which):
        self.gated(ISSUER, actor, self.coin.complete_redemption, which, allowed={
            "no queued redemption with this id", "accessible reserves cannot pay this redemption"})

    @rule(actor=actors, open_=st.booleans())
    def set_redemptions_open(self, actor, open_):
        self.gated(ISSUER, actor, self.coin.set_redemptions_open, open_)

    @rule(actor=actors)
    def owner_only(self, actor):
        ok = self.attempt(self.coin.set_max_attestation_age, 7 * DAY, sender=actor, allowed={"caller is not the owner"})
        assert (ok is not None) == (actor == OWNER)

    @rule(seconds=st.sampled_from([1, 3_600, DAY, 7 * DAY]))
    def travel(self, seconds):
        self.env.travel(seconds)

    @invariant()
    def supply_is_the_sum_of_balances(self):
        assert self.coin.totalSupply() == sum(self.coin.balanceOf(x) for x in self.a)

    @invariant()
    def allowances_match_the_model(self):
        for i in range(10):
            assert self.coin.minter_allowance(self.a[i]) == self.allowance[i]
            assert self.coin.is_minter(self.a[i]) == (i in self.minters)

    @invariant()
    def reserves_hold_impaired_and_pending(self):
        assert self.coin.get_impaired() <= self.coin.get_reserves()
        pending = 0
        for i in range(self.coin.redemption_queue()):
            r = self.coin.redemption(i)
            # a pending redemption is owed the dollars it was priced at (its NAV when requested)
            pending += self.coin.redemption_payout(i) if r.status == 1 else 0
        assert pending == self.coin.pending_redemptions()


@pytest.fixture(scope="module")
def fiat_machine_base(env):
    return env, build_fiat(env)


def test_fiat_invariants(fiat_machine_base):
    run(FiatMachine, fiat_machine_base)


# ---------------------------------------------------------------- vault engine
VAULTS = (1, 2, 3, 4, 5)
KEEPER = 6


def build_vault(env: Env):
    oracle = env.deploy("PriceOracle", "COIN/USD", 2_000 * WAD, 3_650 * DAY)
    osm = env.deploy("DelayedOracle", oracle, 0)
    coin = env.deploy("MintableToken", "Coin Dai", "CDAI", 18)
    engine = env.deploy("VaultEngine", coin, osm, 15 * WAD // 10, 13 * WAD // 100, TWO_PERCENT_A_YEAR * 1000 - RAY * 999,
                          10**6 * WAD, 100 * WAD, 3 * 3_600, 12 * WAD // 10)
    coin.set_minter(engine, True)
    coin.set_minter(env.accounts[0], True)
    coin.mint(env.accounts[KEEPER], 10**6 * WAD)
    for i in VAULTS:
        coin.mint(env.accounts[i], 1_000 * WAD)  # so that full repays can cover accrued fees
    return oracle, coin, engine


VAULT_MESSAGES = {"deposit must be positive", "withdraw amount must be positive", "withdraw amount exceeds collateral",
                  "withdrawal would make the vault unsafe", "borrow amount must be positive",
                  "vault debt would be below the dust minimum", "debt ceiling reached",
                  "not enough collateral for this debt", "repay amount must be positive", "vault has no debt",
                  "remaining debt would be below the dust minimum", "burn amount exceeds balance"}


class VaultMachine(ChainMachine):
    def __init__(self):
        super().__init__()
        self.oracle, self.coin, self.engine = self.s

    def snapshot_collateral(self):
        return {i: (self.engine.collateral_of(self.a[i]), self.engine.is_safe(self.a[i])) for i in VAULTS}

    def check_healthy_keep_collateral(self, before, except_owner=None):
        for i, (collateral, safe) in before.items():
            if safe and i != except_owner:
                assert self.engine.collateral_of(self.a[i]) >= collateral, f"healthy vault {i} lost collateral"

    @rule(who=st.sampled_from(VAULTS), amount=st.integers(0, 50).map(lambda x: x * WAD // 4))
    def deposit(self, who, amount):
        self.attempt(self.engine.deposit, sender=who, value=amount, allowed=VAULT_MESSAGES)

    @rule(who=st.sampled_from(VAULTS), amount=st.integers(0, 30_000).map(lambda x: x * WAD))
    def borrow(self, who, amount):
        before = self.snapshot_collateral()
        if self.attempt(self.engine.borrow, amount, sender=who, allowed=VAULT_MESSAGES):
            assert self.engine.is_safe(self.a[who])
        self.check_healthy_keep_collateral(before)

    @rule(who=st.sampled_from(VAULTS), amount=st.one_of(st.integers(0, 30_000).map(lambda x: x * WAD),
                                                         st.just(10**30)))
    def repay(self, who, amount):
        self.attempt(self.engine.repay, amount, sender=who, allowed=VAULT_MESSAGES)

    @rule(who=st.sampled_from(VAULTS), amount=st.integers(0, 50).map(lambda x: x * WAD // 4))
    def withdraw(self, who, amount):
        before = self.snapshot_collateral()
        if self.attempt(self.engine.withdraw, amount, sender=who, allowed=VAULT_MESSAGES):
            assert self.engine.is_safe(self.a[who])
        self.check_healthy_keep_collateral(before, except_owner=who)

    @rule(price=st.integers(300, 3_000))
    def set_price(self, price):
        self.oracle.post(price * WAD)

    @rule(actor=actors, who=st.sampled_from(VAULTS))
    def liquidate(self, actor, who):
        was_safe = self.engine.is_safe(self.a[who])
        before = self.snapshot_collateral()
        ok = self.attempt(self.engine.liquidate, self.a[who], sender=actor,
                          allowed={"vault is safe", "vault has no debt"})
        if ok:
            assert not was_safe, "a safe vault was liquidated"
            assert self.engine.vault(self.a[who]) == (0, 0)
        else:
            assert was_safe
        self.check_healthy_keep_collateral(before)

    @rule(actor=st.sampled_from([KEEPER, *VAULTS]), which=st.integers(0, 4), amount=st.integers(1, 40),
          wait=st.sampled_from([0, 600, 3_600, 3 * 3_600]))
    def take(self, actor, which, amount, wait):
        if wait:
            self.env.travel(wait)
        n = self.engine.auctions_started()
        if n == 0:
            return
        aid = which % n
        before = self.snapshot_collateral()
        self.attempt(self.engine.take, aid, amount * WAD // 4, 10**30, sender=actor,
                     allowed={"auction is not active", "burn amount exceeds balance"})
        self.check_healthy_keep_collateral(before, except_owner=None)

    @rule(seconds=st.sampled_from([1, 3_600, DAY, 30 * DAY]))
    def travel(self, seconds):
        self.env.travel(seconds)
        self.engine.drip()

    @invariant()
    def system_debt_adds_up(self):
        e = self.engine
        parts = sum(e.debt_of(self.a[i]) for i in VAULTS) + e.get_auction_debt() + e.get_bad_debt()
        assert abs(e.system_debt() - parts) <= len(VAULTS)

    @invariant()
    def engine_holds_all_collateral(self):
        held = sum(self.engine.collateral_of(self.a[i]) for i in VAULTS)
        held += sum(self.engine.auction(i).collateral for i in range(self.engine.auctions_started()))
        assert self.env.balance(self.engine) == held

    @invariant()
    def coin_supply_is_the_sum_of_balances(self):
        assert self.coin.totalSupply() == sum(self.coin.balanceOf(x) for x in self.a)


@pytest.fixture(scope="module")
def vault_machine_base(env):
    return env, build_vault(env)


def test_vault_invariants(vault_machine_base):
    run(VaultMachine, vault_machine_base)


# ---------------------------------------------------------------- markets
LPS = (1, 2, 3)


def build_pools(env: Env):
    usd = env.deploy("ReferenceDollar")
    tok = env.deploy("MintableToken", "Token", "TOK", 18)
    tok.set_minter(env.accounts[0], True)
    cp = env.deploy("ConstantProductPool", tok, usd, 30)
    ss = env.deploy("StableSwapPool", tok, usd, 100, 4_000_000)
    for i in LPS:
        for t in (tok, usd):
            t.mint(env.accounts[i], 10**7 * WAD)
            t.approve(cp, 2**256 - 1, sender=i)
            t.approve(ss, 2**256 - 1, sender=i)
    cp.add_liquidity(10_000 * WAD, 10_000 * WAD, 0, sender=1)
    ss.add_liquidity(100_000 * WAD, 100_000 * WAD, 0, sender=1)
    return tok, usd, cp, ss


pool_amounts = st.one_of(st.integers(0, 10**6), st.integers(1, 300_000).map(lambda x: x * WAD))
POOL_MESSAGES = {"output is zero", "amount must be positive", "amounts must be positive", "liquidity too small",
                 "deposit adds no value", "shares must be positive", "burn amount exceeds balance",
                 "initial liquidity too small", "the first deposit must hold both coins", "no liquidity",
                 "StableSwap invariant did not converge"}


class PoolMachine(ChainMachine):
    def __init__(self):
        super().__init__()
        self.tok, self.usd, self.cp, self.ss = self.s

    @rule(who=st.sampled_from(LPS), zero_in=st.booleans(), amount=pool_amounts)
    def swap_cp(self, who, zero_in, amount):
        r0 = self.cp.get_reserves()
        ok = self.attempt(self.cp.swap, self.tok if zero_in else self.usd, amount, 0, sender=who,
                          allowed=POOL_MESSAGES)
        r1 = self.cp.get_reserves()
        assert r1.amount0 * r1.amount1 >= r0.amount0 * r0.amount1, "x * y fell on a swap"
        if ok:
            assert ok.value > 0

    @rule(who=st.sampled_from(LPS), zero_in=st.booleans(), amount=pool_amounts)
    def swap_ss(self, who, zero_in, amount):
        d0 = self.attempt(self.ss.invariant, allowed={"StableSwap invariant did not converge"})
        ok = self.attempt(self.ss.swap, self.tok if zero_in else self.usd, amount, 0, sender=who,
                          allowed=POOL_MESSAGES)
        if ok and d0 is not None:
            # D is Newton's approximation, settled once a step moves it by at most 1 wei:
            # two computations of it agree to that 1 wei, not better
            assert self.ss.invariant() >= d0 - 1, "StableSwap's D fell on a swap"

    @rule(who=st.sampled_from(LPS), a0=pool_amounts, a1=pool_amounts, stable=st.booleans())
    def add(self, who, a0, a1, stable):
        pool = self.ss if stable else self.cp
        self.attempt(pool.add_liquidity, a0, a1, 0, sender=who, allowed=POOL_MESSAGES)

    @rule(who=st.sampled_from(LPS), fraction=st.integers(1, 100), stable=st.booleans())
    def remove(self, who, fraction, stable):
        pool = self.ss if stable else self.cp
        shares = pool.balanceOf(self.a[who]) * fraction // 100
        self.attempt(pool.remove_liquidity, shares, 0, 0, sender=who, allowed=POOL_MESSAGES)

    @invariant()
    def pools_hold_their_reserves(self):
        for pool in (self.cp, self.ss):
            r = pool.get_reserves()
            assert (self.tok.balanceOf(pool), self.usd.balanceOf(pool)) == (r.amount0, r.amount1)
            holders = [*self.a, pool]
            assert pool.totalSupply() == sum(pool.balanceOf(x) for x in holders)
            if pool.totalSupply():
                assert r.amount0 > 0 and r.amount1 > 0


@pytest.fixture(scope="module")
def pool_machine_base(env):
    return env, build_pools(env)


def test_pool_invariants(pool_machine_base):
    run(PoolMachine, pool_machine_base)


# ---------------------------------------------------------------- algorithmic coin
TRADERS = (1, 2, 3, 4)


def build_algo(env: Env):
    stable = env.deploy("MintableToken", "Algo USD", "AUSD", 18)
    share = env.deploy("MintableToken", "Algo Share", "SHARE", 18)
    oracle = env.deploy("PriceOracle", "SHARE/USD", 80 * WAD, 3_650 * DAY)
    module = env.deploy("SwapModule", stable, share, oracle, 1_000_000 * WAD, 216, 5 * WAD // 1000)
    for t in (stable, share):
        t.set_minter(env.accounts[0], True)
        for i in TRADERS:
            t.mint(env.accounts[i], 10**6 * WAD)
        t.set_minter(env.accounts[0], False)
        t.set_minter(module, True)
    return stable, share, oracle, module


class AlgoMachine(ChainMachine):
    def __init__(self):
        super().__init__()
        self.stable, self.share, self.oracle, self.module = self.s

    @rule(who=st.sampled_from(TRADERS), amount=pool_amounts)
    def stable_for_share(self, who, amount):
        price = self.oracle.price()
        ok = self.attempt(self.module.swap_stable_for_share, amount, 0, sender=who,
                          allowed={"amount must be positive", "output is zero", "burn amount exceeds balance"})
        if ok:
            assert ok.value * price <= amount * WAD, "minted more share than the price allows"

    @rule(who=st.sampled_from(TRADERS), amount=pool_amounts)
    def share_for_stable(self, who, amount):
        price = self.oracle.price()
        ok = self.attempt(self.module.swap_share_for_stable, amount, 0, sender=who,
                          allowed={"amount must be positive", "output is zero", "burn amount exceeds balance"})
        if ok:
            assert ok.value <= amount * price // WAD, "minted more stable than the price allows"

    @rule(price=st.one_of(st.integers(1, 200).map(lambda x: x * WAD), st.integers(1, 10**18)))
    def post(self, price):
        self.oracle.post(price)

    @rule(seconds=st.sampled_from([1, 60, 216, 3_600]))
    def travel(self, seconds):
        self.env.travel(seconds)

    @invariant()
    def supplies_are_the_sums_of_balances(self):
        for t in (self.stable, self.share):
            assert t.totalSupply() == sum(t.balanceOf(x) for x in self.a)


@pytest.fixture(scope="module")
def algo_machine_base(env):
    return env, build_algo(env)


def test_algo_invariants(algo_machine_base):
    run(AlgoMachine, algo_machine_base)
