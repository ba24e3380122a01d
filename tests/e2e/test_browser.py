"""A real browser (Debian's chromium, driven by Playwright) against the real app served by
uvicorn on 127.0.0.1: the first run's profile form, the new plan, then this week's tasks on
the dashboard, tick one."""

from __future__ import annotations

import os

import pytest

from tests.browser import chromium, served_app

SCREENSHOT = os.environ.get("PIVOTPREP_E2E_SCREENSHOT")  # set to a path to keep a picture


@pytest.fixture
def server(tmp_path):
    with served_app(tmp_path / "home", PIVOTPREP_TODAY="2026-01-14") as url:
        yield url


@pytest.mark.browser
def test_profile_form_leads_to_this_weeks_tasks(server):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto(server + "/")
        assert page.locator("h1").inner_text() == "Welcome to pivotprep"
        page.select_option("#target_role", "data-engineer")
        page.check("input[name=company_sizes][value=small]")
        page.fill("#hours_per_week", "16")
        page.fill("#timeline_months", "4")
        page.fill("#start_date", "2026-01-05")
        page.fill("#name", "Sam")
        page.click("button[type=submit]")
        page.wait_for_selector("h1:has-text('Your plan is ready')")
        assert "Step 3 of 3" in page.inner_text("main")
        page.goto(server + "/dashboard")
        page.wait_for_selector("h1:has-text('This week')")
        assert "Week 2 of 17" in page.inner_text("main")
        rows = page.locator("tr.task")
        assert rows.count() >= 3
        first = rows.first
        task_id = first.get_attribute("id")
        first.locator("input[type=checkbox]").check()  # plan.js submits the form
        page.wait_for_selector(f"tr#{task_id}.done")
        assert page.locator("svg.progress-chart rect.done").count() > 0
        if SCREENSHOT:
            page.screenshot(path=SCREENSHOT, full_page=True)
