"""Portfolio tables: every check of a project, with its whole report, so that a re-check
can say what improved; and timed take-home attempts (the brief, the clock, the check their
submission got)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
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
