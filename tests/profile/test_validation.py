"""Profile validation: every bad field reported with a message that says what to do."""

from __future__ import annotations

from datetime import date

import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.profile.roles import load_company_sizes, load_roles
from pivotprep.profile.validation import validate_profile


def test_every_role_and_size_profile_loads_and_validates():
    roles = load_roles()
    assert {
        "ml-engineer",
        "data-scientist",
        "data-engineer",
        "data-analyst",
        "backend-engineer",
    } <= set(roles)
    assert list(load_company_sizes()) == ["small", "mid", "large"]
    assert "SQL" in roles["data-engineer"].day_to_day


@pytest.mark.parametrize(
    "field,kwargs,fragment",
    [
        ("hours_per_week", {"hours_per_week": 0}, "between 4 and 60"),
        ("hours_per_week", {"hours_per_week": 200}, "between 4 and 60"),
        ("hours_per_week", {"hours_per_week": "lots"}, "whole number"),
        ("timeline_months", {"timeline_months": 14}, "3 to 6 months"),
        ("target_role", {"target_role": "astronaut"}, "Choose one of"),
        ("company_sizes", {"company_sizes": "huge"}, "Unknown company size"),
        ("company_sizes", {"company_sizes": ""}, "at least one"),
        ("start_date", {"start_date": "31/01/2026"}, "2026-01-31"),
        ("domain", {"domain": "astrology"}, "Unknown past domain"),
    ],
)
def test_bad_values_name_their_field(field, kwargs, fragment):
    args = {"target_role": "data-analyst", "company_sizes": "mid"} | kwargs
    with pytest.raises(ValidationError) as info:
        validate_profile(**args)
    assert fragment in info.value.errors[field]


def test_several_bad_fields_are_all_reported():
    with pytest.raises(ValidationError) as info:
        validate_profile(target_role="x", company_sizes="mid", hours_per_week=0, timeline_months=14)
    assert set(info.value.errors) == {"target_role", "hours_per_week", "timeline_months"}


def test_size_aliases_are_canonical_and_ordered():
    data = validate_profile(
        target_role="ml-engineer", company_sizes="500+, <50", today=date(2026, 3, 2)
    )
    assert data.company_sizes == ("small", "large")
    assert data.start_date == date(2026, 3, 2)


@pytest.mark.parametrize("start", ["9999-12-01", "0001-01-01", "2025-03-01", "2027-03-03"])
def test_start_date_far_from_today_is_refused_with_the_window(start):
    with pytest.raises(ValidationError) as info:
        validate_profile(
            target_role="data-analyst",
            company_sizes="mid",
            start_date=start,
            today=date(2026, 3, 2),
        )
    message = info.value.errors["start_date"]
    assert "within a year of today" in message
    assert "from 2025-03-02 to 2027-03-02" in message and start in message


@pytest.mark.parametrize("start", ["2025-03-02", "2026-03-02", "2027-03-02"])
def test_start_date_within_a_year_of_today_is_accepted(start):
    data = validate_profile(
        target_role="data-analyst", company_sizes="mid", start_date=start, today=date(2026, 3, 2)
    )
    assert data.start_date == date.fromisoformat(start)


def test_start_window_from_29_february_lands_on_28_february():
    data = validate_profile(
        target_role="data-analyst",
        company_sizes="mid",
        start_date="2029-02-28",
        today=date(2028, 2, 29),
    )
    assert data.start_date == date(2029, 2, 28)
