"""The profile form through the real ASGI app."""

from __future__ import annotations


def test_home_without_profile_goes_to_the_form(web):
    page = web.get("/")
    assert page.status_code == 200
    assert "Your profile" in page.text


def test_form_errors_show_next_to_their_field(web):
    page = web.post(
        "/profile",
        data={
            "target_role": "astronaut",
            "company_sizes": ["mid"],
            "hours_per_week": "200",
            "timeline_months": "14",
        },
    )
    assert page.status_code == 422
    assert 'id="hours_per_week-error"' in page.text
    assert 'id="timeline_months-error"' in page.text
    assert 'id="target_role-error"' in page.text
    assert "200" in page.text  # the typed value is kept


def test_valid_form_saves_and_redirects(web):
    page = web.post(
        "/profile",
        data={
            "target_role": "data-analyst",
            "company_sizes": ["small", "mid"],
            "hours_per_week": "15",
            "timeline_months": "4",
            "start_date": "2026-02-02",
        },
        follow_redirects=False,
    )
    assert page.status_code == 303
    again = web.get("/profile")
    assert 'value="15"' in again.text


def test_cross_site_posts_are_refused(web):
    page = web.post(
        "/profile", data={"target_role": "data-analyst"}, headers={"origin": "http://evil.example"}
    )
    assert page.status_code == 403
