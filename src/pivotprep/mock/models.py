"""Mock tables: a loop (the rounds one company size asks for) and its rounds. A round keeps
everything that happened as timestamped events (notes, questions, hints, runs, answers),
the learner's latest code or answer, and the scorecard it got; a mock with real people is a
round with `source` "peer" and the scores the interviewer gave.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.core.models import IMPORT_CHECK, Base, TimestampMixin, one_of
from pivotprep.mock.loops import KINDS, LEVELS, ROUND_SOURCES, SIZE_LABELS


class MockLoop(TimestampMixin, Base):
    """A loop for one company size and role; `debrief` is stored once every round closed."""

    __tablename__ = "mock_loop"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    size: Mapped[str] = mapped_column(
        String(10), info={IMPORT_CHECK: one_of(tuple(SIZE_LABELS), "A company size")}
    )
    role: Mapped[str] = mapped_column(String(60))
    level: Mapped[str] = mapped_column(String(10), info={IMPORT_CHECK: one_of(LEVELS, "A level")})
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    debrief: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class MockRound(TimestampMixin, Base):
    """One round. `active_seconds` is the round's clock: time between actions, with breaks
    longer than the idle cap left out, so an abandoned round resumes where it stopped."""

    __tablename__ = "mock_round"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loop_id: Mapped[int | None] = mapped_column(ForeignKey("mock_loop.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(
        String(20), info={IMPORT_CHECK: one_of(KINDS, "A round kind")}
    )
    title: Mapped[str] = mapped_column(String(80))
    item_id: Mapped[str] = mapped_column(String(80))
    minutes: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(
        String(10), default="app", info={IMPORT_CHECK: one_of(ROUND_SOURCES, "A round source")}
    )
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    touched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    active_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    events: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    answer: Mapped[str] = mapped_column(Text, default="")
    scorecard: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    feedback: Mapped[str] = mapped_column(Text, default="")
