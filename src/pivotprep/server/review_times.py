"""How long learners wait for a mentor (pure): the median time from a review request to a
mentor's first answer (a comment, or marking it done) and the oldest request still
waiting for one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median


@dataclass(frozen=True)
class ReviewTimes:
    answered: int  # requests a mentor has answered
    median: timedelta | None  # None until one is answered
    waiting: int  # requests no mentor has answered yet (the learner has not closed)
    oldest_waiting: timedelta | None  # how long the oldest of those has waited


def review_times(
    requests: Sequence[tuple[datetime, datetime | None, bool]], now: datetime
) -> ReviewTimes:
    """From (requested at, answered at or None, still open) per request."""
    waits = [answered - asked for asked, answered, _ in requests if answered is not None]
    waiting = [now - asked for asked, answered, open_ in requests if answered is None and open_]
    return ReviewTimes(
        answered=len(waits),
        median=timedelta(seconds=median(w.total_seconds() for w in waits)) if waits else None,
        waiting=len(waiting),
        oldest_waiting=max(waiting) if waiting else None,
    )


def duration_text(span: timedelta | None) -> str:
    """A wait in words a person reads at a glance: "40 min", "3 h 5 min", "2 days 4 h"."""
    if span is None:
        return "none yet"
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''} {hours} h"
    if hours:
        return f"{hours} h {mins} min"
    return f"{mins} min"
