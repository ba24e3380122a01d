"""Plan fixtures: a stored profile on a real SQLite file, and a way to pin today's date."""

from __future__ import annotations

import pytest

from pivotprep.profile.service import save_profile
from pivotprep.profile.validation import validate_profile

# The profile form as the web page posts it (tests that drive the pages).
WEB_PROFILE = {
    "target_role": "data-engineer",
    "company_sizes": ["mid"],
    "hours_per_week": "15",
    "timeline_months": "3",
    "start_date": "2026-01-05",
}


def make_profile(session, **overrides):  # type: ignore[no-untyped-def]
    values = {
        "target_role": "data-engineer",
        "company_sizes": "50-500",
        "hours_per_week": 15,
        "timeline_months": 3,
        "start_date": "2026-01-05",
    }
    values.update(overrides)
    return save_profile(session, validate_profile(**values))


@pytest.fixture
def on_day(monkeypatch):  # type: ignore[no-untyped-def]
    """`on_day("2026-02-02")` makes that date today for the code under test."""

    def pin(iso: str) -> None:
        monkeypatch.setenv("PIVOTPREP_TODAY", iso)

    return pin
