"""evm_mine(timestamp) moves the chain clock (issue 15's bug list)."""

from __future__ import annotations

from chain.node import Node
from chain.rpc import RPC


def _call(rpc: RPC, method: str, *params):
    out = rpc.handle_obj({"jsonrpc": "2.0", "id": 1, "method": method, "params": list(params)})
    assert "error" not in out, out
    return out["result"]


def test_evm_mine_with_a_timestamp_moves_the_clock_for_increase_time():
    now = [1_700_000_000.0]
    node = Node(None, clock=lambda: now[0])
    rpc = RPC(node)
    t = int(now[0])
    _call(rpc, "evm_mine", hex(t + 1000))
    assert int(_call(rpc, "eth_getBlockByNumber", "latest", False)["timestamp"], 16) == t + 1000
    _call(rpc, "evm_increaseTime", hex(3600))
    _call(rpc, "evm_mine")
    assert int(_call(rpc, "eth_getBlockByNumber", "latest", False)["timestamp"], 16) == t + 1000 + 3600
    now[0] += 10  # and the clock runs on from there
    _call(rpc, "evm_mine")
    assert int(_call(rpc, "eth_getBlockByNumber", "latest", False)["timestamp"], 16) == t + 1000 + 3600 + 10
