"""The jobs pages: the overview (targets, due this week, the funnel at a glance), each
target company (research file, posting, scan, warm paths), CSV import and export, and the
dashboard card. Contacts and outreach are in `applications_network`, applications and the
funnel in `applications_tracking`. Thin: everything is in applications.service.
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
from pivotprep.web.panels import Panel
from pivotprep.web.render import render

router = APIRouter()
Text = Annotated[str, Form()]
MAX_RESUME_BYTES = 10 * 2**20


def panel(session: Session) -> Panel | None:
    """Dashboard card: targets, applications, follow-ups due, stale applications."""
    from pivotprep.applications.service import AIM, panel_summary

    summary = panel_summary(session)
    if summary is None:
        return None
    return Panel(
        title="Applications",
        template="jobs/panel.html",
        context={"jobs": summary, "aim": AIM},
        link=("Open your job search", "/jobs"),
    )


def _overview_page(
    request: Request,
    session: Session,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.applications.service import CHANNEL_LABELS, overview

    return render(
        request,
        "jobs/index.html",
        {
            "view": overview(session),
            "values": values or {"size": "50-500"},
            "errors": errors or {},
            "channel_labels": CHANNEL_LABELS,
        },
        status_code=status,
    )


@router.get("/jobs", response_class=HTMLResponse)
def jobs_home(request: Request, session: SessionDep) -> HTMLResponse:
    return _overview_page(request, session)


@router.post("/jobs/companies", response_class=HTMLResponse)
def company_create(
    request: Request,
    session: SessionDep,
    name: Text = "",
    size: Text = "",
    role: Text = "",
    aliases: Text = "",
    posting_url: Text = "",
) -> Response:
    from pivotprep.applications.service import add_company, check_company

    values = {
        "name": name,
        "size": size,
        "role": role,
        "aliases": aliases,
        "posting_url": posting_url,
    }
    try:
        company = add_company(session, check_company(**values))
    except UserError as error:
        errors = getattr(error, "errors", {}) or {error.field or "name": error.message}
        return _overview_page(
            request, session, values=values, errors=errors, status=status_for(error)
        )
    return RedirectResponse(f"/jobs/companies/{company.id}", status_code=303)


def _company_page(
    request: Request,
    session: Session,
    company_id: int,
    *,
    errors: dict[str, str] | None = None,
    typed: dict[str, object] | None = None,
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.applications.service import CHANNEL_LABELS, company_detail, research_items

    detail = company_detail(session, company_id)
    saved = request.query_params.get("saved", "")
    return render(
        request,
        "jobs/company.html",
        {
            "detail": detail,
            "s": detail.summary,
            "items": research_items(),
            "errors": errors or {},
            "typed": typed or {},
            "saved": saved if saved in ("details", "research", "posting", "scan") else "",
            "channel_labels": CHANNEL_LABELS,
        },
        status_code=status,
    )


@router.get("/jobs/companies/{company_id:int}", response_class=HTMLResponse)
def company_page(request: Request, session: SessionDep, company_id: int) -> HTMLResponse:
    return _company_page(request, session, company_id)


@router.post("/jobs/companies/{company_id:int}", response_class=HTMLResponse)
def company_update(
    request: Request,
    session: SessionDep,
    company_id: int,
    name: Text = "",
    size: Text = "",
    role: Text = "",
    aliases: Text = "",
    posting_url: Text = "",
    resume_name: Text = "",
    notes: Text = "",
) -> Response:
    from pivotprep.applications.service import check_company, find_company, update_company

    company = find_company(session, company_id)
    try:
        data = check_company(
            name=name,
            size=size,
            role=role,
            aliases=aliases,
            posting_url=posting_url,
            resume_name=resume_name,
            notes=notes,
        )
        update_company(session, company, data)
    except UserError as error:
        errors = getattr(error, "errors", {}) or {error.field or "name": error.message}
        return _company_page(request, session, company_id, errors=errors, status=status_for(error))
    return RedirectResponse(f"/jobs/companies/{company_id}?saved=details", status_code=303)


@router.post("/jobs/companies/{company_id:int}/research", response_class=HTMLResponse)
async def company_research(request: Request, session: SessionDep, company_id: int) -> Response:
    """Every research section's textarea, named `research-<id>` (the checklist is content,
    so the fields are read from the form by name)."""
    from pivotprep.applications.service import find_company, research_items, set_research

    form = await request.form()
    answers: dict[str, object] = {
        item.id: str(form.get(f"research-{item.id}", "")) for item in research_items()
    }
    try:
        set_research(session, find_company(session, company_id), answers)
    except ValidationError as error:
        errors = {f"research-{k}": v for k, v in error.errors.items()}
        return _company_page(request, session, company_id, errors=errors, typed=answers, status=422)
    return RedirectResponse(
        f"/jobs/companies/{company_id}?saved=research#research", status_code=303
    )


@router.post("/jobs/companies/{company_id:int}/posting", response_class=HTMLResponse)
def company_posting(
    request: Request,
    session: SessionDep,
    company_id: int,
    posting_text: Text = "",
    posting_url: Text = "",
) -> Response:
    from pivotprep.applications.service import find_company, set_posting

    company = find_company(session, company_id)
    try:
        set_posting(session, company, posting_text, posting_url)
    except UserError as error:
        return _company_page(
            request,
            session,
            company_id,
            errors={"posting_text": error.message},
            status=status_for(error),
        )
    return RedirectResponse(f"/jobs/companies/{company_id}?saved=posting#posting", status_code=303)


@router.post("/jobs/companies/{company_id:int}/scan", response_class=HTMLResponse)
def company_scan(
    request: Request, session: SessionDep, company_id: int, resume: UploadFile | None = None
) -> Response:
    from pivotprep.applications.service import scan_company

    try:
        if resume is None or not resume.filename:
            raise ValidationError("Choose your tailored résumé file.", field="resume")
        data = resume.file.read(MAX_RESUME_BYTES + 1)
        if len(data) > MAX_RESUME_BYTES:
            raise ValidationError("The résumé is over 10 MB.", field="resume")
        scan_company(session, company_id, resume_data=data, resume_filename=resume.filename)
    except UserError as error:
        session.rollback()
        return _company_page(
            request, session, company_id, errors={"resume": error.message}, status=status_for(error)
        )
    return RedirectResponse(f"/jobs/companies/{company_id}?saved=scan#posting", status_code=303)


@router.post("/jobs/companies/{company_id:int}/delete")
def company_delete(session: SessionDep, company_id: int) -> Response:
    from pivotprep.applications.service import find_company, remove_company

    remove_company(session, find_company(session, company_id))
    return RedirectResponse("/jobs", status_code=303)


KINDS = ("applications", "contacts", "companies")


def _import_page(
    request: Request,
    *,
    result: Any = None,
    error: UserError | None = None,
    values: dict[str, Any] | None = None,
) -> HTMLResponse:
    from pivotprep.applications.service import ImportRejectedError

    problems = error.problems if isinstance(error, ImportRejectedError) else ()
    return render(
        request,
        "jobs/import.html",
        {
            "kinds": KINDS,
            "result": result,
            "error": error.message.split("\n")[0] if error else "",
            "problems": problems,
            "problem_count": getattr(error, "count", 0),
            "next_step": link(error.next_step) if error else None,
            "values": values or {"kind": "contacts"},
        },
        status_code=status_for(error) if error else 200,
    )


@router.get("/jobs/import", response_class=HTMLResponse)
def import_form(request: Request, kind: str = "contacts") -> HTMLResponse:
    return _import_page(request, values={"kind": kind if kind in KINDS else "contacts"})


@router.post("/jobs/import", response_class=HTMLResponse)
def import_submit(
    request: Request,
    session: SessionDep,
    file: UploadFile | None = None,
    kind: Text = "contacts",
    preset: Text = "",
    mapping: Text = "",
    day_first: Text = "",
    skip_bad: Text = "",
) -> HTMLResponse:
    from pivotprep.applications.service import import_file, parse_mapping

    values = {
        "kind": kind,
        "preset": preset,
        "mapping": mapping,
        "day_first": day_first,
        "skip_bad": skip_bad,
    }
    try:
        if file is None or not file.filename:
            raise ValidationError("Choose a CSV file to import.", field="file")
        result = import_file(
            session,
            kind,
            file.file,
            mapping=parse_mapping(mapping),
            preset=preset or None,
            date_order="dmy" if day_first else "mdy",
            skip_bad=bool(skip_bad),
        )
    except UserError as error:
        return _import_page(request, error=error, values=values)
    return _import_page(request, result=result, values=values)


@router.get("/jobs/export/{kind}.csv")
def export_kind(session: SessionDep, kind: str) -> Response:
    from pivotprep.applications.service import export_csv_bytes
    from pivotprep.core.clock import today

    body = export_csv_bytes(session, kind)
    name = f"pivotprep-{kind}-{today().isoformat()}.csv"
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
