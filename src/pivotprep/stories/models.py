"""Stories, practice attempts and "explain it to a VP" attempts.

A story is kept exactly as typed (free text and/or the four S/T/A/R boxes): nothing is
cleaned or rewritten on the way in, so HTML or anything else pasted is stored verbatim
and escaped only when shown. Attempts keep the analysis they got, so the history shows
improvement over time even after the analyzer changes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import Base, TimestampMixin


class Story(TimestampMixin, Base):
    __tablename__ = "stories_story"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    past_role: Mapped[str] = mapped_column(String(200), default="")
    domain: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    situation: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    signals: Mapped[list[str]] = mapped_column(JSON, default=list)

    @property
    def uses_fields(self) -> bool:
        return any(p.strip() for p in (self.situation, self.task, self.action, self.result))


class PracticeAttempt(Base):
    __tablename__ = "stories_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(60))
    question_text: Mapped[str] = mapped_column(Text)
    signal: Mapped[str] = mapped_column(String(40), default="")
    story_id: Mapped[int | None] = mapped_column(
        ForeignKey("stories_story.id", ondelete="SET NULL"), index=True, nullable=True
    )
    answer: Mapped[str] = mapped_column(Text, default="")
    seconds_allowed: Mapped[int] = mapped_column(Integer)
    seconds_taken: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score: Mapped[int] = mapped_column(Integer, default=0)
    analysis: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )

    @property
    def scored(self) -> bool:
        """False for an answer kept with a notice instead of a score (not English)."""
        return "notice" not in self.analysis


class ExplainAttempt(Base):
    __tablename__ = "stories_explain_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concept_id: Mapped[str] = mapped_column(String(60))
    answer: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
