"""The simulated world: the bundled systems deployed on a SimChain with the same wiring
as `coinc deploy --system`, plus typed handles the agents use."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

from coinc.errors import UserError
from coinc.stress.chainsim import Account, Contract, SimChain
from coinc.systems import SystemDeployer, compiled_contracts

WAD = 10**18


class SimDeployer(SystemDeployer):
    """SystemDeployer's wiring, executed as signed transactions on the simulated chain."""

    def __init__(self, sim: SimChain, params: dict[str, int]):
        self.sim = sim
        self.params = params
        self.account = SimpleNamespace(address="0x" + sim.dev.address.hex())
        self.deployed = []
        self.by_name = {}
        self.contracts: dict[str, Contract] = {}

    def deploy(self, system: str, name: str, contract: str, *args, value: int = 0) -> str:
        from coinc.systems import Deployed

        c = compiled_contracts()[contract]
        ctor = next((e for e in c.abi if e["type"] == "constructor"), {"inputs": []})
        types = [i["type"] for i in ctor["inputs"]]
        address = self.sim.deploy(self.sim.dev, c.bytecode, types, list(args), value)
        hexaddr = "0x" + address.hex()
        d = Deployed(system, name, contract, hexaddr, c.abi)
        self.deployed.append(d)
        self.by_name[name] = d
        self.contracts[name] = Contract(name, address, c.abi)
        return hexaddr

    def send(self, name: str, fn: str, *args, value: int = 0):
        sim = self.sim
        sent = sim.transact(sim.dev, self.contracts[name], fn, *args, value=value)
        if sent is None:
            raise UserError(f"simulation set-up: {name}.{fn} was refused")
        (_, receipt), = sim.mine()
        if receipt is None or receipt.status != 1:
            raise UserError(f"simulation set-up: {name}.{fn} reverted")
        return receipt


@dataclass
class World:
    sim: SimChain
    params: dict[str, int]
    c: dict[str, Contract] = field(default_factory=dict)
    coins: tuple[str, ...] = ()

    @property
    def dev(self) -> Account:
        return self.sim.dev

    def __getattr__(self, name: str) -> Contract:
        try:
            return self.__dict__["c"][name]
        except KeyError:
            raise AttributeError(name) from None


def build_world(sim: SimChain, params: dict[str, int], coins: tuple[str, ...]) -> World:
    d = SimDeployer(sim, params)
    wanted = set(coins)
    if "vault" in wanted and "fiat" not in wanted and params.get("contagion", 0):
        wanted.add("fiat")
    for system in ("fiat", "vault", "algo"):
        if system in wanted:
            getattr(d, system)()
    d.reference_dollar()
    return World(sim, params, dict(d.contracts), tuple(sorted(wanted)))
