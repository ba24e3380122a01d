"""The home page: the four hiring-filter gauges, the mistakes detected and the top three
next actions, each linking to the page that does it. Thin: `pivotprep.readiness.service`
computes everything; this module only links each NextStep and renders."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from pivotprep.core.errors import NextStep
from pivotprep.web.deps import SessionDep
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


@router.get("/")
def home(request: Request, session: SessionDep) -> Response:
    from pivotprep.profile.service import get_profile
    from pivotprep.readiness.service import CAP_ABOVE_WEAKEST, readiness

    if get_profile(session) is None:
        return RedirectResponse("/profile", status_code=303)
    result = readiness(session)
    context = {"r": result, "href": href, "label": label, "cap": CAP_ABOVE_WEAKEST}
    return render(request, "readiness/home.html", context)
