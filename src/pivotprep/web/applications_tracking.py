"""Jobs pages for applications: the list with "did I already apply there?", one
application with its stages (marking it applied shows the gate's reasons and a second
button to go on anyway, which is recorded), and the funnel by channel.
Thin: everything is in applications.service.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.next_steps import link
from pivotprep.web.render import render

router = APIRouter()
Text = Annotated[str, Form()]


def _list_page(
    request: Request,
    session: Session,
    *,
    q: str = "",
    stale: bool = False,
    values: dict[str, str] | None = None,
    error: UserError | None = None,
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.applications.service import (
        CHANNEL_LABELS,
        list_applications,
        list_companies,
        search_applications,
    )

    hits: list[Any] | None = None
    search_error = ""
    if q.strip():
        try:
            hits = search_applications(session, q)
        except UserError as bad:
            search_error = bad.message
    return render(
        request,
        "jobs/applications.html",
        {
            "apps": list_applications(session, stale_only=stale),
            "stale": stale,
            "q": q,
            "hits": hits,
            "search_error": search_error,
            "values": values or {},
            "error": error.message if error else "",
            "error_field": error.field if error else "",
            "next_step": link(error.next_step) if error else None,
            "channels": CHANNEL_LABELS,
            "targets": [c.name for c in list_companies(session)],
        },
        status_code=status,
    )


@router.get("/jobs/applications", response_class=HTMLResponse)
def applications(
    request: Request, session: SessionDep, q: str = "", stale: str = ""
) -> HTMLResponse:
    return _list_page(request, session, q=q[:200], stale=bool(stale))


@router.post("/jobs/applications", response_class=HTMLResponse)
def application_create(
    request: Request,
    session: SessionDep,
    company: Text = "",
    role: Text = "",
    channel: Text = "",
    salary_notes: Text = "",
    posting_url: Text = "",
    notes: Text = "",
) -> Response:
    from pivotprep.applications.service import add_application

    values = {
        "company": company,
        "role": role,
        "channel": channel,
        "salary_notes": salary_notes,
        "posting_url": posting_url,
        "notes": notes,
    }
    try:
        view = add_application(session, **values)
    except UserError as error:
        return _list_page(request, session, values=values, error=error, status=status_for(error))
    return RedirectResponse(f"/jobs/applications/{view.id}", status_code=303)


def _detail_page(
    request: Request,
    session: Session,
    application_id: int,
    *,
    blocked: Any = None,
    values: dict[str, str] | None = None,
    error: str = "",
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.applications.service import (
        CHANNEL_LABELS,
        STAGE_LABELS,
        application_view,
        check_gate,
    )
    from pivotprep.core.clock import today

    view = application_view(session, application_id)
    preview = () if view.applied_on or blocked else check_gate(session, application_id)
    return render(
        request,
        "jobs/application.html",
        {
            "app": view,
            "stages": STAGE_LABELS,
            "channels": CHANNEL_LABELS,
            "blocked": blocked,
            "preview": preview,
            "values": values or {},
            "error": error,
            "today": today(),
        },
        status_code=status,
    )


@router.get("/jobs/applications/{application_id:int}", response_class=HTMLResponse)
def application_page(request: Request, session: SessionDep, application_id: int) -> HTMLResponse:
    return _detail_page(request, session, application_id)


@router.post("/jobs/applications/{application_id:int}/stage", response_class=HTMLResponse)
def application_stage(
    request: Request,
    session: SessionDep,
    application_id: int,
    stage: Text = "",
    on: Text = "",
    note: Text = "",
    override: Text = "",
) -> Response:
    """The first submit runs the gate; the page then offers a second submit with
    `override=yes`, which goes on and is recorded."""
    from pivotprep.applications.service import GateBlockedError, move_stage

    values = {"stage": stage, "on": on, "note": note}
    try:
        move_stage(
            session, application_id, stage, on=on or None, note=note, override=override == "yes"
        )
    except GateBlockedError as blocked:
        return _detail_page(
            request,
            session,
            application_id,
            blocked=blocked,
            values=values,
            status=status_for(blocked),
        )
    except UserError as error:
        return _detail_page(
            request,
            session,
            application_id,
            values=values,
            error=error.message,
            status=status_for(error),
        )
    return RedirectResponse(f"/jobs/applications/{application_id}", status_code=303)


@router.post("/jobs/applications/{application_id:int}", response_class=HTMLResponse)
def application_update(
    request: Request,
    session: SessionDep,
    application_id: int,
    role: Text = "",
    channel: Text = "",
    salary_notes: Text = "",
    posting_url: Text = "",
    notes: Text = "",
    resume_name: Text = "",
) -> Response:
    from pivotprep.applications.service import update_application

    values = {
        "role": role,
        "channel": channel,
        "salary_notes": salary_notes,
        "posting_url": posting_url,
        "notes": notes,
        "resume_name": resume_name,
    }
    try:
        update_application(session, application_id, dict(values))
    except UserError as error:
        session.rollback()
        return _detail_page(
            request, session, application_id, error=error.message, status=status_for(error)
        )
    return RedirectResponse(f"/jobs/applications/{application_id}", status_code=303)


@router.post("/jobs/applications/{application_id:int}/delete")
def application_delete(session: SessionDep, application_id: int) -> Response:
    from pivotprep.applications.service import delete_application

    delete_application(session, application_id)
    return RedirectResponse("/jobs/applications", status_code=303)


@router.get("/jobs/funnel", response_class=HTMLResponse)
def funnel(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.applications.service import CHANNEL_LABELS
    from pivotprep.applications.service import funnel as funnel_of

    return render(
        request, "jobs/funnel.html", {"funnel": funnel_of(session), "channels": CHANNEL_LABELS}
    )
