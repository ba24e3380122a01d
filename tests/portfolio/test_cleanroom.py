"""The clean room, for real (bubblewrap): each fixture project gets the verdicts it
deserves from the install, its tests, its server and the probes; stages that hang are
stopped at their caps; nothing of the host is visible and there is no network.

Installs come from a wheelhouse made once per session (`pip download`), which is what
PIVOTPREP_PORTFOLIO_WHEELS is for: the install still takes the declared packages only.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pivotprep.portfolio import notebooks, runtime
from pivotprep.portfolio.cleanroom import Caps
from pivotprep.portfolio.report import Check
from tests.conftest import need
from tests.portfolio.projects import (
    GOOD,
    NEVER_STARTS,
    NOTEBOOK_ONLY,
    NOTEBOOKS,
    REQUIREMENTS,
    SERVER_ERROR,
    SPY,
    UNDECLARED,
    write,
)

pytestmark = pytest.mark.xdist_group("portfolio-cleanroom")


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    need(shutil.which("bwrap") is not None, "bubblewrap (bwrap) is not installed")
    folder = tmp_path_factory.mktemp("wheels")
    wanted = [line for line in REQUIREMENTS.splitlines() if line] + list(notebooks.TOOLS)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "-d", str(folder), *wanted],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    need(done.returncode == 0, f"the package index is not reachable: {done.stderr[-300:]}")
    return folder


@pytest.fixture
def run(wheelhouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PIVOTPREP_PORTFOLIO_WHEELS", str(wheelhouse))

    def check(
        files: dict[str, str], caps: Caps | None = None, progress: list[str] | None = None
    ) -> dict[str, Check]:
        root = write(tmp_path / "project", files)
        scratch = tmp_path / "scratch"
        scratch.mkdir()
        told = progress.append if progress is not None else None
        result = runtime.run_stages(root, scratch, caps or Caps(serve=40), told)
        checks = {c.id: c for c in result.checks}
        checks["_result"] = result  # type: ignore[assignment]
        return checks

    return check


def test_good_project_installs_passes_serves_and_survives_probes(run) -> None:
    stages: list[str] = []
    checks = run(GOOD, progress=stages)
    assert stages == ["installing", "testing", "serving", "probing"]
    verdicts = {k: c.status for k, c in checks.items() if k != "_result"}
    assert verdicts == {
        "install": "pass",
        "tests-run": "pass",
        "serve": "pass",
        "probe-root": "pass",
        "probe-documented": "pass",
        "probe-malformed": "pass",
        "probe-fuzz": "pass",
        "probe-conformance": "pass",
        "probe-5xx": "pass",
    }, {k: c.summary for k, c in checks.items() if k != "_result"}
    assert checks["tests-run"].summary == "Passed (3 passed)."
    assert checks["tests-run"].command == "pytest -q" and checks["tests-run"].exit_code == 0
    assert checks["probe-documented"].evidence[0].file == "README:23"
    assert checks["_result"].first_run_seconds > 0  # type: ignore[attr-defined]


def test_undeclared_import_breaks_tests_and_server(run) -> None:
    checks = run(UNDECLARED)
    assert checks["install"].status == "pass"
    assert checks["tests-run"].status == "fail"
    assert any("No module named 'yaml'" in line for line in checks["tests-run"].tail)
    assert checks["serve"].status == "fail"
    assert "exited" in checks["serve"].summary
    assert any("yaml" in line for line in checks["serve"].tail)


def test_500_on_bad_input_is_caught_through_the_cli(run, cli, tmp_path: Path) -> None:
    project = write(tmp_path / "five-hundred", SERVER_ERROR)
    result = cli("portfolio", "check", str(project), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    checks = {c["id"]: c for c in data["checks"]}
    assert checks["serve"]["status"] == "pass"
    malformed = checks["probe-malformed"]
    assert malformed["status"] == "fail"
    assert any("→ 500" in e["file"] for e in malformed["evidence"])
    assert checks["probe-5xx"]["status"] == "fail"
    assert checks["probe-documented"]["status"] == "pass"
    assert checks["tests-run"]["status"] == "fail"  # its own bad-input test catches it too
    assert data["fixes"][:2] == [checks["tests-run"]["fix"], malformed["fix"]]
    assert malformed["fix"].startswith("Validate the body of POST /predict")
    assert data["sandbox"] == "bubblewrap"


def test_server_that_never_starts_is_stopped_at_its_cap(run) -> None:
    checks = run(NEVER_STARTS, Caps(serve=8))
    assert checks["tests-run"].status == "fail"  # the tests import the app: it hangs too?
    assert checks["serve"].status == "fail"
    assert checks["serve"].summary == "The server did not answer on port 8000 within 8 s."
    assert "probe-root" not in checks


def test_notebook_only_project_has_nothing_to_install(run) -> None:
    checks = run(NOTEBOOK_ONLY)
    assert checks["install"].status == "fail"
    assert checks["install"].summary.startswith("Nothing to install")
    assert checks["tests-run"].status == "skip"


def test_install_that_overruns_is_killed(run) -> None:
    checks = run(GOOD, Caps(install=0.5))
    assert checks["install"].status == "fail"
    assert checks["install"].summary == "The install did not finish within 0 s."
    assert checks["install"].exit_code is None


def test_clean_room_has_no_network_and_no_host_files(run, tmp_path: Path, monkeypatch) -> None:
    secret = tmp_path / "private.txt"
    secret.write_text("the user's data\n")
    files = {**SPY, "test_spy.py": SPY["test_spy.py"].replace("/nonexistent", str(secret))}
    checks = run(files)
    assert checks["tests-run"].status == "pass", checks["tests-run"].tail
    assert checks["tests-run"].summary == "Passed (2 passed)."


def test_notebooks_run_and_hidden_state_is_found(run) -> None:
    checks = run(NOTEBOOKS)
    assert checks["install"].status == "pass"
    ran = checks["notebooks-run"]
    assert ran.status == "fail" and ran.summary == "1 of 2 notebook(s) ran top to bottom."
    [failed] = ran.evidence
    assert failed.file == "notebooks/hidden.ipynb"
    assert failed.text.startswith("code cell 1: ") and "NameError" in failed.text
    state = checks["notebook-state"]
    assert state.status == "fail"
    assert state.evidence[0].text == (
        "code cell 1 ran without error when saved but fails from a fresh kernel"
    )
