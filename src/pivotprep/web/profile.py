"""Profile pages: the form that creates or edits the candidate profile."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pivotprep.core.errors import ValidationError
from pivotprep.profile import service
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.render import render

router = APIRouter()


def _page(
    request: Request,
    values: service.ProfileForm,
    errors: dict[str, str],
    status: int = 200,
) -> HTMLResponse:
    return render(
        request,
        "profile/form.html",
        {
            "values": values,
            "errors": errors,
            "roles": service.load_roles(),
            "sizes": service.load_company_sizes(),
            "domains": service.DOMAINS,
        },
        status_code=status,
    )


@router.get("/profile", response_class=HTMLResponse)
def profile_form(request: Request, session: SessionDep) -> HTMLResponse:
    return _page(request, service.profile_form(service.get_profile(session)), {})


@router.post("/profile", response_class=HTMLResponse)
def profile_submit(
    request: Request,
    session: SessionDep,
    target_role: Annotated[str, Form()] = "",
    company_sizes: Annotated[list[str] | None, Form()] = None,
    hours_per_week: Annotated[str, Form()] = "",
    timeline_months: Annotated[str, Form()] = "",
    start_date: Annotated[str, Form()] = "",
    past_roles: Annotated[str, Form()] = "",
    domain: Annotated[str, Form()] = "other",
    years_experience: Annotated[str, Form()] = "0",
    name: Annotated[str, Form()] = "",
) -> Response:
    typed = service.ProfileForm(
        target_role=target_role,
        company_sizes=tuple(company_sizes or ()),
        hours_per_week=hours_per_week,
        timeline_months=timeline_months,
        start_date=start_date,
        past_roles=past_roles,
        domain=domain,
        years_experience=years_experience,
        name=name,
    )
    try:
        service.update_profile(session, **asdict(typed))
    except ValidationError as error:
        return _page(request, typed, error.errors, status=status_for(error))
    return RedirectResponse("/dashboard", status_code=303)
