"""The cohort at a glance, for a mentor (or an admin): each learner's readiness gauges
and plan progress, only where the learner shares "readiness" or "plan".

Each learner's figures are read through the readiness and plan services on a session of
that learner's own schema, which is rolled back afterwards: looking writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from pivotprep.server.models import Account, Share

COHORT_KINDS = ("readiness", "plan")


@dataclass(frozen=True)
class GaugeFigure:
    name: str
    value: int | None  # None: too little evidence
    status: str


@dataclass(frozen=True)
class PlanFigure:
    week: int
    weeks: int
    done_tasks: int
    tasks: int
    logged_hours: float
    planned_hours: float

    @property
    def percent(self) -> int:
        return round(100 * self.done_tasks / self.tasks) if self.tasks else 0


@dataclass(frozen=True)
class CohortRow:
    learner: str
    kinds: tuple[str, ...]  # what of the cohort view this learner shares
    gauges: tuple[GaugeFigure, ...] | None  # None: readiness not shared
    overall: int | None
    plan: PlanFigure | None  # None: plan not shared, or no plan yet


def _readiness(db: Session) -> tuple[tuple[GaugeFigure, ...], int | None]:
    from pivotprep.readiness import service as readiness

    found = readiness.readiness(db)
    gauges = tuple(GaugeFigure(g.name, g.value, g.status) for g in found.gauges)
    return gauges, found.overall.value


def _plan(db: Session) -> PlanFigure | None:
    from pivotprep.core import clock
    from pivotprep.plan import service as plan_service

    plan = plan_service.get_plan(db)
    if plan is None:
        return None
    view = plan_service.overview(db, plan)
    return PlanFigure(
        week=plan_service.week_number(plan, clock.today()),
        weeks=plan.weeks,
        done_tasks=sum(w.done_tasks for w in view.weeks),
        tasks=sum(w.tasks for w in view.weeks),
        logged_hours=round(view.logged_hours, 1),
        planned_hours=round(view.planned_hours, 1),
    )


def _shared(session: Session, mentor_id: int | None) -> dict[int, set[str]]:
    """Learner id -> the cohort kinds shared with this mentor (with any mentor for None)."""
    query = select(Share.learner_id, Share.kinds)
    if mentor_id is not None:
        query = query.where(Share.mentor_id == mentor_id)
    found: dict[int, set[str]] = {}
    for learner_id, kinds in session.execute(query):
        wanted = {k for k in kinds.split(",") if k in COHORT_KINDS}
        if wanted:
            found.setdefault(learner_id, set()).update(wanted)
    return found


def cohort(
    session: Session, engine_of: Callable[[int], Engine], mentor_id: int | None
) -> list[CohortRow]:
    """One row per learner who shares readiness or plan (with this mentor, or with any
    mentor when `mentor_id` is None), by name; `engine_of` gives a learner's engine."""
    shared = _shared(session, mentor_id)
    query = select(Account.id, Account.username).where(Account.id.in_(shared))
    names = {r.id: r.username for r in session.execute(query)}
    rows = []
    for learner_id in sorted(shared, key=lambda i: names.get(i, "")):
        kinds = shared[learner_id]
        db = Session(engine_of(learner_id))
        try:
            gauges, overall = _readiness(db) if "readiness" in kinds else (None, None)
            plan = _plan(db) if "plan" in kinds else None
        finally:
            db.rollback()
            db.close()
        ordered = tuple(k for k in COHORT_KINDS if k in kinds)
        rows.append(CohortRow(names.get(learner_id, "?"), ordered, gauges, overall, plan))
    return rows
