"""Compile time: every bundled Coin contract next to vyper compiling its twin.

Each `contracts/*.coin` file (plus the bench's own `bench/contracts/loop.coin`) is
compiled in-process with `lang.compiler.compile_file`, and its Vyper twin in
`bench/contracts/` with `vyper.compile_code(src, output_formats=["bytecode", "abi"])`, in
the same run.

* cold: the first compile of the process. For Coin it includes building the Lark parser
  (Lark's own grammar cache on disk may make that cheaper on a second process); for vyper
  whatever it sets up on its first compile. Measured before anything else is compiled.
* warm: the median of several compiles after warm-up runs.

Target: a Coin contract compiles faster than vyper compiles its twin (warm medians).

Run: `python bench/compile_time.py` (about 20 s) or `--quick` (a few seconds).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import vyper
from common import (
    BENCH_CONTRACTS,
    BUNDLED,
    make_table,
    median_seconds,
    ms,
    print_header,
    wide_console,
)
from rich.console import Console

from lang.compiler import compile_file

# Coin file name -> its Vyper twin in bench/contracts/ (token.vy is the twin of DemoToken,
# the Token base plus a constructor minting the supply; Token alone has no Vyper twin
# closer than that).
TWINS = {
    "counter.coin": "counter.vy",
    "token.coin": "token.vy",
    "demo_token.coin": "token.vy",
    "loop.coin": "loop.vy",
}


@dataclass
class Row:
    coin_file: Path
    contracts: str
    coin_cold: float
    coin_warm: float
    twin: Path | None
    vyper_cold: float | None = None
    vyper_warm: float | None = None


def coin_files() -> list[Path]:
    return [*sorted(BUNDLED.glob("*.coin")), BENCH_CONTRACTS / "loop.coin"]


def compile_coin(path: Path) -> Callable[[], object]:
    return lambda: compile_file(path)


def compile_vyper(path: Path) -> Callable[[], object]:
    source = path.read_text()
    return lambda: vyper.compile_code(source, output_formats=["bytecode", "abi"])


def timed_once(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def parser_build_seconds() -> float | None:
    """Time to build the Lark parser again (None if lang.parser has no cached `_lark`)."""
    try:
        from lang import parser

        build = parser._lark
        build.cache_clear()
    except (ImportError, AttributeError):
        return None
    return timed_once(build)[0]


def measure(repeats: int, warmup: int, console: Console) -> list[Row]:
    files = coin_files()
    twins = {f: BENCH_CONTRACTS / TWINS[f.name] if f.name in TWINS else None for f in files}

    # cold: the first compile of each file, Coin's first file and vyper's first twin
    # being the first compiles of their compiler in this process
    # (later files' cold figures are their first compile, the parser built already)
    coin_cold = {f: timed_once(compile_coin(f)) for f in files}
    vyper_cold = {t: timed_once(compile_vyper(t))[0] for t in dict.fromkeys(twins.values()) if t}

    rows = []
    for f in files:
        cold, compiled = coin_cold[f]
        contracts = ", ".join(c.name for c in compiled)  # type: ignore[attr-defined]
        row = Row(f, contracts, cold, median_seconds(compile_coin(f), repeats, warmup), twins[f])
        if row.twin is not None:
            row.vyper_cold = vyper_cold[row.twin]
            row.vyper_warm = median_seconds(compile_vyper(row.twin), repeats, warmup)
        console.print(f"[dim]  {f.name}: done[/dim]")
        rows.append(row)
    return rows


def report(console: Console, rows: list[Row], repeats: int, parser_build: float | None) -> None:
    table = make_table(
        f"Compile time, in-process (warm = median of {repeats})",
        ["Coin file", "contracts", "Coin cold", "Coin warm", "Vyper twin", "vyper cold",
         "vyper warm", "coin / vyper", "faster?"],
        right_from=2,
    )
    met = True
    for r in rows:
        if r.vyper_warm is None:
            table.add_row(r.coin_file.name, r.contracts, ms(r.coin_cold), ms(r.coin_warm),
                          "(none)", "", "", "", "")
            continue
        ratio = r.coin_warm / r.vyper_warm
        faster = ratio < 1
        met &= faster
        table.add_row(
            r.coin_file.name, r.contracts, ms(r.coin_cold), ms(r.coin_warm), r.twin.name,
            ms(r.vyper_cold or 0.0), ms(r.vyper_warm), f"{ratio:.3f}",
            "[green]yes[/]" if faster else "[red]no[/]",
        )
    console.print(table)
    console.print(
        f"  cold = the file's first compile; {rows[0].coin_file.name} was the first Coin compile "
        "of the process (it built the Lark parser), the first vyper twin likewise for vyper\n"
        "  building the Lark parser alone (lang.parser._lark again, Lark's disk cache on): "
        f"{ms(parser_build) if parser_build is not None else 'n/a'}\n"
        "  token.vy is the twin of DemoToken (the Token base plus a minting constructor); it "
        "also stands for token.coin.\n"
    )
    verdict = "[bold green]MET[/]" if met else "[bold red]NOT MET[/]"
    console.print(f"Target: every Coin contract compiles faster than vyper compiles its twin "
                  f"(warm medians) -> {verdict}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: a few seconds")
    args = parser.parse_args(argv)
    repeats, warmup = (3, 1) if args.quick else (15, 2)
    console = wide_console()
    print_header(console, "Compile time: coinc vs vyper " + vyper.__version__
                 + (" (quick)" if args.quick else ""))
    t0 = time.perf_counter()
    rows = measure(repeats, warmup, console)
    console.print()
    report(console, rows, repeats, parser_build_seconds())
    console.print(f"[dim]total {time.perf_counter() - t0:.1f} s[/dim]")


if __name__ == "__main__":
    main()
