"""Portfolio pages: upload a zip of a project to check, the check's progress, the report
with its evidence and fixes, its Markdown export, and the history of checks. Thin:
everything is in `pivotprep.portfolio.service`. An upload answers at once with a redirect
to the progress page (`/portfolio/jobs/N`), which refreshes itself (a Refresh header and a
<meta refresh>, no script) until the check is done, then leads to the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from pivotprep.core.errors import UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.render import render
from pivotprep.web.tasks import queue_on, submit_task

if TYPE_CHECKING:
    from pivotprep.tasks.service import JobView

router = APIRouter()


def _index(
    request: Request, session: SessionDep, *, error: str = "", status: int = 200
) -> HTMLResponse:
    from pivotprep.portfolio.service import MAX_UPLOAD_BYTES, history, jobs_in_progress

    return render(
        request,
        "portfolio/index.html",
        {
            "rows": history(session),
            "jobs": jobs_in_progress(session),
            "error": error,
            "limit_mb": MAX_UPLOAD_BYTES // 2**20,
        },
        status_code=status,
    )


@router.get("/portfolio", response_class=HTMLResponse)
def index(request: Request, session: SessionDep) -> HTMLResponse:
    return _index(request, session)


@router.post("/portfolio/check", response_model=None)
async def check(
    request: Request,
    session: SessionDep,
    file: UploadFile | None = None,
    run: Annotated[str, Form()] = "",
) -> Response:
    from pivotprep.portfolio.service import MAX_UPLOAD_BYTES, queue_upload

    try:
        if file is None or not file.filename:
            raise UserError("Choose a zip of your project's folder.")
        data = await file.read(MAX_UPLOAD_BYTES + 1)  # one byte more: too large is refused
        name, queued = str(file.filename), queue_on(request)
        job_id = await run_in_threadpool(
            lambda: queue_upload(session, name, data, run=run == "1", elsewhere=queued)
        )
        if queued:
            await run_in_threadpool(_to_queue, request, session, job_id, name, data)
    except UserError as error:
        return _index(request, session, error=error.message, status=status_for(error))
    return RedirectResponse(f"/portfolio/jobs/{job_id}", status_code=303)


def _to_queue(request: Request, session: Session, job_id: int, name: str, data: bytes) -> None:
    """Send a stored job to the task queue (server mode with a broker): committed first,
    so the worker finds it; if the queue cannot take it, the job fails saying why."""
    from pivotprep.portfolio.service import abandon_job

    session.commit()
    try:
        submit_task(request, "portfolio.check", {"job_id": job_id}, {"archive": (name, data)})
    except UserError as error:
        abandon_job(session, job_id, error.message)
        session.commit()
        raise


def job_result(request: Request, session: Session, job: JobView) -> Response:
    """The task behind a queued check ended: the check's own page tells how."""
    return RedirectResponse(f"/portfolio/jobs/{int(job.payload['job_id'])}", status_code=303)


POLL_SECONDS = 3


@router.get("/portfolio/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, session: SessionDep, job_id: int) -> HTMLResponse:
    """A check's stage; refreshes itself while it runs, then leads to the report."""
    from pivotprep.portfolio.service import get_job

    job = get_job(session, job_id)
    refresh = None
    if job.state == "done":
        refresh = (0, f"/portfolio/checks/{job.check_id}")
    elif not job.finished:
        refresh = (POLL_SECONDS, f"/portfolio/jobs/{job.id}")
    response = render(request, "portfolio/job.html", {"job": job, "refresh": refresh})
    if refresh is not None:
        response.headers["Refresh"] = f"{refresh[0]}; url={refresh[1]}"
    return response


@router.get("/portfolio/checks/{check_id}", response_class=HTMLResponse)
def report_page(request: Request, session: SessionDep, check_id: int) -> HTMLResponse:
    from pivotprep.portfolio.service import get_check

    result = get_check(session, check_id)
    return render(
        request,
        "portfolio/report.html",
        {"result": result, "report": result.report, "fixes": result.report.fixes()},
    )


@router.get("/portfolio/checks/{check_id}/report.md", response_class=PlainTextResponse)
def report_markdown(session: SessionDep, check_id: int) -> PlainTextResponse:
    from pivotprep.portfolio.service import get_check, markdown

    text = markdown(get_check(session, check_id))
    return PlainTextResponse(
        text,
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="portfolio-check-{check_id}.md"'},
    )


@router.get("/portfolio/briefs", response_class=HTMLResponse)
def briefs_page(request: Request, session: SessionDep, role: str | None = None) -> HTMLResponse:
    """The briefs (of the profile's role until another is chosen), the plan's take-home
    tasks and the learner's timed take-homes."""
    from pivotprep.portfolio.service import ROLES, list_briefs, takehome_tasks, takehomes
    from pivotprep.profile.service import get_profile

    if role is None:
        profile = get_profile(session)
        role = profile.target_role if profile else ""
    return render(
        request,
        "portfolio/briefs.html",
        {
            "briefs": list_briefs(role if role in ROLES else None),
            "roles": ROLES,
            "role": role,
            "takehomes": takehomes(session),
            "tasks": takehome_tasks(session),
        },
    )


@router.get("/portfolio/briefs/{brief_id}", response_class=HTMLResponse)
def brief_page(request: Request, brief_id: str) -> HTMLResponse:
    from pivotprep.portfolio.service import HOURS, get_brief

    return render(request, "portfolio/brief.html", {"brief": get_brief(brief_id), "hours": HOURS})


@router.post("/portfolio/briefs/{brief_id}/start")
def start(
    session: SessionDep, brief_id: str, hours: Annotated[int, Form()] = 4
) -> RedirectResponse:
    from pivotprep.portfolio.service import start_takehome

    view = start_takehome(session, brief_id, hours)
    return RedirectResponse(f"/portfolio/takehomes/{view.id}", status_code=303)


def _takehome(
    request: Request, session: SessionDep, takehome_id: int, *, error: str = "", status: int = 200
) -> HTMLResponse:
    from pivotprep.portfolio.service import MAX_UPLOAD_BYTES, takehome

    return render(
        request,
        "portfolio/takehome.html",
        {
            "view": takehome(session, takehome_id),
            "error": error,
            "limit_mb": MAX_UPLOAD_BYTES // 2**20,
        },
        status_code=status,
    )


@router.get("/portfolio/takehomes/{takehome_id}", response_class=HTMLResponse)
def takehome_page(request: Request, session: SessionDep, takehome_id: int) -> HTMLResponse:
    return _takehome(request, session, takehome_id)


@router.post("/portfolio/takehomes/{takehome_id}/submit", response_model=None)
async def submit(
    request: Request,
    session: SessionDep,
    takehome_id: int,
    file: UploadFile | None = None,
    run: Annotated[str, Form()] = "",
) -> Response:
    from pivotprep.portfolio.service import MAX_UPLOAD_BYTES, queue_takehome

    try:
        if file is None or not file.filename:
            raise UserError("Choose a zip of your project's folder.")
        name, data = str(file.filename), await file.read(MAX_UPLOAD_BYTES + 1)
        queued = queue_on(request)
        job_id = await run_in_threadpool(
            lambda: queue_takehome(
                session, takehome_id, name, data, run=run == "1", elsewhere=queued
            )
        )
        if queued:
            await run_in_threadpool(_to_queue, request, session, job_id, name, data)
    except UserError as error:
        return _takehome(
            request, session, takehome_id, error=error.message, status=status_for(error)
        )
    return RedirectResponse(f"/portfolio/jobs/{job_id}", status_code=303)
