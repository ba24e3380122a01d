"""Reading the plan: one week's tasks and hours, the whole plan's per-week and per-step
summary (the dashboard reads it on every request), and the step in focus this week."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.core.clock import today
from pivotprep.core.errors import ValidationError
from pivotprep.plan.chart import progress_svg
from pivotprep.plan.generation import ensure_plan, notes_to_show
from pivotprep.plan.models import Plan, PlanLog, PlanTask
from pivotprep.plan.queries import logged_by_task, plan_tasks, week_number
from pivotprep.plan.scheduler import week_start
from pivotprep.plan.tracks import STEP_IDS, step_titles
from pivotprep.profile.service import ProfileSnapshot


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
    by_step: tuple[tuple[str, float], ...] = ()  # planned hours of each step, in plan order


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


@dataclass
class _Tally:
    """Running totals for one week or one step while `overview` reads the tasks."""

    first_week: int = 0
    last_week: int = 0
    planned: float = 0.0
    logged: float = 0.0
    tasks: int = 0
    done_tasks: int = 0
    milestones: list[tuple[int, str]] = field(default_factory=list)
    by_step: dict[str, float] = field(default_factory=dict)

    def add(self, week: int, hours: float, done: bool, milestone: str, logged: float) -> None:
        self.first_week = min(self.first_week or week, week)
        self.last_week = max(self.last_week, week)
        self.planned += hours
        self.logged += logged
        self.tasks += 1
        self.done_tasks += done
        if milestone:
            self.milestones.append((week, milestone))


def _logged_hours(session: Session, plan: Plan) -> tuple[dict[int, float], dict[int, float]]:
    """Hours logged per task, and per plan week of the day they were logged."""
    logged: dict[int, float] = defaultdict(float)
    by_week: dict[int, float] = defaultdict(float)
    rows = session.execute(
        select(PlanLog.task_id, PlanLog.logged_on, func.sum(PlanLog.hours))
        .join(PlanTask, PlanTask.id == PlanLog.task_id)
        .where(PlanTask.plan_id == plan.id)
        .group_by(PlanLog.task_id, PlanLog.logged_on)
    )
    for task_id, logged_on, hours in rows:
        logged[task_id] += float(hours)
        by_week[week_number(plan, logged_on)] += float(hours)
    return dict(logged), dict(by_week)


def _tallies(
    session: Session, plan: Plan, logged: dict[int, float]
) -> tuple[dict[int, _Tally], dict[str, _Tally]]:
    """Per-week and per-step totals of the plan's tasks that are not dropped, in one pass
    over plain rows (not ORM objects: the dashboard reads this on every request)."""
    rows = session.execute(
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
    weeks = {n: _Tally() for n in range(1, plan.weeks + 1)}
    steps: dict[str, _Tally] = {}
    for task_id, week, step, hours, status, milestone in rows:
        done = status == "done"
        tally = weeks.setdefault(week, _Tally())
        tally.add(week, hours, done, milestone, 0.0)
        tally.by_step[step] = tally.by_step.get(step, 0.0) + hours
        steps.setdefault(step, _Tally()).add(week, hours, done, milestone, logged.get(task_id, 0))
    return weeks, steps


def _in_plan_order(hours: dict[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple((step, hours[step]) for step in STEP_IDS if step in hours)


def overview(session: Session, plan: Plan | None = None) -> PlanOverview:
    """The whole plan: per-week planned vs done hours, the timeline by step, the notes.
    `plan` saves a lookup when the caller has just called `ensure_plan`."""
    plan = plan or ensure_plan(session)
    logged, logged_by_week = _logged_hours(session, plan)
    week_tally, step_tally = _tallies(session, plan, logged)
    weeks = tuple(
        WeekSummary(
            number=n,
            start=week_start(plan.start_date, n),
            planned=week_tally[n].planned,
            done=logged_by_week.get(n, 0.0),
            tasks=week_tally[n].tasks,
            done_tasks=week_tally[n].done_tasks,
            milestones=tuple(name for _, name in week_tally[n].milestones),
            by_step=_in_plan_order(week_tally[n].by_step),
        )
        for n in range(1, plan.weeks + 1)
    )
    titles = step_titles()
    steps = tuple(
        StepSpan(
            step=step,
            title=titles[step],
            first_week=span.first_week,
            last_week=span.last_week,
            planned=span.planned,
            logged=span.logged,
            tasks=span.tasks,
            done_tasks=span.done_tasks,
            milestones=tuple(span.milestones),
        )
        for step in STEP_IDS
        if (span := step_tally.get(step))
    )
    return PlanOverview(
        plan=plan,
        current=week_number(plan, today()),
        weeks=weeks,
        steps=steps,
        notes=notes_to_show(plan.notes or (), today()),
        logged=logged,
    )


@dataclass(frozen=True)
class PlanPage:
    """What the dashboard and the plan pages show at once: a week (this one by default),
    the overview, and the progress chart drawn from it (inline SVG)."""

    week: WeekView
    overview: PlanOverview
    chart: str


def plan_page(
    session: Session, week: int | None = None, profile: ProfileSnapshot | None = None
) -> PlanPage:
    """The plan (made first if needed) as its pages show it. `profile` saves a lookup
    when the caller has just read it."""
    stored = ensure_plan(session, profile)
    whole = overview(session, stored)
    number = week_number(stored, today()) if week is None else week
    view = _week_view(session, stored, number, whole.logged)
    chart = progress_svg(
        [(w.number, w.planned, w.done) for w in whole.weeks],
        current=whole.current,
        budget=stored.hours_per_week,
        mix=[w.by_step for w in whole.weeks],
        titles=step_titles(),
    )
    return PlanPage(view, whole, chart)


def tasks_by_week(session: Session) -> dict[int, list[PlanTask]]:
    """Every task of the plan, grouped by week, in the order of the week."""
    by_week: dict[int, list[PlanTask]] = {}
    for task in all_tasks(session)[1]:
        by_week.setdefault(task.week, []).append(task)
    return by_week


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
