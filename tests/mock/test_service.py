"""Mock rounds through the service on a real store: loops prefer unseen items, a coding
round judged by the real judge, follow-ups after a pass, the close and its scorecard, a
round abandoned and resumed, the debrief's plan tasks, mocks with people."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pivotprep.core.errors import ConflictError, InputTooLargeError, ValidationError
from pivotprep.mock import rounds
from pivotprep.mock import service as mock
from tests.mock.conftest import reference


def test_a_loop_needs_a_role_without_a_profile(session):
    with pytest.raises(ValidationError, match="No profile yet") as caught:
        mock.plan_loop(session, "50-500")
    assert caught.value.next_step is not None
    assert caught.value.next_step.action == "profile.create"
    plan = mock.plan_loop(session, "50-500", "data-analyst", "mid")
    assert [r.spec.kind for r in plan.rounds] == ["sql", "behavioral"]  # analysts: no design
    assert not any(r.item.seen for r in plan.rounds)


def test_the_plan_prefers_problems_not_started(session, profile):
    from pivotprep.practice import service as practice

    first = mock.plan_loop(session, "50-500").rounds[0].item.id
    practice.start_problem(session, first)
    second = mock.plan_loop(session, "50-500").rounds[0].item.id
    assert second != first
    assert mock.plan_loop(session, "50-500").rounds[0].item.id == second  # stable


def test_a_coding_round_from_clarifying_question_to_scorecard(session, profile):
    row = mock.start_single(session, "coding", "merge-room-bookings")
    reply = mock.ask(session, "How many bookings can there be, at most?")
    assert reply.released and "10^5" in reply.text
    mock.note(session, "Sort by start, then merge overlapping neighbours")
    wrong = mock.run(session, "def merge_bookings(bookings):\n    return bookings\n")
    assert not wrong["passed"] and wrong["cases_total"] > 1
    assert mock.view(session).pending_followup is None
    passed = mock.run(session, reference("merge-room-bookings"))
    assert passed["passed"]
    pending = mock.view(session).pending_followup
    assert pending and "ten times larger" in pending
    following = mock.reply(
        session,
        "Sorting stays n log n; at ten times the size I would "
        "sort in chunks on disk and merge the sorted runs.",
    )
    assert following and "test" in following
    mock.note(session, "I would test touching bookings, an empty list and one booking")
    closed, card = mock.close(session, "What does a good first month look like here?")
    assert closed.id == row.id and closed.finished_at is not None
    assert card.value("technical") >= 3 and card.value("communication") >= 2
    assert mock.scorecard(session, row.id).advance == card.advance
    with pytest.raises(ConflictError, match="is closed"):
        mock.note(session, "late", round_id=row.id)


def test_an_abandoned_round_resumes_without_counting_the_break(session, profile, monkeypatch):
    row = mock.start_single(session, "behavioral")
    start = row.started_at
    monkeypatch.setattr(rounds, "now", lambda: start + timedelta(seconds=90))
    mock.note(session, "Thinking of the warehouse migration story")
    monkeypatch.setattr(rounds, "now", lambda: start + timedelta(hours=20))
    mock.note(session, "Back after a day")
    view = mock.view(session)
    assert view.row.active_seconds == pytest.approx(90)
    assert [e["kind"] for e in view.row.events] == ["opened", "note", "resumed", "note"]
    assert mock.current_round(session).id == row.id


def test_bad_input_is_refused_and_nothing_is_stored(session, profile):
    mock.start_single(session, "coding", "merge-room-bookings")
    before = list(mock.current_round(session).events)
    with pytest.raises(ValidationError, match="empty"):
        mock.ask(session, "   ")
    with pytest.raises(InputTooLargeError):
        mock.note(session, "x" * 5000)
    with pytest.raises(ConflictError, match="running code"):
        mock.answer(session, "An essay")
    assert mock.current_round(session).events == before
    with pytest.raises(ValidationError, match="not a SQL problem"):
        mock.start_single(session, "sql", "merge-room-bookings")


def test_hints_run_out(session, profile):
    mock.start_single(session, "coding", "merge-room-bookings")
    count = len(mock.view(session).script.hints)
    for _ in range(count):
        mock.hint(session)
    with pytest.raises(ConflictError, match="No hint is left"):
        mock.hint(session)


def test_a_loop_ends_with_a_debrief_and_plan_tasks(session, profile):
    loop, first = mock.start_loop(session, "<50")
    mock.close(session, "")  # nothing done: weak scores
    second = mock.next_round(session, loop.id)
    assert second.kind == "behavioral" and second.id != first.id
    mock.answer(
        session,
        "At the depot I noticed late trucks, so I built a schedule and we "
        "cut delays by 30 percent over two months.",
    )
    mock.close(session, "How do you decide what to build next?")
    assert mock.get_loop(session, loop.id).finished_at is not None
    found = mock.loop_debrief(session, loop.id)
    assert found.rounds == 2 and found.tasks
    added = mock.add_debrief_tasks(session, loop.id)
    assert added.titles and any("Added" in m for m in added.messages)
    with pytest.raises(ConflictError, match="closed"):
        mock.next_round(session, loop.id)


def test_mocks_with_people_count_toward_the_goal(session):
    with pytest.raises(ValidationError, match="1 to 4"):
        mock.record_peer(session, kind="coding", title="", scores={"technical": "5"}, advance="yes")
    scores = {"technical": "3", "problem_solving": "2", "communication": "4"}
    row = mock.record_peer(
        session,
        kind="coding",
        title="With Sam",
        scores=scores,
        advance="no",
        feedback="Talk before you type.",
    )
    assert (
        row.source == "peer"
        and "Talk before you type" in row.scorecard["scores"][0]["evidence"][0]["text"]
    )
    mock.record_peer(session, kind="design", title="", scores=scores, advance="yes")
    found = mock.summary(session)
    assert found.mocks == 2 and found.with_people == 2
    assert found.trends[0].values == (3, 3) and found.trends[0].change == 0
    kit = mock.kit("coding", "merge-room-bookings")
    assert kit.hints and any("10^5" in " ".join(f) for _, f in kit.released)
    assert "10^5" not in kit.opening
