"""The practice workflow, shared by coding and SQL problems (kind-agnostic).

start -> hints -> runs -> (solution after the 30-minute lock) -> an FSRS review rated from
the evidence of the attempt. Problems come from catalog.py; nothing here knows whether an
id is a coding or an SQL problem. The CLI and the web call these functions and nothing else.
"""

from __future__ import annotations

import importlib
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.core.clock import now
from pivotprep.core.errors import NotFoundError, UserError
from pivotprep.practice import review_schedule as reviews
from pivotprep.practice.catalog import ProblemInfo, all_problems, get_problem
from pivotprep.practice.models import Attempt, ReviewCard, ReviewLog, Run

LOCK_MINUTES = 30
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


class SolutionLockedError(UserError):
    """The solution is still locked; the message says how long remains."""


class NotStartedError(UserError):
    """An action that needs `start` first."""


@dataclass(frozen=True)
class Suggestion:
    problem_id: str
    title: str
    kind: str
    pattern: str
    difficulty: str
    estimated_minutes: int
    reason: str


@dataclass(frozen=True)
class PatternMastery:
    pattern: str
    solved: int
    total: int
    mastery: float  # mean FSRS retrievability over the pattern's problems (unsolved = 0)


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
    problems: list[dict] = field(default_factory=list)  # per problem: id, title, mastery, due


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
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
            f"You have not started {problem_id!r}. Run `pivotprep practice start {problem_id}`."
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
        started_at=now(),
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
    opens = _aware(attempt.started_at) + timedelta(minutes=LOCK_MINUTES)  # type: ignore[operator]
    return max(timedelta(0), opens - (when or now()))


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


def hints_shown(session: Session, problem_id: str) -> list[str]:
    info = get_problem(problem_id)
    attempt = current_attempt(session, problem_id)
    return list(info.hints[: attempt.hints_revealed]) if attempt else []


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
                f"The solution of {problem_id!r} unlocks in {minutes} minute(s). Keep going, "
                f"take a hint (`pivotprep practice hint {problem_id}`), or force it with "
                "--force (recorded: the next review will be rated Again)."
            )
        attempt.forced_peek = True
    if attempt.solution_seen_at is None:
        attempt.solution_seen_at = now()
    session.flush()
    return info.solution


def record_run(
    session: Session,
    problem_id: str,
    *,
    passed: bool,
    summary: dict,
    complexity_ok: bool | None = None,
) -> Run:
    """Store a judged run. The first pass of an attempt is a review (rated from the attempt's
    evidence and scheduled with FSRS) only when the card is new or due and was not reviewed
    today; otherwise it is practice. `summary["review"]` on the run says which, and why."""
    info = get_problem(problem_id)
    attempt = current_attempt(session, problem_id) or start(session, problem_id)
    when = now()
    summary = dict(summary)
    run = Run(
        attempt_id=attempt.id,
        problem_id=problem_id,
        created_at=when,
        passed=passed,
        complexity_ok=complexity_ok,
    )
    session.add(run)
    attempt.runs += 1
    if not passed:
        attempt.failed_runs += 1
    elif attempt.passed_at is None:
        attempt.passed_at = when
        not_review = _practice_only(session, info.id, when)
        if not_review:
            summary["review"] = f"practice, not a review: {not_review}"
        else:
            minutes = (when - _aware(attempt.started_at)).total_seconds() / 60  # type: ignore[operator]
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
            summary["review"] = f"review rated {rating.name}: {evidence}"
    else:
        summary["review"] = "practice, not a review: this attempt was already passed"
    run.summary = summary
    session.flush()
    return run


def _practice_only(session: Session, problem_id: str, when: datetime) -> str | None:
    """Why a pass now is not a review (None: it is one). A card is reviewed at most once a
    day, and only when it is new or due: passing again before then is practice."""
    card_row = session.get(ReviewCard, problem_id)
    if card_row is None:
        return None
    last = session.scalar(
        select(func.max(ReviewLog.reviewed_at)).where(ReviewLog.problem_id == problem_id)
    )
    if last is not None and _aware(last).date() == when.date():  # type: ignore[union-attr]
        return "this problem was already reviewed today"
    due = _aware(card_row.due)
    if due is not None and due > when:
        return f"the next review is due on {due:%Y-%m-%d}"
    return None


def _review(
    session: Session, info: ProblemInfo, rating: reviews.Rating, evidence: str, when: datetime
) -> None:
    card_row = session.get(ReviewCard, info.id)
    card = reviews.schedule(card_row.card if card_row else None, rating, when)
    if card_row is None:
        card_row = ReviewCard(problem_id=info.id, pattern=info.pattern, reviews=0)
        session.add(card_row)
    card_row.card = card.to_dict()
    card_row.due = card.due
    card_row.last_rating = int(rating)
    card_row.reviews = (card_row.reviews or 0) + 1
    card_row.stability = float(card.stability or 0.0)
    session.add(
        ReviewLog(problem_id=info.id, reviewed_at=when, rating=int(rating), evidence=evidence)
    )


def mastery_by_problem(session: Session, when: datetime | None = None) -> dict[str, float]:
    """FSRS retrievability per solved problem (0..1)."""
    when = when or now()
    return {
        row.problem_id: reviews.retrievability(row.card, when)
        for row in session.scalars(select(ReviewCard))
    }


def mastery_by_pattern(session: Session, when: datetime | None = None) -> list[PatternMastery]:
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


def _plan_focus(session: Session) -> str | None:
    """The plan's current step id, if the plan feature offers `current_step(session)`."""
    try:
        module = importlib.import_module("pivotprep.plan.service")
    except ImportError:
        return None
    fn = getattr(module, "current_step", None)
    if fn is None:
        return None
    try:
        step = fn(session)
    except UserError:
        return None
    if step is None:
        return None
    return str(getattr(step, "id", step))


def _sql_share(session: Session) -> float:
    """The share of SQL among new problems, from the target role's emphasis."""
    from pivotprep.profile.roles import get_role
    from pivotprep.profile.service import get_profile

    profile = get_profile(session)
    if profile is None:
        return 0.0
    emphasis = get_role(profile.target_role).emphasis
    total = emphasis.dsa + emphasis.sql
    return emphasis.sql / total if total else 0.0


def _suggest(info: ProblemInfo, reason: str) -> Suggestion:
    return Suggestion(
        info.id,
        info.title,
        info.kind,
        info.pattern,
        info.difficulty,
        info.estimated_minutes,
        reason,
    )


def _spread(ordered: list[ProblemInfo]) -> list[ProblemInfo]:
    """Keep the order but take one problem per pattern first, so a day mixes patterns."""
    first, rest, seen = [], [], set()
    for info in ordered:
        (rest if info.pattern in seen else first).append(info)
        seen.add(info.pattern)
    return first + rest


def next_problems(session: Session, limit: int = 3) -> list[Suggestion]:
    """Today's problems: due reviews first, then new problems: those of the patterns and
    data structures this week's plan tasks name first (plan_topics.py), then the weakest
    patterns; easy first during the plan's foundations step; split between coding and SQL
    by the target role's emphasis."""
    from pivotprep.practice.plan_topics import this_week

    when = now()
    problems = all_problems()
    out: list[Suggestion] = []
    due_rows = session.scalars(
        select(ReviewCard).where(ReviewCard.due <= when).order_by(ReviewCard.due)
    ).all()
    for row in due_rows:
        if row.problem_id in problems and len(out) < limit:
            out.append(_suggest(problems[row.problem_id], "review due today"))
    slots = limit - len(out)
    if slots <= 0:
        return out
    touched = set(session.scalars(select(Attempt.problem_id).distinct()))
    fresh = [p for p in problems.values() if p.id not in touched]
    pattern_mastery = {m.pattern: m.mastery for m in mastery_by_pattern(session, when)}
    step = _plan_focus(session)
    foundations = step is None or "foundation" in step
    topics = this_week(session)

    def key(p: ProblemInfo) -> tuple:
        level = DIFFICULTY_ORDER.get(p.difficulty, 1)
        return (level if foundations else 0, pattern_mastery.get(p.pattern, 0.0), level, p.id)

    def ordered(kind_is_sql: bool) -> list[ProblemInfo]:
        """This week's plan topics first (spread over their patterns), then the rest."""
        pool = sorted((p for p in fresh if (p.kind == "sql") == kind_is_sql), key=key)
        planned = [p for p in pool if topics.covers(p.id, p.pattern)]
        rest = [p for p in pool if not topics.covers(p.id, p.pattern)]
        return _spread(planned) + _spread(rest)

    sql = ordered(True)
    code = ordered(False)
    n_sql = round(slots * _sql_share(session)) if sql else 0
    n_sql = min(n_sql, len(sql))
    chosen = sql[:n_sql] + code[: slots - n_sql]
    if len(chosen) < slots:
        chosen += sql[n_sql : n_sql + slots - len(chosen)]
    for info in chosen:
        weak = pattern_mastery.get(info.pattern, 0.0)
        reason = f"new: {info.pattern} (mastery {weak:.0%})"
        if topics.covers(info.id, info.pattern):
            reason += ", on this week's plan"
        if step:
            reason += f", plan step {step}"
        out.append(_suggest(info, reason))
    return out


def stats(session: Session) -> Stats:
    when = now()
    problems = all_problems()
    attempts = session.scalars(select(Attempt)).all()
    runs_total = session.scalar(select(func.count()).select_from(Run)) or 0
    runs_passed = session.scalar(select(func.count()).select_from(Run).where(Run.passed)) or 0
    cards = {row.problem_id: row for row in session.scalars(select(ReviewCard))}
    per_problem = []
    for pid, row in sorted(cards.items(), key=lambda kv: _aware(kv[1].due)):  # type: ignore[arg-type,return-value]
        info = problems.get(pid)
        per_problem.append(
            {
                "id": pid,
                "title": info.title if info else pid,
                "pattern": row.pattern,
                "mastery": reviews.retrievability(row.card, when),
                "due": _aware(row.due),
                "last_rating": row.last_rating,
            }
        )
    return Stats(
        attempted=len({a.problem_id for a in attempts}),
        solved=len({a.problem_id for a in attempts if a.passed_at is not None}),
        runs=runs_total,
        passed_runs=runs_passed,
        forced_peeks=sum(1 for a in attempts if a.forced_peek),
        hints_used=sum(a.hints_revealed for a in attempts),
        reviews_due=sum(1 for row in cards.values() if _aware(row.due) <= when),  # type: ignore[operator]
        patterns=mastery_by_pattern(session, when),
        problems=per_problem,
    )
