"""Step 2 of the plan ("portfolio projects") linked to the timed take-homes, through
`pivotprep.plan.service` only: the plan's take-home tasks point at the briefs of the
learner's role, and handing a take-home in ticks the earliest open one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError

STEP = "projects"
ITEMS = frozenset({"take-home-1", "take-home-2"})


@dataclass(frozen=True)
class PlanTask:
    """A plan task a take-home finishes, as the briefs pages show it."""

    id: int
    title: str
    week: int
    status: str


def takehome_tasks(session: Session) -> list[PlanTask]:
    """The plan's take-home tasks, open or done (empty without a plan)."""
    from pivotprep.plan.service import tasks_for_items

    return [
        PlanTask(t.id, t.title, t.week, t.status)
        for t in tasks_for_items(session, STEP, ITEMS)
        if t.status != "dropped"
    ]


def tick_for_takehome(session: Session) -> PlanTask | None:
    """Mark done the earliest open take-home task; None when there is none."""
    from pivotprep.plan.service import tick_first_open

    try:
        task = tick_first_open(session, STEP, ITEMS)
    except UserError:
        return None
    return None if task is None else PlanTask(task.id, task.title, task.week, task.status)
