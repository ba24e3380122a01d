"""`pivotprep readiness`, `pivotprep next` and the home page show the same facts."""

from __future__ import annotations

import json
import re

PROFILE = {
    "target_role": "data-engineer",
    "company_sizes": "50-500",
    "hours_per_week": "15",
    "timeline_months": "4",
    "start_date": "2026-03-02",
}
VAGUE = "We had a slow report. I rewrote it and people were happy with it."


def _add_vague_stories(engine) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.core.db import session_scope
    from pivotprep.stories import service as stories

    with session_scope(engine) as session:
        for title in ("Report", "Outage", "Budget"):
            stories.create_story(session, stories.validate_story(title=title, text=VAGUE))


def test_readiness_and_next_on_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.core.db import get_engine

    empty = cli("readiness")
    assert empty.exit_code == 0
    assert "Overall readiness: too little evidence" in empty.output
    assert "no evidence yet" in empty.output
    _add_vague_stories(get_engine())
    data = json.loads(cli("readiness", "--json").stdout)
    assert [g["key"] for g in data["gauges"]] == ["ats", "technical", "behavioral", "culture"]
    states = {m["key"]: m["state"] for m in data["mistakes"]}
    assert len(states) == 6 and states["vague_stories"] == "detected"
    assert states["deployed"] == "no evidence yet"
    # no profile yet: creating one comes first, then what the evidence asks for
    assert [a["step"]["action"] for a in data["next"][:2]] == ["profile.create", "stories.list"]
    shown = cli("next")
    assert shown.exit_code == 0
    assert shown.output.startswith("1. Create your profile")
    assert "\n2. Give each of these stories a result" in shown.output
    assert "pivotprep stories list" in shown.output  # each action names what does it
    assert len(re.findall(r"^\d\. ", shown.output, re.M)) == 3


def test_home_shows_gauges_mistakes_and_linked_next_actions(web, sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    assert web.get("/", follow_redirects=False).headers["location"] == "/welcome"
    web.post("/profile", data=PROFILE)
    _add_vague_stories(sqlite_engine)
    page = web.get("/")
    assert page.status_code == 200
    for name in ("ATS keywords", "Technical", "Behavioral", "Culture fit"):
        assert f"{name}: " in page.text
    assert "no evidence yet" in page.text
    assert "Vague or non-STAR answers</strong>: detected" in page.text
    next_block = page.text.split('id="next"')[1].split("</section>")[0]
    assert next_block.count("<li>") == 3
    assert '<a href="/stories">See your stories</a>' in next_block
    assert 'href="/dashboard"' in page.text  # the plan dashboard stays one click away
    assert "<h1>This week</h1>" in web.get("/dashboard").text


def test_a_detected_mistakes_fix_becomes_a_plan_task_from_the_page(web, sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    web.post("/profile", data=PROFILE)
    _add_vague_stories(sqlite_engine)
    added = web.post("/readiness/fixes/vague_stories")
    assert added.status_code == 200, re.sub(r"<[^>]+>", "", added.text)[:3000]
    assert "Added “Add a measured result" in added.text
    again = web.post("/readiness/fixes/vague_stories")
    assert "is already in your plan" in again.text
    assert "Add a measured result to each vague story" in web.get("/dashboard").text or (
        "Add a measured result to each vague story" in web.get("/plan").text
    )
    clear = web.post("/readiness/fixes/research")
    assert clear.status_code == 409 and "is not detected now" in clear.text
    unknown = web.post("/readiness/fixes/nonsense")
    assert unknown.status_code == 404 and "The six are" in unknown.text


def test_a_fix_from_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.core.db import get_engine

    assert (
        cli(
            "init", "--role", "data-engineer", "--sizes", "50-500", "--hours", "15", "--months", "4"
        ).exit_code
        == 0
    )
    _add_vague_stories(get_engine())
    done = cli("readiness", "fix", "vague_stories")
    assert done.exit_code == 0 and "Added “Add a measured result" in done.output
    refused = cli("readiness", "fix", "research")
    assert refused.exit_code == 2 and "is not detected now" in refused.output
