# pragma version ~=0.4.3
# The twin of bench/contracts/loop.coin: a loop of checked arithmetic on locals.

@external
def run(n: uint256) -> uint256:
    acc: uint256 = 1
    for i: uint256 in range(n, bound=1000000):
        acc = (acc * 31 + i) % 1000000007
        if acc % 3 == 0:
            acc += 7
    return acc
