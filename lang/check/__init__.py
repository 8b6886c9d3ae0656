"""Stage 2: `module`s -> `checked` contracts.

Resolves names and types, folds constants, lays out storage, enforces the `pub` /
`view` / `payable` rules, checks that value-returning functions return on every path,
and merges base contracts (`contract A is B`). Errors are collected, one per
independent statement or declaration, and raised together as `CompileErrors`.

The checker is split by concern, as vyper's `semantics/analysis` is; see
`lang.check.context` for how the parts fit together.
"""

from __future__ import annotations

from lang import ast
from lang.check.builtins import Builtins
from lang.check.contracts import Contracts
from lang.check.declarations import Declarations
from lang.check.expressions import Expressions
from lang.check.folding import Folding
from lang.check.statements import Statements
from lang.checked import CheckedProgram


class Checker(Declarations, Contracts, Statements, Expressions, Builtins, Folding):
    """Checks a program (the root module first, then everything it imports)."""

    def check(self) -> CheckedProgram:
        self._collect_globals()
        for name in self.contract_nodes:
            with self.attempt():
                self._contract(name, [])
        self.raise_errors()
        root = self.modules[0]
        return CheckedProgram(
            contracts=[self.checked[c.name] for c in root.contracts],
            all_contracts=dict(self.checked),
        )


def check(modules: list[ast.Module]) -> CheckedProgram:
    return Checker(modules).check()
