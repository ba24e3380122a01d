"""Hostile code is contained and the judge keeps working afterwards (a correct solution is
judged right after each attack). Each test is a real attack run in the real sandbox."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from pivotprep.practice.judge import JudgeResult, Limits, judge, write_results

PROBLEM = "first-repeated-badge"
# The time-limit test needs a short limit; every other attack is judged on what the sandbox
# reports (memory, error, fail), so it gets room to spare on a loaded machine: a memory
# bomb spends most of a second waiting for a core before it reaches the memory limit.
FAST = Limits(case_seconds=1.5, startup_seconds=10.0, cpu_seconds=10)
ROOMY = Limits(case_seconds=10.0, startup_seconds=20.0, cpu_seconds=20, memory_mb=256)


def run(code: str, limits: Limits = ROOMY) -> JudgeResult:
    return judge(PROBLEM, textwrap.dedent(code), limits=limits)


@pytest.fixture(autouse=True)
def still_works_afterwards(sandbox_level: str, correct_code: str):
    yield
    result = judge(PROBLEM, correct_code)
    assert result.status == "pass", result.to_dict()


def statuses(result: JudgeResult) -> set[str]:
    return {t.status for t in result.tests}


def test_infinite_loop_is_a_time_limit():
    result = run("def first_repeated(scans):\n    while True:\n        pass\n", FAST)
    assert result.tests[0].status == "timeout"
    assert result.status == "timeout"  # a run's status: its first case that did not pass
    assert "pass" not in statuses(result)


def test_fork_bomb_cannot_fork():
    result = run(
        """
        import os
        def first_repeated(scans):
            while True:
                os.fork()
        """
    )
    assert "pass" not in statuses(result)
    assert "BlockingIOError" in (result.tests[0].message or "")


def test_subprocess_cannot_be_spawned():
    result = run(
        """
        import subprocess
        def first_repeated(scans):
            return int(subprocess.check_output(["/bin/echo", "3"]))
        """
    )
    assert result.tests[0].status == "error"
    assert "pass" not in statuses(result)


def test_memory_bomb_is_a_memory_limit():
    result = run(
        """
        def first_repeated(scans):
            hog = []
            while True:
                hog.append(bytearray(50 * 1024 * 1024))
        """
    )
    assert result.tests[0].status == "memory"


def test_a_gigabyte_of_output_is_cut_off():
    result = run(
        """
        import os, sys
        def first_repeated(scans):
            chunk = "x" * (1 << 20)
            for _ in range(1024):
                print(chunk)
            return -1
        """
    )
    assert result.tests[0].status == "error"
    assert "output limit" in (result.tests[0].message or "")
    raw = run(
        """
        import os
        def first_repeated(scans):
            chunk = b"x" * (1 << 20)
            for _ in range(1024):
                os.write(1, chunk)
            return -1
        """
    )
    assert raw.tests[0].status == "error"
    assert "output limit" in (raw.tests[0].message or "")


def test_cannot_read_the_database_or_shadow(isolated_home: Path):
    db = isolated_home / "pivotprep.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_text("secret-database")
    os.chmod(db, 0o644)
    result = run(
        f"""
        def first_repeated(scans):
            for path in ({str(db)!r}, "/etc/shadow", "/etc/passwd"):
                try:
                    open(path).read()
                    raise SystemExit("read " + path)
                except OSError:
                    pass
            return -2
        """
    )
    assert all("read " not in (t.message or "") for t in result.tests)
    assert result.tests[0].status == "wrong"  # ran, read nothing, returned -2
    assert "got: -2" in (result.tests[0].message or "")


def test_cannot_write_outside_the_scratch_dir(tmp_path: Path):
    target = tmp_path / "pwned.txt"
    os.chmod(tmp_path, 0o777)
    result = run(
        f"""
        def first_repeated(scans):
            wrote = []
            for path in ({str(target)!r}, "/judge/harness.py", "/usr/pwned", "/tmp/ok.txt"):
                try:
                    with open(path, "w") as handle:
                        handle.write("x")
                    wrote.append(path)
                except OSError:
                    pass
            return wrote
        """
    )
    assert not target.exists()
    assert 'got: ["/tmp/ok.txt"]' in (result.tests[0].message or "")


def test_no_network_to_localhost():
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    try:
        result = run(
            f"""
            import socket
            def first_repeated(scans):
                socket.create_connection(("127.0.0.1", {port}), timeout=1)
                return "connected"
            """
        )
    finally:
        listener.close()
    assert result.tests[0].status == "error"
    assert "connected" not in (result.tests[0].message or "")


def test_sys_exit_before_any_case_cannot_pass():
    result = run("import sys\nsys.exit(0)\n")
    assert result.status == "error"
    assert "pass" not in statuses(result)


def test_os_exit_during_a_case_cannot_pass():
    result = run("import os\ndef first_repeated(scans):\n    os._exit(0)\n")
    assert "pass" not in statuses(result)
    assert "ended the judge process" in (result.tests[0].message or "")


@pytest.mark.parametrize("open_files", [0, 40])
def test_printed_fake_results_and_forged_frames_are_rejected(open_files: int, monkeypatch):
    # the result pipe is at the same number in the child however many files the app has
    # open (a long-running app, or a test process late in a full run, has many); no spare
    # child, so that the judged one is started while those files are open
    monkeypatch.setenv("PIVOTPREP_JUDGE_WARM", "0")
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(open_files)]
    try:
        result = forge_frames()
    finally:
        for fd in held:
            os.close(fd)
    assert result.status == "error"
    assert "rejected" in (result.message or "")


def forge_frames() -> JudgeResult:
    return run(
        """
        import json, os, sys
        fake = json.dumps({"t": "case", "id": "example-1", "ok": True, "value": 3})
        print('{"status": "pass", "tests": []}')
        for fd in range(3, 20):  # guess the results pipe and forge a frame without the nonce
            try:
                os.write(fd, len(fake).to_bytes(4, "big") + fake.encode())
            except OSError:
                pass
        def first_repeated(scans):
            return None
        """
    )


def test_patching_the_harness_and_builtins_cannot_pass():
    result = run(
        """
        import builtins, sys
        harness = sys.modules["__main__"]
        harness.convert_result = lambda config, value: "patched"
        harness.encode = lambda value, depth=0: "patched"
        builtins.isinstance = lambda *a: True
        def first_repeated(scans):
            return None
        """
    )
    assert "pass" not in statuses(result)


def test_symlinks_cannot_redirect_results(tmp_path: Path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    results = tmp_path / "results.json"
    results.symlink_to(victim)
    result = run(
        """
        import os
        try:
            os.symlink("/etc/shadow", "/tmp/results.json")
        except OSError:
            pass
        def first_repeated(scans):
            return -1
        """
    )
    write_results(results, result)
    assert victim.read_text() == "keep me"
    assert not results.is_symlink()
    assert '"problem": "first-repeated-badge"' in results.read_text()


def test_a_symlinked_workspace_file_is_not_read(tmp_path: Path):
    from pivotprep.core.errors import UserError

    secret = tmp_path / "secret.txt"
    secret.write_text("def first_repeated(scans):\n    return 'secret'\n")
    link = tmp_path / "solution.py"
    link.symlink_to(secret)
    with pytest.raises(UserError, match="symbolic link"):
        judge(PROBLEM, link)
