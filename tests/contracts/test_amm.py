"""ConstantProductPool (x * y = k) and StableSwapPool (Curve's invariant) through the env:
liquidity, swaps, quotes, slippage limits, and how StableSwap prices near balance and
when one side is drained."""

from __future__ import annotations

import pytest

from coinc.testing import Env, reverts
from tests.contracts.conftest import WAD

MAX = 2**256 - 1
ZERO = "0x" + "00" * 20
LP, TRADER, OTHER = 1, 2, 3


@pytest.fixture
def tokens(env: Env):
    usd = env.deploy("ReferenceDollar")
    tok = env.deploy("MintableToken", "Token", "TOK", 18)
    tok.set_minter(env.accounts[0], True)
    for i in (LP, TRADER, OTHER):
        usd.mint(env.accounts[i], 10_000_000 * WAD)
        tok.mint(env.accounts[i], 10_000_000 * WAD)
    return tok, usd


def approve_all(pool, *tokens, who=(LP, TRADER, OTHER)):
    for t in tokens:
        for i in who:
            t.approve(pool, MAX, sender=i)


@pytest.fixture
def cp(env, tokens):
    tok, usd = tokens
    pool = env.deploy("ConstantProductPool", tok, usd, 30)
    approve_all(pool, tok, usd)
    pool.add_liquidity(1_000 * WAD, 80_000 * WAD, 0, sender=LP)
    return pool


@pytest.fixture
def ss(env, tokens):
    tok, usd = tokens
    pool = env.deploy("StableSwapPool", tok, usd, 100, 4_000_000)
    approve_all(pool, tok, usd)
    pool.add_liquidity(1_000_000 * WAD, 1_000_000 * WAD, 0, sender=LP)
    return pool


# ---------------------------------------------------------------- constant product
def test_cp_liquidity_and_locked_minimum(env, tokens, cp):
    tok, usd = tokens
    shares = cp.balanceOf(env.accounts[LP])
    root = 8_944_271_909_999_158_785_636  # isqrt(1000e18 * 80000e18)
    assert shares == root - 1000 and cp.balanceOf(cp) == 1000 and cp.totalSupply() == root
    r = cp.get_reserves()
    assert (r.amount0, r.amount1) == (1_000 * WAD, 80_000 * WAD)
    assert cp.price0() == 80 * WAD
    t = cp.tokens()
    assert (t.amount0, t.amount1) == (int(tok.address, 16), int(usd.address, 16))
    # a second deposit mints shares pro rata (the smaller side counts)
    added = cp.add_liquidity(10 * WAD, 900 * WAD, 0, sender=OTHER)
    assert added == 10 * WAD * root // (1_000 * WAD)
    out = cp.remove_liquidity(added, 0, 0, sender=OTHER)
    assert out.amount0 <= 10 * WAD and out.amount1 <= 900 * WAD
    assert cp.totalSupply() == root


@pytest.mark.parametrize("zero_in, amount", [(True, WAD), (True, 100 * WAD), (False, 3 * WAD), (False, 10**6),
                                             (True, 5_000 * WAD)])
def test_cp_swap_matches_quote_and_keeps_k(env, tokens, cp, zero_in, amount):
    tok, usd = tokens
    token_in, token_out = (tok, usd) if zero_in else (usd, tok)
    r0 = cp.get_reserves()
    quote = cp.get_amount_out(token_in, amount)
    before = token_out.balanceOf(env.accounts[TRADER])
    tx = cp.swap.transact(token_in, amount, quote, sender=TRADER)
    assert tx.value == quote > 0
    assert token_out.balanceOf(env.accounts[TRADER]) - before == quote
    r1 = cp.get_reserves()
    assert r1.amount0 * r1.amount1 >= r0.amount0 * r0.amount1
    # the pool's token balances are its reserves
    assert (tok.balanceOf(cp), usd.balanceOf(cp)) == (r1.amount0, r1.amount1)
    # Uniswap v2's formula with a 0.3% fee
    r_in, r_out = (r0.amount0, r0.amount1) if zero_in else (r0.amount1, r0.amount0)
    assert quote == amount * 9970 * r_out // (r_in * 10_000 + amount * 9970)


CP_REVERTS = [
    ("unknown token", lambda c, t, p: p.swap(c.accounts[5], WAD, 0, sender=TRADER), "token is not in this pool"),
    ("unknown token quote", lambda c, t, p: p.get_amount_out(ZERO, WAD), "token is not in this pool"),
    ("zero in", lambda c, t, p: p.swap(t[0], 0, 0, sender=TRADER), "output is zero"),
    ("dust in", lambda c, t, p: p.swap(t[1], 1, 0, sender=TRADER), "output is zero"),
    ("min_out", lambda c, t, p: p.swap(t[0], WAD, p.get_amount_out(t[0], WAD) + 1, sender=TRADER),
     "slippage: output below min_out"),
    ("more than the trader holds", lambda c, t, p: p.swap(t[0], 10_000_001 * WAD, 0, sender=TRADER),
     "transfer amount exceeds balance"),
    ("no approval", lambda c, t, p: p.swap(t[0], WAD, 0, sender=4), "insufficient allowance"),
    ("add zero", lambda c, t, p: p.add_liquidity(0, WAD, 0, sender=LP), "amounts must be positive"),
    ("add too little", lambda c, t, p: p.add_liquidity(1, 1, 0, sender=LP), "liquidity too small"),
    ("add min_shares", lambda c, t, p: p.add_liquidity(WAD, 80 * WAD, 10**30, sender=LP),
     "slippage: fewer shares than min_shares"),
    ("remove zero", lambda c, t, p: p.remove_liquidity(0, 0, 0, sender=LP), "shares must be positive"),
    ("remove min", lambda c, t, p: p.remove_liquidity(WAD, 10**30, 0, sender=LP),
     "slippage: less than the minimum amounts"),
    ("remove more than held", lambda c, t, p: p.remove_liquidity(WAD, 0, 0, sender=TRADER),
     "burn amount exceeds balance"),
]


@pytest.mark.parametrize("action, message", [(f, m) for _, f, m in CP_REVERTS], ids=[i for i, _, _ in CP_REVERTS])
def test_cp_reverts(env, tokens, cp, action, message):
    before = cp.get_reserves()
    with reverts(message):
        action(env, tokens, cp)
    assert cp.get_reserves() == before


def test_cp_empty_pool_and_bad_construction(env, tokens):
    tok, usd = tokens
    pool = env.deploy("ConstantProductPool", tok, usd, 30)
    approve_all(pool, tok, usd, who=(LP,))
    with reverts("no liquidity"):
        pool.swap(tok, WAD, 0, sender=LP)
    with reverts("no liquidity"):
        pool.price0()
    with reverts("initial liquidity too small"):
        pool.add_liquidity(1000, 1000, 0, sender=LP)  # sqrt = 1000, all of it would be locked
    with reverts("tokens must differ"):
        env.deploy("ConstantProductPool", tok, tok, 30)
    with reverts("token is the zero address"):
        env.deploy("ConstantProductPool", tok, ZERO, 30)
    with reverts("fee must be below 100%"):
        env.deploy("ConstantProductPool", tok, usd, 10_000)


def test_cp_tokens_that_return_false(env, tokens, flaky):
    _, usd = tokens
    pool = env.deploy("ConstantProductPool", flaky, usd, 30)
    flaky.mint(env.accounts[LP], 1_000 * WAD)
    usd.approve(pool, MAX, sender=LP)
    pool.add_liquidity(100 * WAD, 100 * WAD, 0, sender=LP)
    flaky.set_failures(True, False)
    with reverts("token transfer in failed"):
        pool.swap(flaky, WAD, 0, sender=LP)
    flaky.set_failures(False, True)
    with reverts("token transfer out failed"):
        pool.swap(usd, WAD, 0, sender=LP)


# ---------------------------------------------------------------- StableSwap
def test_ss_first_deposit_and_invariant(env, tokens, ss):
    assert ss.totalSupply() == ss.invariant() == 2_000_000 * WAD
    assert ss.balanceOf(env.accounts[LP]) == 2_000_000 * WAD
    r = ss.get_reserves()
    assert (r.amount0, r.amount1) == (1_000_000 * WAD, 1_000_000 * WAD)
    # one-sided deposits are allowed once both coins are in
    got = ss.add_liquidity(1_000 * WAD, 0, 0, sender=OTHER)
    assert 990 * WAD < got < 1_000 * WAD
    out = ss.remove_liquidity(got, 0, 0, sender=OTHER)
    assert out.amount0 + out.amount1 <= 1_000 * WAD


@pytest.mark.parametrize("amount", [WAD, 1_000 * WAD, 100_000 * WAD])
def test_ss_is_flat_near_balance(env, tokens, ss, cp, amount):
    tok, usd = tokens
    out = ss.get_amount_out(tok, amount)
    fee = amount * 4_000_000 // 10**10
    # within the fee plus a sliver of curvature of 1:1, far better than x * y = k at the same depth
    assert amount - fee - amount // 500 <= out <= amount - fee + 1
    assert ss.swap(tok, amount, out, sender=TRADER) == out
    assert abs(ss.price0() - WAD) < WAD // 100


def test_ss_bends_when_one_side_is_drained(env, tokens, ss):
    tok, usd = tokens
    a = env.accounts[TRADER]
    quotes = [ss.get_amount_out(tok, n * WAD) * WAD // (n * WAD) for n in (1, 500_000, 900_000, 2_000_000)]
    assert quotes == sorted(quotes, reverse=True)  # bigger trades get worse rates
    usd_before = usd.balanceOf(a)
    got = ss.swap(tok, 5_000_000 * WAD, 0, sender=TRADER)  # 5x the pool's side
    assert usd.balanceOf(a) - usd_before == got
    r = ss.get_reserves()
    assert r.amount1 > 0 and got < 1_000_000 * WAD  # never empties the other side
    assert r.amount0 == 6_000_000 * WAD
    assert ss.price0() < WAD // 10  # the depeg: tok is worth a fraction of a dollar here
    # and the way back is now very cheap for tok buyers
    assert ss.get_amount_out(usd, 1_000 * WAD) > 10_000 * WAD
    assert ss.invariant() >= 2_000_000 * WAD  # fees only ever add to D


SS_REVERTS = [
    ("zero amount", lambda c, t, p: p.swap(t[0], 0, 0, sender=TRADER), "amount must be positive"),
    ("unknown token", lambda c, t, p: p.swap(c.accounts[5], WAD, 0, sender=TRADER), "token is not in this pool"),
    ("unknown token quote", lambda c, t, p: p.get_amount_out(c.accounts[5], WAD), "token is not in this pool"),
    ("dust in", lambda c, t, p: p.swap(t[0], 1, 0, sender=TRADER), "output is zero"),
    ("min_out", lambda c, t, p: p.swap(t[1], WAD, WAD, sender=TRADER), "slippage: output below min_out"),
    ("add nothing", lambda c, t, p: p.add_liquidity(0, 0, 0, sender=LP), "amounts must be positive"),
    # after fees D outgrows the share supply, so a 1-wei deposit earns 0 shares
    ("add dust", lambda c, t, p: p.add_liquidity(1, 0, 0, sender=LP), "liquidity too small"),
    ("add min_shares", lambda c, t, p: p.add_liquidity(WAD, WAD, 3 * WAD, sender=LP),
     "slippage: fewer shares than min_shares"),
    ("remove zero", lambda c, t, p: p.remove_liquidity(0, 0, 0, sender=LP), "shares must be positive"),
    ("remove min", lambda c, t, p: p.remove_liquidity(WAD, WAD, 0, sender=LP),
     "slippage: less than the minimum amounts"),
    ("remove more than held", lambda c, t, p: p.remove_liquidity(WAD, 0, 0, sender=TRADER),
     "burn amount exceeds balance"),
]


@pytest.mark.parametrize("action, message", [(f, m) for _, f, m in SS_REVERTS], ids=[i for i, _, _ in SS_REVERTS])
def test_ss_reverts(request, env, tokens, ss, action, message):
    if request.node.callspec.id == "add dust":
        ss.swap(tokens[0], 300_000 * WAD, 0, sender=TRADER)
    before = ss.get_reserves()
    with reverts(message):
        action(env, tokens, ss)
    assert ss.get_reserves() == before


def test_ss_empty_pool_and_bad_construction(env, tokens):
    tok, usd = tokens
    pool = env.deploy("StableSwapPool", tok, usd, 100, 4_000_000)
    approve_all(pool, tok, usd, who=(LP,))
    with reverts("no liquidity"):
        pool.swap(tok, WAD, 0, sender=LP)
    with reverts("no liquidity"):
        pool.price0()
    with reverts("the first deposit must hold both coins"):
        pool.add_liquidity(WAD, 0, 0, sender=LP)
    for args, message in [((tok, tok, 100, 0), "tokens must differ"),
                          ((tok, usd, 0, 0), "amp must be in 1..1000000"),
                          ((tok, usd, 1_000_001, 0), "amp must be in 1..1000000"),
                          ((tok, usd, 100, 5 * 10**9), "fee must be below 50%")]:
        with reverts(message):
            env.deploy("StableSwapPool", *args)


def test_ss_all_liquidity_out_and_back(env, tokens, ss):
    tok, usd = tokens
    ss.remove_liquidity(ss.balanceOf(env.accounts[LP]), 0, 0, sender=LP)
    assert ss.totalSupply() == 0 and tuple(ss.get_reserves()) == (0, 0)
    assert ss.add_liquidity(5 * WAD, 5 * WAD, 0, sender=OTHER) == 10 * WAD


def test_ss_deposit_that_adds_no_value(env, tokens):
    """Newton's method settles within 1 of D: on some imbalanced pools 1 wei more of the
    abundant coin leaves the computed D where it was (found by a random walk of swaps)."""
    tok, usd = tokens
    pool = env.deploy("StableSwapPool", tok, usd, 100, 4_000_000)
    approve_all(pool, tok, usd, who=(LP,))
    pool.add_liquidity(34251008306188953600018, 2099007288112455240964155, 0, sender=LP)
    with reverts("deposit adds no value"):
        pool.add_liquidity(0, 1, 0, sender=LP)

