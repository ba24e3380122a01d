"""The top bar is grouped by hiring filter, and every page in it belongs to a group."""

from __future__ import annotations

from pivotprep import registry


def test_every_top_bar_page_is_in_one_of_the_groups() -> None:
    grouped = [href for _, links in registry.nav_groups() for _, href in links]
    assert sorted(grouped) == sorted(["/", *(href for _, href in registry.nav())])
    assert [name for name, _ in registry.nav_groups()] == list(registry.NAV_GROUPS)
    technical = dict(registry.nav_groups())["Technical"]
    assert {href for _, href in technical} >= {"/practice", "/sql", "/design"}


def test_pages_show_the_groups_and_mark_the_current_page_only(web) -> None:
    page = web.get("/practice")
    assert 'aria-label="Technical"' in page.text and 'aria-label="Culture fit"' in page.text
    top_bar = page.text.split("</header>")[0]
    current = [line for line in top_bar.splitlines() if 'aria-current="page"' in line]
    assert len(current) == 1 and 'href="/practice"' in current[0]
