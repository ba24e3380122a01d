"""`practice next` (suggestions.py, fed by the service): due reviews first, then new problems
of the patterns and data structures this week's plan tasks name, before the alphabetical
tie-breaks; easy first at the foundations step; split between coding and SQL by the role."""

from __future__ import annotations

import pytest

from pivotprep.practice import service
from pivotprep.practice.catalog import ProblemInfo, all_problems
from pivotprep.practice.plan_topics import PlanTopics, topics_in
from pivotprep.practice.suggestions import Situation, due_reviews, new_problems
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


def _info(pid: str, kind: str, pattern: str, difficulty: str = "medium") -> ProblemInfo:
    return ProblemInfo(pid, kind, pid.title(), pattern, difficulty, 20, ("hint",), "", "")


def test_new_problems_follow_the_plan_the_level_and_the_role_without_a_database():
    fresh = [
        _info("a-hard", "code", "arrays", "hard"),
        _info("a-easy", "code", "arrays", "easy"),
        _info("b-medium", "code", "graphs"),
        _info("b-easy", "code", "graphs", "easy"),
        _info("sql-join", "sql", "joins"),
        _info("sql-window", "sql", "window-functions", "easy"),
    ]
    situation = Situation(
        mastery={"arrays": 0.5},
        topics=PlanTopics(patterns=frozenset({"graphs"})),
        step="foundations",
        sql_share=0.5,
    )
    picks = new_problems(fresh, 5, situation)  # 2 of 5 SQL (a half, rounded to even)
    ids = [p.problem_id for p in picks]
    assert ids == ["sql-window", "sql-join", "b-easy", "b-medium", "a-easy"]
    assert "on this week's plan" in picks[2].reason and "plan step foundations" in picks[2].reason
    assert picks[4].reason.startswith("new: arrays (mastery 50%)")
    no_sql = Situation(mastery={}, topics=PlanTopics(), step="deepen", sql_share=0.0)
    assert [p.kind for p in new_problems(fresh, 5, no_sql)] == ["code"] * 4 + ["sql"]


def test_due_reviews_come_first_and_skip_unknown_ids():
    problems = {"x": _info("x", "code", "arrays"), "y": _info("y", "sql", "joins")}
    picks = due_reviews(["gone", "y", "x"], problems, limit=1)
    assert [(p.problem_id, p.reason) for p in picks] == [("y", "review due today")]
