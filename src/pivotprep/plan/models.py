"""Plan tables: one plan per profile, its tasks week by week, and the hours logged on them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    false,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import IMPORT_CHECK, Base, TimestampMixin, between, one_of
from pivotprep.plan.tracks import STEP_IDS

TASK_STATUSES = ("open", "done", "dropped")
# The longest plan: six months (26 weeks) extended by at most 26 weeks three times. A re-plan
# extends no further, and an import holds no week past it (week arithmetic would run off
# the calendar).
MAX_PLAN_WEEKS = 104
_WEEK = {IMPORT_CHECK: between(1, MAX_PLAN_WEEKS, "A plan week")}


class Plan(TimestampMixin, Base):
    """The schedule made from a profile. `profile_key` records which profile values it
    was made from, so a changed profile is noticed and the plan regenerated."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    weeks: Mapped[int] = mapped_column(Integer, info=_WEEK)
    hours_per_week: Mapped[int] = mapped_column(Integer)
    profile_key: Mapped[str] = mapped_column(String(300))
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)


class PlanTask(TimestampMixin, Base):
    """One block of work in one week. `status` is open, done or dropped."""

    __tablename__ = "plan_task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    week: Mapped[int] = mapped_column(Integer, info=_WEEK)
    position: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[str] = mapped_column(
        String(30), info={IMPORT_CHECK: one_of(STEP_IDS, "A plan step")}
    )
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[float] = mapped_column(Float)
    item_key: Mapped[str] = mapped_column(String(200))
    part: Mapped[int] = mapped_column(Integer, default=1)
    parts: Mapped[int] = mapped_column(Integer, default=1)
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    flexible: Mapped[bool] = mapped_column(Boolean, default=False)
    milestone: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(30), default="plan")
    status: Mapped[str] = mapped_column(
        String(10), default="open", info={IMPORT_CHECK: one_of(TASK_STATUSES, "A task status")}
    )
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class PlanLog(Base):
    """Hours spent on a task on a given day (the progress chart sums these by week)."""

    __tablename__ = "plan_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("plan_task.id", ondelete="CASCADE"), index=True)
    hours: Mapped[float] = mapped_column(Float)
    logged_on: Mapped[date] = mapped_column(Date)
    # Logged by ticking the task done (its planned hours), not typed: unticking removes it.
    auto: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
