"""The small-company loop's take-home round: a brief of the role on its 4-hour clock, the
submission through the portfolio check, the walkthrough, a scorecard resting on the check;
and the plan's take-home tasks that point at the briefs and tick when one is handed in."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from pivotprep.core.errors import ConflictError, ValidationError
from pivotprep.mock import service as mock
from pivotprep.mock.loops import loop_specs
from pivotprep.mock.scorecard import score_round
from pivotprep.portfolio import service as portfolio
from pivotprep.portfolio.models import TakeHome
from tests.portfolio.projects import GOOD, write, zip_of

ML = {"dsa": 0.3, "sql": 0.2, "ml": 0.5, "system_design": 0.2}
REPLY = "I would add a schema check on the CSV before training, and a test for each bad field."


@pytest.fixture
def small_profile(session):  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    data = validate_profile(
        target_role="ml-engineer",
        company_sizes="<50",
        hours_per_week=15,
        timeline_months=4,
        start_date="2026-01-05",
    )
    saved = save_profile(session, data)
    session.commit()
    return saved


def test_a_small_loop_with_take_home_replaces_live_coding() -> None:
    live = loop_specs("small", ML, "mid")
    home = loop_specs("small", ML, "mid", take_home=True)
    assert [s.kind for s in live] == ["coding", "behavioral"]
    assert [s.kind for s in home] == ["take-home", "behavioral"]
    assert home[0].minutes == 240
    # only small companies send one instead of live coding
    assert "take-home" not in [s.kind for s in loop_specs("mid", ML, "mid", take_home=True)]


def test_the_round_draws_an_untried_brief_of_the_role(session, small_profile) -> None:
    plan = mock.plan_loop(session, "<50", take_home=True)
    first = plan.rounds[0]
    assert first.spec.kind == "take-home"
    assert portfolio.get_brief(first.item.id).role == "ml-engineer"
    tried = portfolio.start_takehome(session, first.item.id, 4)
    again = mock.plan_loop(session, "<50", take_home=True).rounds[0]
    assert again.item.id != tried.brief.id and not again.item.seen


def test_take_home_round_from_brief_to_scorecard(session, small_profile, tmp_path: Path) -> None:
    loop, row = mock.start_loop(session, "<50", take_home=True)
    opened = row.events[0]
    takehome = portfolio.takehome(session, opened["takehome"])
    assert takehome.brief.id == row.item_id and takehome.hours == 4
    view = mock.view(session, row.id)
    assert "What to hand in" in view.script.opening
    assert 4 * 3600 - 120 < view.remaining <= 4 * 3600  # the brief's wall clock
    reply = mock.ask(session, "What will the reviewer try? What is the goal?", row.id)
    assert "clean slate" in reply.text
    with pytest.raises(ConflictError, match="submit it instead"):
        mock.run(session, "print(1)", row.id)
    with pytest.raises(ConflictError, match="submit it instead"):
        mock.answer(session, "my answer", row.id)
    with pytest.raises(ValidationError, match="Give the project"):
        mock.submit(session, row.id)
    event = mock.submit(session, row.id, path=write(tmp_path / "mine", GOOD), run=False)
    assert event["kind"] == "check"
    assert portfolio.takehome(session, takehome.id).check_id == event["check_id"]
    assert event["late"] is False and event["message"].startswith(f"Check {event['check_id']}")
    with pytest.raises(ConflictError, match="already submitted"):
        mock.submit(session, row.id, path=tmp_path / "mine", run=False)
    pending = mock.view(session, row.id).pending_followup
    assert pending and "cloned" in pending
    while mock.view(session, row.id).pending_followup:
        mock.reply(session, REPLY, row.id)
    closed, card = mock.close(session, "How do you review take-homes?", row.id)
    technical = next(s for s in card.scores if s.scale == "technical")
    assert f"Portfolio check {event['check_id']}" in technical.evidence[0].text
    assert any("Walked through" in e.text for s in card.scores for e in s.evidence)
    assert closed.finished_at is not None


def test_a_take_home_handed_in_on_the_portfolio_page_is_collected(
    session, small_profile, tmp_path: Path
) -> None:
    row = mock.start_single(session, "take-home")
    takehome_id = row.events[0]["takehome"]
    done = portfolio.submit_takehome(
        session, takehome_id, path=write(tmp_path / "p", GOOD), run=False
    )
    with pytest.raises(ConflictError, match="submit without a project"):
        mock.submit(session, row.id, path=tmp_path / "p", run=False)
    event = mock.submit(session, row.id)
    assert event["check_id"] == done.id


def _check(score: int, **extra: object) -> dict[str, object]:
    return {"kind": "check", "t": 60.0, "check_id": 7, "score": score, **extra}


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_check(90), 4),
        (_check(74), 3),
        (_check(50), 2),
        (_check(30), 1),
        (_check(90, late=True), 3),
        (_check(80, blocked=["Installs from a clean slate"]), 2),
        (_check(40, blocked=["Tests pass in the clean room"]), 1),
    ],
)
def test_the_technical_score_rests_on_the_check(event, expected) -> None:
    card = score_round("take-home", [{"kind": "opened", "t": 0.0}, event], 240)
    assert card.value("technical") == expected


def test_nothing_submitted_scores_low_everywhere() -> None:
    card = score_round("take-home", [{"kind": "opened", "t": 0.0}], 240)
    assert card.value("technical") == 1 and not card.advance
    assert any("Nothing was submitted" in e.text for s in card.scores for e in s.evidence)


def test_late_submission_is_marked_in_the_round(session, small_profile, tmp_path: Path) -> None:
    row = mock.start_single(session, "take-home")
    stored = session.get(TakeHome, row.events[0]["takehome"])
    stored.started_at = stored.started_at - timedelta(hours=5)
    session.flush()
    assert mock.view(session, row.id).remaining < 0
    event = mock.submit(session, row.id, path=write(tmp_path / "late", GOOD), run=False)
    assert event["late"] is True and "after the clock ran out" in event["message"]


def test_handing_in_ticks_the_plans_take_home_task(session, small_profile, tmp_path: Path) -> None:
    from pivotprep.plan.service import get_task, task_page

    tasks = portfolio.takehome_tasks(session)
    assert tasks and all(t.status == "open" for t in tasks)
    assert task_page(get_task(session, tasks[0].id)) == "/portfolio/briefs"
    view = portfolio.start_takehome(session, "churn-api", 4)
    result = portfolio.submit_takehome(
        session, view.id, path=write(tmp_path / "x", GOOD), run=False
    )
    assert result.plan_task is not None and result.plan_task.id == tasks[0].id
    assert get_task(session, tasks[0].id).status == "done"


def test_without_a_profile_there_is_no_plan_task(session, tmp_path: Path) -> None:
    assert portfolio.takehome_tasks(session) == []
    view = portfolio.start_takehome(session, "churn-api", 4)
    done = portfolio.submit_takehome(session, view.id, path=write(tmp_path / "y", GOOD), run=False)
    assert done.plan_task is None


def test_cli_take_home_round(cli, tmp_path: Path) -> None:
    started = cli("mock", "round", "take-home", "--item", "orders-etl")
    assert started.exit_code == 0, started.output
    assert "What to hand in" in started.output and "mock submit PATH" in started.output
    project = write(tmp_path / "etl", GOOD)
    sent = cli("mock", "submit", str(project), "--static-only")
    assert sent.exit_code == 0, sent.output
    assert "Check 1:" in sent.output and "portfolio show 1" in sent.output
    assert "The interviewer asks:" in sent.output
    twice = cli("mock", "submit", str(project), "--static-only")
    assert twice.exit_code == 2 and "already submitted" in twice.output
    briefs = cli("portfolio", "briefs")
    assert briefs.exit_code == 0


def test_web_take_home_round(web, tmp_path: Path) -> None:
    started = web.post(
        "/mock/rounds", data={"kind": "take-home", "item": "churn-api"}, follow_redirects=False
    )
    assert started.status_code == 303
    url = started.headers["location"]
    page = web.get(url)
    assert "The brief" in page.text and "4-hour clock" in page.text
    assert 'action="' + url + '/submit"' in page.text
    empty = web.post(url + "/submit", data={"run": ""})
    assert empty.status_code == 422 and "Give the project" in empty.text
    archive = zip_of(tmp_path / "churn.zip", GOOD)
    sent = web.post(
        url + "/submit",
        data={"run": ""},
        files={"file": ("churn.zip", archive.read_bytes(), "application/zip")},
    )
    assert sent.status_code == 200 and "Check 1:" in sent.text
    assert 'href="/portfolio/checks/1"' in sent.text
    assert "Walk me through it" in sent.text  # the walkthrough's first follow-up


def test_every_plan_page_named_in_the_content_exists(web) -> None:
    from pivotprep.plan.tracks import load_tracks

    pages = {
        item.page
        for track in load_tracks().values()
        for item in (*track.items, *track.filler)
        if item.page
    }
    assert {"/portfolio/briefs", "/mock", "/practice", "/design", "/stories"} <= pages
    for page in sorted(pages):
        assert web.get(page).status_code == 200, page


def test_the_week_page_links_a_task_to_where_it_is_practised(web) -> None:
    web.post(
        "/profile",
        data={
            "target_role": "ml-engineer",
            "company_sizes": "<50",
            "hours_per_week": "15",
            "timeline_months": "4",
            "start_date": "2026-01-05",
        },
    )
    week = web.get("/plan/week/1")
    assert week.status_code == 200
    assert 'class="task-page" href="/' in week.text
