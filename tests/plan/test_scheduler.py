"""The scheduler: budgets hold, milestones fall in their windows, the mix follows the
role and company sizes, and the same profile always gives the same plan."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pivotprep.plan.scheduler import (
    PlanRequest,
    build_plan,
    largest_remainder,
    step_windows,
    week_count,
)
from pivotprep.plan.tracks import STEP_IDS, load_steps
from pivotprep.profile.roles import SIZE_IDS, load_roles

ROLES = load_roles()
SIZE_SETS = [c for n in range(1, 4) for c in itertools.combinations(SIZE_IDS, n)]


def request(role="data-engineer", sizes=("mid",), hours=15, months=3, start=date(2026, 1, 5)):
    return PlanRequest(
        role_id=role,
        emphasis=ROLES[role].emphasis.model_dump(),
        sizes=tuple(sizes),
        hours_per_week=hours,
        months=months,
        start_date=start,
    )


def check_plan(req: PlanRequest) -> None:
    draft = build_plan(req)
    assert draft.weeks == week_count(req.months)
    per_week: dict[int, float] = defaultdict(float)
    for task in draft.tasks:
        assert task.hours > 0 and task.hours * 2 == int(task.hours * 2), task
        per_week[task.week] += task.hours
        window = draft.windows[task.step]
        assert window.first_week <= task.week <= window.last_week, task
        assert task.title.strip()
    for week in range(1, draft.weeks + 1):
        # The issue allows 10%; the scheduler is exact.
        assert per_week[week] == req.hours_per_week, (req, week, per_week[week])
    milestones = [t for t in draft.tasks if t.milestone]
    assert milestones, req
    for task in milestones:
        window = draft.windows[task.step]
        assert window.first_week <= task.week <= window.last_week
        assert task.part == task.parts  # reached with the item's last part
    positions = [(t.week, t.position) for t in draft.tasks]
    assert len(set(positions)) == len(positions)


@pytest.mark.parametrize("role", sorted(ROLES))
def test_budgets_and_milestones_hold_for_every_size_month_and_hours(role):
    for sizes in SIZE_SETS:
        for months in range(3, 7):
            for hours in range(10, 31):
                check_plan(request(role, sizes, hours, months))


@settings(max_examples=60, deadline=None)
@given(
    role=st.sampled_from(sorted(ROLES)),
    sizes=st.sampled_from(SIZE_SETS),
    hours=st.integers(4, 60),
    months=st.integers(3, 6),
    start=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
)
def test_any_valid_profile_gives_an_exact_deterministic_plan(role, sizes, hours, months, start):
    req = request(role, sizes, hours, months, start)
    check_plan(req)
    assert build_plan(req) == build_plan(req)


def test_weeks_follow_the_timeline():
    assert week_count(3) == 13
    assert week_count(6) == 26
    windows = step_windows(load_steps(), 26)
    assert (windows["foundations"].first_week, windows["foundations"].last_week) == (1, 9)
    assert (windows["mocks"].first_week, windows["mocks"].last_week) == (14, 26)
    assert (windows["applications"].first_week, windows["applications"].last_week) == (18, 26)


def test_start_date_only_shifts_nothing_but_dates():
    a = build_plan(request(start=date(2026, 1, 5)))
    b = build_plan(request(start=date(2027, 6, 1)))
    assert [(t.week, t.title, t.hours) for t in a.tasks] == [
        (t.week, t.title, t.hours) for t in b.tasks
    ]


def hours_on(draft, word: str) -> float:
    return sum(t.hours for t in draft.tasks if word.lower() in t.title.lower())


def test_a_data_engineer_gets_sql_work_a_backend_engineer_gets_more_algorithms():
    de = build_plan(request("data-engineer", ("mid",), 15, 6))
    be = build_plan(request("backend-engineer", ("mid",), 15, 6))
    assert hours_on(de, "SQL") > hours_on(be, "SQL")
    assert any("window functions" in t.title for t in de.tasks)
    assert hours_on(be, "dynamic programming") > 0 == hours_on(de, "dynamic programming")


def test_ml_roles_get_deployment_monitoring_drift_and_versioning():
    ml = build_plan(request("ml-engineer", ("large",), 18, 6))
    titles = " ".join(t.title for t in ml.tasks if t.step == "system_design").lower()
    for word in ("deployment", "drift", "versioning", "monitoring"):
        assert word in titles
    de = build_plan(request("data-engineer", ("large",), 18, 6))
    assert "drift" not in " ".join(t.title for t in de.tasks).lower()


def test_small_companies_get_take_homes_large_ones_timed_assessments():
    small = build_plan(request("backend-engineer", ("small",), 15, 6))
    large = build_plan(request("backend-engineer", ("large",), 15, 6))
    assert hours_on(small, "take-home") > 0
    assert hours_on(large, "take-home") == 0
    assert hours_on(large, "online assessment") > 0
    assert hours_on(small, "online assessment") == 0


def test_large_companies_shift_hours_to_system_design():
    def design(sizes):
        draft = build_plan(request("backend-engineer", sizes, 15, 6))
        return sum(t.hours for t in draft.tasks if t.step == "system_design")

    assert design(("large",)) > design(("small",))


def test_named_milestones_are_scheduled():
    draft = build_plan(request("ml-engineer", ("mid",), 18, 6))
    names = {t.milestone for t in draft.tasks if t.milestone}
    for name in (
        "Core data structures implemented",
        "Project 1 deployed as an API",
        "10 STAR stories written",
        "5 mock interviews done",
        "20 targeted applications sent",
    ):
        assert name in names


def test_a_tight_timeline_is_reported_with_the_dropped_tasks():
    draft = build_plan(request("ml-engineer", ("small", "large"), 10, 3))
    assert draft.notes
    note = " ".join(draft.notes)
    assert "At 10 h/week over 3 months" in note
    assert "usually needed" in note and "dropped" in note
    dropped = {title for fit in draft.fits for title in fit.dropped}
    assert dropped and not dropped & {t.title for t in draft.tasks}


def test_a_roomy_timeline_adds_practice_not_notes():
    draft = build_plan(request("data-analyst", ("mid",), 30, 6))
    assert draft.notes == ()
    assert any(t.flexible for t in draft.tasks)


def test_long_items_are_split_into_labelled_parts():
    draft = build_plan(request("data-engineer", ("mid",), 10, 3))
    split = [t for t in draft.tasks if t.parts > 1]
    assert split
    by_key = defaultdict(list)
    for t in split:
        by_key[t.item_key].append(t)
    for parts in by_key.values():
        assert [p.part for p in parts] == list(range(1, parts[0].parts + 1))
        assert [p.week for p in parts] == sorted(p.week for p in parts)


def test_largest_remainder_adds_up_exactly():
    assert largest_remainder(10, [1, 1, 1]) == [4, 3, 3]
    assert sum(largest_remainder(37, [0.3, 1.7, 2.2, 0.1])) == 37
    assert largest_remainder(0, [1, 2]) == [0, 0]


def test_steps_cover_all_six():
    draft = build_plan(request("data-scientist", ("mid", "large"), 20, 5))
    assert {t.step for t in draft.tasks} == set(STEP_IDS)


@pytest.mark.parametrize("role", sorted(ROLES))
def test_reserved_hours_are_left_free_and_skipped_items_are_not_planned(role):
    req = request(role=role, hours=12, months=3)
    whole = build_plan(req)
    skip = {t.item_key for t in whole.week_tasks(1) if not t.flexible}
    reserved = {1: 24, 2: 5, 3: 30}  # half-hour units: all of week 1, 2.5 h, more than all
    draft = build_plan(req, reserved=reserved, skip=skip)
    load: dict[int, float] = defaultdict(float)
    for task in draft.tasks:
        load[task.week] += task.hours
    assert load[1] == 0 and load[2] == 9.5 and load[3] == 0
    assert all(load[w] == 12 for w in range(4, draft.weeks + 1))
    assert not skip & {t.item_key for t in draft.tasks}
