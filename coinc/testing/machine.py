"""`ContractMachine`: the base of stateful (invariant) tests on Coin contracts.

A subclass deploys what it tests (or picks it up from `base`), lists the methods to fuzz
in `fuzz_targets()`, and declares `@invariant()`s; the built-in rule calls a drawn
target with drawn arguments from a drawn sender, and hypothesis's own `@rule`s can be
added as usual. Every run starts from a snapshot of the chain and is reverted at
teardown, so examples never see each other. Because every step is one hypothesis
rule, a failure shrinks to the shortest sequence of calls that still fails.

    class TokenMachine(ContractMachine):
        def __init__(self):
            super().__init__()
            self.token = self.env.deploy("MintableToken", "T", "T", 18)
        def fuzz_targets(self):
            return [self.token.transfer, self.token.approve]
        @invariant()
        def supply(self):
            ...
    test_token = TokenMachine.TestCase
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from coinc.testing.api import Env, Method, Reverted, get_env
from coinc.testing.strategies import arguments


class ContractMachine(RuleBasedStateMachine):
    """Rules call contract functions; reverts are legal outcomes unless a subclass says
    otherwise in `on_revert`."""

    def __init__(self) -> None:
        super().__init__()
        self.env: Env = get_env()
        self._snapshot = self.env.snapshot()
        self.calls: list[tuple[str, tuple, Any]] = []  # (signature, args, sender) of this run
        type(self).last_run = self.calls

    def teardown(self) -> None:
        self.env.revert(self._snapshot)

    # ---- what the built-in rule fuzzes
    def fuzz_targets(self) -> list[Method]:
        """The methods the built-in rule may call (none by default)."""
        return []

    def senders(self) -> list[Any]:
        """Who may send the calls (the dev accounts by default)."""
        return self.env.accounts

    def argument_strategies(self, method: Method) -> dict[str, st.SearchStrategy]:
        """Per-parameter strategies replacing the ABI-type defaults for `method`."""
        return {}

    def on_revert(self, method: Method, args: tuple, sender: Any, error: Reverted) -> None:
        """Called when a fuzzed call reverts; raise to make reverts failures."""

    @rule(data=st.data())
    def call_target(self, data: st.DataObject) -> None:
        targets = self.fuzz_targets()
        if not targets:
            return
        method = data.draw(st.sampled_from(targets), label="function")
        args = data.draw(arguments(method, **self.argument_strategies(method)), label="arguments")
        sender = data.draw(st.sampled_from(self.senders()), label="sender")
        self.calls.append((method.signature, args, sender))
        try:
            method(*args, sender=sender)
        except Reverted as e:
            self.on_revert(method, args, sender, e)

    @classmethod
    def run(cls, settings: Any = None) -> None:
        """Run the machine as a test with `settings` (the active profile by default,
        which `--fuzz-runs` / `--invariant-depth` set)."""
        run_state_machine_as_test(cls, settings=settings)
