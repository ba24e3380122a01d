"""The starting file of a problem: the entry's signature copied from reference.py via ast.

Only the signature travels (parameter names, annotations, the class's public methods for
design problems); the body is empty, so the stub never leaks the solution.
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
        header += '"""\n\nimport pandas as pd\n\n\n'
    else:
        header += '"""\n\n\n'
    if isinstance(node, ast.FunctionDef):
        return header + _signature(node, "") + BODY[4:]
    assert isinstance(node, ast.ClassDef)
    lines = [f"class {node.name}:\n"]
    methods = [
        item
        for item in node.body
        if isinstance(item, ast.FunctionDef)
        and (item.name == "__init__" or not item.name.startswith("_"))
    ]
    for i, method in enumerate(methods):
        if i:
            lines.append("\n")
        lines.append(_signature(method, "    "))
        lines.append(BODY)
    return header + "".join(lines)
