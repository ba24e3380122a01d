"""Shared steps of the mentoring tests: a cohort of two mentors and two learners, sharing,
asking for a review, commenting and marking, all through the pages as a browser sends
them (with the login's CSRF token)."""

from __future__ import annotations

from tests.server.conftest import csrf_of
from tests.server.test_isolation import MARKER, seed

BOB_STORY = (
    "Our warehouse kept losing parcels. I had to find the leak. "
    "I mapped every scan point and fixed two. Losses fell by half."
)


def share(client, mentor_id: int, *kinds: str):
    token = csrf_of(client, "/sharing")
    return client.post(f"/sharing/{mentor_id}", data={"kind": list(kinds), "csrf_token": token})


def ask(client, kind: str, item_id: int):
    """Ask for a review as the item page's button does; the response (a redirect)."""
    data = {"kind": kind, "item_id": str(item_id), "csrf_token": csrf_of(client, "/sharing")}
    return client.post("/reviews", data=data, follow_redirects=False)


def learner_post(client, path: str):
    data = {"csrf_token": csrf_of(client, "/sharing")}
    return client.post(path, data=data, follow_redirects=False)


def comment(client, request_id: int, anchor: int, body: str):
    data = {"anchor": str(anchor), "body": body, "csrf_token": csrf_of(client, "/mentor")}
    return client.post(f"/mentor/reviews/{request_id}/comments", data=data, follow_redirects=False)


def mark(client, request_id: int, status: str):
    data = {"status": status, "csrf_token": csrf_of(client, "/mentor")}
    return client.post(f"/mentor/reviews/{request_id}/status", data=data, follow_redirects=False)


def cohort(user):
    """grace (1) and alan (2) mentor; ada (3) and bob (4) learn, each with a profile and
    one story (only ada's carries MARKER)."""
    grace, alan = user("grace", "mentor"), user("alan", "mentor")
    ada, bob = user("ada", "learner"), user("bob", "learner")
    seed(ada, f"Ada {MARKER}", rich=True)
    seed(bob, "Bob", rich=False)
    data = {"title": "Lost parcels", "text": BOB_STORY, "mode": "text"}
    data["csrf_token"] = csrf_of(bob, "/sharing")
    assert bob.post("/stories/new", data=data, follow_redirects=False).status_code == 303
    return grace, alan, ada, bob
