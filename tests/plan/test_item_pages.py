"""Every plan item's `page:` is a page of the app (it answers 200), and the work the app
keeps a place for links to it: applications, the resume scan, SQL sets, mocks."""

from __future__ import annotations

from pivotprep.plan.tracks import load_tracks


def _items():  # type: ignore[no-untyped-def]
    for track in load_tracks().values():
        yield from (*track.items, *track.filler)


def test_every_item_page_is_a_page_of_the_app(web):
    pages = sorted({item.page for item in _items() if item.page})
    assert len(pages) >= 10
    for page in pages:
        assert web.get(page).status_code == 200, page


def test_the_application_steps_work_links_to_the_pages_that_keep_it():
    pages = {item.id: item.page for item in load_tracks()["applications"].items}
    assert pages["resume-tailor"] == "/resume"
    assert pages["target-list"] == pages["company-research"] == "/jobs"
    assert {pages["apply-10"], pages["apply-20"], pages["apply-30"]} == {"/jobs/applications"}
    assert pages["referrals-1"] == "/jobs/paths" and pages["coffee-chats"] == "/jobs/contacts"
    assert pages["linkedin"] == ""  # done outside the app: no page pretends to do it
