"""Structured request logs: one JSON line per request on the `pivotprep.request` logger
(method, path without its query, status, milliseconds, a request id, and in server mode
the account id and role, never a name, a query string or a body), so a deployment can
follow traffic and errors with ordinary log tools. `configure` sends that logger to
stderr; `pivotprep serve` calls it in server mode, or locally with PIVOTPREP_LOG=json."""

from __future__ import annotations

import json
import logging
import sys
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = logging.getLogger("pivotprep.request")


class JsonFormatter(logging.Formatter):
    """A record as one JSON object: time, level, message and the fields it carries."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "event": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        return json.dumps(data, separators=(",", ":"))


def configure(stream: Any = None) -> None:
    """Send the request logs to `stream` (stderr) as JSON lines, once."""
    if any(getattr(h, "pivotprep_json", False) for h in LOGGER.handlers):
        return
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.pivotprep_json = True  # type: ignore[attr-defined]
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    LOGGER.propagate = False


def _who(scope: Scope) -> dict[str, Any]:
    identity = scope.get("state", {}).get("identity")
    if identity is None:
        return {}
    return {"account": identity.account_id, "role": identity.role}


class RequestLogMiddleware:
    """Log each HTTP request once it is answered (or failed: then at error level, with the
    exception's type, and the error goes on to the app's handlers)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500
        request_id = uuid.uuid4().hex[:16]

        async def recording(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
                message = {**message, "headers": headers}
            await send(message)

        failure: str | None = None
        try:
            await self.app(scope, receive, recording)
        except Exception as error:
            failure = type(error).__name__
            raise
        finally:
            fields = {
                "method": scope.get("method", ""),
                "path": _loggable(scope.get("path", ""))[:300],
                "status": status,
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "request_id": request_id,
                **_who(scope),
                **({"error": failure} if failure else {}),
            }
            level = logging.ERROR if failure or status >= 500 else logging.INFO
            LOGGER.log(level, "request", extra={"fields": fields})


def _loggable(path: str) -> str:
    """The path as logged: an invitation's token is a password until used, so only its
    page's name is kept (whoever reads the logs could otherwise open an account)."""
    return "/invite/(token)" if path.startswith("/invite/") else path
