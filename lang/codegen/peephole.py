"""The peephole pass over a finished section (on with `optimize`)."""

from __future__ import annotations

from lang.codegen.emitter import Section
from lang.errors import Span
from vm.asm import Instr, Label

# Wrapping operations folded on two constants; the fold is the VM's own handler.
_FOLDABLE = {"ADD", "SUB", "MUL", "DIV", "MOD", "AND", "OR", "XOR", "SHL", "SHR", "EQ", "LT", "GT"}
# One instruction that only pushes a word, cannot fail (LGET of a valid local: the
# generator only emits those) and has no effects: it commutes with a PUSH.
_PURE_PUSHERS = {"PUSH", "PUSH0", "LGET", "CALLER", "CALLVALUE", "CALLDATASIZE", "ADDRESS"}


def _is_int_push(item: Instr | Label) -> bool:
    return isinstance(item, Instr) and (
        (item.mnemonic == "PUSH" and isinstance(item.arg, int)) or item.mnemonic == "PUSH0")


def _push_value(item: Instr) -> int:
    return 0 if item.mnemonic == "PUSH0" else item.arg  # type: ignore[return-value]


def peephole(section: Section) -> None:
    """Rewrite short instruction windows in place (`items` and `spans` stay parallel),
    repeating until nothing changes. Each rule keeps the observable behaviour (storage,
    memory, logs, output, revert data, fault kind), never raises gas, and never raises
    the stack's peak height:

    * `PUSH a; PUSH b; OP` -> `PUSH (a OP b)` for wrapping arithmetic and comparisons;
    * `PUSH x; POP` and `DUPn; POP` -> nothing;
    * `K; PUSH c; SWAP1` -> `PUSH c; K` when K only pushes a word (`_PURE_PUSHERS`).

    Windows never span a label (a jump target)."""
    from vm.instructions import HANDLERS

    items, spans = section.items, section.spans
    changed = True
    while changed:
        changed = False
        out_i: list[Instr | Label] = []
        out_s: list[Span | None] = []
        for item, span in zip(items, spans, strict=True):
            out_i.append(item)
            out_s.append(span)
            while True:
                if len(out_i) >= 3 and isinstance(out_i[-1], Instr):
                    a, b, c = out_i[-3], out_i[-2], out_i[-1]
                    if c.mnemonic in _FOLDABLE and _is_int_push(a) and _is_int_push(b):
                        stack = [_push_value(a), _push_value(b)]  # type: ignore[arg-type]
                        HANDLERS[c.mnemonic](None, stack, None)
                        del out_i[-3:], out_s[-3:]
                        out_i.append(Instr("PUSH", stack[0]))
                        out_s.append(span)
                        changed = True
                        continue
                    if (c.mnemonic == "SWAP1" and isinstance(a, Instr) and isinstance(b, Instr)
                            and a.mnemonic in _PURE_PUSHERS and b.mnemonic in ("PUSH", "PUSH0")):
                        sa, sb = out_s[-3], out_s[-2]
                        del out_i[-3:], out_s[-3:]
                        out_i += [b, a]
                        out_s += [sb, sa]
                        changed = True
                        continue
                if len(out_i) >= 2 and isinstance(out_i[-1], Instr) and out_i[-1].mnemonic == "POP":
                    a = out_i[-2]
                    if isinstance(a, Instr) and (a.mnemonic in ("PUSH", "PUSH0")
                                                 or a.mnemonic.startswith("DUP")):
                        del out_i[-2:], out_s[-2:]
                        changed = True
                        continue
                break
        items[:], spans[:] = out_i, out_s
