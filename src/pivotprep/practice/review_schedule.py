"""Review scheduling with FSRS, rated from evidence rather than self-assessment.

A rating is derived from what the learner did on the attempt that solved the problem:

- a forced peek at the solution                                  -> Again
- passed after 3+ failed runs, or in over 1.5x the estimated time -> Hard
- passed on the first run, within the estimate, no hints, with
  the reference's complexity (complexity_ok)                      -> Easy
- otherwise passed                                                -> Good

Learning steps are disabled (a coding problem is not a flash card reviewed minutes later)
and fuzzing is off so schedules are reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from fsrs import Card, Rating, Scheduler
from fsrs.card import CardDict

HARD_FAILED_RUNS = 3
HARD_TIME_FACTOR = 1.5

_scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


@dataclass(frozen=True)
class Evidence:
    forced_peek: bool
    failed_runs: int
    minutes_taken: float
    estimated_minutes: int
    hints_used: int
    complexity_ok: bool | None


def rate(evidence: Evidence) -> tuple[Rating, str]:
    """The FSRS rating for a solved attempt, and the sentence that justifies it."""
    e = evidence
    if e.forced_peek:
        return Rating.Again, "you opened the solution before the 30-minute lock ended"
    if e.failed_runs >= HARD_FAILED_RUNS:
        return Rating.Hard, f"passed after {e.failed_runs} failed runs"
    if e.minutes_taken > HARD_TIME_FACTOR * e.estimated_minutes:
        return (
            Rating.Hard,
            f"passed in {e.minutes_taken:.0f} min, "
            f"well over the {e.estimated_minutes} min estimate",
        )
    fast = e.minutes_taken <= e.estimated_minutes
    if e.failed_runs == 0 and fast and e.hints_used == 0 and e.complexity_ok:
        return (
            Rating.Easy,
            f"passed first time in {e.minutes_taken:.0f} min with the reference's complexity",
        )
    if e.failed_runs == 0:
        return Rating.Good, "passed on the first run"
    return Rating.Good, f"passed after {e.failed_runs} failed run(s)"


def schedule(card: dict[str, Any] | None, rating: Rating, when: datetime) -> Card:
    """Review `card` (None: a new card) with `rating` at `when`; returns the updated card."""
    current = Card.from_dict(cast(CardDict, card)) if card else Card(due=when)
    updated, _log = _scheduler.review_card(current, rating, review_datetime=when)
    return updated


def retrievability(card: dict[str, Any], when: datetime) -> float:
    """FSRS's probability of recall at `when`: the per-problem mastery (0..1)."""
    return float(_scheduler.get_card_retrievability(Card.from_dict(cast(CardDict, card)), when))
