"""Making the plan: from the profile the first time it is needed, and again when the
profile changes, keeping done tasks, logged hours and tasks other features added."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pivotprep.core.clock import today
from pivotprep.core.errors import NextStep, ValidationError
from pivotprep.plan.fit_error import PlanDoesNotFitError
from pivotprep.plan.models import Plan, PlanTask
from pivotprep.plan.queries import logged_by_task, plan_tasks, renumber, slug, units
from pivotprep.plan.scheduler import DraftTask, PlanRequest, build_plan, week_count
from pivotprep.plan.step_queue import UNIT
from pivotprep.profile.service import (
    ProfileSnapshot,
    get_role,
    require_profile_snapshot,
    start_window,
    years_from,
)

REMADE = "Your profile changed, so the plan was made again on "
REMADE_SHOWN_DAYS = 7  # the note is news for a week, then it is just noise
SAFE_YEARS = 10  # a stored plan this far from today is past the calendar's safe reach


def profile_key(profile: ProfileSnapshot) -> str:
    """The profile values the plan depends on; a change means a new plan."""
    return "|".join(
        [
            profile.target_role,
            ",".join(profile.company_sizes),
            str(profile.hours_per_week),
            str(profile.timeline_months),
            profile.start_date.isoformat(),
        ]
    )


def plan_request(profile: ProfileSnapshot) -> PlanRequest:
    role = get_role(profile.target_role)
    return PlanRequest(
        role_id=role.id,
        emphasis=role.emphasis.model_dump(),
        sizes=tuple(profile.company_sizes),
        hours_per_week=profile.hours_per_week,
        months=profile.timeline_months,
        start_date=profile.start_date,
    )


def check_start(start: date, *, new: bool) -> None:
    """Refuse a start date the plan cannot be made from, with what to do. A profile
    stored before start dates were checked may hold year 9999 or year 1: a new plan needs
    a start within the window the profile form accepts; an existing plan is shown unless
    its dates are so far off that week arithmetic would run off the calendar."""
    now = today()
    first, last = start_window(now)
    if not new:
        first, last = years_from(first, -SAFE_YEARS), years_from(last, SAFE_YEARS)
    if not first <= start <= last:
        lo, hi = start_window(now)
        raise ValidationError(
            f"Your profile's start date {start.isoformat()} is too far from today to plan "
            f"from. Set a start date from {lo.isoformat()} to {hi.isoformat()}.",
            field="start_date",
            next_step=NextStep("profile.set_start"),
        )


def notes_to_show(notes: Sequence[str], on: date) -> tuple[str, ...]:
    """The plan's notes worth showing `on` a day: the note that the plan was made again
    for a changed profile is shown for a week from that day, then left out."""
    shown = []
    for note in notes:
        if note.startswith(REMADE):
            try:
                made = date.fromisoformat(note[len(REMADE) : len(REMADE) + 10])
            except ValueError:
                made = on
            if (on - made).days >= REMADE_SHOWN_DAYS:
                continue
        shown.append(note)
    return tuple(shown)


def get_plan(session: Session) -> Plan | None:
    return session.scalars(select(Plan).order_by(Plan.id).limit(1)).first()


def ensure_plan(session: Session, profile: ProfileSnapshot | None = None) -> Plan:
    """The plan, made from the profile if there is none or the profile has changed.
    `profile` saves a lookup when the caller has just read it."""
    profile = profile or require_profile_snapshot(session)
    plan = get_plan(session)
    fresh = plan is None or plan.profile_key != profile_key(profile)
    check_start(profile.start_date, new=fresh)
    if plan is None:
        return _create(session, profile)
    if fresh:
        return _regenerate(session, plan, profile)
    check_start(plan.start_date, new=False)
    return plan


def _rows(plan_id: int, drafts: Iterable[DraftTask]) -> list[PlanTask]:
    return [
        PlanTask(
            plan_id=plan_id,
            week=d.week,
            position=d.position,
            step=d.step,
            title=d.title,
            detail=d.detail,
            hours=d.hours,
            item_key=d.item_key,
            part=d.part,
            parts=d.parts,
            optional=d.optional,
            flexible=d.flexible,
            milestone=d.milestone,
            source="plan",
            status="open",
        )
        for d in drafts
    ]


def _create(session: Session, profile: ProfileSnapshot) -> Plan:
    draft = build_plan(plan_request(profile))
    plan = Plan(
        profile_id=profile.id,
        start_date=draft.start_date,
        weeks=draft.weeks,
        hours_per_week=draft.hours_per_week,
        profile_key=profile_key(profile),
        notes=list(draft.notes),
    )
    session.add(plan)
    session.flush()
    session.add_all(_rows(plan.id, draft.tasks))
    session.flush()
    return plan


def place_kept(
    keep: Sequence[PlanTask], weeks: int, budget: int
) -> tuple[dict[int, int], list[int]]:
    """Fit the tasks kept from the old plan into the new one's `weeks` and `budget`
    (half-hour units). Done work stays in its week (clamped to the plan). Open kept work
    (hours logged, or added by another feature) stays too when the week has room, else
    moves to the first later week that has; with no such week it stays where it was.
    Returns the units taken per week and the weeks left over budget."""
    taken: dict[int, int] = defaultdict(int)
    for task in keep:
        task.week = min(max(task.week, 1), weeks)
        if task.status == "done":
            taken[task.week] += units(task.hours)
    for task in keep:
        if task.status != "open":
            continue
        need = units(task.hours)
        if taken[task.week] + need > budget:
            later = (w for w in range(task.week + 1, weeks + 1) if taken[w] + need <= budget)
            task.week = next(later, task.week)
        taken[task.week] += need
    crowded = sorted(w for w, n in taken.items() if n > budget)
    return dict(taken), crowded


def _crowded_notes(
    crowded: Sequence[int], taken: dict[int, int], profile: ProfileSnapshot
) -> list[str]:
    """Say plainly which weeks the kept work alone overfills."""
    return [
        f"Week {week} already holds {taken[week] * UNIT:g} h of done or logged work, more "
        f"than the new {profile.hours_per_week} h/week; nothing new is planned in it."
        for week in crowded
    ]


@dataclass(frozen=True)
class _Moved:
    """An open task another feature added, to be placed again in the new schedule."""

    title: str
    step: str
    hours: float
    source: str
    detail: str
    week: int


def _regenerate(session: Session, plan: Plan, profile: ProfileSnapshot) -> Plan:
    """A new schedule for the changed profile. Done tasks, tasks with logged hours and
    tasks other features added are kept; the new schedule leaves out work already done
    and fills only what the kept work leaves of each week's budget."""
    request = plan_request(profile)
    tasks = plan_tasks(session, plan)
    logged = logged_by_task(session, plan)
    keep = [t for t in tasks if t.status == "done" or logged.get(t.id) or t.source != "plan"]
    # Open tasks other features added are placed again in the new schedule, within budget.
    replace = [
        t for t in keep if t.source != "plan" and t.status == "open" and not logged.get(t.id)
    ]
    moved = [_Moved(t.title, t.step, t.hours, t.source, t.detail, t.week) for t in replace]
    keep = [t for t in keep if t not in replace]
    keep_ids = {t.id for t in keep}
    done_keys = {t.item_key for t in keep if t.source == "plan" and not t.flexible}
    drop_ids = [t.id for t in tasks if t.id not in keep_ids]
    if drop_ids:
        session.execute(delete(PlanTask).where(PlanTask.id.in_(drop_ids)))
    reserved, crowded = place_kept(keep, week_count(request.months), units(request.hours_per_week))
    draft = build_plan(request, reserved=reserved, skip=done_keys)
    plan.start_date = draft.start_date
    plan.weeks = draft.weeks
    plan.hours_per_week = draft.hours_per_week
    plan.profile_key = profile_key(profile)
    made = f"{REMADE}{today().isoformat()}"
    kept = len(keep) + len(moved)
    kept_note = f"{made}; {kept} done, logged or added tasks were kept." if keep else f"{made}."
    plan.notes = [kept_note, *_crowded_notes(crowded, reserved, profile), *draft.notes]
    session.add_all(_rows(plan.id, draft.tasks))
    session.flush()
    renumber(session, plan)
    for task in moved:
        _place_again(session, plan, task)
    return plan


def _place_again(session: Session, plan: Plan, task: _Moved) -> None:
    """Add a task another feature had added to the new schedule; when the budget has no
    room for it, it stays in its old week (clamped to the plan) and a note says so."""
    from pivotprep.plan.custom import add_custom_task

    try:
        add_custom_task(
            session,
            title=task.title,
            step=task.step,
            hours=task.hours,
            source=task.source,
            detail=task.detail,
        )
        return
    except PlanDoesNotFitError:
        pass
    week = min(max(task.week, 1), plan.weeks)
    session.add(
        PlanTask(
            plan_id=plan.id,
            week=week,
            position=0,
            step=task.step,
            title=task.title,
            detail=task.detail,
            hours=task.hours,
            item_key=f"{task.source}:{slug(task.title)}",
            source=task.source,
            status="open",
            part=1,
            parts=1,
            optional=False,
            flexible=False,
            milestone="",
        )
    )
    plan.notes = [
        *plan.notes,
        f"“{task.title}” (added by {task.source}) did not fit in the new schedule's budget; "
        f"it stays in week {week}: re-plan or drop something.",
    ]
    session.flush()
    renumber(session, plan)
