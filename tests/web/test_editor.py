"""The code editor's wiring, without a browser: every code or query textarea asks for it
with `data-editor`, the pages load its files from /static (no inline script, which the
Content-Security-Policy forbids), and those files are served. What it does once loaded is
tested in a real browser (tests/practice/test_browser.py, tests/sql/test_browser.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import pivotprep.web

TEMPLATES = Path(pivotprep.web.__file__).parent / "templates"
LOADS = ('<script src="/static/editor.js" defer></script>', 'href="/static/editor.css"')


def _textarea(page: str, name: str) -> str:
    found = re.search(rf'<textarea[^>]*\bname="{name}"[^>]*>', page)
    assert found, f"no textarea named {name}"
    return found[0]


def test_every_code_or_query_textarea_in_the_templates_asks_for_the_editor() -> None:
    tags = []
    for template in sorted(TEMPLATES.rglob("*.html")):
        text = template.read_text()
        for tag in re.findall(r'<textarea[^>]*\bname="(?:code|query)"[^>]*>', text):
            tags.append(tag)
            assert "data-editor=" in tag, f"{template.name}: {tag}"
            assert all(load in text for load in LOADS), f"{template.name} does not load the editor"
    assert len(tags) >= 4  # practice, SQL problem, SQL explore, mock round


def test_the_practice_and_explore_pages_mark_their_editors(web) -> None:  # type: ignore[no-untyped-def]
    practice = web.get("/practice/first-repeated-badge").text
    assert 'data-editor="python"' in _textarea(practice, "code")
    explore = web.get("/sql/explore").text
    assert 'data-editor="sql"' in _textarea(explore, "query")
    for page in (practice, explore):
        assert all(load in page for load in LOADS)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "an inline script"


@pytest.mark.parametrize(
    ("kind", "item", "lang"),
    [("coding", "merge-room-bookings", "python"), ("sql", "sql-referral-pairs", "sql")],
)
def test_a_mock_round_colours_its_answer_in_the_rounds_language(web, kind, item, lang) -> None:  # type: ignore[no-untyped-def]
    started = web.post("/mock/rounds", data={"kind": kind, "item": item}, follow_redirects=False)
    assert started.status_code == 303
    page = web.get(started.headers["location"]).text
    tag = _textarea(page, "code")
    assert f'data-editor="{lang}"' in tag and "aria-label=" in tag
    assert all(load in page for load in LOADS)


def test_the_editor_files_are_served_as_script_and_style(web) -> None:  # type: ignore[no-untyped-def]
    script = web.get("/static/editor.js")
    assert script.status_code == 200
    assert "javascript" in script.headers["content-type"]
    assert "textarea[data-editor]" in script.text
    # The CSP has no 'unsafe-eval', and the user's text must never be parsed as HTML.
    for banned in ("eval(", "new Function", "innerHTML", "outerHTML", "insertAdjacentHTML"):
        assert banned not in script.text, banned
    style = web.get("/static/editor.css")
    assert style.status_code == 200 and "text/css" in style.headers["content-type"]
    assert ".tok-keyword" in style.text
