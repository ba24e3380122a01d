"""Health probes for whoever runs the app (a process supervisor, a load balancer, a
container engine): `/healthz` says the process answers; `/readyz` says it can serve,
that is the database answers, (locally) its schema is at the newest revision of every
feature, and (in server mode with a task queue) the broker accepts a connection, within
a few seconds. Both answer JSON, need no session and carry no user data."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.engine import Engine

router = APIRouter()
PATHS = ("/healthz", "/readyz")


@router.get("/healthz", include_in_schema=False)
def healthz() -> JSONResponse:
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})


def _problems(engine: Engine, server: bool) -> list[str]:
    """What stops the app from serving now (empty when nothing does)."""
    from pivotprep.core.migrate import current_revisions, script_heads

    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any failure to reach the store is "not ready"
        return [f"database: {type(error).__name__}"]
    if server:  # learners' schemas are upgraded on their first request
        return []
    missing = script_heads() - current_revisions(engine)
    return [f"migrations: {len(missing)} feature(s) behind; run pivotprep db upgrade"] * bool(
        missing
    )


@router.get("/readyz", include_in_schema=False)
def readyz(request: Request) -> JSONResponse:
    state = request.app.state
    server = getattr(state, "server", None) is not None
    engine = getattr(state, "base_engine", None) if server else state.engine
    problems = _problems(engine or state.engine, server)
    queue = getattr(state, "task_queue", None) if server else None
    broker = queue.probe() if queue is not None else None
    problems += [broker] if broker else []
    body = {"status": "not ready" if problems else "ready", "problems": problems}
    return JSONResponse(
        body, status_code=503 if problems else 200, headers={"Cache-Control": "no-store"}
    )
