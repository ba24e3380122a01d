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


def test_a_resume_whose_name_is_not_utf8_is_scanned_both_ways(on, tmp_path):
    # a Linux file name is bytes: b"cv-\xff.md" reaches Python as "cv-\udcff.md", which
    # opens the file but cannot be stored or printed as it is
    folder = tmp_path / "applications"
    folder.mkdir()
    resume_bytes = (ATS / "resumes" / "r03-finance-to-data-engineer.md").read_bytes()
    with open(os.fsencode(folder) + b"/cv-\xff.md", "wb") as handle:
        handle.write(resume_bytes)
    (folder / "job.txt").write_text(
        (ATS / "postings" / "be-cds-back-end-developer.txt").read_text()
    )
    results = [
        subprocess.run(
            [*ENTRY, "scan", b"cv-\xff.md", "job.txt", "--json", "--semantic", "off"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=180,
            env={**os.environ, "PIVOTPREP_RESIDENT": resident_on},
        )
        for resident_on in ("1", "0")
    ]
    there, here = results
    assert there.returncode == 0, there.stderr
    assert here.returncode == 0, here.stderr
    scanned = [json.loads(result.stdout) for result in results]
    names = [(data["resume"]["name"], data["resume"]["version"]) for data in scanned]
    assert names == [("cv-\ufffd.md", 1), ("cv-\ufffd.md", 1)]  # stored, then found again
    state = resident.status()
    assert state is not None and state["served"] == 1


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
    assert stat.S_IMODE((folder / "server.log").stat().st_mode) == 0o600


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


def _env(**changes: str | None) -> dict[str, str]:
    env = {**os.environ}
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def test_a_run_folder_not_ours_alone_is_neither_used_nor_changed(on, cli, tmp_path):
    _started(cli)
    folder = resident.run_dir()
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # ours, but others may enter it and may have left a socket there
    result = pivotprep("practice", "test", PROBLEM, "--no-complexity")
    assert result.returncode == 1 and "0/12 passed" in result.stdout
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert not (folder / resident.SOCKET_NAME).exists()
    assert resident.status() is None
    said = cli("resident").output
    assert "not used, as others may enter" in said and "(mode 755, not 700)" in said

    folder.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    folder.symlink_to(elsewhere)  # a private folder, but reached through a link
    result = pivotprep("practice", "test", PROBLEM, "--no-complexity")
    assert result.returncode == 1 and "0/12 passed" in result.stdout
    assert list(elsewhere.iterdir()) == []
    folder.unlink()

    if os.getuid() == 0:  # someone else's folder, however private: never ours to chmod
        folder.mkdir(mode=0o755)
        os.chown(folder, 65534, 65534)
        result = pivotprep("practice", "test", PROBLEM, "--no-complexity")
        assert result.returncode == 1 and "0/12 passed" in result.stdout
        info = folder.stat()
        assert (info.st_uid, stat.S_IMODE(info.st_mode)) == (65534, 0o755)
        assert not (folder / resident.SOCKET_NAME).exists()


IMPOSTOR = """
import os, socket, sys
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o666)
os.setgid(65534)
os.setuid(65534)
listener.listen(1)  # the peer's credentials are the ones at listen()
print("ready", flush=True)
listener.settimeout(60)
connection, _ = listener.accept()
connection.settimeout(5)
heard = b""
try:
    while chunk := connection.recv(65536):
        heard += chunk
except OSError:
    pass
print(len(heard), flush=True)
"""


@pytest.mark.skipif(os.getuid() != 0, reason="needs a second user: run as root")
def test_a_socket_another_user_listens_on_hears_nothing(on):
    assert resident.private_folder(resident.run_dir(), create=True)
    path = resident.run_dir() / resident.SOCKET_NAME
    impostor = subprocess.Popen(
        [sys.executable, "-c", IMPOSTOR, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert impostor.stdout is not None and impostor.stdout.readline().strip() == "ready"
        assert resident._connect(path, timeout=5.0) is None  # hung up before a word
        assert impostor.stdout.readline().strip() == "0"
    finally:
        impostor.kill()
        impostor.wait()


def _fake_server(behaviour: bytes) -> Iterator[None]:
    """A server of ours that reads the request, then says `behaviour` and hangs up."""
    import threading

    assert resident.private_folder(resident.run_dir(), create=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(resident.run_dir() / resident.SOCKET_NAME))
    listener.listen(1)

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            while connection.recv(65536):
                pass
            connection.sendall(behaviour)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield
    thread.join(60)
    listener.close()


def test_a_command_the_server_began_is_never_run_again_here(on, capsys):
    for _ in _fake_server(resident.RUNNING + b'{"code": 0, "std'):  # died mid-answer
        assert resident.run_if_resident(["practice", "test", PROBLEM]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert "the resident process stopped before it answered" in said.err
    (resident.run_dir() / resident.SOCKET_NAME).unlink()
    for _ in _fake_server(b""):  # gone before it began: the command runs in-process
        assert resident.run_if_resident(["practice", "test", PROBLEM]) is None


def test_a_silent_or_trickling_client_does_not_hold_up_the_others(on, cli):
    import threading

    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    dropped = threading.Event()

    def trickle() -> None:  # a byte at a time, never a whole request
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(str(resident.run_dir() / resident.SOCKET_NAME))
        try:
            for _ in range(600):
                client.sendall(b" ")
                time.sleep(0.2)
        except OSError:
            dropped.set()
        finally:
            client.close()

    slow = threading.Thread(target=trickle)
    slow.start()
    result = pivotprep("practice", "test", PROBLEM, "--no-complexity")
    slow.join()
    assert dropped.is_set(), "the server waited on a client that never finished its request"
    assert "0/12 passed" in result.stdout
    state = resident.status()
    assert state is not None and state["served"] == 2


def test_a_reader_that_reads_nothing_loses_its_answer_alone(monkeypatch):
    from pivotprep.cli import resident_wire

    monkeypatch.setattr(resident_wire, "SEND_SECONDS", 0.5)
    ours, theirs = socket.socketpair()
    with ours, theirs:  # `theirs` never reads: a suspended client
        assert not resident_wire.send(ours, {"stdout": "x" * (16 << 20)})


def test_a_malformed_request_does_not_end_the_server(on, cli):
    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    for argv in ({"scan": 1}, "scan x", ["scan", 7], None):
        asked = {**resident.request_for(["scan", "x"]), "argv": argv}
        assert _raw(json.dumps(asked).encode()) == {"restart": False, "code": None}
    asked = {**resident.request_for(["scan", "x"]), "terminal": ["not", "a", "dict"]}
    assert _raw(json.dumps(asked).encode()) == {"restart": False, "code": None}
    state = resident.status()
    assert state is not None and state["served"] == 1


def test_the_database_removed_meanwhile_gets_the_next_run(on, cli):
    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    for path in get_settings().home.glob("pivotprep.db*"):
        path.unlink()  # as `rm`, or a restore that replaces the file
    again = pivotprep("practice", "test", PROBLEM, "--no-complexity")
    assert "0/12 passed" in again.stdout
    stats = pivotprep("practice", "stats", PIVOTPREP_RESIDENT="0")
    assert "0/1 runs passed" in stats.stdout, stats.stdout


def test_a_path_only_the_clients_process_sees_is_not_resident(monkeypatch, tmp_path):
    monkeypatch.setenv("PIVOTPREP_RESIDENT", "1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "job.txt").symlink_to("/proc/self/fd/0")
    for argv in (
        ["scan", "resume.md", "/dev/stdin"],
        ["scan", "resume.md", "/dev/fd/0"],
        ["scan", "/proc/self/cwd/resume.md", "job.md"],
        ["scan", "resume.md", "job.txt"],
        ["scan", "resume.md", "--job-text=/dev/stdin"],
    ):
        assert not resident.eligible(argv), argv
    (tmp_path / "job.txt").unlink()
    assert resident.eligible(["scan", "resume.md", "job.txt"])


def test_a_job_from_dev_stdin_reads_the_clients_input(on, tmp_path):
    folder = tmp_path / "apply"
    folder.mkdir()
    (folder / "resume.md").write_text(
        (ATS / "resumes" / "r03-finance-to-data-engineer.md").read_text()
    )
    job = ATS / "postings" / "be-cds-back-end-developer.txt"
    args = [*ENTRY, "scan", "resume.md", "/dev/stdin", "--json", "--no-store", "--semantic", "off"]
    results = []
    for resident_on in ("1", "0"):
        with job.open() as stdin:
            results.append(
                subprocess.run(
                    args,
                    cwd=folder,
                    stdin=stdin,
                    capture_output=True,
                    text=True,
                    timeout=180,
                    env=_env(PIVOTPREP_RESIDENT=resident_on),
                )
            )
    there, here = results
    assert there.returncode == here.returncode == 0, there.stderr
    assert json.loads(there.stdout) == json.loads(here.stdout)


def test_a_reader_gone_ends_the_client_quietly_with_1(on, cli):
    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")  # the server is up
    codes = []
    for resident_on in ("1", "0"):
        client = subprocess.Popen(
            [*ENTRY, "practice", "test", PROBLEM, "--no-complexity"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(PIVOTPREP_RESIDENT=resident_on),
        )
        assert client.stdout is not None and client.stderr is not None
        client.stdout.close()  # `| head -0`: the reader is gone before a line is written
        err = client.stderr.read().decode()
        codes.append(client.wait(timeout=180))
        assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert codes == [1, 1]
    state = resident.status()
    assert state is not None and state["served"] == 2


def test_a_terminal_on_stdin_sets_the_width_as_in_process(on, tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    folder = tmp_path / "apply"
    folder.mkdir()
    (folder / "resume.md").write_text(
        (ATS / "resumes" / "r03-finance-to-data-engineer.md").read_text()
    )
    (folder / "job.txt").write_text(
        (ATS / "postings" / "be-cds-back-end-developer.txt").read_text()
    )
    primary, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 150, 0, 0))
    outputs = []
    try:
        for resident_on in ("1", "0"):  # `pivotprep scan ... | less`: stdout is a pipe
            result = subprocess.run(
                [*ENTRY, "scan", "resume.md", "job.txt", "--no-store", "--semantic", "off"],
                cwd=folder,
                stdin=terminal,
                capture_output=True,
                text=True,
                timeout=180,
                env=_env(PIVOTPREP_RESIDENT=resident_on, COLUMNS=None, LINES=None),
            )
            assert result.returncode == 0, result.stderr
            outputs.append(result.stdout)
    finally:
        os.close(primary)
        os.close(terminal)
    there, here = outputs
    assert max(map(len, here.splitlines())) > 80  # the terminal's 150 columns, not 80
    assert there == here
    state = resident.status()
    assert state is not None and state["served"] == 1


def test_the_server_serves_only_the_pivotprep_it_imports():
    import pivotprep

    assert resident.settings_key()["package"] == str(Path(pivotprep.__file__).resolve().parent)


def test_the_server_will_not_serve_from_a_folder_not_ours_alone(tmp_path):
    from pivotprep.cli import resident_server

    loose = tmp_path / "run"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)
    assert resident_server.main([str(loose)]) == 2
    assert list(loose.iterdir()) == []


def test_an_older_database_copied_over_ours_is_upgraded_again(on, cli, tmp_path):
    import shutil
    import sqlite3

    from alembic import command

    from pivotprep.core.migrate import alembic_config

    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")
    older = tmp_path / "older.db"
    command.upgrade(alembic_config(f"sqlite:///{older}"), "0001")  # before practice existed
    ours = get_settings().home / "pivotprep.db"
    with sqlite3.connect(ours) as database:  # what a careful copy does first
        database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    shutil.copyfile(older, ours)  # in place: the same file, an older schema
    again = pivotprep("practice", "test", PROBLEM, "--no-complexity")
    assert again.returncode == 1 and "0/12 passed" in again.stdout, again.stderr
    stats = pivotprep("practice", "stats", PIVOTPREP_RESIDENT="0")
    assert "0/1 runs passed" in stats.stdout, stats.stdout


def test_a_command_that_removes_the_servers_folder_still_answers(tmp_path, monkeypatch):
    from pivotprep.cli import resident_server

    ours, theirs = tmp_path / "run", tmp_path / "client"
    ours.mkdir()
    theirs.mkdir()
    monkeypatch.chdir(ours)
    request = {**resident.request_for(["scan", "history"]), "cwd": str(theirs)}
    with resident_server._as_client(request):
        assert Path.cwd() == theirs
        ours.rmdir()  # as when the data folder is removed while a command runs
    assert Path.cwd() == Path("/")


def test_switching_it_on_explicitly_is_not_another_setting(on, cli):
    _started(cli)
    pivotprep("practice", "test", PROBLEM, "--no-complexity")  # PIVOTPREP_RESIDENT=1
    first = resident.status()
    assert first is not None
    env = _env(PIVOTPREP_RESIDENT=None)  # on by default: the same server answers
    subprocess.run(
        [*ENTRY, "practice", "test", PROBLEM, "--no-complexity"],
        env=env,
        capture_output=True,
        timeout=180,
    )
    state = resident.status()
    assert state is not None and state["pid"] == first["pid"] and state["served"] == 2
