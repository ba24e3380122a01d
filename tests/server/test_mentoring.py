"""Mentoring on real PostgreSQL, two mentors and two learners: review requests, comments
anchored to a sentence, statuses, review times, the cohort view, and who sees what."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from pivotprep.core.db import schema_engine, session_scope
from pivotprep.server import service
from pivotprep.server.models import ReviewRequest
from tests.server.mentoring import ask, cohort, comment, learner_post, mark, share
from tests.server.test_isolation import MARKER

pytestmark = pytest.mark.postgres
BUTTON = "Ask a mentor to review"
GRACE, ALAN, ADA, BOB = 1, 2, 3, 4


def unit(page: str, n: int) -> str:
    """The HTML of sentence or line `n` (1-based) of a review page, comments included."""
    found = re.search(rf'<li id="unit-{n}"[^>]*>(.*?)</li>', page, re.S)
    assert found, page[:2000]
    return found.group(1)


def test_the_button_shows_only_for_kinds_shared_with_a_mentor(user):
    grace, alan, ada, bob = cohort(user)
    assert BUTTON not in ada.get("/stories/1").text
    refused = ask(ada, "stories", 1)
    assert refused.status_code == 423 and "share stories with a mentor" in refused.text
    share(ada, GRACE, "applications")  # shared, but nothing a mentor reviews
    assert BUTTON not in ada.get("/stories/1").text
    share(ada, GRACE, "stories")
    assert BUTTON in ada.get("/stories/1").text
    assert BUTTON not in bob.get("/stories/1").text  # bob shares nothing


def test_a_mentor_sees_only_requests_of_kinds_shared_with_them(user):
    grace, alan, ada, bob = cohort(user)
    share(ada, GRACE, "stories")
    asked = ask(ada, "stories", 1)
    assert (asked.status_code, asked.headers["location"]) == (303, "/reviews/1")
    assert ask(ada, "stories", 1).headers["location"] == "/reviews/1"  # no duplicate
    queue = grace.get("/mentor/reviews").text
    assert f"Story: {MARKER} story" in queue and "ada" in queue and "Waiting" in queue
    assert MARKER not in alan.get("/mentor/reviews").text  # shared with grace only
    assert alan.get("/mentor/reviews/1").status_code == 404
    assert MARKER in grace.get("/mentor/reviews/1").text
    # another learner reaches neither the request nor its page
    assert bob.get("/reviews/1").status_code == 404
    assert MARKER not in bob.get("/reviews").text
    # revoking the share hides the queued item at once
    share(ada, GRACE, "plan")
    assert MARKER not in grace.get("/mentor/reviews").text
    assert grace.get("/mentor/reviews/1").status_code == 404
    assert comment(grace, 1, 0, "Too late").status_code == 404


def test_a_comment_stays_on_its_sentence_after_the_story_changes(user, server_engine):
    grace, alan, ada, bob = cohort(user)
    share(ada, GRACE, "stories")
    ask(ada, "stories", 1)
    sentence = unit(grace.get("/mentor/reviews/1").text, 2)
    assert "I was asked to find out why." in sentence
    assert comment(grace, 1, 1, "Who asked you? Name the role.").status_code == 303
    with session_scope(schema_engine(server_engine, f"learner_{ADA}")) as db:
        from pivotprep.stories.service import get_story

        get_story(db, 1).text = "A completely different story now. Nothing matches."
    page = ada.get("/reviews/1").text
    assert "Who asked you? Name the role." in unit(page, 2)
    assert "I was asked to find out why." in unit(page, 2)
    assert "Who asked you?" not in unit(page, 1) + unit(page, 3)
    assert "In review" in page


def test_comments_are_checked(user):
    grace, alan, ada, bob = cohort(user)
    share(ada, GRACE, "stories")
    ask(ada, "stories", 1)
    out_of_range = comment(grace, 1, 99, "Nowhere")
    assert out_of_range.status_code == 422 and "from 1 to 4" in out_of_range.text
    assert comment(grace, 1, 0, "   ").status_code == 422
    assert ada.get("/mentor/reviews/1").status_code == 423  # a learner is no mentor
    no_token = grace.post("/mentor/reviews/1/comments", data={"anchor": "0", "body": "x"})
    assert no_token.status_code == 403


def test_statuses_close_and_ask_again(user):
    grace, alan, ada, bob = cohort(user)
    share(ada, GRACE, "stories")
    share(ada, ALAN, "stories")
    ask(ada, "stories", 1)
    assert mark(alan, 1, "changes").status_code == 303  # any mentor it is shared with
    assert "Changes suggested" in ada.get("/reviews/1").text
    again = learner_post(ada, "/reviews/1/again")
    assert again.headers["location"] == "/reviews/2"
    assert "Done" in ada.get("/reviews/1").text and "Waiting" in ada.get("/reviews/2").text
    assert comment(grace, 1, 0, "On the old one").status_code == 409
    assert learner_post(bob, "/reviews/2/close").status_code == 404  # not bob's
    assert learner_post(ada, "/reviews/2/close").status_code == 303
    assert "Done" in ada.get("/reviews/2").text
    assert "Story" not in grace.get("/mentor/reviews").text  # nothing open
    assert "Story" in grace.get("/mentor/reviews?done=1").text
    assert mark(grace, 2, "waiting").status_code == 422


def test_review_times_use_the_first_answer(user, server_engine):
    grace, alan, ada, bob = cohort(user)
    share(ada, GRACE, "stories")
    share(bob, GRACE, "stories")
    ask(ada, "stories", 1)
    ask(bob, "stories", 1)
    comment(grace, 1, 0, "A first answer")
    now = datetime.now(UTC)
    with session_scope(server_engine) as session:
        session.execute(
            update(ReviewRequest)
            .where(ReviewRequest.id == 1)
            .values(requested_at=now - timedelta(hours=5), answered_at=now - timedelta(hours=2))
        )
        session.execute(
            update(ReviewRequest)
            .where(ReviewRequest.id == 2)
            .values(requested_at=now - timedelta(days=2, hours=1))
        )
    with session_scope(server_engine) as session:
        times = service.review_times(session, GRACE)
        assert (times.answered, times.median, times.waiting) == (1, timedelta(hours=3), 1)
        assert times.oldest_waiting is not None and times.oldest_waiting >= timedelta(days=2)
        assert service.review_times(session, ALAN).answered == 0  # alan sees no request
    queue = grace.get("/mentor/reviews").text
    assert "3 h 0 min" in queue and "2 days 1 h" in queue
    admin = user("root", "admin")
    assert "3 h 0 min" in admin.get("/admin").text


def test_the_cohort_view_shows_only_what_learners_share(user):
    grace, alan, ada, bob = cohort(user)
    share(ada, GRACE, "readiness", "plan")
    share(bob, GRACE, "stories")  # nothing of the cohort view
    share(bob, ALAN, "plan")
    ada.get("/plan")  # the plan is made when first opened
    bob.get("/plan")
    view = grace.get("/mentor/cohort").text
    assert '<h2 id="learner-1">ada</h2>' in view and "Readiness" in view
    assert "Behavioral" in view and "tasks done" in view
    assert ">bob<" not in view
    alans = alan.get("/mentor/cohort").text
    assert ">bob<" in alans and ">ada<" not in alans and "Readiness" not in alans
    assert "tasks done" in alans
    admin = user("root", "admin")
    everyone = admin.get("/admin/cohort").text
    assert ">ada<" in everyone and ">bob<" in everyone
    assert ada.get("/mentor/cohort").status_code == 423
    share(ada, GRACE)
    assert ">ada<" not in grace.get("/mentor/cohort").text
    cy = user("cyd", "learner")  # shares before writing anything: no profile, no plan
    share(cy, ALAN, "readiness", "plan")
    fresh = alan.get("/mentor/cohort").text
    assert ">cyd<" in fresh and "Too little evidence" in fresh and "No plan yet." in fresh


def test_a_learner_lists_only_their_own_requests(user):
    grace, alan, ada, bob = cohort(user)
    share(ada, GRACE, "stories")
    share(bob, GRACE, "stories")
    ask(ada, "stories", 1)
    ask(bob, "stories", 1)
    mine = bob.get("/reviews").text
    assert "Lost parcels" in mine and MARKER not in mine
    both = grace.get("/mentor/reviews").text
    assert "Lost parcels" in both and MARKER in both


def test_asking_again_and_again_is_bounded_per_day(user, server_engine):
    from pivotprep.server.reviews import MAX_PER_DAY

    grace, alan, ada, bob = cohort(user)
    share(ada, GRACE, "stories")
    for n in range(1, MAX_PER_DAY + 1):
        assert ask(ada, "stories", 1).headers["location"] == f"/reviews/{n}"
        assert learner_post(ada, f"/reviews/{n}/close").status_code == 303
    refused = ask(ada, "stories", 1)
    assert refused.status_code == 409 and "ask again tomorrow" in refused.text
    with session_scope(server_engine) as session:  # a day later, the learner may ask again
        day_ago = datetime.now(UTC) - timedelta(days=1, minutes=1)
        session.execute(update(ReviewRequest).values(requested_at=day_ago))
    assert ask(ada, "stories", 1).headers["location"] == f"/reviews/{MAX_PER_DAY + 1}"
    assert ask(bob, "stories", 1).status_code == 423  # bob's own rules: he shares nothing
