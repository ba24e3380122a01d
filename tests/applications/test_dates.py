"""Dates as exports write them, with the stated rule for ambiguous numeric dates."""

from __future__ import annotations

from datetime import date

import pytest

from pivotprep.applications.dates import parse_date


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("12 Mar 2024", "mdy", date(2024, 3, 12)),
        ("12 March 2024", "mdy", date(2024, 3, 12)),
        ("12-Mar-2024", "mdy", date(2024, 3, 12)),
        ("Mar 12, 2024", "mdy", date(2024, 3, 12)),
        ("2024-03-12", "mdy", date(2024, 3, 12)),
        ("2022-02-26 19:17:05", "mdy", date(2022, 2, 26)),
        ("2024-03-12T08:00:00Z", "mdy", date(2024, 3, 12)),
        ("03/12/2024", "mdy", date(2024, 3, 12)),
        ("03/12/2024", "dmy", date(2024, 12, 3)),
        ("25/03/2024", "mdy", date(2024, 3, 25)),
        ("03/25/2024", "dmy", date(2024, 3, 25)),
        ("12.03.2024", "mdy", date(2024, 3, 12)),
        ("3/4/24", "mdy", date(2024, 3, 4)),
        ("3/4/99", "mdy", date(1999, 3, 4)),
        ("", "mdy", None),
        ("   ", "mdy", None),
    ],
)
def test_formats_and_the_ambiguity_rule(text, order, expected):
    assert parse_date(text, order=order) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/31/2024", "no month"),
        ("2024-02-30", "not a real day"),
        ("12 Foo 2024", "not a month name"),
        ("yesterday", "not a date"),
        ("1900-01-01", "year 1900"),
    ],
)
def test_what_is_not_a_date_says_so(text, message):
    with pytest.raises(ValueError, match=message):
        parse_date(text)
