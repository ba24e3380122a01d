"""A real browser against the served app: the practice countdown ticks and submits, the
story form switches between free text and S/T/A/R boxes, and pasted script stays text."""

from __future__ import annotations

import os

import pytest

from tests.browser import chromium, served_app
from tests.stories.conftest import GOOD_STORY

SHOTS = os.environ.get("PIVOTPREP_E2E_SCREENSHOT_DIR")  # set to keep pictures of the pages


@pytest.fixture
def server(tmp_path):
    with served_app(tmp_path / "home") as url:
        yield url


@pytest.mark.browser
def test_countdown_form_modes_and_escaping_in_a_browser(server):
    with chromium() as browser:
        # bypass_csp: wait_for_function evaluates a string, which the app's CSP forbids
        page = browser.new_page(viewport={"width": 1200, "height": 1400}, bypass_csp=True)
        alerts: list[str] = []
        page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))

        page.goto(server + "/stories/new")
        assert page.is_visible("#text") and not page.is_visible("#situation")
        page.check("input[name=mode][value=fields]")
        assert page.is_visible("#situation") and not page.is_visible("#text")
        page.check("input[name=mode][value=text]")
        page.fill("#title", "Attendance <script>alert('t')</script>")
        page.fill("#text", GOOD_STORY + " <img src=x onerror=alert('x')>")
        page.check("input[name=signals][value=data-driven]")
        page.click("button[type=submit]")
        page.wait_for_url("**/stories/1")
        assert "<img src=x onerror=alert('x')>" in page.inner_text(".story-text")
        assert page.locator(".badge.label-A").count() >= 1
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/stories-show.png", full_page=True)

        page.goto(server + "/stories/practice?question=q001&seconds=60")
        assert page.inner_text(".countdown-clock") == "1:00"
        page.type("#answer", "At my school attendance was poor. ")
        page.wait_for_function(
            "document.querySelector('.countdown-clock').textContent !== '1:00'",
            timeout=15000,
        )
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/stories-practice.png", full_page=True)
        page.fill("#answer", GOOD_STORY)
        page.select_option("#story_id", "1")
        page.click("#practice-form button[type=submit]")
        page.wait_for_selector("text=Attempt #1")
        taken = page.inner_text("main")
        assert "s of 60 s" in taken
        assert alerts == []
