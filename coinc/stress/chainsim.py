"""The simulated chain: an in-memory coinc node driven by a simulated clock, and agents'
keys that sign real Ethereum transactions.

Every agent action is a signed EIP-1559 transaction that the node decodes, recovers,
checks, and executes on the Coin VM, exactly as `coinc node` would. Only the client side
is lean: transactions are signed with coincurve directly (eth-account's path costs ~8x
the signature math, see shared/perf-notes.md), ABI encoding is cached per function, and
reads go straight to the node instead of through JSON-RPC.
"""

from __future__ import annotations

from dataclasses import dataclass

import rlp
from coincurve import PrivateKey
from eth_abi import decode as abi_decode
from eth_abi import encode as abi_encode

from chain.api import CallRequest, ChainError, ExecutionReverted, LogFilter
from chain.genesis import Genesis
from chain.node import Node
from chain.transactions import contract_address
from coinc.deploy import Deployer
from coinc.errors import UserError
from lang.abi import keccak, selector_of, type_string

CHAIN_ID = 31337
GWEI = 10**9


def agent_key(i: int) -> bytes:
    """The deterministic private key of simulated agent i (never used outside simulations)."""
    return keccak(b"coinc stress agent" + i.to_bytes(4, "big"))


@dataclass
class Account:
    key: bytes
    address: bytes
    nonce: int = 0

    @classmethod
    def from_key(cls, key: bytes) -> Account:
        pk = PrivateKey(key)
        return cls(key, keccak(pk.public_key.format(compressed=False)[1:])[12:])


class Contract:
    """A deployed contract: encode calls and decode results by ABI (codecs cached)."""

    def __init__(self, name: str, address: bytes, abi: list):
        self.name = name
        self.address = address
        self.abi = abi
        self._codecs: dict[str, tuple[bytes, list[str], list[str]]] = {}

    def _codec(self, fn: str) -> tuple[bytes, list[str], list[str]]:
        codec = self._codecs.get(fn)
        if codec is None:
            entry = next((e for e in self.abi if e.get("type") == "function" and e["name"] == fn), None)
            if entry is None:
                raise KeyError(f"{self.name} has no function {fn}")
            ins = [type_string(i) for i in entry["inputs"]]
            codec = (selector_of(f"{fn}({','.join(ins)})"), ins, [type_string(o) for o in entry["outputs"]])
            self._codecs[fn] = codec
        return codec

    def encode(self, fn: str, *args) -> bytes:
        sel, ins, _ = self._codec(fn)
        if not ins:
            return sel
        if all(t in _STATIC for t in ins):  # eth-abi is ~100 us a call; static words are simple
            return sel + b"".join(_word(t, a) for t, a in zip(ins, args, strict=True))
        return sel + abi_encode(ins, list(args))

    def decode(self, fn: str, output: bytes):
        outs = self._codec(fn)[2]
        if not outs:
            return None
        flat = _flat_static(outs)
        if flat is not None and len(output) == 32 * len(flat[0]):
            words = [_unword(t, output[i * 32:(i + 1) * 32]) for i, t in enumerate(flat[0])]
            values = flat[1](words)
        else:
            values = abi_decode(outs, output)
        return values[0] if len(values) == 1 else values


_STATIC = {"uint256", "int256", "address", "bool", "bytes32"}


def _word(t: str, v) -> bytes:
    if t == "address":
        if isinstance(v, str):
            return bytes(12) + bytes.fromhex(v[2:] if v.startswith("0x") else v)
        return bytes(12) + bytes(v)
    if t == "bool":
        return (1 if v else 0).to_bytes(32, "big")
    if t == "bytes32":
        return bytes(v).rjust(32, b"\x00")
    return (v % 2**256).to_bytes(32, "big")


def _unword(t: str, w: bytes):
    if t == "address":
        return "0x" + w[12:].hex()
    if t == "bool":
        return w[-1] == 1
    if t == "bytes32":
        return w
    v = int.from_bytes(w, "big")
    return v - 2**256 if t == "int256" and v >= 2**255 else v


def _flat_static(outs: list[str]):
    """(leaf types, rebuild) when every output is a static word or a tuple of them."""
    leaves: list[str] = []
    shape: list[int] = []  # 0 = a word, n = a tuple of n words
    for t in outs:
        if t in _STATIC:
            leaves.append(t)
            shape.append(0)
        elif t.startswith("(") and t.endswith(")") and all(x in _STATIC for x in t[1:-1].split(",")):
            parts = t[1:-1].split(",")
            leaves.extend(parts)
            shape.append(len(parts))
        else:
            return None

    def rebuild(words: list):
        out, i = [], 0
        for n in shape:
            if n == 0:
                out.append(words[i])
                i += 1
            else:
                out.append(tuple(words[i:i + n]))
                i += n
        return tuple(out)

    return leaves, rebuild


@dataclass
class Sent:
    tx_hash: bytes
    sender: Account
    label: str
    # what `coinc compare SCENARIO` needs to replay it elsewhere
    nonce: int = 0
    to: bytes | None = None
    data: bytes = b""
    value: int = 0
    gas: int = 0


class SimChain:
    """An in-memory chain whose clock the simulation sets."""

    def __init__(self, n_agents: int, start_time: int, agent_balance: int, dev_balance: int = 10**30,
                 gas_limit: int = 2_000_000_000):
        self.now = start_time
        self.dev = Account.from_key(agent_key(10_000_000))  # the deployer/issuer/reporter
        self.agents = [Account.from_key(agent_key(i)) for i in range(n_agents)]
        alloc = {"0x" + a.address.hex(): agent_balance for a in self.agents}
        alloc["0x" + self.dev.address.hex()] = dev_balance
        genesis = Genesis(chain_id=CHAIN_ID, timestamp=start_time, alloc=alloc, gas_limit=gas_limit,
                          difficulty=1, min_difficulty=1, max_difficulty=1, target_block_time=3600,
                          base_fee=GWEI, extra_data="coinc stress")
        self.node = Node(None, genesis, automine=False, clock=lambda: self.now, coinbase=self.dev.address)
        self.pending: list[Sent] = []
        self.tip = GWEI
        self.recording: list[tuple[int, list]] | None = None  # [(timestamp, [(Sent, receipt)])]

    # ---------------------------------------------------------------- transactions
    def sign(self, sender: Account, to: bytes | None, data: bytes, value: int = 0, gas: int = 3_000_000,
             tip: int | None = None, max_fee: int | None = None) -> bytes:
        tip = self.tip if tip is None else tip
        max_fee = 2 * self.node.gas_price() + tip if max_fee is None else max_fee
        fields = [CHAIN_ID, sender.nonce, tip, max_fee, gas, to or b"", value, data, []]
        payload = b"\x02" + rlp.encode(fields)
        sig = PrivateKey(sender.key).sign_recoverable(keccak(payload), hasher=None)
        r, s, v = int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:64], "big"), sig[64]
        return b"\x02" + rlp.encode(fields + [v, r, s])

    def send(self, sender: Account, to: bytes | None, data: bytes, value: int = 0, gas: int = 3_000_000,
             label: str = "", tip: int | None = None, max_fee: int | None = None) -> Sent | None:
        """Sign and submit; None if the node refuses it (the agent simply fails to act).
        `tip` is the max priority fee per gas, `max_fee` the fee cap (default 2 x base fee + tip)."""
        raw = self.sign(sender, to, data, value, gas, tip, max_fee)
        try:
            tx_hash = self.node.send_raw_transaction(raw)
        except ChainError:
            return None
        sent = Sent(tx_hash, sender, label, sender.nonce, to, data, value, gas)
        sender.nonce += 1
        self.pending.append(sent)
        return sent

    def transact(self, sender: Account, contract: Contract, fn: str, *args, value: int = 0,
                 gas: int = 3_000_000, tip: int | None = None, max_fee: int | None = None) -> Sent | None:
        return self.send(sender, contract.address, contract.encode(fn, *args), value, gas, f"{contract.name}.{fn}",
                         tip, max_fee)

    def deploy(self, sender: Account, bytecode: bytes, ctor_types: list[str], args: list, value: int = 0) -> bytes:
        address = contract_address(sender.address, sender.nonce)
        data = bytecode + (abi_encode(ctor_types, args) if ctor_types else b"")
        if self.send(sender, None, data, value, gas=30_000_000, label="deploy") is None:
            raise RuntimeError("the node refused a deployment")
        self.mine()
        if not self.node.get_code(address):
            raise RuntimeError("deployment failed")
        return address

    def mine(self):
        """Mine one block with everything pending; returns [(Sent, receipt)]. Blocks are
        dated strictly after their parent, as on Ethereum, so a recorded run replays on
        an EVM chain with the very same block times."""
        self.now = max(self.now, self.node.head.header.timestamp + 1)
        block = self.node.mine(1)[0]
        by_hash = {r.tx_hash: r for r in block.receipts}
        done = [(s, by_hash.get(s.tx_hash)) for s in self.pending]
        self.pending_snapshot, self.pending = self.pending, []
        for sent, receipt in done:
            if receipt is None:  # not included (e.g. nonce gap): resync the nonce
                sent.sender.nonce = self.node.get_nonce(sent.sender.address)
        if self.recording is not None:  # in the block's own order, which the mempool chose
            sent_by_hash = {s.tx_hash: s for s in self.pending_snapshot}
            self.recording.append((block.header.timestamp,
                                   [(sent_by_hash[r.tx_hash], r) for r in block.receipts if r.tx_hash in sent_by_hash]))
        return done

    # ---------------------------------------------------------------- reads
    def call(self, contract: Contract, fn: str, *args, sender: Account | None = None):
        data = contract.encode(fn, *args)
        req = CallRequest((sender or self.dev).address, contract.address, None, None, None, None, 0, data)
        try:
            out = self.node.call(req)
        except ExecutionReverted:
            return None
        return contract.decode(fn, out)

    def logs(self, address: bytes, topic0: bytes) -> list:
        """Every log of `address` with first topic `topic0`, over the whole chain."""
        return self.node.get_logs(LogFilter(0, self.node.block_number(), (address,), ((topic0,),)))

    def balance(self, address: bytes) -> int:
        return self.node.get_balance(address)


class SimDeployer(Deployer):
    """The systems' recipes as signed transactions on the simulated chain, one block each,
    from the simulation's deployer account."""

    def __init__(self, sim: SimChain, params: dict[str, int], sources: tuple = (), recipes: dict | None = None):
        super().__init__(params, sources, recipes)
        self.sim = sim
        self.contracts: dict[str, Contract] = {}

    @property
    def me(self) -> str:
        return "0x" + self.sim.dev.address.hex()

    def create(self, name: str, compiled, args: list, value: int) -> str:
        ctor = next((e for e in compiled.abi if e["type"] == "constructor"), {"inputs": []})
        types = [i["type"] for i in ctor["inputs"]]
        address = self.sim.deploy(self.sim.dev, compiled.bytecode, types, args, value)
        self.contracts[name] = Contract(name, address, compiled.abi)
        return "0x" + address.hex()

    def send(self, name: str, fn: str, *args, value: int = 0):
        sim = self.sim
        sent = sim.transact(sim.dev, self.contracts[name], fn, *args, value=value)
        if sent is None:
            raise UserError(f"simulation set-up: {name}.{fn} was refused")
        (_, receipt), = sim.mine()
        if receipt is None or receipt.status != 1:
            raise UserError(f"simulation set-up: {name}.{fn} reverted")
        return receipt
