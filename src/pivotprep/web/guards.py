"""Request guards for a local web app that other web pages must not be able to drive.

- Trusted hosts: only requests addressed to this machine's names are served, so a page
  on another site cannot reach the app through DNS rebinding (its Host header would be
  the attacker's name).
- Same origin: state-changing requests from another origin (or an opaque `null` one,
  as sandboxed frames send) are refused.
- Body limit: a request body over the limit is refused before it is read or spooled to
  disk, whether or not it declares its length.
- Security headers: no page may be framed by another site (a decoy page framing the app
  could trick one click into a solution peek), scripts and styles load only from the app,
  browsers do not guess content types, and no address leaks through Referer.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# Inline `style` attributes draw the app's bars and meters (values escaped by the templates);
# scripts come only from /static, never inline.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
)
SECURITY_HEADERS = (
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"same-origin"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
DEFAULT_BODY_LIMIT = 12 * 2**20  # a 10 MB resume plus the rest of the form
BODY_LIMITS = {"/data/import": 64 * 2**20}  # a whole-database restore


def allowed_hosts(bind_host: str | None = None, extra: Iterable[str] = ()) -> list[str]:
    """This machine's names, the bound interface, and `PIVOTPREP_ALLOWED_HOSTS` (comma list)."""
    hosts = list(LOCAL_HOSTS)
    if bind_host and bind_host not in ("0.0.0.0", "::"):
        hosts.append(bind_host)
    hosts += [h.strip() for h in os.environ.get("PIVOTPREP_ALLOWED_HOSTS", "").split(",")]
    hosts += list(extra)
    return sorted({h for h in hosts if h})


def host_name(header: str) -> str | None:
    """The name in a Host header without its port (`[::1]:8765` -> `::1`), or None if malformed."""
    header = header.strip().lower()
    if header.startswith("["):
        name, bracket, rest = header[1:].partition("]")
        if not bracket or (rest and not (rest[0] == ":" and rest[1:].isdigit())):
            return None
        return name or None
    name, colon, port = header.partition(":")
    if colon and not port.isdigit():
        return None
    return name or None


class HostGuardMiddleware:
    """Serve only requests whose Host names this machine (or an allowed name); else 400.

    Its own parsing, so an IPv6 literal (`[::1]:8765`) is understood on every Starlette."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = {h.strip("[]").lower() for h in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            header = next((v for k, v in scope["headers"] if k == b"host"), b"")
            name = host_name(header.decode("latin-1"))
            if name is None or name not in self.allowed:
                await _answer(send, 400, b"Invalid host header", b"text/plain; charset=utf-8")
                return
        await self.app(scope, receive, send)


class SecurityHeadersMiddleware:
    """Add `SECURITY_HEADERS` to every HTTP response (pages, static files, guard refusals)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def cross_origin_refusal(method: str, headers: dict[str, str]) -> str | None:
    """Why a request must be refused as cross-site, or None when it may proceed."""
    if method in ("GET", "HEAD", "OPTIONS"):
        return None
    if headers.get("sec-fetch-site") == "cross-site":
        return "Cross-site request refused."
    origin = headers.get("origin")
    if origin is None:
        return None
    if origin == "null":
        return "Request from an opaque origin refused."
    if origin.split("://", 1)[-1] != headers.get("host", ""):
        return "Cross-origin request refused."
    return None


class SameOriginMiddleware:
    """Refuse state-changing requests from other sites (a page elsewhere posting here) with
    403. A plain ASGI middleware: it neither buffers the body nor wraps the app's errors."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            refusal = cross_origin_refusal(scope["method"], headers)
            if refusal:
                await _answer(send, 403, refusal.encode(), b"text/plain; charset=utf-8")
                return
        await self.app(scope, receive, send)


class _TooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """Refuse request bodies over the limit for their path with 413, before the app reads them."""

    def __init__(
        self, app: ASGIApp, default: int = DEFAULT_BODY_LIMIT, limits: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.default = default
        self.limits = BODY_LIMITS if limits is None else limits

    def limit_for(self, path: str) -> int:
        return self.limits.get(path, self.default)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", ""))
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = limit + 1
                if declared > limit:
                    await _refuse(send, limit)
                    return
        received = 0
        too_large = False
        replied = False

        async def counting_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            # Whatever the app answers once the limit was crossed (frameworks turn the
            # interrupted read into their own 400), the client gets the 413 page.
            nonlocal replied
            if too_large:
                if not replied:
                    replied = True
                    await _refuse(send, limit)
                return
            replied = replied or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except* _TooLarge:  # alone, or inside a task group's ExceptionGroup
            if not replied:
                await _refuse(send, limit)


async def _refuse(send: Send, limit: int) -> None:
    body = (
        "<!doctype html><title>Too large</title><h1>That upload is too large</h1>"
        f"<p>pivotprep accepts at most {limit // 2**20} MB here. Send less (a resume file "
        "is rarely over 1 MB; code or a query is far less) and try again.</p>"
        "<p><a href='/'>Back</a></p>"
    ).encode()
    await _answer(send, 413, body, b"text/html; charset=utf-8")


async def _answer(send: Send, status: int, body: bytes, content_type: bytes) -> None:
    """A whole response from a guard, before (or instead of) the app's."""
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
