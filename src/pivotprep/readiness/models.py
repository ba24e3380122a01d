"""Readiness's one table: what the learner answered to a proposed re-plan, so a declined
proposal stays quiet for a while and an accepted one is not offered twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import Base


class ReplanChoice(Base):
    """One answer to a proposal (`key` is "boost-<gauge>"), with the gauge's value then."""

    __tablename__ = "readiness_choice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), index=True)
    accepted: Mapped[bool] = mapped_column(Boolean)
    value: Mapped[int] = mapped_column(Integer)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
