"""SQL practice pages: the problem list, one page per problem (statement, editor beside the
dataset schema, Run with the result table and the first differing rows, hints and the
solution lock from the shared practice workflow) and, for drills, the timed run and
EXPLAIN ANALYZE side by side. Every action calls `pivotprep.sql.service`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException

from pivotprep.core.errors import InputTooLargeError, UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.guards import DEFAULT_BODY_LIMIT
from pivotprep.web.render import markdown_html, render

router = APIRouter()
SIDE = {"missing": "expected, missing from yours", "extra": "yours, not expected",
        "expected": "expected", "yours": "yours"}  # fmt: skip


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
    from pivotprep.sql.datasets import datasets
    from pivotprep.sql.problems import TOPICS
    from pivotprep.sql.service import list_problems

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
            "datasets": list(datasets().values()),
        },  # fmt: skip
    )


@router.get("/sql/schema/{name}", response_class=HTMLResponse)
def schema_page(request: Request, name: str) -> HTMLResponse:
    from pivotprep.sql.datasets import get_dataset
    from pivotprep.sql.service import schema

    return render(
        request, "sql/schema.html", {"dataset": get_dataset(name), "tables": schema(name)}
    )


def _page(
    request: Request,
    session: Session,
    problem_id: str,
    *,
    query: str | None = None,
    status: int = 200,
    **extra: Any,
) -> HTMLResponse:
    from pivotprep.sql.datasets import build_seconds, get_dataset
    from pivotprep.sql.service import attempt_state, get_problem, saved_query, schema

    problem = get_problem(problem_id)
    context = {
        "problem": problem,
        "statement": markdown_html(problem.statement_md.split("\n", 1)[1]),
        "query": saved_query(problem_id) if query is None else query,
        "dataset": get_dataset(problem.dataset),
        "tables": schema(problem.dataset),
        "state": attempt_state(session, problem_id),
        "side": SIDE,
        "verdict": None,
        "drill": None,
        "plans": None,
        "error": None,
        "solution": None,
        "building": None,
        "refresh": None,
        "ready": None,
        "build_seconds": build_seconds(problem.dataset, "large"),
    }
    context.update(extra)
    return render(request, "sql/problem.html", context, status_code=status)


POLL_SECONDS = 3


def _building_page(
    request: Request, session: Session, problem_id: str, dataset: str, **extra: Any
) -> HTMLResponse:
    """'Building the large dataset (about N s, once)', refreshing itself every few seconds
    (a Refresh header and a <meta refresh>, no script) until the build is done."""
    from pivotprep.sql.datasets import build_seconds

    url = f"/sql/{problem_id}?building=large"
    notice = (
        f"Building the large {dataset} dataset (about {build_seconds(dataset, 'large')} s, "
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
    if building != "large":
        return _page(request, session, problem_id)
    from pivotprep.sql import datasets
    from pivotprep.sql.service import get_problem

    dataset = get_problem(problem_id).dataset
    if datasets.is_built(dataset, "large"):
        ready = f"The large {dataset} dataset is ready: run your query again."
        return _page(request, session, problem_id, ready=ready)
    job = datasets.background_build(dataset, "large")  # a page load never starts a build
    if job is None:
        return _page(request, session, problem_id)
    if job.error and not job.running:
        datasets.forget_failed_build(dataset, "large")
        return _page(request, session, problem_id, error=job.error, status=500)
    return _building_page(request, session, problem_id, dataset)


@router.post("/sql/{problem_id}/start", response_class=HTMLResponse)
def start(request: Request, session: SessionDep, problem_id: str) -> HTMLResponse:
    from pivotprep.sql.service import start as start_problem

    start_problem(session, problem_id)
    return _page(request, session, problem_id)


@router.post("/sql/{problem_id}/run", response_class=HTMLResponse)
def run(request: Request, session: SessionDep, problem_id: str, form: FormDep) -> HTMLResponse:
    from pivotprep.sql import service

    problem = service.get_problem(problem_id)
    if form.error:
        return _page(request, session, problem_id, error=form.error, status=400)
    query, action, size = form.get("query"), form.get("action", "run"), form.get("size", "large")
    try:
        service.save_query(problem_id, query)
        needs_large = action == "timed" or (action == "explain" and size == "large")
        if problem.is_drill and needs_large and not _large_ready(problem.dataset):
            return _building_page(request, session, problem_id, problem.dataset, query=query)
        if action == "explain" and problem.is_drill:
            slow, yours = service.explain(problem_id, query, size=size)
            return _page(request, session, problem_id, query=query, plans=(slow, yours))
        if problem.is_drill:
            size = "large" if action == "timed" else "small"
            result = service.submit_drill(session, problem_id, query, size=size)
            return _page(request, session, problem_id, query=query, verdict=result.verdict,
                         drill=result)  # fmt: skip
        verdict = service.submit(session, problem_id, query)
        return _page(request, session, problem_id, query=query, verdict=verdict)
    except InputTooLargeError as error:
        # show the start of it, not megabytes of text, beside the message
        shown = query[: service.MAX_QUERY_CHARS]
        return _page(request, session, problem_id, query=shown, error=error.message, status=413)
    except UserError as error:
        return _page(request, session, problem_id, query=query, error=error.message, status=422)


def _large_ready(dataset: str) -> bool:
    """True if the large dataset is built; otherwise its build starts in the background."""
    from pivotprep.sql import datasets

    return datasets.build_in_background(dataset, "large") is None


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
        return _page(request, session, problem_id, error=error.message, status=409)
    return _page(request, session, problem_id, solution=text)
