"""`practice next` follows this week's plan: problems of the patterns and data structures its
open tasks name come before the alphabetical tie-breaks."""

from __future__ import annotations

import pytest

from pivotprep.practice import service
from pivotprep.practice.catalog import all_problems
from pivotprep.practice.plan_topics import topics_in
from pivotprep.profile.service import save_profile
from pivotprep.profile.validation import validate_profile


def _week_with_only(session, monkeypatch, title: str) -> None:
    """A profile and plan whose current week has one open task, titled `title`."""
    from pivotprep.plan import service as plan
    from pivotprep.plan.models import PlanTask

    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-01-06")
    data = validate_profile(
        target_role="backend-engineer",
        company_sizes="50-500",
        hours_per_week=15,
        timeline_months=3,
        start_date="2026-01-05",
    )
    save_profile(session, data)
    view = plan.current_week(session)
    for task in view.tasks:
        task.status = "done"
    session.add(
        PlanTask(
            plan_id=view.plan.id,
            week=view.number,
            step="foundations",
            title=title,
            hours=3,
            item_key="test-topic",
        )
    )
    session.flush()


def _code_picks(session) -> list:
    problems = all_problems()
    picks = service.next_problems(session, limit=6)
    return [(p, problems[p.problem_id]) for p in picks if p.kind == "code"]


def test_task_titles_name_patterns_and_data_structures():
    topics = topics_in(
        [
            "Solve 3 easy array problems with two pointers (pivotprep practice next)",
            "Implement a dynamic array from scratch (append with doubling, insert, delete)",
        ]
    )
    assert "two-pointers" in topics.patterns
    assert "ds-dynamic-array" in topics.problems
    assert not topics_in(["Write a cover letter"])


def test_two_pointers_week_suggests_easy_two_pointer_problems_first(session, monkeypatch):
    _week_with_only(session, monkeypatch, "Solve 3 easy array problems with two pointers")
    picks = _code_picks(session)
    easy_two_pointers = [
        p
        for p in all_problems().values()
        if p.pattern == "two-pointers" and p.difficulty == "easy" and p.kind == "code"
    ]
    first = picks[: len(easy_two_pointers)]
    assert first, picks
    assert all(info.pattern == "two-pointers" and info.difficulty == "easy" for _, info in first)
    assert "on this week's plan" in first[0][0].reason


def test_hash_map_week_puts_the_ds_problem_ahead(session, monkeypatch):
    _week_with_only(
        session, monkeypatch, "Implement a hash map from scratch with resizing and chaining"
    )
    ids = [s.problem_id for s, _ in _code_picks(session)]
    assert "ds-hash-map" in ids[:3], ids
    assert ids.index("ds-hash-map") < len(ids)


@pytest.mark.parametrize("title", ["Write a cover letter for each application"])
def test_a_week_without_topics_keeps_the_usual_order(session, monkeypatch, title):
    _week_with_only(session, monkeypatch, title)
    picks = _code_picks(session)
    assert picks and all("on this week's plan" not in s.reason for s, _ in picks)
