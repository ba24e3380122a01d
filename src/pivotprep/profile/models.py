"""The candidate profile table. One row per candidate."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import IMPORT_ROW_CHECK, Base, TimestampMixin
from pivotprep.profile.validation import stored_profile_problems


class Profile(TimestampMixin, Base):
    __tablename__ = "profile"
    # An imported profile passes the same checks as one typed into the form.
    __table_args__ = {"info": {IMPORT_ROW_CHECK: stored_profile_problems}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    domain: Mapped[str] = mapped_column(String(40), default="other")
    years_experience: Mapped[float] = mapped_column(Float, default=0.0)
    past_roles: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    target_role: Mapped[str] = mapped_column(String(60))
    company_sizes: Mapped[list[str]] = mapped_column(JSON, default=list)
    hours_per_week: Mapped[int] = mapped_column(Integer)
    timeline_months: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
