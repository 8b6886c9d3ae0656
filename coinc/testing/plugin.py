"""The pytest plugin (entry point `pytest11`): fixtures `env`, `accounts`, `deploy`, and
isolation of every test, every fixture and every hypothesis example by a node snapshot.

Fixtures nest: a fixture's snapshot is taken before it runs and reverted when pytest
tears it down (LIFO, so snapshots nest); the test body runs inside its own snapshot,
and so does every hypothesis example. `@pytest.mark.no_isolation` opts a test (its
body and its examples) out; `ignore_isolation` is titanoboa's name for the same.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from coinc.testing.api import CompileFailed, Env, get_env

OPT_OUT = ("no_isolation", "ignore_isolation")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("coinc", "Coin contract testing")
    group.addoption("--fuzz-runs", type=int, default=None,
                    help="hypothesis examples per fuzz test (Foundry's default: 256)")
    group.addoption("--invariant-depth", type=int, default=None,
                    help="steps per stateful (ContractMachine) run (Foundry's default: 500)")
    group.addoption("--gas-report", action="store_true", default=False,
                    help="print gas per contract function: calls, min, mean, median, max")
    group.addoption("--gas-snapshot", metavar="FILE", default=None,
                    help="write the gas each test used to FILE")
    group.addoption("--gas-check", metavar="FILE", default=None,
                    help="fail if a test's gas differs from FILE by more than --gas-tolerance")
    group.addoption("--gas-tolerance", type=float, default=0.0,
                    help="relative change --gas-check accepts (0.01 = 1%%)")


def pytest_configure(config: pytest.Config) -> None:
    for name in OPT_OUT:
        config.addinivalue_line("markers", f"{name}: run without the per-test chain snapshot")
    runs = config.getoption("--fuzz-runs")
    depth = config.getoption("--invariant-depth")
    gas_files = config.getoption("--gas-snapshot") or config.getoption("--gas-check")
    if runs is not None or depth is not None or gas_files:
        from hypothesis import settings

        # per-test gas is only comparable between runs if fuzz tests draw the same examples
        kw: dict[str, Any] = {"derandomize": True, "database": None} if gas_files else {}
        if runs is not None:
            kw["max_examples"] = runs
        if depth is not None:
            kw["stateful_step_count"] = depth
        settings.register_profile("coinc", settings(settings.get_profile("default"), **kw))
        settings.load_profile("coinc")
    from coinc.testing.gas import GasRecorder

    recorder = GasRecorder(config)
    config.pluginmanager.register(recorder, "coinc-gas")


def _isolated(item: pytest.Item) -> bool:
    return not any(item.get_closest_marker(m) for m in OPT_OUT)


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest):
    env = get_env()
    sid = env.snapshot()
    fixturedef.addfinalizer(lambda: env.node.revert(sid))
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):
    if not _isolated(item):
        yield
        return
    env = get_env()
    obj = getattr(item, "obj", None)
    handle = getattr(obj, "hypothesis", None)
    if handle is not None and hasattr(handle, "inner_test") and not getattr(handle, "_coinc", False):
        handle.inner_test = _anchored(env, handle.inner_test)
        handle._coinc = True
    with env.anchor():
        yield


def _anchored(env: Env, fn):
    @functools.wraps(fn)
    def run_example(*args: Any, **kwargs: Any):
        with env.anchor():
            return fn(*args, **kwargs)

    return run_example


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    if call.excinfo is not None and call.excinfo.errisinstance(CompileFailed):
        # the compiler's rendered errors, not a traceback through the plugin
        report.longrepr = f"{item.nodeid}: a contract does not compile\n{call.excinfo.value}"


@pytest.fixture(scope="session")
def env() -> Env:
    """The chain every test runs on (isolated around each test by a snapshot)."""
    return get_env()


@pytest.fixture(scope="session")
def accounts(env: Env) -> list:
    """The ten funded dev accounts (accounts[0] deploys and is the default sender)."""
    return env.accounts


@pytest.fixture(scope="session")
def deploy(env: Env):
    """`deploy(path_or_bundled_name, *ctor_args, name=None, sender=None, value=0)`."""

    def _deploy(what: Any, *args: Any, name: str | None = None, sender: Any = None, value: int = 0):
        __tracebackhide__ = True
        if isinstance(what, str) and (what.endswith(".coin") or "/" in what):
            return env.load(what, *args, name=name, sender=sender, value=value)
        return env.deploy(what, *args, sender=sender, value=value)

    return _deploy
