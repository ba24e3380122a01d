"""Stories tick the plan's story tasks: a story at the bar ticks the earliest open
"Write STAR story N" task once, a scored practice answer ticks a rehearsal block, and
nothing is ticked (or made) without a plan."""

from __future__ import annotations

import re

from pivotprep.stories import service
from pivotprep.stories.plan_links import BAR
from tests.stories.conftest import GOOD_STORY

WEAK = "I helped my team with some reports and it went well overall, everyone liked it a lot."


def _story(session, title: str = "Attendance", text: str = GOOD_STORY):  # type: ignore[no-untyped-def]
    return service.save_story(
        session, service.validate_story(title=title, text=text, signals=["data-driven"])
    )


def _open(session, item: str) -> list[int]:  # type: ignore[no-untyped-def]
    from pivotprep.plan.service import open_tasks_for_items

    return [t.id for t in open_tasks_for_items(session, "stories", {item})]


def test_a_story_at_the_bar_ticks_story_one_once_and_a_weak_one_nothing(session, profile):
    from pivotprep.plan.service import ensure_plan

    ensure_plan(session)
    story_one = _open(session, "story-1")
    assert story_one
    story, ticked = _story(session)
    assert [t.id for t in ticked] == story_one  # every part of the item
    assert all(t.title.startswith("Write STAR story 1") for t in ticked)
    assert not _open(session, "story-1") and _open(session, "story-2")
    data = service.validate_story(title="Attendance v2", text=GOOD_STORY, signals=["ambiguity"])
    assert service.save_story(session, data, story.id)[1] == []  # saved again: counted once
    weak, ticked = _story(session, "Reports", WEAK)
    assert ticked == []
    assert service.analyze_story(session, weak).analysis.score < BAR  # type: ignore[union-attr]
    _, ticked = _story(session, "Second", GOOD_STORY.replace("41 to 23", "40 to 20"))
    assert ticked and all(t.title.startswith("Write STAR story 2") for t in ticked)


def test_a_scored_practice_answer_ticks_a_rehearsal_block(session, profile):
    from pivotprep.plan.service import ensure_plan

    ensure_plan(session)
    blocks = _open(session, "story-rehearse")
    _, result, ticked = service.submit_practice(session, question_id="q001", answer=GOOD_STORY)
    assert result.analysis is not None and [t.id for t in ticked] == blocks[:1]
    _, _, ticked = service.submit_practice(session, question_id="q001", answer=GOOD_STORY)
    assert [t.id for t in ticked] == blocks[1:2]


def test_without_a_plan_or_a_profile_nothing_is_ticked(session):
    from pivotprep.plan.service import get_plan

    assert _story(session)[1] == []
    assert service.submit_practice(session, question_id="q001", answer=GOOD_STORY)[2] == []
    assert get_plan(session) is None


def test_with_a_profile_but_no_plan_yet_saving_makes_no_plan(session, profile):
    from pivotprep.plan.service import get_plan

    assert _story(session)[1] == []
    assert get_plan(session) is None


def test_the_cli_practice_shows_the_rehearsal_tick(cli):
    assert cli("init", "--role", "data-engineer", "--sizes", "50-500", "--hours", "15",
               "--months", "4", "--no-interactive").exit_code == 0  # fmt: skip
    assert cli("plan", "week", "1").exit_code == 0  # the plan is made
    out = cli("stories", "practice", "--question", "q059", "--answer-file", "-", input=GOOD_STORY)
    assert out.exit_code == 0, out.output
    assert re.search(r"Plan: ticked week \d+, Rehearse stories aloud", " ".join(out.output.split()))


def test_the_story_page_names_the_story_task_its_save_ticked(web):
    web.post("/profile", data={"target_role": "data-engineer", "company_sizes": ["mid"],
                               "hours_per_week": "15", "timeline_months": "4"})  # fmt: skip
    assert web.get("/plan").status_code == 200  # the plan is made
    created = web.post(
        "/stories/new",
        data={"title": "Attendance", "mode": "text", "text": GOOD_STORY, "signals": "data-driven"},
        follow_redirects=False,
    )
    assert created.status_code == 303 and "?closed=" in created.headers["location"]
    page = web.get(created.headers["location"])
    assert "done: Write STAR story 1" in page.text
