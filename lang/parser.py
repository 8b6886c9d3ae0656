"""Stage 1: `source` text -> `module` (AST). Lark LALR with positions; syntax errors
become `ParseError`s that say what was expected where."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from lark import Lark, Token, v_args
from lark.exceptions import (
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
    VisitError,
)
from lark.visitors import Transformer_NonRecursive

from lang import ast, limits
from lang.errors import ParseError, Span

# Newlines after these token values continue the statement on the next line.
_CONTINUES_AFTER = {
    "{", "(", "[", ",", "=", "->", ":", ".", "..",
    "+", "-", "*", "/", "%", "**", "==", "!=", "<", "<=", ">", ">=",
    "+=", "-=", "*=", "/=", "%=", "and", "or", "not", "is", "else",
}
# Newlines before these token values belong to the line above.
_CONTINUES_BEFORE = {
    "}", ")", "]", ".", "..", "else",
    "+", "-", "*", "/", "%", "**", "==", "!=", "<", "<=", ">", ">=", "and", "or",
}

_DECLARATION_WORDS = {"pub", "fn", "storage", "event", "init", "contract", "interface", "struct",
                      "import", "const", "view", "payable"}

_TOKEN_NAMES = {
    "_NL": "end of line", "NAME": "a name", "INT_LIT": "a number", "STRING": "a string",
    "LBRACE": "`{`", "RBRACE": "`}`", "LPAR": "`(`", "RPAR": "`)`", "LSQB": "`[`", "RSQB": "`]`",
    "COMMA": "`,`", "COLON": "`:`", "SEMICOLON": "`;`", "DOT": "`.`", "EQUAL": "`=`",
    "$END": "end of file", "MINUS": "`-`", "PLUS": "`+`", "STAR": "`*`", "SLASH": "`/`",
    "LT": "`<`", "GT": "`>`", "TRUE": "`true`", "FALSE": "`false`", "DOTDOT": "`..`",
}


class _NewlineFilter:
    """Drops the newlines that cannot end a statement (see module docstring of coin.lark)."""

    always_accept = ("_NL",)

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        depth = 0
        brackets = 0  # (, [ and { still open: bounded before the parser sees them
        prev: Token | None = None
        pending: Token | None = None
        for tok in stream:
            if tok.type == "_NL":
                if depth == 0 and prev is not None and str(prev) not in _CONTINUES_AFTER:
                    pending = pending or tok
                continue
            if pending is not None:
                if str(tok) not in _CONTINUES_BEFORE:
                    yield pending
                pending = None
            if tok in ("(", "["):
                depth += 1
            elif tok in (")", "]") and depth > 0:
                depth -= 1
            if tok in ("(", "[", "{"):
                brackets += 1
                if brackets > limits.MAX_DEPTH:
                    raise _TooDeep(tok)
            elif tok in (")", "]", "}"):
                brackets -= 1
            yield tok
            prev = tok
        if pending is not None:
            yield pending


class _TooDeep(Exception):
    """Raised by the post-lexer at the bracket that opens one level too many."""

    def __init__(self, tok: Token):
        super().__init__(str(tok))
        self.tok = tok


@functools.cache
def _lark() -> Lark:
    return Lark.open(
        "coin.lark",
        rel_to=__file__,
        parser="lalr",
        lexer="basic",
        propagate_positions=True,
        postlex=_NewlineFilter(),
        maybe_placeholders=True,
        cache=True,
    )


def _unescape(raw: str, span: Span) -> bytes:
    body = raw[1:-1]
    out = bytearray()
    i = 0
    simple = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, '"': 34, "'": 39}
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out += ch.encode("utf-8")
            i += 1
            continue
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if nxt in simple:
            out.append(simple[nxt])
            i += 2
        elif nxt == "x" and len(body) >= i + 4:
            try:
                out.append(int(body[i + 2 : i + 4], 16))
            except ValueError:
                raise ParseError(f"bad escape `\\x{body[i + 2 : i + 4]}` in string", span) from None
            i += 4
        else:
            raise ParseError(
                f"unknown escape `\\{nxt}` in string", span,
                hint="use \\n, \\t, \\r, \\0, \\\\, \\\" or \\xNN",
            )
    return bytes(out)


@v_args(meta=True)  # every rule gets (meta, children), as miniwdl's builders do
class _Builder(Transformer_NonRecursive):
    """Turns Lark's parse tree into `lang.ast` nodes with spans. Non-recursive: each
    bracket costs the parse tree seven levels (the precedence rules), so a recursive
    transformer would exhaust Python's stack long before `limits.MAX_DEPTH` is reached."""

    def __init__(self, file: str):
        super().__init__()
        self.file = file

    # -- spans
    def _span(self, meta) -> Span:
        if getattr(meta, "empty", False):
            return Span(self.file, 1, 1, 1, 1)
        return Span(self.file, meta.line, meta.column, meta.end_line, meta.end_column,
                    meta.start_pos, meta.end_pos)

    def _tspan(self, tok: Token) -> Span:
        return Span(self.file, tok.line, tok.column, tok.end_line, tok.end_column,
                    tok.start_pos, tok.end_pos)

    # -- top level
    def start(self, meta, items):
        module = ast.Module(file=self.file, source="", imports=[], contracts=[], interfaces=[],
                            structs=[], consts=[])
        for item in items:
            if isinstance(item, ast.Import):
                module.imports.append(item)
            elif isinstance(item, ast.ContractDef):
                module.contracts.append(item)
            elif isinstance(item, ast.InterfaceDef):
                module.interfaces.append(item)
            elif isinstance(item, ast.StructDef):
                module.structs.append(item)
            elif isinstance(item, ast.ConstDecl):
                module.consts.append(item)
            elif isinstance(item, ast.FunctionDef):
                module.functions.append(item)
            elif isinstance(item, ast.ErrorDef):
                module.errors.append(item)
        for c in module.contracts:  # errors are program-wide names, wherever declared
            module.errors.extend(m for m in c.members if isinstance(m, ast.ErrorDef))
            c.members = [m for m in c.members if not isinstance(m, ast.ErrorDef)]
        return module

    def import_decl(self, meta, items):
        span = self._tspan(items[0])
        return ast.Import(path=limits.check_import_path(_unescape(str(items[0]), span), span),
                          span=self._span(meta))

    def contract_decl(self, meta, items):
        name, bases, *members = items
        return ast.ContractDef(name=str(name), bases=bases or [], members=list(members),
                               span=self._span(meta), name_span=self._tspan(name))

    def name_list(self, meta, items):
        return [(str(t), self._tspan(t)) for t in items]

    def storage_decl(self, meta, items):
        return ast.StorageDecl(name=str(items[0]), type=items[1], span=self._span(meta))

    def const_decl(self, meta, items):
        return ast.ConstDecl(name=str(items[0]), type=items[1], value=items[2], span=self._span(meta))

    def struct_decl(self, meta, items):
        return ast.StructDef(name=str(items[0]), fields=list(items[1:]), span=self._span(meta))

    def field(self, meta, items):
        return ast.StructField(name=str(items[0]), type=items[1], span=self._span(meta))

    def error_decl(self, meta, items):
        kw, name, params = items
        if str(kw) != "error":
            raise ParseError(f"unexpected `{name}` after `{kw}`", self._tspan(name),
                             "declarations start with a keyword (`fn`, `storage`, `error`, ...)")
        return ast.ErrorDef(name=str(name), params=params, span=self._span(meta), name_span=self._tspan(name))

    def revert_error_stmt(self, meta, items):
        kw, name, args = items
        if str(kw) != "revert":
            raise ParseError(f"unexpected `{name}` after `{kw}`", self._tspan(name),
                             "did you mean `revert Name(...)`?")
        return ast.RevertError(error=str(name), error_span=self._tspan(name), args=args, span=self._span(meta))

    def event_decl(self, meta, items):
        params = [p for p in items[1:] if p is not None]
        return ast.EventDef(name=str(items[0]), params=params, span=self._span(meta))

    def event_param(self, meta, items):
        return ast.EventParam(name=str(items[0]), type=items[1], indexed=items[2] is not None,
                              span=self._span(meta))

    def modifiers(self, meta, items):
        return [str(t) for t in items]

    def init_decl(self, meta, items):
        mods, _init, params, body = items
        span = self._span(meta)
        fn = ast.FunctionDef(name="init", params=params, returns=None, body=body,
                             is_pub=False, is_view=False, is_payable="payable" in mods,
                             is_init=True, span=span, name_span=span, modifiers=mods)
        return fn

    def fn_decl(self, meta, items):
        mods, name, params, returns, body = items
        fn = ast.FunctionDef(name=str(name), params=params, returns=returns, body=body,
                             is_pub="pub" in mods, is_view="view" in mods,
                             is_payable="payable" in mods, is_init=False,
                             span=self._span(meta), name_span=self._tspan(name), modifiers=mods)
        return fn

    def params(self, meta, items):
        return [p for p in items if p is not None]

    def param(self, meta, items):
        return ast.Param(name=str(items[0]), type=items[1], span=self._span(meta))

    def interface_decl(self, meta, items):
        return ast.InterfaceDef(name=str(items[0]), functions=list(items[1:]), span=self._span(meta))

    def iface_fn(self, meta, items):
        mods, name, params, returns = items
        fn = ast.InterfaceFn(name=str(name), params=params, returns=returns,
                             is_view="view" in mods, is_payable="payable" in mods,
                             span=self._span(meta), modifiers=mods)
        return fn

    def named_type(self, meta, items):
        return ast.NamedType(name=str(items[0]), span=self._span(meta))

    def sized_type(self, meta, items):
        name, size = items
        text = str(size).replace("_", "")
        value = int(text, 16) if text.lower().startswith("0x") else int(text)
        return ast.SizedType(name=str(name), size=value, size_span=self._tspan(size), span=self._span(meta))

    def generic_type(self, meta, items):
        parts = [x for x in items if not (isinstance(x, Token) and x.type in ("LT", "GT"))]
        name, elem, size = parts
        text = str(size).replace("_", "")
        value = int(text, 16) if text.lower().startswith("0x") else int(text)
        return ast.GenericType(name=str(name), elem=elem, size=value, size_span=self._tspan(size),
                               span=self._span(meta))

    def map_type(self, meta, items):
        key, value = [t for t in items if not isinstance(t, Token)]
        return ast.MapType(key=key, value=value, span=self._span(meta))

    # -- statements
    def block(self, meta, items):
        return [s for s in items if s is not None]

    def let_stmt(self, meta, items):
        return ast.Let(name=str(items[0]), name_span=self._tspan(items[0]), type=items[1],
                       value=items[2], span=self._span(meta))

    def assign_stmt(self, meta, items):
        return ast.Assign(target=items[0], value=items[1], span=self._span(meta))

    def aug_assign_stmt(self, meta, items):
        target, op, value = items
        return ast.AugAssign(target=target, op=str(op)[0], value=value, span=self._span(meta))

    def if_stmt(self, meta, items):
        cond, then, orelse = items
        if isinstance(orelse, ast.If):
            orelse = [orelse]
        return ast.If(cond=cond, then=then, orelse=orelse, span=self._span(meta))

    def while_stmt(self, meta, items):
        return ast.While(cond=items[0], body=items[1], span=self._span(meta))

    def for_stmt(self, meta, items):
        var, start, _dots, end, body = items
        return ast.For(var=str(var), var_span=self._tspan(var), start=start, end=end, body=body,
                       span=self._span(meta))

    def for_each_stmt(self, meta, items):
        var, iterable, body = items
        return ast.ForEach(var=str(var), var_span=self._tspan(var), iterable=iterable, body=body,
                           span=self._span(meta))

    def return_stmt(self, meta, items):
        return ast.Return(value=items[0], span=self._span(meta))

    def emit_stmt(self, meta, items):
        return ast.Emit(event=str(items[0]), event_span=self._tspan(items[0]), args=items[1],
                        span=self._span(meta))

    def break_stmt(self, meta, items):
        return ast.Break(span=self._span(meta))

    def continue_stmt(self, meta, items):
        return ast.Continue(span=self._span(meta))

    def expr_stmt(self, meta, items):
        return ast.ExprStmt(expr=items[0], span=self._span(meta))

    # -- expressions
    def _fold(self, items, meta):
        left = items[0]
        for i in range(1, len(items), 2):
            op, right = str(items[i]), items[i + 1]
            left = ast.BinOp(op=op, left=left, right=right, span=left.span.to(right.span))
        return left

    @staticmethod
    def _left_assoc(op: str, items):
        """a op b op c -> ((a op b) op c), for the keyword operators whose tokens Lark drops."""
        left = items[0]
        for right in items[1:]:
            left = ast.BinOp(op=op, left=left, right=right, span=left.span.to(right.span))
        return left

    def or_chain(self, meta, items):
        return self._left_assoc("or", items)

    def and_chain(self, meta, items):
        return self._left_assoc("and", items)

    def not_op(self, meta, items):
        return ast.UnaryOp(op="not", operand=items[0], span=self._span(meta))

    def compare(self, meta, items):
        return self._fold(items, meta)

    def arith(self, meta, items):
        return self._fold(items, meta)

    def neg(self, meta, items):
        operand = items[-1]
        if isinstance(operand, ast.IntLit) and not operand.text.startswith("-"):
            return ast.IntLit(value=-operand.value, text="-" + operand.text, span=self._span(meta))
        return ast.UnaryOp(op="-", operand=operand, span=self._span(meta))

    def pow(self, meta, items):
        if len(items) == 1:
            return items[0]
        return ast.BinOp(op="**", left=items[0], right=items[-1], span=self._span(meta))

    def attribute(self, meta, items):
        obj, name = items
        return ast.Attribute(obj=obj, attr=str(name), attr_span=self._tspan(name), span=self._span(meta))

    def index(self, meta, items):
        return ast.Index(obj=items[0], key=items[1], span=self._span(meta))

    def call(self, meta, items):
        args = [a for a in items[1] if not a.option]
        options = [a for a in items[1] if a.option]
        return ast.Call(func=items[0], args=args, options=options, span=self._span(meta))

    def args(self, meta, items):
        return [a for a in items if a is not None]

    def named_arg(self, meta, items):
        return ast.Arg(name=str(items[0]), value=items[1], span=self._span(meta))

    def option_arg(self, meta, items):
        return ast.Arg(name=str(items[0]), value=items[1], span=self._span(meta), option=True)

    def pos_arg(self, meta, items):
        return ast.Arg(name=None, value=items[0], span=self._span(meta))

    def int_lit(self, meta, items):
        tok = items[0]
        text = str(tok)
        span = self._tspan(tok)
        digits = text.replace("_", "")
        if text.endswith("_") or "__" in text or text.startswith("0x_"):
            raise ParseError(f"malformed number `{text}`: underscores go between digits", span)
        limits.check_literal(digits, text, span)
        try:
            value = int(digits, 16) if digits.startswith(("0x", "0X")) else int(digits, 10)
        except ValueError:
            raise ParseError(f"malformed number `{text}`", span) from None
        if len(digits) > 1 and digits[0] == "0" and not digits.startswith(("0x", "0X")):
            raise ParseError(f"number `{text}` has a leading zero", span,
                             hint="decimal numbers cannot start with 0; use 0x for hex")
        return ast.IntLit(value=value, text=text, span=span)

    def array_lit(self, meta, items):
        return ast.ArrayLit(elems=[x for x in items if x is not None], span=self._span(meta))

    def str_lit(self, meta, items):
        tok = items[0]
        span = self._tspan(tok)
        return ast.StrLit(value=_unescape(str(tok), span), span=span)

    def true_lit(self, meta, items):
        return ast.BoolLit(value=True, span=self._tspan(items[0]))

    def false_lit(self, meta, items):
        return ast.BoolLit(value=False, span=self._tspan(items[0]))

    def name(self, meta, items):
        return ast.Name(id=str(items[0]), span=self._tspan(items[0]))


def _describe_expected(expected: set[str]) -> str:
    names = sorted({_TOKEN_NAMES.get(e, f"`{e.lower().lstrip('_')}`") for e in expected
                    if not e.startswith("__ANON")})
    if not names:
        return ""
    if len(names) > 6:
        names = names[:6] + ["..."]
    return ", expected " + " or ".join(names) if len(names) <= 2 else ", expected one of " + ", ".join(names)


def _token_text(tok: Token) -> str:
    if tok.type == "$END":
        return "end of file"
    if tok.type == "_NL":
        return "end of line"
    return f"`{tok}`"


def parse(source: str, file: str = "<source>") -> ast.Module:
    """Parse one file's text into a module, or raise ParseError (also for a file past
    the limits of `lang.limits`: its size, a literal's digits, nesting depth)."""
    limits.check_source_size(source, file)
    try:
        tree = _lark().parse(source)
    except _TooDeep as e:
        tok = e.tok
        raise ParseError(f"brackets nested too deeply: more than {limits.MAX_DEPTH} `(`, `[` and `{{` open",
                         Span(file, tok.line, tok.column, tok.line, tok.column + 1, tok.start_pos,
                              tok.start_pos + 1),
                         hint="split the expression with `let`, or move a block into a function") from None
    except UnexpectedCharacters as e:
        span = Span(file, e.line, e.column, e.line, e.column + 1, e.pos_in_stream, e.pos_in_stream + 1)
        ch = source[e.pos_in_stream] if e.pos_in_stream < len(source) else ""
        if ch == '"':
            raise ParseError("unterminated string", span,
                             hint="strings end with `\"` on the same line") from None
        raise ParseError(f"unexpected character `{ch}`", span) from None
    except UnexpectedToken as e:
        tok = e.token
        line = tok.line if tok.line is not None else e.line
        col = tok.column if tok.column is not None else e.column
        if tok.type == "$END":
            lines = source.splitlines() or [""]
            line, col = len(lines), len(lines[-1]) + 1
        end_col = (tok.end_column if tok.end_column and tok.end_line == line else col + 1)
        span = Span(file, line, col, line, max(end_col, col + 1))
        hint = None
        if tok.type == "_NL" and "RBRACE" in e.expected:
            hint = "is a `}` missing?"
        elif str(tok) in _DECLARATION_WORDS:
            hint = f"`{tok}` starts a declaration here: is a `}}` missing above it?"
        elif tok.type == "$END":
            hint = "is a closing `}` missing?"
        raise ParseError(f"unexpected {_token_text(tok)}{_describe_expected(e.expected)}",
                         span, hint) from None
    except UnexpectedEOF as e:
        lines = source.splitlines() or [""]
        span = Span(file, len(lines), len(lines[-1]) + 1, len(lines), len(lines[-1]) + 2)
        raise ParseError(f"unexpected end of file{_describe_expected(set(e.expected))}", span,
                         "is a closing `}` missing?") from None
    except UnexpectedInput as e:  # any other Lark complaint
        raise ParseError(f"syntax error: {e}", Span(file, 1, 1, 1, 2)) from None
    try:
        module = _Builder(file).transform(tree)
    except VisitError as e:
        if isinstance(e.orig_exc, ParseError):
            raise e.orig_exc from None
        raise
    limits.check_depth(module)
    module.source = source
    return module
