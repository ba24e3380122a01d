"""Profile pages: the form that creates or edits the candidate profile."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pivotprep.core.clock import today
from pivotprep.core.errors import ValidationError
from pivotprep.profile.roles import load_company_sizes, load_roles
from pivotprep.profile.service import get_profile, save_profile
from pivotprep.profile.validation import DEFAULT_HOURS, DEFAULT_MONTHS, DOMAINS, validate_profile
from pivotprep.web.deps import SessionDep
from pivotprep.web.render import render

router = APIRouter()


def _form_values(profile) -> dict:  # type: ignore[no-untyped-def]
    if profile is None:
        return {
            "target_role": "",
            "company_sizes": ["mid"],
            "hours_per_week": DEFAULT_HOURS,
            "timeline_months": DEFAULT_MONTHS,
            "start_date": today().isoformat(),
            "past_roles": "",
            "domain": "other",
            "years_experience": 0,
            "name": "",
        }
    past = "; ".join(f"{r['title']}|{r['domain']}|{r['years']:g}" for r in profile.past_roles)
    return {
        "target_role": profile.target_role,
        "company_sizes": profile.company_sizes,
        "hours_per_week": profile.hours_per_week,
        "timeline_months": profile.timeline_months,
        "start_date": profile.start_date.isoformat(),
        "past_roles": past,
        "domain": profile.domain,
        "years_experience": profile.years_experience,
        "name": profile.name,
    }


def _page(
    request: Request, values: dict, errors: dict, status: int = 200, saved: bool = False
) -> HTMLResponse:
    return render(
        request,
        "profile/form.html",
        {
            "values": values,
            "errors": errors,
            "roles": load_roles(),
            "sizes": load_company_sizes(),
            "domains": DOMAINS,
            "saved": saved,
        },
        status_code=status,
    )


@router.get("/profile", response_class=HTMLResponse)
def profile_form(request: Request, session: SessionDep, saved: bool = False) -> HTMLResponse:
    return _page(request, _form_values(get_profile(session)), {}, saved=saved)


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
    values = {
        "target_role": target_role,
        "company_sizes": company_sizes or [],
        "hours_per_week": hours_per_week,
        "timeline_months": timeline_months,
        "start_date": start_date,
        "past_roles": past_roles,
        "domain": domain,
        "years_experience": years_experience,
        "name": name,
    }
    try:
        data = validate_profile(
            target_role=target_role,
            company_sizes=company_sizes or [],
            hours_per_week=hours_per_week,
            timeline_months=timeline_months,
            start_date=start_date,
            past_roles=past_roles,
            domain=domain,
            years_experience=years_experience,
            name=name,
            today=today(),
        )
    except ValidationError as error:
        return _page(request, values, error.errors, status=422)
    save_profile(session, data)
    return RedirectResponse("/", status_code=303)
