"""Editor commands: fmt, doc, lsp. Each imports its machinery when it runs, so `coinc`
starts without it."""

from __future__ import annotations

from pathlib import Path

import click

from coinc.errors import UserError


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"no such file: {path}") from None
    except UnicodeDecodeError as e:
        raise UserError(f"{path} is not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise UserError(f"cannot read {path}: {e.strerror}") from None


def register(main: click.Group, out, err) -> None:
    @main.command()
    @click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--check", is_flag=True, help="Change nothing; exit 1 if a file is not formatted.")
    def fmt(files: tuple[Path, ...], check: bool) -> None:
        """Format Coin FILES in place in the one canonical style."""
        from coinc.fmt import format_source
        from lang.errors import CompileErrors

        changed: list[Path] = []
        errors = []
        for path in files:
            source = _read(path)
            try:
                formatted = format_source(source, str(path))
            except CompileErrors as e:  # keep going: report every file that does not parse
                errors.extend(e.errors)
                continue
            if formatted == source:
                continue
            changed.append(path)
            if not check:
                tmp = path.with_name(path.name + ".fmt.tmp")
                try:
                    tmp.write_text(formatted, encoding="utf-8")
                    tmp.replace(path)
                except OSError as e:
                    raise UserError(f"cannot write {path}: {e.strerror}") from None
        verb = "would reformat" if check else "reformatted"
        for path in changed:
            out.print(f"{verb} {path}", markup=False)
        unchanged = len(files) - len(changed) - len(errors)
        out.print(f"{len(changed)} file{'s' if len(changed) != 1 else ''} "
                  f"{'would be reformatted' if check else 'reformatted'}, "
                  f"{unchanged} already formatted", markup=False)
        if errors:
            raise CompileErrors(errors)
        if check and changed:
            raise SystemExit(1)

    @main.command()
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write the Markdown here instead of printing it.")
    def doc(file: Path, output: Path | None) -> None:
        """Write FILE's contract interfaces, with their /// doc comments, as Markdown."""
        from coinc.docgen import module_markdown
        from lang.compiler import compile_source
        from lang.parser import parse

        source = _read(file)
        compile_source(source, str(file))  # document only what compiles: errors as `compile`
        text = module_markdown(parse(source, str(file)))
        if not text:
            raise UserError(f"{file} declares no contract")
        if output is None:
            click.echo(text, nl=False)
            return
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as e:
            raise UserError(f"cannot write {output}: {e.strerror}") from None
        out.print(f"wrote {output}", markup=False)

    @main.command()
    @click.option("--stdio", is_flag=True, help="Talk LSP over stdin/stdout: the only transport, "
                  "accepted because editor clients pass it.")
    def lsp(stdio: bool) -> None:
        """Run the Coin language server (diagnostics, hover, definitions, outline, completion)."""
        try:
            from coinc.lsp.server import serve
        except ModuleNotFoundError as e:
            raise UserError(f"the language server needs {e.name}: pip install pygls") from None
        serve()
