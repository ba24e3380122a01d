"""The plan as Markdown, CSV and iCalendar. Pure: rows in, text out.

iCalendar: one event per task block, placed in the task's week on weekday evenings
(19:00-21:00) and weekend mornings and afternoons first, then weekday daytime for large
budgets. Times are floating (no time zone), so a calendar shows them at 19:00 wherever
the person is; Google Calendar and Thunderbird import them as such.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


@dataclass(frozen=True)
class ExportRow:
    task_id: int
    week: int
    week_start: date
    step: str
    step_title: str
    title: str
    hours: float
    status: str
    logged: float
    milestone: str


CSV_FIELDS = (
    "task_id",
    "week",
    "week_start",
    "step",
    "title",
    "hours",
    "status",
    "logged_hours",
    "milestone",
)


def to_csv(rows: Sequence[ExportRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for r in rows:
        writer.writerow(
            [
                r.task_id,
                r.week,
                r.week_start.isoformat(),
                r.step,
                _neutralise(r.title),
                f"{r.hours:g}",
                r.status,
                f"{r.logged:g}",
                _neutralise(r.milestone),
            ]
        )
    return out.getvalue()


def _neutralise(text: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas; quote them as text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(rows: Sequence[ExportRow], *, title: str, summary: Sequence[str] = ()) -> str:
    lines = [f"# {_md(title)}", ""]
    lines += [f"- {_md(s)}" for s in summary]
    if summary:
        lines.append("")
    week = None
    for r in rows:
        if r.week != week:
            week = r.week
            total = sum(x.hours for x in rows if x.week == week)
            lines += ["", f"## Week {week} (from {r.week_start.isoformat()}, {total:g} h)", ""]
        box = "x" if r.status == "done" else (" " if r.status == "open" else "-")
        line = f"- [{box}] {_md(r.title)} · {r.hours:g} h · {_md(r.step_title)} · #{r.task_id}"
        if r.logged:
            line += f" · logged {r.logged:g} h"
        if r.status == "dropped":
            line += " · dropped"
        lines.append(line)
        if r.milestone:
            lines.append(f"  - Milestone: **{_md(r.milestone)}**")
    return "\n".join(lines).strip() + "\n"


def week_slots(start: date) -> list[tuple[datetime, datetime]]:
    """Study slots of the week beginning `start`, in the order they are filled."""
    preferred: list[tuple[datetime, datetime]] = []
    daytime: list[tuple[datetime, datetime]] = []
    for offset in range(7):
        day = start + timedelta(days=offset)
        if day.weekday() < 5:
            preferred.append((datetime.combine(day, time(19)), datetime.combine(day, time(21))))
            daytime.append((datetime.combine(day, time(9)), datetime.combine(day, time(17))))
        else:
            preferred.append((datetime.combine(day, time(9)), datetime.combine(day, time(13))))
            preferred.append((datetime.combine(day, time(14)), datetime.combine(day, time(17))))
    return preferred + daytime


def schedule_blocks(
    rows: Sequence[ExportRow],
) -> list[tuple[ExportRow, datetime, datetime]]:
    """Place each open or done task's hours in its week's slots; a task that does not fit
    one slot continues in the next (several events for one task)."""
    out: list[tuple[ExportRow, datetime, datetime]] = []
    by_week: dict[int, list[ExportRow]] = {}
    for r in rows:
        if r.status != "dropped":
            by_week.setdefault(r.week, []).append(r)
    for items in by_week.values():
        slots = week_slots(items[0].week_start)
        index, cursor = 0, slots[0][0]
        for r in items:
            left = timedelta(hours=r.hours)
            while left > timedelta(0) and index < len(slots):
                end = slots[index][1]
                take = min(left, end - cursor)
                out.append((r, cursor, cursor + take))
                left -= take
                cursor += take
                if cursor >= end:
                    index += 1
                    if index < len(slots):
                        cursor = slots[index][0]
    return out


def to_ics(rows: Sequence[ExportRow], *, calendar_name: str, stamp: datetime) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//pivotprep//plan export//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", calendar_name)
    counts: dict[int, int] = {}
    for r, begin, end in schedule_blocks(rows):
        counts[r.task_id] = counts.get(r.task_id, 0) + 1
        event = Event()
        event.add("uid", f"pivotprep-task-{r.task_id}-{counts[r.task_id]}@pivotprep.local")
        event.add("dtstamp", stamp)
        event.add("dtstart", begin)
        event.add("dtend", end)
        event.add("summary", f"{r.title} ({r.step_title})")
        description = f"Week {r.week} · {r.hours:g} h planned · task #{r.task_id}"
        if r.milestone:
            description += f" · milestone: {r.milestone}"
        event.add("description", description)
        event.add("categories", [r.step_title])
        if r.status == "done":
            event.add("status", "CONFIRMED")
        cal.add_component(event)
    return bytes(cal.to_ical())
