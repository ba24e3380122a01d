"""Mock history and the dashboard figures: mocks done toward the 5-10 the plan asks for,
and the trend of each signal over the scored rounds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.mock.models import MockLoop, MockRound
from pivotprep.mock.scorecard import SCALES

GOAL_LOW, GOAL_HIGH = 5, 10


@dataclass(frozen=True)
class Trend:
    scale: str
    values: tuple[int, ...]  # oldest first

    @property
    def change(self) -> int | None:
        return self.values[-1] - self.values[0] if len(self.values) >= 2 else None


@dataclass(frozen=True)
class MockSummary:
    mocks: int  # finished loops + finished single rounds + mocks with people
    with_people: int
    rounds_scored: int
    advanced: int
    open_round: int | None
    trends: tuple[Trend, ...]
    goal: tuple[int, int] = (GOAL_LOW, GOAL_HIGH)


def finished_rounds(session: Session, limit: int = 200) -> list[MockRound]:
    return list(
        session.scalars(
            select(MockRound)
            .where(MockRound.finished_at.is_not(None))
            .order_by(MockRound.finished_at, MockRound.id)
            .limit(limit)
        )
    )


def list_loops(session: Session, limit: int = 50) -> list[MockLoop]:
    return list(session.scalars(select(MockLoop).order_by(MockLoop.id.desc()).limit(limit)))


def summary(session: Session) -> MockSummary:
    rounds = finished_rounds(session)
    loops = sum(1 for loop in list_loops(session, 1000) if loop.finished_at is not None)
    singles = sum(1 for r in rounds if r.loop_id is None)
    peers = sum(1 for r in rounds if r.source == "peer")
    open_row = session.scalars(
        select(MockRound.id)
        .where(MockRound.finished_at.is_(None), MockRound.started_at.is_not(None))
        .order_by(MockRound.id.desc())
        .limit(1)
    ).first()
    trends = tuple(
        Trend(
            scale,
            tuple(
                int(s["value"])
                for r in rounds
                if r.scorecard
                for s in r.scorecard["scores"]
                if s["scale"] == scale
            ),
        )
        for scale in SCALES
    )
    advanced = sum(1 for r in rounds if r.scorecard and r.scorecard.get("advance"))
    return MockSummary(loops + singles, peers, len(rounds), advanced, open_row, trends)
