"""A real browser on the practice page: start the clock, write a solution in the editor
(Tab indents four spaces), press Run once, and read the per-case results."""

from __future__ import annotations

import pytest

from tests.browser import chromium, served_app

SOLUTION = (
    "def first_repeated(scans):\n"
    "seen = set()\n"
    "for badge in scans:\n"
    "if badge in seen:\n"
    "return badge\n"
    "seen.add(badge)\n"
    "return -1\n"
)


@pytest.fixture
def server(tmp_path):
    with served_app(tmp_path / "home") as url:
        yield url


@pytest.mark.browser
def test_write_and_run_a_solution_in_the_browser(server, sandbox_level: str):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto(server + "/practice/first-repeated-badge")
        page.click("form[action$='/start'] button[type=submit]")
        page.wait_for_selector("#code")
        editor = page.locator("#code")
        editor.fill("")
        indents = [0, 1, 1, 2, 3, 2, 1]  # typed with Tab, as a learner would
        for depth, line in zip(indents, SOLUTION.splitlines(), strict=True):
            for _ in range(depth):
                editor.press("Tab")
            editor.type(line)
            editor.press("Enter")
        assert "        if badge in seen:" in editor.input_value()
        page.click("#run-form button[type=submit]")
        page.wait_for_selector("text=Results:")
        heading = page.inner_text("h2:has-text('Results:')")
        assert (
            heading.startswith("Results: ")
            and heading.split()[1].split("/")[0] == (heading.split()[1].split("/")[1])
        ), heading
