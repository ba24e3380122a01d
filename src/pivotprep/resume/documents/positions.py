"""Positions in a resume's experience: title, organisation, dates and their bullets.

A line with a date range anchors a position; its title and organisation come from the same
line ("Data Analyst, Contoso | 2019 - 2022") or the plain line just above or below, and
the bullets up to the next position belong to it. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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


def _anchors(lines: tuple[Line, ...]) -> list[tuple[int, DateRange]]:
    """The lines holding a position's dates (never a heading or a bullet), with the dates."""
    anchors: list[tuple[int, DateRange]] = []
    for i, line in enumerate(lines):
        if line.kind == "heading" or line.kind == "bullet":
            continue
        span = date_span(line.text)
        if span is not None:
            anchors.append((i, span))
    return anchors


def _undated_plain(line: Line | None) -> bool:
    return line is not None and _is_plain(line) and not date_span(line.text)


def _with_near(own: str | None, near_parts: list[str]) -> tuple[str | None, str | None]:
    """Title and organisation from the date line's own text and a plain line beside it."""
    if own and near_parts:
        if _has_title_word(own) and not _has_title_word(near_parts[0]):
            return own, near_parts[0]
        return near_parts[0], own
    if near_parts:
        return near_parts[0], near_parts[1] if len(near_parts) > 1 else None
    return own, None


def _title_and_org(
    i: int, parts: list[str], above: Line | None, below: Line | None
) -> tuple[str | None, str | None, set[int]]:
    """A position's title and organisation (from `parts`, the date line's other text, and
    the plain lines around it), and the indices of the lines that make its header."""
    if (
        len(parts) >= 2
        and above is not None
        and _undated_plain(above)
        and _has_title_word(above.text)
        and not any(_has_title_word(p) for p in parts)
    ):
        # "Operations Manager" above "Tailspin Toys, Leeds    2017 - 2023"
        return _parts(above.text)[0], parts[0], {i, i - 1}
    if len(parts) >= 2:
        first, second = parts[0], parts[1]
        if _has_title_word(second) and not _has_title_word(first):
            first, second = second, first
        return first, second, {i}
    near, header = None, {i}
    if _undated_plain(above):
        near = above
        header.add(i - 1)
    elif _undated_plain(below):
        near = below
        header.add(i + 1)
    near_parts = _parts(near.text) if near is not None else []
    title, org = _with_near(parts[0] if parts else None, near_parts)
    return title, org, header


def _bullets(lines: tuple[Line, ...], begin: int, last: int, nxt: set[int]) -> tuple[Line, ...]:
    """A position's bullets: bullet lines and long text lines before the next header."""
    return tuple(
        lines[j]
        for j in range(begin, last)
        if j not in nxt
        and (
            lines[j].kind == "bullet"
            or (lines[j].kind == "text" and len(lines[j].text.split()) > 6)
        )
    )


def find_positions(lines: tuple[Line, ...]) -> tuple[Position, ...]:
    """Positions in the experience lines: a line with a date range anchors one; its title
    and organisation come from the same line or the plain line just above or below."""
    anchors = _anchors(lines)
    positions: list[Position] = []
    used: set[int] = set()
    header_of: dict[int, set[int]] = {}
    for n, (i, span) in enumerate(anchors):
        above = lines[i - 1] if i > 0 and (i - 1) not in used else None
        next_anchor = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        below = lines[i + 1] if i + 1 < next_anchor else None
        parts = _parts(lines[i].text.replace(span.text, " "))
        title, org, header = _title_and_org(i, parts, above, below)
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
    return tuple(
        replace(
            position,
            bullets=_bullets(
                lines,
                max(header_of[n]) + 1,
                anchors[n + 1][0] if n + 1 < len(anchors) else len(lines),
                header_of.get(n + 1, set()),
            ),
        )
        for n, position in enumerate(positions)
    )
