"""Built-in functions: `require`, `assert`, `revert`, `send`, `balance`, `min`/`max`,
`mul_div`, `keccak256`."""

from __future__ import annotations

from lang import ast
from lang import types as T
from lang.codegen.emitter import Emitter
from lang.errors import InternalCompilerError
from lang.refs import EnvRef
from vm.errors import PANIC_ASSERT


class Builtins(Emitter):
    """Built-in calls."""

    def _builtin(self, e: ast.Call, name: str) -> None:
        args = [a.value for a in e.args]
        if name == "require":
            ok = self.new_label("req_ok")
            self.op("PUSH", ok)
            self.expr(args[0])
            self.op("JUMPI")
            self.revert_message(args[1].const if len(args) > 1 else None)
            self.place(ok)
        elif name == "assert":
            ok = self.new_label("assert_ok")
            self.op("PUSH", ok)
            self.expr(args[0])
            self.op("JUMPI")
            self.op("PANIC", PANIC_ASSERT)
            self.place(ok)
        elif name == "revert":
            self.revert_message(args[0].const if args else None)
        elif name == "send":
            self.expr(args[0])
            to = self.store_temps(1)
            self.expr(args[1])
            amount = self.store_temps(1)
            ok = self.new_label("send_ok")
            self.op("PUSH", ok)
            self.op("GAS")
            self.op("LGET", to)
            self.op("LGET", amount)
            self.op("PUSH0")
            self.op("PUSH0")
            self.op("PUSH0")
            self.op("PUSH0")
            self.op("CALL")
            self.op("JUMPI")
            failed_plain = self.new_label("send_fail")
            self.op("PUSH", failed_plain)
            self.op("RETURNDATASIZE")
            self.op("ISZERO")
            self.op("JUMPI")
            self._bubble_revert()
            self.place(failed_plain)
            self.revert_message(b"send: transfer failed")
            self.place(ok)
        elif name == "balance":
            a = args[0]
            if isinstance(a, ast.Name) and isinstance(a.ref, EnvRef) and a.ref.opcode == "ADDRESS":
                self.op("SELFBALANCE")
            else:
                self.expr(a)
                self.op("BALANCE")
        elif name in ("min", "max"):
            self.expr(args[0])
            x = self.store_temps(1)
            self.expr(args[1])
            y = self.store_temps(1)
            cmp = ("SLT" if e.ty is T.INT else "LT") if name == "min" else ("SGT" if e.ty is T.INT else "GT")
            # y ^ ((x ^ y) * (x cmp y)): branch-free select
            self.op("LGET", y)
            self.op("LGET", x)
            self.op("LGET", y)
            self.op("XOR")
            self.op("LGET", x)
            self.op("LGET", y)
            self.op(cmp)
            self.op("MUL")
            self.op("XOR")
        elif name == "mul_div":
            for a in args:
                self.expr(a)
            self.op("MULDIV")
        elif name == "keccak256":
            if len(args) == 1 and args[0].ty is T.STRING:
                self.expr(args[0])
                self._hash_string()
                return
            sizes = [_packed_size(a.ty) for a in args]
            total = sum(sizes)
            temps = []
            for a in args:
                self.expr(a)
                temps.append(self.store_temps(1))
            self.push(total + 32)  # room for the last 32-byte store
            self.op("MALLOC")
            buf = self.store_temps(1)
            pos = 0
            for tmp, size in zip(temps, sizes, strict=True):
                self.op("LGET", buf)
                if pos:
                    self.push(pos)
                    self.op("ADD")
                self.op("LGET", tmp)
                if size < 32:
                    self.push(256 - 8 * size)
                    self.op("SHL")
                self.op("MSTORE")
                pos += size
            self.op("LGET", buf)
            self.push(total)
            self.op("KECCAK256")
        else:  # pragma: no cover
            raise InternalCompilerError(f"no code for built-in `{name}`", e.span)


def _packed_size(ty: T.Type) -> int:
    """Bytes a value takes in Solidity's abi.encodePacked."""
    if ty is T.ADDRESS or isinstance(ty, T.InterfaceType):
        return 20
    if ty is T.BOOL:
        return 1
    return 32
