"""The compiler as named stages, one name per artifact:

    source   -> module     (lang.parser)     text to AST, per file, imports followed
    modules  -> checked    (lang.check)      types, names, storage layout, rules; the
                                             `lang.checked` records, final per contract
    checked  -> assembly   (lang.codegen)    instructions with spans, per code section
    assembly -> bytecode   (vm.asm)          the code container and a source map

`compile_file` / `compile_source` run them all and return one `CompiledContract` per
contract of the root file; user errors arrive as `CompileErrors`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from lang import ast, limits
from lang.abi import contract_abi, keccak
from lang.check import check
from lang.checked import CheckedContract
from lang.codegen import ContractAssembly, Section, generate
from lang.errors import CoinError, CompileErrors, ImportError_, InternalCompilerError, Span
from lang.parser import parse
from vm.asm import AsmError, Assembled, Instr, assemble
from vm.container import Container

COMPILER_NAME = "coinc"
BUNDLED_CONTRACTS = Path(__file__).resolve().parent.parent / "contracts"


def compiler_version() -> str:
    try:
        from importlib.metadata import version

        return version("coinc")
    except Exception:  # not installed (running from a checkout)
        return "0.1.0"


@dataclass
class AssembledSection:
    section: Section
    assembled: Assembled

    def instructions(self):
        """(pc, Instr, span) for every instruction, in order."""
        for item, span, pc in zip(self.section.items, self.section.spans, self.assembled.offsets,
                                  strict=True):
            if isinstance(item, Instr):
                yield pc, item, span


@dataclass
class CompiledContract:
    name: str
    checked: CheckedContract
    abi: list[dict]
    container: Container
    runtime: AssembledSection
    init: AssembledSection
    sources: dict[str, str]  # file -> text, every file the contract was built from

    @property
    def bytecode(self) -> bytes:
        """What a deployment transaction carries (constructor arguments follow it)."""
        return self.container.encode()

    @property
    def deployed_bytecode(self) -> bytes:
        return self.container.deployed().encode()

    def source_files(self) -> list[str]:
        return list(self.sources)

    def source_map(self, which: str) -> str:
        """Solidity-style compressed map `start:length:file:jump` per instruction."""
        sec = self.runtime if which == "runtime" else self.init
        files = {f: i for i, f in enumerate(self.sources)}
        out: list[str] = []
        prev: tuple = (None, None, None, None)
        for _pc, instr, span in sec.instructions():
            if span is None:
                cur = (-1, -1, -1, "-")
            else:
                jump = "i" if instr.mnemonic == "CALLF" else ("o" if instr.mnemonic == "RETF" else "-")
                cur = (span.start, span.end - span.start, files.get(span.file, -1), jump)
            fields = ["" if c == p else str(c) for c, p in zip(cur, prev, strict=True)]
            while fields and fields[-1] == "":
                fields.pop()
            out.append(":".join(fields))
            prev = cur
        return ";".join(out)

    def span_at(self, which: str, pc: int) -> Span | None:
        """The source span of the instruction at `pc` of a section."""
        sec = self.runtime if which == "runtime" else self.init
        for ipc, _instr, span in sec.instructions():
            if ipc == pc:
                return span
        return None

    def storage_layout(self) -> dict:
        return {
            "storage": [
                {"label": v.name, "slot": v.slot, "type": str(v.ty), "contract": v.contract,
                 "slots": v.ty.words if hasattr(v.ty, "fields") else 1}
                for v in sorted(self.checked.storage.values(), key=lambda v: v.slot)
            ]
        }

    def artifact(self) -> dict:
        main_source = self.sources.get(self.checked.file, "")
        return {
            "contractName": self.name,
            "abi": self.abi,
            "bytecode": "0x" + self.bytecode.hex(),
            "deployedBytecode": "0x" + self.deployed_bytecode.hex(),
            "sourceMap": {"init": self.source_map("init"), "runtime": self.source_map("runtime")},
            "sources": self.source_files(),
            "sourceFile": self.checked.file,
            "storageLayout": self.storage_layout(),
            "methodIdentifiers": {
                f.signature: f.selector.hex() for f in self.checked.functions.values()
                if f.is_pub and f.name != "receive"
            },
            "events": {ev.signature: "0x" + ev.topic0.to_bytes(32, "big").hex()
                       for ev in self.checked.events.values()},
            "compiler": {"name": COMPILER_NAME, "version": compiler_version(), "target": "coin-vm"},
            "sourceHash": {
                "keccak256": "0x" + keccak(main_source.encode()).hex(),
                "sha256": hashlib.sha256(main_source.encode()).hexdigest(),
            },
        }

    def listing(self) -> str:
        """Readable assembly with the source line of each instruction."""
        lines: list[str] = [f"; contract {self.name}"]
        for title, sec in (("runtime", self.runtime), ("init", self.init)):
            lines.append(f"; ---- {title} section ({len(sec.assembled.code)} bytes)")
            last_line = None
            label_at: dict[int, list[str]] = {}
            for name, pc in sec.assembled.labels.items():
                label_at.setdefault(pc, []).append(name)
            shown: set[str] = set()
            for item, span, pc in zip(sec.section.items, sec.section.spans, sec.assembled.offsets, strict=True):
                if not hasattr(item, "mnemonic"):
                    if item.name not in shown:
                        lines.append(f"{item.name}:")
                        shown.add(item.name)
                    continue
                if span is not None and (span.file, span.line) != last_line:
                    text = self.sources.get(span.file, "").splitlines()
                    src = text[span.line - 1].strip() if 0 < span.line <= len(text) else ""
                    lines.append(f"    ; {Path(span.file).name}:{span.line}: {src}")
                    last_line = (span.file, span.line)
                arg = "" if item.arg is None else (f" @{item.arg}" if isinstance(item.arg, str)
                                                   else f" {_fmt_arg(item)}")
                lines.append(f"  {pc:05x}  {item.mnemonic}{arg}")
        if self.container.data:
            lines.append(f"; ---- data section ({len(self.container.data)} bytes)")
            d = self.container.data
            for i in range(0, len(d), 32):
                lines.append(f"  {i:05x}  {d[i:i + 32].hex()}")
        return "\n".join(lines)


def _fmt_arg(item) -> str:
    if item.mnemonic == "PUSH" and isinstance(item.arg, int) and item.arg > 0xFFFF:
        return hex(item.arg)
    return str(item.arg)


# ------------------------------------------------------------------ stages


def load_modules(root_file: str, root_source: str, search_paths: list[Path] | None = None) -> list[ast.Module]:
    """Stage 1 for a file and everything it imports: each file once, an import of a file
    still being loaded further up reported as a cycle, the import depth, the number of
    files and struct nesting bounded (`lang.limits`)."""
    errors: list[CoinError] = []
    modules: list[ast.Module] = []
    seen: set[str] = set()
    loading: list[str] = []  # keys of the files being loaded, root first
    names: dict[str, str] = {}  # key -> the name errors show
    search = [*(search_paths or []), Path.cwd(), BUNDLED_CONTRACTS]

    def visit(file: str, source: str, key: str) -> None:
        seen.add(key)
        names[key] = file
        try:
            module = parse(source, file)
        except CoinError as e:
            errors.append(e)
            return
        modules.append(module)
        base = Path(file).parent if not file.startswith("<") else Path.cwd()
        loading.append(key)
        for imp in module.imports:
            target = _resolve_import(imp.path, base, search)
            if isinstance(target, str):
                errors.append(ImportError_(f"cannot look up imported file \"{imp.path}\": {target}", imp.span))
                continue
            if target is None:
                errors.append(ImportError_(
                    f"cannot find imported file \"{imp.path}\"", imp.span,
                    "imports are looked up next to the importing file, then in the current "
                    "directory, then among the bundled contracts"))
                continue
            target_key = str(target.resolve())
            if target_key in loading:
                errors.append(limits.import_cycle([names[k] for k in loading], names[target_key], imp.span))
                continue
            if target_key in seen:
                continue
            if len(loading) > limits.MAX_IMPORT_DEPTH:
                errors.append(ImportError_(f"imports nested more than {limits.MAX_IMPORT_DEPTH} files deep",
                                           imp.span))
                continue
            if len(seen) >= limits.MAX_FILES:
                errors.append(ImportError_(f"more than {limits.MAX_FILES} files in one compilation", imp.span))
                continue
            try:
                text = target.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                errors.append(ImportError_(f"cannot read \"{imp.path}\": {exc}", imp.span))
                continue
            visit(_display_path(target), text, target_key)
        loading.pop()

    root_key = str(Path(root_file).resolve()) if not root_file.startswith("<") else root_file
    visit(root_file, root_source, root_key)
    if not errors:
        try:
            limits.check_declaration_depth(modules)
        except CoinError as e:
            errors.append(e)
    if errors:
        raise CompileErrors(errors)
    return modules


def _display_path(p: Path) -> str:
    try:
        return str(p.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(p.resolve())


def _resolve_import(path: str, base: Path, search: list[Path]) -> Path | str | None:
    """The file an import names, None if there is none, or why the lookup failed."""
    for root in [base, *search]:
        candidate = (root / path)
        try:
            if candidate.is_file():
                return candidate
        except (OSError, ValueError) as e:  # a name too long for this file system, ...
            return e.strerror if isinstance(e, OSError) and e.strerror else str(e)
    return None


def assemble_contract(asm: ContractAssembly) -> tuple[Container, Assembled, Assembled]:
    try:
        runtime = assemble(asm.runtime.items)
        init = assemble(asm.init.items)
    except AsmError as e:
        raise InternalCompilerError(f"assembler: {e}") from e
    return Container(runtime.code, init.code, asm.data), runtime, init


def compile_source(source: str, file: str = "<source>", search_paths: list[Path] | None = None,
                   only: str | None = None, optimize: bool = True) -> list[CompiledContract]:
    """All stages for one root file; returns its contracts (or only the one named).
    `optimize=False` turns off codegen's smarter emission orders and the peephole pass."""
    modules = load_modules(file, source, search_paths)
    program = check(modules)
    sources = {m.file: m.source for m in modules}
    out: list[CompiledContract] = []
    for checked in program.contracts:
        if only is not None and checked.name != only:
            continue
        asm = generate(checked, optimize)
        container, runtime, init = assemble_contract(asm)
        out.append(CompiledContract(
            name=checked.name,
            checked=checked,
            abi=contract_abi(checked),
            container=container,
            runtime=AssembledSection(asm.runtime, runtime),
            init=AssembledSection(asm.init, init),
            sources=sources,
        ))
    return out


def compile_file(path: str | Path, search_paths: list[Path] | None = None,
                 only: str | None = None, optimize: bool = True) -> list[CompiledContract]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CompileErrors([ImportError_(f"no such file: {p}", Span(str(p), 1, 1, 1, 1))]) from None
    except (OSError, UnicodeDecodeError) as e:
        raise CompileErrors([ImportError_(f"cannot read {p}: {e}", Span(str(p), 1, 1, 1, 1))]) from None
    return compile_source(text, str(path), search_paths, only, optimize)
