"""Polling filters (eth_newFilter, eth_newBlockFilter, eth_newPendingTransactionFilter,
eth_getFilterChanges, eth_getFilterLogs, eth_uninstallFilter) and the chain feed that
they and WebSocket subscriptions (`chain.ws`) read.

The node tells its listeners of each new head and each transaction it admits. The feed
turns head changes into "these canonical blocks were added, these were dropped" by
comparing the new head's chain with the blocks it announced last (a reorganisation or
an `evm_revert` drops some), so a log filter reports the logs of dropped blocks again
with `removed: true`, as geth does. The feed also syncs when a filter is polled, which
catches head changes the node does not announce (`evm_revert`).

Bounds (docs/chain.md): at most MAX_FILTERS filters; a filter not polled for
FILTER_TIMEOUT seconds is removed (geth's 5 minutes); a filter holds at most
MAX_FILTER_ITEMS changes between polls; past that it is removed and its next poll says
so, rather than silently dropping changes.
"""

from __future__ import annotations

import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from chain.api import BlockTag, ChainError, LogEntry, LogFilter, NodeAPI
from chain.rpcvalues import (
    InvalidParams,
    Method,
    _describe,
    format_log_entry,
    parse_block_tag,
)
from chain.types import Block, Log, Transaction

__all__ = ["ChainFeed", "FeedSink", "Filters", "LogCriteria", "MAX_FILTERS", "FILTER_TIMEOUT",
           "MAX_FILTER_ITEMS", "block_logs"]

MAX_FILTERS = 1024
FILTER_TIMEOUT = 300.0  # seconds without a poll before a filter is removed (geth's value)
MAX_FILTER_ITEMS = 10_000  # changes one filter holds between two polls
RECENT_BLOCKS = 128  # announced blocks remembered, to tell a reorganisation from growth
MAX_CATCHUP = 1024  # blocks the feed walks back from a new head to find what it announced
FILTER_NOT_FOUND = -32000  # geth: "filter not found"
_HEX = re.compile(r"[0-9a-fA-F]+")


def block_logs(block: Block) -> list[LogEntry]:
    """Every log of a block, numbered from the block's first log (as receipts do)."""
    out: list[LogEntry] = []
    index = 0
    for receipt in block.receipts:
        for log in receipt.logs:
            out.append(LogEntry(log, block.number, block.hash, receipt.tx_hash, receipt.tx_index, index))
            index += 1
    return out


@dataclass(frozen=True, slots=True)
class LogCriteria:
    """What a log filter or a `logs` subscription matches. `from_block`/`to_block` bound
    the blocks whose new logs count (None: no bound; the tag "latest" means none)."""

    addresses: tuple[bytes, ...]
    topics: tuple[tuple[bytes, ...] | None, ...]
    from_block: int | None = None
    to_block: int | None = None

    def matches(self, entry: LogEntry) -> bool:
        if self.from_block is not None and entry.block_number < self.from_block:
            return False
        if self.to_block is not None and entry.block_number > self.to_block:
            return False
        return log_matches(entry.log, self.addresses, self.topics)


def log_matches(log: Log, addresses: tuple[bytes, ...],
                topics: tuple[tuple[bytes, ...] | None, ...]) -> bool:
    if addresses and log.address not in addresses:
        return False
    if len(topics) > len(log.topics):
        return False
    return all(want is None or got in want for want, got in zip(topics, log.topics, strict=False))


class FeedSink(Protocol):
    """A reader of the feed; called on the node's thread."""

    def new_blocks(self, added: list[Block], logs: list[LogEntry], removed: list[LogEntry]) -> None: ...
    def new_transaction(self, tx: Transaction) -> None: ...


class ChainFeed:
    """New canonical blocks (with their logs, and the logs of dropped blocks) and newly
    admitted transactions, for filters and subscriptions. Costs nothing without readers."""

    def __init__(self, node: NodeAPI):
        self.node = node
        self.sinks: list[FeedSink] = []
        # number -> (hash, logs) of the canonical blocks announced last, oldest first
        self._recent: OrderedDict[int, tuple[bytes, list[LogEntry]]] = OrderedDict()
        heads = getattr(node, "head_listeners", None)
        if heads is not None:  # a node without listeners is synced when polled only
            heads.append(self._on_head)
        txs = getattr(node, "tx_listeners", None)
        if txs is not None:
            txs.append(self._on_tx)

    def add(self, sink: FeedSink) -> None:
        if not self.sinks:
            self._reset()
        self.sinks.append(sink)

    def remove(self, sink: FeedSink) -> None:
        if sink in self.sinks:
            self.sinks.remove(sink)

    def _reset(self) -> None:
        head = self.node.block_by_number("latest")
        self._recent = OrderedDict()
        if head is not None:
            self._recent[head.number] = (head.hash, [])

    def _on_head(self, block: Block) -> None:
        if self.sinks:
            self.sync()

    def _on_tx(self, tx: Transaction) -> None:
        for sink in list(self.sinks):
            sink.new_transaction(tx)

    def sync(self) -> None:
        """Announce what changed since the last announcement."""
        if not self.sinks:
            return
        head = self.node.block_by_number("latest")
        if head is None:
            return
        recent = self._recent
        known = recent.get(head.number)
        if known is not None and known[0] == head.hash and next(reversed(recent)) == head.number:
            return
        lowest = next(iter(recent)) if recent else head.number + 1
        added: list[Block] = []
        n, block = head.number, head
        while True:
            known = recent.get(n)
            if known is not None and known[0] == block.hash:
                break  # the newest block both chains share
            added.append(block)
            n -= 1
            if n < 0 or n < lowest or len(added) >= MAX_CATCHUP:
                break
            parent = self.node.block_by_number(n)
            if parent is None:
                break
            block = parent
        removed: list[LogEntry] = []
        for number in [k for k in recent if k > n]:
            removed.extend(recent.pop(number)[1])
        added.reverse()
        logs: list[LogEntry] = []
        for b in added:
            entries = block_logs(b)
            logs.extend(entries)
            recent[b.number] = (b.hash, entries)
        while len(recent) > RECENT_BLOCKS:
            recent.popitem(last=False)
        for sink in list(self.sinks):
            sink.new_blocks(added, logs, removed)


@dataclass(slots=True)
class _Filter:
    kind: str  # "block", "pending" or "logs"
    polled: float
    criteria: LogCriteria | None = None
    items: list[Any] = field(default_factory=list)  # hashes, or (LogEntry, removed)
    overflowed: bool = False


class Filters:
    """The filter methods of one node's RPC. `parse_criteria` validates a filter object
    (addresses, topics, block bounds) as eth_getLogs does; every call runs on the node's
    thread, like every other RPC call."""

    def __init__(self, node: NodeAPI, feed: ChainFeed,
                 parse_criteria: Callable[[Any, str], LogCriteria],
                 *, max_filters: int = MAX_FILTERS, timeout: float = FILTER_TIMEOUT,
                 max_items: int = MAX_FILTER_ITEMS, clock: Callable[[], float] = time.monotonic):
        self.node = node
        self.feed = feed
        self.parse_criteria = parse_criteria
        self.max_filters = max_filters
        self.timeout = timeout
        self.max_items = max_items
        self.clock = clock
        self._filters: dict[str, _Filter] = {}

    def methods(self) -> dict[str, Method]:
        return {
            "eth_newFilter": Method(self._new_filter, 1, 1),
            "eth_newBlockFilter": Method(self._new_block_filter, 0, 0),
            "eth_newPendingTransactionFilter": Method(self._new_pending_filter, 0, 1),
            "eth_getFilterChanges": Method(self._get_changes, 1, 1),
            "eth_getFilterLogs": Method(self._get_logs, 1, 1),
            "eth_uninstallFilter": Method(self._uninstall, 1, 1),
        }

    def __len__(self) -> int:
        return len(self._filters)

    # -- the feed's side ----------------------------------------------------------------

    def new_blocks(self, added: list[Block], logs: list[LogEntry], removed: list[LogEntry]) -> None:
        for f in self._filters.values():
            if f.kind == "block":
                self._push(f, [b.hash for b in added])
            elif f.kind == "logs" and f.criteria is not None:
                c = f.criteria
                self._push(f, [(e, True) for e in removed if c.matches(e)]
                           + [(e, False) for e in logs if c.matches(e)])

    def new_transaction(self, tx: Transaction) -> None:
        for f in self._filters.values():
            if f.kind == "pending":
                self._push(f, [tx.hash])

    def _push(self, f: _Filter, items: list) -> None:
        if not items or f.overflowed:
            return
        if len(f.items) + len(items) > self.max_items:
            f.overflowed = True
            f.items = []
            return
        f.items.extend(items)

    # -- the methods --------------------------------------------------------------------

    def _expire(self) -> None:
        cutoff = self.clock() - self.timeout
        for fid in [fid for fid, f in self._filters.items() if f.polled < cutoff]:
            self._drop(fid)

    def _drop(self, fid: str) -> None:
        del self._filters[fid]
        if not self._filters:
            self.feed.remove(self)

    def _install(self, f: _Filter) -> str:
        self._expire()
        if len(self._filters) >= self.max_filters:
            raise ChainError(f"too many filters ({self.max_filters}): uninstall some with "
                             "eth_uninstallFilter; idle ones expire after "
                             f"{self.timeout:g} s")
        self.feed.sync()  # a filter reports what happens after it is made
        if not self._filters:
            self.feed.add(self)
        fid = "0x" + secrets.token_hex(16)
        self._filters[fid] = f
        return fid

    def _new_filter(self, p: list) -> str:
        criteria = self.parse_criteria(p[0], "invalid argument 0")
        return self._install(_Filter("logs", self.clock(), criteria))

    def _new_block_filter(self, p: list) -> str:
        return self._install(_Filter("block", self.clock()))

    def _new_pending_filter(self, p: list) -> str:
        if p and p[0] is not False:  # geth's fullTx flag: only hashes are kept here
            raise InvalidParams("invalid argument 0 (full transactions): only false is supported; "
                                "fetch each transaction with eth_getTransactionByHash")
        return self._install(_Filter("pending", self.clock()))

    def _lookup(self, value: Any) -> tuple[str, _Filter]:
        fid = _filter_id(value)
        self.feed.sync()
        self._expire()
        f = self._filters.get(fid)
        if f is None:
            raise ChainError("filter not found", FILTER_NOT_FOUND)
        f.polled = self.clock()
        return fid, f

    def _get_changes(self, p: list) -> list:
        fid, f = self._lookup(p[0])
        if f.overflowed:
            self._drop(fid)
            raise ChainError(f"filter {fid} was removed: more than {self.max_items} changes "
                             "arrived between two polls; make a new filter and read the gap "
                             "with eth_getLogs", FILTER_NOT_FOUND)
        items, f.items = f.items, []
        if f.kind == "logs":
            out = []
            for entry, removed in items:
                obj = format_log_entry(entry)
                if removed:
                    obj["removed"] = True
                out.append(obj)
            return out
        return ["0x" + h.hex() for h in items]

    def _get_logs(self, p: list) -> list:
        fid, f = self._lookup(p[0])
        if f.kind != "logs" or f.criteria is None:
            raise InvalidParams(f"invalid argument 0: filter {fid} is a {f.kind} filter; "
                                "eth_getFilterLogs reads log filters (use eth_getFilterChanges)")
        c = f.criteria
        head = self.node.block_number()
        lo = head if c.from_block is None else c.from_block
        hi = head if c.to_block is None else min(c.to_block, head)
        if lo > hi:
            return []
        entries = self.node.get_logs(LogFilter(lo, hi, c.addresses, c.topics))
        return [format_log_entry(e) for e in entries]

    def _uninstall(self, p: list) -> bool:
        fid = _filter_id(p[0])
        if fid not in self._filters:
            return False
        self._drop(fid)
        return True


def _filter_id(value: Any) -> str:
    """A filter id, lower case: "0x" and hex digits (ids made here have 32)."""
    what = "invalid argument 0 (filter id)"
    if not isinstance(value, str) or not value.startswith(("0x", "0X")) or len(value) > 66 \
            or _HEX.fullmatch(value, 2) is None:
        raise InvalidParams(f"{what}: expected a hex id like \"0x1f...\", got {_describe(value)}")
    return value.lower()


def criteria_bounds(value: dict, what: str) -> tuple[int | None, int | None]:
    """fromBlock/toBlock of a filter object as bounds: a number is a bound, a tag
    ("latest", "pending", ...) or nothing is none; "earliest" is block 0."""

    def bound(key: str) -> int | None:
        raw = value.get(key)
        if raw is None:
            return None
        tag: BlockTag = parse_block_tag(raw, f"{what}: {key}")
        if tag == "earliest":
            return 0
        return tag if isinstance(tag, int) else None

    lo, hi = bound("fromBlock"), bound("toBlock")
    if lo is not None and hi is not None and lo > hi:
        raise InvalidParams(f"{what}: invalid block range: fromBlock {lo} > toBlock {hi}")
    return lo, hi
