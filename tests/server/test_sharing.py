"""A learner chooses what each mentor sees; the mentor's page shows exactly that."""

from __future__ import annotations

import pytest

from tests.server.conftest import csrf_of
from tests.server.test_isolation import MARKER, seed

pytestmark = pytest.mark.postgres


def share(client, mentor_id: int, *kinds: str):
    token = csrf_of(client, "/sharing")
    return client.post(f"/sharing/{mentor_id}", data={"kind": list(kinds), "csrf_token": token})


def test_a_mentor_sees_only_what_each_learner_shares_with_them(user):
    grace, other = user("grace", "mentor"), user("alan", "mentor")
    ada, bob = user("ada", "learner"), user("bob", "learner")
    seed(ada, f"Ada {MARKER}", rich=True)
    seed(bob, "Bob", rich=True)
    page = ada.get("/sharing")
    assert "grace" in page.text and "alan" in page.text
    assert share(ada, 1, "stories").status_code == 200
    view = grace.get("/mentor").text
    assert "ada" in view and "Behavioral stories" in view and "1</strong> of" in view
    assert "bob" not in view  # bob shares nothing
    assert "<h3>Applications</h3>" not in view and MARKER not in view
    assert "ada" not in other.get("/mentor").text  # shared with grace, not with alan
    share(ada, 1, "stories", "applications")
    assert "<h3>Applications</h3>" in grace.get("/mentor").text
    share(ada, 1)  # untick everything: the mentor sees nothing again
    assert "ada" not in grace.get("/mentor").text


def test_sharing_refuses_unknown_kinds_and_non_mentors(user):
    user("grace", "mentor")
    ada = user("ada", "learner")
    wrong_kind = share(ada, 1, "passwords")
    assert wrong_kind.status_code == 422 and "Cannot share passwords" in wrong_kind.text
    assert share(ada, 2, "stories").status_code == 404  # account 2 is ada, not a mentor


def test_only_mentors_open_the_mentor_page_and_only_learners_share(user):
    grace, ada = user("grace", "mentor"), user("ada", "learner")
    assert ada.get("/mentor").status_code == 423
    assert grace.get("/sharing", follow_redirects=False).headers["location"] == "/mentor"
