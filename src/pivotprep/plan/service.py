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
from pivotprep.plan.queries import task_label, week_number
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
    "tasks_by_week",
    "week_number",
    "week_view",
]
