"""Design tables: timed sessions (worksheet, diagram, time per phase, the review they got),
estimation drill answers, the FSRS state of design cards with every rating given, and drift
lab runs. Prompts, drills and cards themselves are content files, keyed here by id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import IMPORT_CHECK, Base, TimestampMixin, one_of

# The ratings cards/check.py gives (AGAIN, HARD, GOOD, EASY: fsrs.Rating's values), written
# out so the tables load without the checker's text matching.
_RATING = {IMPORT_CHECK: one_of((1, 2, 3, 4), "A card rating")}


def fsrs_card(value: Any) -> None:
    """Raise unless `value` is a card FSRS can read back (checked when data is imported)."""
    from fsrs import Card

    Card.from_dict(value)


class DesignSession(TimestampMixin, Base):
    """One timed go at a prompt. `texts` maps phase id -> worksheet text; the diagram's raw
    text is kept whatever its parse state (`diagram_error` says what is wrong with it)."""

    __tablename__ = "design_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prompt_id: Mapped[str] = mapped_column(String(80), index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    texts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    diagram: Mapped[str] = mapped_column(Text, default="")
    diagram_error: Mapped[str | None] = mapped_column(String(400))
    phase_seconds: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active_phase: Mapped[str] = mapped_column(String(30))
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    saves: Mapped[int] = mapped_column(Integer, default=0)
    review: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    score: Mapped[int | None] = mapped_column(Integer)


class DrillAttempt(Base):
    """An answer to an estimation drill, as typed, with the value read from it."""

    __tablename__ = "design_drill_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[str] = mapped_column(String(80), index=True)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    answer: Mapped[str] = mapped_column(String(200))
    value: Mapped[float | None] = mapped_column(Float)
    correct: Mapped[bool] = mapped_column(Boolean)


class CardState(TimestampMixin, Base):
    """The FSRS card (fsrs.Card.to_dict()) of a design or ML-fundamentals card."""

    __tablename__ = "design_card"

    card_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    deck: Mapped[str] = mapped_column(String(40), index=True)
    card: Mapped[dict[str, Any]] = mapped_column(JSON, info={IMPORT_CHECK: fsrs_card})
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_rating: Mapped[int] = mapped_column(Integer, info=_RATING)
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    stability: Mapped[float] = mapped_column(Float, default=0.0)


class CardLog(Base):
    """Each rating given to a card, with the answer it was rated from (never a self-rating)."""

    __tablename__ = "design_card_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_id: Mapped[str] = mapped_column(String(80), index=True)
    deck: Mapped[str] = mapped_column(String(40))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    rating: Mapped[int] = mapped_column(Integer, info=_RATING)
    answer: Mapped[str] = mapped_column(String(300))
    correct: Mapped[bool] = mapped_column(Boolean)
    seconds: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(String(400))


class LabRun(Base):
    """A graded drift-lab attempt: the statistics and thresholds chosen, the plan written,
    and the grade (detection precision and recall, checklist items with evidence)."""

    __tablename__ = "design_lab_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    plan: Mapped[str] = mapped_column(Text)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    precision: Mapped[float] = mapped_column(Float)
    recall: Mapped[float] = mapped_column(Float)
    checklist: Mapped[int] = mapped_column(Integer)
