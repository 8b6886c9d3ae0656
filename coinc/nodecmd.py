"""`coinc node`: the chain served over Ethereum JSON-RPC, with an anvil-like banner."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

from coinc.client import lock_data_dir
from coinc.errors import UserError


def run_node(out, err, host: str, port: int, data_dir: Path, block_time: float | None, no_mining: bool,
             quiet: bool) -> None:
    from chain.api import ChainError
    from chain.genesis import DEV_MNEMONIC, DEV_PATH
    from chain.node import open_node
    from chain.rpc import RPC
    from chain.server import serve

    if block_time is not None and block_time <= 0:
        raise UserError("--block-time must be a positive number of seconds")
    lock = lock_data_dir(data_dir)

    def log(line: str) -> None:
        if not quiet:
            out.print(f"{time.strftime('%H:%M:%S')} {line}", markup=False)

    try:
        node = open_node(data_dir, automine=block_time is None and not no_mining, log=log)
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

    rpc = RPC(node)

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
