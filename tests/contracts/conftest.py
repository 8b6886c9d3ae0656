"""A small harness for testing the bundled contracts through the chain.

Every state change is a real EIP-1559 transaction signed with a dev key and sent with
`Node.send_raw_transaction` to an in-process, automining `Node` (one block per
transaction); views go through `Node.call`. Reverts surface as `Reverted(message)`
whose message is the node's decoded revert reason (Error(string) text or
"panic: ..."), taken from the mined receipt.

    chain = Chain()
    usd = chain.deploy("ReferenceDollar")
    usd.mint(chain.accounts[1], 10 * WAD)              # a transaction from accounts[0]
    usd.transfer(chain.accounts[2], 1, sender=1)       # from accounts[1]
    assert usd.balanceOf(chain.accounts[2]) == 1       # a view: an eth_call
    with reverts("caller is not a minter"):
        usd.mint(chain.accounts[1], 1, sender=1)

The node runs on a frozen clock, so block timestamps move only when a test travels in
time (`chain.travel(seconds)`), which makes fees, oracle ages and auctions deterministic.
Isolation: `chain.isolated()` snapshots the node and reverts it afterwards; module-
scoped fixtures deploy once and hand every test a reverted copy.
"""

from __future__ import annotations

import contextlib
import re
from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from eth_abi import decode, encode
from eth_account import Account
from eth_utils import to_checksum_address

from chain.api import CallRequest, ExecutionReverted
from chain.genesis import dev_keys
from chain.node import Node
from coinc.deploy import compiled_contracts
from coinc.systems.registry import defaults
from lang.abi import decode_revert
from vm.hashing import keccak

DEFAULTS = defaults()


WAD = 10**18
RAY = 10**27
DAY = 86_400
T0 = 1_700_000_000  # the frozen wall clock of every test chain
TX_GAS = 15_000_000
MAX_FEE = 5 * 10**9


class Reverted(Exception):  # noqa: N818 - reads naturally in tests: `except Reverted`
    """A transaction or call reverted; `message` is the node's decoded reason."""

    def __init__(self, message: str | None, data: bytes = b""):
        super().__init__(message)
        self.message = message
        self.data = data


@contextlib.contextmanager
def reverts(message: str | None) -> Iterator[None]:
    """Expect the block to revert with exactly `message`."""
    try:
        yield
    except Reverted as e:
        assert e.message == message, f"reverted with {e.message!r}, expected {message!r}"
    else:
        raise AssertionError(f"did not revert (expected {message!r})")


def abi_type(entry: dict) -> str:
    if entry["type"].startswith("tuple"):
        return "(" + ",".join(abi_type(c) for c in entry["components"]) + ")" + entry["type"][5:]
    return entry["type"]


_struct_types: dict[tuple, type] = {}


def _shape(entry: dict, value: Any) -> Any:
    """Decoded tuples become named tuples with the struct's field names."""
    if entry["type"] == "tuple":
        names = tuple(c["name"] for c in entry["components"])
        cls = _struct_types.get(names)
        if cls is None:
            cls = _struct_types[names] = namedtuple(entry.get("internalType", "struct").split()[-1], names)
        return cls(*(_shape(c, v) for c, v in zip(entry["components"], value, strict=True)))
    return value


def _arg(value: Any) -> Any:
    if isinstance(value, Contract):
        return value.address
    if hasattr(value, "address") and hasattr(value, "key"):
        return value.address
    if isinstance(value, list | tuple):
        return type(value)(_arg(v) for v in value)
    return value


@dataclass
class TxResult:
    receipt: Any
    value: Any  # the function's return value (from a call simulated on the same state)

    @property
    def gas_used(self) -> int:
        return self.receipt.gas_used

    @property
    def fee(self) -> int:
        """Native coin the sender paid for gas."""
        return self.receipt.gas_used * self.receipt.effective_gas_price

    def events(self, contract: Contract, name: str) -> list[dict]:
        """Decoded `name` events that `contract` emitted in this transaction."""
        ev = next(e for e in contract.abi if e["type"] == "event" and e["name"] == name)
        sig = keccak(f"{name}({','.join(abi_type(i) for i in ev['inputs'])})".encode())
        out = []
        for log in self.receipt.logs:
            if log.address != contract.raw_address or not log.topics or log.topics[0] != sig:
                continue
            plain = [i for i in ev["inputs"] if not i["indexed"]]
            values = iter(decode([abi_type(i) for i in plain], log.data))
            topics = iter(log.topics[1:])
            item = {}
            for i in ev["inputs"]:
                if i["indexed"]:
                    item[i["name"]] = decode([abi_type(i)], next(topics))[0]
                else:
                    item[i["name"]] = _shape(i, next(values))
            out.append(item)
        return out


class Method:
    def __init__(self, contract: Contract, entry: dict):
        self.contract = contract
        self.entry = entry
        self.name = entry["name"]
        self.types = [abi_type(i) for i in entry["inputs"]]
        self.selector = keccak(f"{self.name}({','.join(self.types)})".encode())[:4]
        self.is_view = entry["stateMutability"] == "view"

    def encode(self, *args: Any) -> bytes:
        return self.selector + encode(self.types, [_arg(a) for a in args])

    def decode(self, output: bytes) -> Any:
        outs = self.entry["outputs"]
        if not outs:
            return None
        values = decode([abi_type(o) for o in outs], output)
        return _shape(outs[0], values[0]) if len(outs) == 1 else tuple(
            _shape(o, v) for o, v in zip(outs, values, strict=True))

    def __call__(self, *args: Any, sender: Any = 0, value: int = 0) -> Any:
        """Views are eth_calls returning the decoded value; anything else is a transaction
        returning a TxResult."""
        if self.is_view:
            return self.call(*args, sender=sender, value=value)
        return self.transact(*args, sender=sender, value=value)

    def call(self, *args: Any, sender: Any = 0, value: int = 0) -> Any:
        chain = self.contract.chain
        return self.decode(chain.call_raw(sender, self.contract.raw_address, self.encode(*args), value))

    def transact(self, *args: Any, sender: Any = 0, value: int = 0) -> TxResult:
        chain = self.contract.chain
        data = self.encode(*args)
        try:
            output = chain.call_raw(sender, self.contract.raw_address, data, value)
            expected: str | None = None
        except Reverted as e:
            output, expected = None, e.message
        try:
            receipt = chain.send_raw(sender, self.contract.raw_address, data, value)
        except Reverted as e:
            # what eth_call said must be what the mined transaction did
            assert e.message == expected, f"the call said {expected!r}, the transaction {e.message!r}"
            raise
        assert output is not None, f"the call reverted with {expected!r} but the transaction succeeded"
        return TxResult(receipt, self.decode(output))


class Contract:
    def __init__(self, chain: Chain, name: str, address: str, abi: list):
        self.chain = chain
        self.label = name
        self.address = address
        self.raw_address = bytes.fromhex(address[2:])
        self.abi = abi
        self._methods = {e["name"]: Method(self, e) for e in abi if e["type"] == "function"}

    def __getattr__(self, name: str) -> Method:
        try:
            return self.__dict__["_methods"][name]
        except KeyError:
            raise AttributeError(f"{self.__dict__.get('label')} has no function {name}") from None

    def __repr__(self) -> str:
        return f"<{self.label} {self.address}>"

    @property
    def native_balance(self) -> int:
        return self.chain.balance(self)


class Chain:
    """An in-memory automining node with the 10 dev accounts."""

    def __init__(self) -> None:
        self.node = Node(None, clock=lambda: T0)
        self.accounts = [Account.from_key(k) for k in dev_keys()]
        self.deployer = self.accounts[0]

    # ---- accounts
    def account(self, who: Any):
        if isinstance(who, int):
            return self.accounts[who]
        if isinstance(who, str):
            return next(a for a in self.accounts if a.address.lower() == who.lower())
        return who

    def address(self, who: Any) -> str:
        if isinstance(who, Contract):
            return who.address
        return self.account(who).address

    def balance(self, who: Any) -> int:
        return self.node.get_balance(bytes.fromhex(self.address(who)[2:]))

    # ---- raw transactions and calls
    def send_raw(self, sender: Any, to: bytes | None, data: bytes, value: int = 0):
        acct = self.account(sender)
        me = bytes.fromhex(acct.address[2:])
        tx: dict = {"type": 2, "chainId": self.node.chain_id, "nonce": self.node.get_nonce(me), "gas": TX_GAS,
                    "maxFeePerGas": MAX_FEE, "maxPriorityFeePerGas": 0, "value": value, "data": data}
        if to is not None:
            tx["to"] = to_checksum_address("0x" + to.hex())
        raw = bytes(acct.sign_transaction(tx).raw_transaction)
        tx_hash = self.node.send_raw_transaction(raw)
        found = self.node.get_receipt(tx_hash)
        assert found is not None, "automine did not include the transaction"
        receipt = found[0]
        if receipt.status != 1:
            reason = decode_revert(receipt.revert_data)
            if reason is None:
                raise AssertionError(f"transaction failed without a revert reason (gas used {receipt.gas_used})")
            raise Reverted(reason, receipt.revert_data)
        return receipt

    def call_raw(self, sender: Any, to: bytes, data: bytes, value: int = 0) -> bytes:
        me = bytes.fromhex(self.account(sender).address[2:])
        try:
            return self.node.call(CallRequest(me, to, TX_GAS, None, None, None, value, data))
        except ExecutionReverted as e:
            raise Reverted(e.reason, e.data or b"") from None

    def deploy(self, contract: str, *args: Any, sender: Any = 0, value: int = 0, compiled: Any = None
               ) -> Contract:
        c = compiled if compiled is not None else compiled_contracts()[contract]
        ctor = next((e for e in c.abi if e["type"] == "constructor"), {"inputs": []})
        data = c.bytecode + encode([abi_type(i) for i in ctor["inputs"]], [_arg(a) for a in args])
        receipt = self.send_raw(sender, None, data, value)
        address = "0x" + receipt.contract_address.hex()
        return Contract(self, contract, to_checksum_address(address), c.abi)

    def transfer_native(self, sender: Any, to: Any, value: int):
        return self.send_raw(sender, bytes.fromhex(self.address(to)[2:]), b"", value)

    # ---- time
    def now(self) -> int:
        """The timestamp the next block (and every eth_call) sees."""
        n = self.node
        if n.next_timestamp is not None:
            return max(n.next_timestamp, n.head.header.timestamp)
        return max(T0 + n.time_offset, n.head.header.timestamp)

    def travel(self, seconds: int) -> int:
        """Move the clock forward `seconds` (calls see it at once) and mine an empty block."""
        self.node.increase_time(seconds)
        self.node.mine()
        return self.now()

    def travel_to(self, timestamp: int) -> None:
        self.node.set_next_block_timestamp(timestamp)
        self.node.mine()

    # ---- isolation
    @contextlib.contextmanager
    def isolated(self) -> Iterator[Chain]:
        sid = self.node.snapshot()
        try:
            yield self
        finally:
            assert self.node.revert(sid)


# ---------------------------------------------------------------- systems
# Deployed the way the recipes in coinc/systems/ wire them, with their defaults, but
# through this harness so every step is a signed transaction we can inspect.

@dataclass
class FiatSystem:
    chain: Chain
    coin: Contract


@dataclass
class VaultSystem:
    chain: Chain
    oracle: Contract  # PriceOracle, the source
    osm: Contract  # DelayedOracle in front of it
    coin: Contract  # MintableToken "CDAI"
    engine: Contract
    psm: Contract | None = None
    gem: Contract | None = None


@dataclass
class AlgoSystem:
    chain: Chain
    stable: Contract
    share: Contract
    oracle: Contract
    module: Contract


def deploy_fiat(chain: Chain, p: dict[str, int] = DEFAULTS) -> FiatSystem:
    me = chain.deployer
    coin = chain.deploy("FiatCoin", "Coin USD", "CUSD", p["fiat.max_attestation_age"])
    coin.attest_reserves(p["fiat.reserves"])
    coin.configure_minter(me, p["fiat.minter_allowance"])
    coin.mint(me, p["fiat.initial_supply"])
    return FiatSystem(chain, coin)


def deploy_vault(chain: Chain, p: dict[str, int] = DEFAULTS, *, delay: int | None = None,
                 with_psm: bool = True) -> VaultSystem:
    delay = p["vault.oracle_delay"] if delay is None else delay
    oracle = chain.deploy("PriceOracle", "COIN/USD", p["vault.collateral_price"], p["vault.oracle_max_age"])
    osm = chain.deploy("DelayedOracle", oracle, delay)
    coin = chain.deploy("MintableToken", "Coin Dai", "CDAI", 18)
    engine = chain.deploy("VaultEngine", coin, osm, p["vault.liquidation_ratio"], p["vault.liquidation_penalty"],
                          p["vault.stability_fee"], p["vault.debt_ceiling"], p["vault.dust"],
                          p["vault.auction_duration"], p["vault.auction_buffer"])
    coin.set_minter(engine, True)
    s = VaultSystem(chain, oracle, osm, coin, engine)
    if with_psm:
        gem = deploy_fiat(chain, p).coin
        psm = chain.deploy("PegStabilityModule", gem, coin, p["vault.psm_fee_in"], p["vault.psm_fee_out"],
                           p["vault.psm_line"])
        coin.set_minter(psm, True)
        s.psm, s.gem = psm, gem
    return s


def deploy_algo(chain: Chain, p: dict[str, int] = DEFAULTS) -> AlgoSystem:
    stable = chain.deploy("MintableToken", "Algo USD", "AUSD", 18)
    share = chain.deploy("MintableToken", "Algo Share", "SHARE", 18)
    oracle = chain.deploy("PriceOracle", "SHARE/USD", p["algo.share_price"], p["algo.oracle_max_age"])
    module = chain.deploy("SwapModule", stable, share, oracle, p["algo.base_pool"], p["algo.recovery_period"],
                          p["algo.min_spread"])
    for token in (stable, share):
        token.set_minter(module, True)
    return AlgoSystem(chain, stable, share, oracle, module)


def compile_test_contract(source: str, name: str):
    """Compile a test-only contract (it may import the bundled ones)."""
    from lang.compiler import compile_source

    return next(c for c in compile_source(source, "<test>") if c.name == name)


_MSG = re.compile(r'(?:require\(.*?,\s*|revert\()\s*"((?:[^"\\]|\\.)*)"', re.S)


def revert_messages(source: str) -> list[str]:
    """Every message a contract source can revert with via require/revert."""
    return _MSG.findall(source)


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="session")
def compiled():
    return compiled_contracts()


@pytest.fixture
def chain(compiled) -> Chain:
    return Chain()


def isolated_fixture(name: str, build, scope: str = "module"):
    """Fixtures `name` (per test) and `name`_base (per `scope`): the base deploys
    `build(chain)` once, each test gets it in a snapshot reverted afterwards."""

    @pytest.fixture(scope=scope, name=f"{name}_base")
    def _base(compiled):
        c = Chain()
        return c, build(c)

    @pytest.fixture(name=name)
    def _fixture(request):
        c, value = request.getfixturevalue(f"{name}_base")
        with c.isolated():
            yield value

    return _base, _fixture


fiat_base, fiat = isolated_fixture("fiat", deploy_fiat)
vault_base, vault = isolated_fixture("vault", deploy_vault)
algo_base, algo = isolated_fixture("algo", deploy_algo)


# An ERC-20 whose transfers can be switched to return false instead of reverting, to
# reach the contracts' "transfer failed" checks.
FLAKY_TOKEN = '''
contract FlakyToken {
    storage balances: map<address, uint>
    storage fail_in: bool
    storage fail_out: bool

    pub fn set_failures(fail_in: bool, fail_out: bool) {
        self.fail_in = fail_in
        self.fail_out = fail_out
    }

    pub fn mint(to: address, amount: uint) {
        self.balances[to] += amount
    }

    pub fn transfer(to: address, amount: uint) -> bool {
        if self.fail_out {
            return false
        }
        self.balances[msg.sender] -= amount
        self.balances[to] += amount
        return true
    }

    pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
        if self.fail_in {
            return false
        }
        self.balances[from] -= amount
        self.balances[to] += amount
        return true
    }

    pub fn approve(spender: address, amount: uint) -> bool {
        return true
    }

    pub view fn balanceOf(owner: address) -> uint {
        return self.balances[owner]
    }

    pub view fn totalSupply() -> uint {
        return 0
    }
}
'''


@pytest.fixture(scope="session")
def flaky_compiled():
    return compile_test_contract(FLAKY_TOKEN, "FlakyToken")


@pytest.fixture
def flaky(chain, flaky_compiled):
    return chain.deploy("FlakyToken", compiled=flaky_compiled)
