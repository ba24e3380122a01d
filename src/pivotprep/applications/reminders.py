"""Follow-up reminders for outreach, and their iCalendar form.

After you ask someone for a chat or a referral, follow-ups fall due on a cadence (by
default 3 and 7 days after the ask, from `content/applications/outreach.yaml`). Each
follow-up you log uses up the next one; a reply or a referral stops the cadence; a new
ask starts it again.

Pure: the contact's logged steps in, the reminders (or calendar bytes) out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

STOPS = frozenset({"reply", "referred"})


@dataclass(frozen=True)
class Touch:
    kind: str  # the step's kind: ask, follow_up, reply, referred, note
    on: date


@dataclass(frozen=True)
class FollowUp:
    number: int  # 1-based, in the cadence
    of: int
    due: date
    asked_on: date


def follow_ups(touches: Sequence[Touch], cadence: Sequence[int]) -> list[FollowUp]:
    """The follow-ups still to send after the last ask, in order (none after a reply).

    `touches` are in the order they were logged (the caller sorts by date, then by entry).
    """
    last_ask = max((i for i, t in enumerate(touches) if t.kind == "ask"), default=None)
    if last_ask is None:
        return []
    after = touches[last_ask + 1 :]
    if any(t.kind in STOPS for t in after):
        return []
    done = sum(t.kind == "follow_up" for t in after)
    asked_on = touches[last_ask].on
    return [
        FollowUp(number, len(cadence), asked_on + timedelta(days=days), asked_on)
        for number, days in enumerate(cadence, start=1)
        if number > done
    ]


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    day: date
    summary: str
    description: str


def to_ics(entries: Sequence[CalendarEntry], *, name: str, stamp: datetime) -> bytes:
    """All-day events, one per follow-up, that calendar apps import as reminders."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//pivotprep//outreach follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("summary", entry.summary)
        event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    result: bytes = cal.to_ical()
    return result
