"""Fixtures for the stories tests: a saved profile and a few written stories."""

from __future__ import annotations

import pytest

GOOD_STORY = (
    "At my last school, attendance for our ninth graders was recorded on paper, so nobody "
    "noticed a pattern until a student had already missed a month. As head of year, I was "
    "responsible for spotting those students early. I built a spreadsheet that flagged anyone "
    "with three absences in ten days, and I emailed the form tutors every Monday. Within one "
    "term, the number of students missing more than 10% of lessons fell from 41 to 23."
)
WE_STORY = (
    "Our distribution centre was missing same-day dispatch targets. The team had to get above "
    "95%. We analysed the order data, we moved one packing shift two hours later and we "
    "changed the carrier pickup time. On-time dispatch reached 97% within two months."
)


@pytest.fixture
def profile(session):
    from pivotprep.core.clock import today
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    data = validate_profile(
        target_role="data-engineer",
        company_sizes="50-500",
        hours_per_week=15,
        timeline_months=4,
        start_date=today(),
        domain="teaching",
    )
    saved = save_profile(session, data)
    session.commit()
    return saved
