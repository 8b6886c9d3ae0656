"""Code sections' entry points: the runtime dispatcher (selector -> ABI-decoded call of the
body -> encoded return), the constructor entry, the non-payable guard, and which
functions a section contains."""

from __future__ import annotations

from lang.checked import CheckedContract, FunctionInfo
from lang.codegen.emitter import SCRATCH, Emitter
from vm.asm import Instr


class Dispatch(Emitter):
    """Section entries and the selector dispatcher."""

    def entry(self, is_init: bool, functions: list[FunctionInfo]) -> None:
        c = self.contract
        self.span = c.span
        self.next_temp = 0
        self.max_locals = 0
        enter_index = len(self.section.items)
        self.op("ENTER", 0)  # patched below
        self.push(SCRATCH)
        self.op("MALLOC")
        self.op("POP")
        if is_init:
            init = c.init
            if init is None or not init.is_payable:
                self._nonpayable_check()
            if init is not None:
                self.span = init.node.span
                self._decode_args(init.params, base=0)
                self.op("CALLF", init.label)
            self.op("STOP")
        else:
            self._dispatcher()
        self.section.items[enter_index] = Instr("ENTER", self.max_locals)
        if self.bad_input_label is not None:
            self.span = c.span
            self.place(self.bad_input_label)
            self.revert_message(None)
        for fn in functions:
            self.function(fn)

    def _nonpayable_check(self) -> None:
        ok = self.new_label("novalue")
        self.op("PUSH", ok)
        self.op("CALLVALUE")
        self.op("ISZERO")
        self.op("JUMPI")
        self.revert_message(None)
        self.place(ok)

    def _dispatcher(self) -> None:
        c = self.contract
        pub = [f for f in c.functions.values() if f.is_pub and f.name != "receive"]
        receive = c.functions.get("receive")
        fallback = self.new_label("fallback")
        self.op("PUSH", fallback)
        self.op("CALLDATASIZE")
        self.push(4)
        self.op("LT")
        self.op("JUMPI")
        self.op("PUSH0")
        self.op("CALLDATALOAD")
        self.push(224)
        self.op("SHR")
        stubs = []
        for f in pub:
            label = self.new_label(f"ext_{f.name}")
            stubs.append((f, label))
            if self.optimize:  # the label first: no SWAP1 before JUMPI
                self.op("PUSH", label)
                self.op("DUP2")
                self.push(int.from_bytes(f.selector, "big"))
                self.op("EQ")
                self.op("JUMPI")
                continue
            self.op("DUP1")
            self.push(int.from_bytes(f.selector, "big"))
            self.op("EQ")
            self.jump_if_nonzero(label)
        self.revert_message(None)
        self.place(fallback)
        if receive is not None:
            self.op("PUSH", fallback + "_revert")
            self.op("CALLDATASIZE")
            self.op("JUMPI")
            self.op("CALLF", receive.label)
            self.op("STOP")
            self.place(fallback + "_revert")
        self.revert_message(None)
        base_temp = self.next_temp
        for f, label in stubs:
            self.next_temp = base_temp  # each stub ends the call: its temporaries die with it
            self.span = f.node.span
            self.place(label)
            self.op("POP")
            if not f.is_payable:
                self._nonpayable_check()
            self._decode_args(f.params, base=4)
            self.op("CALLF", f.label)
            self._return_encoded(f.returns)


def reachable(contract: CheckedContract, roots: list[FunctionInfo]) -> list[FunctionInfo]:
    seen: dict[int, FunctionInfo] = {}
    stack = list(roots)
    while stack:
        f = stack.pop()
        if id(f) in seen:
            continue
        seen[id(f)] = f
        stack.extend(f.callees)
    order = {id(f): i for i, f in enumerate(roots)}
    return sorted(seen.values(), key=lambda f: (order.get(id(f), len(order)), f.contract, f.name))
