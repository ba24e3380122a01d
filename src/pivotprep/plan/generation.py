"""Making the plan: from the profile the first time it is needed, and again when the
profile changes, keeping done tasks, logged hours and tasks other features added."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pivotprep.core.clock import today
from pivotprep.plan.models import Plan, PlanTask
from pivotprep.plan.queries import logged_by_task, plan_tasks, renumber, slug
from pivotprep.plan.scheduler import PlanRequest, build_plan
from pivotprep.profile.roles import get_role
from pivotprep.profile.service import ProfileSnapshot, require_profile_snapshot


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


def get_plan(session: Session) -> Plan | None:
    return session.scalars(select(Plan).order_by(Plan.id).limit(1)).first()


def ensure_plan(session: Session, profile: ProfileSnapshot | None = None) -> Plan:
    """The plan, made from the profile if there is none or the profile has changed.
    `profile` saves a lookup when the caller has just read it."""
    profile = profile or require_profile_snapshot(session)
    plan = get_plan(session)
    if plan is None:
        return _create(session, profile)
    if plan.profile_key != profile_key(profile):
        return _regenerate(session, plan, profile)
    return plan


def _rows(plan_id: int, drafts: Iterable, skip_keys: set[str] = frozenset()) -> list[PlanTask]:  # type: ignore[assignment,type-arg]
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
        if d.item_key not in skip_keys
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


def _regenerate(session: Session, plan: Plan, profile: ProfileSnapshot) -> Plan:
    """A new schedule for the changed profile. Done tasks, tasks with logged hours and
    tasks other features added are kept; the new schedule leaves out work already done."""
    draft = build_plan(plan_request(profile))
    tasks = plan_tasks(session, plan)
    logged = logged_by_task(session, plan)
    keep = [t for t in tasks if t.status == "done" or logged.get(t.id) or t.source != "plan"]
    # Open tasks other features added are placed again in the new schedule, within budget.
    replace = [
        t for t in keep if t.source != "plan" and t.status == "open" and not logged.get(t.id)
    ]
    moved = [(t.title, t.step, t.hours, t.source, t.detail, t.week) for t in replace]
    keep = [t for t in keep if t not in replace]
    keep_ids = {t.id for t in keep}
    done_keys = {t.item_key for t in keep if t.source == "plan"}
    drop_ids = [t.id for t in tasks if t.id not in keep_ids]
    if drop_ids:
        session.execute(delete(PlanTask).where(PlanTask.id.in_(drop_ids)))
    for task in keep:
        task.week = min(max(task.week, 1), draft.weeks)
    plan.start_date = draft.start_date
    plan.weeks = draft.weeks
    plan.hours_per_week = draft.hours_per_week
    plan.profile_key = profile_key(profile)
    kept_note = (
        f"Your profile changed, so the plan was made again on {today().isoformat()}; "
        f"{len(keep) + len(moved)} done, logged or added tasks were kept."
        if keep
        else f"Your profile changed, so the plan was made again on {today().isoformat()}."
    )
    plan.notes = [kept_note, *draft.notes]
    session.add_all(_rows(plan.id, draft.tasks, done_keys))
    session.flush()
    renumber(session, plan)
    from pivotprep.plan.custom import add_custom_task
    from pivotprep.plan.replanning import PlanDoesNotFitError

    for title, step, hours, source, detail, week in moved:
        try:
            add_custom_task(
                session, title=title, step=step, hours=hours, source=source, detail=detail
            )
        except PlanDoesNotFitError:
            session.add(
                PlanTask(
                    plan_id=plan.id,
                    week=min(max(week, 1), plan.weeks),
                    position=0,
                    step=step,
                    title=title,
                    detail=detail,
                    hours=hours,
                    item_key=f"{source}:{slug(title)}",
                    source=source,
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
                f"“{title}” (added by {source}) did not fit in the new schedule's budget; "
                f"it stays in week {min(max(week, 1), plan.weeks)}: re-plan or drop something.",
            ]
            session.flush()
            renumber(session, plan)
    return plan
