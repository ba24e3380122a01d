"""Portfolio pages: upload a zip of a project to check, the report with its evidence and
fixes, its Markdown export, and the history of checks. Thin: everything is in
`pivotprep.portfolio.service`; the check runs in a worker thread.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from pivotprep.core.errors import UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.render import render

router = APIRouter()


def _index(
    request: Request, session: SessionDep, *, error: str = "", status: int = 200
) -> HTMLResponse:
    from pivotprep.portfolio.service import MAX_UPLOAD_BYTES, history

    return render(
        request,
        "portfolio/index.html",
        {
            "rows": history(session),
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
    from pivotprep.portfolio.service import MAX_UPLOAD_BYTES, check_upload

    try:
        if file is None or not file.filename:
            raise UserError("Choose a zip of your project's folder.")
        data = await file.read(MAX_UPLOAD_BYTES + 1)  # one byte more: too large is refused
        result = await run_in_threadpool(
            lambda: check_upload(session, str(file.filename), data, run=run == "1")
        )
    except UserError as error:
        return _index(request, session, error=error.message, status=status_for(error))
    return RedirectResponse(f"/portfolio/checks/{result.id}", status_code=303)


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
    from pivotprep.portfolio.service import MAX_UPLOAD_BYTES, submit_takehome

    try:
        if file is None or not file.filename:
            raise UserError("Choose a zip of your project's folder.")
        upload = (str(file.filename), await file.read(MAX_UPLOAD_BYTES + 1))
        result = await run_in_threadpool(
            lambda: submit_takehome(session, takehome_id, upload=upload, run=run == "1")
        )
    except UserError as error:
        return _takehome(
            request, session, takehome_id, error=error.message, status=status_for(error)
        )
    return RedirectResponse(f"/portfolio/checks/{result.id}", status_code=303)
