"""FiatCoin: roles, pause, blacklist, minter allowances, attested reserves, impairment and
the redemption queue, all through signed transactions."""

from __future__ import annotations

import pytest

from coinc.systems.registry import defaults
from coinc.testing import Env, reverts
from tests.contracts.conftest import DAY, WAD

DEFAULTS = defaults()


ZERO = "0x" + "00" * 20
AGE = 7 * DAY
# roles given away to distinct accounts: owner 0, master minter 1, pauser 2, blacklister 3,
# attester 4, issuer 5; minter 6 with an allowance; holders 7, 8, 9
OWNER, MASTER, PAUSER, BLACKLISTER, ATTESTER, ISSUER, MINTER, H1, H2, H3 = range(10)


def build(env: Env):
    a = env.accounts
    coin = env.deploy("FiatCoin", "Coin USD", "CUSD", AGE)
    coin.attest_reserves(1_000 * WAD)
    coin.set_master_minter(a[MASTER])
    coin.set_pauser(a[PAUSER])
    coin.set_blacklister(a[BLACKLISTER])
    coin.set_attester(a[ATTESTER])
    coin.set_issuer(a[ISSUER])
    coin.configure_minter(a[MINTER], 600 * WAD, sender=MASTER)
    coin.mint(a[H1], 100 * WAD, sender=MINTER)
    coin.mint(a[H2], 100 * WAD, sender=MINTER)
    return coin


@pytest.fixture(scope="module")
def base(env):
    return env, build(env)


@pytest.fixture
def coin(base):
    env, c = base
    return c


def addr(env, i):
    return env.accounts[i].address.lower()


def test_roles_assigned(env, coin):
    r = coin.roles()
    assert (r.master_minter, r.pauser, r.blacklister, r.attester, r.issuer) == tuple(
        addr(env, i) for i in (MASTER, PAUSER, BLACKLISTER, ATTESTER, ISSUER))
    assert coin.get_owner().lower() == addr(env, OWNER)


def test_roles_view_reports_the_owner(env, coin):
    assert coin.roles().owner == addr(env, OWNER)


def test_systems_defaults_deploy(fiat):
    c = fiat.coin
    assert c.totalSupply() == DEFAULTS["fiat.initial_supply"]
    assert c.get_reserves() == DEFAULTS["fiat.reserves"]
    assert c.minter_allowance(fiat.env.accounts[0]) == DEFAULTS["fiat.minter_allowance"] - DEFAULTS[
        "fiat.initial_supply"]


def test_mint_consumes_allowance_and_is_bounded_by_reserves(env, coin):
    a = env.accounts
    assert coin.minter_allowance(a[MINTER]) == 400 * WAD
    tx = coin.mint.transact(a[H3], 50 * WAD, sender=MINTER)
    assert tx.value is True
    assert tx.events(coin, "Mint") == [{"minter": addr(env, MINTER), "to": addr(env, H3), "amount": 50 * WAD}]
    assert coin.minter_allowance(a[MINTER]) == 350 * WAD
    assert coin.available_reserves() == 1_000 * WAD
    # allowance 350 left but reserves 1000 - supply 250 = 750: the allowance binds
    with reverts("mint amount exceeds minter allowance"):
        coin.mint(a[H3], 351 * WAD, sender=MINTER)
    coin.configure_minter(a[MINTER], 10_000 * WAD, sender=MASTER)
    with reverts("mint would exceed attested reserves"):
        coin.mint(a[H3], 750 * WAD + 1, sender=MINTER)
    coin.mint(a[H3], 750 * WAD, sender=MINTER)
    assert coin.totalSupply() == coin.available_reserves() == 1_000 * WAD
    assert coin.backing_ratio() == WAD


def test_attestation_goes_stale(env, coin):
    a = env.accounts
    env.travel(AGE)  # exactly max age: still fresh
    coin.mint(a[H3], WAD, sender=MINTER)
    env.travel(1)
    with reverts("reserve attestation is stale"):
        coin.mint(a[H3], WAD, sender=MINTER)
    coin.attest_reserves(1_000 * WAD, sender=ATTESTER)
    assert coin.get_attested_at() == env.now()
    coin.mint(a[H3], WAD, sender=MINTER)
    coin.set_max_attestation_age(10)
    env.travel(11)
    with reverts("reserve attestation is stale"):
        coin.mint(a[H3], WAD, sender=MINTER)


def test_never_attested(env):
    c = env.deploy("FiatCoin", "X", "X", AGE)
    c.configure_minter(env.accounts[0], WAD)
    with reverts("reserves were never attested"):
        c.mint(env.accounts[1], 1)
    with reverts("max_attestation_age must be positive"):
        env.deploy("FiatCoin", "X", "X", 0)


def test_pause_stops_every_movement(env, coin):
    a = env.accounts
    coin.approve(a[H3], WAD, sender=H1)
    coin.pause(sender=PAUSER)
    assert coin.is_paused()
    for action in (lambda: coin.transfer(a[H2], 1, sender=H1),
                   lambda: coin.transferFrom(a[H1], a[H3], 1, sender=H3),
                   lambda: coin.mint(a[H1], 1, sender=MINTER),
                   lambda: coin.configure_minter(a[H3], 1, sender=MASTER),
                   lambda: coin.request_redemption(1, sender=H1)):
        with reverts("paused"):
            action()
    coin.unpause(sender=PAUSER)
    coin.transfer(a[H2], 1, sender=H1)


def test_blacklist_blocks_sender_recipient_spender_and_minter(env, coin):
    a = env.accounts
    coin.approve(a[H3], 10 * WAD, sender=H1)
    coin.blacklist_account(a[H2], sender=BLACKLISTER)
    assert coin.is_blacklisted(a[H2])
    cases = [lambda: coin.transfer(a[H1], 1, sender=H2),  # from
             lambda: coin.transfer(a[H2], 1, sender=H1),  # to
             lambda: coin.mint(a[H2], 1, sender=MINTER),  # mint to
             lambda: coin.request_redemption(1, sender=H2)]  # burn from
    for action in cases:
        with reverts("account is blacklisted"):
            action()
    coin.unblacklist_account(a[H2], sender=BLACKLISTER)
    coin.transfer(a[H1], 1, sender=H2)
    coin.blacklist_account(a[H3], sender=BLACKLISTER)  # the spender
    with reverts("account is blacklisted"):
        coin.transferFrom(a[H1], a[H2], 1, sender=H3)
    coin.blacklist_account(a[MINTER], sender=BLACKLISTER)
    with reverts("minter is blacklisted"):
        coin.mint(a[H1], 1, sender=MINTER)


def test_minter_burn(env, coin):
    a = env.accounts
    coin.mint(a[MINTER], 10 * WAD, sender=MINTER)
    coin.burn(4 * WAD, sender=MINTER)
    assert coin.balanceOf(a[MINTER]) == 6 * WAD and coin.totalSupply() == 206 * WAD
    with reverts("burn amount must be positive"):
        coin.burn(0, sender=MINTER)
    with reverts("burn amount exceeds balance"):
        coin.burn(7 * WAD, sender=MINTER)
    coin.remove_minter(a[MINTER], sender=MASTER)
    assert not coin.is_minter(a[MINTER]) and coin.minter_allowance(a[MINTER]) == 0
    with reverts("caller is not a minter"):
        coin.burn(1, sender=MINTER)
    with reverts("caller is not a minter"):
        coin.mint(a[H1], 1, sender=MINTER)


def test_redemption_queue(env, coin):
    tx = coin.request_redemption.transact(30 * WAD, sender=H1)
    assert tx.value == 0
    assert coin.request_redemption(20 * WAD, sender=H2) == 1
    assert coin.redemption_queue() == 2
    assert coin.pending_redemptions() == 50 * WAD
    assert coin.totalSupply() == 150 * WAD
    r = coin.redemption(0)
    assert (r.holder, r.amount, r.requested_at, r.status) == (addr(env, H1), 30 * WAD, env.now(), 1)
    # pending redemptions are not available for minting
    assert coin.available_reserves() == 950 * WAD
    coin.complete_redemption(1, sender=ISSUER)
    assert coin.redemption(1).status == 2
    assert coin.get_reserves() == 980 * WAD and coin.pending_redemptions() == 30 * WAD
    with reverts("no queued redemption with this id"):
        coin.complete_redemption(1, sender=ISSUER)  # twice
    with reverts("no queued redemption with this id"):
        coin.complete_redemption(7, sender=ISSUER)  # unknown
    coin.set_redemptions_open(False, sender=ISSUER)
    assert not coin.are_redemptions_open()
    with reverts("redemptions are closed"):
        coin.request_redemption(WAD, sender=H1)
    coin.set_redemptions_open(True, sender=ISSUER)
    with reverts("redemption amount must be positive"):
        coin.request_redemption(0, sender=H1)
    with reverts("burn amount exceeds balance"):
        coin.request_redemption(71 * WAD, sender=H1)


def test_impaired_reserves(env, coin):
    a = env.accounts
    coin.request_redemption(50 * WAD, sender=H1)
    coin.set_impaired(960 * WAD, sender=ISSUER)  # a failed bank
    assert coin.get_impaired() == 960 * WAD
    assert coin.available_reserves() == 0  # 1000 - 960 - 50 pending < 0
    assert coin.backing_ratio() == 40 * WAD * WAD // (150 * WAD)
    with reverts("accessible reserves cannot pay this redemption"):
        coin.complete_redemption(0, sender=ISSUER)
    with reverts("mint would exceed attested reserves"):
        coin.mint(a[H3], 1, sender=MINTER)
    with reverts("reserves cannot be below the impaired amount"):
        coin.attest_reserves(959 * WAD, sender=ATTESTER)
    with reverts("impaired amount exceeds reserves"):
        coin.set_impaired(1_000 * WAD + 1, sender=ISSUER)
    coin.set_impaired(0, sender=ISSUER)  # the bank reopens
    coin.complete_redemption(0, sender=ISSUER)
    assert coin.get_reserves() == 950 * WAD and coin.available_reserves() == 950 * WAD


def test_role_handover(env, coin):
    a = env.accounts
    coin.set_pauser(a[H3])
    with reverts("caller is not the pauser"):
        coin.pause(sender=PAUSER)
    coin.pause(sender=H3)
    coin.unpause(sender=H3)


RoleCase = tuple[str, object, str]
ROLE_REVERTS: list[RoleCase] = [
    ("set_master_minter", lambda c, a: c.set_master_minter(a[H1], sender=H1), "caller is not the owner"),
    ("set_pauser", lambda c, a: c.set_pauser(a[H1], sender=PAUSER), "caller is not the owner"),
    ("set_blacklister", lambda c, a: c.set_blacklister(a[H1], sender=H1), "caller is not the owner"),
    ("set_attester", lambda c, a: c.set_attester(a[H1], sender=ATTESTER), "caller is not the owner"),
    ("set_issuer", lambda c, a: c.set_issuer(a[H1], sender=ISSUER), "caller is not the owner"),
    ("set_max_attestation_age", lambda c, a: c.set_max_attestation_age(1, sender=H1), "caller is not the owner"),
    ("set_max_attestation_age 0", lambda c, a: c.set_max_attestation_age(0), "max_attestation_age must be positive"),
    ("transfer_ownership", lambda c, a: c.transfer_ownership(a[H1], sender=MASTER), "caller is not the owner"),
    ("configure_minter", lambda c, a: c.configure_minter(a[H1], WAD, sender=OWNER),
     "caller is not the master minter"),
    ("remove_minter", lambda c, a: c.remove_minter(a[MINTER], sender=MINTER), "caller is not the master minter"),
    ("mint by non-minter", lambda c, a: c.mint(a[H1], 1, sender=MASTER), "caller is not a minter"),
    ("mint zero", lambda c, a: c.mint(a[H1], 0, sender=MINTER), "mint amount must be positive"),
    ("mint to zero", lambda c, a: c.mint(ZERO, 1, sender=MINTER), "mint to the zero address"),
    ("burn by non-minter", lambda c, a: c.burn(1, sender=H1), "caller is not a minter"),
    ("pause", lambda c, a: c.pause(sender=OWNER), "caller is not the pauser"),
    ("unpause", lambda c, a: c.unpause(sender=H1), "caller is not the pauser"),
    ("blacklist_account", lambda c, a: c.blacklist_account(a[H1], sender=OWNER), "caller is not the blacklister"),
    ("unblacklist_account", lambda c, a: c.unblacklist_account(a[H1], sender=PAUSER),
     "caller is not the blacklister"),
    ("attest_reserves", lambda c, a: c.attest_reserves(WAD, sender=OWNER), "caller is not the reserve attester"),
    ("set_impaired", lambda c, a: c.set_impaired(0, sender=ATTESTER), "caller is not the issuer"),
    ("set_redemptions_open", lambda c, a: c.set_redemptions_open(False, sender=H1), "caller is not the issuer"),
    ("complete_redemption", lambda c, a: (c.request_redemption(1, sender=H1), c.complete_redemption(0, sender=H1)),
     "caller is not the issuer"),
    ("transfer over balance", lambda c, a: c.transfer(a[H2], 101 * WAD, sender=H1), "transfer amount exceeds balance"),
    ("transferFrom without allowance", lambda c, a: c.transferFrom(a[H1], a[H2], 1, sender=H2),
     "insufficient allowance"),
]


@pytest.mark.parametrize("action, message", [(f, m) for _, f, m in ROLE_REVERTS], ids=[i for i, _, _ in ROLE_REVERTS])
def test_reverts(env, coin, action, message):
    supply, roles = coin.totalSupply(), coin.roles()
    with reverts(message):
        action(coin, env.accounts)
    assert coin.roles() == roles
    assert coin.totalSupply() <= supply


def test_a_written_down_loss_prices_redemptions_at_net_asset_value(env, coin):
    """Reserves are finite: once a loss is final every coin redeems pro rata (NAV), the
    queue is paid only from accessible reserves, and minting at par is blocked."""
    a = env.accounts
    supply = coin.totalSupply()
    assert coin.nav() == WAD  # fully backed: par
    coin.set_impaired(coin.get_reserves() - supply // 2, sender=ISSUER)
    assert coin.nav() == WAD  # impaired reserves count at face until written down
    with reverts("write-down exceeds the impaired reserves"):
        coin.write_down(coin.get_impaired() + 1, sender=ISSUER)
    with reverts("caller is not the issuer"):
        coin.write_down(1, sender=H1)
    loss = coin.get_impaired()
    coin.write_down(loss, sender=ISSUER)
    assert coin.get_written_down() == loss and coin.get_impaired() == 0
    assert coin.nav() == WAD // 2  # half the coins' backing is gone
    rid = coin.request_redemption(20 * WAD, sender=H1)
    assert coin.redemption_payout(rid) == 10 * WAD and coin.pending_redemptions() == 10 * WAD
    assert coin.nav() == WAD // 2  # the redeemer took its share, no more
    coin.complete_redemption(rid, sender=ISSUER)
    assert coin.get_reserves() == supply // 2 - 10 * WAD
    with reverts("mint would exceed attested reserves"):
        coin.mint(a[H3], WAD, sender=MINTER)


def test_bank_cash_is_attested(env, coin):
    coin.attest_bank_cash(230 * WAD, sender=ATTESTER)
    assert coin.get_bank_cash() == 230 * WAD
    with reverts("bank cash exceeds the reserves"):
        coin.attest_bank_cash(coin.get_reserves() + 1, sender=ATTESTER)
    with reverts("caller is not the reserve attester"):
        coin.attest_bank_cash(0, sender=H1)
