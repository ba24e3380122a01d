"""The static checks: what a reviewer sees before running anything, each verdict with the
file and line it rests on.

They read the scratch copy only. deptry, detect-secrets and ruff parse files without
importing them, so they run here rather than in the clean room.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pivotprep.portfolio import readme
from pivotprep.portfolio.declared import (
    Declared,
    normalise,
    package_for,
    read_declared,
    requirements_of,
)
from pivotprep.portfolio.report import Check, Evidence, last_lines
from pivotprep.portfolio.tools import ToolRun, run_tool

LARGE_BYTES = 10 * 2**20
DATA_BYTES = 2 * 2**20
DATA_SUFFIXES = frozenset(
    {
        ".csv",
        ".parquet",
        ".pkl",
        ".pickle",
        ".joblib",
        ".h5",
        ".hdf5",
        ".pt",
        ".pth",
        ".onnx",
        ".npy",
        ".npz",
        ".zip",
        ".gz",
        ".tar",
        ".bin",
        ".safetensors",
        ".sqlite",
        ".db",
        ".xlsx",
        ".feather",
        ".ckpt",
        ".model",
    }
)
README_NAMES = ("README.md", "README.rst", "README.txt", "README", "readme.md", "Readme.md")
LICENCE_NAMES = re.compile(r"^(LICEN[CS]E|COPYING)(\.(md|txt|rst))?$", re.IGNORECASE)
TOY = re.compile(
    r"\b(load_iris|load_boston|load_digits|load_wine|load_breast_cancer|"
    r"titanic|mnist|fashion_mnist|iris\.csv|boston_housing)\b",
    re.IGNORECASE,
)
TEXT_SUFFIXES = (".py", ".ipynb", ".md", ".txt", ".cfg", ".toml", ".yaml", ".yml", ".sql")
MAX_SCAN_BYTES = 2 * 2**20
# Packages used as programs or by another package, never imported by the project itself:
# declared but "unused" is right for them.
TOOLS = frozenset(
    {
        "uvicorn",
        "gunicorn",
        "hypercorn",
        "pytest",
        "pytest-cov",
        "pytest-asyncio",
        "httpx",
        "black",
        "ruff",
        "mypy",
        "flake8",
        "isort",
        "pre-commit",
        "jupyter",
        "notebook",
        "jupyterlab",
        "ipykernel",
        "python-multipart",
        "psycopg2-binary",
        "psycopg",
        "wheel",
        "setuptools",
        "pip",
        "tox",
        "nox",
        "coverage",
        "gradio",
        "streamlit",
        "openpyxl",
        "pyarrow",
        "fastparquet",
        "email-validator",
    }
)


def files_of(root: Path) -> list[str]:
    """Every file of the copy, relative and sorted."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def _readme(root: Path) -> Path | None:
    return next((root / n for n in README_NAMES if (root / n).is_file()), None)


def check_readme(root: Path) -> Check:
    """A README that says how to set the project up, run it and test it."""
    path = _readme(root)
    check = Check(
        "readme",
        "README with setup, run and test commands",
        "static",
        "fail",
        "No README: a reviewer's first question, how to run it, has no answer.",
        15,
        fix="Write a README with the commands to install, run and test the "
        "project, each in a ```bash block.",
    )
    if path is None:
        return check
    found = readme.commands(path.read_text("utf-8", "replace")[:MAX_SCAN_BYTES])
    check.evidence = [Evidence(path.name, c.line, f"{c.kind}: {c.text}") for c in found][:20]
    kinds = {c.kind for c in found}
    missing = [k for k in ("setup", "run", "test") if k not in kinds]
    if not missing:
        check.status, check.summary = "pass", "The README gives setup, run and test commands."
    else:
        check.status = "warn" if kinds else "fail"
        check.summary = f"{path.name} gives no {' and no '.join(missing)} command."
        check.fix = f"Add the {', '.join(missing)} command(s) to {path.name}, in a ```bash block."
    return check


def check_declared(root: Path, declared: Declared) -> Check:
    """Dependencies declared somewhere a reviewer's tools read."""
    check = Check("deps-declared", "Dependencies declared", "static", "pass", "", 20)
    if declared.files:
        check.summary = f"Declared in {', '.join(declared.files)}."
        check.evidence = [Evidence(f) for f in declared.files]
    else:
        check.status = "fail"
        check.summary = "No requirements.txt, pyproject.toml or lock file: nothing says what to "
        check.summary += "install."
        check.fix = "Declare every package you import in requirements.txt (or pyproject.toml)."
    for error in declared.errors:
        check.status = "fail"
        check.evidence.append(Evidence("pyproject.toml", 0, error))
        check.fix = "Fix pyproject.toml so that it parses."
    return check


def check_pins(declared: Declared) -> Check:
    """Exact versions, or a lock file, so the project installs the same way next month."""
    check = Check("pins", "Versions pinned or locked", "static", "pass", "", 8)
    if declared.locks:
        check.summary = f"Locked by {', '.join(declared.locks)}."
        check.evidence = [Evidence(n) for n in declared.locks]
        return check
    loose = [r for r in declared.requirements if not r.pinned]
    if not declared.requirements:
        check.status, check.summary = "skip", "No dependency declared to pin."
        return check
    check.evidence = [Evidence(r.file, r.line, f"{r.name}{r.spec}") for r in loose][:20]
    if not loose:
        check.summary = "Every requirement is pinned to an exact version."
    else:
        any_bound = any(r.spec for r in loose)
        check.status = "warn" if any_bound else "fail"
        check.summary = f"{len(loose)} of {len(declared.requirements)} requirements are not "
        check.summary += "pinned and there is no lock file."
        check.fix = (
            f"Pin exact versions (e.g. `{loose[0].name}==X.Y.Z`, from `pip freeze`) "
            "or commit a lock file."
        )
    return check


def _deptry_issues(root: Path, declared: Declared) -> tuple[ToolRun, dict[str, list[Any]]]:
    """deptry's issues by code. An import deptry calls transitive only because this machine
    happens to have its package is counted as missing: nothing the project declares
    brings it along."""
    out = root / ".pivotprep-deptry.json"
    run = run_tool("deptry", [".", "-o", out.name, "--no-ansi"], root, "deptry .")
    try:
        issues = json.loads(out.read_text("utf-8")) if out.is_file() else []
    except (OSError, ValueError):
        issues = []
    out.unlink(missing_ok=True)
    found: dict[str, list[Any]] = {"DEP001": [], "DEP002": [], "DEP003": []}
    brought = requirements_of(declared.names)
    for issue in issues:
        code = issue["error"]["code"]
        if code == "DEP002" and issue["module"].lower().replace("_", "-") in TOOLS:
            continue
        if code == "DEP003" and normalise(package_for(issue["module"])) not in brought:
            code = "DEP001"
        found.setdefault(code, []).append(issue)
    return run, found


def _dep_fix(code: str, issue: dict[str, Any], target: str) -> str:
    module, where = issue["module"], issue["location"]["file"]
    if code == "DEP001":
        return f"declare `{package_for(module)}` in {target}: `{where}` imports it"
    if code == "DEP003":
        return (
            f"declare `{package_for(module)}` in {target} (`{where}` imports it; today it "
            "only arrives with another package)"
        )
    return f"remove `{module}` from {where} or use it"


DEP_SPECS = (
    ("deps-missing", "Imports declared", "DEP001", 20, "imported but not declared"),
    (
        "deps-transitive",
        "No reliance on transitive dependencies",
        "DEP003",
        8,
        "imported but only installed as another package's dependency",
    ),
    ("deps-unused", "No unused dependencies", "DEP002", 4, "declared but never imported"),
)


def _deptry_checks(root: Path, declared: Declared) -> list[Check]:
    """Missing, unused and transitive dependencies, from deptry's JSON report."""
    run, found = _deptry_issues(root, declared)
    target = declared.files[0] if declared.files else "requirements.txt"
    checks = []
    for check_id, title, code, impact, what in DEP_SPECS:
        items = found.get(code, [])
        check = Check(
            check_id,
            title,
            "static",
            ("warn" if code == "DEP002" else "fail") if items else "pass",
            f"{len(items)} package(s) {what}." if items else "None found.",
            impact,
            command=run.command,
            exit_code=run.exit_code,
            seconds=run.seconds,
        )
        check.evidence = [
            Evidence(i["location"]["file"], i["location"]["line"] or 0, i["module"]) for i in items
        ][:20]
        if items:
            text = "; ".join(_dep_fix(code, i, target) for i in items[:3])
            check.fix = text[:1].upper() + text[1:] + "."
            lines = (run.stdout + run.stderr).splitlines()
            check.tail = last_lines("\n".join(line for line in lines if code in line), 6)
        if run.exit_code not in (0, 1):
            check.status, check.summary = "skip", "deptry could not analyse the project."
            check.tail = last_lines(run.stderr)
        checks.append(check)
    return checks


def check_secrets(root: Path) -> Check:
    """No key, token or password committed (detect-secrets; the secret is never shown)."""
    run = run_tool(
        "detect_secrets",
        ["scan", "--all-files", "-n", "."],
        root,
        "detect-secrets scan --all-files",
    )
    check = Check(
        "secrets",
        "No committed secrets",
        "static",
        "pass",
        "None found.",
        20,
        command=run.command,
        exit_code=run.exit_code,
        seconds=run.seconds,
    )
    try:
        results = json.loads(run.stdout).get("results", {})
    except ValueError:
        check.status, check.summary = "skip", "detect-secrets could not scan the project."
        check.tail = last_lines(run.stderr)
        return check
    hits = [(name, h) for name, items in sorted(results.items()) for h in items]
    if hits:
        check.status = "fail"
        check.summary = f"{len(hits)} likely secret(s) committed."
        check.evidence = [
            Evidence(n, h.get("line_number", 0), h.get("type", "secret")) for n, h in hits
        ][:20]
        first = hits[0]
        check.fix = (
            f"Remove the {first[1].get('type', 'secret')} from "
            f"{first[0]}:{first[1].get('line_number', 0)}, revoke it, and read it "
            "from an environment variable (a .env file listed in .gitignore)."
        )
    return check


def check_large(root: Path, names: list[str]) -> Check:
    """No large data or model files in the repository."""
    big = []
    for name in names:
        size = (root / name).stat().st_size
        suffix = Path(name).suffix.lower()
        if size > LARGE_BYTES or (suffix in DATA_SUFFIXES and size > DATA_BYTES):
            big.append(Evidence(name, 0, f"{size / 2**20:.1f} MB"))
    check = Check(
        "large-files",
        "No large data or model files",
        "static",
        "pass",
        "None found.",
        8,
        evidence=big[:20],
    )
    if big:
        check.status = "fail"
        check.summary = f"{len(big)} large data or model file(s) committed."
        check.fix = (
            f"Take {big[0].file} out of the repository: download it in a script or "
            "keep it in Git LFS, and list it in .gitignore."
        )
    return check


def check_simple(root: Path, names: list[str]) -> list[Check]:
    """.gitignore, a licence and tests: present or not."""
    tests = [n for n in names if re.search(r"(^|/)(test_[^/]*|[^/]*_test)\.py$", n)]
    licence = [n for n in names if "/" not in n and LICENCE_NAMES.match(n)]
    return [
        Check(
            "gitignore",
            ".gitignore",
            "static",
            "pass" if (root / ".gitignore").is_file() else "fail",
            "Present." if (root / ".gitignore").is_file() else "No .gitignore.",
            4,
            fix="Add a .gitignore (virtual environments, caches, .env, data files).",
        ),
        Check(
            "licence",
            "A licence",
            "static",
            "pass" if licence else "warn",
            f"{licence[0]}." if licence else "No LICENSE file.",
            3,
            evidence=[Evidence(n) for n in licence],
            fix="Add a LICENSE file (MIT or Apache-2.0 for a portfolio).",
        ),
        Check(
            "tests-present",
            "Tests present",
            "static",
            "pass" if tests else "fail",
            f"{len(tests)} test file(s)." if tests else "No test_*.py or *_test.py file.",
            12,
            evidence=[Evidence(n) for n in tests[:10]],
            fix="Add tests (pytest) for the main paths and for bad input.",
        ),
    ]


def check_shape(root: Path, names: list[str]) -> list[Check]:
    """A notebook-only project, and toy datasets."""
    notebooks = [n for n in names if n.endswith(".ipynb")]
    code = [n for n in names if n.endswith(".py")]
    only = bool(notebooks) and not code
    shape = Check(
        "notebooks-only",
        "More than notebooks",
        "static",
        "fail" if only else "pass",
        "Only notebooks: nothing a reviewer can install, run or call."
        if only
        else "The project has Python modules.",
        10,
        evidence=[Evidence(n) for n in notebooks[:10]] if only else [],
        fix="Move the model into a module and serve a prediction with a small API "
        "(FastAPI or Flask) with tests: it is worth more than a perfect notebook.",
    )
    toy: list[Evidence] = []
    for name in names:
        if name.endswith(TEXT_SUFFIXES) or Path(name).suffix == ".csv":
            text = (root / name).read_bytes()[:MAX_SCAN_BYTES].decode("utf-8", "replace")
            toy += [
                Evidence(name, text.count("\n", 0, m.start()) + 1, m.group(0))
                for m in TOY.finditer(text)
            ][:3]
        if TOY.search(Path(name).name):
            toy.append(Evidence(name, 0, Path(name).name))
    data = Check(
        "toy-data",
        "Real data, not a toy dataset",
        "static",
        "warn" if toy else "pass",
        "Uses a tutorial dataset every reviewer has seen." if toy else "None found.",
        5,
        evidence=toy[:10],
        fix="Swap the toy dataset for real, messy data (a public API, an open-data "
        "portal, your own logs) and show the cleaning.",
    )
    return [shape, data]


RUFF_ARGS = ["check", "--isolated", "--select", "E9,F,B", "--output-format", "json"]
SERIOUS = ("E9", "F82", "F63", "invalid-syntax")


def _ruff_evidence(root: Path, item: dict[str, Any]) -> Evidence:
    name = Path(item["filename"])
    if name.is_absolute():
        name = name.relative_to(root.resolve())
    row = (item.get("location") or {}).get("row", 0)
    return Evidence(name.as_posix(), row, f"{item.get('code')}: {item.get('message', '')}"[:200])


def check_ruff(root: Path) -> Check:
    """ruff's findings, summarised by rule (syntax errors and undefined names fail)."""
    run = run_tool("ruff", [*RUFF_ARGS, "--exit-zero", "."], root, "ruff check --select E9,F,B .")
    check = Check(
        "ruff",
        "ruff finds no errors",
        "static",
        "pass",
        "No finding.",
        5,
        command=run.command,
        exit_code=run.exit_code,
        seconds=run.seconds,
    )
    try:
        found = json.loads(run.stdout or "[]")
    except ValueError:
        check.status, check.summary = "skip", "ruff did not run."
        check.tail = last_lines(run.stderr)
        return check
    counts: dict[str, int] = {}
    for item in found:
        counts[item.get("code") or "E999"] = counts.get(item.get("code") or "E999", 0) + 1
    if found:
        serious = [i for i in found if (i.get("code") or "E9").startswith(SERIOUS)]
        check.status = "fail" if serious else "warn"
        top = sorted(counts.items(), key=lambda kv: -kv[1])[:8]
        check.summary = f"{len(found)} finding(s): " + ", ".join(f"{c} ×{n}" for c, n in top)
        check.evidence = [_ruff_evidence(root, i) for i in (serious or found)[:15]]
        check.fix = "Fix what `ruff check` reports" + (
            " (syntax errors and undefined names first)." if serious else "."
        )
    return check


def static_checks(root: Path) -> list[Check]:
    """Every static check of the project copied at `root`."""
    names = files_of(root)
    declared = read_declared(root)
    return [
        check_readme(root),
        check_declared(root, declared),
        *_deptry_checks(root, declared),
        check_pins(declared),
        check_secrets(root),
        check_large(root, names),
        *check_simple(root, names),
        *check_shape(root, names),
        check_ruff(root),
    ]
