"""`coinc fmt`: one canonical layout for Coin sources, as `forge fmt` and black give theirs.

The formatter works on the Lark token stream of the language's own grammar (lexed with
whitespace and comments kept), so it never disagrees with the parser about what a token
is. It keeps the author's line breaks (at most one blank line in a row, none just inside
braces) and normalises everything within a line: 4-space indentation by brace depth plus
one level per open parenthesis or dangling operator, one space around binary operators
and after commas and colons, none inside brackets, around `**`, `..` and `.`, or inside
`map<...>`, `{`-blocks opened and closed on their own lines, `;` turned into line breaks,
two spaces before a trailing `//` comment. Comments are kept verbatim (trailing spaces
removed).

Safety: the result is parsed again and must give the same AST as the input (spans
aside), otherwise `format_source` raises `InternalCompilerError` rather than change a
program's meaning.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator

from lark import Lark, Token
from lark.exceptions import LarkError

from lang.errors import CompileErrors, InternalCompilerError, ParseError, Span
from lang.parser import parse

INDENT = "    "
_VALUE_END = {"NAME", "INT_LIT", "STRING", "TRUE", "FALSE", "RPAR", "RSQB", "INIT"}
_NO_SPACE_BEFORE = {"COMMA", "RPAR", "RSQB", "DOT", "COLON", "DOTDOT", "POW"}
_NO_SPACE_AFTER = {"LPAR", "LSQB", "DOT", "DOTDOT", "POW"}
_CALLABLE_END = {"NAME", "INIT", "RPAR", "RSQB"}
# a line ending in one of these continues on the next (as lang.parser's newline filter)
_DANGLING = {"EQUAL", "COMMA", "COLON", "DOT", "DOTDOT", "PLUS", "MINUS", "STAR", "SLASH",
             "PERCENT", "POW", "EQ", "NE", "LT", "LE", "GT", "GE", "PLUS_EQ", "MINUS_EQ",
             "STAR_EQ", "SLASH_EQ", "PERCENT_EQ", "_AND", "_OR", "_NOT", "_IS", "__ANON_0"}
# a line starting with one of these continues the line above
_LEADING_CONT = {"DOT", "DOTDOT", "PLUS", "STAR", "SLASH", "PERCENT", "POW", "EQ", "NE", "LT",
                 "LE", "GT", "GE", "_AND", "_OR"}


@functools.cache
def _lexer() -> Lark:
    """The language's grammar without the newline post-lexer, so every token is seen."""
    return Lark.open("../lang/coin.lark", rel_to=__file__, parser="lalr", lexer="basic", cache=True)


def tokens_with_trivia(source: str) -> Iterator[Token]:
    """Every token of `source`, whitespace, newlines and comments included."""
    return _lexer().lex(source, dont_ignore=True)


@dataclasses.dataclass
class _Open:
    """An open `(` or `[`: where its continuation lines go."""

    column: int  # just after the bracket, for lines aligned under its first argument
    line_indent: int  # the indentation of the line holding it
    hanging: bool | None = None  # nothing after it on its own line: indent one level instead


@dataclasses.dataclass
class _Line:
    indent: int  # in spaces
    parts: list[str] = dataclasses.field(default_factory=list)
    last: str | None = None  # type of the last code token
    comment_only: bool = False
    commented: bool = False  # ends with a comment: nothing may follow on it

    def text(self) -> str:
        body = "".join(self.parts).rstrip()
        return (" " * self.indent + body) if body else ""

    def width(self) -> int:
        return self.indent + len("".join(self.parts))


class _Formatter:
    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.line: _Line | None = None
        self.braces = 0
        self.opens: list[_Open] = []
        self.generic = 0  # depth inside map<...>
        self.prev: Token | None = None  # previous code token on any line
        self.prev2: Token | None = None  # the code token before `prev`
        self.pending_newlines = 0  # newlines seen since the last token
        self.minus_is_unary = False  # whether the last `-` was a sign, not a subtraction

    # -- lines
    def _break(self, blank_lines: int = 0) -> None:
        if self.line is not None:
            self.lines.append(self.line)
            self.line = None
        if blank_lines and self.lines and self.lines[-1].text() and self.lines[-1].last != "LBRACE":
            self.lines.append(_Line(0))

    def _open_line(self, tok_type: str) -> _Line:
        base = len(INDENT) * self.braces
        if self.opens:
            top = self.opens[-1]
            if tok_type in ("RPAR", "RSQB"):
                indent = top.line_indent
            elif top.hanging:
                indent = top.line_indent + len(INDENT)
            else:
                indent = top.column
        elif self.prev is not None and self.lines and (
                self.lines[-1].last in _DANGLING or tok_type in _LEADING_CONT):
            indent = base + len(INDENT)
        else:
            indent = base
        self.line = _Line(indent)
        return self.line

    def _emit(self, text: str, tok_type: str, space: bool) -> None:
        line = self.line or self._open_line(tok_type)
        if line.parts and (space or line.last == "BLOCK_COMMENT"):
            line.parts.append(" ")
        line.parts.append(text)
        line.last = tok_type

    # -- tokens
    def feed(self, tok: Token) -> None:
        kind = tok.type
        if kind in ("WS",):
            return
        if kind == "_NL":
            self.pending_newlines += str(tok).count("\n")
            return
        if kind == "MINUS":
            self.minus_is_unary = self.prev is None or self.prev.type not in _VALUE_END
        newlines, self.pending_newlines = self.pending_newlines, 0
        if self.opens and self.opens[-1].hanging is None and kind not in ("COMMENT", "BLOCK_COMMENT"):
            self.opens[-1].hanging = newlines > 0
        if newlines and (self.line is not None or self.lines):
            self._break(blank_lines=newlines - 1)
        if kind in ("COMMENT", "BLOCK_COMMENT"):
            self._comment(str(tok).rstrip(), kind)
            return
        if kind == "SEMICOLON":
            self._break()
            return
        if kind == "RBRACE":
            self.braces = max(0, self.braces - 1)
            if self.line is not None and self.prev is not None and self.prev.type != "LBRACE":
                self._break()
            if self.prev is not None and self.prev.type == "LBRACE":
                self._drop_blank_tail()
                if self.line is None and self.lines and self.lines[-1].last == "LBRACE" \
                        and not self.lines[-1].commented:  # only line breaks inside: `{}`
                    self.line = self.lines.pop()
                self._emit("}", kind, space=False)
            else:
                self._drop_blank_tail()
                self._emit("}", kind, space=False)
            self.prev2 = self.prev
            self.prev = tok
            return
        if kind == "ELSE" and self.line is None:  # `}` newline `else`: one line, `} else`
            above = next((line for line in reversed(self.lines) if line.text()), None)
            if above is not None and above.last == "RBRACE" and not above.commented:
                self._drop_blank_tail()
                self.line = self.lines.pop()
        if self.prev is not None and self.prev.type == "RBRACE" and self.line is not None \
                and kind != "ELSE":
            self._break()
        if self.prev is not None and self.prev.type == "LBRACE" and self.line is not None:
            self._break()
        self._emit(str(tok), kind, self._space_before(tok))
        if kind == "LBRACE":
            self.braces += 1
        elif kind in ("LPAR", "LSQB"):
            line = self.line
            assert line is not None
            self.opens.append(_Open(column=line.width(), line_indent=line.indent))
        elif kind in ("RPAR", "RSQB"):
            if self.opens:
                self.opens.pop()
        elif kind == "LT" and self._opens_generic():
            self.generic += 1
        elif kind == "GT" and self.generic:
            self.generic -= 1
            if self.line is not None:
                self.line.last = "MAP_END"  # a closing `>` of a type, not an operator
        self.prev2 = self.prev
        self.prev = tok

    def _opens_generic(self) -> bool:
        """The `<` about to be written opens `map<...>` or a type `array<...>` (after `:`,
        `->`, `,` or `<` inside a type), not a comparison."""
        prev = self.prev
        if prev is None:
            return False
        if prev.type == "MAP":
            return True
        if prev.type != "NAME" or str(prev) != "array":
            return False
        before = self.prev2
        return before is not None and (before.type in ("COLON", "__ANON_0") or
                                       (self.generic > 0 and before.type in ("COMMA", "LT")))

    def _comment(self, text: str, kind: str) -> None:
        if self.line is not None and not self.line.comment_only:
            self.line.parts.append(("  " if kind == "COMMENT" else " ") + text)
            if kind == "COMMENT":  # a trailing line comment ends its line
                self.line.commented = True
                self._break()
            else:
                self.line.last = kind
            return
        if self.line is None:
            # a comment line just before `}` belongs to the block it closes
            self.line = _Line(len(INDENT) * self.braces, comment_only=True)
        self.line.parts.append(text)
        self.line.commented = kind == "COMMENT"
        self.line.last = kind
        if kind == "COMMENT":
            self._break()

    def _drop_blank_tail(self) -> None:
        while self.lines and not self.lines[-1].text():
            self.lines.pop()

    def _space_before(self, tok: Token) -> bool:
        prev = self.prev
        kind = tok.type
        if prev is None or self.line is None or not self.line.parts:
            return False
        p = prev.type
        if kind in _NO_SPACE_BEFORE or p in _NO_SPACE_AFTER:
            return False
        if kind == "LPAR" and p in _CALLABLE_END:
            return False
        if kind == "LSQB" and p in _CALLABLE_END:
            return False
        if self.generic and (kind == "GT" or p == "LT"):
            return False
        if kind == "LT" and self._opens_generic():
            return False
        if p == "MINUS" and self.minus_is_unary:
            return False
        return True

    def result(self) -> str:
        self._break()
        self._drop_blank_tail()
        text = "\n".join(line.text() for line in self.lines)
        return text.lstrip("\n") + "\n" if text.strip() else ""


def _shape(node: object) -> object:
    """An AST with every span and checker annotation left out, for comparing meaning."""
    if isinstance(node, Span):
        return None
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return (type(node).__name__, tuple(
            (f.name, _shape(getattr(node, f.name))) for f in dataclasses.fields(node)
            if f.compare and f.name != "source" and not f.name.endswith("span")))
    if isinstance(node, list | tuple):
        return tuple(_shape(x) for x in node)
    return node


def format_source(source: str, file: str = "<source>") -> str:
    """The canonical layout of `source`; raises CompileErrors if it does not parse."""
    try:
        before = parse(source, file)
    except ParseError as e:
        raise CompileErrors([e]) from None
    formatter = _Formatter()
    try:
        for tok in tokens_with_trivia(source):
            formatter.feed(tok)
    except LarkError as e:  # the parser accepted it, so this is our bug
        raise InternalCompilerError(f"formatter lexer: {e}") from None
    text = formatter.result()
    try:
        after = parse(text, file)
    except ParseError as e:
        raise InternalCompilerError(f"formatting {file} produced invalid code: {e}") from None
    if _shape(before) != _shape(after):
        raise InternalCompilerError(f"formatting {file} would change its meaning")
    return text
