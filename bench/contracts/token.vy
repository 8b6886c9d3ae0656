# pragma version ~=0.4.3
# The twin of contracts/demo_token.coin (DemoToken on the Token base) for the benchmarks:
# an ERC-20 with balances, allowances, Transfer/Approval events, the same revert reasons,
# the whole initial supply minted to the deployer.

event Transfer:
    sender: indexed(address)
    receiver: indexed(address)
    value: uint256

event Approval:
    owner: indexed(address)
    spender: indexed(address)
    value: uint256

name: public(String[32])
symbol: public(String[32])
decimals: public(uint256)
totalSupply: public(uint256)
balanceOf: public(HashMap[address, uint256])
allowance: public(HashMap[address, HashMap[address, uint256]])


@deploy
def __init__(initial_supply: uint256):
    self.name = "Demo Token"
    self.symbol = "DEMO"
    self.decimals = 18
    self._mint_to(msg.sender, initial_supply)


@internal
def _move_tokens(sender: address, receiver: address, amount: uint256):
    assert receiver != empty(address), "transfer to the zero address"
    held: uint256 = self.balanceOf[sender]
    assert held >= amount, "transfer amount exceeds balance"
    self.balanceOf[sender] = held - amount
    self.balanceOf[receiver] += amount
    log Transfer(sender=sender, receiver=receiver, value=amount)


@internal
def _mint_to(receiver: address, amount: uint256):
    assert receiver != empty(address), "mint to the zero address"
    self.totalSupply += amount
    self.balanceOf[receiver] += amount
    log Transfer(sender=empty(address), receiver=receiver, value=amount)


@external
def transfer(receiver: address, amount: uint256) -> bool:
    self._move_tokens(msg.sender, receiver, amount)
    return True


@external
def approve(spender: address, amount: uint256) -> bool:
    assert spender != empty(address), "approve to the zero address"
    self.allowance[msg.sender][spender] = amount
    log Approval(owner=msg.sender, spender=spender, value=amount)
    return True


@external
def transferFrom(sender: address, receiver: address, amount: uint256) -> bool:
    allowed: uint256 = self.allowance[sender][msg.sender]
    if allowed != max_value(uint256):
        assert allowed >= amount, "insufficient allowance"
        self.allowance[sender][msg.sender] = allowed - amount
    self._move_tokens(sender, receiver, amount)
    return True
