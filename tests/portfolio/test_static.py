"""The static checks on the fixture projects: each gets the verdict it deserves, with the
file and line it rests on."""

from __future__ import annotations

from pathlib import Path

from pivotprep.portfolio import readme
from pivotprep.portfolio.declared import read_declared
from pivotprep.portfolio.report import Check
from pivotprep.portfolio.static import static_checks
from tests.portfolio.projects import GOOD, NOTEBOOK_ONLY, SECRET, UNDECLARED, write


def _by_id(checks: list[Check]) -> dict[str, Check]:
    return {c.id: c for c in checks}


def test_readme_commands_with_lines() -> None:
    found = readme.commands(GOOD["README.md"])
    assert [(c.kind, c.text) for c in found] == [
        ("setup", "pip install -r requirements.txt"),
        ("run", "uvicorn app:app --port 8000"),
        ("test", "pytest -q"),
    ]
    assert found[0].line == 8


def test_readme_prompts_chains_and_inline_code() -> None:
    text = "Run `python -m venv .venv && pip install -e .` then\n\n    $ python -m pytest\n"
    assert [(c.kind, c.text) for c in readme.commands(text)] == [
        ("setup", "python -m venv .venv"),
        ("setup", "pip install -e ."),
        ("test", "python -m pytest"),
    ]
    assert readme.kind_of("python train.py --epochs 3") == "run"
    assert readme.kind_of("cd src") is None


def test_declared_requirements_and_pins(tmp_path: Path) -> None:
    root = write(tmp_path / "p", {"requirements.txt": "# deps\nfastapi==0.1\nPandas>=2\n"})
    declared = read_declared(root)
    assert [(r.name, r.spec, r.line, r.pinned) for r in declared.requirements] == [
        ("fastapi", "==0.1", 2, True),
        ("pandas", ">=2", 3, False),
    ]
    assert declared.install_args == ["-r", "requirements.txt"]


def test_declared_from_pyproject(tmp_path: Path) -> None:
    pyproject = (
        '[project]\nname = "x"\ndependencies = ["httpx>=0.27"]\n'
        '[project.optional-dependencies]\ndev = ["pytest"]\n'
    )
    declared = read_declared(write(tmp_path / "p", {"pyproject.toml": pyproject}))
    assert declared.install_args == ["httpx>=0.27", "pytest"]
    assert declared.requirements[0].line == 3


def test_good_project_passes(tmp_path: Path) -> None:
    checks = _by_id(static_checks(write(tmp_path / "good", GOOD)))
    failed = {k: c.summary for k, c in checks.items() if c.status in ("fail", "warn")}
    assert failed == {}
    assert checks["tests-present"].evidence[0].file == "tests/test_app.py"


def test_undeclared_import_is_named_with_its_line(tmp_path: Path) -> None:
    checks = _by_id(static_checks(write(tmp_path / "undeclared", UNDECLARED)))
    missing = checks["deps-missing"]
    assert missing.status == "fail"
    assert [(e.file, e.line, e.text) for e in missing.evidence] == [("features.py", 1, "yaml")]
    assert missing.fix == "Declare `pyyaml` in requirements.txt: `features.py` imports it."
    assert missing.command == "deptry ." and missing.exit_code == 1


def test_secret_is_found_and_never_shown(tmp_path: Path) -> None:
    checks = _by_id(static_checks(write(tmp_path / "secret", SECRET)))
    secret = checks["secrets"]
    assert secret.status == "fail"
    assert (secret.evidence[0].file, secret.evidence[0].line) == ("settings.py", 1)
    assert "AKIA" not in repr(secret)


def test_notebook_only_and_toy_data(tmp_path: Path) -> None:
    checks = _by_id(static_checks(write(tmp_path / "nb", NOTEBOOK_ONLY)))
    assert checks["notebooks-only"].status == "fail"
    assert checks["toy-data"].status == "warn"
    assert checks["toy-data"].evidence[0].text == "load_iris"
    assert checks["readme"].status == "fail" and checks["deps-declared"].status == "fail"
    assert checks["tests-present"].status == "fail"


def test_large_file_and_ruff_errors(tmp_path: Path) -> None:
    root = write(tmp_path / "p", {**GOOD, "broken.py": "def f(:\n", "lint.py": "print(x)\n"})
    (root / "model.pkl").write_bytes(b"\0" * (3 * 2**20))
    checks = _by_id(static_checks(root))
    assert checks["large-files"].status == "fail"
    assert checks["large-files"].evidence[0].file == "model.pkl"
    ruff = checks["ruff"]
    assert ruff.status == "fail"
    assert {(e.file, e.line) for e in ruff.evidence} >= {("broken.py", 1), ("lint.py", 1)}
