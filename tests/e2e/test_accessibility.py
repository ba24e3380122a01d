"""Every main page in Debian's chromium, audited with axe-core (WCAG 2.1 A and AA rules):
no critical or serious violation, on a desktop window or a phone screen, and nothing wider
than a 390 px screen (no sideways scrolling). Once on a fresh install, where each page shows
its empty state, and once with data in every feature (see tests/a11y.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.a11y import FRESH_PAGES, SEEDED_PAGES, TODAY, PageAudit, audit, seed
from tests.browser import chromium, served_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One chromium for the module (Playwright's sync API allows one per thread)."""
    with chromium() as started:
        yield started


@pytest.fixture(scope="module")
def seeded(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """The app over a data folder with something in every feature, and the browser."""
    home = tmp_path_factory.mktemp("a11y-seeded") / "home"
    seed(home)
    with served_app(home, PIVOTPREP_TODAY=TODAY) as url:
        yield url, browser


@pytest.fixture(scope="module")
def fresh(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """The app over an empty data folder (a first start), and the browser."""
    home = tmp_path_factory.mktemp("a11y-fresh") / "home"
    with served_app(home, PIVOTPREP_TODAY=TODAY) as url:
        yield url, browser


def _assert_clean(found: PageAudit) -> None:
    assert found.blocking == 0, f"{found.path}: " + "\n".join(found.violations)
    assert found.overflow_px == 0, (
        f"{found.path} is {found.overflow_px} px wider than a 390 px screen: {found.too_wide}"
    )


@pytest.mark.parametrize("path", SEEDED_PAGES)
def test_main_page_with_data_passes_axe_and_fits_a_phone(seeded, path):
    url, browser = seeded
    _assert_clean(audit(browser, url, path))


@pytest.mark.parametrize("path", FRESH_PAGES)
def test_empty_page_of_a_fresh_install_passes_axe_and_fits_a_phone(fresh, path):
    url, browser = fresh
    _assert_clean(audit(browser, url, path))


def test_fresh_install_home_page_says_where_to_start(fresh):
    """The empty state of a first start: the home page is the first of three steps."""
    url, browser = fresh
    page = browser.new_page()
    try:
        page.goto(url + "/")
        assert page.url.endswith("/welcome")
        assert page.locator("main h1").inner_text() == "Welcome to pivotprep"
        assert "Your profile" in page.locator("ol.stepper li[aria-current=step]").inner_text()
        assert page.locator("form[action='/profile'] button[type=submit]").count() == 1
    finally:
        page.close()


def test_keyboard_skips_the_navigation_to_the_form(fresh):
    """The first Tab reaches "Skip to content"; Enter on it, then Tab, is the first field."""
    url, browser = fresh
    page = browser.new_page()
    try:
        page.goto(url + "/profile")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to content"
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "name"
    finally:
        page.close()
