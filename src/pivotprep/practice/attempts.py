"""The practice workflow, shared by every kind of problem: start -> hints -> runs ->
(the solution, after the 30-minute lock) -> an FSRS review rated from the evidence.

Problems come from catalog.py; nothing here knows whether an id is a coding or an SQL
problem. The lock rule lives here once (`AttemptState.unlocked`), for every page and
command that shows it. The clock is `pivotprep.core.clock.now`, read at each call.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fsrs import Rating
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.core import clock
from pivotprep.core.errors import ConflictError, LockedError, NextStep, NotFoundError
from pivotprep.practice import plan_links
from pivotprep.practice import review_schedule as reviews
from pivotprep.practice.catalog import ProblemInfo, get_problem
from pivotprep.practice.models import Attempt, ReviewCard, ReviewLog, Run

LOCK_MINUTES = 30


class SolutionLockedError(LockedError):
    """The solution is still locked; the message says how long remains."""


class NotStartedError(ConflictError):
    """An action that needs the problem started first."""


@dataclass(frozen=True)
class AttemptState:
    """What a page or command shows about the live attempt at a problem."""

    started: bool
    passed: bool = False
    remaining: int = 0  # seconds until the solution unlocks (0: open)
    hints: tuple[str, ...] = ()

    @property
    def unlocked(self) -> bool:
        """The solution may be shown: the lock ran out, or the attempt passed."""
        return self.started and (self.remaining == 0 or self.passed)


def aware(value: datetime) -> datetime:
    """`value` with UTC attached when the database returned it naive (SQLite)."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def current_attempt(session: Session, problem_id: str) -> Attempt | None:
    """The live (newest) attempt at a problem, if it was ever started."""
    return session.scalars(
        select(Attempt).where(Attempt.problem_id == problem_id).order_by(Attempt.id.desc()).limit(1)
    ).first()


def _require_attempt(session: Session, problem_id: str) -> Attempt:
    get_problem(problem_id)
    attempt = current_attempt(session, problem_id)
    if attempt is None:
        raise NotStartedError(
            f"You have not started {problem_id!r}.",
            next_step=NextStep("practice.start", {"problem_id": problem_id}),
        )
    return attempt


def start(session: Session, problem_id: str) -> Attempt:
    """Start (or restart, after a pass) the clock on a problem; the solution lock begins now.

    Starting again while an attempt is still open keeps its clock, hints and runs (so the lock
    cannot be reset by starting over)."""
    get_problem(problem_id)
    attempt = current_attempt(session, problem_id)
    if attempt is not None and attempt.passed_at is None:
        return attempt
    attempt = Attempt(
        problem_id=problem_id,
        started_at=clock.now(),
        hints_revealed=0,
        forced_peek=False,
        runs=0,
        failed_runs=0,
    )
    session.add(attempt)
    session.flush()
    return attempt


def lock_remaining(attempt: Attempt, when: datetime | None = None) -> timedelta:
    """How long the solution stays locked (zero once open)."""
    opens = aware(attempt.started_at) + timedelta(minutes=LOCK_MINUTES)
    return max(timedelta(0), opens - (when or clock.now()))


def hints_shown(session: Session, problem_id: str) -> list[str]:
    info = get_problem(problem_id)
    attempt = current_attempt(session, problem_id)
    return list(info.hints[: attempt.hints_revealed]) if attempt else []


def attempt_state(session: Session, problem_id: str) -> AttemptState:
    """Started or not, passed, how long the solution stays locked, the hints shown."""
    attempt = current_attempt(session, problem_id)
    if attempt is None:
        return AttemptState(started=False)
    return AttemptState(
        started=True,
        passed=attempt.passed_at is not None,
        remaining=int(lock_remaining(attempt).total_seconds()),
        hints=tuple(hints_shown(session, problem_id)),
    )


def reveal_hint(session: Session, problem_id: str) -> tuple[int, int, str]:
    """The next hint (number, total, text); recorded on the attempt. Repeats the last one
    once all are shown."""
    info = get_problem(problem_id)
    attempt = current_attempt(session, problem_id) or start(session, problem_id)
    total = len(info.hints)
    if total == 0:
        raise NotFoundError(f"{problem_id!r} has no hints.")
    number = min(attempt.hints_revealed + 1, total)
    attempt.hints_revealed = number
    session.flush()
    return number, total, info.hints[number - 1]


def reveal_solution(session: Session, problem_id: str, *, force: bool = False) -> str:
    """The reference solution, once 30 minutes have passed since `start` (or the problem was
    passed). `force` opens it early; that peek is recorded and rates the next review Again."""
    info = get_problem(problem_id)
    attempt = _require_attempt(session, problem_id)
    remaining = lock_remaining(attempt)
    if attempt.passed_at is None and remaining > timedelta(0):
        if not force:
            minutes = math.ceil(remaining.total_seconds() / 60)
            raise SolutionLockedError(
                f"The solution of {problem_id!r} unlocks in {minutes} minute(s). Keep going "
                "or take a hint; opening it now is recorded (the next review will be rated "
                "Again).",
                next_step=NextStep("practice.solution_early", {"problem_id": problem_id}),
            )
        attempt.forced_peek = True
    if attempt.solution_seen_at is None:
        attempt.solution_seen_at = clock.now()
    session.flush()
    return info.solution


def record_run(
    session: Session,
    problem_id: str,
    *,
    passed: bool,
    summary: dict[str, Any],
    complexity_ok: bool | None = None,
) -> Run:
    """Store a judged run. The first pass of an attempt is a review (rated from the attempt's
    evidence and scheduled with FSRS) only when the card is new or due and was not reviewed
    today; otherwise it is practice. `summary["review"]` on the run says which, and why.
    A problem's first pass ever may also tick a plan task: `summary["plan"]` names it."""
    info = get_problem(problem_id)
    attempt = current_attempt(session, problem_id) or start(session, problem_id)
    when = clock.now()
    run = Run(
        attempt_id=attempt.id,
        problem_id=problem_id,
        created_at=when,
        passed=passed,
        complexity_ok=complexity_ok,
    )
    session.add(run)
    attempt.runs += 1
    review = None
    first_ever = False
    if not passed:
        attempt.failed_runs += 1
    elif attempt.passed_at is None:
        first_ever = not _ever_passed(session, problem_id)
        attempt.passed_at = when
        review = _first_pass(session, info, attempt, when, complexity_ok)
    else:
        review = "practice, not a review: this attempt was already passed"
    run.summary = {**summary, "review": review} if review else dict(summary)
    session.flush()
    if first_ever:
        _tick_plan(session, run, problem_id, when)
    return run


def _ever_passed(session: Session, problem_id: str) -> bool:
    """Whether any attempt at the problem was passed before (a new pass is then a re-pass)."""
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Attempt)
            .where(Attempt.problem_id == problem_id, Attempt.passed_at.is_not(None))
        )
    )


def _tick_plan(session: Session, run: Run, problem_id: str, when: datetime) -> None:
    """A problem's first pass ever may finish a plan task (`plan_links`): tick it and
    record it on the run as `summary["plan"]`, which the result pages and commands show."""
    ticked = plan_links.tick_for_first_pass(session, problem_id, when)
    if ticked is not None:
        run.summary = {**(run.summary or {}), "plan": [ticked.as_dict()]}
        session.flush()


def _first_pass(
    session: Session,
    info: ProblemInfo,
    attempt: Attempt,
    when: datetime,
    complexity_ok: bool | None,
) -> str:
    """Rate and schedule the review an attempt's first pass is (or say why it is practice)."""
    not_review = _practice_only(session, info.id, when)
    if not_review:
        return f"practice, not a review: {not_review}"
    minutes = (when - aware(attempt.started_at)).total_seconds() / 60
    rating, evidence = reviews.rate(
        reviews.Evidence(
            forced_peek=attempt.forced_peek,
            failed_runs=attempt.failed_runs,
            minutes_taken=minutes,
            estimated_minutes=info.estimated_minutes,
            hints_used=attempt.hints_revealed,
            complexity_ok=complexity_ok,
        )
    )
    attempt.rating = int(rating)
    _review(session, info, rating, evidence, when)
    return f"review rated {rating.name}: {evidence}"


def _practice_only(session: Session, problem_id: str, when: datetime) -> str | None:
    """Why a pass now is not a review (None: it is one). A card is reviewed at most once a
    day, and only when it is new or due: passing again before then is practice."""
    card_row = session.get(ReviewCard, problem_id)
    if card_row is None:
        return None
    last = session.scalar(
        select(func.max(ReviewLog.reviewed_at)).where(ReviewLog.problem_id == problem_id)
    )
    if last is not None and aware(last).date() == when.date():
        return "this problem was already reviewed today"
    due = aware(card_row.due)
    if due > when:
        return f"the next review is due on {due:%Y-%m-%d}"
    return None


def _review(
    session: Session, info: ProblemInfo, rating: Rating, evidence: str, when: datetime
) -> None:
    card_row = session.get(ReviewCard, info.id)
    card = reviews.schedule(card_row.card if card_row else None, rating, when)
    if card_row is None:
        card_row = ReviewCard(problem_id=info.id, pattern=info.pattern, reviews=0)
        session.add(card_row)
    card_row.card = dict(card.to_dict())
    card_row.due = card.due
    card_row.last_rating = int(rating)
    card_row.reviews = (card_row.reviews or 0) + 1
    card_row.stability = float(card.stability or 0.0)
    session.add(
        ReviewLog(problem_id=info.id, reviewed_at=when, rating=int(rating), evidence=evidence)
    )
