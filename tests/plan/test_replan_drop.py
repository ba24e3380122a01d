"""`replan --drop`: only the optional tasks a replan names are dropped; a required
task (which may hold logged hours) is refused, and dropping twice drops nothing."""

from __future__ import annotations

import re

import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.plan import service
from tests.plan.conftest import make_profile


def test_drop_refuses_a_required_task_and_changes_nothing(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    tasks = service.all_tasks(session)[1]
    required = next(t for t in tasks if not t.optional and t.status == "open")
    optional = next(t for t in tasks if t.optional)
    service.log_hours(session, required.id, 1)
    with pytest.raises(ValidationError) as info:
        service.replan(session, drop=[optional.id, required.id])
    assert "Only optional tasks can be dropped" in info.value.message
    assert f"#{required.id}" in info.value.message and f"#{optional.id} " not in info.value.message
    assert {service.get_task(session, i).status for i in (required.id, optional.id)} == {"open"}


def test_dropping_a_dropped_task_again_drops_nothing(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    optional = next(t for t in service.all_tasks(session)[1] if t.optional)
    assert service.replan(session, drop=[optional.id]).message.startswith("Dropped 1 task(s).")
    again = service.replan(session, drop=[optional.id, optional.id])
    assert "Dropped" not in again.message
    assert again.message.startswith(f"Task #{optional.id} was already dropped.")


def test_cli_drop_names_the_required_tasks_it_refuses(cli, on_day):
    on_day("2026-01-06")
    args = ("init", "--role", "data-engineer", "--hours", "12", "--start", "2026-01-05")
    assert cli(*args).exit_code == 0
    first = int(re.search(r"#(\d+)", cli("plan", "week", "1").output).group(1))
    assert cli("plan", "log", str(first), "1").exit_code == 0
    result = cli("plan", "replan", "--drop", str(first))
    assert result.exit_code == 2
    assert "Only optional tasks can be dropped" in result.output and f"#{first}" in result.output
    assert "[-]" not in cli("plan", "week", "1").output
