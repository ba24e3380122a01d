"""Server mode's mentoring pages: a learner asks for a review of one item and reads the
comments beside the sentences they are on; a mentor works through the queue of what
learners share with them, comments on a sentence or line and says where it stands; the
cohort view shows each sharing learner's readiness and plan progress.

Mounted with the other server pages (`web/server.py`); local mode has none of them. The
rules (who sees which request) live in `server.service`; these routes only render.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pivotprep.core.db import session_scope
from pivotprep.core.errors import LockedError
from pivotprep.server import service
from pivotprep.web.deps import SessionDep
from pivotprep.web.render import render

router = APIRouter()
Kind = Annotated[str, Form(max_length=20)]
Body = Annotated[str, Form(max_length=8000)]


def _who(request: Request, *roles: str) -> service.Identity:
    identity: service.Identity | None = request.scope.get("state", {}).get("identity")
    if identity is None or identity.role not in roles:
        raise LockedError(f"This page is for {' and '.join(r + 's' for r in roles)}.")
    return identity


def _see(path: str) -> Response:
    return RedirectResponse(path, status_code=303)


@router.get("/reviews", response_class=HTMLResponse)
def my_reviews(request: Request) -> Response:
    identity = _who(request, "learner")
    with session_scope(request.app.state.base_engine) as session:
        rows = service.learner_requests(session, identity.account_id)
        kinds = service.shared_kinds(session, identity.account_id)
    context = {"rows": rows, "kinds": sorted(kinds), "reviewable": service.REVIEWABLE}
    return render(request, "server/reviews.html", context)


@router.post("/reviews")
def ask(
    request: Request,
    db: SessionDep,
    kind: Kind,
    item_id: Annotated[int, Form(ge=1, lt=2**31)],
) -> Response:
    identity = _who(request, "learner")
    with session_scope(request.app.state.base_engine) as session:
        new_id = service.request_review(session, db, identity.account_id, kind, item_id)
    return _see(f"/reviews/{new_id}")


@router.get("/reviews/{request_id:int}", response_class=HTMLResponse)
def my_review(request: Request, request_id: int) -> Response:
    identity = _who(request, "learner")
    with session_scope(request.app.state.base_engine) as session:
        review = service.learner_review(session, identity.account_id, request_id)
    return render(request, "server/review.html", {"review": review, "mentor": False})


@router.post("/reviews/{request_id:int}/close")
def close(request: Request, request_id: int) -> Response:
    identity = _who(request, "learner")
    with session_scope(request.app.state.base_engine) as session:
        service.close_review(session, identity.account_id, request_id)
    return _see(f"/reviews/{request_id}")


@router.post("/reviews/{request_id:int}/again")
def again(request: Request, db: SessionDep, request_id: int) -> Response:
    identity = _who(request, "learner")
    with session_scope(request.app.state.base_engine) as session:
        new_id = service.request_again(session, db, identity.account_id, request_id)
    return _see(f"/reviews/{new_id}")


@router.get("/mentor/reviews", response_class=HTMLResponse)
def queue(request: Request, done: bool = False) -> Response:
    identity = _who(request, "mentor")
    with session_scope(request.app.state.base_engine) as session:
        rows = service.mentor_queue(session, identity.account_id, done=done)
        times = service.review_times(session, identity.account_id)
    context = {"rows": rows, "times": times, "done": done, "wait": service.duration_text}
    return render(request, "server/queue.html", context)


@router.get("/mentor/reviews/{request_id:int}", response_class=HTMLResponse)
def review(request: Request, request_id: int) -> Response:
    identity = _who(request, "mentor")
    with session_scope(request.app.state.base_engine) as session:
        found = service.mentor_review(session, identity.account_id, request_id)
    return render(request, "server/review.html", {"review": found, "mentor": True})


@router.post("/mentor/reviews/{request_id:int}/comments")
def comment(
    request: Request,
    request_id: int,
    anchor: Annotated[int, Form(ge=0, lt=100_000)],
    body: Body,
) -> Response:
    identity = _who(request, "mentor")
    with session_scope(request.app.state.base_engine) as session:
        service.add_comment(session, identity.account_id, request_id, anchor, body)
    return _see(f"/mentor/reviews/{request_id}#unit-{anchor + 1}")


@router.post("/mentor/reviews/{request_id:int}/status")
def mark(request: Request, request_id: int, status: Kind) -> Response:
    identity = _who(request, "mentor")
    with session_scope(request.app.state.base_engine) as session:
        service.set_status(session, identity.account_id, request_id, status)
    return _see(f"/mentor/reviews/{request_id}")


def _cohort_page(request: Request, mentor_id: int | None) -> Response:
    base = request.app.state.base_engine
    with session_scope(base) as session:
        rows = service.cohort(session, lambda i: service.learner_engine(base, i), mentor_id)
        times = service.review_times(session, mentor_id)
    context = {"rows": rows, "times": times, "wait": service.duration_text, "mentor": mentor_id}
    return render(request, "server/cohort.html", context)


@router.get("/mentor/cohort", response_class=HTMLResponse)
def mentor_cohort(request: Request) -> Response:
    return _cohort_page(request, _who(request, "mentor").account_id)


@router.get("/admin/cohort", response_class=HTMLResponse)
def admin_cohort(request: Request) -> Response:
    _who(request, "admin")
    return _cohort_page(request, None)
