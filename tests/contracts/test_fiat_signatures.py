"""FiatCoin's signed approvals and transfers, USDC's EIP-2612 `permit` and EIP-3009
`transferWithAuthorization` / `receiveWithAuthorization` / `cancelAuthorization`, signed
with eth-account's `sign_typed_data` and run on both back ends (the Coin VM and the
Vyper twin on py-evm), which must agree on every outcome and event."""

from __future__ import annotations

import os

from eth_account import Account
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lang.compiler import BUNDLED_CONTRACTS
from tests.lang.test_evm import Dual
from vm.host import BlockEnv

FIAT = (BUNDLED_CONTRACTS / "fiat.coin").read_text()
WAD = 10**18
NAME = "Coin USD"

PERMIT_TYPES = {"Permit": [
    {"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
    {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
    {"name": "deadline", "type": "uint256"}]}
_AUTH = [{"name": "from", "type": "address"}, {"name": "to", "type": "address"},
         {"name": "value", "type": "uint256"}, {"name": "validAfter", "type": "uint256"},
         {"name": "validBefore", "type": "uint256"}, {"name": "nonce", "type": "bytes32"}]
TRANSFER_TYPES = {"TransferWithAuthorization": _AUTH}
RECEIVE_TYPES = {"ReceiveWithAuthorization": _AUTH}
CANCEL_TYPES = {"CancelAuthorization": [{"name": "authorizer", "type": "address"},
                                        {"name": "nonce", "type": "bytes32"}]}
FAR = 2**64


class ClockDual(Dual):
    """Both targets with one chain id, and the Coin VM's clock set to the timestamp of the
    block py-evm is about to mine, so events with `block.timestamp` agree."""

    def _sync(self) -> None:
        state = self.evm.chain.get_vm().state
        self.world.vm.block = BlockEnv(chain_id=self.evm.chain.chain_id, timestamp=state.timestamp,
                                       number=state.block_number)

    def transact(self, *args, **kw):
        self._sync()
        return super().transact(*args, **kw)


class Coin:
    """A FiatCoin on both targets, one chain id and clock, with a funded signer."""

    def __init__(self, key: bytes = b"\x42" * 32) -> None:
        self.d = ClockDual()
        self.d._sync()
        self.c = self.d.deploy(FIAT, NAME, "CUSD", 10**9, name="FiatCoin")
        self.holder = Account.from_key(key)
        self.c.attest_reserves(1_000 * WAD)
        self.c.configure_minter(self.d.actors[0], 1_000 * WAD)
        self.c.mint(self.holder.address, 100 * WAD)

    def domain(self) -> dict:
        return {"name": NAME, "version": "2", "chainId": self.d.evm.chain.chain_id,
                "verifyingContract": "0x" + self.c.address.hex()}

    def sign(self, types: dict, message: dict):
        s = Account.sign_typed_data(self.holder.key, self.domain(), types, message)
        return s.v, s.r.to_bytes(32, "big"), s.s.to_bytes(32, "big")


def test_domain_separator_is_eth_account_s():
    from eth_account.messages import encode_typed_data

    k = Coin()
    msg = {"owner": k.holder.address, "spender": k.holder.address, "value": 0, "nonce": 0, "deadline": 0}
    assert k.c.DOMAIN_SEPARATOR() == encode_typed_data(k.domain(), PERMIT_TYPES, msg).header


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=st.integers(0, 10**30), spender_i=st.integers(1, 3))
def test_permit_sets_the_allowance_once(value, spender_i):
    k = Coin()
    spender = k.d.actors[spender_i]
    msg = {"owner": k.holder.address, "spender": "0x" + spender.hex(), "value": value, "nonce": 0,
           "deadline": FAR}
    v, r, s = k.sign(PERMIT_TYPES, msg)
    assert k.c.call("permit", k.holder.address, "0x" + spender.hex(), value, FAR, v, r, s, sender=spender_i)[0] == "ok"
    assert k.c.allowance(k.holder.address, "0x" + spender.hex()) == value
    assert k.c.nonces(k.holder.address) == 1
    # the same signature again: the nonce moved on, so the signer is someone else
    again = k.c.call("permit", k.holder.address, "0x" + spender.hex(), value, FAR, v, r, s)
    assert again == ("reverted", ("error", "invalid signature"))


def test_permit_refusals():
    k = Coin()
    sp = "0x" + k.d.actors[1].hex()
    msg = {"owner": k.holder.address, "spender": sp, "value": 5, "nonce": 0, "deadline": 1}
    v, r, s = k.sign(PERMIT_TYPES, msg)
    assert k.c.call("permit", k.holder.address, sp, 5, 1, v, r, s) == ("reverted", ("error", "permit is expired"))
    msg["deadline"] = FAR
    v, r, s = k.sign(PERMIT_TYPES, msg)
    assert k.c.call("permit", k.holder.address, sp, 6, FAR, v, r, s) == ("reverted", ("error", "invalid signature"))
    assert k.c.call("permit", k.holder.address, sp, 5, FAR, 29, r, s) == ("reverted", ("error", "invalid signature"))
    # approve and permit are blocked by pause and blacklist, as USDC's
    k.c.pause()
    assert k.c.call("permit", k.holder.address, sp, 5, FAR, v, r, s) == ("reverted", ("error", "paused"))
    assert k.c.call("approve", sp, 1, sender=1) == ("reverted", ("error", "paused"))
    k.c.unpause()
    k.c.blacklist_account(sp)
    assert k.c.call("permit", k.holder.address, sp, 5, FAR, v, r, s) == \
        ("reverted", ("error", "account is blacklisted"))
    assert k.c.call("approve", sp, 1, sender=0) == ("reverted", ("error", "account is blacklisted"))


def test_transfer_with_authorization_and_its_replay():
    k = Coin()
    to = "0x" + k.d.actors[2].hex()
    nonce = os.urandom(32)
    msg = {"from": k.holder.address, "to": to, "value": 7 * WAD, "validAfter": 0, "validBefore": FAR,
           "nonce": nonce}
    v, r, s = k.sign(TRANSFER_TYPES, msg)
    args = (k.holder.address, to, 7 * WAD, 0, FAR, nonce, v, r, s)
    assert k.c.call("transferWithAuthorization", *args, sender=1)[0] == "ok"  # any relayer
    assert k.c.balanceOf(to) == 7 * WAD
    assert k.c.authorizationState(k.holder.address, nonce) is True
    assert k.c.call("transferWithAuthorization", *args, sender=1) == \
        ("reverted", ("error", "authorization is used or canceled"))
    # not yet valid / expired
    for after, before, why in ((FAR, FAR + 1, "authorization is not yet valid"),
                               (0, 1, "authorization is expired")):
        n2 = os.urandom(32)
        m2 = {**msg, "validAfter": after, "validBefore": before, "nonce": n2}
        v2, r2, s2 = k.sign(TRANSFER_TYPES, m2)
        got = k.c.call("transferWithAuthorization", k.holder.address, to, 7 * WAD, after, before, n2, v2, r2, s2)
        assert got == ("reverted", ("error", why))


def test_receive_with_authorization_needs_the_payee_and_cancel_blocks_use():
    k = Coin()
    payee_i = 3
    to = "0x" + k.d.actors[payee_i].hex()
    nonce = os.urandom(32)
    msg = {"from": k.holder.address, "to": to, "value": WAD, "validAfter": 0, "validBefore": FAR, "nonce": nonce}
    v, r, s = k.sign(RECEIVE_TYPES, msg)
    args = (k.holder.address, to, WAD, 0, FAR, nonce, v, r, s)
    assert k.c.call("receiveWithAuthorization", *args, sender=1) == ("reverted", ("error", "caller must be the payee"))
    # a transfer signature is not a receive signature (different type hash)
    tv, tr, ts = k.sign(TRANSFER_TYPES, msg)
    assert k.c.call("receiveWithAuthorization", k.holder.address, to, WAD, 0, FAR, nonce, tv, tr, ts,
                    sender=payee_i) == ("reverted", ("error", "invalid signature"))
    # cancel it first: then it can no longer be used
    cv, cr, cs = k.sign(CANCEL_TYPES, {"authorizer": k.holder.address, "nonce": nonce})
    assert k.c.call("cancelAuthorization", k.holder.address, nonce, cv, cr, cs, sender=2)[0] == "ok"
    assert k.c.call("receiveWithAuthorization", *args, sender=payee_i) == \
        ("reverted", ("error", "authorization is used or canceled"))
    assert k.c.call("cancelAuthorization", k.holder.address, nonce, cv, cr, cs) == \
        ("reverted", ("error", "authorization is used or canceled"))
    n2 = os.urandom(32)
    v2, r2, s2 = k.sign(RECEIVE_TYPES, {**msg, "nonce": n2})
    assert k.c.call("receiveWithAuthorization", k.holder.address, to, WAD, 0, FAR, n2, v2, r2, s2,
                    sender=payee_i)[0] == "ok"
    assert k.c.balanceOf(to) == WAD


def test_batch_blacklist_and_multi_transfer_agree():
    k = Coin()
    a = ["0x" + x.hex() for x in k.d.actors]
    c = k.c
    c.mint(a[0], 50 * WAD)
    assert c.call("transfer_many", [a[1], a[2]], [WAD, 2 * WAD])[0] == "ok"
    assert c.balanceOf(a[1]) == WAD and c.balanceOf(a[2]) == 2 * WAD
    assert c.call("transfer_many", [a[1]], [WAD, WAD]) == \
        ("reverted", ("error", "recipients and amounts differ in length"))
    assert c.call("transfer_many", [a[1]], [10**30]) == ("reverted", ("error", "transfer amount exceeds balance"))
    assert c.call("blacklist_accounts", [a[2], a[3]], sender=1) == \
        ("reverted", ("error", "caller is not the blacklister"))
    assert c.call("blacklist_accounts", [a[2], a[3]])[0] == "ok"
    assert c.is_blacklisted(a[2]) and c.is_blacklisted(a[3]) and not c.is_blacklisted(a[1])
    assert c.call("transfer_many", [a[1], a[2]], [1, 1]) == ("reverted", ("error", "account is blacklisted"))
