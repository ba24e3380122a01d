"""A real browser on the practice page: start the clock, write a solution in the editor
(editor.js: Enter keeps the indentation and adds a level after a colon, Tab and Shift+Tab
indent and dedent, line numbers, colours, bracket pairs), press Run once, and read the
per-case results."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser import chromium, served_app

SOLUTION = (
    "def first_repeated(scans):\n"
    "    seen = set()\n"
    "    for badge in scans:\n"
    "        if badge in seen:\n"
    "            return badge\n"
    "        seen.add(badge)\n"
    "    return -1"
)


@pytest.fixture
def server(tmp_path):
    with served_app(tmp_path / "home") as url:
        yield url


def _depth(line: str) -> int:
    return (len(line) - len(line.lstrip(" "))) // 4


def type_as_a_learner(editor: Any, code: str, given: int = 0) -> None:
    """Type `code` line by line with only the keys a learner would press: the editor gives
    each new line an indentation (`given` levels on the first), and Tab / Shift+Tab correct
    it where the code differs."""
    lines = code.splitlines()
    for number, line in enumerate(lines):
        wanted = _depth(line)
        for _ in range(wanted - given):
            editor.press("Tab")
        for _ in range(given - wanted):
            editor.press("Shift+Tab")
        editor.type(line.lstrip(" "))
        if number < len(lines) - 1:
            editor.press("Enter")
            given = wanted + (1 if line.rstrip().endswith(":") else 0)


def _run_and_read(page: Any) -> str:
    page.click("#run-form button[type=submit]")
    page.wait_for_selector("text=Results:")
    return page.inner_text("h2:has-text('Results:')")


def _all_passed(heading: str) -> bool:
    passed, total = heading.split()[1].split("/")
    return passed == total


@pytest.mark.browser
def test_write_and_run_a_solution_in_the_browser(server, sandbox_level: str):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto(server + "/practice/first-repeated-badge")
        page.click("form[action$='/start'] button[type=submit]")
        page.wait_for_selector("#code")
        editor = page.locator("#code")
        editor.fill("")
        type_as_a_learner(editor, SOLUTION)
        assert editor.input_value() == SOLUTION
        heading = _run_and_read(page)
        assert heading.startswith("Results: ") and _all_passed(heading), heading


@pytest.mark.browser
def test_the_editor_indents_numbers_colours_pairs_and_still_submits(server, sandbox_level: str):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto(server + "/practice/first-repeated-badge")
        page.click("form[action$='/start'] button[type=submit]")
        page.wait_for_selector(".ed.ed-on #code")
        editor = page.locator("#code")
        editor.fill("")
        editor.press("Tab")
        assert editor.input_value() == "    "
        editor.press("Shift+Tab")
        assert editor.input_value() == ""

        editor.type("def first_repeated(scans):")
        editor.press("Enter")
        assert editor.input_value() == "def first_repeated(scans):\n    "  # kept, plus a level
        editor.type("seen = set(")  # the closer is written too; the caret stays inside
        assert editor.input_value().endswith("seen = set()")
        editor.type(")")  # steps over the closer instead of doubling it
        page.wait_for_selector(".ed-view .tok-bracket >> nth=1")
        pair = page.locator(".ed-view .tok-bracket")
        assert [pair.nth(0).inner_text(), pair.nth(1).inner_text()] == ["(", ")"]
        editor.press("Enter")
        assert editor.input_value().endswith("seen = set()\n    ")  # kept
        type_as_a_learner(editor, "\n".join(SOLUTION.splitlines()[2:]), given=1)
        assert editor.input_value() == SOLUTION

        # A selection indents and dedents as a block.
        editor.press("Control+a")
        editor.press("Tab")
        assert editor.input_value() == "\n".join("    " + line for line in SOLUTION.splitlines())
        editor.press("Shift+Tab")
        assert editor.input_value() == SOLUTION

        page.wait_for_selector(".ed[data-lines='7']")
        assert page.inner_text(".ed-lines").split() == [str(n) for n in range(1, 8)]
        keywords = page.locator(".ed-view .tok-keyword").all_inner_texts()
        assert {"def", "for", "in", "if", "return"} <= set(keywords)
        assert "set" in page.locator(".ed-view .tok-builtin").all_inner_texts()
        assert "seen" not in keywords

        # Tab indents inside the editor; Escape, then Tab, moves on (and the hint says so).
        hint_id = editor.get_attribute("aria-describedby")
        assert hint_id and "Escape" in page.inner_text(f"#{hint_id}")
        editor.press("End")
        editor.press("Escape")
        page.keyboard.press("Tab")
        assert page.locator("#code:focus").count() == 0
        assert page.locator("#run-form button[type=submit]:focus").count() == 1
        assert editor.input_value() == SOLUTION

        heading = _run_and_read(page)
        assert _all_passed(heading), heading
        assert page.locator("#code").input_value() == SOLUTION  # the typed text was sent
        page.wait_for_selector(".ed.ed-on #code")


SNIPPET = (
    "@cache\n"
    'def f(a="(", b=0x1F):\n'
    '    """doc (\n'
    '    still"""\n'
    "    return f\"{a!r} )\" + 'x'  # note )"
)


@pytest.mark.browser
def test_the_editor_colours_python_and_pairs_brackets_outside_strings(server):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto(server + "/practice/first-repeated-badge")
        page.click("form[action$='/start'] button[type=submit]")
        page.wait_for_selector(".ed.ed-on #code")
        editor = page.locator("#code")
        editor.fill(SNIPPET)
        page.wait_for_selector(".ed[data-lines='5'] .tok-comment")
        view = page.locator(".ed-view")
        assert view.locator(".tok-decorator").all_inner_texts() == ["@cache"]
        assert view.locator(".tok-number").all_inner_texts() == ["0x1F"]
        assert view.locator(".tok-name").all_inner_texts() == ["f"]
        strings = view.locator(".tok-string").all_inner_texts()
        assert strings == ['"("', '"""doc (', '    still"""', 'f"', ' )"', "'x'"]
        assert view.locator(".tok-interp").all_inner_texts() == ["{a!r}"]
        assert view.locator(".tok-comment").all_inner_texts() == ["# note )"]
        assert view.inner_text().startswith("@cache\ndef f(")  # the text itself, unescaped

        editor.press("Control+Home")
        editor.press("ArrowDown")
        for _ in range(len("def f(")):
            editor.press("ArrowRight")
        # The "(" inside the string and the docstring's "(" are skipped: the pair is the call's.
        line = page.locator(".ed-ln").nth(1)
        page.wait_for_selector(".ed-ln >> nth=1 >> .tok-bracket >> nth=1")
        assert line.locator(".tok-bracket").all_inner_texts() == ["(", ")"]
        assert page.locator(".ed-view .tok-bracket").count() == 2
        assert line.inner_text() == 'def f(a="(", b=0x1F):'
