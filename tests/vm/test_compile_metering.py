"""Compile work follows executed work (issue 12, item 7): compiling a block into Python
costs 5 to 150 times stepping it, and the whole program used to be compiled on its
second run, so a cheap call into a 24 KiB contract stalled the node for seconds. Now a
block is compiled alone, after it has run `COMPILE_AFTER` times; code that does not run
is never compiled."""

from __future__ import annotations

import time
from contextlib import contextmanager

import pytest

from tests.vm.conftest import Env, ret_top, word
from vm import analysis, interpreter

# a jump over 16,000 instructions of MLOAD/MSTORE (about 45 us each to compile), then a
# small answer: the call costs a few dozen gas
BIG = "PUSH 0\nMLOAD\nPUSH 32\nMSTORE\n" * 4000
SRC = "PUSH @done\nJUMP\n" + BIG + "STOP\ndone:\nJUMPDEST\nPUSH 7\n" + ret_top()


@contextmanager
def compile_after(runs: int):
    saved = analysis.COMPILE_AFTER
    analysis.COMPILE_AFTER = runs
    analysis._CACHE.clear()
    interpreter._CODE_CACHE.clear()
    try:
        yield
    finally:
        analysis.COMPILE_AFTER = saved
        analysis._CACHE.clear()
        interpreter._CODE_CACHE.clear()


def _lazy():
    """The blocks of the one program that has run."""
    [prog] = [p for p in analysis._CACHE.values() if p.compiled is not None]
    return prog.compiled.lazy


@pytest.mark.parametrize("runs", [0, 3])
def test_code_that_does_not_run_is_never_compiled(runs):
    env = Env()
    env.install(SRC)
    with compile_after(runs):
        for _ in range(runs + 3):
            assert word(env.call()) == 7
        lazy = _lazy()
        big = max(lazy.ends, key=lambda h: lazy.ends[h] - h)
        assert lazy.ends[big] - big >= 16_000  # the block jumped over
        assert lazy.compiled() and big not in lazy.compiled()  # what ran is compiled, not it
        assert sum(len(lines) for lines in lazy.sources) < 100


def test_a_block_is_compiled_only_after_it_has_run_enough():
    env = Env()
    env.install("PUSH 2\nPUSH 3\nADD\n" + ret_top())
    with compile_after(5):
        for n in range(1, 9):
            assert word(env.call()) == 5
            assert bool(_lazy().compiled()) == (n > 5), n


def test_a_cheap_call_into_a_big_contract_does_not_stall():
    """Before: the second call compiled all 16,000 instructions (over a second here)."""
    env = Env()
    env.install(SRC)
    with compile_after(1):
        times = []
        for _ in range(4):
            t = time.perf_counter()
            assert word(env.call()) == 7
            times.append(time.perf_counter() - t)
    assert max(times[1:]) < 0.25, times


def test_stepped_and_compiled_blocks_fail_alike():
    """A block that faults while still stepped reports the same error and pc as compiled."""
    src = "PUSH 1\nPUSH 0\nCDIV\n" + ret_top()
    out = []
    for runs in (10**9, 0):
        env = Env()
        env.install(src)
        with compile_after(runs):
            r = env.call()
        out.append((r.success, type(r.error).__name__, r.error_pc, r.gas_left))
    assert out[0] == out[1] and not out[0][0]
