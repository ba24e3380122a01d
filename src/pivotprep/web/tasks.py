"""Tasks on the queue (server mode with a broker): a submit answers at once with a redirect
to `/tasks/ID`, a small page that refreshes itself (a Refresh header and a <meta refresh>,
no script, as the portfolio check's page does) while the task waits or runs, then shows
the same result page as an in-process run, rendered by the feature's own router.

Without a queue (local mode, or a server with no broker) `enqueue` returns None and the
route does the work in-process, exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from pivotprep.web.deps import SessionDep, request_engine
from pivotprep.web.render import render

if TYPE_CHECKING:
    from pivotprep.tasks.service import JobView

router = APIRouter()
POLL_SECONDS = 1  # a judge run takes seconds: look again often
STATES = {"queued": "waiting for a worker", "running": "running"}
SCRIPTED = ("mock.transcribe",)  # tasks whose page's script polls for JSON
# Each kind's heading on its page and the page it came from ({problem_id} from its inputs).
HEADINGS = {
    "practice.run": ("Judging your code", "/practice/{problem_id}", "The problem"),
    "sql.run": ("Running your query", "/sql/{problem_id}", "The problem"),
    "resume.scan": ("Scanning your resume", "/resume", "ATS scan"),
    "portfolio.check": ("Checking your project", "/portfolio", "Portfolio check"),
    "mock.transcribe": ("Transcribing your recording", "/mock/voice", "Voice practice"),
}
Renderer = Callable[[Request, Session, "JobView"], Response]


def queue_on(request: Request) -> bool:
    """Whether this app sends heavy work to the task queue (server mode with a broker)."""
    identity = request.scope.get("state", {}).get("identity")
    return getattr(request.app.state, "task_queue", None) is not None and identity is not None


def submit_task(
    request: Request,
    kind: str,
    payload: dict[str, Any],
    files: Mapping[str, tuple[str, bytes]] | None = None,
) -> str | None:
    """Put `kind` on the queue for the logged-in learner: its page's address, or None when
    this app has no queue (the caller runs the work in-process)."""
    if not queue_on(request):
        return None
    from pivotprep.tasks.service import submit

    identity = request.scope["state"]["identity"]
    queue = request.app.state.task_queue
    job_id = submit(request_engine(request), queue, identity.account_id, kind, payload, files)
    return f"/tasks/{job_id}"


def enqueue(
    request: Request,
    kind: str,
    payload: dict[str, Any],
    files: Mapping[str, tuple[str, bytes]] | None = None,
) -> Response | None:
    """`submit_task`, answered with a redirect to the task's page (None: no queue)."""
    url = submit_task(request, kind, payload, files)
    return None if url is None else RedirectResponse(url, status_code=303)


def _renderers() -> dict[str, Renderer]:
    from pivotprep.web import mock, portfolio, practice, resume, sql

    return {
        "practice.run": practice.job_result,
        "sql.run": sql.job_result,
        "resume.scan": resume.job_result,
        "mock.transcribe": mock.job_result,
        "portfolio.check": portfolio.job_result,
    }


@router.get("/tasks/{job_id}", response_model=None)
def job_page(request: Request, session: SessionDep, job_id: str) -> Response:
    """A task's state while it waits or runs; once it ended, its feature's result page."""
    from pivotprep.tasks.service import get_job

    job = get_job(session, job_id)
    if job.finished:
        try:
            return _renderers()[job.kind](request, session, job)
        except (KeyError, TypeError, ValueError):
            if job.state != "failed":
                raise
            return _failed(request, job)  # its inputs cannot rebuild the feature's page
    if job.kind in SCRIPTED:  # followed by the page's own script: JSON, no refresh
        return JSONResponse({"state": job.state, "attempts": job.attempts}, status_code=202)
    url = f"/tasks/{job.id}"
    context = {"job": job, "label": STATES.get(job.state, job.state), **_heading(job)}
    context["refresh"] = (POLL_SECONDS, url)
    response = render(request, "tasks/job.html", context, status_code=202)
    response.headers["Refresh"] = f"{POLL_SECONDS}; url={url}"
    return response


def _heading(job: JobView) -> dict[str, Any]:
    """The page's title and its link back to the page the task came from."""
    title, back, back_label = HEADINGS.get(job.kind, ("Your task", "/", "Home"))
    problem = job.payload.get("problem_id")
    if not isinstance(problem, str) or not problem:  # no problem named: its section's page
        back = back.split("/{", 1)[0]
    back = back.format(problem_id=quote(str(problem), safe=""))
    return {"title": title, "back": (back, back_label)}


def _failed(request: Request, job: JobView) -> Response:
    """A failed task whose feature cannot show it (a payload it cannot read): the error and
    the way back, without refreshing."""
    from pivotprep.web.errors import status_for

    error = job.error.message if job.error else "The task failed."
    status = status_for(job.error) if job.error else 500
    context = {"job": job, "label": "failed", "refresh": None, "error": error, **_heading(job)}
    if job.kind in SCRIPTED:
        return JSONResponse({"error": error}, status_code=status)
    return render(request, "tasks/job.html", context, status_code=status)
