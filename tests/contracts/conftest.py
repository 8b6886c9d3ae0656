"""Shared set-up for the bundled contracts' tests, written on the public test API
(`coinc.testing` and its pytest plugin, as a user would): the stablecoin systems deployed
the way coinc/systems.py wires them, and a test-only ERC-20 that can fail on demand.

The plugin's `env` is one in-process automining chain on a frozen clock; every test and
every fixture runs in its own snapshot, so module-scoped fixtures deploy once and each
test sees them fresh.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from coinc.systems.registry import defaults
from coinc.testing import Contract, Env

DEFAULTS = defaults()


WAD = 10**18
RAY = 10**27
DAY = 86_400


# ---------------------------------------------------------------- systems
# Deployed the way coinc/systems.py wires them (SystemDeployer), with its DEFAULTS, but
# through the test API so every step is a signed transaction we can inspect.

@dataclass
class FiatSystem:
    env: Env
    coin: Contract


@dataclass
class VaultSystem:
    env: Env
    oracle: Contract  # PriceOracle, the source
    osm: Contract  # DelayedOracle in front of it
    coin: Contract  # MintableToken "CDAI"
    engine: Contract
    psm: Contract | None = None
    gem: Contract | None = None


@dataclass
class AlgoSystem:
    env: Env
    stable: Contract
    share: Contract
    oracle: Contract
    module: Contract


def deploy_fiat(env: Env, p: dict[str, int] = DEFAULTS) -> FiatSystem:
    me = env.deployer
    coin = env.deploy("FiatCoin", "Coin USD", "CUSD", p["fiat.max_attestation_age"])
    coin.attest_reserves(p["fiat.reserves"])
    coin.configure_minter(me, p["fiat.minter_allowance"])
    coin.mint(me, p["fiat.initial_supply"])
    return FiatSystem(env, coin)


def deploy_vault(env: Env, p: dict[str, int] = DEFAULTS, *, delay: int | None = None,
                 with_psm: bool = True) -> VaultSystem:
    delay = p["vault.oracle_delay"] if delay is None else delay
    oracle = env.deploy("PriceOracle", "COIN/USD", p["vault.collateral_price"], p["vault.oracle_max_age"])
    osm = env.deploy("DelayedOracle", oracle, delay)
    coin = env.deploy("MintableToken", "Coin Dai", "CDAI", 18)
    engine = env.deploy("VaultEngine", coin, osm, p["vault.liquidation_ratio"], p["vault.liquidation_penalty"],
                          p["vault.stability_fee"], p["vault.debt_ceiling"], p["vault.dust"],
                          p["vault.auction_duration"], p["vault.auction_buffer"])
    coin.set_minter(engine, True)
    s = VaultSystem(env, oracle, osm, coin, engine)
    if with_psm:
        gem = deploy_fiat(env, p).coin
        psm = env.deploy("PegStabilityModule", gem, coin, p["vault.psm_fee_in"], p["vault.psm_fee_out"],
                           p["vault.psm_line"])
        coin.set_minter(psm, True)
        s.psm, s.gem = psm, gem
    return s


def deploy_algo(env: Env, p: dict[str, int] = DEFAULTS) -> AlgoSystem:
    stable = env.deploy("MintableToken", "Algo USD", "AUSD", 18)
    share = env.deploy("MintableToken", "Algo Share", "SHARE", 18)
    oracle = env.deploy("PriceOracle", "SHARE/USD", p["algo.share_price"], p["algo.oracle_max_age"])
    module = env.deploy("SwapModule", stable, share, oracle, p["algo.base_pool"], p["algo.recovery_period"],
                          p["algo.min_spread"])
    for token in (stable, share):
        token.set_minter(module, True)
    return AlgoSystem(env, stable, share, oracle, module)


_MSG = re.compile(r'(?:require\(.*?,\s*|revert\()\s*"((?:[^"\\]|\\.)*)"', re.S)


def revert_messages(source: str) -> list[str]:
    """Every message a contract source can revert with via require/revert."""
    return _MSG.findall(source)


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def fiat(env):
    return deploy_fiat(env)


@pytest.fixture(scope="module")
def vault(env):
    return deploy_vault(env)


@pytest.fixture(scope="module")
def algo(env):
    return deploy_algo(env)


# An ERC-20 whose transfers can be switched to return false instead of reverting, to
# reach the contracts' "transfer failed" checks.
FLAKY_TOKEN = '''
contract FlakyToken {
    storage balances: map<address, uint>
    storage fail_in: bool
    storage fail_out: bool

    pub fn set_failures(fail_in: bool, fail_out: bool) {
        self.fail_in = fail_in
        self.fail_out = fail_out
    }

    pub fn mint(to: address, amount: uint) {
        self.balances[to] += amount
    }

    pub fn transfer(to: address, amount: uint) -> bool {
        if self.fail_out {
            return false
        }
        self.balances[msg.sender] -= amount
        self.balances[to] += amount
        return true
    }

    pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
        if self.fail_in {
            return false
        }
        self.balances[from] -= amount
        self.balances[to] += amount
        return true
    }

    pub fn approve(spender: address, amount: uint) -> bool {
        return true
    }

    pub view fn balanceOf(owner: address) -> uint {
        return self.balances[owner]
    }

    pub view fn totalSupply() -> uint {
        return 0
    }
}
'''


@pytest.fixture
def flaky(env):
    return env.loads(FLAKY_TOKEN, name="FlakyToken")
