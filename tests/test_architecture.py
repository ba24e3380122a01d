"""The arrows of DESIGN.md, enforced: `cli`, `web` -> feature services -> feature modules ->
`core`, and nothing else.

Read from the source with `ast` (nothing is imported), so a new module is checked the day
it is written:

- `cli/` and `web/` import a feature only through `pivotprep.<feature>.service`;
- a feature reaches another feature only through that feature's `service`;
- `core` imports no feature, and neither does `content` (data and its loader);
- the features' import graph has no cycle;
- modules are loaded by name only in `pivotprep/registry.py`;
- every `service.py` declares `__all__`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "pivotprep"
# Top-level packages that are not features.
LAYERS = {"core", "cli", "web", "content", "migrations", "registry", "__init__", "__main__"}


@dataclass(frozen=True)
class Import:
    module: str  # importing module, dotted
    target: str  # imported module, dotted (for `from a import b`: a.b when a.b is a module)
    line: int


def _dotted(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(dotted: str) -> bool:
    base = SRC.parent / Path(*dotted.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def _targets(node: ast.AST, package: str) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parent = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*parent, base] if base else parent)
        for alias in node.names:
            full = f"{base}.{alias.name}"
            yield full if _is_module(full) else base


def _modules() -> Iterator[tuple[str, Path, ast.Module]]:
    for path in sorted(SRC.rglob("*.py")):
        if "content" in path.relative_to(SRC).parts[:1] and "problems" in path.parts:
            continue  # problem packs: learner-facing reference code, not the app
        yield _dotted(path), path, ast.parse(path.read_text(encoding="utf-8"))


def _imports() -> list[Import]:
    found = []
    for module, path, tree in _modules():
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for node in ast.walk(tree):
            for target in _targets(node, package):
                if target.startswith("pivotprep."):
                    found.append(Import(module, target, getattr(node, "lineno", 0)))
    return found


def _top(dotted: str) -> str:
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else ""


def _is_feature(top: str) -> bool:
    return bool(top) and top not in LAYERS


def _is_service(target: str) -> bool:
    parts = target.split(".")
    return len(parts) == 3 and parts[2] == "service"


def _show(imports: list[Import]) -> str:
    return "\n".join(f"{i.module}:{i.line} imports {i.target}" for i in imports)


def test_interfaces_reach_features_only_through_their_service() -> None:
    wrong = [
        i
        for i in _imports()
        if _top(i.module) in ("cli", "web") and _is_feature(_top(i.target))
        if not _is_service(i.target)
    ]
    assert not wrong, "cli/ and web/ must import pivotprep.<feature>.service:\n" + _show(wrong)


def test_features_reach_each_other_only_through_a_service() -> None:
    wrong = [
        i
        for i in _imports()
        if _is_feature(_top(i.module)) and _is_feature(_top(i.target))
        if _top(i.module) != _top(i.target) and not _is_service(i.target)
    ]
    assert not wrong, "a feature reaches another only through its service:\n" + _show(wrong)


def test_core_and_content_import_no_feature_and_no_interface() -> None:
    wrong = [
        i
        for i in _imports()
        if _top(i.module) in ("core", "content")
        if _top(i.target) not in ("core", "content")
    ]
    assert not wrong, "core/ and content/ import only themselves:\n" + _show(wrong)


def test_features_import_no_interface() -> None:
    wrong = [
        i for i in _imports() if _is_feature(_top(i.module)) and _top(i.target) in ("cli", "web")
    ]
    assert not wrong, "features never import cli/ or web/:\n" + _show(wrong)


def _feature_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for i in _imports():
        source, target = _top(i.module), _top(i.target)
        if _is_feature(source) and _is_feature(target) and source != target:
            graph.setdefault(source, set()).add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_features_import_each_other_without_cycles() -> None:
    cycle = _cycle(_feature_graph())
    assert cycle is None, "import cycle between features: " + " -> ".join(cycle or [])


def _loads_by_name(tree: ast.Module) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__", "spec_from_file_location"):
                lines.append(node.lineno)
    return lines


# Loading by name that is not one feature reaching another, each with its reason.
LOADS_ALLOWED = {
    "pivotprep.registry": "the one place features are loaded by name",
    "pivotprep.stories.explain": "defers importing NLTK (a third-party module) until used",
    "pivotprep.practice.judge.checker": "loads a problem pack's own checker.py from its folder",
}


def test_modules_are_loaded_by_name_only_in_the_registry() -> None:
    wrong = [
        f"{module}:{line}"
        for module, _path, tree in _modules()
        for line in _loads_by_name(tree)
        if module not in LOADS_ALLOWED
    ]
    assert not wrong, "load features through pivotprep.registry, not by name:\n" + "\n".join(wrong)


def _services() -> list[Path]:
    return sorted(p for p in SRC.glob("*/service.py") if _is_feature(p.parent.name))


@pytest.mark.parametrize("path", _services(), ids=lambda p: p.parent.name)
def test_every_service_declares_what_it_exports(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    ]
    assert "__all__" in names, f"{path.parent.name}/service.py has no __all__"


# Migrations declare whole tables in one `upgrade()`: data in code form, read top to bottom.
LONG_ALLOWED = ("migrations/versions/", "content/problems/")
MAX_FUNCTION_LINES = 60


def test_no_function_is_longer_than_sixty_lines() -> None:
    long = [
        f"{path.relative_to(SRC)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1})"
        for _module, path, tree in _modules()
        if not any(part in str(path) for part in LONG_ALLOWED)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        if (node.end_lineno or node.lineno) - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, "split these into smaller functions:\n" + "\n".join(long)
