"""`coinc node`: the chain served over Ethereum JSON-RPC, with an anvil-like banner."""

from __future__ import annotations

import asyncio
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from coinc.client import lock_data_dir
from coinc.errors import UserError

NETWORK_GENESIS_TIME = 0  # nodes of one network must share their genesis block, so its time is fixed
DEFAULT_P2P_PORT = 30303


@dataclass(frozen=True)
class NetworkOptions:
    host: str
    port: int
    bootnodes: list[tuple[str, int]]
    max_peers: int

    @classmethod
    def parse(cls, host: str, port: int | None, bootnodes: str, max_peers: int) -> NetworkOptions:
        from chain.p2p import parse_address

        if port is not None and not 0 <= port < 65536:
            raise UserError(f"--p2p-port {port} is not a port number (0-65535)")
        if max_peers < 1:
            raise UserError("--max-peers must be at least 1")
        nodes = []
        for text in filter(None, (t.strip() for t in bootnodes.split(","))):
            try:
                nodes.append(parse_address(text))
            except ValueError as e:
                raise UserError(f"--bootnodes: {e}") from None
        return cls(host, DEFAULT_P2P_PORT if port is None else port, nodes, max_peers)


def run_node(out, err, host: str, port: int, data_dir: Path, block_time: float | None, no_mining: bool,
             quiet: bool, network: NetworkOptions | None = None) -> None:
    from chain.api import ChainError
    from chain.genesis import DEV_MNEMONIC, DEV_PATH, dev_genesis
    from chain.node import open_node
    from chain.rpc import RPC
    from chain.server import serve

    if block_time is not None and block_time <= 0:
        raise UserError("--block-time must be a positive number of seconds")
    if network is not None and network.port == port and network.host == host and port != 0:
        raise UserError(f"--p2p-port {port} is the JSON-RPC port: give peers a port of their own")
    lock = lock_data_dir(data_dir)

    def log(line: str) -> None:
        if not quiet:
            out.print(f"{time.strftime('%H:%M:%S')} {line}", markup=False)

    try:
        genesis = dev_genesis(NETWORK_GENESIS_TIME) if network is not None else None
        node = open_node(data_dir, genesis=genesis, automine=block_time is None and not no_mining, log=log)
    except ChainError as e:
        lock.close()
        raise UserError(str(e)) from None
    g = node.genesis
    mode = ("automine (a block per transaction)" if node.automine else
            f"a block every {block_time:g}s" if block_time else "on demand (evm_mine)")
    out.print(f"\n  coinc node  (chain id {g.chain_id}, {'dev chain' if g.dev else 'chain'})\n", markup=False)
    if g.dev:
        out.print("  Available accounts (10,000 coins each at genesis)\n  ==================", markup=False)
        for i, a in enumerate(node.accounts()):
            out.print(f"  ({i}) 0x{a.hex()}", markup=False)
        out.print(f"\n  Keys: derived from the mnemonic \"{DEV_MNEMONIC}\"", markup=False)
        out.print(f"  Derivation path: {DEV_PATH.format('i')}", markup=False)
        out.print("  WARNING: these keys are public. Anyone can take coins sent to them on any "
                  "other chain; coinc refuses them on non-dev chains.\n", markup=False)
    out.print(f"  Data directory: {data_dir}  (head block {node.head.number})", markup=False)
    out.print(f"  Block gas limit: {g.gas_limit:,}   Mining: {mode}   Difficulty: "
              f"{node.head.header.difficulty} (range {g.min_difficulty}-{g.max_difficulty})", markup=False)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"  WARNING: listening on {host}: the node is reachable from other machines and "
                  "eth_sendTransaction signs with public dev keys.", markup=False)

    p2p = None
    if network is not None:
        from chain.p2p import P2P, P2PConfig

        p2p = P2P(node, P2PConfig(host=network.host, port=network.port, bootnodes=network.bootnodes,
                                  max_peers=network.max_peers, peers_file=data_dir / "peers.json", log=log))
        if node.genesis.timestamp != NETWORK_GENESIS_TIME:
            err.print(f"  WARNING: {data_dir} was created without --p2p-port, so its genesis differs from "
                      "the network genesis: peers started from new data directories will refuse it.",
                      markup=False)
        if node.automine:
            err.print("  note: automine mines a block per transaction on every node that hears of it; "
                      "networks usually mine with --block-time.", markup=False)
    rpc = RPC(node, network=p2p)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stop.set)
            except (NotImplementedError, RuntimeError):
                pass

        def ready(h: str, p: int) -> None:
            out.print(f"  Listening on http://{h}:{p}\n", markup=False)

        if p2p is not None:
            try:
                await p2p.start()
            except OSError as e:
                raise UserError(f"cannot accept peers on {network.host}:{network.port}: "
                                f"{e.strerror or e}") from None
            boot = ", ".join(f"{h}:{p}" for h, p in network.bootnodes) or "none (saved peers only)"
            out.print(f"  Peers: listening on {network.host}:{p2p.port}, node id 0x{p2p.node_id.hex()}, "
                      f"bootnodes {boot}, {len(p2p.addresses)} known address(es), at most "
                      f"{network.max_peers} peers", markup=False)
        server = asyncio.create_task(serve(rpc, host, port, ready))
        tasks = [server]
        if block_time:
            async def miner() -> None:
                while True:
                    await asyncio.sleep(block_time)
                    try:
                        node.mine(1)
                    except ChainError as e:
                        err.print(f"mining failed: {e}", markup=False)
            tasks.append(asyncio.create_task(miner()))
        waiter = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait([server, waiter], return_when=asyncio.FIRST_COMPLETED)
        for t in tasks + [waiter]:
            t.cancel()
        await asyncio.gather(*tasks, waiter, return_exceptions=True)
        if p2p is not None:
            await p2p.stop()
        if server in done and server.exception() is not None:
            exc = server.exception()
            raise UserError(f"cannot serve on {host}:{port}: {exc}")

    try:
        asyncio.run(main())
    except OSError as e:
        raise UserError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    finally:
        node.close()
        lock.close()
        out.print("node stopped; the chain is saved in " + str(data_dir), markup=False)
