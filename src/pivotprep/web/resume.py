"""ATS scan pages: upload a resume and a job (file or pasted), see the breakdown with the
job text highlighted, and add real gaps to the plan. Thin: everything is in resume.service.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException

from pivotprep.core.errors import UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.render import render

router = APIRouter()


def _form(
    request: Request, session: Session, errors: dict[str, str], job_text: str = "", status=200
) -> HTMLResponse:
    from pivotprep.resume.matching.semantic import available
    from pivotprep.resume.service import list_scans

    return render(
        request,
        "resume/form.html",
        {
            "errors": errors,
            "job_text": job_text,
            "scans": list_scans(session, 20),
            "semantic": available(),
        },
        status_code=status,
    )


@router.get("/resume", response_class=HTMLResponse)
def scan_form(request: Request, session: SessionDep) -> HTMLResponse:
    return _form(request, session, {})


@dataclass
class _Upload:
    """The scan form as posted; `errors` holds what made the form itself unreadable."""

    resume: UploadFile | None = None
    job_file: UploadFile | None = None
    job_text: str = ""
    semantic: str = "auto"
    errors: dict[str, str] = field(default_factory=dict)


def _unreadable(message: str) -> dict[str, str]:
    """The field a multipart error belongs to, with a message saying what to do."""
    if "exceeded maximum size" in message:  # a text part over the limit: the pasted job
        return {"job": "The pasted job description is over 1 MB; paste only the posting."}
    if "Too many files" in message:
        return {"resume": "Send one resume file (and at most one job file)."}
    return {
        "form": "The upload could not be read (the form arrived incomplete or malformed). "
        "Choose the files again and resend."
    }


async def _read_upload(request: Request) -> AsyncIterator[_Upload]:
    """Parse the multipart form here, not in FastAPI, so a malformed or oversized part is
    shown on the form next to its field instead of a bare 400."""
    try:
        form = await request.form(max_files=4, max_fields=20)
    except (MultiPartException, StarletteHTTPException) as error:
        message = getattr(error, "detail", None) or getattr(error, "message", "") or str(error)
        yield _Upload(errors=_unreadable(str(message)))
        return
    try:

        def upload(name: str) -> UploadFile | None:
            value = form.get(name)
            return value if isinstance(value, UploadFile) else None

        def text(name: str, default: str) -> str:
            value = form.get(name)
            return value if isinstance(value, str) else default

        yield _Upload(
            resume=upload("resume"),
            job_file=upload("job_file"),
            job_text=text("job_text", ""),
            semantic=text("semantic", "auto"),
        )
    finally:
        await form.close()


@router.post("/resume/scan", response_class=HTMLResponse)
def scan_submit(
    request: Request,
    session: SessionDep,
    posted: Annotated[_Upload, Depends(_read_upload)],
) -> Response:
    from pivotprep.resume.documents.limits import MAX_JOB_CHARS, MAX_UPLOAD_BYTES, read_limited
    from pivotprep.resume.service import scan_documents

    resume, job_file, job_text = posted.resume, posted.job_file, posted.job_text
    semantic = posted.semantic
    if posted.errors:
        return _form(request, session, posted.errors, job_text, status=422)
    errors: dict[str, str] = {}
    resume_data, resume_name = b"", ""
    job: str | bytes = job_text
    job_name = None
    try:
        if resume is None or not resume.filename:
            errors["resume"] = "Choose your resume file (PDF, DOCX, TXT or Markdown)."
        else:
            resume_data = read_limited(resume.file, MAX_UPLOAD_BYTES, field="resume")
            resume_name = resume.filename
        if job_file is not None and job_file.filename:
            job = read_limited(job_file.file, MAX_UPLOAD_BYTES, field="job")
            job_name = job_file.filename
        elif not job_text.strip():
            errors["job"] = "Paste the job description or choose its file."
        elif len(job_text) > 4 * MAX_JOB_CHARS:
            errors["job"] = "The pasted job description is too long; paste only the posting."
        if errors:
            return _form(request, session, errors, job_text, status=422)
        result = scan_documents(
            session,
            resume_data=resume_data,
            resume_filename=resume_name,
            job=job,
            job_filename=job_name,
            semantic=semantic if semantic in ("auto", "on", "off") else "auto",
        )
    except UserError as error:
        field = error.field if error.field in ("resume", "job") else "form"
        errors[field] = error.message
        return _form(request, session, errors, job_text, status=422)
    return RedirectResponse(f"/resume/scans/{result.scan_id}", status_code=303)


def _highlight(text: str, keywords: list[dict]) -> list[dict]:
    """The job text cut into plain and highlighted segments (rendered escaped)."""
    marks: list[tuple[int, int, bool, str]] = []
    for k in keywords:
        for start, end in k.get("job_spans", []):
            marks.append((start, end, bool(k["matched"]), k["name"]))
    marks.sort()
    segments: list[dict] = []
    at = 0
    for start, end, matched, name in marks:
        if start < at or end > len(text):
            continue
        if start > at:
            segments.append({"text": text[at:start]})
        segments.append({"text": text[start:end], "matched": matched, "name": name})
        at = end
    segments.append({"text": text[at:]})
    return segments


def _hours(text: str) -> float:
    """Hours from a query string (0 when absent, malformed or out of range)."""
    try:
        value = float(text)
    except ValueError:
        return 0.0
    return value if 0 < value <= 200 else 0.0


@router.get("/resume/scans/{scan_id}", response_class=HTMLResponse)
def scan_page(
    request: Request,
    scan_id: int,
    session: SessionDep,
    added: str = "",
    moved: str = "",
    already: str = "",
) -> HTMLResponse:
    return _scan_view(
        request, session, scan_id, added=added, moved=_hours(moved), already=already == "1"
    )


def _scan_view(
    request: Request,
    session: Session,
    scan_id: int,
    *,
    added: str = "",
    moved: float = 0.0,
    already: bool = False,
    error: str = "",
    status: int = 200,
) -> HTMLResponse:
    """A stored scan's page; `added`/`already`/`moved` report a gap just put in the plan,
    `error` a gap that could not be (shown with the form, never carried in the address)."""
    from pivotprep.resume.service import get_scan

    row = get_scan(session, scan_id)
    data = dict(row.report)
    job_text = data.pop("job_text", "")
    return render(
        request,
        "resume/scan.html",
        {
            "scan": row,
            "data": data,
            "segments": _highlight(job_text, data["keywords"]),
            "added": added,
            "already": already,
            "moved": moved,
            "error": error,
        },
        status_code=status,
    )


@router.post("/resume/gaps", response_class=HTMLResponse)
def add_gap(
    request: Request,
    session: SessionDep,
    skill: Annotated[str, Form()] = "",
    step: Annotated[str, Form()] = "",
    hours: Annotated[str, Form()] = "",
    scan_id: Annotated[int, Form()] = 0,
) -> Response:
    from urllib.parse import quote

    from pivotprep.resume.service import add_gap_to_plan, get_scan

    get_scan(session, scan_id)  # the page the answer goes back to
    try:
        amount = float(hours) if hours else None
        placed = add_gap_to_plan(session, skill, step=step or None, hours=amount)
    except (UserError, ValueError) as exc:
        message = exc.message if isinstance(exc, UserError) else "Hours must be a number."
        return _scan_view(request, session, scan_id, error=message, status=422)
    moved = sum(d.hours for d in placed.displaced)
    flags = f"&moved={moved:g}" + ("" if placed.added else "&already=1")
    return RedirectResponse(
        f"/resume/scans/{scan_id}?added={quote(skill)}{flags}#triage", status_code=303
    )


def panel(session: Session):  # type: ignore[no-untyped-def]
    """Dashboard card: the latest scan's rate and what changed (hidden before any scan)."""
    from pivotprep.resume.service import list_scans
    from pivotprep.web.panels import Panel

    rows = list_scans(session, 1)
    if not rows:
        return None
    row = rows[0]
    gaps = [i["keyword"] for i in (row.report or {}).get("triage", []) if i["verdict"] == "gap"]
    return Panel(
        title="ATS scan",
        template="resume/panel.html",
        context={
            "scan": row,
            "changes": (row.report or {}).get("changes"),
            "gaps": gaps[:5],
        },
        link=("Open the scan", f"/resume/scans/{row.id}"),
    )
