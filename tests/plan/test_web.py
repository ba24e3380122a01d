"""The dashboard and plan pages through the real ASGI app."""

from __future__ import annotations

import re

from icalendar import Calendar

PROFILE = {
    "target_role": "ml-engineer",
    "company_sizes": ["mid", "large"],
    "hours_per_week": "18",
    "timeline_months": "6",
    "start_date": "2026-01-05",
}


def task_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'id="task-(\d+)"', html)]


def test_profile_then_dashboard_shows_this_week(web, on_day):
    on_day("2026-01-14")
    first = web.post("/profile", data=PROFILE, follow_redirects=False)
    assert first.headers["location"] == "/welcome/plan"  # a first run shows the new plan
    page = web.get("/dashboard")
    assert page.status_code == 200
    assert "<h1>This week</h1>" in page.text
    assert "Week 2 of 26" in page.text
    assert len(task_ids(page.text)) >= 3
    assert "<svg" in page.text and 'class="planned"' in page.text
    assert "Timeline by step" in page.text and "Mock interviews" in page.text
    assert 'href="/profile"' in page.text


def test_checkbox_marks_done_and_logs_hours(web, on_day):
    on_day("2026-01-06")
    web.post("/profile", data=PROFILE)
    page = web.get("/dashboard")
    first = task_ids(page.text)[0]
    done = web.post(f"/plan/tasks/{first}/done", data={"done": "on", "next": "/dashboard"})
    assert done.status_code == 200
    assert f'id="task-{first}" class="task done"' in done.text
    undone = web.post(f"/plan/tasks/{first}/done", data={"next": "/dashboard"})
    assert f'id="task-{first}" class="task open"' in undone.text


def test_bad_hours_show_next_to_the_field(web, on_day):
    on_day("2026-01-06")
    web.post("/profile", data=PROFILE)
    first = task_ids(web.get("/dashboard").text)[0]
    page = web.post(f"/plan/tasks/{first}/log", data={"hours": "500", "next": "/dashboard"})
    assert page.status_code == 422
    assert f'id="log-{first}-error"' in page.text and "500" in page.text
    good = web.post(f"/plan/tasks/{first}/log", data={"hours": "1.25", "next": "/dashboard"})
    assert good.status_code == 200 and "1.25 h" in good.text


def test_redirect_target_stays_local(web):
    web.post("/profile", data=PROFILE)
    first = task_ids(web.get("/dashboard").text)[0]
    page = web.post(
        f"/plan/tasks/{first}/done",
        data={"done": "on", "next": "https://evil.example/"},
        follow_redirects=False,
    )
    assert page.headers["location"].startswith("/#task-")


def test_plan_page_replan_and_downloads(web, on_day):
    on_day("2026-01-06")
    web.post("/profile", data=PROFILE)
    page = web.get("/plan")
    assert page.status_code == 200 and "Week 26" in page.text
    on_day("2026-03-03")
    replanned = web.post("/plan/replan")
    assert replanned.status_code == 200 and "Moved" in replanned.text
    ics = web.get("/plan/export.ics")
    assert ics.headers["content-disposition"].startswith("attachment")
    assert list(Calendar.from_ical(ics.content).walk("VEVENT"))
    assert web.get("/plan/export.csv").text.startswith("task_id,week")
    assert web.get("/plan/export.pdf").status_code == 422


def test_replan_that_does_not_fit_offers_extend_and_drop(web, on_day):
    on_day("2026-01-06")
    web.post("/profile", data={**PROFILE, "hours_per_week": "10", "timeline_months": "3"})
    on_day("2026-03-24")
    page = web.post("/plan/replan")
    assert page.status_code == 409
    assert "does not fit" in page.text and "Extend by" in page.text
    weeks = int(re.search(r'name="extend" value="(\d+)"', page.text).group(1))
    fixed = web.post("/plan/replan", data={"extend": str(weeks)})
    assert fixed.status_code == 200 and "Extended the plan" in fixed.text


def test_week_page_and_missing_week(web):
    web.post("/profile", data=PROFILE)
    assert web.get("/plan/week/3").status_code == 200
    missing = web.get("/plan/week/99")
    assert missing.status_code == 422 and "weeks 1 to 26" in missing.text


def test_task_titles_are_escaped(web, sqlite_engine):
    from pivotprep.core.db import session_scope
    from pivotprep.plan.service import add_custom_task

    web.post("/profile", data=PROFILE)
    with session_scope(sqlite_engine) as session:
        add_custom_task(
            session,
            title="<script>alert(1)</script> gap",
            step="projects",
            hours=1,
            source="resume",
        )
    text = web.get("/plan").text
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;" in text


def test_changing_the_profile_in_the_form_keeps_each_week_in_budget(web, on_day):
    on_day("2026-01-06")
    web.post("/profile", data={**PROFILE, "target_role": "data-engineer", "company_sizes": "mid"})
    ids = task_ids(web.get("/dashboard").text)
    for task_id in ids[:2]:
        web.post(f"/plan/tasks/{task_id}/done", data={"done": "on", "next": "/dashboard"})
    web.post(f"/plan/tasks/{ids[2]}/log", data={"hours": "1", "next": "/dashboard"})
    changed = {**PROFILE, "hours_per_week": "20", "timeline_months": "3"}
    assert web.post("/profile", data=changed).status_code == 200
    for week in (1, 2):
        page = web.get(f"/plan/week/{week}")
        assert "20 h planned of 20 h" in page.text, week
    assert set(ids[:3]) <= set(task_ids(web.get("/plan/week/1").text))
