"""A real browser on a SQL problem page: the query is typed in editor.js's editor (SQL
keywords coloured whatever their case, comments, bracket pairs, line numbers, Enter
keeping the indentation), Run sends the typed text, and the verdict comes back."""

from __future__ import annotations

import pytest

from tests.browser import chromium, served_app

QUERY = (
    "select c.full_name as customer_name,\n"
    "    r.full_name AS referrer_name\n"
    "from customers c\n"
    "JOIN customers r on (r.customer_id = c.referred_by) -- who brought whom"
)


@pytest.fixture
def server(tmp_path):
    with served_app(tmp_path / "home") as url:
        yield url


@pytest.mark.browser
def test_a_query_typed_in_the_editor_is_coloured_and_judged(server):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto(server + "/sql/sql-referral-pairs")
        page.wait_for_selector(".ed.ed-on #query")
        editor = page.locator("#query")
        editor.fill("")
        editor.type("select c.full_name as customer_name,")
        editor.press("Enter")
        editor.press("Tab")
        editor.type("r.full_name AS referrer_name")
        editor.press("Enter")
        assert editor.input_value().endswith("referrer_name\n    ")  # kept
        editor.press("Shift+Tab")
        editor.type("from customers c")
        editor.press("Enter")
        editor.type("JOIN customers r on (r.customer_id = c.referred_by)")
        page.wait_for_selector(".ed-view .tok-bracket >> nth=1")
        pair = page.locator(".ed-view .tok-bracket")
        assert [pair.nth(0).inner_text(), pair.nth(1).inner_text()] == ["(", ")"]
        editor.type(" -- who brought whom")
        assert editor.input_value() == QUERY

        page.wait_for_selector(".ed[data-lines='4'] .tok-comment")
        assert page.inner_text(".ed-lines").split() == ["1", "2", "3", "4"]
        keywords = page.locator(".ed-view .tok-keyword").all_inner_texts()
        assert {"select", "as", "AS", "from", "JOIN", "on"} <= set(keywords)
        assert "customers" not in keywords and "full_name" not in keywords
        assert page.locator(".ed-view .tok-comment").all_inner_texts() == ["-- who brought whom"]

        page.click("form.sql-editor button[type=submit]")
        page.wait_for_selector("#results h2")
        assert page.inner_text("#results h2").strip().lower().startswith("correct")
        assert page.locator("#query").input_value() == QUERY  # the typed text was sent
        page.wait_for_selector(".ed.ed-on #query")


@pytest.mark.browser
def test_the_explore_editor_colours_comments_strings_and_skips_them_when_pairing(server):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto(server + "/sql/explore")
        page.wait_for_selector(".ed.ed-on #query")
        editor = page.locator("#query")
        editor.fill("SELECT 'it''s (' AS s /* a\n( note */\nfROM t WHERE (x IN (1, 2.5))")
        page.wait_for_selector(".ed[data-lines='3'] .tok-comment >> nth=1")
        view = page.locator(".ed-view")
        assert view.locator(".tok-string").all_inner_texts() == ["'it''s ('"]
        assert view.locator(".tok-comment").all_inner_texts() == ["/* a", "( note */"]
        assert view.locator(".tok-number").all_inner_texts() == ["1", "2.5"]
        assert {"SELECT", "AS", "fROM", "WHERE", "IN"} <= set(
            view.locator(".tok-keyword").all_inner_texts()
        )
        editor.press("Control+End")  # after the last ")": it pairs with the "(" after WHERE
        page.wait_for_selector(".ed-view .tok-bracket >> nth=1")
        last = page.locator(".ed-ln").nth(2)
        assert last.locator(".tok-bracket").count() == 2
        html = last.inner_html()
        assert '<span class="tok-keyword">WHERE</span> <span class="tok-bracket">(</span>x' in html
        assert '<span class="tok-keyword">IN</span> (<span class="tok-number">1' in html
