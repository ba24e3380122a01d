"""Plan operations, called by the CLI, the web pages and other features.

The plan is made automatically from the profile the first time it is needed, and made
again when the profile changes, keeping done tasks, logged hours and tasks added by
other features. Progress is marked per task; `replan` moves late work forward without
overfilling any week; `add_custom_task` lets other features add real gaps to the plan.

The work is done in cohesive modules; this one is the stable place to import from:
`generation` (making the plan), `overview` (weeks, overview, the pages' read model,
current step), `progress` (done, log), `replan`, `custom` (tasks from other features),
`export`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError
from pivotprep.plan.custom import (
    CustomTaskResult,
    Displaced,
    TaskRef,
    add_custom_task,
    close_added_tasks,
    closed_added_tasks,
    place_custom_task,
)
from pivotprep.plan.export import EXPORT_FORMATS, export_plan
from pivotprep.plan.fit_error import PlanDoesNotFitError
from pivotprep.plan.generation import ensure_plan, get_plan, plan_request, profile_key
from pivotprep.plan.models import PlanTask
from pivotprep.plan.overview import (
    PlanOverview,
    PlanPage,
    StepSpan,
    WeekSummary,
    WeekView,
    all_tasks,
    current_step,
    current_week,
    overview,
    plan_page,
    tasks_by_week,
    week_view,
)
from pivotprep.plan.progress import MAX_LOG_HOURS, get_task, log_hours, mark_done, parse_hours
from pivotprep.plan.queries import plan_tasks, task_label, task_page, week_number
from pivotprep.plan.replan import (
    MAX_EXTEND_WEEKS,
    ReplanReport,
    parse_task_ids,
    parse_weeks,
    replan,
)

__all__ = [
    "EXPORT_FORMATS",
    "MAX_EXTEND_WEEKS",
    "MAX_LOG_HOURS",
    "CustomTaskResult",
    "Displaced",
    "PlanDoesNotFitError",
    "PlanOverview",
    "PlanPage",
    "ReplanReport",
    "StepSpan",
    "TaskRef",
    "WeekSummary",
    "WeekView",
    "add_custom_task",
    "all_tasks",
    "close_added_tasks",
    "closed_added_tasks",
    "current_step",
    "current_week",
    "ensure_plan",
    "export_plan",
    "get_plan",
    "get_task",
    "log_hours",
    "mark_done",
    "open_tasks_for_items",
    "overview",
    "parse_hours",
    "parse_task_ids",
    "parse_weeks",
    "place_custom_task",
    "plan_page",
    "plan_request",
    "profile_key",
    "replan",
    "task_label",
    "task_page",
    "tasks_by_week",
    "tasks_for_items",
    "tick_earliest_open",
    "tick_first_open",
    "week_number",
    "week_view",
]


def _made_from(task: PlanTask, step: str, items: Collection[str]) -> bool:
    """Whether the plan made `task` from one of `items` of `step`: its key is "step:item",
    or "step:item:n" for a repeatable practice block."""
    parts = task.item_key.split(":")
    return task.source == "plan" and len(parts) >= 2 and parts[0] == step and parts[1] in items


def tasks_for_items(session: Session, step: str, items: Collection[str]) -> list[PlanTask]:
    """The tasks (open, done or dropped) the plan made from these items of `step` (item
    ids of the step's content file, e.g. "system_design", {"sd-caching"}), earliest week
    and part first. The plan is made from the profile if it was never made; empty without
    a profile. Other features use it to link their activities to the plan without reading
    its tables."""
    if not items:
        return []
    try:
        plan = ensure_plan(session)  # made from the profile if it was never made
    except UserError:  # no profile (or one the plan cannot be made from): no tasks
        return []
    return [task for task in plan_tasks(session, plan) if _made_from(task, step, items)]


def open_tasks_for_items(session: Session, step: str, items: Collection[str]) -> list[PlanTask]:
    """The open ones of `tasks_for_items`."""
    return [task for task in tasks_for_items(session, step, items) if task.status == "open"]


def tick_first_open(session: Session, step: str, items: Collection[str]) -> PlanTask | None:
    """Mark done the earliest open task made from one of `items` of `step` (one part of a
    task split over weeks, one practice block) and return it; None when none is open."""
    tasks = open_tasks_for_items(session, step, items)
    if not tasks:
        return None
    return mark_done(session, tasks[0].id)


def tick_earliest_open(
    session: Session, items_by_step: Mapping[str, Collection[str]]
) -> PlanTask | None:
    """Mark done the earliest open task (by week, then place in the week) made from any
    of these items of any of these steps, e.g. {"foundations": {"easy-arrays"}, "mocks":
    {"mock-timed-oa"}}, and return it; None when none is open (or there is no profile).
    A named item's task comes before a repeatable practice block (filler), whatever its
    week: the work was that item's. One piece of work finishes only one task."""
    found = [
        task
        for step, items in items_by_step.items()
        for task in open_tasks_for_items(session, step, items)
    ]
    if not found:
        return None
    first = min(found, key=lambda t: (t.flexible, t.week, t.position, t.id))
    return mark_done(session, first.id)
