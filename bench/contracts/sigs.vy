# pragma version ~=0.4.3
# The twin of bench/contracts/sigs.coin: EIP-712 signature recovery and a storage DynArray.

struct Permit:
    owner: address
    spender: address
    value: uint256
    nonce: uint256
    deadline: uint256

xs: DynArray[uint256, 64]

PERMIT_TYPEHASH: constant(bytes32) = keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)")


@external
@view
def verify(domain: bytes32, owner: address, spender: address, amount: uint256, nonce: uint256, deadline: uint256,
           v: uint8, r: bytes32, s: bytes32) -> bool:
    h: bytes32 = keccak256(abi_encode(PERMIT_TYPEHASH, owner, spender, amount, nonce, deadline))
    return ecrecover(keccak256(concat(x"1901", domain, h)), v, r, s) == owner


@external
def churn(n: uint256) -> uint256:
    t: uint256 = 0
    for i: uint256 in range(n, bound=100000):
        if len(self.xs) == 64:
            x: uint256 = self.xs.pop()
            t += x
        self.xs.append(i)
    snap: DynArray[uint256, 64] = self.xs
    for x: uint256 in snap:
        t += x
    return t
