"""FSRS reviews rest on real evidence: Run never opens a new attempt, a review starts from a
fresh stub (the solved file moves to .history/), and a card is reviewed at most once a day
and only when it is new or due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from pivotprep.core import clock as clock_module
from pivotprep.practice import service, submit, workspace
from pivotprep.practice.models import Attempt, ReviewCard, ReviewLog

PROBLEM = "first-repeated-badge"


class Clock:
    def __init__(self, monkeypatch):
        self.at = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
        monkeypatch.setattr(clock_module, "now", lambda: self.at)

    def advance(self, **kw):
        self.at += timedelta(**kw)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_a_pass_before_the_card_is_due_is_practice_not_a_review(session, clock):
    service.start(session, PROBLEM)
    first = service.record_run(session, PROBLEM, passed=True, summary={})
    assert first.summary["review"].startswith("review rated")
    assert _count(session, ReviewLog) == 1
    due = session.get(ReviewCard, PROBLEM).due

    clock.advance(hours=1)  # same day: a new attempt and a pass are practice
    service.start(session, PROBLEM)
    again = service.record_run(session, PROBLEM, passed=True, summary={})
    assert "already reviewed today" in again.summary["review"]
    assert _count(session, ReviewLog) == 1

    clock.advance(days=1)  # next day, but the card is not due yet
    service.start(session, PROBLEM)
    early = service.record_run(session, PROBLEM, passed=True, summary={})
    assert "not a review" in early.summary["review"] and "due on" in early.summary["review"]
    assert _count(session, ReviewLog) == 1
    assert session.get(ReviewCard, PROBLEM).due == due

    clock.at = due.replace(tzinfo=UTC) + timedelta(hours=1)  # due: a real review
    service.start(session, PROBLEM)
    review = service.record_run(session, PROBLEM, passed=True, summary={})
    assert review.summary["review"].startswith("review rated")
    assert _count(session, ReviewLog) == 2


def test_reruns_of_a_passed_attempt_are_practice(session, clock):
    service.start(session, PROBLEM)
    service.record_run(session, PROBLEM, passed=True, summary={})
    rerun = service.record_run(session, PROBLEM, passed=True, summary={})
    assert "already passed" in rerun.summary["review"]
    assert _count(session, ReviewLog) == 1 and _count(session, Attempt) == 1


def test_starting_after_a_pass_moves_the_solved_file_aside(session, clock, correct_code):
    started = service.start_problem(session, PROBLEM)
    assert started.created and started.archived is None and started.path is not None
    started.path.write_text(correct_code)
    service.record_run(session, PROBLEM, passed=True, summary={})

    again = service.start_problem(session, PROBLEM)
    assert again.archived is not None and again.created and again.path is not None
    assert again.archived.parent == started.path.parent / ".history"
    assert again.archived.name == f"{PROBLEM}-20261122T090000Z.py"
    assert again.archived.read_text() == correct_code
    assert "pass  # write your solution here" in again.path.read_text()
    assert again.attempt_id != started.attempt_id

    kept = service.start_problem(session, PROBLEM)  # the review attempt is open: keep the file
    assert not kept.created and kept.archived is None and kept.attempt_id == again.attempt_id


def test_cli_start_after_a_pass_says_where_the_old_file_went(cli, session, correct_code):
    cli("practice", "start", PROBLEM)
    started = service.workspace_file(PROBLEM)
    started.write_text(correct_code)
    passing = cli("practice", "test", PROBLEM, "--no-complexity")
    assert passing.exit_code == 0, passing.output
    assert "Review: review rated" in passing.output
    result = cli("practice", "start", PROBLEM)
    text = " ".join(result.output.split())
    assert "moved that file to" in text and ".history" in text and "fresh stub" in text
    assert "pass  # write your solution here" in started.read_text()


def test_web_run_reuses_the_open_attempt(web, sqlite_engine, monkeypatch, correct_code):
    from pivotprep.core.db import session_scope

    monkeypatch.setattr(submit, "compare_complexity", lambda problem, code: None)
    for _ in range(3):
        page = web.post(f"/practice/{PROBLEM}/run", data={"code": correct_code})
        assert page.status_code == 200
    assert "Review: practice, not a review: this attempt was already passed" in page.text
    with session_scope(sqlite_engine) as s:
        assert _count(s, Attempt) == 1
        assert _count(s, ReviewLog) == 1

    page = web.post(f"/practice/{PROBLEM}/start")  # the web's way to solve it again
    assert page.status_code == 200
    with session_scope(sqlite_engine) as s:
        assert _count(s, Attempt) == 2
    assert "pass  # write your solution here" in service.workspace_file(PROBLEM).read_text()
    assert list(workspace.history_dir(PROBLEM).glob(f"{PROBLEM}-*.py"))
