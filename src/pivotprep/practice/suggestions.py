"""What to practise next: due reviews first, then new problems in a considered order. Pure.

The order of new problems: those of the patterns and data structures this week's plan
tasks name first (plan_topics.py), each group spread over its patterns so a day mixes
them; within that, the weakest patterns first, and easy problems first while the plan is
at its foundations step. The day's slots are split between coding and SQL by the target
role's emphasis. The inputs are plain values (service.py reads them from the database, the
plan and the profile), so the whole rule is tested without either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pivotprep.practice.catalog import ProblemInfo
from pivotprep.practice.plan_topics import PlanTopics

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


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
class Situation:
    """What the choice of new problems depends on."""

    mastery: Mapping[str, float]  # pattern -> mastery (0..1)
    topics: PlanTopics  # this week's plan topics
    step: str | None  # the plan's current step id, if there is a plan
    sql_share: float  # the target role's share of SQL among new problems (0..1)

    @property
    def foundations(self) -> bool:
        """Easy first: no plan yet, or the plan is at its foundations step."""
        return self.step is None or "foundation" in self.step


def suggest(info: ProblemInfo, reason: str) -> Suggestion:
    return Suggestion(
        info.id,
        info.title,
        info.kind,
        info.pattern,
        info.difficulty,
        info.estimated_minutes,
        reason,
    )


def spread(ordered: Iterable[ProblemInfo]) -> list[ProblemInfo]:
    """Keep the order but take one problem per pattern first, so a day mixes patterns."""
    first: list[ProblemInfo] = []
    rest: list[ProblemInfo] = []
    seen: set[str] = set()
    for info in ordered:
        (rest if info.pattern in seen else first).append(info)
        seen.add(info.pattern)
    return first + rest


def _ordered(pool: Iterable[ProblemInfo], situation: Situation) -> list[ProblemInfo]:
    """This week's plan topics first (spread over their patterns), then the rest."""

    def key(p: ProblemInfo) -> tuple[int, float, int, str]:
        level = DIFFICULTY_ORDER.get(p.difficulty, 1)
        weak = situation.mastery.get(p.pattern, 0.0)
        return (level if situation.foundations else 0, weak, level, p.id)

    ranked = sorted(pool, key=key)
    covers = situation.topics.covers
    planned = [p for p in ranked if covers(p.id, p.pattern)]
    rest = [p for p in ranked if not covers(p.id, p.pattern)]
    return spread(planned) + spread(rest)


def _reason(info: ProblemInfo, situation: Situation) -> str:
    weak = situation.mastery.get(info.pattern, 0.0)
    reason = f"new: {info.pattern} (mastery {weak:.0%})"
    if situation.topics.covers(info.id, info.pattern):
        reason += ", on this week's plan"
    if situation.step:
        reason += f", plan step {situation.step}"
    return reason


def new_problems(
    fresh: Sequence[ProblemInfo], slots: int, situation: Situation
) -> list[Suggestion]:
    """`slots` new problems out of `fresh` (never attempted), split between SQL and coding
    by `situation.sql_share`; either kind fills the other's empty slots."""
    sql = _ordered((p for p in fresh if p.kind == "sql"), situation)
    code = _ordered((p for p in fresh if p.kind != "sql"), situation)
    n_sql = min(round(slots * situation.sql_share) if sql else 0, len(sql))
    chosen = sql[:n_sql] + code[: slots - n_sql]
    if len(chosen) < slots:
        chosen += sql[n_sql : n_sql + slots - len(chosen)]
    return [suggest(info, _reason(info, situation)) for info in chosen]


def due_reviews(
    due_ids: Iterable[str], problems: Mapping[str, ProblemInfo], limit: int
) -> list[Suggestion]:
    """Reviews due today, soonest first, up to `limit`."""
    known = [problems[pid] for pid in due_ids if pid in problems]
    return [suggest(info, "review due today") for info in known[:limit]]
