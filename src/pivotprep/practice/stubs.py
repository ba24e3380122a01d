"""The starting file of a problem: the entry's signature copied from reference.py via ast.

Only the signature travels (parameter names, annotations, the class's public methods for
design problems); the body is empty, so the stub never leaks the solution. The imports the
signature's annotations name (`from typing import Any`) travel with it, and the reference's
`from __future__ import annotations` too, so an untouched stub always loads. A pack's
helpers.py (code the statement presents) is copied in whole, marked as provided.
"""

from __future__ import annotations

import ast

from pivotprep.practice.problems import Problem

BODY = "        pass  # write your solution here\n"


def _signature(node: ast.FunctionDef, indent: str) -> str:
    args = ast.unparse(node.args)
    returns = f" -> {ast.unparse(node.returns)}" if node.returns is not None else ""
    return f"{indent}def {node.name}({args}){returns}:\n"


def _find(tree: ast.Module, name: str) -> ast.stmt | None:
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name:
            return node
    return None


def drill_stub(problem: Problem) -> str:
    """A speed drill starts from its slow version: right, but too slow."""
    meta = problem.meta
    assert meta.drill is not None
    slow = problem.slow_path.read_text(encoding="utf-8")
    tree = ast.parse(slow)
    body = slow
    if tree.body and isinstance(tree.body[0], ast.Expr):  # drop the pack's own docstring
        body = "\n".join(slow.splitlines()[tree.body[0].end_lineno or 0 :]).lstrip("\n")
    return (
        f'"""{meta.title}\n\n'
        f"Statement: `pivotprep problems show {meta.id}`. Judge this file with\n"
        f"`pivotprep practice test {meta.id}`.\n"
        f"This version is right but slow: make it at least {meta.drill.factor:g}x faster.\n"
        '"""\n\n' + body
    )


def _annotation_names(nodes: list[ast.FunctionDef]) -> set[str]:
    """The top-level names the annotations of `nodes` refer to (`Any`, `typing` in
    `typing.Any`)."""
    names: set[str] = set()
    for node in nodes:
        args = node.args
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        annotations = [a.annotation for a in every if a is not None and a.annotation]
        annotations += [node.returns] if node.returns is not None else []
        for annotation in annotations:
            names |= {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)}
    return names


def _imports_for(tree: ast.Module, names: set[str]) -> str:
    """The reference's module-level imports of `names`, as source lines (a `from __future__`
    import first, when the reference has one)."""
    lines: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            lines.insert(0, ast.unparse(node) + "\n")
        elif isinstance(node, ast.ImportFrom | ast.Import):
            kept = [a for a in node.names if (a.asname or a.name).split(".")[0] in names]
            if kept:
                lines.append(ast.unparse(type(node)(**{**vars(node), "names": kept})))
    return "".join(f"{line}\n" for line in lines)


HELPERS_START = "# ---- provided by the problem: use these as they are ----\n"
HELPERS_END = "# ---- your solution below ----\n"


def _helpers(source: str) -> str:
    """The pack's helper code as a marked block of the stub (its docstring dropped)."""
    body = ast.parse(source).body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        source = "".join(source.splitlines(keepends=True)[body[0].end_lineno or 0 :])
    return f"{HELPERS_START}{source.strip()}\n{HELPERS_END}\n\n"


def make_stub(problem: Problem) -> str:
    meta = problem.meta
    if meta.drill is not None:
        return drill_stub(problem)
    tree = ast.parse(problem.reference_path.read_text(encoding="utf-8"))
    node = _find(tree, meta.entry)
    if node is None:
        raise ValueError(f"{problem.id}: reference.py does not define {meta.entry!r}")
    header = (
        f'"""{meta.title}\n\n'
        f"Statement: `pivotprep problems show {meta.id}`. Judge this file with\n"
        f"`pivotprep practice test {meta.id}` (add --watch to re-judge on every save).\n"
    )
    if meta.forbid:
        header += f"Build it yourself: the judge refuses code that uses {', '.join(meta.forbid)}.\n"
    if meta.arguments or meta.returns:
        header += (
            "`ListNode(val, next)` and `TreeNode(val, left, right)` are provided by the judge.\n"
        )
    if "pandas" in meta.libraries:
        header += "pandas is available (read-only); other third-party packages are not.\n"
    header += '"""\n\n'
    if isinstance(node, ast.FunctionDef):
        functions, lines = [node], [_signature(node, ""), BODY[4:]]
    else:
        assert isinstance(node, ast.ClassDef)
        functions = [
            item
            for item in node.body
            if isinstance(item, ast.FunctionDef)
            and (item.name == "__init__" or not item.name.startswith("_"))
        ]
        lines = [f"class {node.name}:\n"]
        for i, method in enumerate(functions):
            lines += ["\n"] * bool(i) + [_signature(method, "    "), BODY]
    imports = _imports_for(tree, _annotation_names(functions))
    header += imports + "\n\n" if imports else "\n"
    if problem.helpers_path is not None:  # after the imports: `from __future__` comes first
        header += _helpers(problem.helpers_path.read_text(encoding="utf-8"))
    return header + "".join(lines)
