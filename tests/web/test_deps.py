"""The request's database session commits before the response leaves.

If the commit ran after the response (FastAPI's default for dependencies with yield), a
browser following a POST's redirect could load the next page before the write landed,
and a commit that fails would already have been answered with a success.
"""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session


def test_a_failed_commit_is_never_answered_with_a_redirect(web, monkeypatch: pytest.MonkeyPatch):
    def failing_commit(self: Session) -> None:
        raise OperationalError("COMMIT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(Session, "commit", failing_commit)
    response = web.post(
        "/stories/new",
        data={"title": "Attendance", "text": "At my school attendance was poor.", "mode": "text"},
        follow_redirects=False,
    )
    assert response.status_code != 303
    assert "could not complete the operation" in response.text
    assert "disk I/O error" in response.text


def test_the_page_after_a_redirect_shows_what_was_just_saved(web):
    response = web.post(
        "/stories/new",
        data={"title": "Attendance", "text": "At my school attendance was poor.", "mode": "text"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = web.get(response.headers["location"])
    assert page.status_code == 200 and "At my school attendance was poor." in page.text
