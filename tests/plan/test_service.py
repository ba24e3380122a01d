"""Plan service on a real SQLite file: generation, progress, re-planning, custom tasks."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import func, select

from pivotprep.core.errors import NotFoundError, ValidationError
from pivotprep.plan import service
from pivotprep.plan.models import PlanLog, PlanTask
from tests.plan.conftest import make_profile


def week_load(session) -> dict[int, float]:
    _, tasks, _ = service.all_tasks(session)
    load: dict[int, float] = defaultdict(float)
    for t in tasks:
        if t.status != "dropped":
            load[t.week] += t.hours
    return load


def test_the_plan_is_made_from_the_profile_on_first_use(session, on_day):
    on_day("2026-01-14")
    make_profile(session)
    view = service.current_week(session)
    assert view.number == 2
    assert view.planned_hours == 15
    assert view.plan.weeks == 13
    assert all(load == 15 for load in week_load(session).values())


def test_no_profile_means_a_clear_message(session):
    with pytest.raises(NotFoundError, match="No profile yet") as raised:
        service.current_week(session)
    assert raised.value.next_step is not None
    assert raised.value.next_step.action == "profile.create"
    with pytest.raises(NotFoundError):
        service.add_custom_task(
            session, title="Learn Kafka basics", step="projects", hours=2, source="resume"
        )


def test_done_logs_the_planned_hours_once_and_undo_keeps_them(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    task = service.current_week(session).tasks[0]
    service.mark_done(session, task.id)
    service.mark_done(session, task.id)
    logs = session.scalars(select(PlanLog).where(PlanLog.task_id == task.id)).all()
    assert [log.hours for log in logs] == [task.hours]
    service.mark_done(session, task.id, done=False)
    assert task.status == "open" and task.done_on is None


def test_logging_hours_adds_up_and_rejects_nonsense(session):
    make_profile(session)
    task = service.current_week(session).tasks[0]
    assert service.log_hours(session, task.id, "1.5") == 1.5
    assert service.log_hours(session, task.id, 2) == 3.5
    for bad in ("0", "-1", "25", "abc", "nan"):
        with pytest.raises(ValidationError):
            service.log_hours(session, task.id, bad)
    with pytest.raises(NotFoundError, match="no task 999999"):
        service.log_hours(session, 999999, 1)


def test_changing_the_profile_regenerates_but_keeps_done_work(session, on_day):
    on_day("2026-01-06")
    make_profile(session, hours_per_week=15)
    first = service.current_week(session).tasks
    done, logged = first[0], first[1]
    service.mark_done(session, done.id)
    service.log_hours(session, logged.id, 1)
    make_profile(session, hours_per_week=20, target_role="ml-engineer")
    view = service.current_week(session)
    assert view.plan.hours_per_week == 20
    ids = {t.id for t in service.all_tasks(session)[1]}
    assert {done.id, logged.id} <= ids
    keys = [t.item_key for t in service.all_tasks(session)[1]]
    assert keys.count(done.item_key) == 1  # the done work is not scheduled again
    assert "plan was made again" in service.overview(session).notes[0]
    assert all(load <= 20 for load in week_load(session).values())  # kept + new fit


def test_new_profile_fits_kept_work_into_each_weeks_budget(session, on_day):
    """The auditor's case: done and logged work in week 1, then a new role and hours."""
    on_day("2026-11-23")
    make_profile(session, hours_per_week=18, timeline_months=6, start_date="2026-11-23")
    first = service.current_week(session).tasks
    service.mark_done(session, first[0].id)
    service.mark_done(session, first[1].id)
    service.log_hours(session, first[2].id, 1)
    make_profile(
        session,
        hours_per_week=20,
        timeline_months=3,
        target_role="ml-engineer",
        start_date="2026-11-23",
    )
    view = service.week_view(session, 1)
    assert view.planned_hours == 20
    assert {first[0].id, first[1].id, first[2].id} <= {t.id for t in view.tasks}
    assert all(load <= 20 for load in week_load(session).values())


def test_fewer_hours_move_kept_open_work_later_and_name_an_overfull_week(session, on_day):
    on_day("2026-01-06")
    make_profile(session, hours_per_week=15)
    first = service.current_week(session).tasks
    for task in first[:2]:
        service.mark_done(session, task.id)
    done_hours = first[0].hours + first[1].hours
    assert done_hours > 4
    logged = first[2]
    service.log_hours(session, logged.id, 0.5)
    make_profile(session, hours_per_week=4)
    assert service.get_task(session, logged.id).week > 1  # no room left in week 1
    load = week_load(session)
    assert load[1] == done_hours  # only the done work: nothing new in week 1
    assert all(load[w] <= 4 for w in load if w > 1)
    notes = service.overview(session).notes
    assert any(f"Week 1 already holds {done_hours:g} h" in note for note in notes)


def test_replan_moves_late_work_into_the_weeks_left_within_budget(session, on_day):
    on_day("2026-01-06")
    make_profile(session, hours_per_week=20, timeline_months=6, target_role="data-analyst")
    service.current_week(session)
    on_day("2026-02-03")  # week 5: four weeks of nothing done
    report = service.replan(session)
    assert report.moved > 0 and report.first_week == 5
    load = week_load(session)
    assert all(load[w] == 0 for w in range(1, 5))
    assert all(load[w] <= 20 for w in load)
    assert "no week is over its budget" in report.message


def test_replan_that_cannot_fit_changes_nothing_and_says_what_to_do(session, on_day):
    on_day("2026-01-06")
    make_profile(session, hours_per_week=10, timeline_months=3, target_role="ml-engineer")
    service.current_week(session)
    session.commit()
    before = sorted((t.id, t.week, t.hours, t.status) for t in service.all_tasks(session)[1])
    on_day("2026-03-23")  # week 12 of 13, nothing done
    with pytest.raises(service.PlanDoesNotFitError) as caught:
        service.replan(session)
    session.rollback()
    error = caught.value
    assert error.extend_weeks > 0
    assert f"extend the plan by {error.extend_weeks} week(s)" in error.message
    assert error.next_step is not None and error.next_step.action.startswith("plan.extend")
    assert error.next_step.params["weeks"] == str(error.extend_weeks)
    assert "pivotprep" not in error.message and "--" not in error.message
    after = sorted((t.id, t.week, t.hours, t.status) for t in service.all_tasks(session)[1])
    assert after == before
    report = service.replan(session, extend=error.extend_weeks)
    assert "Extended the plan" in report.message
    assert all(load <= 10 for load in week_load(session).values())


def test_replan_spreads_out_weeks_that_are_over_budget(session, on_day):
    on_day("2026-01-06")
    make_profile(session, hours_per_week=15)
    tasks = service.all_tasks(session)[1]
    for task in tasks:  # a plan stored with week 3 crammed into week 2
        if task.week == 3:
            task.week = 2
    session.flush()
    assert week_load(session)[2] == 30
    report = service.replan(session)
    assert "Week 2 had more than 15 h planned" in report.message
    assert "no week is over its budget" in report.message
    load = week_load(session)
    assert all(load[w] <= 15 for w in load)
    assert sum(load.values()) <= 13 * 15
    assert "Nothing to move" in service.replan(session).message  # fixed for good


def test_replan_reports_a_week_overfilled_by_done_work_and_moves_its_open_work(session, on_day):
    on_day("2026-01-06")
    make_profile(session, hours_per_week=15)
    week1 = service.current_week(session).tasks
    extra = [t for t in service.all_tasks(session)[1] if t.week == 2]
    for task in extra:
        task.week = 1
    for task in [*week1, extra[0]]:  # more than the week's budget is done
        service.mark_done(session, task.id)
    session.flush()
    report = service.replan(session)
    assert "Week 1 had more than 15 h planned" in report.message
    assert "Week 1 already holds more than 15 h of done work" in report.message
    assert all(service.get_task(session, t.id).week > 1 for t in extra[1:])
    load = week_load(session)
    assert load[1] == 15 + extra[0].hours and all(load[w] <= 15 for w in load if w > 1)


def test_replan_drop_marks_tasks_dropped(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    optional = next(t for t in service.all_tasks(session)[1] if t.optional)
    report = service.replan(session, drop=[optional.id])
    assert optional.status == "dropped" and report.message.startswith("Dropped 1")


def test_custom_task_lands_this_week_or_later_within_budget_once(session, on_day):
    on_day("2026-01-20")
    make_profile(session, hours_per_week=18, timeline_months=6)
    service.current_week(session)
    task = service.add_custom_task(
        session,
        title="Learn Kubernetes basics: deploy one project to a local cluster",
        step="system_design",
        hours=3,
        source="resume",
    )
    again = service.add_custom_task(
        session,
        title="Learn Kubernetes basics: deploy one project to a local cluster",
        step="system_design",
        hours=3,
        source="resume",
    )
    assert again.id == task.id
    assert task.week >= 3 and task.source == "resume"
    count = session.scalar(select(func.count()).where(PlanTask.source == "resume"))
    assert count >= 1
    assert all(load <= 18 for load in week_load(session).values())
    assert sum(t.hours for t in service.all_tasks(session)[1] if t.source == "resume") == 3


def test_custom_task_validates_its_inputs(session):
    make_profile(session)
    with pytest.raises(ValidationError, match="Unknown plan step"):
        service.add_custom_task(
            session, title="Something real", step="astrology", hours=1, source="x"
        )
    with pytest.raises(ValidationError):
        service.add_custom_task(
            session, title="Something real", step="stories", hours=0, source="x"
        )


def test_week_out_of_range_is_a_clear_error(session):
    make_profile(session)
    with pytest.raises(ValidationError, match="weeks 1 to 13"):
        service.week_view(session, 14)


def test_overview_has_every_step_and_a_milestone_each(session):
    make_profile(session, timeline_months=6, hours_per_week=18)
    plan = service.overview(session)
    assert len(plan.weeks) == 26
    assert len(plan.steps) == 6
    assert all(span.milestones for span in plan.steps)


def test_current_step_follows_this_weeks_open_work(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    assert service.current_step(session) == "foundations"
    for task in service.current_week(session).tasks:
        service.mark_done(session, task.id)
    assert service.current_step(session) is None


def test_regeneration_places_added_tasks_again_within_budget(session, on_day):
    on_day("2026-01-06")
    make_profile(session, hours_per_week=18, timeline_months=6)
    service.add_custom_task(
        session, title="Learn Spark basics", step="projects", hours=4, source="resume"
    )
    make_profile(session, hours_per_week=12, timeline_months=6)
    service.current_week(session)
    added = [t for t in service.all_tasks(session)[1] if t.source == "resume"]
    assert sum(t.hours for t in added) == 4
    assert all(load <= 12 for load in week_load(session).values())


def test_the_plan_works_the_same_on_both_stores(engine, on_day):
    from pivotprep.core.db import session_scope

    on_day("2026-01-06")
    with session_scope(engine) as session:
        make_profile(session, hours_per_week=14, timeline_months=4)
        first = service.current_week(session).tasks[0]
        service.mark_done(session, first.id)
        service.log_hours(session, service.current_week(session).tasks[1].id, 0.75)
    on_day("2026-01-27")
    with session_scope(engine) as session:
        report = service.replan(session, extend=1)
        assert report.first_week == 4 and report.last_week == 18
        assert all(load <= 14 for load in week_load(session).values())
        plan = service.overview(session)
        assert plan.logged_hours == first.hours + 0.75
        assert len(plan.weeks) == 18


def test_adding_ten_tasks_keeps_every_listed_task_and_each_week_in_budget(session, on_day):
    on_day("2026-01-06")
    make_profile(session)  # 15 h/week, every week planned full
    seen = {t.id: (t.week, t.hours, t.status, t.title) for t in service.all_tasks(session)[1]}
    results = [
        service.place_custom_task(
            session,
            title=f"Write a STAR story that shows signal {n}",
            step="stories",
            hours=1,
            source="stories",
        )
        for n in range(10)
    ]
    for task_id, (week, hours, status, title) in seen.items():
        task = service.get_task(session, task_id)  # no listed id has gone away
        assert (task.week, task.title) == (week, title)
        if not task.flexible:  # only repeatable practice makes room
            assert (task.hours, task.status) == (hours, status)
    assert all(load <= 15 for load in week_load(session).values())
    added: dict[int, float] = defaultdict(float)
    for result in results:
        assert result.added and result.task.hours == 1
        added[result.task.week] += result.task.hours
    assert len(added) > 1 and max(added.values()) <= 5  # spread out, a third of a week at most
    displaced = [d for result in results for d in result.displaced]
    assert sum(d.hours for d in displaced) == 10  # no free room: every hour replaced practice
    left = {d.task_id: d.left for d in displaced}  # the last word on each block
    for task_id, hours_left in left.items():
        task = service.get_task(session, task_id)
        assert task.flexible and task.status == ("open" if hours_left else "dropped")
        assert f"#{task_id}" in service.overview(session).notes[-1]
    assert all(f"#{d.task_id}" in r.message for r in results for d in r.displaced)


def test_adding_a_task_that_cannot_fit_changes_nothing(session, on_day):
    on_day("2026-01-06")
    make_profile(session)
    service.current_week(session)
    session.commit()
    before = sorted((t.id, t.week, t.hours, t.status) for t in service.all_tasks(session)[1])
    on_day("2026-03-31")  # the last week
    with pytest.raises(service.PlanDoesNotFitError, match="extend the plan by"):
        service.add_custom_task(
            session, title="Learn Kafka end to end", step="projects", hours=24, source="resume"
        )
    session.rollback()
    after = sorted((t.id, t.week, t.hours, t.status) for t in service.all_tasks(session)[1])
    assert after == before
