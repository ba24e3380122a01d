"""The starting file of a problem: the entry's signature copied from reference.py via ast.

Only the signature travels (parameter names, annotations, the class's public methods for
design problems); the body is empty, so the stub never leaks the solution. The imports the
signature's annotations name (`from typing import Any`) travel with it, and the reference's
`from __future__ import annotations` too, so an untouched stub always loads.
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


def make_stub(problem: Problem) -> str:
    meta = problem.meta
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
    header += '"""\n\n'
    if isinstance(node, ast.FunctionDef):
        imports = _imports_for(tree, _annotation_names([node]))
        return header + (imports + "\n\n" if imports else "\n") + _signature(node, "") + BODY[4:]
    assert isinstance(node, ast.ClassDef)
    methods = [
        item
        for item in node.body
        if isinstance(item, ast.FunctionDef)
        and (item.name == "__init__" or not item.name.startswith("_"))
    ]
    imports = _imports_for(tree, _annotation_names(methods))
    lines = [imports + "\n\n" if imports else "\n", f"class {node.name}:\n"]
    for i, method in enumerate(methods):
        if i:
            lines.append("\n")
        lines.append(_signature(method, "    "))
        lines.append(BODY)
    return header + "".join(lines)
