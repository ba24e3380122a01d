"""A profile stored before start dates were checked (year 9999, year 1) gives a clear
message from the plan's CLI and web pages, never a traceback or a 500."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text

from pivotprep.core.settings import get_settings


def _set_start(url: str, start: date) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE profile SET start_date = :d"), {"d": start})
    engine.dispose()


@pytest.mark.parametrize("start", [date(9999, 12, 1), date(1, 1, 1)])
def test_plan_cli_refuses_a_stored_start_date_far_off(cli, on_day, start):
    on_day("2026-01-06")
    assert cli("init", "--role", "data-engineer", "--start", "2026-01-05").exit_code == 0
    _set_start(get_settings().database_url, start)
    result = cli("plan")
    assert result.exit_code == 2, result.output
    assert "too far from today" in result.output
    assert "2025-01-06 to 2027-01-06" in result.output


def test_a_plan_made_before_is_refused_when_its_start_runs_off_the_calendar(cli, on_day):
    on_day("2026-01-06")
    assert cli("init", "--role", "data-engineer", "--start", "2026-01-05").exit_code == 0
    assert cli("plan").exit_code == 0
    engine = create_engine(get_settings().database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE plan SET start_date = :d"), {"d": date(9999, 12, 1)})
    engine.dispose()
    result = cli("plan")
    assert result.exit_code == 2 and "too far from today" in result.output


def test_dashboard_and_plan_page_explain_a_stored_start_date_far_off(web, sqlite_engine, on_day):
    on_day("2026-01-06")
    form = {"target_role": "data-engineer", "company_sizes": ["mid"], "start_date": ""}
    saved = web.post("/profile", data=form | {"hours_per_week": "15", "timeline_months": "3"})
    assert saved.status_code == 200 and "Week 1" in saved.text  # the new plan's first week
    _set_start(str(sqlite_engine.url), date(9999, 12, 1))
    for path in ("/", "/plan", "/plan/week/1"):
        page = web.get(path)
        assert page.status_code == 422, path
        assert "too far from today" in page.text
