"""Plan notes that stop being news, the extension total and its cap, and the plan pages
before a profile exists."""

from __future__ import annotations

import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.plan import service
from pivotprep.plan.models import MAX_PLAN_WEEKS
from tests.plan.conftest import make_profile


def test_profile_changed_note_is_shown_for_a_week_then_left_out(cli, on_day):
    on_day("2026-01-06")
    start = ("init", "--role", "data-engineer", "--start", "2026-01-05")
    assert cli(*start).exit_code == 0
    assert cli("plan").exit_code == 0
    assert cli(*start, "--hours", "12").exit_code == 0
    assert "Your profile changed, so the plan was made again on 2026-01-06" in cli("plan").output
    on_day("2026-01-12")
    assert "Your profile changed" in cli("plan").output
    on_day("2026-01-13")
    later = cli("plan")
    assert later.exit_code == 0 and "Your profile changed" not in later.output


def test_extension_note_gives_the_total_of_all_extensions(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    weeks = service.ensure_plan(session).weeks
    service.replan(session, extend=2)
    service.replan(session, extend=2)
    notes = service.overview(session).notes
    assert service.ensure_plan(session).weeks == weeks + 4
    extended = [n for n in notes if n.startswith("Extended")]
    assert extended == ["Extended by 4 week(s) in all, most recently on 2026-01-06."]


def test_a_plan_is_extended_no_further_than_its_longest(session, on_day):
    """Week arithmetic has a range: extensions stop at MAX_PLAN_WEEKS (an import holds
    no longer plan either), and the refusal says how much is left."""
    on_day("2026-01-06")
    make_profile(session)
    plan = service.ensure_plan(session)
    plan.weeks = MAX_PLAN_WEEKS - 3
    with pytest.raises(ValidationError, match="extend it by 3 weeks at most"):
        service.replan(session, extend=4)
    assert service.ensure_plan(session).weeks == MAX_PLAN_WEEKS - 3


def test_plan_pages_before_a_profile_redirect_to_the_form(web):
    for path in ("/plan", "/plan/week/1"):
        page = web.get(path, follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"] == "/welcome", path
    assert "<form" in web.get("/plan").text
