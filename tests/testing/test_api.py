"""coinc.testing's public API on a real in-process chain: calls, transactions, reverts,
events, cheat codes, isolation, and the messages for a user's mistakes."""

from __future__ import annotations

import pytest

from coinc.testing import T0, CompileFailed, Reverted, expect_events, reverts

SOURCE = '''
struct Point {
    x: uint
    y: uint
}

contract Probe {
    storage owner: address
    storage count: uint
    storage stamp: uint

    event Bumped(who: address indexed, by: uint, total: uint)

    init(start: uint) {
        self.owner = msg.sender
        self.count = start
    }

    pub fn bump(by: uint) -> uint {
        require(by > 0, "by must be positive")
        self.count += by
        emit Bumped(msg.sender, by, self.count)
        return self.count
    }

    pub fn shrink(by: uint) -> uint {
        self.count -= by
        return self.count
    }

    pub fn only_owner() {
        require(msg.sender == self.owner, "caller is not the owner")
    }

    pub fn remember_time() {
        self.stamp = block.timestamp
    }

    pub view fn stamp_of() -> uint {
        return self.stamp
    }

    pub view fn get() -> uint {
        return self.count
    }

    pub view fn point() -> Point {
        return Point(x: self.count, y: 2)
    }
}
'''


@pytest.fixture(scope="module")
def probe(env):
    return env.loads(SOURCE, 10)


def test_views_and_transactions_return_python_values(probe, accounts):
    assert probe.get() == 10
    assert probe.bump(5, sender=accounts[1]) == 15
    assert probe.get() == 15
    p = probe.point()
    assert (p.x, p.y) == (15, 2) and type(p).__name__ == "Point"


def test_module_fixture_state_is_fresh_in_every_test(probe):
    # the previous test bumped to 15; its changes were reverted
    assert probe.get() == 10


def test_transact_gives_gas_and_events(probe, env, accounts):
    tx = probe.bump.transact(3, sender=accounts[2])
    assert tx.value == 13 and tx.gas_used > 21_000 and env.last is tx
    assert tx.events(probe, "Bumped") == [{"who": accounts[2].address.lower(), "by": 3, "total": 13}]
    expect_events(None, probe, "Bumped", who=accounts[2], total=13)
    with pytest.raises(AssertionError, match="no Probe.Bumped event"):
        expect_events(None, probe, "Bumped", total=14)


def test_reverts_by_message_and_panic(probe, accounts):
    with reverts("by must be positive"):
        probe.bump(0)
    with reverts(panic=0x11):
        probe.shrink(11)
    with reverts("caller is not the owner"):
        probe.only_owner(sender=accounts[3])
    with pytest.raises(AssertionError, match="did not revert"), reverts("anything"):
        probe.bump(1)
    with pytest.raises(AssertionError, match="expected 'other'"), reverts("other"):
        probe.bump(0)
    with pytest.raises(Reverted) as e:
        probe.shrink(12)  # count is 11 after the bump above
    assert e.value.panic == 0x11 and e.value.message.startswith("panic: arithmetic")


def test_prank_sets_the_default_sender(probe, env, accounts):
    with env.prank(accounts[4]):
        with reverts("caller is not the owner"):
            probe.only_owner()
        probe.bump(1)
        assert env.last.receipt.sender == bytes.fromhex(accounts[4].address[2:])
    probe.only_owner()  # accounts[0] again


def test_time_blocks_balances_and_snapshots(probe, env, accounts):
    assert env.now() == T0
    env.travel(100)
    probe.remember_time()
    assert probe.stamp_of() == T0 + 100
    env.warp(T0 + 5_000)
    assert env.now() == T0 + 5_000
    height = env.block_number
    env.mine(3)
    assert env.block_number == height + 3
    env.set_balance(accounts[5], 123)
    assert env.balance(accounts[5]) == 123
    sid = env.snapshot()
    probe.bump(1)
    env.revert(sid)
    assert probe.get() == 10
    with env.anchor():
        probe.bump(7)
        assert probe.get() == 17
    assert probe.get() == 10
    fresh = env.generate_account(10**20)
    assert env.balance(fresh) == 10**20
    assert probe.bump(1, sender=fresh) == 11


def test_wrong_argument_names_function_parameter_and_type(probe):
    with pytest.raises(TypeError, match=r"Probe.bump\(uint256\): parameter `by` expects ABI type uint256, got 'x'"):
        probe.bump("x")
    with pytest.raises(TypeError, match="takes 1 argument"):
        probe.bump(1, 2)
    with pytest.raises(AttributeError, match="did you mean `bump`"):
        probe.bumpp(1)


def test_compile_errors_are_the_compilers_rendered_messages(env):
    with pytest.raises(CompileFailed) as e:
        env.loads("contract X {\n    pub fn f() -> uint { return y }\n}\n")
    text = str(e.value)
    assert "<source>:2:33: error: unknown name `y`" in text
    assert "    2 |     pub fn f() -> uint { return y }" in text and "^" in text


def test_load_a_file_and_the_bundled_contracts(env, tmp_path):
    path = tmp_path / "probe.coin"
    path.write_text(SOURCE, encoding="utf-8")
    c = env.load(path, 4, name="Probe")
    assert c.get() == 4
    assert env.deploy("MintableToken", "T", "T", 18).decimals() == 18
    with pytest.raises(CompileFailed, match="no such file"):
        env.load(tmp_path / "missing.coin")
