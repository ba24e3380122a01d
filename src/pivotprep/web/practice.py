"""Practice pages: the problem list with filters, one page per problem (statement, editor,
Run with per-case results and the complexity chart, hints, the solution lock), and a
dashboard card. Every action calls the practice service; nothing is decided here."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.panels import Panel
from pivotprep.web.render import markdown_html, render

router = APIRouter()
MAX_CODE = 200_000


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
) -> HTMLResponse:
    from pivotprep.practice.catalog import all_problems
    from pivotprep.practice.service import mastery_by_problem, next_problems, stats

    problems = list(all_problems().values())
    patterns = sorted({p.pattern for p in problems})
    needle = q.strip().lower()[:100]
    rows = [
        p
        for p in problems
        if (not pattern or p.pattern == pattern)
        and (not difficulty or p.difficulty == difficulty)
        and (not kind or p.kind == kind)
        and (not needle or needle in p.title.lower() or needle in p.id)
    ]
    return render(
        request,
        "practice/index.html",
        {
            "rows": rows,
            "patterns": patterns,
            "filters": {"pattern": pattern, "difficulty": difficulty, "kind": kind, "q": q},
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
    submission=None,  # type: ignore[no-untyped-def]
    solution: str | None = None,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.practice.catalog import get_problem
    from pivotprep.practice.chart import complexity_svg
    from pivotprep.practice.service import current_attempt, hints_shown, lock_remaining

    info = get_problem(problem_id)
    attempt = current_attempt(session, problem_id)
    if code is None and info.kind == "code":
        from pivotprep.practice.problems import load_pack
        from pivotprep.practice.stubs import make_stub
        from pivotprep.practice.submit import workspace_file

        path = workspace_file(problem_id)
        code = (
            path.read_text(encoding="utf-8", errors="replace")[:MAX_CODE]
            if path.exists()
            else make_stub(load_pack(problem_id))
        )
    chart = ""
    if submission is not None and submission.comparison is not None:
        chart = complexity_svg(submission.comparison)
    remaining = int(lock_remaining(attempt).total_seconds()) if attempt else None
    unlocked = attempt is not None and (remaining == 0 or attempt.passed_at is not None)
    return render(
        request,
        "practice/problem.html",
        {
            "info": info,
            "statement": markdown_html(info.statement_md),
            "attempt": attempt,
            "code": code,
            "submission": submission,
            "chart": chart,
            "hints": hints_shown(session, problem_id),
            "remaining": remaining,
            "unlocked": unlocked,
            "solution": solution,
            "error": error,
        },
        status_code=status,
    )


@router.get("/practice/{problem_id}", response_class=HTMLResponse)
def problem(request: Request, session: SessionDep, problem_id: str) -> HTMLResponse:
    return _problem_page(request, session, problem_id)


@router.post("/practice/{problem_id}/start")
def start(request: Request, session: SessionDep, problem_id: str) -> Response:
    from pivotprep.practice.catalog import get_problem
    from pivotprep.practice.service import start as start_attempt

    kind = get_problem(problem_id).kind
    if kind == "code":
        from pivotprep.practice.submit import start_problem

        start_problem(session, problem_id)
    elif kind == "sql":
        from pivotprep.sql.service import start as start_sql

        start_sql(session, problem_id)
    else:
        start_attempt(session, problem_id)
    return RedirectResponse(f"/practice/{problem_id}", status_code=303)


@router.post("/practice/{problem_id}/run", response_class=HTMLResponse)
def run(
    request: Request,
    session: SessionDep,
    problem_id: str,
    code: Annotated[str, Form()] = "",
) -> HTMLResponse:
    from pivotprep.practice.catalog import get_problem
    from pivotprep.practice.judge import write_text_atomic
    from pivotprep.practice.service import current_attempt
    from pivotprep.practice.submit import check, start_problem, workspace_file

    if get_problem(problem_id).kind != "code":
        raise UserError(f"{problem_id} is not a coding problem.")
    if len(code) > MAX_CODE:
        return _problem_page(
            request,
            session,
            problem_id,
            code=code[:MAX_CODE],
            error=f"The code is over {MAX_CODE // 1000} kB.",
            status=413,
        )
    if current_attempt(session, problem_id) is None:  # Run never opens a second attempt
        start_problem(session, problem_id)
    path = workspace_file(problem_id)
    write_text_atomic(path, code.replace("\r\n", "\n"))
    try:
        submission = check(session, problem_id)
    except UserError as exc:
        return _problem_page(request, session, problem_id, code=code, error=exc.message, status=422)
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
        return _problem_page(request, session, problem_id, error=exc.message, status=423)
    return _problem_page(request, session, problem_id, solution=text)
