"""The simulated chain: an in-memory coinc node driven by a simulated clock, and agents'
keys that sign real Ethereum transactions.

Every agent action is a signed EIP-1559 transaction that the node decodes, recovers,
checks, and executes on the Coin VM, exactly as `coinc node` would. Only the client side
is lean: transactions are signed with coincurve directly (eth-account's path costs ~8x
the signature math, see shared/perf-notes.md), ABI encoding is cached per function, and
reads go straight to the node instead of through JSON-RPC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coincurve import PrivateKey
from eth_abi import decode as abi_decode
from eth_abi import encode as abi_encode

from chain.api import CallRequest, ChainError, ExecutionReverted, LogFilter
from chain.blocks import next_base_fee
from chain.encoding import encode_rlp
from chain.genesis import Genesis
from chain.node import Node
from chain.transactions import contract_address
from coinc.deploy import Deployer
from coinc.errors import UserError
from coinc.stress.fees import BACKGROUND, FILLER_CODE, GWEI, FeeMarket
from lang.abi import decode_revert, keccak, selector_of, type_string

CHAIN_ID = 31337
# The reporter/issuer (the deployer) outbids every other sender, so the scenario's
# exogenous events land in the first block of their hour, as the scenario states them.
DEV_TIP = 1_000 * GWEI
BACKGROUND_BALANCE = 10**24  # each background sender's: gas for ~10^5 full blocks at 1000 gwei


def agent_key(i: int) -> bytes:
    """The deterministic private key of simulated agent i (never used outside simulations)."""
    return keccak(b"coinc stress agent" + i.to_bytes(4, "big"))


@dataclass(eq=False)
class Account:
    key: bytes
    address: bytes
    nonce: int = 0
    signer: PrivateKey | None = None

    @classmethod
    def from_key(cls, key: bytes) -> Account:
        pk = PrivateKey(key)
        return cls(key, keccak(pk.public_key.format(compressed=False)[1:])[12:], 0, pk)


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
    tip: int = 0
    max_fee: int = 0
    block: int = 0  # the head's number when it was sent
    step: str | None = None  # the set-up step that sent it (None: during the run)


class SetupFailed(UserError):
    """A set-up transaction of a scenario was refused, dropped or reverted."""


class SimChain:
    """An in-memory chain whose clock the simulation sets, with the fee market of
    `coinc.stress.fees`: the protocol's gas limit and EIP-1559 base fee, and blocks built
    from the mempool by priority fee (what does not fit or pays less than the base fee
    waits there)."""

    def __init__(self, n_agents: int, start_time: int, agent_balance: int, dev_balance: int = 10**30,
                 market: FeeMarket | None = None):
        self.market = market = market or FeeMarket()
        self.now = start_time
        self.dev = Account.from_key(agent_key(10_000_000))  # the deployer/issuer/reporter
        self.agents = [Account.from_key(agent_key(i)) for i in range(n_agents)]
        self.background_accounts = [Account.from_key(agent_key(20_000_000 + i)) for i in range(market.senders)]
        alloc = {"0x" + a.address.hex(): agent_balance for a in self.agents}
        alloc |= {"0x" + a.address.hex(): BACKGROUND_BALANCE for a in self.background_accounts}
        alloc["0x" + self.dev.address.hex()] = dev_balance
        genesis = Genesis(chain_id=CHAIN_ID, timestamp=start_time, alloc=alloc, gas_limit=market.gas_limit,
                          difficulty=1, min_difficulty=1, max_difficulty=1, target_block_time=3600,
                          base_fee=market.normal_base_fee, extra_data="coinc stress")
        self.node = Node(None, genesis, automine=False, clock=lambda: self.now, coinbase=self.dev.address)
        self.node.mempool.clock = lambda: float(self.now)  # its lifetimes run on simulated time
        self.tip = int(market.tip_gwei * GWEI)
        self.dev_tip = DEV_TIP
        self.recording: list[tuple[int, list]] | None = None  # [(timestamp, [(Sent, receipt)])]
        self.unresolved: dict[bytes, Sent] = {}  # sent, neither included nor dropped yet (send order)
        self._unresolved_of: dict[bytes, int] = {}  # sender address -> how many of those
        self.before_block: Callable[[], None] | None = None  # background arrivals, set by the run
        self.setup_step: str | None = None  # while set, every transaction must succeed (SetupFailed)
        self.reverted = 0  # agents' transactions included with status 0
        self.refused = 0  # agents' transactions the node refused at submission
        self.dropped = 0  # agents' transactions that left the mempool without being included
        # the background's filler contract, from the first background account (so the
        # deployer's nonces are those of a chain without background demand: `coinc compare`)
        self.filler = self.deploy(self.background_accounts[0], FILLER_CODE, [], [], label=BACKGROUND)

    # ---------------------------------------------------------------- fees
    def base_fee(self) -> int:
        """The latest block's base fee: what an agent observes."""
        return self.node.head.header.base_fee

    def next_base_fee(self) -> int:
        """The next block's base fee, which the protocol fixes from the latest block."""
        return next_base_fee(self.node.head.header)

    def has_unresolved(self, account: Account) -> bool:
        return self._unresolved_of.get(account.address, 0) > 0

    def is_waiting(self, account: Account) -> bool:
        """Whether `account` has a transaction sent before the latest block still in the mempool."""
        if not self.has_unresolved(account):
            return False
        head = self.node.head.number
        return any(s.sender is account and s.block < head for s in self.unresolved.values())

    # ---------------------------------------------------------------- transactions
    def sign(self, sender: Account, to: bytes | None, data: bytes, value: int = 0, gas: int = 3_000_000,
             tip: int | None = None, max_fee: int | None = None) -> tuple[bytes, int, int]:
        """A signed EIP-1559 transaction: priority fee `tip` (the sender's default unless
        given), fee cap `max_fee` (2 x the latest base fee + tip unless given); a tip above
        the cap is lowered to it. Returns (raw, tip, fee cap)."""
        if tip is None:
            tip = self.dev_tip if sender is self.dev else self.tip
        if max_fee is None:
            max_fee = 2 * self.base_fee() + tip
        tip = max(0, min(tip, max_fee))
        fields = [CHAIN_ID, sender.nonce, tip, max_fee, gas, to or b"", value, data, []]
        payload = b"\x02" + encode_rlp(fields)
        sig = (sender.signer or PrivateKey(sender.key)).sign_recoverable(keccak(payload), hasher=None)
        r, s, v = int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:64], "big"), sig[64]
        return b"\x02" + encode_rlp(fields + [v, r, s]), tip, max_fee

    def send(self, sender: Account, to: bytes | None, data: bytes, value: int = 0, gas: int = 3_000_000,
             label: str = "", tip: int | None = None, max_fee: int | None = None) -> Sent | None:
        """Sign and submit; None if the node refuses it (the agent simply fails to act;
        during set-up, SetupFailed)."""
        raw, tip, max_fee = self.sign(sender, to, data, value, gas, tip, max_fee)
        try:
            tx_hash = self.node.send_raw_transaction(raw)
        except ChainError as e:
            if self.setup_step is not None:
                raise SetupFailed(f"scenario set-up failed at `{self.setup_step}`: {label or 'a transaction'} "
                                  f"was refused by the node: {e}") from None
            if label != BACKGROUND and sender is not self.dev:
                self.refused += 1
            return None
        sent = Sent(tx_hash, sender, label, sender.nonce, to, data, value, gas, tip, max_fee,
                    self.node.head.number, self.setup_step)
        sender.nonce += 1
        self.unresolved[tx_hash] = sent
        self._unresolved_of[sender.address] = self._unresolved_of.get(sender.address, 0) + 1
        return sent

    def transact(self, sender: Account, contract: Contract, fn: str, *args, value: int = 0,
                 gas: int = 3_000_000, tip: int | None = None, max_fee: int | None = None) -> Sent | None:
        return self.send(sender, contract.address, contract.encode(fn, *args), value, gas, f"{contract.name}.{fn}",
                         tip, max_fee)

    def deploy(self, sender: Account, bytecode: bytes, ctor_types: list[str], args: list, value: int = 0,
               label: str = "deploy") -> bytes:
        address = contract_address(sender.address, sender.nonce)
        data = bytecode + (abi_encode(ctor_types, args) if ctor_types else b"")
        if self.send(sender, None, data, value, gas=min(30_000_000, self.market.gas_limit), label=label) is None:
            raise SetupFailed(f"scenario set-up failed at `{self.setup_step or label}`: the node refused a deployment")
        self.mine_until_resolved()
        if not self.node.get_code(address):
            raise SetupFailed(f"scenario set-up failed at `{self.setup_step or label}`: the deployment reverted")
        return address

    def mine(self) -> list[tuple[Sent, object]]:
        """Mine one block (during set-up: until every set-up transaction is in), see `_mine_block`."""
        if self.setup_step is not None:
            return self.mine_until_resolved()
        return self._mine_block()

    def _mine_block(self) -> list[tuple[Sent, object]]:
        """Mine one block: the background demand of its interval arrives, then the node
        builds it from the mempool (by priority fee, within the gas limit). Returns
        [(Sent, receipt)] for what it included and [(Sent, None)] for transactions that
        left the mempool without being included; what still waits stays unresolved.
        Blocks are dated strictly after their parent, as on Ethereum, so a recorded run
        replays on an EVM chain with the very same block times."""
        if self.before_block is not None:
            self.before_block()
        self.now = max(self.now, self.node.head.header.timestamp + 1)
        block = self.node.mine(1)[0]
        self.last_block = block
        by_hash = {r.tx_hash: r for r in block.receipts}
        done: list[tuple[Sent, object]] = []
        mempool = self.node.mempool
        for tx_hash, sent in list(self.unresolved.items()):
            receipt = by_hash.get(tx_hash)
            if receipt is None and tx_hash in mempool:
                continue  # still waiting
            del self.unresolved[tx_hash]
            self._unresolved_of[sent.sender.address] -= 1
            done.append((sent, receipt))
            if receipt is None:  # dropped from the mempool: the nonce is free again
                a = sent.sender.address
                sent.sender.nonce = mempool.pending_nonce(a, self.node.get_nonce(a))
        failed = []
        for sent, receipt in done:
            if sent.label == BACKGROUND or sent.sender is self.dev and self.setup_step is None:
                continue
            if receipt is None:
                self.dropped += self.setup_step is None
                failed.append((sent, "was dropped from the mempool"))
            elif receipt.status != 1:
                self.reverted += self.setup_step is None
                reason = decode_revert(receipt.revert_data)
                failed.append((sent, f"reverted ({reason or 'no reason given'})"))
        if self.setup_step is not None and failed:
            sent, why = failed[0]
            raise SetupFailed(f"scenario set-up failed at `{sent.step or self.setup_step}`: "
                              f"{sent.label or 'a transaction'} {why}")
        if self.recording is not None:  # in the block's own order, which the mempool chose
            sent_by_hash = {s.tx_hash: s for s, r in done if r is not None and s.label != BACKGROUND}
            self.recording.append((block.header.timestamp,
                                   [(sent_by_hash[r.tx_hash], r) for r in block.receipts if r.tx_hash in sent_by_hash]))
        return done

    def mine_until_resolved(self, max_blocks: int = 32) -> list[tuple[Sent, object]]:
        """Mine until every transaction sent so far (background demand aside) is included
        or dropped; used by set-up, whose transactions must all land before the run."""
        done: list[tuple[Sent, object]] = []
        for _ in range(max_blocks):
            done += self._mine_block()
            if not any(s.label != BACKGROUND for s in self.unresolved.values()):
                return done
        waiting = next(s for s in self.unresolved.values() if s.label != BACKGROUND)
        raise SetupFailed(f"scenario set-up failed at `{self.setup_step or waiting.label}`: {waiting.label} "
                          f"is still not included after {max_blocks} blocks (fee cap {waiting.max_fee} wei, "
                          f"base fee {self.next_base_fee()} wei)")

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
        address = self.sim.deploy(self.sim.dev, compiled.bytecode, types, args, value, label=f"deploy {name}")
        self.contracts[name] = Contract(name, address, compiled.abi)
        return "0x" + address.hex()

    def send(self, name: str, fn: str, *args, value: int = 0):
        """One set-up call, mined until included; a refusal or revert is SetupFailed."""
        sim = self.sim
        step, sim.setup_step = sim.setup_step, sim.setup_step or "deploy"
        try:
            sent = sim.transact(sim.dev, self.contracts[name], fn, *args, value=value)
            done = {s.tx_hash: r for s, r in sim.mine_until_resolved()}
        finally:
            sim.setup_step = step
        return done[sent.tx_hash]
