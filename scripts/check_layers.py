"""Check that the engine keeps its shape: layers that only look down, small modules and functions.

Reads every module of ``medialit/`` (or of the package given with ``--package``) with ``ast``
and reports, one line each:

* ``circle``: modules that import each other in a circle, imports inside functions included
  (an import hidden in a function still makes the two modules depend on each other);
* ``private-import``: a name with a leading underscore taken from another module
  (``from medialit.x import _helper``, or ``x._helper`` after importing module ``x``);
* ``long-module``: a module over 700 lines;
* ``long-function``: a function or method over 100 lines.

    PYTHONPATH=$PWD .venv/bin/python scripts/check_layers.py

Exit status 1 when anything is reported, 0 when the package is clean.
"""
from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 700
MAX_FUNCTION_LINES = 100


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the folder holding the package
    line: int
    kind: str  # "circle", "private-import", "long-module" or "long-function"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}: {self.message}"


@dataclass(frozen=True)
class ImportEdge:
    source: str  # the importing module
    target: str  # the imported module
    line: int


def package_modules(package: Path) -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its own name)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def check_package(package: Path) -> list[Problem]:
    """Every problem of the package, in the order of its modules."""
    modules = package_modules(package)
    top = package.parent
    problems: list[Problem] = []
    edges: list[ImportEdge] = []
    for name, path in modules.items():
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        shown = str(path.relative_to(top))
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            problems.append(Problem(shown, 1, "long-module",
                                    f"{name} has {lines} lines (at most {MAX_MODULE_LINES})"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    problems.append(Problem(shown, node.lineno, "long-function",
                                            f"{node.name} has {length} lines "
                                            f"(at most {MAX_FUNCTION_LINES})"))
        module_edges, private = _imports(name, path.name == "__init__.py", tree, modules)
        edges += module_edges
        problems += [Problem(shown, line, "private-import", message) for line, message in private]
    for circle in _circles(edges):
        first = min(circle)
        links = sorted({(edge.source, edge.line, edge.target) for edge in edges
                        if edge.source in circle and edge.target in circle})
        described = "; ".join(f"{source} (line {line}) imports {target}"
                              for source, line, target in links)
        problems.append(Problem(str(modules[first].relative_to(top)), 1, "circle",
                                f"{', '.join(sorted(circle))} import each other: {described}"))
    return problems


def _imports(name: str, is_package: bool, tree: ast.Module,
             modules: dict[str, Path]) -> tuple[list[ImportEdge], list[tuple[int, str]]]:
    """The package modules one module imports (anywhere in it), and its private imports."""
    edges, private = [], []
    module_aliases: dict[str, str] = {}  # a local name bound to a package module: that module
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = _known_prefix(alias.name, modules)
                if target is None:
                    continue
                edges.append(ImportEdge(name, target, node.lineno))
                if alias.asname:
                    module_aliases[alias.asname] = target
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(name, is_package, node)
            if _known_prefix(base, modules) is None:
                continue
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in modules:
                    edges.append(ImportEdge(name, submodule, node.lineno))
                    module_aliases[alias.asname or alias.name] = submodule
                    continue
                target = _known_prefix(base, modules)
                edges.append(ImportEdge(name, target, node.lineno))
                if _is_private(alias.name) and target != name:
                    private.append((node.lineno, f"imports the private name {alias.name} "
                                                 f"from {target}"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                node.value.id in module_aliases and _is_private(node.attr) and \
                module_aliases[node.value.id] != name:
            private.append((node.lineno, f"uses the private name {node.attr} of "
                                         f"{module_aliases[node.value.id]}"))
    return [edge for edge in edges if edge.target != name], private


def _absolute(name: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The dotted module a ``from … import`` reads from, relative imports made absolute."""
    if not node.level:
        return node.module or ""
    parts = name.split(".")
    if not is_package:
        parts = parts[:-1]
    parts = parts[:len(parts) - (node.level - 1)]
    return ".".join(parts + ([node.module] if node.module else []))


def _known_prefix(dotted: str, modules: dict[str, Path]) -> str | None:
    """The longest package module that ``dotted`` names or lies in, or None."""
    parts = dotted.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return None


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _circles(edges: list[ImportEdge]) -> list[set[str]]:
    """The groups of modules that reach each other through imports (Tarjan's strongly
    connected components with more than one module)."""
    graph: dict[str, set[str]] = {}
    for edge in edges:
        graph.setdefault(edge.source, set()).add(edge.target)
        graph.setdefault(edge.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(group)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found, key=min)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, default=ROOT / "medialit",
                        help="the package folder to check (default: medialit/)")
    args = parser.parse_args(argv)
    problems = check_package(args.package.resolve())
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {args.package.name}/", file=sys.stderr)
        return 1
    print(f"{args.package.name}/: no import circle, no private import, no module over "
          f"{MAX_MODULE_LINES} lines, no function over {MAX_FUNCTION_LINES} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
