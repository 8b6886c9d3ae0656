"""The system records say what their recipes and factories do."""

from __future__ import annotations

import pytest

from coinc.errors import UserError
from coinc.stress.chainsim import SimChain, SimDeployer
from coinc.stress.engine import Run
from coinc.stress.scenario import apply_sets, load
from coinc.systems import registry


def test_each_recipe_deploys_exactly_the_contracts_its_record_names():
    d = SimDeployer(SimChain(0, 1_700_000_000, agent_balance=0), registry.defaults(), (), registry.recipes())
    registry.deploy(d, registry.coin_names())
    for system in registry.all_systems():
        deployed = {x.contract for x in d.deployed if x.system == system.name}
        assert deployed == set(system.contracts), system.name
    assert "PSM" in d.contracts  # the vault's PSM: the fiat system was deployed first


def test_the_account_budget_is_what_the_factories_take():
    for name in ("contagion", "algorithmic-run"):
        run = Run(apply_sets(load(name), [("hours", 1)]), 1)
        run.setup()
        assert run._next_agent == len(run.sim.agents) > 0, name
        assert len(run.agents) == len(run.sim.agents), name  # one account per agent


def test_unknown_systems_and_parameters_are_named():
    with pytest.raises(UserError, match=r"unknown system `vaul` \(did you mean `vault`\?\)"):
        registry.get("vaul")
    with pytest.raises(UserError, match=r"unknown parameter `vault.dusty` \(did you mean `vault.dust`\?\)"):
        registry.parse_params(("vault.dusty=1",))
