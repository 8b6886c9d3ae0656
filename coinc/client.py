"""One client code path for every chain: the CLI talks web3 to the embedded chain (through
an in-process provider), to a `coinc node`, or to any Ethereum JSON-RPC endpoint."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chain.nesting import load_json, load_toml
from coinc.errors import UserError

DEV_CHAIN_IDS = {31337, 1337}  # coinc / anvil / Hardhat / Ganache dev chains
DEFAULT_DATA_DIR = Path(".coinchain")
KEYSTORE_PASSWORD_ENV = "COINC_KEYSTORE_PASSWORD"


def data_dir_from(option: Path | None) -> Path:
    if option is not None:
        return option
    env = os.environ.get("COINC_DATA_DIR")
    return Path(env) if env else DEFAULT_DATA_DIR


def network_url(name: str) -> str:
    """The JSON-RPC URL of a named network: $COINC_RPC_<NAME>, else `[networks]` in ./coinc.toml."""
    env = f"COINC_RPC_{name.upper().replace('-', '_')}"
    if os.environ.get(env):
        return os.environ[env]
    config = Path("coinc.toml")
    if config.is_file():

        try:
            networks = load_toml(config.read_text(), what=str(config)).get("networks", {})
        except ValueError as e:
            raise UserError(f"{config}: invalid TOML: {e}") from None
        if isinstance(networks.get(name), str):
            return networks[name]
    raise UserError(f"no URL for network `{name}`: set {env} or add `{name} = \"https://...\"` under "
                    "[networks] in ./coinc.toml")


@dataclass
class Connection:
    w3: Any
    chain_id: int
    data_dir: Path
    endpoint: str  # "embedded" or the URL
    node: Any = None
    _lock: Any = field(default=None, repr=False)

    @property
    def embedded(self) -> bool:
        return self.node is not None

    def close(self) -> None:
        if self.node is not None:
            self.node.close()
            self.node = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def lock_data_dir(data_dir: Path):
    """Hold the data directory for this process; refuse if a node or another command has it."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        f = open(data_dir / "LOCK", "a+")  # noqa: SIM115 (held for the process's lifetime)
    except OSError as e:
        raise UserError(f"cannot use data directory {data_dir}: {e.strerror}") from None
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        f.seek(0)
        holder = f.read().strip()[:300] or "another process"
        f.close()
        url = next((w for w in holder.split() if w.startswith("http://")), None)
        hint = (f"talk to it with --rpc-url {url}" if url else
                "if it is a `coinc node`, talk to it with --rpc-url and the address it printed")
        raise UserError(f"the chain in {data_dir} is in use by {holder}; {hint}") from None
    try:
        f.seek(0)
        f.truncate()
        f.write(f"coinc process {os.getpid()}")
        f.flush()
    except OSError as e:  # a full disk: say so rather than fail later with less to go on
        f.close()
        raise UserError(f"cannot use data directory {data_dir}: writing {data_dir / 'LOCK'} failed: "
                        f"{e.strerror}") from None
    return f


def describe_lock(lock, text: str) -> None:
    """Say in the lock file who holds the data directory (a node adds its URL, which the
    refusal above then names)."""
    lock.seek(0)
    lock.truncate()
    lock.write(text)
    lock.flush()


def connect(rpc_url: str | None, data_dir: Path, *, automine: bool = True, check: bool = True) -> Connection:
    from web3 import Web3

    if rpc_url:
        provider = Web3.HTTPProvider(rpc_url, request_kwargs={"timeout": 60})
        w3 = Web3(provider)
        try:
            chain_id = w3.eth.chain_id
        except Exception as e:
            raise UserError(f"cannot reach an Ethereum JSON-RPC endpoint at {rpc_url}: "
                            f"{type(e).__name__}: {e}") from None
        return Connection(w3, chain_id, data_dir, rpc_url)
    from chain.api import ChainError
    from chain.node import open_node
    from chain.provider import EmbeddedProvider
    from chain.rpc import RPC

    lock = lock_data_dir(data_dir)
    try:
        node = open_node(data_dir, automine=automine, check=check)
    except ChainError as e:
        lock.close()
        raise UserError(str(e)) from None
    w3 = Web3(EmbeddedProvider(RPC(node)))
    return Connection(w3, node.chain_id, data_dir, "embedded", node, lock)


@contextlib.contextmanager
def connection(rpc_url: str | None, data_dir: Path):
    conn = connect(rpc_url, data_dir)
    try:
        yield conn
    finally:
        conn.close()


# ---------------------------------------------------------------- signers


def resolve_signer(conn: Connection, sender: str | None, private_key_env: str | None,
                   keystore: Path | None):
    """The account that signs: an env-held key, a keystore, or a dev account (dev chains only)."""
    from eth_account import Account

    if private_key_env:
        value = os.environ.get(private_key_env)
        if not value:
            raise UserError(f"environment variable {private_key_env} is not set (it should hold the private key)")
        try:
            return Account.from_key(value.strip())
        except Exception:
            raise UserError(f"{private_key_env} does not hold a valid private key (64 hex digits)") from None
    if keystore:
        try:
            data = load_json(Path(keystore).read_text(), what="the keystore")
        except (OSError, ValueError) as e:
            raise UserError(f"cannot read keystore {keystore}: {e}") from None
        password = os.environ.get(KEYSTORE_PASSWORD_ENV)
        if password is None:
            import click

            password = click.prompt(f"password for {keystore}", hide_input=True, err=True)
        try:
            return Account.from_key(Account.decrypt(data, password))
        except ValueError:
            raise UserError(f"cannot decrypt keystore {keystore}: wrong password or not a keystore file") from None
    from chain.genesis import dev_addresses, dev_keys

    if conn.chain_id not in DEV_CHAIN_IDS:
        raise UserError(f"chain id {conn.chain_id} is not a dev chain: the well-known dev keys are public and "
                        "are refused there; sign with --keystore FILE or --private-key-env VAR")
    not_local = _not_local_dev_chain(conn)
    if not_local is not None:
        raise UserError(f"{not_local}: the well-known dev keys are public and are refused there; sign with "
                        "--keystore FILE or --private-key-env VAR")
    index = 0
    if sender is not None:
        s = sender.strip()
        if s.isdigit():
            index = int(s)
            if index >= len(dev_keys()):
                raise UserError(f"there are {len(dev_keys())} dev accounts (0-{len(dev_keys()) - 1}); got {index}")
        else:
            try:
                index = dev_addresses().index(parse_address(s))
            except ValueError:
                raise UserError(f"{s} is not a dev account; give its key with --keystore or --private-key-env"
                                ) from None
    return Account.from_key(dev_keys()[index])


def _not_local_dev_chain(conn: Connection) -> str | None:
    """Why a dev-chain-id node is not the local dev chain, or None. A chain id is only a
    number anyone can choose: a node on another machine, or one with peers, shares its
    chain with others, and coins sent with the public keys there are anyone's."""
    if conn.embedded:
        return None
    from urllib.parse import urlparse

    host = (urlparse(conn.endpoint).hostname or "").lower()
    if host not in ("localhost", "127.0.0.1", "::1"):
        return f"{conn.endpoint} is not on this machine"
    try:
        peers = int(conn.w3.provider.make_request("net_peerCount", []).get("result") or "0x0", 16)
    except (ValueError, TypeError, AttributeError):
        peers = 0  # a node without the method has no peers to share the chain with
    if peers:
        return f"the node at {conn.endpoint} has {peers} peer(s): its chain is shared"
    return None


def parse_address(text: str) -> bytes:
    t = text.strip()
    h = t[2:] if t.lower().startswith("0x") else t
    if len(h) != 40:
        raise UserError(f"`{text}` is not an address (0x followed by 40 hex digits)")
    try:
        return bytes.fromhex(h)
    except ValueError:
        raise UserError(f"`{text}` is not an address (0x followed by 40 hex digits)") from None


def checksum_address(addr: str) -> str:
    from web3 import Web3

    return Web3.to_checksum_address(addr)


def address_resolver(deployments: Deployments):
    """Turns an argument into a checksummed address: `@N` (dev account N), 0x..., or a
    recorded deployment's name."""
    def resolve(text: str) -> str:
        t = text.strip()
        if t.startswith("@") and t[1:].isdigit():
            from chain.genesis import dev_addresses

            i = int(t[1:])
            if i >= len(dev_addresses()):
                raise UserError(f"there is no dev account {t}")
            return checksum_address("0x" + dev_addresses()[i].hex())
        if t.lower().startswith("0x"):
            return checksum_address("0x" + parse_address(t).hex())
        _, entry = deployments.find(t)
        return checksum_address(entry["address"])
    return resolve


# ---------------------------------------------------------------- deployments


DEV_CHAIN_ID = 31337


class Deployments:
    """Deployments recorded in DATA_DIR/deployments.json per endpoint and chain id: the
    embedded chain under its chain id, an RPC endpoint under "CHAIN_ID URL", so deploying
    on a `coinc node` (the same dev chain id) never overwrites the embedded chain's record.

    Records written before endpoints were told apart sit under the chain id alone; an RPC
    endpoint of another chain than the dev chain still reads them (a public network's
    records stay found) and keeps them when it first writes."""

    def __init__(self, data_dir: Path, chain_id: int, endpoint: str = "embedded"):
        self.path = data_dir / "deployments.json"
        self.chain_id = str(chain_id)
        self.endpoint = endpoint
        self.key = self.chain_id if endpoint == "embedded" else f"{chain_id} {endpoint}"
        self.legacy = self.chain_id if endpoint != "embedded" and chain_id != DEV_CHAIN_ID else None

    def _entries(self, data: dict) -> dict:
        if self.key in data:
            return data[self.key]
        return dict(data.get(self.legacy, {})) if self.legacy is not None else {}

    def _load(self) -> dict:
        try:
            return load_json(self.path.read_text(), what=str(self.path))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            raise UserError(f"cannot read {self.path}: {e}") from None

    def all(self) -> dict[str, dict]:
        return self._entries(self._load())

    def record(self, name: str, entry: dict) -> None:
        data = self._load()
        entries = self._entries(data)
        entries[name] = entry
        data[self.key] = entries
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2) + "\n")
        tmp.replace(self.path)

    def find(self, target: str) -> tuple[str, dict]:
        """A deployment by name or address."""
        entries = self.all()
        if target in entries:
            return target, entries[target]
        if target.lower().startswith("0x"):
            addr = "0x" + parse_address(target).hex()
            for name, e in entries.items():
                if e["address"].lower() == addr:
                    return name, e
            raise UserError(f"no deployment recorded at {target} on {self._where()}; "
                            "deploy it with coinc deploy (or give its name)")
        from lang.errors import did_you_mean

        close = did_you_mean(target, entries)
        hint = f" ({close})" if close else ""
        known = ", ".join(sorted(entries)) or "none"
        raise UserError(f"no deployment named `{target}` on {self._where()}{hint}; known: {known}")

    def _where(self) -> str:
        return f"chain {self.chain_id}" + ("" if self.endpoint == "embedded" else f" at {self.endpoint}")


# ---------------------------------------------------------------- transactions


def revert_message(exc: Exception, abi: list[dict] | None = None) -> str | None:
    """The contract's revert message from a web3 exception, if it carries one; a custom
    error the ABI declares is shown decoded (`InsufficientBalance(need=5, have=3)`)."""
    from web3.exceptions import ContractCustomError, ContractLogicError, ContractPanicError

    if isinstance(exc, ContractCustomError) and abi:
        from lang.abi import decode_custom_error

        raw = getattr(exc, "data", None)
        if isinstance(raw, str) and raw.startswith("0x"):
            try:
                shown = decode_custom_error(bytes.fromhex(raw[2:]), abi)
            except ValueError:
                shown = None
            if shown is not None:
                return shown
    if isinstance(exc, ContractPanicError | ContractCustomError | ContractLogicError):
        msg = getattr(exc, "message", None) or str(exc)
        return msg.removeprefix("execution reverted: ")
    return None


def fill_fees(w3, tx: dict, tip: int | None = None) -> dict:
    """Give `tx` EIP-1559 fees unless it has some: the tip (the one `tx` carries, else
    `tip`, else the node's suggestion) over twice the latest base fee, so the transaction
    stays valid while the base fee rises."""
    if "gasPrice" not in tx and "maxFeePerGas" not in tx:
        base = w3.eth.get_block("latest")["baseFeePerGas"]
        if "maxPriorityFeePerGas" in tx:
            tip = tx["maxPriorityFeePerGas"]
        elif tip is None:
            tip = w3.eth.max_priority_fee
        tx["maxPriorityFeePerGas"] = tip
        tx["maxFeePerGas"] = 2 * base + tip
    return tx


def send_transaction(conn: Connection, account, tx: dict, *, wait_timeout: float = 120.0,
                     on_wait=None) -> tuple[bytes, Any]:
    """Fill fees, nonce and gas, sign locally, send, wait for the receipt."""
    from web3.exceptions import TimeExhausted

    w3 = conn.w3
    tx = dict(tx)
    tx.setdefault("from", account.address)
    tx.setdefault("chainId", conn.chain_id)
    tx.setdefault("nonce", w3.eth.get_transaction_count(account.address, "pending"))
    fill_fees(w3, tx)
    if "gas" not in tx:
        try:
            tx["gas"] = w3.eth.estimate_gas(tx)
        except Exception as e:
            msg = revert_message(e)
            if msg is not None:
                raise UserError(f"reverted: {msg}") from None
            raise UserError(f"the transaction would fail: {_rpc_message(e)}") from None
    signed = account.sign_transaction(tx)
    try:
        tx_hash = w3.eth.send_raw_transaction(signed.raw_transaction)
    except Exception as e:
        raise UserError(f"the node refused the transaction: {_rpc_message(e)}") from None
    start = time.monotonic()
    try:
        if on_wait:
            on_wait(tx_hash)
        receipt = w3.eth.wait_for_transaction_receipt(tx_hash, timeout=wait_timeout, poll_latency=0.2)
    except TimeExhausted:
        raise UserError(f"transaction 0x{bytes(tx_hash).hex()} was sent but not mined within "
                        f"{wait_timeout:.0f}s ({time.monotonic() - start:.0f}s waited)") from None
    return bytes(tx_hash), receipt


def _rpc_message(exc: Exception) -> str:
    if exc.args and isinstance(exc.args[0], dict):
        return str(exc.args[0].get("message", exc.args[0]))
    if exc.args:
        a = exc.args[0]
        if isinstance(a, str) and a.startswith("{"):
            try:
                return str(json.loads(a.replace("'", '"')).get("message", a))
            except ValueError:
                return a
        return str(a)
    return type(exc).__name__
