"""The import graph, built from the source with `ast`: no cycles, and layers import downward.

Every `import` counts, those inside functions too: a lazy import that hides a circle is
still a circle. Imports under `if TYPE_CHECKING:` never run, so they are left out of the
cycle check, but they still must not point up a layer.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {"vm": 0, "lang": 1, "chain": 2, "coinc": 3}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    return {_module_name(p): p for layer in LAYERS for p in sorted((ROOT / layer).rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str, path: Path, known: set[str]) -> list[tuple[str, bool]]:
    """(imported project module, runs at run time) for every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, bool]] = []
    todo: list[tuple[ast.AST, bool]] = [(tree, True)]
    while todo:  # iterative walk: no reliance on the recursion limit
        node, runtime = todo.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            todo.extend((child, False) for child in node.body)
            todo.extend((child, runtime) for child in node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.extend((t, runtime) for t in _resolve(alias.name, known))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets = _resolve(sub, known) if sub in known else _resolve(base, known)
                found.extend((t, runtime) for t in targets)
        todo.extend((child, runtime) for child in ast.iter_child_nodes(node))
    return found


def _resolve(dotted: str, known: set[str]) -> list[str]:
    """The project module an import names (importing a.b.c also runs a and a.b)."""
    parts = dotted.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1) if ".".join(parts[:i]) in known][-1:]


def _graph() -> tuple[dict[str, set[str]], list[tuple[str, str]]]:
    sources = _sources()
    known = set(sources)
    runtime_edges: dict[str, set[str]] = {m: set() for m in sources}
    all_edges = []
    for name, path in sources.items():
        for target, runtime in _imports(name, path, known):
            if target == name:
                continue
            all_edges.append((name, target))
            if runtime:
                runtime_edges[name].add(target)
    return runtime_edges, all_edges


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    result.append(sorted(component))
    return result


def test_no_import_cycles():
    runtime_edges, _ = _graph()
    assert _cycles(runtime_edges) == []


def test_layers_import_downward_only():
    _, edges = _graph()
    upward = sorted((a, b) for a, b in edges
                    if LAYERS[b.split(".")[0]] > LAYERS[a.split(".")[0]])
    assert upward == []


def test_cycle_finder_finds_a_planted_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
