"""The profile form refuses a start date far from today next to the field."""

from __future__ import annotations


def test_profile_form_refuses_year_9999_next_to_the_field(web, monkeypatch):
    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-03-02")
    form = {
        "target_role": "data-engineer",
        "company_sizes": ["mid"],
        "hours_per_week": "15",
        "timeline_months": "3",
        "start_date": "9999-12-01",
    }
    page = web.post("/profile", data=form)
    assert page.status_code == 422
    assert "within a year of today: from 2025-03-02 to 2027-03-02" in page.text
    assert web.get("/", follow_redirects=False).headers["location"] == "/welcome"
