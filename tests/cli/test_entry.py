"""The `pivotprep` entry point: a `scan` process leaves without the interpreter's teardown,
yet exits with the command's status, runs the `atexit` handlers, keeps what it stored and
closes the database; a scan in a new process imports nothing it does not use; and the
plain form of `scan`, run without Typer, prints what the Typer command prints."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pivotprep.cli.entry import leave
from tests.resume.builders import one_column_pdf
from tests.resume.pairs import ANALYST_JOB

# What a scan with --semantic off never needs in its own process: the web app and the
# server, other features' engines, the document parsers (they run in the bounded worker
# process) and the sentence model.
HEAVY = (
    "fastapi",
    "starlette",
    "uvicorn",
    "jinja2",
    "alembic",
    "duckdb",
    "sqlglot",
    "wasmtime",
    "psycopg",
    "icalendar",
    "markdown_it",
    "fsrs",
    "pypdf",
    "pdfplumber",
    "docx",
    "torch",
    "sentence_transformers",
    "typer",  # the plain form of `scan` runs without the Typer app
    "pivotprep.web",
    "pivotprep.server",
    "pivotprep.plan",
    "pivotprep.practice",
    "pivotprep.stories",
)
# Prints, from an atexit handler (so it runs however the process leaves), the heavy
# modules the command imported.
PROBE = (
    "import atexit, sys\n"
    f"heavy = {HEAVY!r}\n"
    "atexit.register(lambda: print('loaded:', sorted(m for m in sys.modules "
    "if m.split('.')[0] in heavy or '.'.join(m.split('.')[:2]) in heavy), file=sys.stderr))\n"
    "from pivotprep.cli.entry import main\n"
    "main()\n"
)


def _files(tmp_path: Path) -> tuple[str, str]:
    resume = tmp_path / "maria.pdf"
    resume.write_bytes(one_column_pdf())
    job = tmp_path / "job.txt"
    job.write_text(ANALYST_JOB)
    return str(resume), str(job)


def _pivotprep(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _without_probe(stderr: str) -> str:
    return re.sub(r"^loaded: .*\n", "", stderr, flags=re.MULTILINE)


def _typer_command(*args: str) -> subprocess.CompletedProcess[str]:
    """The same command through the Typer app (`pivotprep.cli.main`), in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "pivotprep.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_scan_process_stores_its_scan_and_closes_the_database(
    tmp_path: Path, isolated_home: Path
) -> None:
    resume, job = _files(tmp_path)
    done = _pivotprep("scan", resume, job, "--json", "--semantic", "off")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scan_id"] == 1  # the whole report, then the exit
    assert "loaded:" in done.stderr  # the atexit handlers ran
    # The connection was closed, as at a normal exit: SQLite checkpointed its log.
    assert (isolated_home / "pivotprep.db").is_file()
    assert not (isolated_home / "pivotprep.db-wal").exists()
    history = _pivotprep("scan", "history")
    assert history.returncode == 0, history.stderr
    assert "maria.pdf v1" in history.stdout


def test_a_text_scan_imports_nothing_heavy(tmp_path: Path) -> None:
    resume, job = _files(tmp_path)
    first = _pivotprep("scan", resume, job, "--semantic", "off")  # creates the database
    assert first.returncode == 0, first.stderr
    done = _pivotprep("scan", resume, job, "--semantic", "off", "--no-store")
    assert done.returncode == 0, done.stderr
    assert "What to fix first" in done.stdout
    assert "loaded: []" in done.stderr


def test_a_scan_keeps_its_exit_status_on_errors(tmp_path: Path) -> None:
    resume, job = _files(tmp_path)
    usage = _pivotprep("scan", resume, job, "--no-such-option")
    assert usage.returncode == 2 and "No such option" in usage.stderr
    missing = _pivotprep("scan", str(tmp_path / "none.pdf"), job, "--semantic", "off")
    assert missing.returncode == 2 and "Resume file not found" in missing.stderr


def test_leave_exits_normally_while_another_thread_runs() -> None:
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        with pytest.raises(SystemExit) as done:
            leave(3)
        assert done.value.code == 3
    finally:
        release.set()
        worker.join()


def test_leave_exits_normally_with_a_message_status() -> None:
    with pytest.raises(SystemExit) as done:
        leave("Error: something")
    assert done.value.code == "Error: something"


@pytest.mark.parametrize(
    "flags",
    [
        ("--json", "--semantic", "off", "--no-store"),
        ("--semantic=off", "--no-store", "--full"),
        ("--no-store", "--semantic", "bogus"),  # a UserError: exit 2, in red on stderr
    ],
)
def test_the_plain_form_prints_what_the_typer_command_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: tuple[str, ...]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    resume, job = _files(tmp_path)
    plain = _pivotprep("scan", resume, job, *flags)
    typer = _typer_command("scan", resume, job, *flags)
    assert plain.returncode == typer.returncode, (plain.stderr, typer.stderr)
    assert plain.stdout == typer.stdout
    assert _without_probe(plain.stderr) == typer.stderr


def test_a_missing_resume_reads_the_same_on_both_paths(tmp_path: Path) -> None:
    _, job = _files(tmp_path)
    missing = str(tmp_path / "none.pdf")
    plain = _pivotprep("scan", missing, job, "--semantic", "off")
    typer = _typer_command("scan", missing, job, "--semantic", "off")
    assert plain.returncode == typer.returncode == 2
    assert _without_probe(plain.stderr) == typer.stderr
