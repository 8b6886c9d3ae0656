"""Named gas constants.

Every figure is Ethereum's (Cancun schedule: EIP-2929 warm/cold access, EIP-2200/3529
storage pricing and refunds, EIP-3860 init-code words) wherever the operation has an
Ethereum twin, so gas figures from the Coin VM compare with the EVM's. The few Coin-only
operations are priced like their nearest Ethereum equivalent; each says which.
"""

# Tiers of the yellow paper.
G_ZERO = 0
G_JUMPDEST = 1
G_BASE = 2
G_VERYLOW = 3
G_LOW = 5
G_MID = 8
G_HIGH = 10

# Exponentiation: 10 + 50 per byte of exponent.
G_EXP = 10
G_EXP_BYTE = 50

# Memory: 3 per word plus words**2 / 512 (total cost of the high-water mark).
G_MEMORY = 3
G_QUAD_COEFF_DIV = 512
G_COPY = 3  # per word copied (CALLDATACOPY, MCOPY, DATACOPY, RETURNDATACOPY)

# Hashing.
G_KECCAK256 = 30
G_KECCAK256_WORD = 6

# Ethereum's precompiles, as Coin instructions (the precompile's own price, without the
# CALL around it): ecrecover (0x01) and sha256 (0x02).
G_ECRECOVER = 3000
G_SHA256 = 60
G_SHA256_WORD = 12

# State access (EIP-2929).
G_WARM_ACCESS = 100
G_COLD_ACCOUNT_ACCESS = 2600
G_COLD_SLOAD = 2100

# Storage writes (EIP-2200 with EIP-2929 and EIP-3529).
G_SSET = 20000
G_SRESET = 2900  # 5000 - G_COLD_SLOAD
R_SCLEAR = 4800
G_CALL_STIPEND = 2300  # SSTORE fails when gas left is at or below this (EIP-2200 sentry)
MAX_REFUND_QUOTIENT = 5  # refunds capped at gas used / 5 (EIP-3529)

# Logs.
G_LOG = 375
G_LOG_TOPIC = 375
G_LOG_DATA = 8  # per byte

# Calls.
G_CALL_VALUE = 9000
G_NEW_ACCOUNT = 25000
CALL_GAS_RETAINED_DIVISOR = 64  # the 63/64 rule (EIP-150)

# Internal function calls: priced like EOF's CALLF / RETF (EIP-4750).
G_CALLF = 5
G_RETF = 3

# Transactions and contract creation.
G_TRANSACTION = 21000
G_TX_CREATE = 32000
G_TX_DATA_ZERO = 4
G_TX_DATA_NONZERO = 16
G_INITCODE_WORD = 2  # EIP-3860
G_CODE_DEPOSIT = 200  # per byte of deployed code
MAX_CODE_SIZE = 24576  # EIP-170
MAX_INITCODE_SIZE = 2 * MAX_CODE_SIZE  # EIP-3860

# Limits.
STACK_LIMIT = 1024
RETURN_STACK_LIMIT = 1024
CALL_DEPTH_LIMIT = 1024


def memory_cost(words: int) -> int:
    """Total cost of a memory of `words` 32-byte words."""
    return G_MEMORY * words + words * words // G_QUAD_COEFF_DIV


def intrinsic_gas(data: bytes, is_create: bool) -> int:
    """Gas every transaction pays before execution: 21000, calldata, creation."""
    zeros = data.count(0)
    gas = G_TRANSACTION + zeros * G_TX_DATA_ZERO + (len(data) - zeros) * G_TX_DATA_NONZERO
    if is_create:
        gas += G_TX_CREATE + G_INITCODE_WORD * ((len(data) + 31) // 32)
    return gas
