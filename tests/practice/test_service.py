"""The workflow on a real database: lock, hints, forced peeks, FSRS ratings, next, stats."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from pivotprep.core import clock as clock_module
from pivotprep.core.db import session_scope
from pivotprep.practice import service
from pivotprep.practice.models import ReviewCard, ReviewLog
from pivotprep.practice.review_schedule import Evidence, rate


class Clock:
    def __init__(self, monkeypatch):
        self.at = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
        monkeypatch.setattr(clock_module, "now", lambda: self.at)

    def advance(self, **kw):
        self.at += timedelta(**kw)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def test_solution_is_locked_for_30_minutes_then_opens(engine, clock):
    with session_scope(engine) as s:
        service.start(s, "first-repeated-badge")
        with pytest.raises(service.SolutionLockedError, match="unlocks in 30 minute"):
            service.reveal_solution(s, "first-repeated-badge")
        clock.advance(minutes=31)
        assert "def first_repeated" in service.reveal_solution(s, "first-repeated-badge")
        assert not service.current_attempt(s, "first-repeated-badge").forced_peek


def test_forced_peek_is_recorded_and_rates_again(engine, clock):
    with session_scope(engine) as s:
        service.start(s, "reverse-playlist")
        service.reveal_solution(s, "reverse-playlist", force=True)
        clock.advance(minutes=5)
        service.record_run(s, "reverse-playlist", passed=True, summary={}, complexity_ok=True)
        card = s.get(ReviewCard, "reverse-playlist")
        assert card.last_rating == int(Rating.Again)
        log = s.query(ReviewLog).one()
        assert "solution" in log.evidence


def test_restarting_an_open_attempt_keeps_the_lock(session, clock):
    first = service.start(session, "first-repeated-badge")
    clock.advance(minutes=10)
    again = service.start(session, "first-repeated-badge")
    assert again.id == first.id
    assert service.lock_remaining(again, clock.at) == timedelta(minutes=20)


def test_hints_come_one_by_one(session):
    assert service.reveal_hint(session, "rate-limiter")[:2] == (1, 3)
    number, total, text = service.reveal_hint(session, "rate-limiter")
    assert (number, total) == (2, 3) and "deque" in text
    assert len(service.hints_shown(session, "rate-limiter")) == 2


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        (Evidence(False, 0, 10, 15, 0, True), Rating.Easy),
        (Evidence(False, 0, 10, 15, 0, None), Rating.Good),
        (Evidence(False, 0, 10, 15, 1, True), Rating.Good),
        (Evidence(False, 3, 10, 15, 0, True), Rating.Hard),
        (Evidence(False, 0, 40, 15, 0, True), Rating.Hard),
        (Evidence(True, 0, 5, 15, 0, True), Rating.Again),
    ],
)
def test_ratings_come_from_evidence(evidence, expected):
    assert rate(evidence)[0] == expected


def test_failed_runs_then_pass_is_hard_and_due_sooner_than_easy(session, clock):
    service.start(session, "first-repeated-badge")
    for _ in range(3):
        service.record_run(session, "first-repeated-badge", passed=False, summary={})
    service.record_run(session, "first-repeated-badge", passed=True, summary={})
    service.start(session, "rate-limiter")
    clock.advance(minutes=5)
    service.record_run(session, "rate-limiter", passed=True, summary={}, complexity_ok=True)
    hard = session.get(ReviewCard, "first-repeated-badge")
    easy = session.get(ReviewCard, "rate-limiter")
    assert hard.last_rating == int(Rating.Hard) and easy.last_rating == int(Rating.Easy)
    assert hard.due < easy.due


def test_next_puts_due_reviews_first_and_stats_track_mastery(session, clock):
    service.start(session, "reverse-playlist")
    service.record_run(session, "reverse-playlist", passed=True, summary={})
    picks = service.next_problems(session, limit=3)
    assert "reverse-playlist" not in [p.problem_id for p in picks]
    assert all(p.reason.startswith("new") for p in picks)
    clock.advance(days=30)
    picks = service.next_problems(session, limit=3)
    assert picks[0].problem_id == "reverse-playlist" and picks[0].reason == "review due today"
    stats = service.stats(session)
    assert stats.solved == 1 and stats.reviews_due == 1
    linked = next(p for p in stats.patterns if p.pattern == "linked-list")
    assert linked.solved == 1 and 0 < linked.mastery < 1


def test_unknown_problem_is_a_clear_error(session):
    from pivotprep.core.errors import NotFoundError

    with pytest.raises(NotFoundError, match="No practice problem 'no-such-problem'") as caught:
        service.start(session, "no-such-problem")
    assert caught.value.next_step.action == "practice.list"


def test_next_follows_the_role_emphasis(session):
    from pivotprep.core.clock import today
    from pivotprep.practice.catalog import all_problems
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    if not any(p.kind == "sql" for p in all_problems().values()):
        pytest.skip("no SQL problems in the catalogue")

    def picks(role: str) -> list[str]:
        data = validate_profile(
            target_role=role,
            company_sizes="50-500",
            hours_per_week=15,
            timeline_months=4,
            start_date=None,
            past_roles="",
            domain="other",
            years_experience=0,
            name="",
            today=today(),
        )
        save_profile(session, data)
        return [p.kind for p in service.next_problems(session, limit=4)]

    assert picks("data-engineer").count("sql") >= 2
    assert picks("backend-engineer").count("code") >= 3
