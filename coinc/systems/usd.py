"""The reference dollar: the bank dollar every market quotes its coin against. Not a coin
of the simulator (no market of its own); deployed by the first system that needs it."""

from __future__ import annotations

from coinc.deploy import Deployer
from coinc.systems.base import System

WAD = 10**18


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
