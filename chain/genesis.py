"""Chain configuration and the genesis state; the well-known development accounts."""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass, field

from chain.nesting import load_json
from chain.pow import PowParams

DEV_MNEMONIC = "test test test test test test test test test test test junk"
DEV_PATH = "m/44'/60'/0'/0/{}"
DEV_ACCOUNT_COUNT = 10
DEV_BALANCE = 10_000 * 10**18
DEV_CHAIN_ID = 31337  # anvil's and Hardhat's, so scripts written for them work unchanged
GWEI = 10**9


@dataclass(frozen=True)
class Genesis:
    chain_id: int = DEV_CHAIN_ID
    gas_limit: int = 30_000_000
    base_fee: int = GWEI
    timestamp: int = 0
    difficulty: int = 16
    target_block_time: int = 1
    min_difficulty: int = 8
    max_difficulty: int = 64
    block_reward: int = 0
    dev: bool = True  # dev methods (evm_*, set-balance, eth_sendTransaction) allowed
    max_future_seconds: int = 900  # how far ahead of our clock a peer's block may be dated
    alloc: dict[str, int] = field(default_factory=dict)  # "0x..." address -> balance in wei
    extra_data: str = "coinc"

    @property
    def pow(self) -> PowParams:
        return PowParams(self.target_block_time, self.min_difficulty, self.max_difficulty)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Genesis:
        data = load_json(text, what="the genesis")
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown genesis fields: {', '.join(sorted(unknown))}")
        return cls(**data)


@functools.cache
def dev_keys() -> tuple[bytes, ...]:
    """Private keys of the 10 dev accounts derived from the well-known mnemonic (BIP-44)."""
    from eth_account import Account

    Account.enable_unaudited_hdwallet_features()
    return tuple(bytes(Account.from_mnemonic(DEV_MNEMONIC, account_path=DEV_PATH.format(i)).key)
                 for i in range(DEV_ACCOUNT_COUNT))


@functools.cache
def dev_addresses() -> tuple[bytes, ...]:
    from eth_keys import keys

    return tuple(keys.PrivateKey(k).public_key.to_canonical_address() for k in dev_keys())


def dev_genesis(timestamp: int, chain_id: int = DEV_CHAIN_ID, **overrides) -> Genesis:
    alloc = {"0x" + a.hex(): DEV_BALANCE for a in dev_addresses()}
    return Genesis(chain_id=chain_id, timestamp=timestamp, alloc=alloc, **overrides)
