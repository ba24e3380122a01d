"""The home page: the four hiring-filter gauges, the mistakes detected and the top three
next actions, each linking to the page that does it. Thin: `pivotprep.readiness.service`
computes everything; this module only links each NextStep and renders."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from pivotprep.core.errors import NextStep, NotFoundError, UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.render import render

router = APIRouter()


def href(step: NextStep | None) -> str | None:
    """The page a step opens (None when there is none)."""
    from pivotprep.web.next_steps import link

    found = link(step)
    return found[1] if found else None


def label(step: NextStep | None) -> str:
    """The web's words for a step ("See your stories")."""
    from pivotprep.web.next_steps import link

    found = link(step)
    return found[0] if found else ""


def _home(
    request: Request,
    session: Session,
    message: str = "",
    error: UserError | None = None,
    status: int = 200,
) -> Response:
    from pivotprep.readiness.service import CAP_ABOVE_WEAKEST, readiness

    result = readiness(session)
    context = {
        "r": result,
        "href": href,
        "label": label,
        "cap": CAP_ABOVE_WEAKEST,
        "message": message,
        "error": error,
    }
    return render(request, "readiness/home.html", context, status_code=status)


def _no_profile(session: Session) -> bool:
    from pivotprep.profile.service import get_profile

    return get_profile(session) is None


@router.get("/")
def home(request: Request, session: SessionDep) -> Response:
    if _no_profile(session):
        return RedirectResponse("/welcome", status_code=303)
    return _home(request, session)


@router.post("/readiness/fixes/{key}")
def add_fix(request: Request, key: str, session: SessionDep) -> Response:
    """Turn a detected mistake's fix into a plan task, then show the home page again."""
    from pivotprep.readiness.service import add_fix_to_plan

    if _no_profile(session):
        return RedirectResponse("/welcome", status_code=303)
    try:
        result = add_fix_to_plan(session, key[:40])
    except UserError as error:
        session.rollback()
        return _home(request, session, error=error, status=status_for(error))
    return _home(request, session, message=result.message)


@router.post("/readiness/proposals/{key}/{answer}")
def answer_proposal(request: Request, key: str, answer: str, session: SessionDep) -> Response:
    """Accept or decline a proposed re-plan, then show the home page again."""
    from pivotprep.readiness.service import accept_proposal, decline_proposal

    if _no_profile(session):
        return RedirectResponse("/welcome", status_code=303)
    try:
        if answer == "accept":
            message = accept_proposal(session, key[:40]).message
        elif answer == "decline":
            message = decline_proposal(session, key[:40])
        else:
            raise NotFoundError("A proposal is answered with accept or decline.")
    except UserError as error:
        session.rollback()
        return _home(request, session, error=error, status=status_for(error))
    return _home(request, session, message=message)
