"""Scan history: every ATS scan stored as (resume version x job), so a re-scan can say
what changed ("+3 required keywords since the last version").

A resume version is a distinct resume text under one file name (v1, v2 ...); a job is
identified by the hash of its text. The full report is kept as JSON for the history page.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import Base, TimestampMixin


class ResumeScan(TimestampMixin, Base):
    __tablename__ = "resume_scan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resume_name: Mapped[str] = mapped_column(String(255))
    resume_hash: Mapped[str] = mapped_column(String(64), index=True)
    resume_version: Mapped[int] = mapped_column(Integer)
    job_title: Mapped[str] = mapped_column(String(200), default="")
    job_hash: Mapped[str] = mapped_column(String(64), index=True)
    rate: Mapped[float] = mapped_column(Float)
    mode: Mapped[str] = mapped_column(String(120))
    parts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    matched: Mapped[list[str]] = mapped_column(JSON, default=list)
    missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    required_matched: Mapped[list[str]] = mapped_column(JSON, default=list)
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
