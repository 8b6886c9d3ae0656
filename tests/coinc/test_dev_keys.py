"""The public dev keys sign only for the local dev chain, whatever its chain id."""

from __future__ import annotations

from pathlib import Path

import pytest

from coinc.client import Connection, resolve_signer
from coinc.errors import UserError


def test_dev_keys_are_refused_for_a_node_on_another_machine(tmp_path: Path):
    conn = Connection(None, 31337, tmp_path, "http://192.0.2.7:8545")  # a dev chain id, remote
    with pytest.raises(UserError, match="not on this machine.*dev keys are public"):
        resolve_signer(conn, None, None, None)
