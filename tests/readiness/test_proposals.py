"""Re-plans proposed by the gauges: when one trails the others, a block of practice on it
is proposed; the learner accepts it (into the plan) or declines it (quiet for a while)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from pivotprep.core.errors import NotFoundError
from pivotprep.readiness import service
from pivotprep.readiness.evidence import AnswerFact, Evidence, StoryFact
from pivotprep.readiness.proposals import GAP, QUIET_DAYS, Answered, proposals
from tests.readiness.histories import NOW, ago, healthy


def weak_behavioral() -> Evidence:
    """The healthy history with stories and answers that miss their result."""
    stories = tuple(StoryFact(i, f"story {i}", ago(7), 30, True, True) for i in range(5))
    answers = tuple(AnswerFact(ago(i + 1), 30.0, 30) for i in range(4))
    return replace(healthy(), stories=stories, answers=answers)


def _gauges(ev: Evidence):  # type: ignore[no-untyped-def]
    return service.compute(ev, NOW).gauges


def test_a_balanced_history_gets_no_proposal() -> None:
    assert proposals(_gauges(healthy()), {}) == []


def test_the_trailing_gauge_gets_more_time() -> None:
    [found] = proposals(_gauges(weak_behavioral()), {})
    assert found.key == "boost-behavioral" and found.step == "stories"
    assert found.others - found.value >= GAP
    assert f"{found.value}%" in found.why and "STAR" in found.title


def test_too_little_evidence_proposes_nothing() -> None:
    assert proposals(_gauges(Evidence(level="mid")), {}) == []


def test_an_answered_proposal_stays_quiet_unless_the_gap_widens() -> None:
    gauges = _gauges(weak_behavioral())
    value = proposals(gauges, {})[0].value
    assert proposals(gauges, {"boost-behavioral": Answered(value, quiet=True)}) == []
    assert proposals(gauges, {"boost-behavioral": Answered(value, quiet=False)})  # quiet over
    widened = {"boost-behavioral": Answered(value + GAP, quiet=True)}
    assert proposals(gauges, widened)  # it fell another GAP points since


@pytest.fixture
def weak(session, monkeypatch):  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    data = validate_profile(
        target_role="data-engineer", company_sizes="50-500", hours_per_week=15, timeline_months=4
    )
    save_profile(session, data)
    monkeypatch.setattr(service, "gather", lambda session, now: weak_behavioral())
    return session


def test_accepting_puts_the_practice_into_the_plan(weak) -> None:
    from pivotprep.plan.service import all_tasks

    [offered] = service.readiness(weak).proposals
    result = service.accept_proposal(weak, offered.key)
    assert result.added and result.task.title == offered.title
    assert result.task.source == "readiness" and result.task.step == "stories"
    _, tasks, _ = all_tasks(weak)
    assert sum(t.hours for t in tasks if t.title.startswith(offered.title[:40])) == offered.hours
    assert service.readiness(weak).proposals == ()  # answered: quiet for a while
    with pytest.raises(NotFoundError, match="No re-plan"):
        service.accept_proposal(weak, offered.key)


def test_declining_keeps_the_plan_and_quiets_the_proposal(weak, monkeypatch) -> None:
    from pivotprep.core import clock

    with pytest.raises(NotFoundError, match="boost-behavioral"):
        service.decline_proposal(weak, "boost-ats")
    message = service.decline_proposal(weak, "boost-behavioral")
    assert f"{QUIET_DAYS} days" in message
    assert service.readiness(weak).proposals == ()
    later = clock.now() + timedelta(days=QUIET_DAYS + 1)
    monkeypatch.setattr(service.clock, "now", lambda: later)
    assert [p.key for p in service.readiness(weak).proposals] == ["boost-behavioral"]


def test_the_home_page_offers_and_takes_the_answer(web, monkeypatch) -> None:
    monkeypatch.setattr(service, "gather", lambda session, now: weak_behavioral())
    web.post(
        "/profile",
        data={
            "target_role": "data-engineer",
            "company_sizes": ["mid"],
            "hours_per_week": "15",
            "timeline_months": "4",
        },
    )
    home = web.get("/")
    assert "Proposed re-plan" in home.text
    assert 'action="/readiness/proposals/boost-behavioral/accept"' in home.text
    bad = web.post("/readiness/proposals/boost-behavioral/maybe")
    assert bad.status_code == 404
    taken = web.post("/readiness/proposals/boost-behavioral/accept")
    assert taken.status_code == 200 and "Gap practice (behavioral)" in taken.text
    assert "Proposed re-plan" not in taken.text


def test_the_cli_offers_and_takes_the_answer(cli, monkeypatch) -> None:
    monkeypatch.setattr(service, "gather", lambda session, now: weak_behavioral())
    made = cli(
        "init", "--role", "data-engineer", "--sizes", "50-500", "--hours", "15", "--months", "4",
        "--no-interactive",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    shown = cli("readiness")
    assert "Proposed re-plan (boost-behavioral)" in shown.output
    assert "pivotprep readiness accept boost-behavioral" in shown.output
    declined = cli("readiness", "decline", "boost-behavioral")
    assert declined.exit_code == 0 and "Not now" in declined.output
    assert "Proposed re-plan" not in cli("readiness").output
    unknown = cli("readiness", "accept", "boost-nothing")
    assert unknown.exit_code == 2 and "No re-plan" in unknown.output
