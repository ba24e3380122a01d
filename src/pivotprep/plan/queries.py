"""Plain reads and small helpers every plan module shares: the plan's tasks in order,
hours logged per task, which plan week a date falls in, task labels, half-hour units and
task positions within a week."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.plan.models import Plan, PlanLog, PlanTask
from pivotprep.plan.step_queue import UNIT
from pivotprep.plan.tracks import STEP_IDS


def plan_tasks(session: Session, plan: Plan) -> list[PlanTask]:
    return list(
        session.scalars(
            select(PlanTask)
            .where(PlanTask.plan_id == plan.id)
            .order_by(PlanTask.week, PlanTask.position, PlanTask.id)
        )
    )


def logged_by_task(session: Session, plan: Plan) -> dict[int, float]:
    rows = session.execute(
        select(PlanLog.task_id, func.sum(PlanLog.hours))
        .join(PlanTask, PlanTask.id == PlanLog.task_id)
        .where(PlanTask.plan_id == plan.id)
        .group_by(PlanLog.task_id)
    )
    return {task_id: float(total) for task_id, total in rows}


def week_number(plan: Plan, on: date) -> int:
    """The plan week containing `on`, clamped to the plan (before the start: week 1)."""
    number = (on - plan.start_date).days // 7 + 1
    return min(max(number, 1), plan.weeks)


def task_label(task: PlanTask) -> str:
    return f"{task.title} (part {task.part}/{task.parts})" if task.parts > 1 else task.title


def task_page(task: PlanTask) -> str:
    """The page where the task's plan item is practised ("" for none)."""
    from pivotprep.plan.tracks import item_page

    return item_page(task.item_key) if task.source == "plan" else ""


def units(hours: float) -> int:
    """Hours as half-hour units, rounded up."""
    return max(1, round(hours / UNIT + 0.49))  # round up to the half hour


def renumber(session: Session, plan: Plan) -> None:
    """Positions 1, 2, ... within each week, by step order then previous position.
    Task ids never change."""
    order = {step: i for i, step in enumerate(STEP_IDS)}
    tasks = plan_tasks(session, plan)
    tasks.sort(key=lambda t: (t.week, order.get(t.step, 99), t.position, t.id))
    counters: dict[int, int] = defaultdict(int)
    for task in tasks:
        counters[task.week] += 1
        task.position = counters[task.week]
    session.flush()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:120] or "task"
