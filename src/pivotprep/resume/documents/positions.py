"""Positions in a resume's experience: title, organisation, dates and their bullets.

A line with a date range anchors a position; its title and organisation come from the same
line ("Data Analyst, Contoso | 2019 - 2022") or the plain line just above or below, and
the bullets up to the next position belong to it. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pivotprep.resume.documents.dates import DateRange, date_span

if TYPE_CHECKING:
    from pivotprep.resume.documents.sections import Line


@dataclass(frozen=True)
class Position:
    title: str | None
    organisation: str | None
    start: date | None
    end: date | None
    ongoing: bool
    date_text: str
    dates_parseable: bool
    line: int  # the number of the line holding the dates
    bullets: tuple[Line, ...]
    date_precision: str = "month"  # "year" when the dates are bare years ("2017 - 2019")


TITLE_WORDS = frozenset(
    [
        "analyst",
        "engineer",
        "developer",
        "manager",
        "teacher",
        "scientist",
        "specialist",
        "consultant",
        "associate",
        "coordinator",
        "director",
        "officer",
        "assistant",
        "intern",
        "lead",
        "administrator",
        "nurse",
        "technician",
        "representative",
        "supervisor",
        "accountant",
        "designer",
        "architect",
        "researcher",
        "instructor",
        "tutor",
        "lecturer",
        "head",
        "executive",
        "clerk",
        "advisor",
        "adviser",
        "sergeant",
        "lieutenant",
        "captain",
        "major",
        "controller",
        "auditor",
        "economist",
        "programmer",
        "owner",
        "founder",
        "cofounder",
        "co-founder",
        "partner",
        "professor",
        "fellow",
        "trainer",
        "editor",
        "writer",
        "producer",
        "agent",
        "banker",
        "trader",
        "underwriter",
        "planner",
        "strategist",
        "buyer",
        "cashier",
        "pharmacist",
        "therapist",
        "physician",
        "doctor",
        "paralegal",
        "attorney",
        "lawyer",
        "chef",
        "operator",
        "mechanic",
        "electrician",
        "president",
        "vp",
        "principal",
        "volunteer",
        "student",
        "apprentice",
        "contractor",
        "freelancer",
        "freelance",
        "sales",
        "marketing",
        "scrum",
        "owner",
    ]
)
_SPLIT_RE = re.compile(r"\s+(?:\||\u2022|\u00b7|@|at|-|\u2013|\u2014)\s+|\s*,\s+|\s*\|\s*|\t+")


def _parts(text: str) -> list[str]:
    return [p.strip(" ,|-\u2013\u2014()") for p in _SPLIT_RE.split(text) if p.strip(" ,|-()")]


def _has_title_word(text: str) -> bool:
    words = re.findall(r"[a-z][a-z-]+", text.lower())
    return any(w in TITLE_WORDS for w in words)


def _is_plain(line: Line) -> bool:
    return line.kind == "text" and len(line.text.split()) <= 14


def find_positions(lines: tuple[Line, ...]) -> tuple[Position, ...]:
    """Positions in the experience lines: a line with a date range anchors one; its title
    and organisation come from the same line or the plain line just above or below."""
    anchors: list[tuple[int, DateRange]] = []
    for i, line in enumerate(lines):
        if line.kind == "heading" or line.kind == "bullet":
            continue
        span = date_span(line.text)
        if span is not None:
            anchors.append((i, span))
    positions: list[Position] = []
    used: set[int] = set()
    header_of: dict[int, set[int]] = {}
    for n, (i, span) in enumerate(anchors):
        rest = lines[i].text.replace(span.text, " ")
        parts = _parts(rest)
        header = {i}
        above = lines[i - 1] if i > 0 and (i - 1) not in used else None
        next_anchor = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        below = lines[i + 1] if i + 1 < next_anchor else None
        title = org = None
        titled_above = (
            above is not None
            and _is_plain(above)
            and not date_span(above.text)
            and _has_title_word(above.text)
        )
        if len(parts) >= 2 and titled_above and not any(_has_title_word(p) for p in parts):
            # "Operations Manager" above "Tailspin Toys, Leeds    2017 - 2023"
            title, org = _parts(above.text)[0], parts[0]  # type: ignore[union-attr]
            header.add(i - 1)
        elif len(parts) >= 2:
            first, second = parts[0], parts[1]
            if _has_title_word(second) and not _has_title_word(first):
                first, second = second, first
            title, org = first, second
        else:
            near = None
            if above is not None and _is_plain(above) and not date_span(above.text):
                near = above
                header.add(i - 1)
            elif below is not None and _is_plain(below) and not date_span(below.text):
                near = below
                header.add(i + 1)
            near_parts = _parts(near.text) if near is not None else []
            own = parts[0] if parts else None
            if own and near_parts:
                if _has_title_word(own) and not _has_title_word(near_parts[0]):
                    title, org = own, near_parts[0]
                else:
                    title, org = near_parts[0], own
            elif near_parts:
                title = near_parts[0]
                org = near_parts[1] if len(near_parts) > 1 else None
            else:
                title = own
        used.update(header)
        header_of[n] = header
        positions.append(
            Position(
                title=title,
                organisation=org,
                start=span.start,
                end=span.end,
                ongoing=span.ongoing,
                date_text=span.text,
                dates_parseable=span.parseable,
                line=lines[i].number,
                bullets=(),
                date_precision=span.precision,
            )
        )
    out: list[Position] = []
    for n, position in enumerate(positions):
        begin = max(header_of[n]) + 1
        last = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        nxt = header_of.get(n + 1, set())
        bullets = tuple(
            lines[j]
            for j in range(begin, last)
            if j not in nxt
            and lines[j].kind != "heading"
            and lines[j].kind == "bullet"
            or (j not in nxt and lines[j].kind == "text" and len(lines[j].text.split()) > 6)
        )
        out.append(
            Position(
                title=position.title,
                organisation=position.organisation,
                start=position.start,
                end=position.end,
                ongoing=position.ongoing,
                date_text=position.date_text,
                dates_parseable=position.dates_parseable,
                line=position.line,
                bullets=bullets,
                date_precision=position.date_precision,
            )
        )
    return tuple(out)
