"""Write the pandas round's problem packs from tools/pandas_round/problems_*.py.

Run from the repository root: `python -m tools.pandas_round.build [ID ...]` (then ruff
formats the packs). Each problem becomes a
pack in src/pivotprep/content/problems/<id>/ (format 1): the statement with examples drawn
from the first cases, meta.yaml, reference.py, wrong_*.py, generate.py (the first case's
frames grown to n rows) and cases.json, whose expected values are the reference's results
encoded by the judge's own harness, so the pack and the judge cannot disagree on encoding.
"""

from __future__ import annotations

import importlib.util
import json
import pprint
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tools.pandas_round import problems_a, problems_b, problems_c
from tools.pandas_round.spec import Problem

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "src/pivotprep/content/problems"
HARNESS = ROOT / "src/pivotprep/practice/judge/harness.py"
RULES = {
    "row_order": ("Row order matters.", "Rows may come in any order."),
    "index": ("The index must match (labels and name).", "The index is not compared."),
    "dtypes": (
        "Each column's kind must match (integer, float, text, boolean, datetime).",
        "Column types are not compared.",
    ),
    "column_order": ("Columns must come in the order given.", "Columns may come in any order."),
}
DEFAULTS = {"row_order": True, "index": False, "dtypes": True, "column_order": True}


def _harness() -> Any:
    spec = importlib.util.spec_from_file_location("pp_harness", HARNESS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("|", "\\|")


def _table(tagged: dict[str, Any]) -> str:
    if "__series__" in tagged:
        body = tagged["__series__"]
        rows = [[v] for v in body["values"]]
        columns = [body.get("name") or "(values)"]
    else:
        body = tagged["__frame__"]
        rows, columns = body["rows"], body["columns"]
    if not rows:
        return f"(no rows; columns {', '.join(f'`{c}`' for c in columns)})\n"
    lines = ["| " + " | ".join(str(c) for c in columns) + " |"]
    lines.append("|" + "---|" * len(columns))
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _value(value: Any) -> str:
    if isinstance(value, dict) and ("__frame__" in value or "__series__" in value):
        return "\n\n" + _table(value)
    return f" `{json.dumps(value)}`\n"


def _statement(problem: Problem, cases: list[dict[str, Any]]) -> str:
    parts = [f"# {problem.title}\n", problem.story + "\n", "## Examples\n"]
    for case in cases[:2]:
        parts.append(f"**{case['description'].capitalize()}.**\n")
        for name, value in case["input"].items():
            parts.append(f"`{name}`:{_value(value)}")
        parts.append(f"returns:{_value(case['expected'])}")
    rules = {**DEFAULTS, **problem.frame}
    parts.append("## Constraints\n")
    parts.append(f"- Write `{problem.entry}({problem.signature})` returning a {problem.returns}.")
    parts.append("- pandas is available (read-only); no other third-party package.")
    parts.append("- Do not modify the input frames; return a new object.")
    parts += [f"- {RULES[key][0 if on else 1]}" for key, on in rules.items()]
    if problem.drill:
        parts.append(
            f"- Speed: on {problem.drill['n']:,} rows yours must run at least"
            f" {problem.drill['factor']}x faster than the starting file, both timed in the same run."
        )
    parts.append("- Floats are compared to within 1e-9; missing values (NaN, NaT, None) are equal.")
    return "\n".join(parts) + "\n"


def _module(docstring: str, code: str) -> str:
    return f'"""{docstring}"""\n\nimport pandas as pd\n\n\n{code.strip()}\n'


def _wrong(text: str) -> str:
    text = text.strip()
    assert text.startswith('"""'), text[:40]
    end = text.index('"""', 3)
    return _module(text[3:end], text[end + 3 :])


def _generate(problem: Problem) -> str:
    first = pprint.pformat(problem.cases[0][2], width=90, compact=True)
    return f'''"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {first}


def generate(n: int, rng: random.Random) -> dict:
    out = {{}}
    for name, value in TEMPLATE.items():
        if isinstance(value, dict) and "__frame__" in value:
            body = dict(value["__frame__"])
            rows = body["rows"] or [[None] * len(body["columns"])]
            body["rows"] = [list(rows[i % len(rows)]) for i in range(n)]
            out[name] = {{"__frame__": body}}
        else:
            out[name] = value
    return out
'''


def _meta(problem: Problem) -> dict[str, Any]:
    return {
        "format": 1,
        "id": problem.id,
        "title": problem.title,
        "kind": "function",
        "entry": problem.entry,
        "pattern": "dataframes",
        "difficulty": problem.difficulty,
        "complexity": {"time": "n", "space": "n"},
        "complexity_check": False,
        "estimated_minutes": problem.minutes,
        "libraries": ["pandas"],
        "frame": {**DEFAULTS, **problem.frame},
        **({"drill": problem.drill} if problem.drill else {}),
        "hints": problem.hints,
        "tags": ["pandas", *problem.tags],
    }


def build(problem: Problem, harness: Any) -> None:
    folder = PACKS / problem.id
    folder.mkdir(exist_ok=True)
    reference = _module(f"Reference for {problem.id}.", problem.reference)
    namespace: dict[str, Any] = {}
    exec(compile(reference, f"{problem.id}/reference.py", "exec"), namespace)
    entry = namespace[problem.entry]
    cases = []
    for case_id, description, raw in problem.cases:
        kwargs = {k: harness.decode_input(v) for k, v in raw.items()}
        expected = harness.encode(entry(**kwargs))
        cases.append({"id": case_id, "description": description, "input": raw, "expected": expected})
    (folder / "reference.py").write_text(reference, encoding="utf-8")
    for name, text in problem.wrongs.items():
        (folder / f"wrong_{name}.py").write_text(_wrong(text), encoding="utf-8")
    (folder / "generate.py").write_text(problem.generate or _generate(problem), encoding="utf-8")
    if problem.slow:
        doc = f"{problem.title}: the starting file. Right, but slow; make it fast."
        (folder / "slow.py").write_text(_module(doc, problem.slow), encoding="utf-8")
    lines = ",\n".join("  " + json.dumps(case, ensure_ascii=False) for case in cases)
    (folder / "cases.json").write_text(
        '{"format": 1, "cases": [\n' + lines + "\n]}\n", encoding="utf-8"
    )
    (folder / "meta.yaml").write_text(
        yaml.safe_dump(_meta(problem), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    (folder / "problem.md").write_text(_statement(problem, cases), encoding="utf-8")


def main(argv: list[str]) -> int:
    harness = _harness()
    problems = problems_a.PROBLEMS + problems_b.PROBLEMS + problems_c.PROBLEMS
    wanted = set(argv)
    for problem in problems:
        if not wanted or problem.id in wanted:
            build(problem, harness)
    folders = [str(PACKS / p.id) for p in problems if not wanted or p.id in wanted]
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix", "--quiet", *folders], check=False)
    subprocess.run([*ruff, "format", "--quiet", *folders], check=True)
    print(f"wrote {len(folders)} pack(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
