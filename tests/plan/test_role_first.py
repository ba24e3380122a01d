"""The first weeks follow the role: a data engineer starts with SQL, an ML engineer with
ML fundamentals, a candidate for small companies does a timed take-home early in the
projects step. Plans made from real profiles on a real store."""

from __future__ import annotations

import pytest

from pivotprep.plan.service import all_tasks
from pivotprep.plan.step_queue import role_first, strongest_focus
from pivotprep.plan.tracks import load_tracks


def _plan(session, role: str, sizes: str = "50-500", hours: int = 15, months: int = 4):  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    save_profile(
        session,
        validate_profile(
            target_role=role,
            company_sizes=sizes,
            hours_per_week=hours,
            timeline_months=months,
            start_date="2026-03-02",
        ),
    )
    return all_tasks(session)[1]


def _focus(item_key: str) -> str | None:
    step, item_id = item_key.split(":")[:2]
    track = load_tracks()[step]
    return next(i.focus for i in (*track.items, *track.filler) if i.id == item_id)


@pytest.mark.parametrize("hours", [10, 15, 20])
def test_a_data_engineer_starts_with_sql_before_data_structures(session, hours):
    tasks = _plan(session, "data-engineer", hours=hours)
    week_one = [t for t in tasks if t.week == 1 and t.step == "foundations"]
    sql = [t for t in week_one if _focus(t.item_key) == "sql"]
    dsa = [t for t in week_one if _focus(t.item_key) == "dsa"]
    assert week_one[0].item_key == "foundations:sql-joins"
    assert sql and all(s.position < d.position for s in sql for d in dsa)
    assert sum(t.hours for t in sql) > sum(t.hours for t in dsa)


def test_an_ml_engineer_meets_ml_fundamentals_in_the_first_two_weeks(session):
    tasks = _plan(session, "ml-engineer")
    early = [t.item_key for t in tasks if t.week <= 2 and t.step == "foundations"]
    assert "foundations:ml-evaluation" in early
    assert early[0] in {"foundations:pandas-wrangling", "foundations:ml-evaluation"}
    order = [t.item_key for t in tasks if t.step == "projects"]
    assert order.index("projects:p1-model") < order.index("projects:p1-deploy")
    assert order.index("projects:p1-deploy") < order.index("projects:p2-scope")  # deployed first


@pytest.mark.parametrize(
    ("role", "hours", "months"),
    [("backend-engineer", 10, 3), ("data-analyst", 15, 6), ("ml-engineer", 20, 4)],
)
def test_a_small_company_target_does_a_take_home_in_the_first_half_of_projects(
    session, role, hours, months
):
    tasks = _plan(session, role, sizes="<50", hours=hours, months=months)
    weeks = [t.week for t in tasks if t.step == "projects"]
    middle = (min(weeks) + max(weeks)) / 2
    take_home = [t.week for t in tasks if t.item_key == "projects:take-home-1"]
    assert take_home and take_home[0] <= middle


def test_a_backend_engineer_keeps_the_written_order():
    items = load_tracks()["foundations"].items
    emphasis = {"dsa": 0.6, "sql": 0.15, "ml": 0.0, "system_design": 0.4}
    assert strongest_focus(emphasis) == "dsa"
    ordered = role_first(items, emphasis)
    assert [i.id for i in ordered if i.focus == "dsa"] == [i.id for i in items if i.focus == "dsa"]
    assert ordered[0].focus == "dsa"
    assert strongest_focus({}) is None and role_first(items, {}) == list(items)
