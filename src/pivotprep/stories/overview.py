"""The bank as a whole: which signals the stories cover, the gaps turned into plan tasks,
the dashboard summary and the one-page Markdown export.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.plan.service import (
    CustomTaskResult,
    TaskRef,
    close_added_tasks,
    closed_added_tasks,
    place_custom_task,
)
from pivotprep.profile.service import get_profile
from pivotprep.stories import coverage as cov
from pivotprep.stories.answer_analysis import analyze_story
from pivotprep.stories.bank import list_stories
from pivotprep.stories.models import PracticeAttempt
from pivotprep.stories.questions import CANDIDATE_LEVEL, load_signals

GAP_TASK_HOURS = 1.0
SOURCE = "stories"  # the plan's name for tasks this feature adds


def signal_table() -> list[tuple[str, str, bool]]:
    return [(s.id, s.name, s.core) for s in load_signals().values()]


def coverage(session: Session) -> cov.Coverage:
    rows = [cov.StoryRow(s.id, s.title, tuple(s.signals)) for s in list_stories(session)]
    return cov.compute(rows, signal_table())


def gap_task_title(signal_id: str) -> str:
    """The plan task a coverage gap becomes: "Write a STAR story that shows empathy"."""
    name = load_signals()[signal_id].name
    return f"Write a STAR story that shows {name[0].lower() + name[1:]}"


def close_gap_tasks(session: Session, signals: list[str] | tuple[str, ...]) -> list[TaskRef]:
    """Mark done the open plan tasks "Write a STAR story that shows <signal>" (added by
    `add_gaps_to_plan`) for each signal a saved story shows: the gap is filled, so the
    plan should not keep asking for it. Returns the tasks it marked done; does nothing
    without a plan (or without the profile a plan needs)."""
    known = load_signals()
    titles = {gap_task_title(s) for s in signals if s in known}
    return close_added_tasks(session, source=SOURCE, titles=titles)


def closed_gap_tasks(session: Session, ids: Iterable[int]) -> list[TaskRef]:
    """The gap tasks among `ids` that are done (what saving a story closed, when a page
    names them after the save)."""
    return closed_added_tasks(session, ids, source=SOURCE)


class GapsAdded(tuple[CustomTaskResult, ...]):
    """What the plan did for each gap (`add_gaps_to_plan`), with the totals to report."""

    @property
    def added(self) -> int:
        """Gap tasks new to the plan (the others were there from an earlier call)."""
        return sum(1 for result in self if result.added)

    @property
    def moved_hours(self) -> float:
        """Hours of repeatable practice the new tasks took the place of."""
        return sum(d.hours for result in self for d in result.displaced)


def add_gaps_to_plan(session: Session) -> GapsAdded:
    """Turn each coverage gap into a plan task (idempotent: the plan keeps one per gap).

    Returns what the plan did for each gap: the task, its weeks, and the practice blocks
    it took the place of (`added=False` for a gap already in the plan).
    """
    placed = []
    with session.begin_nested():  # all gaps or none: a plan that is full adds nothing
        for gap in coverage(session).gaps:
            signal = load_signals()[gap.signal]
            result = place_custom_task(
                session,
                title=gap_task_title(gap.signal),
                step="stories",
                hours=GAP_TASK_HOURS,
                source=SOURCE,
                detail=f"{gap.text} Interviewers look for: {signal.look_for[CANDIDATE_LEVEL]}",
            )
            placed.append(result)
    return GapsAdded(placed)


@dataclass(frozen=True)
class BankSummary:
    """Stories written vs the 10-15 goal, core signals covered, practice so far."""

    stories: int
    goal_min: int
    goal_max: int
    goal_text: str
    core_covered: int
    core_total: int
    gaps: tuple[str, ...]
    attempts: int


def summary(session: Session) -> BankSummary:
    """Stories written vs the 10-15 goal, core signals covered, practice so far."""
    cover = coverage(session)
    attempts = session.scalar(select(func.count()).select_from(PracticeAttempt)) or 0
    return BankSummary(
        stories=cover.stories,
        goal_min=cov.GOAL_MIN,
        goal_max=cov.GOAL_MAX,
        goal_text=cover.goal_text(),
        core_covered=cover.core_covered,
        core_total=cover.core_total,
        gaps=tuple(g.text for g in cover.gaps),
        attempts=attempts,
    )


def export_markdown(session: Session) -> str:
    """The whole bank as a one-page Markdown cheat sheet."""
    from pivotprep.core.clock import today
    from pivotprep.stories.export import cheat_sheet

    stories = list_stories(session)
    pairs = [(s, analyze_story(session, s).analysis) for s in stories]
    profile = get_profile(session)
    names = {s.id: s.name for s in load_signals().values()}
    return cheat_sheet(
        pairs, coverage(session), names, name=profile.name if profile else "", on=today()
    )
