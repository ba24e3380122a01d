"""Progress on the plan: marking tasks done (or open again) and logging hours."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pivotprep.core.clock import today
from pivotprep.core.errors import NextStep, NotFoundError, ValidationError
from pivotprep.plan.generation import ensure_plan
from pivotprep.plan.models import PlanLog, PlanTask

MAX_LOG_HOURS = 24.0
MAX_TASK_ID = 2**31 - 1  # ids beyond this cannot exist, and SQLite refuses them as integers


def get_task(session: Session, task_id: int) -> PlanTask:
    """The plan's task with this id; NotFoundError (offering the list of this week's
    tasks) when there is none, including ids outside 1 to 2**31-1, which no task can have."""
    plan = ensure_plan(session)
    task = session.get(PlanTask, task_id) if 1 <= task_id <= MAX_TASK_ID else None
    if task is None or task.plan_id != plan.id:
        raise NotFoundError(
            f"There is no task {task_id} in your plan.", next_step=NextStep("plan.week")
        )
    return task


def mark_done(session: Session, task_id: int, done: bool = True) -> PlanTask:
    """Mark a task done (logging its planned hours if none were logged) or open again
    (taking back the hours the tick logged by itself; hours typed with `log` stay)."""
    task = get_task(session, task_id)
    if done:
        task.status = "done"
        task.done_on = today()
        has_logs = session.scalar(select(func.count()).where(PlanLog.task_id == task.id))
        if not has_logs:
            session.add(PlanLog(task_id=task.id, hours=task.hours, logged_on=today(), auto=True))
    else:
        task.status = "open"
        task.done_on = None
        session.execute(delete(PlanLog).where(PlanLog.task_id == task.id, PlanLog.auto))
    session.flush()
    return task


def parse_hours(raw: object, *, field_name: str = "hours") -> float:
    try:
        hours = float(str(raw).strip().replace(",", "."))
    except ValueError:
        raise ValidationError(
            f"Hours must be a number such as 1.5, got {raw!r}.", field=field_name
        ) from None
    if not 0 < hours <= MAX_LOG_HOURS or hours != hours:
        raise ValidationError(
            f"Hours must be more than 0 and at most {MAX_LOG_HOURS:g} for one entry, got {raw!r}.",
            field=field_name,
        )
    return round(hours, 2)


def log_hours(session: Session, task_id: int, hours: object) -> float:
    """Add hours spent on a task today. Returns the task's total logged hours."""
    amount = parse_hours(hours)
    task = get_task(session, task_id)
    session.add(PlanLog(task_id=task.id, hours=amount, logged_on=today()))
    session.flush()
    total = session.scalar(select(func.sum(PlanLog.hours)).where(PlanLog.task_id == task.id))
    return float(total or 0.0)
