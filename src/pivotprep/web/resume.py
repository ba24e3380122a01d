"""ATS scan pages: upload a resume and a job (file or pasted), see the breakdown with the
job text highlighted, and add real gaps to the plan. Thin: everything is in resume.service;
this module parses the form and picks a CSS class per tone.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException

from pivotprep.core.errors import NextStep, UserError
from pivotprep.resume.service import Tone
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.next_steps import link
from pivotprep.web.render import render
from pivotprep.web.tasks import enqueue, queue_on

if TYPE_CHECKING:
    from pivotprep.resume.service import Upload
    from pivotprep.tasks.service import JobView
    from pivotprep.web.panels import Panel

router = APIRouter()
# The page's CSS class for each tone (transferable evidence reads as good news here).
TONE_CLASS = {Tone.GOOD: "ok", Tone.CAUTION: "warn", Tone.INFO: "ok", Tone.BAD: "bad"}


def _form(
    request: Request,
    session: Session,
    errors: dict[str, str],
    job_text: str = "",
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.resume.service import list_scans, semantic_available

    return render(
        request,
        "resume/form.html",
        {
            "errors": errors,
            "job_text": job_text,
            "scans": list_scans(session, 20),
            "semantic": semantic_available(),
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


def _by_field(error: UserError) -> dict[str, str]:
    """An error's messages by the form field they belong to (the form itself when none)."""
    messages = getattr(error, "errors", None) or {error.field or "form": error.message}
    shown: dict[str, str] = {}
    for name, message in messages.items():
        shown.setdefault(name if name in ("resume", "job") else "form", message)
    return shown


def _file(upload: UploadFile | None) -> Upload | None:
    from pivotprep.resume.service import Upload

    if upload is None or not upload.filename:
        return None
    return Upload(upload.filename, upload.file)


@router.post("/resume/scan", response_class=HTMLResponse)
def scan_submit(
    request: Request,
    session: SessionDep,
    posted: Annotated[_Upload, Depends(_read_upload)],
) -> Response:
    from pivotprep.resume.service import scan_upload

    if posted.errors:  # the multipart body itself could not be read: no UserError here
        return _form(request, session, posted.errors, posted.job_text, status=422)
    if queue_on(request) and _file(posted.resume) is not None:  # none: refused below, at once
        files = {name: (str(up.filename), up.file.read())
                 for name, up in (("resume", posted.resume), ("job_file", posted.job_file))
                 if up is not None and up.filename}  # fmt: skip
        payload = {"job_text": posted.job_text, "semantic": posted.semantic}
        queued = enqueue(request, "resume.scan", payload, files)
        if queued is not None:
            return queued
    try:
        result = scan_upload(
            session,
            resume=_file(posted.resume),
            job_file=_file(posted.job_file),
            job_text=posted.job_text,
            semantic=posted.semantic,
        )
    except UserError as error:
        errors = _by_field(error)
        return _form(request, session, errors, posted.job_text, status=status_for(error))
    return RedirectResponse(f"/resume/scans/{result.scan_id}", status_code=303)


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
    error_step: NextStep | None = None,
    status: int = 200,
) -> HTMLResponse:
    """A stored scan's page; `added`/`already`/`moved` report a gap just put in the plan,
    `error` a gap that could not be (shown with the form, never carried in the address)."""
    from pivotprep.resume.service import get_scan

    stored = get_scan(session, scan_id)
    return render(
        request,
        "resume/scan.html",
        {
            "scan": stored.view,
            "segments": stored.segments,
            "tone_class": TONE_CLASS,
            "added": added,
            "already": already,
            "moved": moved,
            "error": error,
            "error_step": link(error_step),
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

    from pivotprep.resume.service import add_gap_to_plan, get_scan, replaced_hours

    get_scan(session, scan_id)  # the page the answer goes back to
    try:
        placed = add_gap_to_plan(session, skill, step=step or None, hours=hours)
    except UserError as error:
        return _scan_view(
            request,
            session,
            scan_id,
            error=error.message,
            error_step=error.next_step,
            status=status_for(error),
        )
    flags = f"&moved={replaced_hours(placed):g}" + ("" if placed.added else "&already=1")
    return RedirectResponse(
        f"/resume/scans/{scan_id}?added={quote(skill)}{flags}#triage", status_code=303
    )


def panel(session: Session) -> Panel | None:
    """Dashboard card: the latest scan's rate and what changed (hidden before any scan)."""
    from pivotprep.resume.service import latest_scan
    from pivotprep.web.panels import Panel

    scan = latest_scan(session)
    if scan is None:
        return None
    return Panel(
        title="ATS scan",
        template="resume/panel.html",
        context={"scan": scan},
        link=("Open the scan", f"/resume/scans/{scan.id}"),
    )


def job_result(request: Request, session: Session, job: JobView) -> Response:
    """A scan done on the queue: its page, or the form with what was wrong."""
    if job.error is not None:
        errors = _by_field(job.error)
        text = str(job.payload.get("job_text", ""))
        return _form(request, session, errors, text, status=status_for(job.error))
    return RedirectResponse(f"/resume/scans/{int(job.result)}", status_code=303)
