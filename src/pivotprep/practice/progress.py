"""Progress: FSRS mastery per problem and per pattern, and the practice statistics.

Mastery is the FSRS recall probability of a solved problem now; a pattern's mastery is the
mean over all its problems, unsolved ones counting 0, so a pattern with one solved problem
out of eight reads as weak, not as mastered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.practice import review_schedule as reviews
from pivotprep.practice.attempts import aware
from pivotprep.practice.catalog import ProblemInfo, all_problems
from pivotprep.practice.models import Attempt, ReviewCard, Run


@dataclass(frozen=True)
class PatternMastery:
    pattern: str
    solved: int
    total: int
    mastery: float  # mean FSRS retrievability over the pattern's problems (unsolved = 0)


@dataclass(frozen=True)
class ReviewRow:
    """One reviewed problem: how well it is remembered and when it is due again."""

    id: str
    title: str
    pattern: str
    mastery: float
    due: datetime
    last_rating: int


@dataclass(frozen=True)
class Stats:
    attempted: int
    solved: int
    runs: int
    passed_runs: int
    forced_peeks: int
    hints_used: int
    reviews_due: int
    patterns: list[PatternMastery] = field(default_factory=list)
    problems: list[ReviewRow] = field(default_factory=list)  # reviewed problems, due first


def mastery_by_problem(session: Session, when: datetime) -> dict[str, float]:
    """FSRS retrievability per solved problem (0..1)."""
    return {
        row.problem_id: reviews.retrievability(row.card, when)
        for row in session.scalars(select(ReviewCard))
    }


def mastery_by_pattern(session: Session, when: datetime) -> list[PatternMastery]:
    per_problem = mastery_by_problem(session, when)
    groups: dict[str, list[ProblemInfo]] = {}
    for info in all_problems().values():
        groups.setdefault(info.pattern, []).append(info)
    result = []
    for pattern, infos in sorted(groups.items()):
        values = [per_problem.get(i.id, 0.0) for i in infos]
        solved = sum(1 for i in infos if i.id in per_problem)
        result.append(PatternMastery(pattern, solved, len(infos), sum(values) / len(values)))
    return result


def _review_rows(cards: list[ReviewCard], when: datetime) -> list[ReviewRow]:
    problems = all_problems()
    rows = []
    for row in sorted(cards, key=lambda card: aware(card.due)):
        info = problems.get(row.problem_id)
        rows.append(
            ReviewRow(
                id=row.problem_id,
                title=info.title if info else row.problem_id,
                pattern=row.pattern,
                mastery=reviews.retrievability(row.card, when),
                due=aware(row.due),
                last_rating=row.last_rating,
            )
        )
    return rows


def stats(session: Session, when: datetime) -> Stats:
    attempts = session.scalars(select(Attempt)).all()
    runs_total = session.scalar(select(func.count()).select_from(Run)) or 0
    runs_passed = session.scalar(select(func.count()).select_from(Run).where(Run.passed)) or 0
    cards = list(session.scalars(select(ReviewCard)))
    return Stats(
        attempted=len({a.problem_id for a in attempts}),
        solved=len({a.problem_id for a in attempts if a.passed_at is not None}),
        runs=runs_total,
        passed_runs=runs_passed,
        forced_peeks=sum(1 for a in attempts if a.forced_peek),
        hints_used=sum(a.hints_revealed for a in attempts),
        reviews_due=sum(1 for row in cards if aware(row.due) <= when),
        patterns=mastery_by_pattern(session, when),
        problems=_review_rows(cards, when),
    )


MAX_ATTEMPT_MINUTES = 120  # an attempt left open for days counts as two hours, not days


@dataclass(frozen=True)
class AttemptRecord:
    """One attempt as other features read it (readiness): what kind of problem, when, how
    long it took, and whether it passed."""

    problem_id: str
    kind: str  # code | sql | pandas
    started_at: datetime
    minutes: float
    passed: bool


def _kind(info: ProblemInfo | None) -> str:
    if info is None or info.kind == "sql":
        return "sql" if info is not None else "code"
    return "pandas" if info.pattern == "dataframes" else "code"


def attempt_log(session: Session) -> list[AttemptRecord]:
    """Every attempt, oldest first; its time runs from the start to the pass (else to the
    attempt's last change), capped at MAX_ATTEMPT_MINUTES."""
    problems = all_problems()
    out = []
    for a in session.scalars(select(Attempt).order_by(Attempt.id)):
        start = aware(a.started_at)
        end = aware(a.passed_at) if a.passed_at is not None else aware(a.updated_at)
        minutes = min(MAX_ATTEMPT_MINUTES, max(0.0, (end - start).total_seconds() / 60))
        kind = _kind(problems.get(a.problem_id))
        out.append(AttemptRecord(a.problem_id, kind, start, minutes, a.passed_at is not None))
    return out
