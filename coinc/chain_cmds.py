"""Chain commands: deploy, call, send, accounts, balance, block, tx, node, verify."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from chain.nesting import load_json
from coinc.args import convert_all, parse_int, split_call
from coinc.client import (
    Deployments,
    address_resolver,
    checksum_address,
    connect,
    connection,
    data_dir_from,
    parse_address,
    resolve_signer,
    revert_message,
    send_transaction,
)
from coinc.deploy import deploy_compiled, deploy_values
from coinc.errors import UserError
from coinc.systems import registry

ETHER = 10**18


def chain_options(f):
    f = click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Embedded chain directory (default ./.coinchain or $COINC_DATA_DIR).")(f)
    f = click.option("--network", "network", default=None, expose_value=True, is_eager=False,
                     help="A named endpoint: $COINC_RPC_<NAME> or [networks] in ./coinc.toml.")(f)
    f = click.option("--rpc-url", help="Use this Ethereum JSON-RPC endpoint instead of the embedded chain.")(f)

    import functools

    @functools.wraps(f)
    def wrapper(*args, rpc_url=None, network=None, **kwargs):
        from coinc.client import network_url

        if network is not None:
            if rpc_url:
                raise UserError("give --rpc-url or --network, not both")
            rpc_url = network_url(network)
        return f(*args, rpc_url=rpc_url, **kwargs)
    return wrapper


def signer_options(f):
    f = click.option("--keystore", type=click.Path(dir_okay=False, path_type=Path),
                     help="Sign with this encrypted JSON keystore (password from $COINC_KEYSTORE_PASSWORD or a prompt).")(f)
    f = click.option("--private-key-env", metavar="VAR", help="Sign with the private key held in environment variable VAR.")(f)
    f = click.option("--from", "sender", metavar="INDEX|ADDRESS",
                     help="Dev account index or address (dev chains only; default 0).")(f)
    return f


def fmt_coin(wei: int) -> str:
    whole, frac = divmod(wei, ETHER)
    return f"{whole:,}.{frac:018d}".rstrip("0").rstrip(".") if frac else f"{whole:,}"


def _decode_events(w3, abi: list, receipt) -> list[tuple[str, dict]]:
    from web3._utils.events import get_event_data

    events = [e for e in abi if e.get("type") == "event"]
    out = []
    codec = w3.codec
    from eth_utils import event_abi_to_log_topic

    by_topic: dict = {}
    for e in events:
        by_topic.setdefault(event_abi_to_log_topic(e), e)
    for log in receipt["logs"]:
        topics = log["topics"]
        ev = by_topic.get(bytes(topics[0])) if topics else None
        if ev is None:
            out.append(("(unknown event)", {"address": log["address"], "topics": len(topics)}))
            continue
        try:
            data = get_event_data(codec, ev, log)
            out.append((ev["name"], dict(data["args"])))
        except Exception:
            out.append((ev["name"], {"undecodable": True}))
    return out


def _show(value: Any) -> str:
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, tuple | list):
        return "(" + ", ".join(_show(v) for v in value) + ")"
    return str(value)


def _print_events(console, w3, abi, receipt) -> None:
    for name, args in _decode_events(w3, abi, receipt):
        shown = ", ".join(f"{k}={_show(v)}" for k, v in args.items())
        console.print(f"  event {name}({shown})", markup=False)


class SystemChoice(click.Choice):
    """`--system` choices read from the registry when the option is parsed or shown, so
    systems found on COINC_SYSTEMS_PATH are offered too (and loading them fails as a
    user error, not at import)."""

    def __init__(self) -> None:
        super().__init__([])

    @property
    def choices(self) -> tuple[str, ...]:
        return (*registry.names(), "all")

    @choices.setter
    def choices(self, value) -> None:
        pass


def register(main: click.Group, out, err) -> None:
    @main.command()
    @click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
    @click.argument("args", nargs=-1)
    @click.option("--contract", "contract_name", help="Which contract of FILE (default: the last one).")
    @click.option("--name", "record_name", help="Record the deployment under this name (default: the contract's).")
    @click.option("--system", type=SystemChoice(),
                  help="Deploy a stablecoin system (or `all` coins) instead of FILE; see docs/stablecoins.md.")
    @click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
                  help="With --system: override a default parameter (see docs/stablecoins.md).")
    @click.option("--value", default="0", help="Coin sent to the constructor (e.g. 1.5ether).")
    @click.option("--gas-limit", type=int, help="Gas limit (default: estimated).")
    @click.option("--target", type=click.Choice(["auto", "coin", "evm"]), default="auto", show_default=True,
                  help="Code to deploy: Coin VM code, EVM code, or by the endpoint (coinc node: coin; others: evm).")
    @click.option("--confirmations", type=int, default=1, show_default=True,
                  help="Blocks to wait for on an Ethereum endpoint (counting the transaction's own).")
    @click.option("--json", "as_json", is_flag=True, help="Print a JSON object instead of a table.")
    @chain_options
    @signer_options
    def deploy(file, args, contract_name, record_name, system, params, value, gas_limit, target, confirmations,
               as_json, rpc_url, data_dir, sender, private_key_env, keystore):
        """Compile FILE and deploy a contract with constructor ARGS."""
        if system:
            if file is not None:
                raise UserError("give either a FILE or --system, not both")
            values = registry.parse_params(params)
            with connection(rpc_url, data_dir_from(data_dir)) as conn:
                account = resolve_signer(conn, sender, private_key_env, keystore)
                registry.deploy_systems(conn, account, system, out, as_json, values)
            return
        if params:
            raise UserError("--param is for --system deployments")
        if file is None:
            raise UserError(f"give a .coin FILE to deploy (or --system {'|'.join([*registry.names(), 'all'])})")
        from lang.compiler import compile_file

        contracts = compile_file(file)
        if not contracts:
            raise UserError(f"{file} declares no contract")
        if contract_name:
            matches = [c for c in contracts if c.name == contract_name]
            if not matches:
                raise UserError(f"{file} has no contract `{contract_name}`; it has "
                                + ", ".join(c.name for c in contracts))
            compiled = matches[0]
        else:
            compiled = contracts[-1]
        with connection(rpc_url, data_dir_from(data_dir)) as conn:
            account = resolve_signer(conn, sender, private_key_env, keystore)
            deployments = Deployments(conn.data_dir, conn.chain_id, conn.endpoint)
            if target == "auto":
                target = "coin" if conn.embedded or _is_coinc(conn) else "evm"
            if target == "evm":
                from lang.evm import compile_evm

                evm = compile_evm(compiled)
                ctor = next((e for e in compiled.abi if e["type"] == "constructor"), {"inputs": []})
                values = convert_all(list(args), ctor["inputs"], address_resolver(deployments),
                                     f"the constructor of {compiled.name}")
                result = deploy_values(conn, account, compiled.name, evm["abi"],
                                       bytes.fromhex(evm["bytecode"].removeprefix("0x")), values,
                                       parse_int(value), gas_limit, deployments, record_name or compiled.name,
                                       str(file))
            else:
                result = deploy_compiled(conn, account, compiled, list(args), parse_int(value),
                                         gas_limit, deployments, record_name or compiled.name, str(file))
            result["target"] = target
            if not conn.embedded and confirmations > 1:
                _wait_confirmations(conn, result["block"], confirmations, err)
            if as_json:
                out.print(json.dumps(result), markup=False)
            else:
                t = Table(show_header=False, show_edge=False, box=None)
                for k in ("contract", "target", "address", "deployer", "transaction", "block", "gas_used",
                          "chain_id"):
                    t.add_row(k.replace("_", " "), str(result[k]))
                out.print(t)

    @main.command()
    @click.argument("target")
    @click.argument("call")
    @click.option("--abi", "abi_file", type=click.Path(dir_okay=False, path_type=Path),
                  help="ABI or artifact JSON for a contract that was not deployed with coinc.")
    @click.option("--json", "as_json", is_flag=True)
    @chain_options
    @click.option("--from", "sender", help="Caller address or dev index (default: dev account 0 / zero).")
    def call(target, call, abi_file, as_json, rpc_url, data_dir, sender):
        """Call a function without a transaction: coinc call Counter 'get()'."""
        with connection(rpc_url, data_dir_from(data_dir)) as conn:
            contract, name, fn_abi, values = _prepare(conn, target, call, abi_file)
            caller = _caller(conn, sender)
            try:
                result = contract.functions[name](*values).call({"from": caller} if caller else {})
            except Exception as e:
                msg = revert_message(e, list(contract.abi))
                if msg is not None:
                    raise UserError(f"reverted: {msg}") from None
                raise UserError(f"call failed: {e}") from None
            if as_json:
                out.print(json.dumps(_jsonable(result)), markup=False)
            else:
                out.print(_show(result), markup=False)

    @main.command()
    @click.argument("target")
    @click.argument("call")
    @click.option("--value", default="0", help="Coin sent with the call (e.g. 2ether, 100 wei).")
    @click.option("--gas-limit", type=int)
    @click.option("--abi", "abi_file", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--json", "as_json", is_flag=True)
    @chain_options
    @signer_options
    def send(target, call, value, gas_limit, abi_file, as_json, rpc_url, data_dir, sender, private_key_env,
             keystore):
        """Send a transaction calling a function: coinc send Counter 'bump(5)'."""
        with connection(rpc_url, data_dir_from(data_dir)) as conn:
            contract, name, fn_abi, values = _prepare(conn, target, call, abi_file)
            account = resolve_signer(conn, sender, private_key_env, keystore)
            tx: dict = {"to": contract.address, "value": parse_int(value),
                        "data": contract.functions[name](*values)._encode_transaction_data()}
            if gas_limit:
                tx["gas"] = gas_limit
            tx_hash, receipt = send_transaction(conn, account, tx)
            # decode events of every contract this chain's deployments know (tokens moved by
            # a pool, the coin minted by an engine...), the called contract's first
            known = list(contract.abi) + [e for d in Deployments(conn.data_dir, conn.chain_id, conn.endpoint).all().values()
                                          for e in d.get("abi", [])]
            events = _decode_events(conn.w3, known, receipt)
            if as_json:
                out.print(json.dumps({
                    "transaction": "0x" + tx_hash.hex(), "status": receipt["status"],
                    "block": receipt["blockNumber"], "gas_used": receipt["gasUsed"],
                    "events": [{"event": n, "args": _jsonable(a)} for n, a in events]}), markup=False)
            else:
                out.print(f"transaction 0x{tx_hash.hex()}  block {receipt['blockNumber']}  "
                          f"gas {receipt['gasUsed']:,}", markup=False)
                _print_events(out, conn.w3, known, receipt)
            if receipt["status"] != 1:
                reason = _mined_reason(conn, tx_hash) or _replay_reason(conn, tx, account.address, receipt,
                                                                         list(contract.abi))
                raise UserError(f"reverted: {reason}" if reason else "the transaction reverted")

    @main.command()
    @click.argument("tx_hash")
    @click.option("--source", "sources", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                  help="A .coin file the transaction's contracts were compiled from (repeatable).")
    @click.option("--json", "as_json", is_flag=True, help="The frames as JSON.")
    @chain_options
    def trace(tx_hash, sources, as_json, rpc_url, data_dir):
        """A mined transaction's calls as a tree, with each frame's Coin file:line."""
        text = tx_hash.strip().lower()
        if not text.startswith("0x") or len(text) != 66 or any(ch not in "0123456789abcdef" for ch in text[2:]):
            raise UserError(f"`{tx_hash}` is not a transaction hash (0x and 64 hex digits)")
        with connection(rpc_url, data_dir_from(data_dir)) as conn:
            resp = conn.w3.provider.make_request("coinc_traceTransaction", [text])
            root = _source_frames(conn, resp, sources)
        if as_json:
            out.print(json.dumps(root), markup=False)
        else:
            from chain.sourcetrace import frame_lines

            for line in frame_lines(root):
                out.print(line, markup=False)

    @main.command()
    @chain_options
    def accounts(rpc_url, data_dir):
        """The dev accounts and their balances."""
        with connection(rpc_url, data_dir_from(data_dir)) as conn:
            w3 = conn.w3
            addrs = w3.eth.accounts
            t = Table(title=f"accounts on chain {conn.chain_id}", show_edge=False)
            t.add_column("index", justify="right")
            t.add_column("address")
            t.add_column("balance (coin)", justify="right")
            t.add_column("nonce", justify="right")
            for i, a in enumerate(addrs):
                t.add_row(str(i), a, fmt_coin(w3.eth.get_balance(a)), str(w3.eth.get_transaction_count(a)))
            out.print(t)

    @main.command()
    @click.argument("address")
    @chain_options
    def balance(address, rpc_url, data_dir):
        """Native coin balance of an address, dev index (@0) or deployment name."""
        with connection(rpc_url, data_dir_from(data_dir)) as conn:
            addr = address_resolver(Deployments(conn.data_dir, conn.chain_id, conn.endpoint))(address)
            wei = conn.w3.eth.get_balance(checksum_address(addr))
            out.print(f"{fmt_coin(wei)} coin ({wei} wei)", markup=False)

    @main.command()
    @click.argument("number", default="latest")
    @click.option("--json", "as_json", is_flag=True)
    @chain_options
    def block(number, as_json, rpc_url, data_dir):
        """Show a block (number, hash or `latest`)."""
        with connection(rpc_url, data_dir_from(data_dir)) as conn:
            ident: Any = number
            if number.startswith("0x") and len(number) == 66:
                ident = number
            elif number.isdigit():
                ident = int(number)
            elif number not in ("latest", "earliest", "pending"):
                raise UserError(f"`{number}` is not a block number, hash or tag")
            try:
                b = conn.w3.eth.get_block(ident)
            except Exception:
                raise UserError(f"no block {number}") from None
            data = _jsonable(dict(b))
            if as_json:
                out.print(json.dumps(data), markup=False)
                return
            t = Table(show_header=False, show_edge=False, box=None)
            for k in ("number", "hash", "parentHash", "timestamp", "miner", "difficulty", "totalDifficulty",
                      "gasUsed", "gasLimit", "baseFeePerGas", "stateRoot", "transactionsRoot",
                      "receiptsRoot", "nonce"):
                if k in data:
                    t.add_row(k, str(data[k]))
            t.add_row("transactions", str(len(data.get("transactions", []))))
            out.print(t)
            for h in data.get("transactions", []):
                out.print(f"  {h}", markup=False)

    @main.command()
    @click.argument("tx_hash")
    @click.option("--json", "as_json", is_flag=True)
    @chain_options
    def tx(tx_hash, as_json, rpc_url, data_dir):
        """Show a transaction and its receipt."""
        with connection(rpc_url, data_dir_from(data_dir)) as conn:
            try:
                t = conn.w3.eth.get_transaction(tx_hash)
            except Exception:
                raise UserError(f"no transaction {tx_hash} on chain {conn.chain_id}") from None
            data: dict = {"transaction": _jsonable(dict(t))}
            try:
                data["receipt"] = _jsonable(dict(conn.w3.eth.get_transaction_receipt(tx_hash)))
            except Exception:
                data["receipt"] = None
            if as_json:
                out.print(json.dumps(data), markup=False)
                return
            tab = Table(show_header=False, show_edge=False, box=None)
            for k in ("hash", "from", "to", "nonce", "value", "gas", "blockNumber", "type"):
                tab.add_row(k, str(data["transaction"].get(k)))
            r = data["receipt"]
            if r:
                for k in ("status", "gasUsed", "effectiveGasPrice", "contractAddress"):
                    tab.add_row(k, str(r.get(k)))
                tab.add_row("logs", str(len(r.get("logs", []))))
            else:
                tab.add_row("status", "pending")
            out.print(tab)

    @main.command()
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Interface to listen on (loopback by default; 0.0.0.0 exposes the node).")
    @click.option("--port", default=8545, show_default=True, type=int)
    @click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None)
    @click.option("--block-time", type=float, help="Mine a block every SECONDS instead of one per transaction.")
    @click.option("--no-mining", is_flag=True, help="Mine only on evm_mine.")
    @click.option("--quiet", "-q", "--silent", is_flag=True, help="No log line per transaction and block.")
    @click.option("--chain-id", type=int, default=None, help="Chain id of a new chain (default 31337).")
    @click.option("--gas-limit", type=int, default=None, help="Block gas limit of a new chain (default 30,000,000).")
    @click.option("--balance", type=int, default=None,
                  help="Coins (whole, in ether units) each dev account starts a new chain with (default 10,000).")
    @click.option("--ws-port", type=int, default=None,
                  help="Also serve (WebSocket and HTTP) on this port; --port serves WebSocket anyway.")
    @click.option("--state", "state_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="Load the state from FILE at start (if it exists) and save it there at exit (anvil's).")
    @click.option("--print-traces", is_flag=True,
                  help="Log every mined transaction's calls with their Coin file:line (as anvil's).")
    @click.option("--p2p-port", type=int, default=None,
                  help="Join a network of nodes: accept peers on this port (separate from --port).")
    @click.option("--p2p-host", default="127.0.0.1", show_default=True,
                  help="Interface for peers (0.0.0.0 to accept peers from other machines).")
    @click.option("--bootnodes", default="",
                  help="Peers to start from, host:port,... (later runs also use the saved peer list).")
    @click.option("--max-peers", type=int, default=25, show_default=True, help="Most peers at once.")
    @click.option("--connect", "connect", default="",
                  help="Connect only to these peers, host:port,... (no address book, DNS or seed list).")
    @click.option("--dns-seed", "dns_seeds", multiple=True,
                  help="A DNS seed NAME[:PORT] whose A/AAAA records are nodes, asked when the "
                       "address book knows too few (repeatable).")
    @click.option("--dns-server", default="",
                  help="Ask this DNS server (ip:port) for the DNS seeds instead of the system resolver.")
    @click.option("--seeds-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="Seed lists per network (TOML, as chain/p2p/seeds.toml) instead of the bundled one.")
    @click.option("--rpc-gas-cap", type=int, default=None,
                  help="Most gas of one eth_call/eth_estimateGas (default: the block gas limit).")
    @click.option("--cors-origins", default="",
                  help="Browser origins allowed to call the node, comma-separated, or * (default: none).")
    @click.option("--rpc-vhosts", default="",
                  help="Host names accepted besides localhost, 127.0.0.1, ::1 and --host, or * (any).")
    @click.option("--allow-dev-methods", is_flag=True,
                  help="Allow evm_mine, anvil_setBalance, eth_sendTransaction... on a networked node.")
    def node(host, port, data_dir, block_time, no_mining, quiet, chain_id, gas_limit, balance, ws_port, state_file,
             print_traces, p2p_port, p2p_host, bootnodes, max_peers, connect, dns_seeds, dns_server, seeds_file,
             rpc_gas_cap, cors_origins, rpc_vhosts, allow_dev_methods):
        """Serve the chain over Ethereum JSON-RPC, optionally with peers (--p2p-port)."""
        from coinc.nodecmd import ChainOptions, NetworkOptions, RPCOptions, run_node

        network = None
        if p2p_port is not None or bootnodes or connect or dns_seeds:
            network = NetworkOptions.parse(p2p_host, p2p_port, bootnodes, max_peers, connect, dns_seeds,
                                           dns_server, seeds_file)
        elif dns_server or seeds_file:
            raise UserError("--dns-server and --seeds-file need networking (--p2p-port, --bootnodes, "
                            "--dns-seed or --connect)")
        rpc_options = RPCOptions.parse(rpc_gas_cap, cors_origins, rpc_vhosts, allow_dev_methods)
        run_node(out, err, host, port, data_dir_from(data_dir), block_time, no_mining, quiet, network,
                 rpc_options, print_traces=print_traces,
                 chain=ChainOptions.parse(chain_id, gas_limit, balance), ws_port=ws_port,
                 state_file=state_file)

    @main.command()
    @click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None)
    def verify(data_dir):
        """Re-validate every stored block: seals, header rules, re-execution, roots."""
        from chain.api import ChainError
        from chain.blocks import BlockError

        d = data_dir_from(data_dir)
        if not (d / "chain.db").exists():
            raise UserError(f"there is no chain in {d}")
        conn = connect(None, d, check=False)  # the replay below says what is wrong, if anything
        try:
            n = conn.node.verify_chain()
        except BlockError as e:
            raise UserError(f"the stored chain is invalid: {e}") from None
        except ChainError as e:  # the database itself: SQLite's integrity check, a failed read
            raise UserError(str(e)) from None
        finally:
            conn.close()
        out.print(f"all {n} blocks after genesis are valid", markup=False)


def _is_coinc(conn) -> bool:
    try:
        return str(conn.w3.client_version).startswith("coinc/")
    except Exception:
        return False


def _wait_confirmations(conn, block: int, confirmations: int, console, timeout: float = 600.0) -> None:
    """Wait until the transaction's block has `confirmations` blocks on top of it (itself included)."""
    import time

    start = time.monotonic()
    while True:
        head = conn.w3.eth.block_number
        have = head - block + 1
        console.print(f"  confirmations: {min(have, confirmations)}/{confirmations} (block {head})", markup=False)
        if have >= confirmations:
            return
        if time.monotonic() - start > timeout:
            raise UserError(f"only {have} of {confirmations} confirmations after {timeout:.0f}s")
        time.sleep(2.0)


def _prepare(conn, target: str, call_text: str, abi_file: Path | None):
    deployments = Deployments(conn.data_dir, conn.chain_id, conn.endpoint)
    if abi_file is not None:
        try:
            raw = load_json(Path(abi_file).read_text(), what=str(abi_file))
        except (OSError, ValueError) as e:
            raise UserError(f"cannot read ABI {abi_file}: {e}") from None
        abi = raw["abi"] if isinstance(raw, dict) else raw
        address = address_resolver(deployments)(target)
        label = target
    else:
        label, entry = deployments.find(target)
        abi, address = entry["abi"], entry["address"]
    name, texts = split_call(call_text)
    fns = [e for e in abi if e.get("type") == "function" and e["name"] == name]
    if not fns:
        from lang.errors import did_you_mean

        names = sorted({e["name"] for e in abi if e.get("type") == "function"})
        hint = did_you_mean(name, names)
        raise UserError(f"`{label}` has no function `{name}`" + (f" ({hint})" if hint else "")
                        + f"; it has: {', '.join(names)}")
    fn = fns[0]
    values = convert_all(texts, fn["inputs"], address_resolver(deployments), f"{name}")
    contract = conn.w3.eth.contract(address=checksum_address(address), abi=abi)
    return contract, name, fn, values


def _caller(conn, sender: str | None) -> str | None:
    if sender is None:
        try:
            accts = conn.w3.eth.accounts
        except Exception:
            accts = []
        return accts[0] if accts else None
    s = sender.strip()
    if s.isdigit():
        accts = conn.w3.eth.accounts
        if int(s) >= len(accts):
            raise UserError(f"there is no account {s} on this node")
        return accts[int(s)]
    return checksum_address("0x" + parse_address(s).hex())


def _source_frames(conn, resp: Any, sources: tuple[Path, ...]) -> dict:
    """The node's coinc_traceTransaction answer, with frames it could not place placed
    from the bundled contracts, the given files and the deployments' sources."""
    from chain.sourcetrace import SourceIndex
    from coinc.deploy import compiled_contracts, compiled_file

    if not isinstance(resp, dict) or "result" not in resp:
        err = resp.get("error", {}) if isinstance(resp, dict) else {}
        message = err.get("message", "no answer")
        if err.get("code") == -32601:
            raise UserError(f"this node has no source-level traces ({message}); `coinc node` has them")
        raise UserError(f"cannot trace the transaction: {message}")
    root = resp["result"]
    index = SourceIndex()
    files = list(sources)
    for record in Deployments(conn.data_dir, conn.chain_id, conn.endpoint).all().values():
        path = Path(str(record.get("source") or ""))
        if path.suffix == ".coin" and path.is_file():
            files.append(path)
    for path in files:
        for compiled in compiled_file(path.resolve()).values():
            index.add(compiled)
    index.add_later(lambda: compiled_contracts().values())
    index.resolve(root)
    return root


def _mined_reason(conn, tx_hash: bytes) -> str | None:
    """Why a mined transaction failed, from its own execution: the node re-runs it with
    geth's callTracer (coinc node, anvil and geth all have it). None if the node cannot."""
    try:
        resp = conn.w3.provider.make_request(
            "debug_traceTransaction", ["0x" + bytes(tx_hash).hex(),
                                       {"tracer": "callTracer", "tracerConfig": {"onlyTopCall": True}}])
    except Exception:  # noqa: BLE001 - a node without tracing: fall back to replaying
        return None
    top = resp.get("result") if isinstance(resp, dict) else None
    if not isinstance(top, dict) or not top.get("error"):
        return None
    return top.get("revertReason") or top["error"]


def _replay_reason(conn, tx: dict, sender: str, receipt, abi: list[dict] | None = None) -> str | None:
    """Why a mined transaction reverted: replay it as a call at the current state."""
    try:
        conn.w3.eth.call({"from": sender, "to": tx.get("to"), "data": tx.get("data"), "value": tx.get("value", 0),
                          "gas": receipt["gasUsed"] + 100_000})
    except Exception as e:
        return revert_message(e, abi)
    return None


def _jsonable(value: Any) -> Any:
    from hexbytes import HexBytes

    if isinstance(value, bytes | HexBytes):
        return "0x" + bytes(value).hex()
    if isinstance(value, dict) or hasattr(value, "items"):
        return {k: _jsonable(v) for k, v in dict(value).items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, int) and abs(value) > 2**53:
        return str(value)
    return value


def register_compare(main: click.Group, out, err) -> None:
    @main.command()
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE|SCENARIO")
    @click.argument("args", nargs=-1)
    @click.option("--contract", "contract_name", help="Which contract of FILE (default: the last one).")
    @click.option("--call", "calls", multiple=True, metavar="'fn(args)'",
                  help="A call to make on both sides, in order (repeatable; add ' value=1ether' to send coin).")
    @click.option("--calls", "calls_file", type=click.Path(dir_okay=False, path_type=Path),
                  help="A file of calls, one 'fn(args)' per line.")
    @click.option("--against", metavar="URL", help="An Ethereum JSON-RPC endpoint (default: in-process py-evm).")
    @click.option("--hours", type=int, help="With a SCENARIO: hours to run (default: its length, at most 24).")
    @click.option("--set", "sets", multiple=True, metavar="NAME=VALUE", help="With a SCENARIO: override a value.")
    @click.option("--json", "as_json", is_flag=True)
    @signer_options
    def compare(file, args, contract_name, calls, calls_file, against, hours, sets, as_json, sender,
                private_key_env, keystore):
        """Run FILE's contract and the same calls on the Coin VM and the EVM, side by side;
        or run a stress SCENARIO on the Coin chain and replay its transactions on the EVM."""
        from coinc.compare import compare as run_compare
        from coinc.stress.scenario import bundled, parse_sets

        if str(file) in bundled() or str(file).endswith(".toml"):
            if against:
                raise UserError("a scenario is replayed on the in-process EVM (py-evm) only: drop --against")
            from coinc.compare import compare_scenario
            from coinc.stress.scenario import load

            length = load(str(file))["hours"]
            rows, totals, differs = compare_scenario(str(file), parse_sets(sets),
                                                     hours if hours else min(length, 24))
            if as_json:
                out.print(json.dumps({"totals": totals, "differences": rows}), markup=False)
            else:
                t = Table(title=f"{totals['scenario']} ({totals['hours']} h): every transaction on the Coin VM "
                                "and replayed on the EVM", show_edge=False, show_header=False)
                t.add_row("transactions", f"{totals['transactions']:,}")
                t.add_row("same status and events", f"{totals['same']:,}")
                t.add_row("different", f"{totals['transactions'] - totals['same']:,}",
                          style="bold red" if differs else None)
                t.add_row("gas (Coin VM / EVM)", f"{totals['coin_gas']:,} / {totals['evm_gas']:,} "
                                                 f"(ratio {totals['gas_ratio']})")
                out.print(t)
                if rows:
                    d = Table(title="differences (first 50)", show_edge=False)
                    for col in ("time", "call", "Coin VM", "EVM", "gas (Coin)", "gas (EVM)", "events"):
                        d.add_column(col)
                    for r in rows:
                        d.add_row(str(r["block_time"]), r["label"], str(r["coin_status"]), str(r["evm_status"]),
                                  str(r["coin_gas"]), str(r["evm_gas"]), f"{r['coin_logs']} / {r['evm_logs']}",
                                  style="bold red")
                    out.print(d)
            if differs:
                raise UserError("the two targets behaved differently on some transactions")
            return

        lines = list(calls)
        if calls_file:
            try:
                lines += Path(calls_file).read_text().splitlines()
            except OSError as e:
                raise UserError(f"cannot read {calls_file}: {e.strerror}") from None
        account = None
        if private_key_env or keystore:
            from types import SimpleNamespace

            account = resolve_signer(SimpleNamespace(chain_id=0), None, private_key_env, keystore)
        elif against:
            raise UserError("--against an endpoint needs a funded signer: --keystore FILE or --private-key-env VAR")
        rows, differs = run_compare(str(file), contract_name, list(args), lines, against, account)
        if as_json:
            out.print(json.dumps(rows), markup=False)
        else:
            t = Table(title=f"{file}: Coin VM vs EVM ({against or 'py-evm in-process'})", show_edge=False)
            for col in ("step", "Coin VM", "EVM", "gas (Coin)", "gas (EVM)", "ratio", ""):
                t.add_column(col)
            for r in rows:
                style = None if r["same"] else "bold red"
                t.add_row(r["step"], r["coin"], r["evm"], str(r["coin_gas"] or ""), str(r["evm_gas"] or ""),
                          r["ratio"], "same" if r["same"] else "DIFFERENT", style=style)
            out.print(t)
        if differs:
            raise UserError("the two targets behaved differently (rows marked DIFFERENT)")
