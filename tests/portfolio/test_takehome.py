"""Timed take-homes: the briefs pack, the clock, and submission straight into the check,
from the CLI and the web page."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest

from pivotprep.core.errors import ConflictError, NotFoundError, ValidationError
from pivotprep.portfolio import service
from pivotprep.portfolio.briefs import ROLES, all_briefs
from pivotprep.portfolio.models import TakeHome
from tests.portfolio.jobs import report_of
from tests.portfolio.projects import GOOD, write, zip_of


def test_pack_has_eight_briefs_or_more_covering_every_role() -> None:
    briefs = all_briefs()
    assert len(briefs) >= 8
    assert {b.role for b in briefs} == set(ROLES)
    assert service.list_briefs("backend-engineer")
    with pytest.raises(ValidationError, match="Unknown role"):
        service.list_briefs("astronaut")


def test_clock_and_submission(session, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="4 or 24 hours"):
        service.start_takehome(session, "churn-api", 5)
    with pytest.raises(NotFoundError):
        service.start_takehome(session, "no-such-brief", 4)
    view = service.start_takehome(session, "churn-api", 4)
    assert 4 * 3600 - 120 < view.seconds_left <= 4 * 3600
    result = service.submit_takehome(
        session, view.id, path=write(tmp_path / "mine", GOOD), run=False
    )
    assert result.report.project == "take-home churn-api"
    assert re.match(
        r"Submitted 0\.0 h after the start, on a 4-hour clock\.$", result.report.notes[-1]
    )
    again = service.takehome(session, view.id)
    assert again.check_id == result.id and again.late is False
    with pytest.raises(ConflictError, match="already submitted"):
        service.submit_takehome(session, view.id, path=tmp_path / "mine", run=False)


def test_late_submission_is_checked_and_marked(session, tmp_path: Path) -> None:
    view = service.start_takehome(session, "orders-etl", 4)
    row = session.get(TakeHome, view.id)
    row.started_at = row.started_at - timedelta(hours=5)
    session.flush()
    assert service.takehome(session, view.id).seconds_left < 0
    result = service.submit_takehome(
        session, view.id, path=write(tmp_path / "late", GOOD), run=False
    )
    assert result.report.notes[-1].endswith("(late).")
    assert service.takehome(session, view.id).late is True


def test_cli_briefs_start_and_submit(cli, tmp_path: Path) -> None:
    listed = cli("portfolio", "briefs", "--role", "data-analyst")
    assert "retention-sql-report" in listed.output and "churn-api" not in listed.output
    shown = cli("portfolio", "brief", "booking-service")
    assert "Hand in" in shown.output and "--hours 4" in shown.output
    started = cli("portfolio", "start", "booking-service", "--hours", "24")
    assert started.exit_code == 0 and "Take-home 1 started" in started.output
    assert "23 h" in cli("portfolio", "takehomes").output
    project = write(tmp_path / "booking", GOOD)
    done = cli("portfolio", "submit", "1", str(project), "--json", "--static-only")
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["project"] == "take-home booking-service"
    twice = cli("portfolio", "submit", "1", str(project), "--static-only")
    assert twice.exit_code == 2 and "already submitted" in twice.output
    assert "pivotprep portfolio show" in twice.output


def test_web_briefs_start_and_submit(web, tmp_path: Path) -> None:
    page = web.get("/portfolio/briefs?role=ml-engineer")
    assert page.status_code == 200 and "Churn scores behind an API" in page.text
    assert "A small booking service" not in page.text
    brief = web.get("/portfolio/briefs/churn-api")
    assert "Start the clock" in brief.text
    started = web.post(
        "/portfolio/briefs/churn-api/start", data={"hours": "4"}, follow_redirects=False
    )
    assert started.status_code == 303
    clock_page = web.get(started.headers["location"])
    assert "min left" in clock_page.text
    empty = web.post(
        started.headers["location"] + "/submit", files={"file": ("x.zip", b"", "application/zip")}
    )
    assert empty.status_code == 422 and "upload is empty" in empty.text
    archive = zip_of(tmp_path / "churn.zip", GOOD)
    sent = web.post(
        started.headers["location"] + "/submit",
        files={"file": ("churn.zip", archive.read_bytes(), "application/zip")},
        follow_redirects=False,
    )
    assert sent.status_code == 303
    report = report_of(web, sent.headers["location"])
    assert "take-home churn-api" in report.text and "4-hour clock" in report.text
    assert "see its check" in web.get(started.headers["location"]).text
    assert web.get("/portfolio/briefs/nope").status_code == 404
