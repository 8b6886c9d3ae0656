"""The reference dollar: the bank dollar every market quotes its coin against. Not a coin
of the simulator (no market of its own); deployed by the first system that needs it."""

from __future__ import annotations

from coinc.deploy import Deployer
from coinc.stress.model import WAD
from coinc.systems.base import System


def deploy(d: Deployer) -> None:
    d.deploy("usd", "USD", "ReferenceDollar")
    d.send("USD", "mint", d.me, d.params["usd.deployer_supply"])


SYSTEM = System(
    name="usd",
    label="reference dollar (USD)",
    deploy=deploy,
    defaults={"usd.deployer_supply": 100_000_000 * WAD},
    contracts=("ReferenceDollar",),
    ledger_tokens=("USD",),
)
