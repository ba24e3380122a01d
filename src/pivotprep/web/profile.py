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
    *,
    onboarding: bool = False,
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
            "onboarding": onboarding,
        },
        status_code=status,
    )


@router.get("/welcome", response_class=HTMLResponse)
def welcome(request: Request, session: SessionDep) -> Response:
    """First run, step 1 of 3: what pivotprep does, then the profile form."""
    if service.get_profile(session) is not None:
        return RedirectResponse("/", status_code=303)
    return _page(request, service.profile_form(None), {}, onboarding=True)


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
    onboarding: Annotated[str, Form()] = "",
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
    first = service.get_profile(session) is None
    try:
        service.update_profile(session, **asdict(typed))
    except ValidationError as error:
        return _page(
            request, typed, error.errors, status=status_for(error), onboarding=bool(onboarding)
        )
    return RedirectResponse("/welcome/plan" if first else "/dashboard", status_code=303)


@router.get("/welcome/plan", response_class=HTMLResponse)
def welcome_plan(request: Request, session: SessionDep) -> Response:
    """First run, steps 2 and 3: the plan made from the profile, and a first piece of work
    (the first problem the practice queue suggests, or a resume scan)."""
    from pivotprep.plan.service import plan_page, task_label, task_page
    from pivotprep.practice.service import next_problems

    profile = service.get_profile(session)
    if profile is None:
        return RedirectResponse("/welcome", status_code=303)
    page = plan_page(session, 1)
    return render(
        request,
        "profile/welcome_plan.html",
        {
            "summary": service.summarize(profile),
            "overview": page.overview,
            "week": page.week,
            "label": task_label,
            "page": task_page,
            "first": next_problems(session, 1),
        },
    )
