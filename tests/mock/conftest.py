"""Fixtures for the mock tests: a saved profile, and the reference solution of a problem
(the correct code a strong candidate would write)."""

from __future__ import annotations

import pytest


@pytest.fixture
def profile(session):  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    data = validate_profile(
        target_role="backend-engineer",
        company_sizes="50-500",
        hours_per_week=15,
        timeline_months=4,
        start_date="2026-01-05",
    )
    saved = save_profile(session, data)
    session.commit()
    return saved


def reference(problem_id: str) -> str:
    from pivotprep.practice.service import get_problem

    return get_problem(problem_id).solution
