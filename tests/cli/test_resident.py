"""The resident process behind `pivotprep practice test` and `scan`: the same answers as
in-process, only the user's own, never stale, gone when asked or when its data folder goes.

Each test runs the real entry point as a subprocess (the way a learner's shell does) with
the resident process switched on, and stops the server it started."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pivotprep.cli import resident
from pivotprep.core.settings import get_settings
from pivotprep.practice.problems import load_pack

pytestmark = pytest.mark.skipif(
    os.name != "posix", reason="the resident process needs Unix sockets"
)

PROBLEM = "first-repeated-badge"
ENTRY = [str(Path(sys.executable).with_name("pivotprep"))]  # the command a learner types


@pytest.fixture
def on(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The resident process switched on for this test's data folder, stopped afterwards."""
    monkeypatch.setenv("PIVOTPREP_RESIDENT", "1")
    yield isolated_home
    state = resident.status()
    resident.stop()
    if state is not None:
        _wait_gone(int(state["pid"]))


def _wait_gone(pid: int, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    return False


def pivotprep(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*ENTRY, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **env},
    )


def _verdicts(output: str) -> list[str]:
    """The case lines and the tally, without the judge's varying time."""
    lines = [line for line in output.splitlines() if line.startswith("  ") or "passed" in line]
    return [re.sub(r"judged in \d+ ms", "judged", line) for line in lines]


def _started(cli) -> Path:
    assert cli("practice", "start", PROBLEM).exit_code == 0
    return get_settings().workspace / "practice" / f"{PROBLEM}.py"


def test_eligible_only_for_practice_test_of_one_problem(monkeypatch):
    monkeypatch.setenv("PIVOTPREP_RESIDENT", "1")
    assert resident.eligible(["practice", "test", PROBLEM])
    assert resident.eligible(["practice", "test", PROBLEM, "--no-complexity"])
    assert resident.eligible(["scan", "resume.md", "job.txt", "--json"])
    assert resident.eligible(["scan", "history"])
    for argv in (
        ["practice", "test", PROBLEM, "--watch"],
        ["practice", "test", PROBLEM, "--help"],
        ["practice", "test", PROBLEM, "--no-complexity", "--no-complexity"],
        ["practice", "test"],
        ["practice", "test", "../../etc/passwd"],
        ["practice", "test", "a", "b"],
        ["practice", "start", PROBLEM],
        ["serve"],
        ["scan"],
        ["scan", "resume.md", "-"],
        ["scan", "--help"],
        ["scan", "history", "-h"],
        [],
    ):
        assert not resident.eligible(argv), argv
    monkeypatch.setenv("PIVOTPREP_RESIDENT", "0")
    assert not resident.eligible(["practice", "test", PROBLEM])


def test_same_verdicts_and_exit_status_as_in_process(on, cli):
    stub = _started(cli)
    here = pivotprep("practice", "test", PROBLEM, "--no-complexity", PIVOTPREP_RESIDENT="0")
    there = pivotprep("practice", "test", PROBLEM, "--no-complexity")
    assert here.returncode == there.returncode == 1
    assert _verdicts(there.stdout) == _verdicts(here.stdout)
    assert "0/12 passed" in there.stdout
    assert resident.status() is not None, "the first run leaves a resident process behind"

    stub.write_text(load_pack(PROBLEM).reference_path.read_text() + "\n# mine\n")
    solved = pivotprep("practice", "test", PROBLEM)
    assert solved.returncode == 0, solved.stdout + solved.stderr
    assert "12/12 passed" in solved.stdout
    assert "Complexity:" in solved.stdout
    state = resident.status()
    assert state is not None and state["served"] == 2


ATS = Path(__file__).resolve().parents[2] / "bench" / "data" / "ats"


def test_a_scan_in_another_folder_reads_its_files_there(on, tmp_path):
    folder = tmp_path / "applications"
    folder.mkdir()
    for module in ("typer", "sqlalchemy", "json"):  # a learner's files never shadow ours
        (folder / f"{module}.py").write_text("raise SystemExit('shadowed')\n")
    (folder / "resume.md").write_text(
        (ATS / "resumes" / "r03-finance-to-data-engineer.md").read_text()
    )
    (folder / "job.txt").write_text(
        (ATS / "postings" / "be-cds-back-end-developer.txt").read_text()
    )
    args = ("scan", "resume.md", "job.txt", "--json", "--no-store", "--semantic", "off")
    there = subprocess.run([*ENTRY, *args], cwd=folder, capture_output=True, text=True, timeout=180)
    here = subprocess.run(
        [*ENTRY, *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PIVOTPREP_RESIDENT": "0"},
    )
    assert there.returncode == here.returncode == 0, there.stderr
    assert json.loads(there.stdout) == json.loads(here.stdout)
    state = resident.status()
    assert state is not None and state["served"] == 1
    missing = subprocess.run(
        [*ENTRY, "scan", "nowhere.md", "job.txt"], cwd=folder, capture_output=True, text=True
    )
    assert missing.returncode == 2
    assert "Resume file not found: nowhere.md" in missing.stderr


def test_errors_come_back_on_stderr_with_exit_2(on, cli):
    result = pivotprep("practice", "test", "no-such-problem", "--no-complexity")
    here = pivotprep(
        "practice", "test", "no-such-problem", "--no-complexity", PIVOTPREP_RESIDENT="0"
    )
    assert result.returncode == here.returncode == 2
    assert result.stderr == here.stderr
    assert result.stderr.startswith("Error: No practice problem 'no-such-problem'")
    assert result.stdout == ""
    state = resident.status()
    assert state is not None and state["served"] == 1


def test_the_server_is_the_users_own(on, cli):
    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    folder = resident.run_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / resident.SOCKET_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "server.lock").stat().st_mode) == 0o600


def test_a_changed_setting_gets_a_fresh_server(on, cli):
    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    first = resident.status()
    assert first is not None
    result = pivotprep("practice", "test", PROBLEM, "--no-complexity", PIVOTPREP_JUDGE_WORKERS="1")
    assert "0/12 passed" in result.stdout
    assert _wait_gone(int(first["pid"]), seconds=10)
    os.environ["PIVOTPREP_JUDGE_WORKERS"] = "1"  # status() must match the new server's
    try:
        second = resident.status()
    finally:
        del os.environ["PIVOTPREP_JUDGE_WORKERS"]
    assert second is not None and second["pid"] != first["pid"]


def _raw(request: bytes) -> dict | None:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(60)
    client.connect(str(resident.run_dir() / resident.SOCKET_NAME))
    client.sendall(request)
    client.shutdown(socket.SHUT_WR)
    data = b""
    while chunk := client.recv(65536):
        data += chunk
    client.close()
    return json.loads(data) if data else None


def test_it_runs_nothing_but_practice_test(on, cli):
    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    asked = resident.request_for(["serve", "--host", "0.0.0.0"])
    reply = _raw(json.dumps(asked).encode())
    assert reply == {"restart": False, "code": None}
    assert _raw(b"{" * (resident.MAX_REQUEST_BYTES + 10)) is None  # too large: dropped
    assert _raw(b"not json") is None
    state = resident.status()
    assert state is not None and state["served"] == 1


def test_stop_and_a_vanished_data_folder_end_it(on, cli):
    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    state = resident.status()
    assert state is not None
    said = cli("resident")
    assert f"running as process {state['pid']}" in said.output
    assert cli("resident", "--stop").output.startswith("Stopped the resident process")
    assert "not running" in cli("resident").output
    assert _wait_gone(int(state["pid"]), seconds=10)
    assert not (resident.run_dir() / resident.SOCKET_NAME).exists()

    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    again = resident.status()
    assert again is not None
    (resident.run_dir() / resident.SOCKET_NAME).unlink()  # as when the data folder is removed
    assert _wait_gone(int(again["pid"]), seconds=30), "the server outlived its socket"


def test_a_path_too_long_for_a_socket_runs_in_process(tmp_path, monkeypatch, cli):
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    monkeypatch.setenv("PIVOTPREP_HOME", str(deep))
    monkeypatch.setenv("PIVOTPREP_RESIDENT", "1")
    from pivotprep.core.settings import reset_settings

    reset_settings()
    _started(cli)
    result = pivotprep("practice", "test", PROBLEM, "--no-complexity")
    assert result.returncode == 1 and "0/12 passed" in result.stdout
    assert not (deep / "run" / resident.SOCKET_NAME).exists()
