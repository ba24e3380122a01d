"""A real browser on the design worksheet: the clock runs, typing is autosaved without a
click, the diagram is drawn by the server, a broken diagram names its line, and a reload
shows everything that was typed."""

from __future__ import annotations

import pytest

from tests.browser import chromium, served_app


@pytest.fixture
def server(tmp_path):  # type: ignore[no-untyped-def]
    with served_app(tmp_path / "home") as url:
        yield url


@pytest.mark.browser
def test_the_worksheet_autosaves_and_draws_the_diagram(server):
    with chromium() as browser:
        # bypass_csp: wait_for_function evaluates a string, which the app's CSP forbids
        page = browser.new_page(viewport={"width": 1200, "height": 1600}, bypass_csp=True)
        page.goto(server + "/design/prompts/url-shortener")
        page.click("form[action$='/start'] button[type=submit]")
        page.wait_for_selector("#worksheet")
        first = page.inner_text(".clock-face")
        page.fill("#text_requirements", "Short links with aliases; 100M DAU.")
        page.click("#text_api")  # leaving the box saves it
        page.wait_for_selector("#save-state:has-text('Saved at')")
        page.fill("#diagram", "flowchart LR\n  a[API] --> b[(Links table)]")
        page.click("#text_deep_dives")
        page.wait_for_selector("#diagram-img:not([hidden])")
        page.wait_for_function("document.getElementById('diagram-img').naturalWidth > 0")
        page.fill("#diagram", "flowchart LR\n  a[API --> b")
        page.click("#text_api")
        page.wait_for_selector("#diagram-error:has-text('Diagram line 2')")
        page.wait_for_function(
            "document.querySelector('.clock-face').textContent !== " + repr(first)
        )
        page.reload()
        assert page.input_value("#text_requirements") == "Short links with aliases; 100M DAU."
        assert page.input_value("#diagram") == "flowchart LR\n  a[API --> b"
        assert "Diagram line 2" in page.inner_text("#diagram-error")
