"""Dates on resumes: ranges like "Jan 2019 - Present", "03/2018 – 06/2020", "2017-2019",
parsed, and the forms an ATS often misreads ("Summer '19", "2019 - now") flagged with why.
Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19|20)\d{2}"
_SHORT_YEAR = r"['\u2019]\d{2}"
_ONGOING = r"(?:present|current|currently|now|today|ongoing|to date|date)"
_POINT = (
    rf"(?:{_MONTH}\s*,?\s*(?:{_YEAR}|{_SHORT_YEAR})|{_SEASON}\s+(?:{_YEAR}|{_SHORT_YEAR})"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:{_YEAR}|\d{{2}})(?!\d)|{_YEAR}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR}|{_SHORT_YEAR})"
)
_SEP = r"\s*(?:-{1,2}|\u2013|\u2014|\u2012|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
DATE_RANGE_RE = re.compile(
    rf"(?<![\w/])(?P<start>{_POINT})(?:{_SEP}(?P<end>{_POINT}|{_ONGOING}))?(?![\w/])",
    re.IGNORECASE,
)
_PARSEABLE_ONGOING = {"present", "current"}


@dataclass(frozen=True)
class DateRange:
    text: str  # as written: "Jan 2019 - Present"
    start: date | None
    end: date | None  # None when ongoing or a single date
    ongoing: bool
    parseable: bool  # False for forms an ATS often misreads: "Summer '19", "2019 - now"
    problem: str | None  # why it is not parseable, for the report
    precision: str = "month"  # "year" when a point is a bare year (stored as 1 January)


def _year(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value <= 60 else 1900 + value
    return int(digits)


def _year_in(pattern: str, text: str) -> int | None:
    """The first year `pattern` finds in `text` (a two-digit year read as 19xx or 20xx)."""
    found = re.search(pattern, text)
    return _year(found.group(0)) if found else None


def _parse_point(text: str) -> tuple[date | None, str | None]:
    """A date point and, when an ATS may misread it, why."""
    low = text.lower().strip()
    season = re.match(_SEASON, low)
    if season and (year := _year_in(f"{_YEAR}|{_SHORT_YEAR}", low)) is not None:
        month = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[season.group(0)]
        return date(year, month, 1), f"'{text}' is a season: write a month and year (Jun 2019)"
    if (year := _year_in(_SHORT_YEAR, low)) is not None:
        problem = f"'{text}' uses a two-digit year: write the full year (2019)"
        return date(year, MONTHS.get(low[:3], 1), 1), problem
    if re.match(_MONTH, low) and (year := _year_in(_YEAR, low)) is not None:
        return date(year, MONTHS[low[:3]], 1), None
    numeric = re.match(r"(\d{1,2})\s*[/.]\s*(\d{2,4})$", low)
    if numeric:
        month, year_text = int(numeric.group(1)), numeric.group(2)
        short = None if len(year_text) == 4 else f"'{text}' uses a two-digit year"
        return date(_year(year_text), month, 1), short
    iso = re.match(r"(\d{4})\s*[-/.]\s*(\d{2})$", low)
    if iso:
        return date(int(iso.group(1)), int(iso.group(2)), 1), None
    year_only = re.match(_YEAR + "$", low)
    if year_only:
        return date(int(low), 1, 1), None
    return None, f"'{text}' is not a date an ATS can read"


def find_date_ranges(text: str) -> list[DateRange]:
    """Every date or date range in a line, parsed, each saying whether an ATS can read it."""
    found: list[DateRange] = []
    for match in DATE_RANGE_RE.finditer(text):
        start_text, end_text = match.group("start"), match.group("end")
        start, problem = _parse_point(start_text)
        end: date | None = None
        ongoing = False
        if end_text:
            low = end_text.lower()
            if re.fullmatch(_ONGOING, low):
                ongoing = True
                if low not in _PARSEABLE_ONGOING and not problem:
                    problem = f"'{end_text}' for an ongoing job: write 'Present'"
            else:
                end, end_problem = _parse_point(end_text)
                problem = problem or end_problem
        points = [start_text] + ([end_text] if end_text and not ongoing else [])
        bare_year = any(re.fullmatch(_YEAR, p.strip()) for p in points)
        found.append(
            DateRange(
                text=match.group(0).strip(),
                start=start,
                end=end,
                ongoing=ongoing,
                parseable=problem is None,
                problem=problem,
                precision="year" if bare_year else "month",
            )
        )
    return found


def date_span(text: str) -> DateRange | None:
    """The date range of a position line: a range, or a lone date/season on a short line."""
    ranges = find_date_ranges(text)
    for found in ranges:
        if found.ongoing or found.end is not None:
            return found
    if ranges and len(text.split()) <= 12:
        lone = ranges[-1]
        if not re.fullmatch(_YEAR, lone.text) or len(text.split()) <= 8:
            return lone
    return None
