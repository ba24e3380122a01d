"""The funnel from your own applications: per channel, how many got a response, an
interview, an offer; and week by week, how many were targeted.

Definitions (stated on the page too):
- an application counts once it reached "applied";
- a *response* is any answer: a screen, an interview, an offer or a rejection;
- an *interview* is a screen or any later round (technical, onsite) or an offer;
- an *offer* is an offer;
- *targeted* means sent with no gate warning (see gate.py); *untargeted*, sent over one;
  applications imported from elsewhere were never checked and are counted apart.

Rates over fewer than `MIN_TO_COMPARE` applications are shown as counts and called too
few to compare: two responses out of three says almost nothing about a channel.

Pure: facts in, values out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

MIN_TO_COMPARE = 10
RESPONSE = frozenset({"screen", "technical", "onsite", "offer", "rejected"})
INTERVIEW = frozenset({"screen", "technical", "onsite", "offer"})
OFFER = frozenset({"offer"})
NOT_RECORDED = ""


@dataclass(frozen=True)
class AppFacts:
    channel: str  # one of content.CHANNELS, or "" when not recorded
    reached: frozenset[str]  # every stage the application has been at
    applied_on: date | None
    targeted: bool | None  # None: never checked (imported)


@dataclass(frozen=True)
class Rate:
    count: int
    of: int

    @property
    def value(self) -> float | None:
        return self.count / self.of if self.of else None

    @property
    def too_few(self) -> bool:
        return self.of < MIN_TO_COMPARE

    @property
    def percent(self) -> int:
        return round(100 * self.count / self.of) if self.of else 0

    def words(self) -> str:
        if not self.of:
            return "none sent yet"
        if self.too_few:
            return f"{self.count} of {self.of} (too few to compare)"
        return f"{self.count} of {self.of} ({self.percent}%)"


@dataclass(frozen=True)
class ChannelFunnel:
    channel: str
    sent: int
    response: Rate
    interview: Rate
    offer: Rate


@dataclass(frozen=True)
class WeekRatio:
    week_start: date
    targeted: int
    untargeted: int
    unchecked: int

    @property
    def ratio_words(self) -> str:
        if not self.untargeted:
            return f"{self.targeted}:0" if self.targeted else "-"
        return f"{self.targeted}:{self.untargeted}"


def _row(channel: str, apps: Sequence[AppFacts]) -> ChannelFunnel:
    sent = [a for a in apps if "applied" in a.reached]
    n = len(sent)
    return ChannelFunnel(
        channel,
        n,
        Rate(sum(bool(a.reached & RESPONSE) for a in sent), n),
        Rate(sum(bool(a.reached & INTERVIEW) for a in sent), n),
        Rate(sum(bool(a.reached & OFFER) for a in sent), n),
    )


def by_channel(apps: Iterable[AppFacts], channels: Sequence[str]) -> list[ChannelFunnel]:
    """One row per channel (in `channels` order, then "not recorded" if any), then "all"."""
    items = list(apps)
    rows = [_row(c, [a for a in items if a.channel == c]) for c in channels]
    unrecorded = [a for a in items if a.channel not in channels]
    if any("applied" in a.reached for a in unrecorded):
        rows.append(_row(NOT_RECORDED, unrecorded))
    rows.append(_row("all", items))
    return rows


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly(apps: Iterable[AppFacts], *, weeks: int = 12, today: date) -> list[WeekRatio]:
    """Targeted, untargeted and unchecked applications sent in each of the last `weeks`
    weeks (Monday to Sunday), oldest first; weeks before the first application are left out."""
    first_week = week_start(today) - timedelta(weeks=weeks - 1)
    counts: dict[date, list[int]] = {}
    for app in apps:
        if app.applied_on is None or app.applied_on < first_week or app.applied_on > today:
            continue
        slot = counts.setdefault(week_start(app.applied_on), [0, 0, 0])
        slot[0 if app.targeted else 1 if app.targeted is False else 2] += 1
    if not counts:
        return []
    start = min(counts)
    out = []
    while start <= week_start(today):
        t, u, n = counts.get(start, [0, 0, 0])
        out.append(WeekRatio(start, t, u, n))
        start += timedelta(weeks=1)
    return out
