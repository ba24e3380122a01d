"""Plan notes that stop being news, the extension total, and the plan pages before a
profile exists."""

from __future__ import annotations

from pivotprep.plan import service
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


def test_plan_pages_before_a_profile_redirect_to_the_form(web):
    for path in ("/plan", "/plan/week/1"):
        page = web.get(path, follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"] == "/welcome", path
    assert "<form" in web.get("/plan").text
