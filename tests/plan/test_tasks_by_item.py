"""Other features find and tick plan tasks by the plan item they were made from."""

from __future__ import annotations

from pivotprep.plan.service import get_task, open_tasks_for_items, tick_first_open
from tests.plan.conftest import make_profile


def test_no_plan_means_no_task_and_nothing_ticked(session):
    assert open_tasks_for_items(session, "system_design", {"sd-caching"}) == []
    assert tick_first_open(session, "system_design", {"sd-caching"}) is None


def test_the_earliest_open_task_of_an_item_is_ticked_then_the_next(session):
    make_profile(
        session,
        target_role="ml-engineer",
        company_sizes="500+",
        hours_per_week=18,
        timeline_months=6,
    )
    tasks = open_tasks_for_items(session, "system_design", {"sd-drill"})
    assert len(tasks) >= 2  # repeatable practice blocks, keyed system_design:sd-drill:n
    assert [t.week for t in tasks] == sorted(t.week for t in tasks)
    first = tick_first_open(session, "system_design", {"sd-drill"})
    assert first is not None and first.id == tasks[0].id and first.status == "done"
    second = tick_first_open(session, "system_design", {"sd-drill"})
    assert second is not None and second.id == tasks[1].id
    assert get_task(session, tasks[0].id).status == "done"
    assert open_tasks_for_items(session, "foundations", {"sd-drill"}) == []
