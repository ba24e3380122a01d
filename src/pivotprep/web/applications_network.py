"""Jobs pages for your network: contacts (import, search, add), one contact's outreach
log with the message for the next step, the week's follow-ups (and their calendar file),
and your background (past employers, schools, the project your messages cite).
Thin: everything is in applications.service.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError, ValidationError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.next_steps import link
from pivotprep.web.render import render

router = APIRouter()
Text = Annotated[str, Form()]
PAGE_SIZE = 50


def _contacts_page(
    request: Request,
    session: Session,
    *,
    q: str = "",
    page: int = 1,
    result: Any = None,
    error: UserError | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.applications.service import ImportRejectedError, background, list_contacts

    page = max(1, min(page, 10_000))
    found = list_contacts(session, query=q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "jobs/contacts.html",
        {
            "page": found,
            "q": q,
            "number": page,
            "pages": max(1, -(-found.total // PAGE_SIZE)),
            "result": result,
            "error": error.message.split("\n")[0] if error else "",
            "problems": error.problems if isinstance(error, ImportRejectedError) else (),
            "problem_count": getattr(error, "count", 0),
            "next_step": link(error.next_step) if error else None,
            "values": values or {},
            "me": background(session),
        },
        status_code=status,
    )


@router.get("/jobs/contacts", response_class=HTMLResponse)
def contacts(request: Request, session: SessionDep, q: str = "", page: int = 1) -> HTMLResponse:
    return _contacts_page(request, session, q=q[:100], page=page)


@router.post("/jobs/contacts/import", response_class=HTMLResponse)
def contacts_import(
    request: Request,
    session: SessionDep,
    file: UploadFile | None = None,
    mapping: Text = "",
    day_first: Text = "",
    skip_bad: Text = "",
) -> HTMLResponse:
    from pivotprep.applications.service import import_contacts, parse_mapping

    values = {"mapping": mapping, "day_first": day_first, "skip_bad": skip_bad}
    try:
        if file is None or not file.filename:
            raise ValidationError("Choose your Connections.csv (or another CSV).", field="file")
        result = import_contacts(
            session,
            file.file,
            mapping=parse_mapping(mapping),
            date_order="dmy" if day_first else "mdy",
            skip_bad=bool(skip_bad),
        )
    except UserError as error:
        return _contacts_page(
            request, session, error=error, values=values, status=status_for(error)
        )
    return _contacts_page(request, session, result=result, values=values)


@router.post("/jobs/contacts", response_class=HTMLResponse)
def contact_create(
    request: Request,
    session: SessionDep,
    first_name: Text = "",
    last_name: Text = "",
    company: Text = "",
    position: Text = "",
    url: Text = "",
    email: Text = "",
    past_companies: Text = "",
    schools: Text = "",
) -> Response:
    from pivotprep.applications.service import add_contact

    values = {
        "first_name": first_name,
        "last_name": last_name,
        "company": company,
        "position": position,
        "url": url,
        "email": email,
        "past_companies": past_companies,
        "schools": schools,
    }
    try:
        contact = add_contact(session, values)
    except UserError as error:
        return _contacts_page(
            request, session, error=error, values=values, status=status_for(error)
        )
    return RedirectResponse(f"/jobs/contacts/{contact.id}", status_code=303)


def _contact_page(
    request: Request,
    session: Session,
    contact_id: int,
    *,
    template: str = "",
    error: str = "",
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.applications.service import (
        contact_view,
        message_for,
        outreach_steps,
        templates,
    )
    from pivotprep.core.clock import today

    view = contact_view(session, contact_id)
    chosen = template if template in templates() else view.suggested_template
    return render(
        request,
        "jobs/contact.html",
        {
            "view": view,
            "message": message_for(session, contact_id, chosen),
            "templates": templates(),
            "chosen": chosen,
            "steps": outreach_steps(),
            "error": error,
            "today": today(),
        },
        status_code=status,
    )


@router.get("/jobs/contacts/{contact_id:int}", response_class=HTMLResponse)
def contact_page(
    request: Request, session: SessionDep, contact_id: int, template: str = ""
) -> HTMLResponse:
    return _contact_page(request, session, contact_id, template=template[:40])


@router.post("/jobs/contacts/{contact_id:int}/outreach", response_class=HTMLResponse)
def outreach_log(
    request: Request,
    session: SessionDep,
    contact_id: int,
    step: Text = "",
    on: Text = "",
    note: Text = "",
) -> Response:
    from pivotprep.applications.service import log_outreach

    try:
        log_outreach(session, contact_id, step, on=on or None, note=note)
    except ValidationError as error:
        return _contact_page(request, session, contact_id, error=error.message, status=422)
    return RedirectResponse(f"/jobs/contacts/{contact_id}", status_code=303)


@router.post("/jobs/outreach/{entry_id:int}/delete")
def outreach_delete(session: SessionDep, entry_id: int, contact_id: Text = "") -> Response:
    from pivotprep.applications.service import delete_outreach

    delete_outreach(session, entry_id)
    target = f"/jobs/contacts/{int(contact_id)}" if contact_id.isdigit() else "/jobs/due"
    return RedirectResponse(target, status_code=303)


@router.get("/jobs/due", response_class=HTMLResponse)
def due(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.applications.service import STALE_DAYS, due_view, pending_follow_ups

    return render(
        request,
        "jobs/due.html",
        {"due": due_view(session), "all": pending_follow_ups(session), "stale_days": STALE_DAYS},
    )


@router.get("/jobs/due.ics")
def due_ics(session: SessionDep) -> Response:
    from pivotprep.applications.service import follow_ups_ics

    return Response(
        follow_ups_ics(session),
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="pivotprep-follow-ups.ics"'},
    )


@router.get("/jobs/paths", response_class=HTMLResponse)
def paths(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.applications.service import background, warm_paths

    return render(
        request,
        "jobs/paths.html",
        {"paths": warm_paths(session), "me": background(session), "error": ""},
    )


@router.post("/jobs/background", response_class=HTMLResponse)
def background_save(
    request: Request,
    session: SessionDep,
    employers: Text = "",
    schools: Text = "",
    project: Text = "",
) -> Response:
    from pivotprep.applications.service import background, set_background, warm_paths

    try:
        set_background(
            session,
            employers=[e for e in employers.splitlines() if e.strip()],
            schools=[s for s in schools.splitlines() if s.strip()],
            project=project,
        )
    except ValidationError as error:
        return render(
            request,
            "jobs/paths.html",
            {"paths": warm_paths(session), "me": background(session), "error": error.message},
            status_code=422,
        )
    return RedirectResponse("/jobs/paths", status_code=303)
