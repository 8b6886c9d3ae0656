"""`coinc node`: the chain served over Ethereum JSON-RPC, with an anvil-like banner."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coinc.client import describe_lock, lock_data_dir
from coinc.errors import UserError

SHUTDOWN_GRACE = 10.0  # seconds a running request may take to finish after SIGTERM
NETWORK_GENESIS_TIME = 0  # nodes of one network must share their genesis block, so its time is fixed
DEFAULT_P2P_PORT = 30303


@dataclass(frozen=True)
class NetworkOptions:
    host: str
    port: int
    bootnodes: list[tuple[str, int]]
    max_peers: int
    connect: list[tuple[str, int]] | None = None  # --connect: only these peers
    dns_seeds: tuple[str, ...] = ()  # as given; the port defaults to the network's
    dns_server: tuple[str, int] | None = None
    seeds_file: Path | None = None

    @classmethod
    def parse(cls, host: str, port: int | None, bootnodes: str, max_peers: int, connect: str = "",
              dns_seeds: tuple[str, ...] = (), dns_server: str = "",
              seeds_file: Path | None = None) -> NetworkOptions:
        from chain.p2p import parse_address

        if port is not None and not 0 <= port < 65536:
            raise UserError(f"--p2p-port {port} is not a port number (0-65535)")
        if max_peers < 1:
            raise UserError("--max-peers must be at least 1")

        def addresses(text: str, flag: str) -> list[tuple[str, int]]:
            out = []
            for item in filter(None, (t.strip() for t in text.split(","))):
                try:
                    out.append(parse_address(item))
                except ValueError as e:
                    raise UserError(f"{flag}: {e}") from None
            return out

        nodes = addresses(bootnodes, "--bootnodes")
        only = addresses(connect, "--connect") if connect.strip() else None
        seeds = tuple(t.strip() for text in dns_seeds for t in text.split(",") if t.strip())
        if only is not None and (nodes or seeds):
            raise UserError("--connect dials only the peers it names: it cannot be combined with "
                            "--bootnodes or --dns-seed")
        server = None
        if dns_server.strip():
            try:
                server = parse_address(dns_server)
            except ValueError as e:
                raise UserError(f"--dns-server: {e}") from None
            from chain.p2p.addrman import ip_of

            if ip_of(server[0]) is None:
                raise UserError(f"--dns-server: {server[0]!r} is not an IP address")
        return cls(host, DEFAULT_P2P_PORT if port is None else port, nodes, max_peers, only, seeds,
                   server, seeds_file)

    def p2p_config(self, chain_id: int, data_dir: Path, log: Callable[[str], None]):
        """The P2P configuration, with the DNS seeds and seed list of the node's network
        (chain/p2p/seeds.toml or --seeds-file, found by chain id)."""
        from chain.p2p import P2PConfig
        from chain.p2p.seeds import SeedError, network_for, parse_dns_seed

        try:
            network = network_for(chain_id, self.seeds_file)
            if self.seeds_file is not None and network is None:
                raise SeedError(f"the seeds file {self.seeds_file} names no network with chain id {chain_id}")
            default_port = network.port if network is not None else DEFAULT_P2P_PORT
            names = self.dns_seeds or (tuple(network.dns_seeds) if network is not None else ())
            dns = [parse_dns_seed(n, default_port) for n in names]
        except SeedError as e:
            raise UserError(str(e)) from None
        if self.connect is not None:
            dns, fixed = [], []
        else:
            fixed = network.seeds if network is not None else []
        return P2PConfig(host=self.host, port=self.port, bootnodes=self.bootnodes, max_peers=self.max_peers,
                         connect_only=self.connect, dns_seeds=dns, dns_server=self.dns_server,
                         fixed_seeds=fixed, peers_db=data_dir / "peers.db", log=log)


@dataclass(frozen=True)
class ChainOptions:
    """What a new chain is made with: --chain-id, --gas-limit, --balance (anvil's flags).
    They shape the genesis block, so an existing data directory must match them."""

    chain_id: int | None = None
    gas_limit: int | None = None
    balance: int | None = None  # whole coins per dev account

    @classmethod
    def parse(cls, chain_id: int | None, gas_limit: int | None, balance: int | None) -> ChainOptions:
        if chain_id is not None and not 1 <= chain_id < 2**63:
            raise UserError(f"--chain-id {chain_id} is not a chain id (1 to 2**63-1)")
        if gas_limit is not None and not 21_000 <= gas_limit <= 1_000_000_000:
            raise UserError(f"--gas-limit {gas_limit} is outside 21,000 to 1,000,000,000")
        if balance is not None and not 0 <= balance <= 10**30:
            raise UserError(f"--balance {balance} is outside 0 to 10**30 coins")
        return cls(chain_id, gas_limit, balance)

    def genesis(self, timestamp: int):
        from chain.genesis import DEV_CHAIN_ID, dev_genesis

        extra: dict = {}
        if self.gas_limit is not None:
            extra["gas_limit"] = self.gas_limit
        g = dev_genesis(timestamp, self.chain_id or DEV_CHAIN_ID, **extra)
        if self.balance is not None:
            g = dataclasses.replace(g, alloc={a: self.balance * 10**18 for a in g.alloc})
        return g

    def mismatch(self, genesis) -> str | None:
        """Which flag the stored chain contradicts, or None."""
        if self.chain_id is not None and genesis.chain_id != self.chain_id:
            return f"--chain-id {self.chain_id}: the chain there has chain id {genesis.chain_id}"
        if self.gas_limit is not None and genesis.gas_limit != self.gas_limit:
            return f"--gas-limit {self.gas_limit}: the chain there has a gas limit of {genesis.gas_limit:,}"
        if self.balance is not None and set(genesis.alloc.values()) != {self.balance * 10**18}:
            return f"--balance {self.balance}: the chain there started its accounts with other balances"
        return None

    @property
    def given(self) -> bool:
        return any(v is not None for v in (self.chain_id, self.gas_limit, self.balance))


@dataclass(frozen=True)
class RPCOptions:
    """What the JSON-RPC server accepts: --rpc-gas-cap, --cors-origins, --rpc-vhosts,
    --allow-dev-methods."""

    gas_cap: int | None = None  # None: the chain's block gas limit
    cors_origins: tuple[str, ...] = ()
    vhosts: tuple[str, ...] = ()  # added to localhost, 127.0.0.1, ::1 and the bound address
    allow_dev_methods: bool = False

    @classmethod
    def parse(cls, gas_cap: int | None, cors_origins: str, vhosts: str, allow_dev_methods: bool) -> RPCOptions:
        if gas_cap is not None and gas_cap < 21_000:
            raise UserError(f"--rpc-gas-cap {gas_cap} is below the 21000 gas of a plain transfer")

        def names(text: str) -> tuple[str, ...]:
            return tuple(t.strip() for t in text.split(",") if t.strip())

        return cls(gas_cap, names(cors_origins), tuple(v.lower() for v in names(vhosts)), allow_dev_methods)


def _on_terminate(loop: asyncio.AbstractEventLoop, stop: asyncio.Event, err) -> Callable[[], None]:
    """SIGINT/SIGTERM stop the node cleanly; if it has not stopped SHUTDOWN_GRACE seconds
    later (a request still running on the loop), or on a second signal, it exits at once.

    A Python signal handler runs between bytecodes even while a request runs on the event
    loop, so the process is always killable (asyncio's own handlers wait for the loop)."""
    state: dict = {"signalled": False, "timer": None}

    def force(signum: int) -> None:
        err.print(f"  node did not stop in time; exiting now (signal {signum}). The chain database "
                  "stays consistent: SQLite rolls back an unfinished write.", markup=False)
        os._exit(128 + signum)

    def handler(signum: int, frame: object) -> None:
        if state["signalled"]:
            force(signum)
        state["signalled"] = True
        loop.call_soon_threadsafe(stop.set)
        timer = state["timer"] = threading.Timer(SHUTDOWN_GRACE, force, (signum,))
        timer.daemon = True
        timer.start()

    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[sig] = signal.signal(sig, handler)
        except ValueError:  # not the main thread (an embedding program): its own handlers rule
            pass

    def restore() -> None:
        """The node stopped in time: no forced exit, the previous handlers back."""
        if state["timer"] is not None:
            state["timer"].cancel()
        for sig, old in previous.items():
            signal.signal(sig, old)

    return restore


def _load_state_file(node, lock, path: Path) -> None:
    """--state FILE: merge a saved state into the chain at start (a block of dev
    operations), if the file exists; a bad file stops the node with the reason."""
    from chain.api import ChainError
    from chain.statedump import load_state

    if not path.exists():
        return
    try:
        if not node.genesis.dev:
            raise ChainError("--state needs a dev chain")
        load_state(node, path.read_bytes(), f"--state {path}")
    except (ChainError, OSError) as e:
        node.close()
        lock.close()
        raise UserError(f"cannot load --state {path}: {getattr(e, 'message', None) or e}") from None


def _dump_state_file(node, path: Path, err) -> None:
    """--state FILE: write the state at exit (atomically: a crash leaves the old file)."""
    from chain.api import ChainError
    from chain.statedump import dump_state

    try:
        blob = dump_state(node)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(blob)
        tmp.replace(path)
    except (ChainError, OSError) as e:
        err.print(f"  could not save the state to {path}: {getattr(e, 'message', None) or e}", markup=False)


def _port_refusal(host: str, port: int) -> str | None:
    """Why the JSON-RPC port cannot be had, checked before the banner so a busy port is
    the only thing printed (the server binds it again, with the same options)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as e:
        return f"cannot listen on {host}:{port}: {e.strerror or e}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as e:
            return f"cannot listen on {host}:{port}: {e.strerror or e} (is another node running there?)"
    return None


def run_node(out, err, host: str, port: int, data_dir: Path, block_time: float | None, no_mining: bool,
             quiet: bool, network: NetworkOptions | None = None, rpc_options: RPCOptions | None = None,
             print_traces: bool = False, chain: ChainOptions | None = None, ws_port: int | None = None,
             state_file: Path | None = None) -> None:
    from chain.api import ChainError
    from chain.genesis import DEV_MNEMONIC, DEV_PATH, dev_genesis
    from chain.node import open_node
    from chain.rpc import RPC
    from chain.server import LOCAL_HOSTS, HTTPLimits, NodeWorker, serve

    if block_time is not None and block_time <= 0:
        raise UserError("--block-time must be a positive number of seconds")
    if network is not None and network.port == port and network.host == host and port != 0:
        raise UserError(f"--p2p-port {port} is the JSON-RPC port: give peers a port of their own")
    lock = lock_data_dir(data_dir)

    def log(line: str) -> None:
        if not quiet:
            out.print(f"{time.strftime('%H:%M:%S')} {line}", markup=False)

    try:
        chain = chain or ChainOptions()
        if chain.given and not (data_dir / "chain.db").exists():  # a chain there is checked below
            genesis = chain.genesis(NETWORK_GENESIS_TIME if network is not None else int(time.time()))
        else:
            genesis = dev_genesis(NETWORK_GENESIS_TIME) if network is not None else None
        node = open_node(data_dir, genesis=genesis, automine=block_time is None and not no_mining, log=log)
    except ChainError as e:
        lock.close()
        raise UserError(str(e)) from None
    differs = chain.mismatch(node.genesis)
    if differs is not None:
        node.close()
        lock.close()
        raise UserError(f"{differs}; these flags shape a new chain: give a new --data-dir (or drop the flag)")
    if state_file is not None:
        _load_state_file(node, lock, state_file)
    busy = None
    if ws_port is not None and (ws_port == port or not 0 < ws_port < 65536):
        busy = f"--ws-port {ws_port}: give a port number (1-65535) other than --port"
    busy = busy or _port_refusal(host, port) or (_port_refusal(host, ws_port) if ws_port is not None else None)
    if busy is not None:
        node.close()
        lock.close()
        raise UserError(busy)
    g = node.genesis
    mode = ("automine (a block per transaction)" if node.automine else
            f"a block every {block_time:g}s" if block_time else "on demand (evm_mine)")
    out.print(f"\n  coinc node  (chain id {g.chain_id}, {'dev chain' if g.dev else 'chain'})\n", markup=False)
    if g.dev:
        balances = sorted(set(g.alloc.values()))
        each = f"{balances[0] / 10**18:,.18g} coins each" if len(balances) == 1 else "various balances"
        out.print(f"  Available accounts ({each} at genesis)\n  ==================", markup=False)
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
        from chain.p2p import P2P

        try:
            p2p = P2P(node, network.p2p_config(node.chain_id, data_dir, log))
        except UserError:
            node.close()
            lock.close()
            raise
        if node.genesis.timestamp != NETWORK_GENESIS_TIME:
            err.print(f"  WARNING: {data_dir} was created without --p2p-port, so its genesis differs from "
                      "the network genesis: peers started from new data directories will refuse it.",
                      markup=False)
        if node.automine:
            err.print("  note: automine mines a block per transaction on every node that hears of it; "
                      "networks usually mine with --block-time.", markup=False)
    opts = rpc_options or RPCOptions()
    rpc = RPC(node, network=p2p, gas_cap=opts.gas_cap or g.gas_limit, allow_dev_methods=opts.allow_dev_methods)
    limits = HTTPLimits(cors_origins=opts.cors_origins, vhosts=LOCAL_HOSTS + opts.vhosts)

    def bundled() -> list:
        from coinc.deploy import compiled_contracts

        return list(compiled_contracts().values())

    rpc.traces.sources.add_later(bundled)  # coinc_traceTransaction names bundled contracts' lines
    if print_traces:
        from chain.sourcetrace import frame_lines

        def print_block_traces(block) -> None:
            """Every transaction of a new head block, traced (on the node's thread)."""
            for tx in block.transactions:
                try:
                    root = rpc.traces.source_trace(tx.hash)
                except ChainError as e:
                    log(f"  trace of 0x{tx.hash.hex()}: {e}")
                    continue
                for line in frame_lines(root):
                    out.print(f"    {line}", markup=False)

        node.head_listeners.append(print_block_traces)
    # requests run off the event loop, on the one node thread; with peers the node is also
    # used by the networking on the loop, so requests stay on it (bounded by the caps)
    worker = NodeWorker() if p2p is None else None
    if p2p is not None and opts.allow_dev_methods:
        err.print("  WARNING: --allow-dev-methods on a networked node: evm_mine, anvil_setBalance and "
                  "eth_sendTransaction change this node's chain and sign with public keys.", markup=False)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        restore_signals = _on_terminate(loop, stop, err)

        def ready(h: str, p: int) -> None:
            describe_lock(lock, f"coinc node (process {os.getpid()}) serving http://{h}:{p}")
            also = "" if ws_port is not None else f" (WebSocket: ws://{h}:{p})"
            out.print(f"  Listening on http://{h}:{p}{also}\n", markup=False)

        def ws_ready(h: str, p: int) -> None:
            out.print(f"  WebSocket also on ws://{h}:{p}\n", markup=False)

        if p2p is not None:
            try:
                await p2p.start()
            except ChainError as e:  # the peer database
                raise UserError(str(e)) from None
            except OSError as e:
                raise UserError(f"cannot accept peers on {network.host}:{network.port}: "
                                f"{e.strerror or e}") from None
            if network.connect is not None:
                boot = "only " + ", ".join(f"{h}:{p}" for h, p in network.connect) + " (--connect)"
            else:
                boot = "bootnodes " + (", ".join(f"{h}:{p}" for h, p in network.bootnodes) or "none")
                if p2p.config.dns_seeds:
                    boot += ", DNS seeds " + ", ".join(n for n, _ in p2p.config.dns_seeds)
            new, tried = p2p.addrman.counts()
            out.print(f"  Peers: listening on {network.host}:{p2p.port}, node id 0x{p2p.node_id.hex()}, "
                      f"{boot}; address book {data_dir / 'peers.db'}: {tried} tried, {new} new; "
                      f"at most {network.max_peers} peers", markup=False)
        server = asyncio.create_task(serve(rpc, host, port, ready, limits, worker))
        tasks = [server]
        listeners = [(server, port)]
        if ws_port is not None:  # a second listener, as geth's --ws.port (the same server)
            ws_server = asyncio.create_task(serve(rpc, host, ws_port, ws_ready, limits, worker))
            tasks.append(ws_server)
            listeners.append((ws_server, ws_port))
        node.block_interval = block_time or None

        async def miner() -> None:
            """Mine on the node's timer while it has one (--block-time, evm_setIntervalMining)."""
            while True:
                interval = node.block_interval
                if not interval:
                    await asyncio.sleep(0.2)
                    continue
                await asyncio.sleep(interval)
                if node.block_interval:
                    try:
                        if worker is not None:
                            await worker.run(node.mine, 1)
                        else:
                            node.mine(1)
                    except ChainError as e:
                        err.print(f"mining failed: {e}", markup=False)
        tasks.append(asyncio.create_task(miner()))
        waiter = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait([t for t, _ in listeners] + [waiter], return_when=asyncio.FIRST_COMPLETED)
        for t in tasks + [waiter]:
            t.cancel()
        await asyncio.gather(*tasks, waiter, return_exceptions=True)
        if p2p is not None:
            await p2p.stop()
        restore_signals()
        for task, at in listeners:
            if task in done and not task.cancelled() and task.exception() is not None:
                raise UserError(f"cannot serve on {host}:{at}: {task.exception()}")

    try:
        asyncio.run(main())
    except OSError as e:
        raise UserError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    finally:
        if worker is not None and not worker.drain(SHUTDOWN_GRACE):
            err.print("  a request was still running; exiting without waiting for it", markup=False)
            os._exit(1)  # closing the store under a running request could corrupt it
        if state_file is not None:
            _dump_state_file(node, state_file, err)
        node.close()
        lock.close()
        out.print("node stopped; the chain is saved in " + str(data_dir), markup=False)
