"""Unticking a task takes back the hours the tick logged by itself, and only those."""

from __future__ import annotations

import re

from pivotprep.plan import service
from tests.plan.conftest import WEB_PROFILE as PROFILE
from tests.plan.conftest import make_profile


def _logged(session, task_id: int) -> float:
    return service.all_tasks(session)[2].get(task_id, 0.0)


def test_untick_removes_the_hours_the_tick_logged(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    task = next(t for t in service.all_tasks(session)[1] if t.week == 1)
    service.mark_done(session, task.id)
    assert _logged(session, task.id) == task.hours
    service.log_hours(session, task.id, 0.5)
    service.mark_done(session, task.id, done=False)
    assert task.status == "open" and _logged(session, task.id) == 0.5


def test_untick_keeps_hours_typed_before_the_tick(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    task = next(t for t in service.all_tasks(session)[1] if t.week == 1)
    service.log_hours(session, task.id, task.hours)
    service.mark_done(session, task.id)
    service.mark_done(session, task.id, done=False)
    assert _logged(session, task.id) == task.hours


def test_web_untick_takes_back_the_logged_hours(web, on_day):
    on_day("2026-01-06")
    web.post("/profile", data=PROFILE)
    page = web.get("/plan/week/1").text
    first = int(re.search(r'id="task-(\d+)"', page).group(1))
    web.post(f"/plan/tasks/{first}/done", data={"done": "on", "next": "/plan/week/1"})
    ticked = web.get("/plan/week/1").text
    web.post(f"/plan/tasks/{first}/done", data={"next": "/plan/week/1"})
    unticked = web.get("/plan/week/1").text
    logged = re.compile(r"([\d.]+) h logged\.")
    assert float(logged.search(ticked).group(1)) > 0
    assert logged.search(unticked).group(1) == "0"
