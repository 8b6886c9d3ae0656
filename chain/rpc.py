"""Ethereum JSON-RPC over a `NodeAPI`: parsing, validation, dispatch and formatting.

The node speaks Python values (bytes, ints, dataclasses); clients speak JSON with hex
strings. This module is the only place that converts between the two, so every bad
input a client can send is caught here with a JSON-RPC error that names the parameter
and the reason, and the node only ever sees well-typed values.

Transport-agnostic: `RPC.handle` takes and returns raw JSON bytes (the HTTP server
uses it), `RPC.handle_obj` takes and returns decoded objects (the in-process web3
provider uses it). Handlers are synchronous and run inline: the node is single-threaded.

Error codes follow geth/anvil so web3.py maps them to its exceptions:
-32700 parse error, -32600 invalid request, -32601 unknown method, -32602 invalid
params, -32603 internal error, -32000 (or the ChainError's code) for refused requests,
3 for reverted execution with the revert data in `data`.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import re
import time
import traceback
from collections.abc import Callable
from typing import Any

import orjson

from chain.api import BlockTag, CallRequest, ChainError, LogFilter, NodeAPI
from chain.devrpc import InspectionMethods
from chain.filters import ChainFeed, Filters, LogCriteria, criteria_bounds
from chain.nesting import json_nesting_error
from chain.overrides import parse_overrides
from chain.rpcvalues import (
    INTERNAL_ERROR,
    INVALID_PARAMS,
    INVALID_REQUEST,
    METHOD_NOT_FOUND,
    PARSE_ERROR,
    InvalidParams,
    Method,
    _describe,
    _hx,
    _slot_hex,
    block_size,
    format_block,
    format_log_entry,
    format_receipt,
    format_transaction,
    parse_address,
    parse_block_tag,
    parse_bool,
    parse_data,
    parse_hash,
    parse_quantity,
)
from chain.signing import SigningMethods
from chain.statedump import StateDumpMethods
from chain.tracing import TraceMethods
from chain.types import Block
from chain.ws import http_methods as ws_http_methods
from vm.hashing import keccak

__all__ = ["RPC", "InvalidParams", "PARSE_ERROR", "INVALID_REQUEST", "METHOD_NOT_FOUND",
           "INVALID_PARAMS", "INTERNAL_ERROR"]


_logger = logging.getLogger("chain.rpc")

MAX_BATCH = 1000  # a bound on work per HTTP request, as geth's BatchRequestLimit
MAX_ID_LENGTH = 1024
MAX_FEE_HISTORY_BLOCKS = 1024  # geth's cap
MAX_FEE_HISTORY_PERCENTILES = 100  # geth's cap: with 1024 blocks, at most ~100k numbers
DEFAULT_GAS_CAP = 30_000_000  # the dev genesis's block gas limit: ~1 s of execution
MAX_MINE_BLOCKS = 10_000  # per anvil_mine/evm_mine call: a few seconds of work
MAX_RESPONSE = 32 * 1024 * 1024  # bytes of one answer (a batch counts as one)
RESPONSE_TOO_LARGE = -32003  # geth's code for an answer over its limit
# dev methods that change the chain or sign with the public dev keys
STATE_CHANGING_DEV_METHODS = frozenset((
    "evm_mine", "anvil_mine", "hardhat_mine", "evm_snapshot", "evm_revert", "evm_increaseTime",
    "evm_setNextBlockTimestamp", "evm_setAutomine", "anvil_setBalance", "hardhat_setBalance",
    "eth_sendTransaction", "evm_setIntervalMining", "anvil_setIntervalMining", "anvil_setCoinbase",
    "hardhat_setCoinbase", "anvil_setNonce", "hardhat_setNonce", "anvil_setCode", "hardhat_setCode",
    "anvil_setStorageAt", "hardhat_setStorageAt", "anvil_loadState", "hardhat_loadState",
    "anvil_reset", "hardhat_reset", "eth_signTransaction", "eth_sign", "personal_sign",
    "eth_signTypedData_v4"))
_UINT256 = 1 << 256
_BIG_INT = re.compile(rb"[\[,:]\s*-?\d{19}")  # a JSON integer that may not fit 64 bits
_BAN_KINDS = {"id": "nodeId", "addr": "address", "host": "ip", "net": "subnet"}


def _block_count(value: Any, what: str) -> int:
    """A number of blocks to mine in one call: at most MAX_MINE_BLOCKS (a few seconds)."""
    n = parse_quantity(value, what, 64)
    if n > MAX_MINE_BLOCKS:
        raise InvalidParams(f"{what}: {n} blocks, at most {MAX_MINE_BLOCKS} per call")
    return n


def _error(code: int, message: str, id_: Any = None, data: Any = None) -> dict:
    err: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        err["data"] = data
    return {"jsonrpc": "2.0", "id": id_, "error": err}


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class RPC:
    """Ethereum JSON-RPC translation for one node.

    `log`, if given, receives one line per call ("eth_call", "eth_call: error 3 ...") and
    the traceback of any internal error; internal errors also go to the "chain.rpc"
    logger, so they are never silent."""

    def __init__(self, node: NodeAPI, log: Callable[[str], None] | None = None, network: Any = None,
                 *, gas_cap: int = DEFAULT_GAS_CAP, allow_dev_methods: bool = False,
                 max_response: int = MAX_RESPONSE):
        self.node = node
        self.log = log
        # a chain.p2p.P2P when the node has peers: peer count, peer list, sync progress
        self.network = network
        # gas of one eth_call / eth_estimateGas (geth's --rpc.gascap); `coinc node` passes
        # the chain's block gas limit unless --rpc-gas-cap says otherwise
        self.gas_cap = gas_cap
        # dev methods changing state on a networked chain would fork it from its peers (or,
        # with the shared dev genesis, mint coins they accept): refused unless allowed
        self.allow_dev_methods = allow_dev_methods
        self.max_response = max_response
        # block hash -> size: the header's RLP encoding is most of the cost of a block
        # object, and clients poll the same blocks over and over
        self._sizes: dict[bytes, int] = {}
        M = Method
        self.methods: dict[str, Method] = {
            # node and network
            "web3_clientVersion": M(self._client_version, 0, 0),
            "web3_sha3": M(self._sha3, 1, 1),
            "net_version": M(self._net_version, 0, 0),
            "net_listening": M(lambda p: True, 0, 0),
            "net_peerCount": M(self._peer_count, 0, 0),
            "admin_peers": M(self._admin_peers, 0, 0),
            "admin_addPeer": M(self._admin_add_peer, 1, 1),
            "admin_nodeInfo": M(self._admin_node_info, 0, 0),
            "admin_removePeer": M(self._admin_remove_peer, 1, 1),
            "admin_banPeer": M(self._admin_ban_peer, 1, 3),
            "admin_unbanPeer": M(self._admin_unban_peer, 1, 1),
            "admin_listBanned": M(self._admin_list_banned, 0, 0),
            "admin_clearBanned": M(self._admin_clear_banned, 0, 0),
            "admin_addressBook": M(self._admin_address_book, 0, 0),
            "eth_chainId": M(self._chain_id, 0, 0),
            "eth_syncing": M(self._syncing, 0, 0),
            "eth_mining": M(lambda p: True, 0, 0),
            "eth_accounts": M(self._accounts, 0, 0),
            # blocks
            "eth_blockNumber": M(self._block_number, 0, 0),
            "eth_getBlockByNumber": M(self._block_by_number, 1, 2),
            "eth_getBlockByHash": M(self._block_by_hash, 1, 2),
            "eth_getBlockTransactionCountByNumber": M(self._tx_count_by_number, 1, 1),
            "eth_getBlockTransactionCountByHash": M(self._tx_count_by_hash, 1, 1),
            "eth_getTransactionByBlockNumberAndIndex": M(self._tx_by_number_index, 2, 2),
            "eth_getTransactionByBlockHashAndIndex": M(self._tx_by_hash_index, 2, 2),
            "eth_getBlockReceipts": M(self._block_receipts, 1, 1),
            "eth_getUncleCountByBlockNumber": M(self._uncle_count_by_number, 1, 1),
            "eth_getUncleCountByBlockHash": M(self._uncle_count_by_hash, 1, 1),
            # state
            "eth_getBalance": M(self._get_balance, 1, 2),
            "eth_getTransactionCount": M(self._get_nonce, 1, 2),
            "eth_getCode": M(self._get_code, 1, 2),
            "eth_getStorageAt": M(self._get_storage_at, 2, 3),
            # execution and fees
            "eth_call": M(self._call, 1, 3),
            "eth_estimateGas": M(self._estimate_gas, 1, 3),
            "eth_gasPrice": M(self._gas_price, 0, 0),
            "eth_maxPriorityFeePerGas": M(self._max_priority_fee, 0, 0),
            "eth_feeHistory": M(self._fee_history, 2, 3),
            # transactions and logs
            "eth_sendRawTransaction": M(self._send_raw, 1, 1),
            "eth_sendTransaction": M(self._send_transaction, 1, 1),
            "eth_getTransactionByHash": M(self._get_transaction, 1, 1),
            "eth_getTransactionReceipt": M(self._get_receipt, 1, 1),
            "eth_getLogs": M(self._get_logs, 1, 1),
            # dev
            "evm_mine": M(self._evm_mine, 0, 1),
            "anvil_mine": M(self._mine_blocks, 0, 2),
            "hardhat_mine": M(self._mine_blocks, 0, 2),
            "evm_snapshot": M(self._snapshot, 0, 0),
            "evm_revert": M(self._revert, 1, 1),
            "evm_increaseTime": M(self._increase_time, 1, 1),
            "evm_setNextBlockTimestamp": M(self._set_next_timestamp, 1, 1),
            "evm_setAutomine": M(self._set_automine, 1, 1),
            "anvil_setBalance": M(self._set_balance, 2, 2),
            "hardhat_setBalance": M(self._set_balance, 2, 2),
        }
        # filters (and WebSocket subscriptions, chain.ws) read one feed of the chain's news
        self.feed = ChainFeed(node)
        self.filters = Filters(node, self.feed, self._log_criteria)
        self.methods.update(self.filters.methods())
        self.methods.update(ws_http_methods())
        # debug_trace* and coinc_traceTransaction; `traces.sources` takes compiled contracts
        self.traces = TraceMethods(node, self._call_request, self._state_tag)
        self.methods.update(self.traces.methods())
        self.methods.update(SigningMethods(node, self._call_request).methods())
        self.methods.update(StateDumpMethods(node).methods())
        self.methods.update(InspectionMethods(node, self._call_request, self._state_tag, self._capped).methods())

    # -- entry points ---------------------------------------------------------------

    def handle(self, payload: bytes) -> bytes | None:
        """Answer one HTTP body: a JSON-RPC request or batch. None when there is nothing
        to send back (only notifications)."""
        too_deep = json_nesting_error(payload, what="request")
        if too_deep is not None:  # before any parser: json recurses per level
            return orjson.dumps(_error(INVALID_REQUEST, f"invalid request: {too_deep}"))
        try:
            if _BIG_INT.search(payload) is None:
                request = orjson.loads(payload)
            else:
                # orjson turns integers beyond 64 bits into floats, losing digits; web3.py
                # sends eth_getStorageAt's slot as a JSON integer. The standard parser
                # keeps them exact (a false match, e.g. inside a string, only costs time).
                request = json.loads(payload, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as e:  # orjson.JSONDecodeError is a ValueError
            return orjson.dumps(_error(PARSE_ERROR, f"parse error: {e}"))
        response = self.handle_obj(request)
        if response is None:
            return None
        try:
            out = orjson.dumps(response)
        except (TypeError, orjson.JSONEncodeError):
            out = self._dumps_salvaging(response)
        if len(out) > self.max_response:
            id_ = response.get("id") if isinstance(response, dict) else None
            return orjson.dumps(_error(
                RESPONSE_TOO_LARGE, f"the answer is {len(out)} bytes, over the limit of "
                f"{self.max_response}: ask for fewer blocks, logs or batch items", id_))
        return out

    def handle_obj(self, request: Any) -> dict | list | None:
        """Answer a decoded request (object) or batch (array)."""
        if isinstance(request, dict):
            return self._handle_one(request)
        if isinstance(request, list):
            if not request:
                return _error(INVALID_REQUEST, "invalid request: empty batch")
            if len(request) > MAX_BATCH:
                return _error(INVALID_REQUEST,
                              f"invalid request: batch of {len(request)} exceeds {MAX_BATCH}")
            defer = getattr(self.node, "deferred_mining", None)
            if defer is not None and len(request) > 1 and all(
                    isinstance(i, dict) and i.get("method") == "eth_sendRawTransaction" for i in request):
                # an automining node mines a batch of raw transactions as one block
                with defer():
                    return self._handle_items(request)
            return self._handle_items(request)
        return _error(INVALID_REQUEST, "invalid request: expected an object or an array")

    def _handle_items(self, request: list) -> list | None:
        out = []
        for item in request:
            if isinstance(item, dict):
                r = self._handle_one(item)
                if r is not None:
                    out.append(r)
            else:
                out.append(_error(INVALID_REQUEST, "invalid request: batch items must be objects"))
        return out or None

    # -- dispatch -------------------------------------------------------------------

    def _handle_one(self, req: dict) -> dict | None:
        has_id = "id" in req
        id_ = req.get("id")
        if not (id_ is None or isinstance(id_, str | int | float)) or isinstance(id_, bool):
            return _error(INVALID_REQUEST, "invalid request: id must be a string, number or null")
        if isinstance(id_, int) and not -(1 << 63) <= id_ < (1 << 64):
            # the answer could not be serialised (orjson stops at 64 bits); geth refuses too
            return _error(INVALID_REQUEST, "invalid request: id is a number beyond 64 bits")
        if isinstance(id_, str) and len(id_) > MAX_ID_LENGTH:
            return _error(INVALID_REQUEST, f"invalid request: id longer than {MAX_ID_LENGTH} characters")
        version = req.get("jsonrpc", "2.0")  # lenient: some clients omit it
        if version != "2.0":
            return _error(INVALID_REQUEST, 'invalid request: "jsonrpc" must be "2.0"', id_)
        name = req.get("method")
        if not isinstance(name, str):
            return _error(INVALID_REQUEST, "invalid request: method must be a string", id_)
        params = req.get("params")
        if params is None:
            params = []
        elif not isinstance(params, list):
            return self._reply_error(has_id, id_, name, INVALID_PARAMS,
                                     "invalid params: params must be an array")
        method = self.methods.get(name)
        if method is None:
            return self._reply_error(has_id, id_, name, METHOD_NOT_FOUND,
                                     f"the method {name} does not exist/is not available")
        refusal = self._dev_refusal(name)
        if refusal is not None:
            return self._reply_error(has_id, id_, name, METHOD_NOT_FOUND, refusal)
        n = len(params)
        # trailing nulls count as omitted optional arguments, as in geth
        while n > method.min_args and params[n - 1] is None:
            n -= 1
        if n > method.max_args:
            return self._reply_error(
                has_id, id_, name, INVALID_PARAMS,
                f"too many arguments, want at most {method.max_args}, got {len(params)}")
        if n < method.min_args:
            return self._reply_error(has_id, id_, name, INVALID_PARAMS,
                                     f"missing value for required argument {n}")
        try:
            result = method.fn(params[:n] if n != len(params) else params)
        except ChainError as e:
            data = e.data
            if isinstance(data, bytes | bytearray):
                data = _hx(bytes(data))
            return self._reply_error(has_id, id_, name, e.code, e.message, data)
        except Exception as e:  # noqa: BLE001 - a handler bug must not take the server down
            tb = traceback.format_exc()
            _logger.error("internal error in %s: %s", name, tb)
            if self.log is not None:
                self.log(f"{name}: internal error: {tb}")
            return self._reply_error(has_id, id_, name, INTERNAL_ERROR,
                                     f"internal error: {type(e).__name__}: {e}", log=False)
        if self.log is not None:
            self.log(name)
        if not has_id:
            return None
        return {"jsonrpc": "2.0", "id": id_, "result": result}

    def _dev_refusal(self, name: str) -> str | None:
        """Why a dev method is refused on this node, or None. Dev methods change state only
        on the local dev chain: a networked node (even on the dev genesis) needs
        allow_dev_methods (--allow-dev-methods)."""
        if name not in STATE_CHANGING_DEV_METHODS or self.allow_dev_methods:
            return None
        if self.network is not None:
            return (f"{name} is refused on a networked node: it would change this node's chain "
                    "behind its peers' backs (start it with --allow-dev-methods to allow it)")
        return None

    def _reply_error(self, has_id: bool, id_: Any, name: str, code: int, message: str,
                     data: Any = None, log: bool = True) -> dict | None:
        if log and self.log is not None:
            self.log(f"{name}: error {code}: {message}")
        return _error(code, message, id_, data) if has_id else None

    def _dumps_salvaging(self, response: dict | list) -> bytes:
        """Serialize what can be; an unserializable result becomes an internal error
        (a handler bug, e.g. an int beyond 64 bits) instead of failing the whole batch."""
        items = response if isinstance(response, list) else [response]
        parts = []
        for item in items:
            try:
                parts.append(orjson.dumps(item))
            except (TypeError, orjson.JSONEncodeError) as e:
                _logger.error("unserializable result: %r", item)
                parts.append(orjson.dumps(_error(
                    INTERNAL_ERROR, f"internal error: unserializable result: {e}", item.get("id"))))
        return b"[" + b",".join(parts) + b"]" if isinstance(response, list) else parts[0]

    # -- shared parameter helpers ----------------------------------------------------

    def _state_tag(self, params: list, i: int, default: BlockTag = "latest") -> BlockTag:
        """A block for state methods: tag, number or EIP-1898 object. Tags pass through to
        the node, which refuses history it does not keep."""
        if len(params) <= i:
            return default
        value = params[i]
        what = f"invalid argument {i} (block)"
        if isinstance(value, dict):
            if "blockHash" in value:
                if "blockNumber" in value:
                    raise InvalidParams(f"{what}: cannot specify both blockHash and blockNumber")
                if "requireCanonical" in value:
                    parse_bool(value["requireCanonical"], f"{what}: requireCanonical")
                h = parse_hash(value["blockHash"], f"{what}: blockHash")
                block = self.node.block_by_hash(h)
                if block is None:
                    raise ChainError(f"header for hash {_hx(h)} not found")
                return block.number
            if "blockNumber" in value:
                return parse_block_tag(value["blockNumber"], f"{what}: blockNumber")
            raise InvalidParams(f"{what}: object needs blockNumber or blockHash")
        return parse_block_tag(value, what)

    def _resolve_number(self, tag: BlockTag) -> int:
        """A tag as a block number, for log ranges: every tag but earliest is the head
        (a local chain has no separate safe/finalized head; pending logs do not exist)."""
        if isinstance(tag, int):
            return tag
        return 0 if tag == "earliest" else self.node.block_number()

    def _call_request(self, value: Any, i: int) -> CallRequest:
        what = f"invalid argument {i}"
        if not isinstance(value, dict):
            raise InvalidParams(f"{what}: expected a transaction object, got {_describe(value)}")

        def opt(key: str, parse: Callable[[Any, str], Any]) -> Any:
            v = value.get(key)
            return None if v is None else parse(v, f"{what}: field {key!r}")

        data = opt("data", parse_data)
        inp = opt("input", parse_data)
        if data is not None and inp is not None and data != inp:
            raise InvalidParams(f"{what}: both 'data' and 'input' are set and differ")
        gas_price = opt("gasPrice", parse_quantity)
        max_fee = opt("maxFeePerGas", parse_quantity)
        max_prio = opt("maxPriorityFeePerGas", parse_quantity)
        if gas_price is not None and (max_fee is not None or max_prio is not None):
            raise InvalidParams(
                f"{what}: both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified")
        chain_id = opt("chainId", parse_quantity)
        if chain_id is not None and chain_id != self.node.chain_id:
            raise InvalidParams(
                f"{what}: chainId {chain_id} does not match this chain ({self.node.chain_id})")
        return CallRequest(
            sender=opt("from", parse_address),
            to=opt("to", parse_address),
            gas=opt("gas", lambda v, w: parse_quantity(v, w, 64)),
            gas_price=gas_price,
            max_fee=max_fee,
            max_priority_fee=max_prio,
            value=opt("value", parse_quantity) or 0,
            data=inp if inp is not None else (data or b""),
            nonce=opt("nonce", lambda v, w: parse_quantity(v, w, 64)),
        )

    def _block(self, tag: BlockTag) -> Block | None:
        return self.node.block_by_number(tag)

    def _format_block(self, block: Block | None, full: bool) -> dict | None:
        if block is None:
            return None
        size = self._sizes.get(block.hash)
        if size is None:
            if len(self._sizes) >= 4096:
                self._sizes.clear()
            size = self._sizes[block.hash] = block_size(block)
        return format_block(block, full, size)

    # -- handlers: node and network --------------------------------------------------

    def _client_version(self, p: list) -> str:
        return self.node.client_version

    def _sha3(self, p: list) -> str:
        return _hx(keccak(parse_data(p[0], "invalid argument 0")))

    def _net_version(self, p: list) -> str:
        return str(self.node.chain_id)

    def _chain_id(self, p: list) -> str:
        return hex(self.node.chain_id)

    def _peer_count(self, p: list) -> str:
        return hex(self.network.peer_count() if self.network is not None else 0)

    def _admin_peers(self, p: list) -> list[dict]:
        return self.network.peer_info() if self.network is not None else []

    def _p2p(self) -> Any:
        if self.network is None:
            raise ChainError("this node has no peer-to-peer networking (start it with --p2p-port)")
        return self.network

    @staticmethod
    def _peer_address(value: Any) -> tuple[str, int]:
        """"host:port" or geth's "enode://ID@host:port"."""
        if not isinstance(value, str) or len(value) > 300:
            raise InvalidParams("invalid argument 0: expected \"host:port\"")
        from chain.p2p import parse_address

        try:
            return parse_address(value.removeprefix("enode://").rpartition("@")[2])
        except ValueError as e:
            raise InvalidParams(f"invalid argument 0: {e}") from None

    def _admin_add_peer(self, p: list) -> bool:
        net = self._p2p()
        net.connect(self._peer_address(p[0]))
        return True

    def _admin_remove_peer(self, p: list) -> bool:
        """geth's admin_removePeer: stop keeping the peer connected and disconnect it; also
        takes a node id ("0x" + 32 hex digits)."""
        net = self._p2p()
        if isinstance(p[0], str) and p[0].startswith("0x"):
            try:
                node_id = bytes.fromhex(p[0][2:])
            except ValueError:
                node_id = b""
            if len(node_id) != 16:
                raise InvalidParams("invalid argument 0: a node id is 0x and 32 hex digits")
            return net.remove_peer(node_id=node_id)
        return net.remove_peer(address=self._peer_address(p[0]))

    def _admin_ban_peer(self, p: list) -> dict:
        """Ban a node id, host:port, IP or subnet for `seconds` (default a day, as Core's
        setban), with an optional reason; persisted across restarts."""
        net = self._p2p()
        if not isinstance(p[0], str) or len(p[0]) > 300:
            raise InvalidParams("invalid argument 0: expected a node id, \"host:port\", an IP or a subnet")
        seconds = p[1] if len(p) > 1 and p[1] is not None else 86400
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 < seconds <= 10 * 365 * 86400:
            raise InvalidParams("invalid argument 1: seconds must be a number from 1 to 315360000 (10 years)")
        reason = p[2] if len(p) > 2 and p[2] is not None else "banned by the operator"
        if not isinstance(reason, str) or len(reason) > 200:
            raise InvalidParams("invalid argument 2: the reason must be a string of at most 200 characters")
        try:
            target = net.ban_target(p[0], float(seconds), reason)
        except ValueError as e:
            raise InvalidParams(f"invalid argument 0: {e}") from None
        return next(self._ban_json(b) for b in net.ban_list() if b.target == target)

    def _admin_unban_peer(self, p: list) -> bool:
        net = self._p2p()
        if not isinstance(p[0], str) or len(p[0]) > 300:
            raise InvalidParams("invalid argument 0: expected a target as admin_listBanned shows it")
        try:
            return net.unban(p[0])
        except ValueError as e:
            raise InvalidParams(f"invalid argument 0: {e}") from None

    @staticmethod
    def _ban_json(ban: Any) -> dict:
        from chain.p2p.addrman import describe_target

        return {"target": describe_target(ban.target), "kind": _BAN_KINDS[ban.target.partition(":")[0]],
                "until": int(ban.until), "remainingSeconds": max(0, int(ban.until - time.time())),
                "reason": ban.reason, "manual": ban.manual}

    def _admin_list_banned(self, p: list) -> list[dict]:
        return [self._ban_json(b) for b in self._p2p().ban_list()]

    def _admin_clear_banned(self, p: list) -> int:
        net = self._p2p()
        count = len(net.ban_list())
        net.unban_all()
        return count

    def _admin_address_book(self, p: list) -> dict:
        return self._p2p().book_info()

    def _admin_node_info(self, p: list) -> dict:
        net = self.network
        head = self.node.block_by_number("latest")
        return {"id": "0x" + net.node_id.hex() if net is not None else None,
                "listenPort": net.port if net is not None else None,
                "chainId": self.node.chain_id, "head": _hx(head.hash) if head else None,
                "number": head.number if head else 0,
                "totalDifficulty": head.total_difficulty if head else 0}

    def _syncing(self, p: list) -> Any:
        status = self.network.sync_status() if self.network is not None else None
        if status is None:
            return False
        return {k: hex(v) for k, v in status.items()}

    def _accounts(self, p: list) -> list[str]:
        return [_hx(a) for a in self.node.accounts()]

    # -- handlers: blocks -------------------------------------------------------------

    def _block_number(self, p: list) -> str:
        return hex(self.node.block_number())

    def _full_flag(self, p: list) -> bool:
        return parse_bool(p[1], "invalid argument 1 (full transactions)") if len(p) > 1 else False

    def _block_by_number(self, p: list) -> dict | None:
        tag = parse_block_tag(p[0], "invalid argument 0 (block)")
        full = self._full_flag(p)
        return self._format_block(self._block(tag), full)

    def _block_by_hash(self, p: list) -> dict | None:
        h = parse_hash(p[0], "invalid argument 0 (block hash)")
        full = self._full_flag(p)
        return self._format_block(self.node.block_by_hash(h), full)

    def _tx_count_by_number(self, p: list) -> str | None:
        block = self._block(parse_block_tag(p[0], "invalid argument 0 (block)"))
        return None if block is None else hex(len(block.transactions))

    def _tx_count_by_hash(self, p: list) -> str | None:
        block = self.node.block_by_hash(parse_hash(p[0], "invalid argument 0 (block hash)"))
        return None if block is None else hex(len(block.transactions))

    def _uncle_count_by_number(self, p: list) -> str | None:
        block = self._block(parse_block_tag(p[0], "invalid argument 0 (block)"))
        return None if block is None else "0x0"

    def _uncle_count_by_hash(self, p: list) -> str | None:
        block = self.node.block_by_hash(parse_hash(p[0], "invalid argument 0 (block hash)"))
        return None if block is None else "0x0"

    @staticmethod
    def _tx_at(block: Block | None, index: int) -> dict | None:
        if block is None or index >= len(block.transactions):
            return None
        return format_transaction(block.transactions[index], block, index)

    def _tx_by_number_index(self, p: list) -> dict | None:
        tag = parse_block_tag(p[0], "invalid argument 0 (block)")
        index = parse_quantity(p[1], "invalid argument 1 (index)", 64)
        return self._tx_at(self._block(tag), index)

    def _tx_by_hash_index(self, p: list) -> dict | None:
        h = parse_hash(p[0], "invalid argument 0 (block hash)")
        index = parse_quantity(p[1], "invalid argument 1 (index)", 64)
        return self._tx_at(self.node.block_by_hash(h), index)

    def _block_receipts(self, p: list) -> list | None:
        value = p[0]
        if isinstance(value, str) and len(value) == 66:
            block = self.node.block_by_hash(parse_hash(value, "invalid argument 0 (block)"))
        else:
            block = self._block(self._state_tag(p, 0))
        if block is None:
            return None
        return [format_receipt(r, block) for r in block.receipts]

    # -- handlers: state ----------------------------------------------------------------

    def _get_balance(self, p: list) -> str:
        address = parse_address(p[0], "invalid argument 0 (address)")
        return hex(self.node.get_balance(address, self._state_tag(p, 1)))

    def _get_nonce(self, p: list) -> str:
        address = parse_address(p[0], "invalid argument 0 (address)")
        return hex(self.node.get_nonce(address, self._state_tag(p, 1)))

    def _get_code(self, p: list) -> str:
        address = parse_address(p[0], "invalid argument 0 (address)")
        return _hx(self.node.get_code(address, self._state_tag(p, 1)))

    def _get_storage_at(self, p: list) -> str:
        address = parse_address(p[0], "invalid argument 0 (address)")
        slot = parse_quantity(p[1], "invalid argument 1 (storage slot)")
        value = self.node.get_storage_at(address, slot, self._state_tag(p, 2))
        return _slot_hex(value % _UINT256)

    # -- handlers: execution and fees ---------------------------------------------------

    @staticmethod
    def _overrides(p: list) -> dict | None:
        """eth_call / eth_estimateGas's third parameter (chain/overrides.py)."""
        return parse_overrides(p[2], "invalid argument 2 (state overrides)") if len(p) > 2 else None

    def _capped(self, request: CallRequest) -> CallRequest:
        """The request with its gas bounded by the RPC gas cap (default: the block gas
        limit): more is refused, none means the cap."""
        cap = self.gas_cap
        if request.gas is not None and request.gas > cap:
            raise InvalidParams(f"invalid argument 0: field 'gas': {request.gas} exceeds the RPC gas "
                                f"cap {cap} (--rpc-gas-cap)")
        return request if request.gas is not None else dataclasses.replace(request, gas=cap)

    def _call(self, p: list) -> str:
        request = self._capped(self._call_request(p[0], 0))
        tag = self._state_tag(p, 1)
        overrides = self._overrides(p)
        return _hx(self.node.call(request, tag) if not overrides else self.node.call(request, tag, overrides))

    def _estimate_gas(self, p: list) -> str:
        request = self._capped(self._call_request(p[0], 0))
        tag = self._state_tag(p, 1, "pending")
        overrides = self._overrides(p)
        return hex(self.node.estimate_gas(request, tag) if not overrides
                   else self.node.estimate_gas(request, tag, overrides))

    def _gas_price(self, p: list) -> str:
        return hex(self.node.gas_price())

    def _max_priority_fee(self, p: list) -> str:
        return hex(self.node.max_priority_fee())

    def _fee_history(self, p: list) -> dict:
        count = parse_quantity(p[0], "invalid argument 0 (block count)", 64)
        count = min(count, MAX_FEE_HISTORY_BLOCKS)
        newest = parse_block_tag(p[1], "invalid argument 1 (newest block)")
        percentiles: list[float] = []
        if len(p) > 2:
            raw = p[2]
            what = "invalid argument 2 (reward percentiles)"
            if not isinstance(raw, list):
                raise InvalidParams(f"{what}: expected an array of numbers")
            if len(raw) > MAX_FEE_HISTORY_PERCENTILES:
                raise InvalidParams(f"{what}: {len(raw)} percentiles, at most "
                                    f"{MAX_FEE_HISTORY_PERCENTILES}")
            prev = -1.0
            for x in raw:
                if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
                    raise InvalidParams(f"{what}: {_describe(x)} is not a number")
                if not 0 <= x <= 100:
                    raise InvalidParams(f"{what}: {x} is outside [0, 100]")
                if x < prev:
                    raise InvalidParams(f"{what}: percentiles must be non-decreasing")
                prev = float(x)
                percentiles.append(float(x))
        if count == 0:
            return {"oldestBlock": "0x0", "baseFeePerGas": [], "gasUsedRatio": [], "reward": []}
        oldest, base_fees, ratios, rewards = self.node.fee_history(count, newest, percentiles)
        out: dict[str, Any] = {
            "oldestBlock": hex(oldest),
            "baseFeePerGas": [hex(b) for b in base_fees],
            "gasUsedRatio": [float(r) for r in ratios],
        }
        if percentiles:  # geth omits reward when no percentiles were asked for
            out["reward"] = [[hex(x) for x in row] for row in rewards]
        return out

    # -- handlers: transactions and logs ------------------------------------------------

    def _send_raw(self, p: list) -> str:
        raw = parse_data(p[0], "invalid argument 0 (signed transaction)")
        if not raw:
            raise InvalidParams("invalid argument 0 (signed transaction): empty")
        return _hx(self.node.send_raw_transaction(raw))

    def _send_transaction(self, p: list) -> str:
        request = self._call_request(p[0], 0)
        if request.sender is None:
            raise InvalidParams("invalid argument 0: 'from' is required")
        return _hx(self.node.send_transaction(request))

    def _get_transaction(self, p: list) -> dict | None:
        loc = self.node.get_transaction(parse_hash(p[0], "invalid argument 0 (transaction hash)"))
        return None if loc is None else format_transaction(loc.transaction, loc.block, loc.index)

    def _get_receipt(self, p: list) -> dict | None:
        found = self.node.get_receipt(parse_hash(p[0], "invalid argument 0 (transaction hash)"))
        return None if found is None else format_receipt(*found)

    def _get_logs(self, p: list) -> list[dict]:
        return [format_log_entry(e) for e in self.node.get_logs(self._log_filter(p[0]))]

    def _log_filter(self, f: Any, what: str = "invalid argument 0") -> LogFilter:
        if not isinstance(f, dict):
            raise InvalidParams(f"{what}: expected a filter object, got {_describe(f)}")
        raw_addr = f.get("address")
        if raw_addr is None:
            addresses: tuple[bytes, ...] = ()
        elif isinstance(raw_addr, list):
            addresses = tuple(parse_address(a, f"{what}: address[{j}]")
                              for j, a in enumerate(raw_addr))
        else:
            addresses = (parse_address(raw_addr, f"{what}: address"),)
        raw_topics = f.get("topics")
        topics: list[tuple[bytes, ...] | None] = []
        if raw_topics is not None:
            if not isinstance(raw_topics, list):
                raise InvalidParams(f"{what}: topics must be an array")
            if len(raw_topics) > 4:
                raise InvalidParams(f"{what}: too many topics ({len(raw_topics)}), at most 4")
            for j, t in enumerate(raw_topics):
                if t is None or t == []:
                    topics.append(None)
                elif isinstance(t, list):
                    # a null among the alternatives matches anything, like a null position
                    alts = [None if x is None else parse_hash(x, f"{what}: topics[{j}][{k}]")
                            for k, x in enumerate(t)]
                    topics.append(None if None in alts else tuple(alts))  # type: ignore[arg-type]
                else:
                    topics.append((parse_hash(t, f"{what}: topics[{j}]"),))
            while topics and topics[-1] is None:
                topics.pop()
        block_hash = f.get("blockHash")
        if block_hash is not None:
            if f.get("fromBlock") is not None or f.get("toBlock") is not None:
                raise InvalidParams(f"{what}: cannot specify both blockHash and fromBlock/toBlock")
            h = parse_hash(block_hash, f"{what}: blockHash")
            block = self.node.block_by_hash(h)
            if block is None:
                raise ChainError(f"unknown block {_hx(h)}")
            return LogFilter(block.number, block.number, addresses, tuple(topics), h)
        frm = f.get("fromBlock")
        to = f.get("toBlock")
        head = self.node.block_number()
        from_n = head if frm is None else self._resolve_number(
            parse_block_tag(frm, f"{what}: fromBlock"))
        to_n = head if to is None else self._resolve_number(parse_block_tag(to, f"{what}: toBlock"))
        if from_n > to_n:
            raise InvalidParams(f"{what}: invalid block range: fromBlock {from_n} > toBlock {to_n}")
        return LogFilter(from_n, min(to_n, head), addresses, tuple(topics))

    def _log_criteria(self, value: Any, what: str) -> LogCriteria:
        """A filter object for eth_newFilter / a logs subscription: eth_getLogs's fields,
        the block bounds kept as given (a tag follows the head), no blockHash."""
        if not isinstance(value, dict):
            raise InvalidParams(f"{what}: expected a filter object, got {_describe(value)}")
        if value.get("blockHash") is not None:
            raise InvalidParams(f"{what}: blockHash is for eth_getLogs; a filter follows new blocks")
        lo, hi = criteria_bounds(value, what)
        base = self._log_filter({k: value.get(k) for k in ("address", "topics")}, what)
        return LogCriteria(base.addresses, base.topics, lo, hi)

    # -- handlers: dev ---------------------------------------------------------------

    def _evm_mine(self, p: list) -> str:
        """evm_mine(), evm_mine(timestamp) or anvil's evm_mine({timestamp, blocks})."""
        blocks, timestamp = 1, None
        if p:
            arg = p[0]
            what = "invalid argument 0"
            if isinstance(arg, dict):
                if arg.get("timestamp") is not None:
                    timestamp = parse_quantity(arg["timestamp"], f"{what}: timestamp", 64)
                if arg.get("blocks") is not None:
                    blocks = _block_count(arg["blocks"], f"{what}: blocks")
            else:
                timestamp = parse_quantity(arg, f"{what} (timestamp)", 64)
        self.node.mine(blocks, timestamp)
        return "0x0"

    def _mine_blocks(self, p: list) -> None:
        """anvil_mine / hardhat_mine(blocks, interval): interval must be 0 or absent."""
        blocks = _block_count(p[0], "invalid argument 0 (blocks)") if p else 1
        if len(p) > 1 and parse_quantity(p[1], "invalid argument 1 (interval)", 64) > 1:
            raise InvalidParams("invalid argument 1 (interval): only 0 or 1 is supported")
        self.node.mine(blocks)
        return None

    def _snapshot(self, p: list) -> str:
        return hex(self.node.snapshot())

    def _revert(self, p: list) -> bool:
        return self.node.revert(parse_quantity(p[0], "invalid argument 0 (snapshot id)", 64))

    def _increase_time(self, p: list) -> int:
        return self.node.increase_time(parse_quantity(p[0], "invalid argument 0 (seconds)", 63))

    def _set_next_timestamp(self, p: list) -> None:
        self.node.set_next_block_timestamp(
            parse_quantity(p[0], "invalid argument 0 (timestamp)", 63))
        return None

    def _set_automine(self, p: list) -> None:
        self.node.set_automine(parse_bool(p[0], "invalid argument 0 (enabled)"))
        return None

    def _set_balance(self, p: list) -> None:
        address = parse_address(p[0], "invalid argument 0 (address)")
        self.node.set_balance(address, parse_quantity(p[1], "invalid argument 1 (balance)"))
        return None
