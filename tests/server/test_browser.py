"""Mentoring in a real browser (Debian's chromium under Playwright) against `pivotprep
serve --server` on PostgreSQL: a learner writes a story, shares stories with a mentor and
asks for a review; the mentor finds it in the queue and comments on one sentence; the
learner sees the comment beside that sentence. Each page of the way then passes the axe
audit and fits a phone, as every main page of the app does."""

from __future__ import annotations

import pytest

from pivotprep.core.db import session_scope
from pivotprep.server.service import create_account
from tests.a11y import audit
from tests.browser import chromium, served_app
from tests.server.conftest import PASSWORD

pytestmark = pytest.mark.postgres
STORY = (
    "Our school's attendance kept falling. The head asked me to find out why. "
    "I met every family and built a tracker. Attendance rose by 12%."
)
REMARK = "Which families? Say how many you met and what you learned."


def log_in(page, url: str, username: str) -> None:
    page.goto(url + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def learner_asks(page, url: str) -> None:
    log_in(page, url, "ada")
    page.goto(url + "/stories/new")
    page.fill("#title", "Attendance")
    page.fill("#text", STORY)
    page.click("button:has-text('Save and analyse')")
    page.wait_for_selector("h1:has-text('Attendance')")
    story_page = page.url
    assert page.locator("text=Ask a mentor to review").count() == 0  # nothing shared yet
    page.goto(url + "/sharing")
    page.check("fieldset:has(legend:has-text('grace')) input[value=stories]")
    page.click("button:has-text('Save for grace')")
    page.wait_for_selector("text=Sharing saved.")
    page.goto(story_page)
    page.click("button:has-text('Ask a mentor to review')")
    page.wait_for_selector("h1:has-text('Story: Attendance')")
    assert "Waiting for a mentor" in page.inner_text("main")


def mentor_comments(page, url: str) -> None:
    log_in(page, url, "grace")
    page.click("nav a:has-text('Reviews')")
    page.wait_for_selector("h1:has-text('Review queue')")
    page.click("a:has-text('Story: Attendance')")
    sentence = page.locator("#unit-3")
    assert "I met every family and built a tracker." in sentence.inner_text()
    sentence.locator("summary").click()
    sentence.get_by_label("Your comment on sentence 3").fill(REMARK)
    sentence.locator("button:has-text('Add comment')").click()
    page.wait_for_selector("#unit-3 .review-comment")


@pytest.mark.browser
def test_a_mentor_comments_on_a_sentence_the_learner_sees_it_there(server_engine, tmp_path):
    with session_scope(server_engine) as session:
        create_account(session, "grace", PASSWORD, "mentor")
        create_account(session, "ada", PASSWORD, "learner")
    database = server_engine.url.render_as_string(hide_password=False)
    with served_app(tmp_path / "home", server_url=database) as url, chromium() as browser:
        learner = browser.new_context().new_page()
        learner_asks(learner, url)
        mentor = browser.new_context().new_page()
        mentor_comments(mentor, url)
        learner.goto(url + "/reviews")
        learner.click("a:has-text('Story: Attendance')")
        anchored = learner.locator("#unit-3")
        assert "I met every family and built a tracker." in anchored.inner_text()
        assert REMARK in anchored.locator(".review-comment").inner_text()
        assert "grace" in anchored.locator(".comment-meta").inner_text()
        for other in ("#unit-1", "#unit-2", "#unit-4"):
            assert REMARK not in learner.locator(other).inner_text()
        assert "In review" in learner.inner_text("main")
        pages = {
            learner: ("/reviews", "/reviews/1", "/stories/1", "/sharing"),
            mentor: ("/mentor/reviews", "/mentor/reviews/1", "/mentor/cohort", "/mentor"),
        }
        for who, paths in pages.items():
            check = browser.new_context()  # the cookies carry the login: no detour by /login
            check.add_cookies(who.context.cookies())
            opened = check.new_page()
            opened.goto(url + paths[1])
            assert opened.url == url + paths[1]
            check.close()
            for path in paths:
                found = audit(browser, url, path, who.context.cookies())
                assert found.blocking == 0, f"{path}: " + "\n".join(found.violations)
                assert found.overflow_px == 0, f"{path} scrolls sideways: {found.too_wide}"
