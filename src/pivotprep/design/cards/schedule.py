"""FSRS scheduling for design cards, with the same library the practice reviews use.

Cards are flash cards, so FSRS's short learning steps stay on (a missed card comes back
within minutes, the same session); fuzzing is off so schedules are reproducible.
"""

from __future__ import annotations

from datetime import datetime

from fsrs import Card, Rating, Scheduler

_scheduler = Scheduler(enable_fuzzing=False)


def schedule(card: dict | None, rating: int, when: datetime) -> Card:  # type: ignore[type-arg]
    """Review `card` (None: a new card) with `rating` (1-4) at `when`."""
    current = Card.from_dict(card) if card else Card(due=when)  # type: ignore[arg-type]
    updated, _log = _scheduler.review_card(current, Rating(rating), review_datetime=when)
    return updated


def retrievability(card: dict, when: datetime) -> float:  # type: ignore[type-arg]
    return float(_scheduler.get_card_retrievability(Card.from_dict(card), when))  # type: ignore[arg-type]
