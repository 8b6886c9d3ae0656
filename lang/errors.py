"""One error hierarchy for everything a user's source can get wrong, rooted in a
`Span`-carrying `CoinError`, kept apart from `InternalCompilerError` (our bugs).

`render` is the single place that formats an error as::

    file.coin:12:9: error: unknown name `totl`
       12 |         return totl
          |                ^^^^
       = hint: did you mean `total`?
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A region of one source file; lines and columns start at 1, `end_col` is exclusive."""

    file: str
    line: int
    col: int
    end_line: int
    end_col: int
    start: int = 0  # character offsets into the file
    end: int = 0

    def to(self, other: Span) -> Span:
        """The span from the start of self to the end of other."""
        return Span(self.file, self.line, self.col, other.end_line, other.end_col, self.start, other.end)


UNKNOWN_SPAN = Span("<unknown>", 1, 1, 1, 1)


class CoinError(Exception):
    """An error in the user's input, located in their source."""

    kind = "error"

    def __init__(self, message: str, span: Span | None = None, hint: str | None = None,
                 prev: Span | None = None):
        super().__init__(message)
        self.message = message
        self.span = span or UNKNOWN_SPAN
        self.hint = hint
        self.prev = prev  # vyper's `prev_decl`: the earlier declaration a clash is about

    def __str__(self) -> str:
        return f"{self.span.file}:{self.span.line}:{self.span.col}: {self.kind}: {self.message}"


class ParseError(CoinError):
    """The source is not valid Coin syntax."""


class ImportError_(CoinError):
    """An import cannot be found or read, or imports form a cycle."""


class TypeCheckError(CoinError):
    """A well-formed program that breaks a typing, scoping or visibility rule."""


class CompileErrors(Exception):
    """Several independent errors found in one run, reported together."""

    def __init__(self, errors: Iterable[CoinError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


class InternalCompilerError(Exception):
    """A bug in coinc itself, never the user's fault."""

    def __init__(self, message: str, span: Span | None = None):
        super().__init__(
            f"internal compiler error: {message} (this is a bug in coinc, please report it"
            + (f"; while compiling {span.file}:{span.line}:{span.col}" if span else "")
            + ")"
        )


class ReportedElsewhere(Exception):
    """A step that cannot go on because of an error already reported (for example a use of
    a local whose declaration failed): skipped without a second, cascading error."""


class MultiContext:
    """miniwdl's `multi_context`: run independent steps (one declaration, one statement)
    each `with self.attempt():`, so an error in one is recorded and the next one still
    runs; `raise_errors` raises everything found, in source order, as one `CompileErrors`."""

    def __init__(self) -> None:
        self.errors: list[CoinError] = []

    def report(self, err: CoinError) -> None:
        self.errors.append(err)

    def attempt(self) -> Attempt:
        return Attempt(self)

    def raise_errors(self) -> None:
        if self.errors:
            raise CompileErrors(sorted(self.errors, key=lambda e: (e.span.file, e.span.line, e.span.col)))


class Attempt:
    """One step under a `MultiContext`; `failed` says whether it reported an error."""

    __slots__ = ("context", "failed")

    def __init__(self, context: MultiContext):
        self.context = context
        self.failed = False

    def __enter__(self) -> Attempt:
        return self

    def __exit__(self, kind, error, _tb) -> bool:
        if kind is None:
            return False
        if issubclass(kind, CoinError):
            self.context.report(error)
            self.failed = True
            return True
        return issubclass(kind, ReportedElsewhere)


def did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    """The one suggestion helper (the compiler's hints and coinc's command-line errors): a
    hint naming the closest candidate, if one is close enough."""
    matches = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return f"did you mean `{matches[0]}`?" if matches else None


def render(error: CoinError, sources: dict[str, str] | None = None) -> str:
    """Format an error with its source line and a caret under the span."""
    span = error.span
    head = f"{span.file}:{span.line}:{span.col}: {error.kind}: {error.message}"
    lines = [head]
    text = (sources or {}).get(span.file)
    if text is not None:
        src_lines = text.splitlines()
        if 1 <= span.line <= len(src_lines):
            src = src_lines[span.line - 1].replace("\t", " ")
            gutter = f"{span.line:>5} | "
            lines.append(gutter + src)
            width = (span.end_col - span.col) if span.end_line == span.line else len(src) - span.col + 1
            width = max(1, width)
            lines.append(" " * (len(gutter) - 2) + "| " + " " * (span.col - 1) + "^" * width)
    if error.hint:
        lines.append(f"      = hint: {error.hint}")
    return "\n".join(lines)
