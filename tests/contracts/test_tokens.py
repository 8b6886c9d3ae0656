"""Token (ERC-20 base), Owned, MintableToken and ReferenceDollar through the env."""

from __future__ import annotations

import pytest

from coinc.testing import Env, Reverted, reverts
from tests.contracts.conftest import WAD

MAX = 2**256 - 1
ZERO = "0x" + "00" * 20



@pytest.fixture
def token(env: Env):
    t = env.deploy("MintableToken", "Test Token", "TT", 18)
    t.set_minter(env.accounts[0], True)
    t.mint(env.accounts[1], 100 * WAD)
    return t


def test_metadata_and_owner(env, token):
    assert token.symbol() == "TT"
    assert token.decimals() == 18
    assert token.totalSupply() == 100 * WAD
    assert token.get_owner().lower() == env.accounts[0].address.lower()
    plain = env.deploy("Token", "Plain", "PLN", 6)
    assert (plain.name(), plain.symbol(), plain.decimals(), plain.totalSupply()) == ("Plain", "PLN", 6, 0)


@pytest.mark.parametrize("contract, args, name", [
    ("MintableToken", ("Test Token", "TT", 18), "Test Token"),
    ("ReferenceDollar", (), "Reference Dollar"),
    ("FiatCoin", ("Coin USD", "CUSD", 86_400), "Coin USD"),
])
def test_name_of_owned_tokens(env, contract, args, name):
    assert env.deploy(contract, *args).name() == name


def test_transfer_approve_transfer_from(env, token):
    a1, a2, a3 = env.accounts[1:4]
    tx = token.transfer.transact(a2, 10 * WAD, sender=1)
    assert tx.value is True
    assert tx.events(token, "Transfer") == [{"from": a1.address.lower(), "to": a2.address.lower(), "value": 10 * WAD}]
    assert token.balanceOf(a1) == 90 * WAD and token.balanceOf(a2) == 10 * WAD
    token.approve(a3, 5 * WAD, sender=1)
    assert token.allowance(a1, a3) == 5 * WAD
    token.transferFrom(a1, a3, 2 * WAD, sender=3)
    assert token.allowance(a1, a3) == 3 * WAD
    assert token.balanceOf(a3) == 2 * WAD
    # an infinite allowance is never spent
    token.approve(a3, MAX, sender=1)
    token.transferFrom(a1, a2, WAD, sender=3)
    assert token.allowance(a1, a3) == MAX
    # a self-transfer keeps the balance
    token.transfer(a1, WAD, sender=1)
    assert token.balanceOf(a1) == 87 * WAD
    assert token.totalSupply() == 100 * WAD


def test_minters_mint_and_burn_from_any_holder(env, token):
    a1, a2 = env.accounts[1:3]
    token.set_minter(a2, True)
    assert token.is_minter(a2)
    token.mint(a1, WAD, sender=2)
    token.burn(a1, 30 * WAD, sender=2)
    assert token.balanceOf(a1) == 71 * WAD and token.totalSupply() == 71 * WAD
    token.set_minter(a2, False)
    with reverts("caller is not a minter"):
        token.mint(a1, 1, sender=2)


def test_reference_dollar_deployer_is_minter(env):
    usd = env.deploy("ReferenceDollar")
    assert usd.is_minter(env.accounts[0]) and usd.symbol() == "USD"
    usd.mint(env.accounts[4], 7)
    assert usd.balanceOf(env.accounts[4]) == 7


def test_ownership_moves(env, token):
    token.transfer_ownership(env.accounts[5])
    assert token.get_owner().lower() == env.accounts[5].address.lower()
    with reverts("caller is not the owner"):
        token.set_minter(env.accounts[0], True)
    token.set_minter(env.accounts[6], True, sender=5)
    assert token.is_minter(env.accounts[6])


REVERTS = [
    ("transfer to zero", lambda c, t: t.transfer(ZERO, 1, sender=1), "transfer to the zero address"),
    ("transfer over balance", lambda c, t: t.transfer(c.accounts[2], 100 * WAD + 1, sender=1),
     "transfer amount exceeds balance"),
    ("transfer with no balance", lambda c, t: t.transfer(c.accounts[1], 1, sender=2),
     "transfer amount exceeds balance"),
    ("approve zero", lambda c, t: t.approve(ZERO, 1, sender=1), "approve to the zero address"),
    ("transferFrom without allowance", lambda c, t: t.transferFrom(c.accounts[1], c.accounts[2], 1, sender=2),
     "insufficient allowance"),
    ("transferFrom over allowance", lambda c, t: (t.approve(c.accounts[2], 5, sender=1),
                                                  t.transferFrom(c.accounts[1], c.accounts[2], 6, sender=2)),
     "insufficient allowance"),
    ("transferFrom over balance", lambda c, t: (t.approve(c.accounts[2], MAX, sender=1),
                                                t.transferFrom(c.accounts[1], c.accounts[2], 100 * WAD + 1, sender=2)),
     "transfer amount exceeds balance"),
    ("transferFrom to zero", lambda c, t: (t.approve(c.accounts[2], MAX, sender=1),
                                           t.transferFrom(c.accounts[1], ZERO, 1, sender=2)),
     "transfer to the zero address"),
    ("mint by non-minter", lambda c, t: t.mint(c.accounts[1], 1, sender=1), "caller is not a minter"),
    ("burn by non-minter", lambda c, t: t.burn(c.accounts[1], 1, sender=1), "caller is not a minter"),
    ("mint to zero", lambda c, t: t.mint(ZERO, 1), "mint to the zero address"),
    ("burn over balance", lambda c, t: t.burn(c.accounts[1], 100 * WAD + 1), "burn amount exceeds balance"),
    ("set_minter by non-owner", lambda c, t: t.set_minter(c.accounts[1], True, sender=1), "caller is not the owner"),
    ("transfer_ownership by non-owner", lambda c, t: t.transfer_ownership(c.accounts[1], sender=1),
     "caller is not the owner"),
    ("transfer_ownership to zero", lambda c, t: t.transfer_ownership(ZERO), "owner cannot be the zero address"),
]


@pytest.mark.parametrize("action, message", [(a, m) for _, a, m in REVERTS], ids=[i for i, _, _ in REVERTS])
def test_reverts(env, token, action, message):
    before = (token.totalSupply(), token.balanceOf(env.accounts[1]), token.balanceOf(env.accounts[2]))
    with reverts(message):
        action(env, token)
    assert (token.totalSupply(), token.balanceOf(env.accounts[1]), token.balanceOf(env.accounts[2])) == before


def test_a_reverted_transaction_is_mined_and_costs_gas(env, token):
    before = env.balance(1)
    head = env.block_number
    with pytest.raises(Reverted) as e:
        token.transfer(env.accounts[2], 10**30, sender=1)
    assert e.value.message == "transfer amount exceeds balance"
    assert env.block_number == head + 1
    assert env.balance(1) < before
