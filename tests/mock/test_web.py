"""The /mock pages through the real app: planner, round page, refusals that keep what was
typed, scorecard evidence linked to the timeline, loop debrief, kit, the peer form, the
dashboard card."""

from __future__ import annotations

import re

from tests.mock.conftest import reference


def _start_single(web, kind="coding", item="merge-room-bookings"):  # type: ignore[no-untyped-def]
    response = web.post("/mock/rounds", data={"kind": kind, "item": item}, follow_redirects=False)
    assert response.status_code == 303
    return response.headers["location"]


def test_index_plan_and_the_no_profile_page(web):
    assert "Plan a loop" in web.get("/mock").text
    page = web.get("/mock/plan", params={"size": "500+", "role": "backend-engineer"})
    assert page.status_code == 200 and "Start this loop" in page.text
    assert "Structured behavioral" in page.text
    home = web.get(
        "/mock/plan", params={"size": "<50", "role": "backend-engineer", "take_home": "1"}
    )
    assert (
        "Take-home, then a walkthrough" in home.text and 'name="take_home" value="1"' in home.text
    )
    missing = web.get("/mock/plan", params={"size": "50-500"})
    assert missing.status_code == 422 and "No profile yet" in missing.text
    assert 'href="/profile"' in missing.text


def test_a_round_on_the_web_with_a_refusal_that_keeps_the_code(web):
    url = _start_single(web)
    page = web.get(url)
    assert 'id="mock-clock"' in page.text and "10^5" not in page.text
    asked = web.post(url + "/ask", data={"question": "How many bookings at most?"})
    assert "10^5" in asked.text
    big = web.post(url + "/run", data={"code": "def merge_bookings(b):\n" + "#" * 50_000})
    assert big.status_code == 413 and "#" * 100 in big.text
    ran = web.post(url + "/run", data={"code": reference("merge-room-bookings")})
    assert ran.status_code == 200 and "pass" in ran.text and "ten times larger" in ran.text
    web.post(url + "/note", data={"note": "I would test an empty list"})
    assert web.post(url + "/dance", data={}).status_code == 404
    closed = web.post(url + "/close", data={"questions": "How is on-call shared?"})
    assert closed.status_code == 200 and "Scorecard" in closed.text
    links = re.findall(r'href="(/mock/rounds/\d+#e\d+)"', closed.text)
    assert links, "each score links to its evidence on the timeline"
    timeline = web.get(links[0].split("#")[0])
    assert f'id="{links[0].split("#")[1]}"' in timeline.text


def _profile(web):  # type: ignore[no-untyped-def]
    web.post(
        "/profile",
        data={
            "target_role": "backend-engineer",
            "company_sizes": "<50",
            "hours_per_week": "15",
            "timeline_months": "4",
            "start_date": "2026-01-05",
        },
    )


def test_a_loop_with_its_debrief_and_plan_tasks(web):
    _profile(web)
    started = web.post("/mock/start", data={"size": "<50"}, follow_redirects=False)
    first = started.headers["location"]
    web.post(first + "/close", data={"questions": ""})
    nxt = web.post("/mock/loops/1/next", follow_redirects=False)
    second = nxt.headers["location"]
    assert second != first
    web.post(
        second + "/answer",
        data={"answer": "I led a move of the stock system and we cut errors by half in a quarter."},
    )
    web.post(second + "/close", data={"questions": "What would I own?"})
    loop = web.get("/mock/loops/1")
    assert "Debrief" in loop.text and "Proposed plan tasks" in loop.text
    added = web.post("/mock/loops/1/tasks", follow_redirects=True)
    assert "added to your plan" in added.text


def test_kit_record_form_and_dashboard(web):
    kit = web.get("/mock/kit", params={"kind": "coding", "item": "merge-room-bookings"})
    assert (
        kit.status_code == 200 and "Give only when asked" in kit.text and "@media" not in kit.text
    )
    assert web.get("/mock/kit", params={"kind": "coding", "item": "nope"}).status_code == 404
    bad = web.post(
        "/mock/record",
        data={
            "kind": "coding",
            "technical": "3",
            "problem_solving": "9",
            "communication": "2",
            "advance": "yes",
            "feedback": "Kept this text",
        },
    )
    assert bad.status_code == 422 and "Kept this text" in bad.text
    ok = web.post(
        "/mock/record",
        data={
            "kind": "coding",
            "technical": "3",
            "problem_solving": "2",
            "communication": "2",
            "advance": "no",
        },
        follow_redirects=True,
    )
    assert ok.status_code == 200 and "1</strong> mock(s) done" in ok.text
    _profile(web)
    dashboard = web.get("/dashboard").text
    assert "Mock interviews" in dashboard and "mock(s) done of the 5-10" in dashboard
