"""Several nodes with networking on one event loop in a background thread.

Each node is a real `Node` (SQLite store in a temporary directory) with a real `P2P`
listening on a loopback port; the test thread drives them only through `Net.run`, which
executes on the loop thread, because nodes are single-threaded."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from chain.genesis import dev_addresses, dev_genesis, dev_keys
from chain.node import Node
from chain.p2p import P2P, P2PConfig

T = TypeVar("T")
GENESIS = dev_genesis(0)  # every node of a network shares its genesis


@dataclass
class Member:
    name: str
    node: Node
    p2p: P2P
    data_dir: Path

    @property
    def address(self) -> tuple[str, int]:
        return (self.p2p.config.host, self.p2p.port)


class Net:
    def __init__(self, root: Path):
        self.root = root
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.members: list[Member] = []
        self.logs: list[str] = []

    def run(self, fn: Callable[[], T], timeout: float = 30.0) -> T:
        async def call() -> T:
            return fn()
        return asyncio.run_coroutine_threadsafe(call(), self.loop).result(timeout)

    def start(self, name: str, miner: int, bootnodes: list[Member] = (), **config) -> Member:
        data_dir = self.root / name
        node = Node(data_dir, GENESIS, automine=False, coinbase=dev_addresses()[miner])
        config.setdefault("port", 0)
        config.setdefault("tick", 0.1)
        cfg = P2PConfig(bootnodes=[m.address for m in bootnodes], peers_db=data_dir / "peers.db",
                        log=lambda line: self.logs.append(f"{name}: {line}"), **config)
        p2p = P2P(node, cfg)
        asyncio.run_coroutine_threadsafe(p2p.start(), self.loop).result(10)
        member = Member(name, node, p2p, data_dir)
        self.members.append(member)
        return member

    def stop(self, member: Member) -> None:
        asyncio.run_coroutine_threadsafe(member.p2p.stop(), self.loop).result(10)
        self.run(member.node.close)
        self.members.remove(member)

    def close(self) -> None:
        for m in list(self.members):
            self.stop(m)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()

    def wait(self, cond: Callable[[], bool], timeout: float = 20.0, what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.run(cond):
                return
            time.sleep(0.05)
        tail = "\n".join(self.logs[-40:])
        raise AssertionError(f"timed out waiting for {what}; last log lines:\n{tail}")

    def mine(self, member: Member, blocks: int = 1) -> None:
        self.run(lambda: member.node.mine(blocks))

    # on the loop thread only (inside `run` or `wait` conditions)
    def heads(self, members: list[Member] | None = None) -> set[bytes]:
        return {m.node.head.hash for m in (members or self.members)}

    def converged(self, members: list[Member] | None = None) -> bool:
        return len(self.heads(members)) == 1


def transfer(node: Node, sender: int, to: bytes, value: int, nonce: int | None = None) -> bytes:
    """A signed EIP-1559 transfer from dev account `sender` (raw bytes)."""
    from eth_account import Account
    from eth_utils import to_checksum_address

    if nonce is None:
        nonce = node.get_nonce(dev_addresses()[sender], "pending")
    tx = {"nonce": nonce, "gas": 21_000, "value": value, "to": to_checksum_address(to), "data": b"",
          "chainId": node.chain_id, "maxPriorityFeePerGas": 10**9, "maxFeePerGas": 50 * 10**9}
    return bytes(Account.sign_transaction(tx, dev_keys()[sender]).raw_transaction)
