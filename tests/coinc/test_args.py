"""The command-line argument grammar (`coinc send/call/deploy` arguments)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coinc.args import MAX_DEPTH, convert, parse_int, split_call
from coinc.errors import UserError

INTS = [
    ("42", 42), ("1_000", 1000), ("0xff", 255), ("0XFF", 255), ("1e18", 10**18),
    ("2**256-1", 2**256 - 1), ("2**64", 2**64), ("1.5 ether", 15 * 10**17), ("3 gwei", 3 * 10**9),
    ("(2**64) * 3 gwei", 3 * 2**64 * 10**9), ("0x10 gwei", 16 * 10**9), ("7 wei", 7),
    ("1+" * 5000 + "1", 5001), ("2 ** 3 ** 2", 2**9), ("-2**2+5", 1), ("2**64 ether", 2**64 * 10**18),
    ("1 ether + 5 gwei", 10**18 + 5 * 10**9), ("2**-0", 1),
]


@pytest.mark.parametrize("text,value", INTS)
def test_integers_as_users_write_them(text, value):
    assert parse_int(text, signed=True) == value


@pytest.mark.parametrize("text,needle", [
    ("1.5 wei", "not a whole number of wei"),
    ("5 foo", "unknown unit `foo`"),
    ("2**99999", "too large"), ("1e99999", "too large"), ("2**-1", "exponents must be whole"),
    ("abc", "cannot read the number `abc`"),
    ("1..2", "unexpected `.` at column 2"),
    ("2**", "ends too early"),
    ("(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1), "nests brackets"),
    ("-1", "negative, but the parameter is unsigned"),
    ("9" * 200_000, "at most 100,000 are read"),
])
def test_bad_integers_are_named(text, needle):
    with pytest.raises(UserError, match=needle):
        parse_int(text)


@given(st.integers(min_value=0, max_value=2**256 - 1))
def test_decimal_and_hex_round_trip(n):
    assert parse_int(str(n)) == n == parse_int(hex(n))


@pytest.mark.parametrize("text,name,args", [
    ('transfer(0xabc, "b, c", [1,2], (3,(4,5)))', "transfer", ["0xabc", '"b, c"', "[1,2]", "(3,(4,5))"]),
    ("approve(@2, 0xff)", "approve", ["@2", "0xff"]),
    ("approve(@2, 2**256-1)", "approve", ["@2", "2**256-1"]),
    ("get()", "get", []), ("get", "get", []), ("  f ( 1 ,  2 ) ", "f", ["1", "2"]),
])
def test_calls_split_into_argument_texts(text, name, args):
    assert split_call(text) == (name, args)


@pytest.mark.parametrize("text,needle", [
    ("f(1,,2)", "at `,` \\(column 5\\)"), ("f(", "ends too early"), ('f("x)', "unexpected"),
    ("1abc()", "cannot read the call"),
])
def test_bad_calls_are_named(text, needle):
    with pytest.raises(UserError, match=needle):
        split_call(text)


def test_lists_tuples_and_ranges():
    assert convert("[1, 2, 3]", {"type": "uint256[]", "name": "xs"}, str) == [1, 2, 3]
    tup = {"type": "tuple", "name": "t", "components": [{"type": "uint8"}, {"type": "uint256[2]"}]}
    assert convert("[1, [2, 0x3]]", tup, str) == (1, [2, 3])
    with pytest.raises(UserError, match="does not fit in uint8"):
        convert("256", {"type": "uint8", "name": "x"}, str)
    with pytest.raises(UserError, match="list of 2 values, 3 given"):
        convert("[1,2,3]", {"type": "uint256[2]", "name": "x"}, str)
    with pytest.raises(UserError, match="does not fit in int8"):
        convert("-129", {"type": "int8", "name": "x"}, str)


def test_send_and_call_take_hex_and_power_amounts(tmp_path):
    from click.testing import CliRunner

    from coinc.cli import main
    from lang.compiler import BUNDLED_CONTRACTS

    data = str(tmp_path / "chain")

    def run(*args):
        r = CliRunner().invoke(main, [*args, "--data-dir", data])
        assert r.exit_code == 0, r.output
        return r.output

    run("deploy", str(BUNDLED_CONTRACTS / "demo_token.coin"), "2**64 ether")
    run("send", "DemoToken", "approve(@2, 0xff)")
    assert "255" in run("call", "DemoToken", "allowance(@0, @2)")
    run("send", "DemoToken", "approve(@2, 2**256-1)")
    assert str(2**256 - 1) in run("call", "DemoToken", "allowance(@0, @2)")
    bad = CliRunner().invoke(main, ["send", "DemoToken", "approve(@2, 0xfg)", "--data-dir", data])
    assert bad.exit_code != 0 and "argument `amount`" in bad.output and "Traceback" not in bad.output


def test_a_mined_failure_reports_its_own_reason(tmp_path):
    """An out-of-gas transaction says so (it used to be re-run at the current state with
    more gas and reported as whatever that run did)."""
    from click.testing import CliRunner

    from coinc.cli import main
    from lang.compiler import BUNDLED_CONTRACTS

    data = str(tmp_path / "chain")
    ok = CliRunner().invoke(main, ["deploy", str(BUNDLED_CONTRACTS / "counter.coin"), "10", "--data-dir", data])
    assert ok.exit_code == 0, ok.output
    oog = CliRunner().invoke(main, ["send", "Counter", "bump(5)", "--gas-limit", "30000", "--data-dir", data])
    assert oog.exit_code != 0 and "reverted: out of gas" in oog.output, oog.output
    bad = CliRunner().invoke(main, ["send", "Counter", "bump(0)", "--gas-limit", "200000", "--data-dir", data])
    assert bad.exit_code != 0 and "reverted: by must be positive" in bad.output, bad.output
