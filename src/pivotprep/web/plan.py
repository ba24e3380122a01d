"""Plan pages: the whole plan, one week, marking tasks done, logging hours, re-planning
and export downloads. Every action calls one `pivotprep.plan.service` function."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from pivotprep.core.errors import ValidationError
from pivotprep.plan import service
from pivotprep.web.dashboard import plan_context
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.render import render

router = APIRouter()


def _back(target: str) -> str:
    """Only local pages are valid targets (no open redirect)."""
    if target in ("/", "/dashboard", "/plan") or target.startswith("/plan/week/"):
        return target
    return "/"


def _plan_page(
    request: Request,
    session: Session,
    *,
    message: str = "",
    problem: service.PlanDoesNotFitError | None = None,
    status: int = 200,
) -> HTMLResponse:
    context = plan_context(session)
    context.update(
        {"by_week": service.tasks_by_week(session), "message": message, "problem": problem}
    )
    return render(request, "plan/index.html", context, status_code=status)


def _no_profile(session: Session) -> bool:
    """True before a profile exists: the plan pages then send the person to the form."""
    from pivotprep.profile.service import get_profile

    return get_profile(session) is None


@router.get("/plan", response_class=HTMLResponse)
def plan_index(request: Request, session: SessionDep) -> Response:
    if _no_profile(session):
        return RedirectResponse("/welcome", status_code=303)
    return _plan_page(request, session)


@router.get("/plan/week/{number}", response_class=HTMLResponse)
def plan_week(request: Request, number: int, session: SessionDep) -> Response:
    if _no_profile(session):
        return RedirectResponse("/welcome", status_code=303)
    context = plan_context(session, number)
    context["errors"] = {}
    return render(request, "plan/week.html", context)


@router.post("/plan/tasks/{task_id}/done")
def task_done(
    task_id: int,
    session: SessionDep,
    done: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",  # noqa: A002
) -> Response:
    service.mark_done(session, task_id, done=done in ("on", "1", "true", "yes"))
    return RedirectResponse(f"{_back(next)}#task-{task_id}", status_code=303)


@router.post("/plan/tasks/{task_id}/log")
def task_log(
    request: Request,
    task_id: int,
    session: SessionDep,
    hours: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",  # noqa: A002
) -> Response:
    task = service.get_task(session, task_id)
    try:
        service.log_hours(session, task_id, hours)
    except ValidationError as error:
        context = plan_context(session, task.week)
        context["errors"] = {task_id: error.message}
        context["typed"] = {task_id: hours}
        return render(request, "plan/week.html", context, status_code=status_for(error))
    return RedirectResponse(f"{_back(next)}#task-{task_id}", status_code=303)


@router.post("/plan/replan", response_class=HTMLResponse)
def plan_replan(
    request: Request,
    session: SessionDep,
    extend: Annotated[str, Form()] = "0",
    drop: Annotated[list[str] | None, Form()] = None,
) -> Response:
    try:
        report = service.replan(session, extend=extend, drop=drop or ())
    except service.PlanDoesNotFitError as problem:
        session.rollback()
        return _plan_page(request, session, problem=problem, status=status_for(problem))
    except ValidationError as error:
        session.rollback()
        return _plan_page(request, session, message=error.message, status=status_for(error))
    return _plan_page(request, session, message=report.message)


@router.get("/plan/export.{fmt}")
def plan_export(fmt: str, session: SessionDep) -> Response:
    content, media, name = service.export_plan(session, fmt)
    return Response(
        content,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
