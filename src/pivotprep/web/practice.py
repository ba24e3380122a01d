"""Practice pages: the problem list with filters, one page per problem (statement, editor,
Run with per-case results and the complexity chart, hints, the solution lock), and a
dashboard card. Every action calls the practice service; nothing is decided here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.next_steps import link
from pivotprep.web.panels import Panel
from pivotprep.web.render import markdown_html, render
from pivotprep.web.tasks import enqueue, queue_on

if TYPE_CHECKING:
    from pivotprep.practice.service import Submission
    from pivotprep.tasks.service import JobView

router = APIRouter()
PAGE_SIZE = 30  # catalogue rows a page: the page stays short, the filters find the rest
VERDICTS = {
    "pass": "passed",
    "wrong": "wrong answer",
    "error": "error",
    "timeout": "time limit",
    "memory": "memory limit",
    "refused": "refused",
}


def panel(session: Session) -> Panel:
    """Dashboard card: reviews due today and mastery per pattern."""
    from pivotprep.practice.service import stats

    s = stats(session)
    return Panel(
        title="Coding practice",
        template="practice/panel.html",
        context={"practice_stats": s},
        link=("Open practice", "/practice"),
    )


@router.get("/practice", response_class=HTMLResponse)
def index(
    request: Request,
    session: SessionDep,
    pattern: str = "",
    difficulty: str = "",
    kind: str = "",
    q: str = "",
    page: int = 1,
) -> HTMLResponse:
    """Today's problems, then the catalogue, filtered and shown a page at a time."""
    from urllib.parse import urlencode

    from pivotprep.practice.service import catalogue, mastery_by_problem, next_problems, stats

    found = catalogue(pattern=pattern, difficulty=difficulty, kind=kind, query=q)
    pages = max(1, -(-len(found.rows) // PAGE_SIZE))
    page = min(max(1, page), pages)
    filters = {"pattern": pattern, "difficulty": difficulty, "kind": kind, "q": q}
    return render(
        request,
        "practice/index.html",
        {
            "catalogue": found,
            "rows": found.rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
            "page": page,
            "pages": pages,
            "page_query": urlencode({k: v for k, v in filters.items() if v}),
            "filters": filters,
            "suggestions": next_problems(session),
            "mastery": mastery_by_problem(session),
            "stats": stats(session),
        },
    )


def _problem_page(
    request: Request,
    session: Session,
    problem_id: str,
    *,
    code: str | None = None,
    submission: Submission | None = None,
    solution: str | None = None,
    error: UserError | None = None,
) -> HTMLResponse:
    from pivotprep.practice.service import complexity_svg, problem_view

    view = problem_view(session, problem_id)
    chart = ""
    if submission is not None and submission.comparison is not None:
        chart = complexity_svg(submission.comparison)
    return render(
        request,
        "practice/problem.html",
        {
            "view": view,
            "info": view.info,
            "state": view.state,
            "statement": markdown_html(view.info.statement_md),
            "code": view.code if code is None else code,
            "submission": submission,
            "verdicts": VERDICTS,
            "chart": chart,
            "solution": solution,
            "error": error.message if error else None,
            "error_step": link(error.next_step) if error else None,
        },
        status_code=status_for(error) if error else 200,
    )


@router.get("/practice/{problem_id}", response_class=HTMLResponse)
def problem(request: Request, session: SessionDep, problem_id: str) -> HTMLResponse:
    return _problem_page(request, session, problem_id)


@router.post("/practice/{problem_id}/start")
def start(request: Request, session: SessionDep, problem_id: str) -> Response:
    from pivotprep.practice.service import count_in_child, start_problem

    start_problem(session, problem_id)
    count_in_child(problem_id)  # the reference's counts, while the learner reads
    return RedirectResponse(f"/practice/{problem_id}", status_code=303)


@router.post("/practice/{problem_id}/run", response_model=None)
def run(
    request: Request,
    session: SessionDep,
    problem_id: str,
    code: Annotated[str, Form()] = "",
) -> Response:
    from pivotprep.practice.service import MAX_CODE_CHARS, get_problem, run_code, save_code

    # On the queue, a known coding problem's code is saved here too (the web's copy of the
    # learner's file, which a worker on another machine does not write); anything else is
    # refused in-process below, at once.
    if queue_on(request) and len(code) <= MAX_CODE_CHARS and get_problem(problem_id).kind == "code":
        save_code(problem_id, code)
        queued = enqueue(request, "practice.run", {"problem_id": problem_id, "code": code})
        if queued is not None:
            return queued
    try:
        submission = run_code(session, problem_id, code)
    except UserError as exc:
        shown = code[:MAX_CODE_CHARS]  # the start of an oversized paste, not all of it
        return _problem_page(request, session, problem_id, code=shown, error=exc)
    return _problem_page(request, session, problem_id, code=code, submission=submission)


@router.post("/practice/{problem_id}/hint", response_class=HTMLResponse)
def hint(request: Request, session: SessionDep, problem_id: str) -> HTMLResponse:
    from pivotprep.practice.service import reveal_hint

    reveal_hint(session, problem_id)
    return _problem_page(request, session, problem_id)


@router.post("/practice/{problem_id}/solution", response_class=HTMLResponse)
def solution(
    request: Request,
    session: SessionDep,
    problem_id: str,
    force: Annotated[str, Form()] = "",
) -> HTMLResponse:
    from pivotprep.practice.service import reveal_solution

    try:
        text = reveal_solution(session, problem_id, force=force == "yes")
    except UserError as exc:
        return _problem_page(request, session, problem_id, error=exc)
    return _problem_page(request, session, problem_id, solution=text)


def job_result(request: Request, session: Session, job: JobView) -> HTMLResponse:
    """A Run judged on the queue, shown as the Run's own answer page."""
    from pivotprep.practice.service import MAX_CODE_CHARS

    problem_id, code = str(job.payload["problem_id"]), str(job.payload["code"])
    if job.error is not None:
        shown = code[:MAX_CODE_CHARS]
        return _problem_page(request, session, problem_id, code=shown, error=job.error)
    return _problem_page(request, session, problem_id, code=code, submission=job.result)
