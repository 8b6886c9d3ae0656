# pragma version ~=0.4.3
# The twin of contracts/counter.coin: a counter with an owner and per-user totals.

event Bumped:
    who: indexed(address)
    by: uint256
    total: uint256

owner: address
count: uint256
per_user: HashMap[address, uint256]


@deploy
def __init__(start: uint256):
    self.owner = msg.sender
    self.count = start


@external
def bump(by: uint256) -> uint256:
    assert by > 0, "by must be positive"
    self.count += by
    self.per_user[msg.sender] += by
    log Bumped(who=msg.sender, by=by, total=self.count)
    return self.count


@external
@view
def get() -> uint256:
    return self.count


@external
@view
def of(who: address) -> uint256:
    return self.per_user[who]
