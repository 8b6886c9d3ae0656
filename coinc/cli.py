"""The `coinc` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from chain.nesting import load_json
from coinc.errors import UserError
from lang.errors import CompileErrors, InternalCompilerError, render

# wide enough for addresses and hashes when output goes to a file or a pipe
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False, soft_wrap=True, width=None if sys.stderr.isatty() else 200)


def _report_compile_errors(e: CompileErrors) -> None:
    from lang.compiler import BUNDLED_CONTRACTS  # noqa: F401  (keeps import order stable)

    sources: dict[str, str] = {}
    for error in e.errors:
        f = error.span.file
        if f not in sources:
            try:
                sources[f] = Path(f).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                sources[f] = ""
        err.print(render(error, sources), markup=False)
    n = len(e.errors)
    err.print(f"{n} error{'s' if n != 1 else ''}; nothing was written", markup=False)


class CoincGroup(click.Group):
    """Turns every error a user can cause into a message and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CompileErrors as e:
            _report_compile_errors(e)
            sys.exit(1)
        except UserError as e:
            err.print(f"error: {e}", markup=False)
            sys.exit(e.exit_code)
        except InternalCompilerError as e:
            err.print(str(e), markup=False)
            sys.exit(70)
        except KeyboardInterrupt:
            err.print("interrupted", markup=False)
            sys.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as e:  # a bug in coinc: say so, without a traceback
            if os.environ.get("COINC_DEBUG"):
                raise
            err.print(f"internal error: {type(e).__name__}: {e}\n"
                      "this is a bug in coinc; run with COINC_DEBUG=1 for the traceback", markup=False)
            sys.exit(70)


@click.group(cls=CoincGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coinc", prog_name="coinc")
def main() -> None:
    """Coin: write stablecoin contracts, compile them for a gas-metered VM, run them."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out-dir", "-o", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
              show_default=True, help="Where to write <Contract>.json artifacts.")
@click.option("--contract", "only", help="Only this contract of FILE.")
@click.option("--asm", "show_asm", is_flag=True, help="Print an assembly listing with source lines.")
@click.option("--target", type=click.Choice(["coin", "evm"]), default="coin", show_default=True,
              help="Code target: the Coin VM, or the EVM (via generated Vyper; writes <Contract>.evm.json).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing on success.")
def compile(file: Path, out_dir: Path, only: str | None, show_asm: bool, target: str, quiet: bool) -> None:
    """Compile FILE and write one artifact per contract."""
    from lang.compiler import compile_file

    contracts = compile_file(file, only=only)
    if only is not None and not contracts:
        raise UserError(f"{file} has no contract named `{only}`")
    if not contracts:
        if not quiet:
            out.print(f"{file} declares no contract: checked, nothing to write", markup=False)
        return
    if show_asm:
        if target == "evm":
            for name, art in _evm_artifacts(contracts).items():
                out.print(f"# ---- {name}: generated Vyper\n{art['vyperSource']}", markup=False)
            return
        for c in contracts:
            out.print(c.listing(), markup=False)
        return
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UserError(f"cannot create output directory {out_dir}: {e.strerror}") from None
    written = []
    artifacts = {c.name: c.artifact() for c in contracts} if target == "coin" else _evm_artifacts(contracts)
    for c in contracts:
        path = out_dir / (f"{c.name}.json" if target == "coin" else f"{c.name}.evm.json")
        tmp = path.with_suffix(".json.tmp")
        try:
            tmp.write_text(json.dumps(artifacts[c.name], indent=2) + "\n", encoding="utf-8")
            tmp.replace(path)
        except OSError as e:
            raise UserError(f"cannot write {path}: {e.strerror}") from None
        written.append((c, path))
    if not quiet:
        table = Table(title=f"compiled {file}", show_edge=False)
        table.add_column("contract")
        table.add_column("runtime bytes", justify="right")
        table.add_column("init bytes", justify="right")
        table.add_column("artifact")
        for c, path in written:
            if target == "coin":
                table.add_row(c.name, str(len(c.deployed_bytecode)), str(len(c.container.init)), str(path))
            else:
                art = artifacts[c.name]
                table.add_row(c.name, str(len(art["deployedBytecode"]) // 2 - 1),
                              str(len(art["bytecode"]) // 2 - 1), str(path))
        out.print(table)


def _evm_artifacts(contracts) -> dict[str, dict]:
    """EVM artifacts of every contract, all checked before anything is written."""
    from lang.errors import CompileErrors as _CE
    from lang.evm import compile_evm

    arts: dict[str, dict] = {}
    errors = []
    for c in contracts:
        try:
            arts[c.name] = compile_evm(c)
        except _CE as e:
            errors.extend(e.errors)
    if errors:
        raise _CE(errors)
    return arts


@main.command()
@click.argument("source")
def disasm(source: str) -> None:
    """Disassemble an artifact (.json), a hex string, or a binary file of code."""
    from vm.disasm import format_listing

    code = _read_code(source)
    if _is_evm_artifact(source):  # the EVM target's artifact: EVM opcodes, not the Coin VM's
        from lang.evm_disasm import evm_listing

        out.print(evm_listing(code), markup=False)
        return
    out.print(format_listing(code), markup=False)


def _is_evm_artifact(source: str) -> bool:
    p = Path(source)
    if p.suffix != ".json" or not p.is_file():
        return False
    try:
        art = load_json(p.read_bytes(), what=str(p))
    except ValueError:
        return False
    compiler = art.get("compiler") if isinstance(art, dict) else None
    return isinstance(compiler, dict) and compiler.get("target") == "evm"


def _read_code(source: str) -> bytes:
    p = Path(source)
    text: str
    if p.is_file():
        raw = p.read_bytes()
        if p.suffix == ".json":
            try:
                art = load_json(raw, what=str(p))
                text = art["bytecode"] if isinstance(art, dict) else ""
            except (ValueError, KeyError):
                raise UserError(f"{p} is not a coinc artifact (no `bytecode` field)") from None
        else:
            try:
                text = raw.decode("ascii").strip()
            except UnicodeDecodeError:
                return raw
    else:
        text = source
    text = text.strip()
    if text.startswith(("0x", "0X")):
        text = text[2:]
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise UserError(f"`{source[:40]}` is neither a file nor hex code") from None


@main.command()
@click.option("--out-dir", "-o", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
              show_default=True)
def demo(out_dir: Path) -> None:
    """Compile every bundled contract and run the Counter example on the VM."""
    from coinc.demo import run_demo

    run_demo(out, out_dir)


from coinc import chain_cmds  # noqa: E402  (commands register on `main`)

chain_cmds.register(main, out, err)
chain_cmds.register_compare(main, out, err)

from coinc.stress import cli as stress_cli  # noqa: E402

stress_cli.register(main, out, err)

from coinc import testcmd  # noqa: E402

testcmd.register(main)

from coinc import editor_cmds  # noqa: E402

editor_cmds.register(main, out, err)

from coinc import cbc as cbc_cli  # noqa: E402

cbc_cli.register(main, out, err)

if __name__ == "__main__":  # pragma: no cover
    main()
