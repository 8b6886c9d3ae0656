"""The algorithmic run's own scenario keys: Terra's market-module numbers in `[terra]`,
their conversion to the contract's hourly parameters, and clear errors for bad ones."""

from __future__ import annotations

import math

import pytest
from click.testing import CliRunner

from coinc.cli import main
from coinc.stress.engine import Run
from coinc.stress.model import WAD
from coinc.stress.scenario import apply_sets, load
from coinc.systems.algo import TerraModule


def test_terra_numbers_become_the_hourly_module():
    """50M SDR at $1.34, 36 blocks of 6 s, at 1/10,000: B' = B x 3600 / (2 tau) x (1+k)/(1-k)."""
    base, recovery = TerraModule().contract_params()
    k = math.exp(-1)
    assert recovery == 3600
    assert base == int(6_700 * 3600 / (2 * 216) * (1 + k) / (1 - k)) * WAD
    # prop 1164 (100M SDR, 18 blocks) quadruples it
    raised, _ = TerraModule(base_pool_sdr=100_000_000, recovery_blocks=18).contract_params()
    assert abs(raised / base - 4) < 1e-4
    # Terra's quoted capacity, $293M a day at ~2%: one swap an hour at a 2% average spread
    hourly = 0.02 * base / WAD * (1 - k) / (1 + k)
    assert 250e6 < hourly * 24 / 1e-4 < 320e6


def _stress(*args: str):
    return CliRunner().invoke(main, ["stress", "algorithmic-run", "--set", "hours=2", *args])


@pytest.mark.parametrize("sets, needle", [
    (["terra.base_pool_sdr=-1"], "`terra.base_pool_sdr` = -1: should be greater than 0"),
    (["terra.recovery_blocks=\"36\""], "`terra.recovery_blocks` = '36': should be a valid number"),
    (["terra.raise_base_pool_sdr=\"big\""], "`terra.raise_base_pool_sdr` = 'big': should be a valid number"),
    (["terra.base_pol_sdr=1"], "unknown key `terra.base_pol_sdr` (did you mean `base_pool_sdr`?)"),
    (["terra.raise_hour=-3"], "`terra.raise_hour` = -3: should be greater than or equal to 0"),
    (["params.algo.base_pool=1000"], "give one or the other"),
    (["run.withdrawals=[[1, 2.0]]"], "should be [hour, share] pairs with a share 0-1 (got 2.0)"),
    (["run.withdrawals=[1, 0.5]"], "`run.withdrawals.0` = 1: should be a valid list"),
])
def test_bad_algo_keys_get_clear_messages(sets, needle):
    args = [a for s in sets for a in ("--set", s)]
    r = _stress(*args)
    assert r.exit_code == 1, r.output
    assert needle in r.stderr
    assert "Traceback" not in r.output + r.stderr


def test_the_base_pool_is_raised_in_its_hour():
    """Prop 1164 as a governance transaction in `terra.raise_hour`: the module's own
    parameters change then, and not before."""
    cfg = apply_sets(load("algorithmic-run"), [("hours", 3), ("terra.raise_hour", 1)])
    run = Run(cfg, 1)
    run.setup()
    module = run.w.c["SwapModule"]
    before = run.sim.call(module, "parameters")
    assert before[0] == TerraModule().contract_params()[0]
    run.step(0)
    assert run.sim.call(module, "parameters") == before
    run.step(1)
    after = run.sim.call(module, "parameters")
    assert after[0] == TerraModule(base_pool_sdr=100_000_000, recovery_blocks=18).contract_params()[0]
    assert after[1:] == before[1:]
