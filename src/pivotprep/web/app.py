"""Builds the FastAPI app.

To add a page: write `pivotprep/web/<feature>.py` with a `router`, then declare it (and its
nav entry, if it belongs in the top bar) in the feature's entry of `pivotprep.registry`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from pivotprep import registry
from pivotprep.core.errors import UserError
from pivotprep.web.errors import status_for
from pivotprep.web.guards import (
    BodyLimitMiddleware,
    HostGuardMiddleware,
    SameOriginMiddleware,
    SecurityHeadersMiddleware,
    allowed_hosts,
)
from pivotprep.web.head import HeadAsGetMiddleware
from pivotprep.web.next_steps import link
from pivotprep.web.render import render

if TYPE_CHECKING:
    from pivotprep.server.service import ServerConfig

HERE = Path(__file__).resolve().parent


def _install_server(app: FastAPI, engine: Engine, server: ServerConfig) -> str:
    """Server mode's pages and guard (imported only then); the public host to allow."""
    from pivotprep.web.server import install

    install(app, engine, server)
    _install_queue(app)
    return server.public_host


def _install_queue(app: FastAPI) -> None:
    """Server mode with `PIVOTPREP_BROKER_URL`: judging and SQL runs go to the task queue
    (`pivotprep worker` runs them); without it they run in this process, as locally."""
    from pivotprep.tasks.service import TaskQueue, queue_config

    config = queue_config()
    app.state.task_queue = TaskQueue(config) if config is not None else None


def create_app(
    engine: Engine | None = None,
    *,
    bind_host: str | None = None,
    extra_hosts: tuple[str, ...] = (),
    server: ServerConfig | None = None,
) -> FastAPI:
    """The app, bound to `engine` (default: the configured database, migrated); with
    `server`, the multi-user server of `web/server.py` (`engine` on PostgreSQL).

    Only requests addressed to this machine (and `bind_host`, `extra_hosts`,
    `PIVOTPREP_ALLOWED_HOSTS`) are served; see `web/guards.py`."""
    from pivotprep.core.db import get_engine
    from pivotprep.core.migrate import ensure_current
    from pivotprep.web.health import router as health_router
    from pivotprep.web.request_log import RequestLogMiddleware

    engine = engine or get_engine()
    if server is None:
        ensure_current(engine)
    app = FastAPI(title="pivotprep", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.engine = engine
    app.state.nav = registry.nav()
    app.state.nav_groups = registry.nav_groups()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(health_router)
    for router in registry.routers():
        app.include_router(router)
    if server is not None:
        extra_hosts = (*extra_hosts, _install_server(app, engine, server))

    app.add_middleware(RequestLogMiddleware)  # inside the guards: it sees the identity
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(SameOriginMiddleware)
    app.add_middleware(HostGuardMiddleware, allowed=allowed_hosts(bind_host, extra_hosts))
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: every answer carries them

    _add_handlers(app)
    return app


def _add_handlers(app: FastAPI) -> None:
    """The favicon and the error pages: every error is a page in the app's own words."""

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> FileResponse:
        """Browsers ask for it on every first visit; answer with the app's mark, not a 404."""
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    @app.exception_handler(UserError)
    async def user_error(request: Request, error: UserError) -> HTMLResponse:
        context = {"message": error.message, "next_step": link(error.next_step)}
        return render(request, "error.html", context, status_code=status_for(error))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> HTMLResponse:
        """A malformed address or form (`/plan/tasks/abc/done`) as a page, not raw JSON."""
        fields = sorted({str(e.get("loc", ("", ""))[-1]) for e in error.errors()})
        message = "This request is malformed" + (f" ({', '.join(fields)})" if fields else "")
        return render(
            request,
            "error.html",
            {"message": message + ". Go back and try again from the page."},
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> HTMLResponse:
        """Errors raised by the framework (unknown page, malformed or oversized form) as a page."""
        messages = {
            404: "There is no page at this address.",
            405: "This page does not accept that kind of request.",
        }
        message = messages.get(error.status_code, str(error.detail))
        return render(request, "error.html", {"message": message}, status_code=error.status_code)
