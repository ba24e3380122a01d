"""Practice tables: attempts (the clock, hints, peeks), judged runs, review cards and logs.

Problems themselves are content files, not rows: tables store only what the learner did,
keyed by the problem id (coding slugs and SQL `sql-...` ids alike).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import IMPORT_CHECK, Base, TimestampMixin, one_of

# The values of fsrs.Rating (Again, Hard, Good, Easy): every rating the reviews give.
_RATING = {IMPORT_CHECK: one_of((1, 2, 3, 4), "An FSRS rating")}


def fsrs_card(value: Any) -> None:
    """Raise unless `value` is a card FSRS can read back (checked when data is imported)."""
    from fsrs import Card

    Card.from_dict(value)


class Attempt(TimestampMixin, Base):
    """One go at a problem: `start` opens it; the newest attempt per problem is the live one."""

    __tablename__ = "practice_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_id: Mapped[str] = mapped_column(String(80), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    hints_revealed: Mapped[int] = mapped_column(Integer, default=0)
    solution_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    forced_peek: Mapped[bool] = mapped_column(Boolean, default=False)
    runs: Mapped[int] = mapped_column(Integer, default=0)
    failed_runs: Mapped[int] = mapped_column(Integer, default=0)
    passed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    rating: Mapped[int | None] = mapped_column(Integer, info=_RATING)


class Run(Base):
    """A judged submission: the verdict summary (results.json minus outputs) and complexity."""

    __tablename__ = "practice_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(
        ForeignKey("practice_attempt.id", ondelete="CASCADE"), index=True
    )
    problem_id: Mapped[str] = mapped_column(String(80), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    passed: Mapped[bool] = mapped_column(Boolean)
    complexity_ok: Mapped[bool | None] = mapped_column(Boolean)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ReviewCard(TimestampMixin, Base):
    """The FSRS card of a solved problem (fsrs.Card.to_dict()) and its derived mastery."""

    __tablename__ = "practice_review"

    problem_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    pattern: Mapped[str] = mapped_column(String(60), index=True)
    card: Mapped[dict[str, Any]] = mapped_column(JSON, info={IMPORT_CHECK: fsrs_card})
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_rating: Mapped[int] = mapped_column(Integer, info=_RATING)
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    stability: Mapped[float] = mapped_column(Float, default=0.0)


class ReviewLog(Base):
    """Each rating given, with the evidence it came from (never a self-rating)."""

    __tablename__ = "practice_review_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_id: Mapped[str] = mapped_column(String(80), index=True)
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    rating: Mapped[int] = mapped_column(Integer, info=_RATING)
    evidence: Mapped[str] = mapped_column(String(400))
