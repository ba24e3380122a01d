"""Solved problems linked to the plan's tasks, through `pivotprep.plan.service` only.

`content/practice/plan_links.yaml` says which first passes finish which plan item (N
problems of given kinds, patterns and difficulties, passed the same day or within a time
window, each within a time limit if one is set). A problem's first pass, and only its
first (a re-pass is practice, not new work), is checked against every link; of the tasks
made from the items whose condition it completes, the earliest open one is ticked, which
logs the task's planned hours. The passes are read from this feature's attempts: each
attempt's `passed_at` is its first pass, so a problem's first pass is the earliest of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.content import content_path
from pivotprep.core.errors import UserError
from pivotprep.practice.catalog import DIFFICULTIES, ProblemInfo, all_problems
from pivotprep.practice.models import Attempt

KINDS = ("code", "sql")
STEPS = ("foundations", "mocks")  # the plan steps whose items a solved problem can finish


class PlanLink(BaseModel):
    """One plan item and the first passes that finish one of its tasks."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    step: str
    item: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    count: int = Field(ge=1, le=20)
    kinds: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    difficulties: tuple[str, ...] = ()
    max_minutes: int = Field(default=0, ge=0, le=600)  # 0: no limit per problem
    window_minutes: int = Field(default=0, ge=0, le=1440)  # 0: the same (UTC) day

    def accepts(self, info: ProblemInfo) -> bool:
        """Whether a pass of this problem counts towards the link (its timing aside)."""
        return (
            (not self.kinds or info.kind in self.kinds)
            and (not self.patterns or info.pattern in self.patterns)
            and (not self.difficulties or info.difficulty in self.difficulties)
        )


def aware(value: datetime) -> datetime:
    """`value` with UTC attached when the database returned it naive (SQLite)."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class FirstPass:
    """A problem's first pass ever: when, and how long after its attempt started."""

    problem_id: str
    at: datetime
    minutes: float


@dataclass(frozen=True)
class PlanTick:
    """A plan task a pass finished, as the result pages and commands show it."""

    id: int
    title: str
    week: int

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "week": self.week}


def ticks_of(summary: Mapping[str, Any] | None) -> tuple[PlanTick, ...]:
    """The plan tasks a recorded run ticked (`summary["plan"]`), for the result views."""
    found = (summary or {}).get("plan") or []
    return tuple(
        PlanTick(int(t["id"]), str(t["title"]), int(t["week"])) for t in found if "id" in t
    )


def _check(link: PlanLink) -> None:
    bad = [k for k in link.kinds if k not in KINDS]
    bad += [d for d in link.difficulties if d not in DIFFICULTIES]
    if link.step not in STEPS:
        bad.append(link.step)
    if bad:
        raise ValueError(f"content/practice/plan_links.yaml: {link.item} names unknown {bad}")


@lru_cache(maxsize=1)
def plan_links() -> tuple[PlanLink, ...]:
    """The links, validated (the content test also checks items and patterns exist)."""
    path = content_path("practice", "plan_links.yaml")
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    if not isinstance(raw, list):
        raise ValueError(f"{path.name} must be a list of links")
    try:
        links = tuple(PlanLink.model_validate(entry) for entry in raw)
    except ValidationError as error:
        raise ValueError(f"{path.name}: {error}") from None
    for link in links:
        _check(link)
    return links


def completes(link: PlanLink, latest: FirstPass, passes: list[FirstPass]) -> bool:
    """Whether `latest` (one of `passes`) is the pass that finishes a task of `link`: it
    counts towards the link, and the matching passes of its window number a multiple of
    the link's count. Pure: `passes` are the recent first passes, `latest` included."""
    problems = all_problems()
    if not _counts(link, latest, problems):
        return False
    if link.window_minutes:
        since = latest.at - timedelta(minutes=link.window_minutes)
        window = [p for p in passes if since <= p.at <= latest.at]
    else:
        window = [p for p in passes if p.at.date() == latest.at.date() and p.at <= latest.at]
    matching = sum(1 for p in window if _counts(link, p, problems))
    return matching > 0 and matching % link.count == 0


def _counts(link: PlanLink, done: FirstPass, problems: Mapping[str, ProblemInfo]) -> bool:
    info = problems.get(done.problem_id)
    if info is None or not link.accepts(info):
        return False
    return not link.max_minutes or done.minutes <= link.max_minutes


def first_passes(session: Session, since: datetime) -> list[FirstPass]:
    """Every problem's first pass ever, for those first passed at or after `since`."""
    rows = session.execute(
        select(Attempt.problem_id, Attempt.started_at, Attempt.passed_at)
        .where(Attempt.passed_at.is_not(None))
        .order_by(Attempt.passed_at, Attempt.id)
    )
    first: dict[str, FirstPass] = {}
    for problem_id, started, passed in rows:
        if problem_id in first or passed is None:
            continue
        at = aware(passed)
        minutes = (at - aware(started)).total_seconds() / 60
        first[problem_id] = FirstPass(problem_id, at, minutes)
    return sorted((p for p in first.values() if p.at >= since), key=lambda p: p.at)


def tick_for_first_pass(session: Session, problem_id: str, when: datetime) -> PlanTick | None:
    """Called when `problem_id` is passed for the first time ever, at `when` (the pass
    already stored): tick the earliest open task of the items the pass completes; None
    when it completes none, none of their tasks is open, or there is no profile."""
    longest = max((link.window_minutes for link in plan_links()), default=0)
    since = min(
        datetime.combine(when.date(), time(), tzinfo=UTC),
        when - timedelta(minutes=longest),
    )
    passes = first_passes(session, since)
    latest = next((p for p in passes if p.problem_id == problem_id), None)
    if latest is None:
        return None
    return _tick(session, latest, passes)


def _tick(session: Session, latest: FirstPass, passes: list[FirstPass]) -> PlanTick | None:
    from pivotprep.plan.service import tick_earliest_open

    wanted: dict[str, set[str]] = {}
    for link in plan_links():
        if completes(link, latest, passes):
            wanted.setdefault(link.step, set()).add(link.item)
    if not wanted:
        return None
    try:
        task = tick_earliest_open(session, wanted)
    except UserError:  # a profile the plan cannot be made from: nothing to tick
        return None
    return None if task is None else PlanTick(task.id, task.title, task.week)
