"""Dates as exports write them: "12 Mar 2024" (LinkedIn), "2024-03-12", "2022-02-26
19:17:05" (Huntr), "03/12/2024", "12.03.2024", "Mar 12, 2024".

The rule for numeric dates, which are ambiguous:
- with dots, always day first (12.03.2024 is 12 March), as the countries that write dots do;
- with slashes or dashes, month first (03/12/2024 is 12 March), as US tools write them,
  unless the first number is over 12 (25/03/2024 can only be 25 March); `order="dmy"`
  reads them day first instead (then 03/25/2024 can only be 25 March);
- two-digit years are 20xx below 70 and 19xx from 70.

Pure: a string in, a `date` (or None for an empty value) out; ValueError with a message
that says what was expected.
"""

from __future__ import annotations

import re
from datetime import date

ORDERS = ("mdy", "dmy")
MIN_YEAR, MAX_YEAR = 1950, 2100
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(
    r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?z?$"
)
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})[ -]([a-z]+)\.?,?[ -](\d{4})$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$")
EXPECTED = "a date such as 2024-03-12, 12 Mar 2024 or 03/12/2024"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int, raw: str) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"{raw!r} has the year {year}; expected a year from {MIN_YEAR}.")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{raw!r} is not a real day of the calendar.") from None


def _numeric(match: re.Match[str], order: str, raw: str) -> date:
    first, separator, second, year_text = match.groups()
    a, b, year = int(first), int(second), _year(year_text)
    if a > 12 and b > 12:
        raise ValueError(f"{raw!r} has no month (both numbers are over 12).")
    day_first = separator == "." or (order == "dmy" and b <= 12) or a > 12
    if day_first:
        return _make(year, b, a, raw)
    return _make(year, a, b, raw)


def _month(name: str, raw: str) -> int:
    number = MONTHS.get(name)
    if number is None:
        raise ValueError(f"{raw!r}: {name!r} is not a month name; expected {EXPECTED}.")
    return number


def parse_date(value: str | None, *, order: str = "mdy") -> date | None:
    """The date `value` writes, or None when it is empty; ValueError when it is not a date."""
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}")
    raw = " ".join(str(value or "").split())
    if not raw:
        return None
    text = raw.lower()
    if found := _ISO.match(text):
        return _make(int(found[1]), int(found[2]), int(found[3]), raw)
    if found := _NUMERIC.match(text):
        return _numeric(found, order, raw)
    if found := _DAY_MONTH.match(text):
        return _make(int(found[3]), _month(found[2], raw), int(found[1]), raw)
    if found := _MONTH_DAY.match(text):
        return _make(int(found[3]), _month(found[1], raw), int(found[2]), raw)
    raise ValueError(f"{raw[:40]!r} is not a date; expected {EXPECTED}.")
