"""Reading the plan: one week's tasks and hours, the whole plan's per-week and per-step
summary (the dashboard reads it on every request), and the step in focus this week."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.core.clock import today
from pivotprep.core.errors import ValidationError
from pivotprep.plan.generation import ensure_plan, notes_to_show
from pivotprep.plan.models import Plan, PlanLog, PlanTask
from pivotprep.plan.queries import logged_by_task, plan_tasks, week_number
from pivotprep.plan.scheduler import week_start
from pivotprep.plan.tracks import STEP_IDS, step_titles


@dataclass
class WeekView:
    plan: Plan
    number: int
    start: date
    end: date
    tasks: list[PlanTask]
    logged: dict[int, float]
    budget: int
    is_current: bool
    note: str = ""
    titles: dict[str, str] = field(default_factory=step_titles)

    @property
    def planned_hours(self) -> float:
        return sum(t.hours for t in self.tasks if t.status != "dropped")

    @property
    def done_hours(self) -> float:
        return sum(self.logged.get(t.id, 0.0) for t in self.tasks)

    @property
    def milestones(self) -> list[str]:
        return [t.milestone for t in self.tasks if t.milestone and t.status != "dropped"]

    @property
    def open_count(self) -> int:
        return sum(1 for t in self.tasks if t.status == "open")


def _week_view(
    session: Session, plan: Plan, number: int, logged: dict[int, float] | None = None
) -> WeekView:
    if not 1 <= number <= plan.weeks:
        raise ValidationError(
            f"Week {number} is not in your plan: it has weeks 1 to {plan.weeks}.", field="week"
        )
    tasks = list(
        session.scalars(
            select(PlanTask)
            .where(PlanTask.plan_id == plan.id, PlanTask.week == number)
            .order_by(PlanTask.position, PlanTask.id)
        )
    )
    if logged is not None:
        logged = {t.id: logged[t.id] for t in tasks if t.id in logged}
    elif tasks:
        rows = session.execute(
            select(PlanLog.task_id, func.sum(PlanLog.hours))
            .where(PlanLog.task_id.in_([t.id for t in tasks]))
            .group_by(PlanLog.task_id)
        )
        logged = {task_id: float(total) for task_id, total in rows}
    else:
        logged = {}
    start = week_start(plan.start_date, number)
    now = today()
    current = week_number(plan, now) == number
    note = ""
    if current and now < plan.start_date:
        note = f"Your plan starts on {plan.start_date.isoformat()}; this is its first week."
    elif current and now > week_start(plan.start_date, plan.weeks) + timedelta(days=6):
        note = "Your plan's last week is over; run a replan or extend it to keep going."
    return WeekView(
        plan=plan,
        number=number,
        start=start,
        end=start + timedelta(days=6),
        tasks=tasks,
        logged=logged,
        budget=plan.hours_per_week,
        is_current=current,
        note=note,
    )


def current_week(
    session: Session, plan: Plan | None = None, logged: dict[int, float] | None = None
) -> WeekView:
    """This week of the plan (made first if needed): its tasks, hours and milestones.
    `plan` and `logged` (from `overview`) save queries when the caller has them."""
    plan = plan or ensure_plan(session)
    return _week_view(session, plan, week_number(plan, today()), logged)


def week_view(
    session: Session,
    number: int,
    plan: Plan | None = None,
    logged: dict[int, float] | None = None,
) -> WeekView:
    plan = plan or ensure_plan(session)
    return _week_view(session, plan, number, logged)


@dataclass(frozen=True)
class WeekSummary:
    number: int
    start: date
    planned: float
    done: float  # hours logged on days of this week
    tasks: int
    done_tasks: int
    milestones: tuple[str, ...]


@dataclass(frozen=True)
class StepSpan:
    step: str
    title: str
    first_week: int
    last_week: int
    planned: float
    logged: float
    tasks: int
    done_tasks: int
    milestones: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class PlanOverview:
    plan: Plan
    current: int
    weeks: tuple[WeekSummary, ...]
    steps: tuple[StepSpan, ...]
    notes: tuple[str, ...]
    logged: dict[int, float] = field(default_factory=dict)  # task id -> hours logged

    @property
    def planned_hours(self) -> float:
        return sum(w.planned for w in self.weeks)

    @property
    def logged_hours(self) -> float:
        return sum(w.done for w in self.weeks)

    @property
    def end_date(self) -> date:
        return week_start(self.plan.start_date, self.plan.weeks) + timedelta(days=6)


def overview(session: Session, plan: Plan | None = None) -> PlanOverview:
    """The whole plan: per-week planned vs done hours, the timeline by step, the notes.
    `plan` saves a lookup when the caller has just called `ensure_plan`."""
    plan = plan or ensure_plan(session)
    # Plain rows, not ORM objects: the dashboard reads this on every request.
    tasks = session.execute(
        select(
            PlanTask.id,
            PlanTask.week,
            PlanTask.step,
            PlanTask.hours,
            PlanTask.status,
            PlanTask.milestone,
        )
        .where(PlanTask.plan_id == plan.id, PlanTask.status != "dropped")
        .order_by(PlanTask.week, PlanTask.position, PlanTask.id)
    ).all()
    logged: dict[int, float] = defaultdict(float)
    logs_by_week: dict[int, float] = defaultdict(float)
    rows = session.execute(
        select(PlanLog.task_id, PlanLog.logged_on, func.sum(PlanLog.hours))
        .join(PlanTask, PlanTask.id == PlanLog.task_id)
        .where(PlanTask.plan_id == plan.id)
        .group_by(PlanLog.task_id, PlanLog.logged_on)
    )
    for task_id, logged_on, hours in rows:
        logged[task_id] += float(hours)
        logs_by_week[week_number(plan, logged_on)] += float(hours)
    # One pass over plain tuples: (planned, tasks, done tasks, milestones) per week and step.
    week_acc: dict[int, list[Any]] = {n: [0.0, 0, 0, []] for n in range(1, plan.weeks + 1)}
    step_acc: dict[str, list[Any]] = {}
    for task_id, week, step, hours, status, milestone in tasks:
        done = status == "done"
        acc = week_acc.setdefault(week, [0.0, 0, 0, []])
        acc[0] += hours
        acc[1] += 1
        acc[2] += done
        if milestone:
            acc[3].append(milestone)
        # first week, last week, planned, logged, tasks, done tasks, milestones
        sacc = step_acc.setdefault(step, [week, week, 0.0, 0.0, 0, 0, []])
        sacc[0] = min(sacc[0], week)
        sacc[1] = max(sacc[1], week)
        sacc[2] += hours
        sacc[3] += logged.get(task_id, 0.0)
        sacc[4] += 1
        sacc[5] += done
        if milestone:
            sacc[6].append((week, milestone))
    weeks = tuple(
        WeekSummary(
            number=n,
            start=week_start(plan.start_date, n),
            planned=week_acc[n][0],
            done=logs_by_week.get(n, 0.0),
            tasks=week_acc[n][1],
            done_tasks=week_acc[n][2],
            milestones=tuple(week_acc[n][3]),
        )
        for n in range(1, plan.weeks + 1)
    )
    titles = step_titles()
    steps = [
        StepSpan(
            step=step,
            title=titles[step],
            first_week=span[0],
            last_week=span[1],
            planned=span[2],
            logged=span[3],
            tasks=span[4],
            done_tasks=span[5],
            milestones=tuple(span[6]),
        )
        for step in STEP_IDS
        if (span := step_acc.get(step))
    ]
    return PlanOverview(
        plan=plan,
        current=week_number(plan, today()),
        weeks=weeks,
        steps=tuple(steps),
        notes=notes_to_show(plan.notes or (), today()),
        logged=dict(logged),
    )


def all_tasks(session: Session) -> tuple[Plan, list[PlanTask], dict[int, float]]:
    """Every task of the plan with its logged hours (for exports)."""
    plan = ensure_plan(session)
    return plan, plan_tasks(session, plan), logged_by_task(session, plan)


def current_step(session: Session) -> str | None:
    """The step with the most open hours this week (e.g. "foundations"), or None when
    this week is all done. Other features use it to pick what to suggest next."""
    view = current_week(session)
    hours: dict[str, float] = defaultdict(float)
    for task in view.tasks:
        if task.status == "open":
            hours[task.step] += task.hours
    if not hours:
        return None
    return max(STEP_IDS, key=lambda step: (hours.get(step, 0.0), -STEP_IDS.index(step)))
