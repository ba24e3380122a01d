"""Task ids no task can have (0, negative, beyond 2**31-1) are "no such task", never an
OverflowError from the database."""

from __future__ import annotations

import pytest

from tests.plan.conftest import WEB_PROFILE as PROFILE

HUGE = "99999999999999999999999"


@pytest.mark.parametrize("task_id", [HUGE, str(2**31), "0"])
def test_cli_done_and_log_say_no_such_task(cli, on_day, task_id):
    on_day("2026-01-06")
    assert cli("init", "--role", "data-engineer", "--start", "2026-01-05").exit_code == 0
    for args in (("done", task_id), ("log", task_id, "1"), ("replan", "--drop", task_id)):
        result = cli("plan", *args)
        assert result.exit_code == 2, (args, result.output)
        assert f"There is no task {task_id} in your plan" in result.output


def test_web_done_and_log_show_an_error_page(web, on_day):
    on_day("2026-01-06")
    web.post("/profile", data=PROFILE)
    for action, data in (("done", {"done": "on"}), ("log", {"hours": "1"})):
        page = web.post(f"/plan/tasks/{HUGE}/{action}", data=data | {"next": "/"})
        assert page.status_code == 404, action
        assert f"There is no task {HUGE} in your plan" in page.text
