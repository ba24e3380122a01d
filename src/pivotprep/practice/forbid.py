"""Built-ins a data-structure problem asks the learner not to use, found by an AST scan.

A `ds-*` problem ("build a hash map from scratch") teaches nothing if the answer wraps
`dict`. meta.yaml's `forbid:` names what is off limits:

- a built-in name (`dict`, `set`, `frozenset`, `sorted`): any use of the name; `dict` and
  `set` also cover their literals and comprehensions (`{}`, `{1: 2}`, `{x for x in y}`);
- a module (`collections`, `heapq`, `functools`): importing it or any part of it;
- a module attribute (`collections.OrderedDict`): importing or using that attribute only.

Type annotations are not scanned (`-> dict[str, int]` uses nothing at run time).
`__import__`, `importlib` and `builtins` are refused too whenever a module is forbidden, so
the scan is not sidestepped by accident. It is a teaching guard on the learner's own code,
not a security boundary (the sandbox is that).
"""

from __future__ import annotations

import ast
import builtins
import re
import sys
from dataclasses import dataclass

from pivotprep.core.errors import ValidationError

NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")
LITERALS = {"dict": (ast.Dict, ast.DictComp), "set": (ast.Set, ast.SetComp)}
ESCAPES = ("__import__", "importlib", "builtins")


class ForbiddenConstructError(ValidationError):
    """The learner's code uses something the problem asks them to build themselves."""


@dataclass(frozen=True)
class Use:
    line: int
    what: str  # the forbidden entry that matched
    how: str  # e.g. "a dict literal", "import heapq"


def check_entry(entry: str) -> str | None:
    """Why `entry` is not a valid `forbid:` item (None: it is valid). Used by meta.yaml's
    validation, so a typo ("colections") fails when the pack loads."""
    if not NAME_RE.match(entry):
        return f"{entry!r} is not a name or a module.attribute"
    top = entry.split(".")[0]
    if "." not in entry and hasattr(builtins, entry) and not entry.startswith("_"):
        return None
    if top in sys.stdlib_module_names:
        return None
    return f"{entry!r} is neither a Python built-in nor a standard-library module"


def _is_module(entry: str) -> bool:
    return "." not in entry and entry in sys.stdlib_module_names and not hasattr(builtins, entry)


class _Scanner(ast.NodeVisitor):
    def __init__(self, forbid: tuple[str, ...]) -> None:
        self.forbid = forbid
        self.names = {f for f in forbid if "." not in f and not _is_module(f)}
        self.modules = {f for f in forbid if _is_module(f)}
        self.attributes = {f for f in forbid if "." in f}
        self.escapes = set(ESCAPES) if self.modules or self.attributes else set()
        self.aliases: dict[str, str] = {}  # local name -> module it refers to
        self.uses: list[Use] = []

    def _add(self, node: ast.AST, what: str, how: str) -> None:
        self.uses.append(Use(getattr(node, "lineno", 0), what, how))

    def _module_hit(self, module: str, name: str | None = None) -> str | None:
        full = f"{module}.{name}" if name else module
        for entry in self.modules:
            if module == entry or module.startswith(entry + "."):
                return entry
        for entry in self.attributes:
            if full == entry or full.startswith(entry + ".") or (name is None and module == entry):
                return entry
            if name == "*" and entry.startswith(module + "."):  # brings in every name
                return entry
        if module.split(".")[0] in self.escapes:
            return module.split(".")[0]
        return None

    # annotations use nothing at run time: skip them
    def visit_arg(self, node: ast.arg) -> None:
        return None

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for item in [*node.decorator_list, *node.args.defaults, *node.args.kw_defaults]:
            if item is not None:
                self.visit(item)
        for stmt in node.body:
            self.visit(stmt)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.visit(node.target)
        if node.value is not None:
            self.visit(node.value)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            hit = self._module_hit(alias.name)
            if hit:
                self._add(node, hit, f"import {alias.name}")
            self.aliases[(alias.asname or alias.name).split(".")[0]] = (
                alias.name if alias.asname else alias.name.split(".")[0]
            )

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        for alias in node.names:
            hit = self._module_hit(module, alias.name)
            if hit:
                self._add(node, hit, f"from {module} import {alias.name}")

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in self.names or node.id in self.escapes:
            self._add(node, node.id, f"`{node.id}`")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Name) and node.value.id in self.aliases:
            full = f"{self.aliases[node.value.id]}.{node.attr}"
            if full in self.attributes:
                self._add(node, full, f"`{full}`")
        self.generic_visit(node)

    def generic_visit(self, node: ast.AST) -> None:
        for name, kinds in LITERALS.items():
            if name in self.names and isinstance(node, kinds):
                self._add(node, name, f"a {name} literal or comprehension")
        super().generic_visit(node)


def scan(code: str, forbid: tuple[str, ...] | list[str]) -> list[Use]:
    """Every use of a forbidden item in `code`, in line order. Code that does not parse
    yields nothing: the judge reports the syntax error itself."""
    if not forbid:
        return []
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return []
    scanner = _Scanner(tuple(forbid))
    scanner.visit(tree)
    return sorted(scanner.uses, key=lambda u: (u.line, u.what))


def enforce(problem_id: str, code: str, forbid: tuple[str, ...] | list[str], where: str) -> None:
    """Raise ForbiddenConstructError naming each line that uses a forbidden item."""
    uses = scan(code, forbid)
    if not uses:
        return
    lines = [f"  {where}, line {u.line}: {u.how}" for u in uses[:10]]
    if len(uses) > 10:
        lines.append(f"  ... and {len(uses) - 10} more")
    raise ForbiddenConstructError(
        f"{problem_id} asks you to build the structure yourself, so your code may not use "
        f"{', '.join(forbid)}. Found:\n" + "\n".join(lines) + "\nUse lists, plain variables "
        "and your own classes instead, then run it again."
    )
