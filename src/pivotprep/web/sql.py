"""SQL practice pages: the problem list, one page per problem (statement, editor beside the
dataset schema, Run with the result table and the first differing rows, hints and the
solution lock from the shared practice workflow) and, for drills, the timed run and
EXPLAIN ANALYZE side by side; and a free query mode to explore any dataset. Every action
calls `pivotprep.sql.service`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, cast

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException

from pivotprep.core.errors import UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.guards import DEFAULT_BODY_LIMIT
from pivotprep.web.next_steps import link
from pivotprep.web.render import markdown_html, render
from pivotprep.web.tasks import enqueue, queue_on

if TYPE_CHECKING:
    from pivotprep.sql.service import QueryRun
    from pivotprep.tasks.service import JobView

router = APIRouter()
SIDE = {"missing": "expected, missing from yours", "extra": "yours, not expected",
        "expected": "expected", "yours": "yours"}  # fmt: skip
VERDICTS = {"pass": "Correct", "wrong": "Wrong result", "error": "Error", "timeout": "Time limit",
            "memory": "Memory limit", "refused": "Refused"}  # fmt: skip


@dataclass(frozen=True)
class FormFields:
    """A posted form's text fields, or why it could not be read."""

    fields: dict[str, str] = field(default_factory=dict)
    error: str | None = None

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)


async def read_form(request: Request) -> FormFields:
    """The posted form, read here rather than by FastAPI's `Form()` parameters.

    Starlette refuses a field over 1 MB with its own bare 400 (JSON), so a pasted
    multi-megabyte query would never reach the page. Fields are accepted up to the app's
    body limit (`web.guards`, which refuses anything larger before it is read); the
    query's own limit is then checked by `sql.service` and shown beside the editor.
    """
    try:
        form = await request.form(max_part_size=DEFAULT_BODY_LIMIT + 1)
    except HTTPException as exc:
        return FormFields(error=f"The form could not be read: {exc.detail}")
    return FormFields({k: v for k, v in form.items() if isinstance(v, str)})


FormDep = Annotated[FormFields, Depends(read_form)]


@router.get("/sql", response_class=HTMLResponse)
def index(request: Request, session: SessionDep, topic: str = "") -> HTMLResponse:
    from pivotprep.practice.service import mastery_by_problem
    from pivotprep.sql.service import TOPICS, list_datasets, list_problems

    problems = list_problems(topic if topic in TOPICS else None)
    mastery = mastery_by_problem(session)
    return render(
        request,
        "sql/index.html",
        {
            "problems": problems,
            "topics": TOPICS,
            "topic": topic,
            "mastery": mastery,
            "datasets": list_datasets(),
        },  # fmt: skip
    )


@router.get("/sql/schema/{name}", response_class=HTMLResponse)
def schema_page(request: Request, name: str) -> HTMLResponse:
    from pivotprep.sql.service import get_dataset, schema

    return render(
        request, "sql/schema.html", {"dataset": get_dataset(name), "tables": schema(name)}
    )


def _explore_page(
    request: Request, dataset: str, query: str, status: int = 200, **extra: Any
) -> HTMLResponse:
    from pivotprep.sql.service import get_dataset, list_datasets, schema

    context = {
        "datasets": list_datasets(),
        "dataset": get_dataset(dataset),
        "tables": schema(dataset),
        "query": query,
        "run": None,
        "error": None,
    }
    context.update(extra)
    return render(request, "sql/explore.html", context, status_code=status)


@router.get("/sql/explore", response_class=HTMLResponse)
def explore(request: Request, dataset: str = "shop") -> HTMLResponse:
    """Free query mode: any query on any dataset, no problem to judge it against."""
    return _explore_page(request, dataset, "SELECT *\nFROM \nLIMIT 20")


@router.post("/sql/explore", response_class=HTMLResponse)
def explore_run(request: Request, form: FormDep) -> HTMLResponse:
    from pivotprep.sql.service import MAX_QUERY_CHARS, get_dataset, run_free_query

    dataset = form.get("dataset", "shop")
    get_dataset(dataset)
    if form.error:
        return _explore_page(request, dataset, "", status=400, error=form.error)
    query = form.get("query")
    try:
        result = run_free_query(dataset, query)
    except UserError as error:
        return _explore_page(request, dataset, query[:MAX_QUERY_CHARS],
                             status=status_for(error), error=error.message)  # fmt: skip
    return _explore_page(request, dataset, query, run=result)


def _page(
    request: Request,
    session: Session,
    problem_id: str,
    *,
    query: str | None = None,
    status: int = 200,
    **extra: Any,
) -> HTMLResponse:
    from pivotprep.sql.service import (
        TIMED_SIZE,
        attempt_state,
        build_seconds,
        get_dataset,
        get_problem,
        saved_query,
        schema,
    )

    problem = get_problem(problem_id)
    context = {
        "problem": problem,
        "statement": markdown_html(problem.statement_md.split("\n", 1)[1]),
        "query": saved_query(problem_id) if query is None else query,
        "dataset": get_dataset(problem.dataset),
        "tables": schema(problem.dataset),
        "state": attempt_state(session, problem_id),
        "side": SIDE,
        "verdicts": VERDICTS,
        "verdict": None,
        "drill": None,
        "plans": None,
        "error": None,
        "error_step": None,
        "solution": None,
        "building": None,
        "refresh": None,
        "ready": None,
        "build_seconds": build_seconds(problem.dataset, TIMED_SIZE),
    }
    context.update(extra)
    return render(request, "sql/problem.html", context, status_code=status)


def _error_page(
    request: Request, session: Session, problem_id: str, error: UserError, **extra: Any
) -> HTMLResponse:
    """The problem page with `error` beside the editor, at its class's status."""
    return _page(request, session, problem_id, error=error.message,
                 error_step=link(error.next_step), status=status_for(error), **extra)  # fmt: skip


POLL_SECONDS = 3


def _building_page(
    request: Request, session: Session, problem_id: str, dataset: str, **extra: Any
) -> HTMLResponse:
    """'Building the large dataset (about N s, once)', refreshing itself every few seconds
    (a Refresh header and a <meta refresh>, no script) until the build is done."""
    from pivotprep.sql.service import TIMED_SIZE, build_seconds

    url = f"/sql/{problem_id}?building={TIMED_SIZE}"
    notice = (
        f"Building the large {dataset} dataset (about {build_seconds(dataset, TIMED_SIZE)} s, "
        "once; it is cached afterwards). This page refreshes until it is ready; your query "
        "is saved, so press the button again then."
    )
    response = _page(request, session, problem_id, building=notice, refresh=(POLL_SECONDS, url),
                     status=202, **extra)  # fmt: skip
    response.headers["Refresh"] = f"{POLL_SECONDS}; url={url}"
    return response


@router.get("/sql/{problem_id}", response_class=HTMLResponse)
def problem_page(
    request: Request, session: SessionDep, problem_id: str, building: str = ""
) -> HTMLResponse:
    from pivotprep.sql.service import TIMED_SIZE, large_data

    if building != TIMED_SIZE:
        return _page(request, session, problem_id)
    large = large_data(problem_id)  # a page load never starts a build
    if large.state == "ready":
        ready = f"The large {large.dataset} dataset is ready: run your query again."
        return _page(request, session, problem_id, ready=ready)
    if large.state == "failed":
        return _page(request, session, problem_id, error=large.error, status=500)
    if large.state == "building":
        return _building_page(request, session, problem_id, large.dataset)
    return _page(request, session, problem_id)


@router.post("/sql/{problem_id}/start", response_class=HTMLResponse)
def start(request: Request, session: SessionDep, problem_id: str) -> HTMLResponse:
    from pivotprep.sql.service import start as start_problem

    start_problem(session, problem_id)
    return _page(request, session, problem_id)


ACTIONS = ("run", "small", "timed", "explain")


@router.post("/sql/{problem_id}/run", response_model=None)
def run(request: Request, session: SessionDep, problem_id: str, form: FormDep) -> Response:
    from pivotprep.sql.service import (
        MAX_QUERY_CHARS,
        EditorAction,
        get_problem,
        run_editor,
        save_query,
    )

    get_problem(problem_id)
    if form.error:
        return _page(request, session, problem_id, error=form.error, status=400)
    query = form.get("query")
    action = form.get("action", "run")
    action = cast("EditorAction", action if action in ACTIONS else "run")
    size = form.get("size", "large")
    # Empty or too long: refused in-process below, at once, beside the editor.
    if queue_on(request) and query.strip() and len(query) <= MAX_QUERY_CHARS:
        save_query(problem_id, query)  # the web's copy of the learner's file, as in-process
        payload = {"problem_id": problem_id, "query": query, "action": action, "explain_size": size}
        queued = enqueue(request, "sql.run", payload)
        if queued is not None:
            return queued
    try:
        result = run_editor(session, problem_id, query, action=action, explain_size=size)
    except UserError as error:
        # an oversized query: show the start of it, not megabytes of text, beside the message
        return _error_page(request, session, problem_id, error, query=query[:MAX_QUERY_CHARS])
    return _result_page(request, session, problem_id, query, result)


def _result_page(
    request: Request, session: Session, problem_id: str, query: str, result: QueryRun
) -> HTMLResponse:
    """The answer to a run: the verdict, a drill's timing or plans, or 'building'."""
    if result.building:
        return _building_page(request, session, problem_id, result.building, query=query)
    return _page(request, session, problem_id, query=query, verdict=result.verdict,
                 drill=result.drill, plans=result.plans, plan_ticked=result.plan)  # fmt: skip


@router.post("/sql/{problem_id}/hint", response_class=HTMLResponse)
def hint(request: Request, session: SessionDep, problem_id: str) -> HTMLResponse:
    from pivotprep.practice.service import reveal_hint

    reveal_hint(session, problem_id)
    return _page(request, session, problem_id)


@router.post("/sql/{problem_id}/solution", response_class=HTMLResponse)
def solution(request: Request, session: SessionDep, problem_id: str, form: FormDep) -> HTMLResponse:
    from pivotprep.practice.service import reveal_solution

    if form.error:
        return _page(request, session, problem_id, error=form.error, status=400)
    try:
        text = reveal_solution(session, problem_id, force=form.get("force") == "yes")
    except UserError as error:
        return _error_page(request, session, problem_id, error)
    return _page(request, session, problem_id, solution=text)


def job_result(request: Request, session: Session, job: JobView) -> HTMLResponse:
    """A run done on the queue, shown as the run's own answer page."""
    from pivotprep.sql.service import MAX_QUERY_CHARS

    problem_id, query = str(job.payload["problem_id"]), str(job.payload["query"])
    if job.error is not None:
        return _error_page(request, session, problem_id, job.error, query=query[:MAX_QUERY_CHARS])
    return _result_page(request, session, problem_id, query, job.result)
