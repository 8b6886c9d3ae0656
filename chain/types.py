"""The chain's records: signed transactions, block headers, blocks, receipts and logs.

Transactions are Ethereum's (legacy with EIP-155, EIP-2930 and EIP-1559), so eth-account
signs them and web3 sends them unchanged. Headers carry Ethereum's fields plus the PoW
seal; block and transaction hashes are keccak-256 of their RLP encodings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chain.encoding import encode_rlp
from vm.hashing import keccak

ZERO_HASH = b"\x00" * 32
ZERO_ADDRESS = b"\x00" * 20
EMPTY_LIST_HASH = keccak(encode_rlp([]))  # keccak(rlp([])): Ethereum's sha3Uncles of no uncles


@dataclass(frozen=True, slots=True)
class Transaction:
    """A decoded, sender-recovered signed transaction."""

    type: int  # 0 legacy, 1 EIP-2930, 2 EIP-1559
    chain_id: int | None
    nonce: int
    gas_price: int | None  # legacy and type 1
    max_priority_fee: int | None  # type 2
    max_fee: int | None  # type 2
    gas: int
    to: bytes | None  # None creates a contract
    value: int
    data: bytes
    access_list: tuple  # ((address, (slot, ...)), ...)
    v: int
    r: int
    s: int
    sender: bytes
    hash: bytes
    raw: bytes

    @property
    def fee_cap(self) -> int:
        return self.max_fee if self.type == 2 else self.gas_price  # type: ignore[return-value]

    @property
    def tip_cap(self) -> int:
        return self.max_priority_fee if self.type == 2 else self.gas_price  # type: ignore[return-value]

    def effective_gas_price(self, base_fee: int) -> int:
        return min(self.fee_cap, base_fee + self.tip_cap)


@dataclass(frozen=True, slots=True)
class Log:
    address: bytes
    topics: tuple[bytes, ...]
    data: bytes

    def to_rlp(self) -> list:
        return [self.address, list(self.topics), self.data]


@dataclass(frozen=True, slots=True)
class Receipt:
    tx_hash: bytes
    tx_index: int
    status: int  # 1 success, 0 failure
    gas_used: int
    cumulative_gas_used: int
    effective_gas_price: int
    contract_address: bytes | None
    logs: tuple[Log, ...]
    sender: bytes
    to: bytes | None
    type: int
    revert_data: bytes = b""  # output of a failed execution (not part of the receipts root)

    def encode(self, bloom: bytes | None = None) -> bytes:
        """The consensus encoding (a receipts-root leaf); pass `bloom` if already computed."""
        if bloom is None:
            bloom = bloom_of(self.logs)
        return encode_rlp([self.status, self.cumulative_gas_used, bloom, [lg.to_rlp() for lg in self.logs]])


@dataclass(frozen=True, slots=True)
class Header:
    parent_hash: bytes
    number: int
    timestamp: int
    miner: bytes
    state_root: bytes
    transactions_root: bytes
    receipts_root: bytes
    logs_bloom: bytes
    gas_limit: int
    gas_used: int
    base_fee: int
    difficulty: int
    extra_data: bytes = b""
    nonce: int = 0  # the PoW seal

    def seal_fields(self) -> list:
        return [
            self.parent_hash, EMPTY_LIST_HASH, self.miner, self.state_root, self.transactions_root,
            self.receipts_root, self.logs_bloom, self.difficulty, self.number, self.gas_limit,
            self.gas_used, self.timestamp, self.extra_data, self.base_fee,
        ]

    def seal_hash(self) -> bytes:
        """What proof of work commits to: every field but the nonce."""
        return keccak(encode_rlp(self.seal_fields()))

    def encode(self) -> bytes:
        return encode_rlp(self.seal_fields() + [self.nonce.to_bytes(8, "big")])

    @property
    def hash(self) -> bytes:
        return keccak(self.encode())


@dataclass(slots=True)
class Block:
    header: Header
    transactions: list[Transaction]
    receipts: list[Receipt] = field(default_factory=list)
    total_difficulty: int = 0
    hash: bytes = b""
    dev_ops: list = field(default_factory=list)  # dev chains' on-chain set-balance operations

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = self.header.hash

    @property
    def number(self) -> int:
        return self.header.number


def bloom_of(logs) -> bytes:
    """Ethereum's 2048-bit logs bloom (3 bits per address and topic)."""
    bits = 0
    for lg in logs:
        for item in (lg.address, *lg.topics):
            h = keccak(item)
            for i in (0, 2, 4):
                bits |= 1 << ((h[i] << 8 | h[i + 1]) & 2047)
    return bits.to_bytes(256, "big")


def merkle_root(leaves: list[bytes]) -> bytes:
    """Binary keccak Merkle root of the leaves, as RFC 6962's Merkle Tree Hash: a leaf is
    hashed as `keccak(0x00 ++ leaf)`, an inner node as `keccak(0x01 ++ left ++ right)`,
    and the last node of an odd level moves up unchanged.

    Used for the transactions and receipts roots: it commits to their order and content
    as Ethereum's tries do, at a cost linear in the block's size. Bitcoin's tree repeats
    the last node of an odd level instead, so `[a, b, c]` and `[a, b, c, c]` share a root
    (CVE-2012-2459) and a peer could relay a real header with a forged body; here no two
    lists of leaves share a root without a keccak collision (the prefixes keep a leaf
    from passing for an inner node, and nothing is ever duplicated)."""
    if not leaves:
        return keccak(b"")
    level = [keccak(b"\x00" + x) for x in leaves]
    while len(level) > 1:
        paired = [keccak(b"\x01" + level[i] + level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]
