"""`coinc.testing`: test Coin contracts from Python (see docs/testing.md).

The module-level names act on one process-wide environment, the one the pytest plugin
isolates around every test, fixture and hypothesis example."""

from __future__ import annotations

from typing import Any

from coinc.testing.api import (
    T0,
    CompileFailed,
    Contract,
    Env,
    Reverted,
    TxResult,
    bundled,
    expect_events,
    get_env,
    reverts,
)

__all__ = ["T0", "CompileFailed", "Contract", "Env", "Reverted", "TxResult", "accounts", "bundled",
           "env", "expect_events", "get_env", "load", "loads", "reverts"]



def __getattr__(name: str) -> Any:
    # `env` and `accounts` are made on first use, not at import (the plugin imports us)
    if name == "env":
        return get_env()
    if name == "accounts":
        return get_env().accounts
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load(path: str, *args: Any, name: str | None = None, sender: Any = None, value: int = 0) -> Contract:
    """Compile the `.coin` file at `path` and deploy its contract on the shared env."""
    __tracebackhide__ = True
    return get_env().load(path, *args, name=name, sender=sender, value=value)


def loads(source: str, *args: Any, name: str | None = None, sender: Any = None, value: int = 0) -> Contract:
    """Compile Coin source text and deploy its contract on the shared env."""
    __tracebackhide__ = True
    return get_env().loads(source, *args, name=name, sender=sender, value=value)
