"""Checks started from the web run in the background: the upload answers a redirect to a
progress page at once, the page shows the stage (stored in the database, so any tab sees
it), a second check waits in line, the finished job leads to its report, a failing check
records why, and a job cut off by the app stopping shows as interrupted.

The checks here are static (or their run stages replaced by a recording stand-in): the
real clean room is exercised by test_cleanroom.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from pivotprep.core import clock
from pivotprep.core.db import session_scope
from pivotprep.portfolio import service
from pivotprep.portfolio.models import PortfolioJob, TakeHome
from pivotprep.portfolio.runtime import RunResult, skipped
from tests.portfolio.jobs import report_of, settle
from tests.portfolio.projects import GOOD, README, zip_of


def _upload(web: Any, archive: Path, run: str = "") -> str:
    """Send the zip from the form; the progress page's address."""
    answer = web.post(
        "/portfolio/check",
        files={"file": (archive.name, archive.read_bytes(), "application/zip")},
        data={"run": run},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    location: str = answer.headers["location"]
    assert location.startswith("/portfolio/jobs/")
    return location


@dataclass
class Gate:
    """Holds every check inside its static stage until the test opens it."""

    reached: threading.Event = field(default_factory=threading.Event)
    opened: threading.Event = field(default_factory=threading.Event)

    def wait_for_a_check(self) -> None:
        assert self.reached.wait(timeout=60), "no check reached its static stage"


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held_at = Gate()
    real = service.static_checks

    def held(root: Path) -> Any:
        held_at.reached.set()
        held_at.opened.wait(timeout=60)
        return real(root)

    monkeypatch.setattr(service, "static_checks", held)
    yield held_at
    held_at.opened.set()


def test_upload_redirects_at_once_and_the_page_shows_the_stage(web, gate, tmp_path) -> None:
    first = _upload(web, zip_of(tmp_path / "churn.zip", GOOD))
    gate.wait_for_a_check()  # held there: the upload answered without waiting for it
    page = web.get(first)
    assert page.status_code == 200
    assert "Stage: <strong>reading the files</strong>" in page.text
    assert page.headers["refresh"] == f"3; url={first}"
    assert f'<meta http-equiv="refresh" content="3; url={first}">' in page.text
    second = _upload(web, zip_of(tmp_path / "second.zip", GOOD))
    waiting = web.get(second)
    assert "Stage: <strong>queued</strong>" in waiting.text  # one check at a time
    assert "another check is running" in waiting.text
    under_way = web.get("/portfolio").text
    assert "Checks under way" in under_way and "second</a>: queued" in under_way
    gate.opened.set()
    report = report_of(web, first)
    assert "churn" in report.text and "Dependencies declared" in report.text
    done = web.get(first)
    assert "Stage: <strong>done</strong>" in done.text
    assert f'href="{report.url.path}">see its report' in done.text
    assert "second" in report_of(web, second).text
    assert "Checks under way" not in web.get("/portfolio").text


def test_stages_of_a_run_are_stored_as_they_start(
    web, sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[str] = []

    def stages(root: Path, scratch: Path, caps: Any, progress: Any) -> RunResult:
        """The run stages' order, each read back from the database as a page would."""
        for stage in ("installing", "testing", "serving", "probing"):
            progress(stage)
            with session_scope(sqlite_engine) as session:
                [job] = session.query(PortfolioJob).all()
                seen.append(service.get_job(session, job.id).label)
        return RunResult(checks=skipped("Stand-in for the clean room."))

    monkeypatch.setattr(service, "run_stages", stages)
    location = _upload(web, zip_of(tmp_path / "churn.zip", GOOD), run="1")
    assert "churn" in report_of(web, location).text
    assert seen == ["installing", "running tests", "serving", "probing"]
    page = web.get(location).text
    for label in ("queued", "reading the files", "installing", "running tests", "probing"):
        assert f'<li class="ok">{label}</li>' in page


def test_a_check_that_fails_records_its_error(web, tmp_path: Path) -> None:
    not_python = zip_of(tmp_path / "notes.zip", {"README.md": README})
    page = settle(web, _upload(web, not_python))
    assert "Stage: <strong>failed</strong>" in page.text
    assert "Stopped while reading the files: notes.zip holds no Python file" in page.text
    assert "refresh" not in page.headers and "job-stages" not in page.text
    assert "Past checks" in web.get("/portfolio").text and "#1" not in web.get("/portfolio").text


def test_an_unexpected_error_is_recorded_not_lost(
    web, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(root: Path) -> Any:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(service, "static_checks", broken)
    page = settle(web, _upload(web, zip_of(tmp_path / "churn.zip", GOOD)))
    assert "Stage: <strong>failed</strong>" in page.text
    assert "unexpected error (RuntimeError: the disk went away)" in page.text


def test_bad_uploads_are_refused_before_any_job(web, session) -> None:
    bad = web.post("/portfolio/check", files={"file": ("x.zip", b"not a zip", "application/zip")})
    assert bad.status_code == 422 and "neither a folder nor a zip" in bad.text
    assert session.query(PortfolioJob).count() == 0


def _stale_job(session: Any, state: str, takehome_id: int | None = None) -> int:
    """A job as an earlier run of the app left it when it stopped."""
    row = PortfolioJob(
        project="churn",
        run=True,
        state=state,
        runner="an-earlier-run-of-the-app",
        created_at=clock.now(),
        updated_at=clock.now(),
        takehome_id=takehome_id,
    )
    session.add(row)
    session.flush()
    return row.id


def test_a_job_cut_off_when_the_app_stopped_shows_as_interrupted(web, sqlite_engine) -> None:
    with session_scope(sqlite_engine) as session:
        view = service.start_takehome(session, "churn-api", 4)
        takehome = session.get(TakeHome, view.id)
        takehome.submitted_at = clock.now() - timedelta(minutes=5)
        takehome.late = False
        upload_job = _stale_job(session, "installing")
        takehome_job = _stale_job(session, "queued", view.id)
    assert "Checks under way" not in web.get("/portfolio").text
    page = web.get(f"/portfolio/jobs/{upload_job}")
    assert "Stage: <strong>interrupted</strong>" in page.text
    assert "The app stopped while this check was installing: nothing was stored." in page.text
    assert "refresh" not in page.headers
    again = web.get(f"/portfolio/jobs/{takehome_job}").text
    assert "interrupted" in again and "The take-home is open again" in again
    assert "Hand it in" in web.get(f"/portfolio/takehomes/{view.id}").text
    with session_scope(sqlite_engine) as session:
        states = {j.id: j.state for j in session.query(PortfolioJob)}
    assert states == {upload_job: "interrupted", takehome_job: "interrupted"}


def test_takehome_handed_in_from_the_web_runs_in_the_background(web, gate, tmp_path) -> None:
    started = web.post(
        "/portfolio/briefs/churn-api/start", data={"hours": "4"}, follow_redirects=False
    ).headers["location"]
    archive = zip_of(tmp_path / "churn.zip", GOOD)
    files = {"file": ("churn.zip", archive.read_bytes(), "application/zip")}
    sent = web.post(started + "/submit", files=files, follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"].startswith("/portfolio/jobs/")
    gate.wait_for_a_check()
    assert "reading the files" in web.get(sent.headers["location"]).text
    twice = web.post(started + "/submit", files=files)
    assert twice.status_code == 409 and "its check is under way" in twice.text
    assert sent.headers["location"] in twice.text  # the way to its progress
    gate.opened.set()
    report = report_of(web, sent.headers["location"])
    assert "take-home churn-api" in report.text and "4-hour clock" in report.text
