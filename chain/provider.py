"""A web3.py provider that talks to an in-process `RPC`, without HTTP or sockets.

`Web3(EmbeddedProvider(rpc))` behaves like `Web3(HTTPProvider(url))` against the same
node: requests go through the same parsing, validation and formatting as over HTTP and
responses have the same JSON shape, so tests and tools written against it hold for a
node over HTTP. It subclasses `JSONBaseProvider` (a `BaseProvider`) because web3 only
allows `w3.batch_requests()` with JSON providers.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Mapping
from typing import Any

from web3.providers.base import JSONBaseProvider
from web3.types import RPCEndpoint, RPCResponse

from chain.rpc import RPC

__all__ = ["EmbeddedProvider", "to_json_value"]


def to_json_value(value: Any) -> Any:
    """What JSON would make of `value` when web3 encodes it for HTTP: bytes (HexBytes) as
    0x-hex, mappings (AttributeDict) as dicts, tuples as lists. Without this, web3 values
    that never pass through JSON would reach the RPC layer as Python objects it rejects."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return "0x" + bytes(value).hex()
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    raise TypeError(f"cannot send {type(value).__name__} to the node: {value!r}")


class EmbeddedProvider(JSONBaseProvider):
    """Sends web3 requests straight to `rpc.handle_obj`."""

    logger = logging.getLogger("chain.provider.EmbeddedProvider")

    def __init__(self, rpc: RPC, **kwargs: Any):
        super().__init__(**kwargs)
        self.rpc = rpc
        self._ids = itertools.count()

    def _request(self, method: RPCEndpoint, params: Any) -> dict:
        return {"jsonrpc": "2.0", "id": next(self._ids), "method": method,
                "params": to_json_value(params) if params is not None else []}

    def make_request(self, method: RPCEndpoint, params: Any) -> RPCResponse:
        response = self.rpc.handle_obj(self._request(method, params))
        assert isinstance(response, dict)  # a request with an id always gets one answer
        return response  # type: ignore[return-value]

    def make_batch_request(self, requests: list[tuple[RPCEndpoint, Any]]
                           ) -> list[RPCResponse] | RPCResponse:
        response = self.rpc.handle_obj([self._request(m, p) for m, p in requests])
        return response  # type: ignore[return-value]

    def is_connected(self, show_traceback: bool = False) -> bool:
        return True
