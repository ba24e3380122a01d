"""The practice pages end to end on a real SQLite file and the real sandbox: the list and
its filters, Run with per-case results and the chart, hints, the lock, the dashboard card."""

from __future__ import annotations

import pytest

from pivotprep.practice.problems import load_pack

pytestmark = pytest.mark.usefixtures("sandbox_level")


def test_web_list_filters_and_problem_page(web):
    page = web.get("/practice", params={"pattern": "linked-list"})
    assert page.status_code == 200
    assert "Reverse the Playlist" in page.text and "Request Rate Limiter" not in page.text
    problem = web.get("/practice/first-repeated-badge")
    assert problem.status_code == 200
    assert 'textarea id="code"' in problem.text and "First Repeated Badge" in problem.text


def test_web_run_shows_cases_diff_and_chart(web):
    wrong = (load_pack("first-repeated-badge").folder / "wrong_truthy.py").read_text()
    page = web.post("/practice/first-repeated-badge/run", data={"code": wrong})
    assert page.status_code == 200
    assert "11/12 passed" in page.text
    assert "wrong answer" in page.text and "expected: 0" in page.text
    good = load_pack("first-repeated-badge").reference_path.read_text()
    page = web.post("/practice/first-repeated-badge/run", data={"code": good})
    assert "12/12 passed" in page.text
    # the chart of both curves; the classes they fit move with load, so they are not asserted
    assert "<svg" in page.text and "running time against input size" in page.text
    assert ">yours: " in page.text and ">reference: " in page.text


def test_web_hostile_text_is_escaped(web):
    page = web.post(
        "/practice/first-repeated-badge/run",
        data={"code": "def first_repeated(scans):\n    return '<script>alert(1)</script>'\n"},
    )
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text


def test_web_hints_lock_and_forced_peek(web):
    web.post("/practice/rate-limiter/start")
    page = web.post("/practice/rate-limiter/hint")
    assert "Hint 1/3" in page.text
    page = web.get("/practice/rate-limiter")
    assert 'id="lock"' in page.text
    page = web.post("/practice/rate-limiter/solution")
    assert page.status_code == 423 and "unlocks in" in page.text
    page = web.post("/practice/rate-limiter/solution", data={"force": "yes"})
    assert page.status_code == 200 and "class RateLimiter" in page.text


def test_dashboard_panel(session):
    from pivotprep.web.practice import panel

    card = panel(session)
    assert card.template == "practice/panel.html"
    assert card.context["practice_stats"].reviews_due == 0


def test_web_errors_name_their_next_step_as_a_link(web):
    page = web.post("/practice/reverse-playlist/solution")  # not started yet
    assert page.status_code == 409 and "You have not started" in page.text
    assert '<a href="/practice/reverse-playlist">Open the problem to start it</a>' in page.text
    missing = web.get("/practice/no-such-problem")
    assert missing.status_code == 404 and "No practice problem" in missing.text
    assert '<a class="button" href="/practice">See all problems</a>' in missing.text
    assert "pivotprep" not in missing.text.split("<main", 1)[-1].split("</main>")[0].lower()
