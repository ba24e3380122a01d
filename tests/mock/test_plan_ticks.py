"""Closing a mock round ticks the plan's mock task of its kind (content/mock/plan_links.yaml);
a loop whose every round holds work also ticks the loop task; an empty close, a second
close or a learner without a profile ticks nothing. Shown by the CLI and the scorecard."""

from __future__ import annotations

import re

import pytest

from pivotprep.core.errors import ConflictError
from pivotprep.mock import service as mock
from tests.mock.conftest import reference

STORY = (
    "At the depot I noticed late trucks, so I built a schedule and we cut delays by 30 "
    "percent over two months."
)


def _open(session, item: str) -> list[int]:  # type: ignore[no-untyped-def]
    from pivotprep.plan.service import open_tasks_for_items

    return [t.id for t in open_tasks_for_items(session, "mocks", {item})]


def test_a_behavioral_then_a_design_round_tick_their_kinds_tasks(session, profile):
    first = _open(session, "mock-2-behavioral")
    design = _open(session, "mock-3-design")
    assert first and design
    mock.start_single(session, "behavioral")
    mock.answer(session, STORY)
    row, _ = mock.close(session, "What does the team own?")
    assert [t.id for t in mock.plan_ticks(row)] == first[:1]
    assert mock.plan_ticks(row)[0].title.startswith("Mock 2: a behavioral interview")
    with pytest.raises(ConflictError):
        mock.close(session, "", row.id)  # closed once: ticked once
    assert _open(session, "mock-2-behavioral") == first[1:]
    mock.start_single(session, "design")
    mock.answer(session, "Requirements first: reads dominate, so a cache in front of the store.")
    row, _ = mock.close(session, "")
    assert [t.id for t in mock.plan_ticks(row)] == design[:1]


def test_an_empty_close_ticks_nothing(session, profile):
    mock.start_single(session, "behavioral")
    row, _ = mock.close(session, "")
    assert mock.plan_ticks(row) == ()
    assert _open(session, "mock-2-behavioral")


def test_without_a_profile_nothing_is_ticked(session):
    mock.start_single(session, "behavioral")
    mock.answer(session, STORY)
    row, _ = mock.close(session, "")
    assert mock.plan_ticks(row) == ()


def test_a_loop_with_work_in_every_round_ticks_its_rounds_and_the_loop(session, profile):
    loop_task = _open(session, "mock-5-loop")
    loop, first = mock.start_loop(session, "<50")
    assert first.kind == "coding"
    assert mock.run(session, reference(first.item_id))["passed"]
    row, _ = mock.close(session, "")
    assert [t.title[:6] for t in mock.plan_ticks(row)] == ["Mock 1"]
    mock.next_round(session, loop.id)
    mock.answer(session, STORY)
    row, _ = mock.close(session, "")
    ticked = mock.plan_ticks(row)
    assert [t.title[:6] for t in ticked] == ["Mock 2", "Mock 5"]
    assert ticked[1].id == loop_task[0]


def test_the_cli_close_and_the_timeline_show_the_tick(cli):
    assert cli("init", "--role", "backend-engineer", "--sizes", "50-500", "--hours", "15",
               "--months", "4", "--no-interactive").exit_code == 0  # fmt: skip
    assert cli("mock", "round", "behavioral").exit_code == 0
    assert cli("mock", "answer", "-", input=STORY).exit_code == 0
    closed = cli("mock", "close", "Who would I work with?")
    assert closed.exit_code == 0, closed.output
    said = " ".join(closed.output.split())
    assert re.search(r"Plan: ticked week \d+, Mock 2: a behavioral interview", said)
    timeline = " ".join(cli("mock", "status", "--round", "1").output.split())
    assert "plan: ticked week" in timeline


def test_the_scorecard_page_names_the_ticked_task(web):
    web.post("/profile", data={"target_role": "backend-engineer", "company_sizes": "50-500",
                               "hours_per_week": "15", "timeline_months": "4"})  # fmt: skip
    started = web.post("/mock/rounds", data={"kind": "behavioral"}, follow_redirects=False)
    url = started.headers["location"]
    web.post(url + "/answer", data={"answer": STORY})
    card = web.post(url + "/close", data={"questions": ""})
    assert card.status_code == 200
    found = re.search(r"Plan: ticked week (\d+), Mock 2: a behavioral interview", card.text)
    assert found and f'href="/plan/week/{found[1]}"' in card.text
    assert "Plan: ticked week" in web.get(url).text  # on the timeline too
