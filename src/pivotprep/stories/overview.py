"""The bank as a whole: which signals the stories cover, the gaps turned into plan tasks,
the dashboard summary and the one-page Markdown export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.profile.service import get_profile
from pivotprep.stories import coverage as cov
from pivotprep.stories.answer_analysis import analyze_story
from pivotprep.stories.bank import list_stories
from pivotprep.stories.models import PracticeAttempt
from pivotprep.stories.questions import load_signals

if TYPE_CHECKING:
    from pivotprep.plan.models import PlanTask
    from pivotprep.plan.service import CustomTaskResult

GAP_TASK_HOURS = 1.0


def signal_table() -> list[tuple[str, str, bool]]:
    return [(s.id, s.name, s.core) for s in load_signals().values()]


def coverage(session: Session) -> cov.Coverage:
    rows = [cov.StoryRow(s.id, s.title, tuple(s.signals)) for s in list_stories(session)]
    return cov.compute(rows, signal_table())


def gap_task_title(signal_id: str) -> str:
    """The plan task a coverage gap becomes: "Write a STAR story that shows empathy"."""
    name = load_signals()[signal_id].name
    return f"Write a STAR story that shows {name[0].lower() + name[1:]}"


def close_gap_tasks(session: Session, signals: list[str] | tuple[str, ...]) -> list[PlanTask]:
    """Mark done the open plan tasks "Write a STAR story that shows <signal>" (added by
    `add_gaps_to_plan`) for each signal a saved story shows: the gap is filled, so the
    plan should not keep asking for it. Returns the tasks it marked done.

    Uses the plan's public service functions; does nothing without a plan (or without
    the profile a plan needs).
    """
    from pivotprep.core.errors import NotFoundError
    from pivotprep.plan.service import all_tasks, get_plan, mark_done

    known = load_signals()
    titles = {gap_task_title(s) for s in signals if s in known}
    if not titles or get_plan(session) is None:
        return []
    titles |= {f"{t[:285]} (continued)" for t in titles}  # a task split over two weeks
    try:
        _, tasks, _ = all_tasks(session)
    except NotFoundError:  # the profile was removed: the plan cannot be read
        return []
    return [
        mark_done(session, task.id)
        for task in tasks
        if task.source == "stories" and task.status == "open" and task.title in titles
    ]


def add_gaps_to_plan(session: Session) -> list[CustomTaskResult]:
    """Turn each coverage gap into a plan task (idempotent: the plan keeps one per gap).

    Returns what the plan did for each gap: the task, its weeks, and the practice blocks
    it took the place of (`added=False` for a gap already in the plan).
    """
    from pivotprep.plan.service import place_custom_task

    placed = []
    with session.begin_nested():  # all gaps or none: a plan that is full adds nothing
        for gap in coverage(session).gaps:
            signal = load_signals()[gap.signal]
            title = gap_task_title(gap.signal)
            result = place_custom_task(
                session,
                title=title,
                step="stories",
                hours=GAP_TASK_HOURS,
                source="stories",
                detail=f"{gap.text} Interviewers look for: {signal.look_for['junior']}",
            )
            placed.append(result)
    return placed


def summary(session: Session) -> dict[str, Any]:
    """Stories written vs the 10-15 goal, core signals covered, practice so far."""
    cover = coverage(session)
    attempts = session.scalar(select(func.count()).select_from(PracticeAttempt)) or 0
    return {
        "stories": cover.stories,
        "goal_min": cov.GOAL_MIN,
        "goal_max": cov.GOAL_MAX,
        "goal_text": cover.goal_text(),
        "core_covered": cover.core_covered,
        "core_total": cover.core_total,
        "gaps": [g.text for g in cover.gaps],
        "attempts": attempts,
    }


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
