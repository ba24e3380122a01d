"""Estimation drills: list them, answer one (graded numerically with its tolerance, the
worked answer shown), and what was answered today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.core.clock import now
from pivotprep.core.errors import NextStep, NotFoundError
from pivotprep.design.content import Drill, drills
from pivotprep.design.drill_grading import DrillResult, grade
from pivotprep.design.models import DrillAttempt


@dataclass(frozen=True)
class DrillAnswer:
    drill: Drill
    answer: str
    result: DrillResult
    attempt_id: int


@dataclass(frozen=True)
class DrillRow:
    drill: Drill
    attempts: int
    solved: bool


def get_drill(drill_id: str) -> Drill:
    known = drills()
    key = (drill_id or "").strip().lower()
    if key not in known:
        raise NotFoundError(
            f"There is no estimation drill {drill_id!r}.", next_step=NextStep("design.drills")
        )
    return known[key]


def list_drills(session: Session) -> list[DrillRow]:
    counts = dict(
        session.execute(
            select(DrillAttempt.drill_id, func.count()).group_by(DrillAttempt.drill_id)
        ).all()
    )
    solved = set(session.scalars(select(DrillAttempt.drill_id).where(DrillAttempt.correct)))
    return [DrillRow(d, int(counts.get(d.id, 0)), d.id in solved) for d in drills().values()]


def next_drill(session: Session) -> Drill:
    """The first drill never solved (then the first one), for "give me a drill"."""
    rows = list_drills(session)
    fresh = [r.drill for r in rows if not r.solved]
    return (fresh or [r.drill for r in rows])[0]


def answer_drill(session: Session, drill_id: str, answer: str) -> DrillAnswer:
    """Grade and store an answer; ValidationError (nothing stored) when it has no number."""
    drill = get_drill(drill_id)
    result = grade(answer, drill.answer, drill.unit, drill.tolerance)
    attempt = DrillAttempt(
        drill_id=drill.id,
        answered_at=now(),
        answer=answer.strip()[:200],
        value=result.value,
        correct=result.correct,
    )
    session.add(attempt)
    session.flush()
    return DrillAnswer(drill, answer, result, attempt.id)


def solved_today(session: Session, when: datetime | None = None) -> int:
    """Distinct drills answered correctly since midnight UTC."""
    when = when or now()
    midnight = when.replace(hour=0, minute=0, second=0, microsecond=0)
    return int(
        session.scalar(
            select(func.count(func.distinct(DrillAttempt.drill_id))).where(
                DrillAttempt.correct,
                DrillAttempt.answered_at >= midnight,
                DrillAttempt.answered_at < midnight + timedelta(days=1),
            )
        )
        or 0
    )
