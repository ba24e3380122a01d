"""A problem's first pass ticks the plan task it finishes (`content/practice/plan_links.yaml`),
on a real store: the count rule, the earliest open task, hours logged, no tick on a re-pass
or without a profile; the rule itself on hand-made passes; the content names real items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from pivotprep.core import clock as clock_module
from pivotprep.core.db import session_scope
from pivotprep.plan.models import PlanLog
from pivotprep.plan.tracks import load_tracks
from pivotprep.practice import service
from pivotprep.practice.catalog import all_problems
from pivotprep.practice.plan_links import FirstPass, PlanLink, completes, plan_links

EASY_ARRAYS = ["common-shift-ids", "serial-one-slip", "first-repeated-badge"]
SQL_JOINS = ["sql-customers-never-ordered", "sql-products-never-sold", "sql-loyal-customers"]


class Clock:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        monkeypatch.setattr(clock_module, "now", lambda: self.at)

    def advance(self, **kw: float) -> None:
        self.at += timedelta(**kw)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def profile(session, role: str = "backend-engineer") -> None:  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    save_profile(
        session,
        validate_profile(
            target_role=role,
            company_sizes="50-500",
            hours_per_week=15,
            timeline_months=4,
            start_date="2026-03-02",
        ),
    )


def open_task_ids(session, step: str, item: str) -> list[int]:  # type: ignore[no-untyped-def]
    from pivotprep.plan.service import open_tasks_for_items

    return [t.id for t in open_tasks_for_items(session, step, {item})]


def passed(session, problem_id: str):  # type: ignore[no-untyped-def]
    service.start(session, problem_id)
    return service.record_run(session, problem_id, passed=True, summary={})


def test_the_third_easy_array_problem_of_a_day_ticks_the_task_and_logs_its_hours(engine, clock):
    with session_scope(engine) as s:
        profile(s)
        first_open = open_task_ids(s, "foundations", "easy-arrays")[0]
        for problem_id in EASY_ARRAYS[:2]:
            assert "plan" not in passed(s, problem_id).summary
            clock.advance(minutes=20)
        run = passed(s, EASY_ARRAYS[2])
        assert [t.id for t in service.plan_ticks(run.summary)] == [first_open]
        assert run.summary["plan"][0]["title"].startswith("Solve 3 easy array problems")
    with session_scope(engine) as s:
        from pivotprep.plan.service import get_task

        task = get_task(s, first_open)
        assert task.status == "done" and task.done_on is not None
        logs = s.scalars(select(PlanLog).where(PlanLog.task_id == first_open)).all()
        assert [(log.hours, log.auto) for log in logs] == [(task.hours, True)]


def test_a_re_pass_ticks_nothing_and_failed_runs_do_not_count(engine, clock):
    with session_scope(engine) as s:
        profile(s)
        for problem_id in EASY_ARRAYS[:2]:
            passed(s, problem_id)
        service.record_run(s, EASY_ARRAYS[2], passed=False, summary={})
        assert open_task_ids(s, "foundations", "easy-arrays")
        # the first problem again, in a new attempt: a re-pass, not a third problem
        service.start_problem(s, EASY_ARRAYS[0])
        again = service.record_run(s, EASY_ARRAYS[0], passed=True, summary={})
        assert "plan" not in again.summary
        before = open_task_ids(s, "foundations", "easy-arrays")
        run = service.record_run(s, EASY_ARRAYS[2], passed=True, summary={})
        assert service.plan_ticks(run.summary)[0].id == before[0]
        # passing it once more in the same attempt is practice: nothing more is ticked
        more = service.record_run(s, EASY_ARRAYS[2], passed=True, summary={})
        assert "plan" not in more.summary
        assert open_task_ids(s, "foundations", "easy-arrays") == before[1:]


def test_passes_on_different_days_do_not_add_up(engine, clock):
    with session_scope(engine) as s:
        profile(s)
        passed(s, EASY_ARRAYS[0])
        passed(s, EASY_ARRAYS[1])
        clock.advance(days=1)
        assert "plan" not in passed(s, EASY_ARRAYS[2]).summary


def test_without_a_profile_nothing_is_ticked_and_no_plan_is_made(engine, clock):
    from pivotprep.plan.service import get_plan

    with session_scope(engine) as s:
        runs = [passed(s, problem_id) for problem_id in EASY_ARRAYS]
        assert all("plan" not in run.summary for run in runs)
        assert get_plan(s) is None


def test_three_sql_join_problems_tick_the_sql_joins_task(engine, clock):
    with session_scope(engine) as s:
        profile(s, "data-engineer")
        first_open = open_task_ids(s, "foundations", "sql-joins")[0]
        runs = [passed(s, problem_id) for problem_id in SQL_JOINS]
        assert [t.id for t in service.plan_ticks(runs[-1].summary)] == [first_open]
        assert all("plan" not in run.summary for run in runs[:2])


def _pass(problem_id: str, at: datetime, minutes: float = 10) -> FirstPass:
    return FirstPass(problem_id, at, minutes)


def test_a_window_counts_only_its_own_minutes_and_a_limit_each_pass():
    noon = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    oa = PlanLink(step="mocks", item="mock-timed-oa", count=2, kinds=("code",),
                  difficulties=("medium",), window_minutes=70)  # fmt: skip
    early = _pass("balanced-shift-crew", noon - timedelta(minutes=80))
    late = _pass("build-step-order", noon)
    assert not completes(oa, late, [early, late])
    inside = _pass("balanced-shift-crew", noon - timedelta(minutes=60))
    assert completes(oa, late, [inside, late])
    easy = _pass("common-shift-ids", noon - timedelta(minutes=5))
    assert not completes(oa, late, [easy, late])  # an easy problem is not in the window's count
    timed = PlanLink(step="mocks", item="interview-conditions", count=2,
                     difficulties=("medium",), max_minutes=30)  # fmt: skip
    slow = _pass("longest-seat-run", noon - timedelta(minutes=50), minutes=45)
    assert not completes(timed, late, [slow, late])
    quick = _pass("longest-seat-run", noon - timedelta(minutes=50), minutes=25)
    assert completes(timed, late, [quick, late])


def test_every_link_names_a_real_plan_item_and_real_patterns():
    tracks = load_tracks()
    patterns = {(p.kind, p.pattern) for p in all_problems().values()}
    for link in plan_links():
        track = tracks[link.step]
        assert link.item in {i.id for i in (*track.items, *track.filler)}, link.item
        for pattern in link.patterns:
            assert any((k, pattern) in patterns for k in link.kinds or ("code", "sql")), pattern
        if link.count > 1:  # enough problems exist to finish it
            fitting = [p for p in all_problems().values() if link.accepts(p)]
            assert len(fitting) >= link.count, link.item
