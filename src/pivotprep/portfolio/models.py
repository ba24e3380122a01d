"""Portfolio tables: every check of a project, with its whole report, so that a re-check
can say what improved; and timed take-home attempts (the brief, the clock, the check their
submission got)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import Base


class PortfolioCheck(Base):
    """One check of a project. `project` is its name (the folder or the zip's), the key
    under which checks are compared; `report` is `Report.to_dict()`."""

    __tablename__ = "portfolio_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project: Mapped[str] = mapped_column(String(200), index=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    score: Mapped[int] = mapped_column(Integer)
    report: Mapped[dict[str, Any]] = mapped_column(JSON)


class TakeHome(Base):
    """A timed attempt at a take-home brief: its clock, and the check its submission got
    (`check_id`; `late` when it came after the deadline)."""

    __tablename__ = "portfolio_takehome"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brief_id: Mapped[str] = mapped_column(String(80), index=True)
    hours: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    check_id: Mapped[int | None] = mapped_column(Integer)
    late: Mapped[bool | None] = mapped_column(Boolean)


class PortfolioJob(Base):
    """A check started from the web, run in the background: its stage (`state`, one of
    `background.STATES`), and at the end the stored check (`check_id`) or why it failed
    (`error`). `runner` is the process that runs it: a job still queued or running whose
    runner is not this process was cut off when the app stopped, and shows as interrupted.
    `takehome_id` when it is a take-home's submission."""

    __tablename__ = "portfolio_job"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project: Mapped[str] = mapped_column(String(200))
    run: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(20), index=True)
    runner: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    takehome_id: Mapped[int | None] = mapped_column(Integer)
    check_id: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
