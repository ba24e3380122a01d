"""Server mode's request guard: who is calling, which schema they reach, and CSRF.

A plain ASGI middleware in front of every page. It finds the login behind the session
cookie (pages other than log-in, invitations and static files need one), refuses a
state-changing request without the login's CSRF token, binds a learner's request to the
engine of their own schema (the one `web.deps` hands to every route, so no feature knows
about it) and adds the token to every POST form of the HTML pages it sends back.
"""

from __future__ import annotations

from http.cookies import SimpleCookie

from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pivotprep.core.db import session_scope
from pivotprep.core.settings import workspace_owner
from pivotprep.server.service import (
    Identity,
    add_token_to_forms,
    identity_for,
    learner_engine,
    learner_schema,
    shared_kinds,
    token_in_request,
)

PUBLIC_PREFIXES = ("/static/", "/login", "/invite/", "/healthz", "/readyz")
# Pages that admins and mentors use; every other page is a learner's own workspace.
STAFF_PAGES = {"admin": ("/admin", "/logout"), "mentor": ("/mentor", "/logout")}
STAFF_NAV = {
    "admin": (("Accounts", "/admin"), ("Cohort", "/admin/cohort")),
    "mentor": (
        ("Learners", "/mentor"),
        ("Reviews", "/mentor/reviews"),
        ("Cohort", "/mentor/cohort"),
    ),
}
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def cookie_name(secure: bool) -> str:
    """`__Host-` cookies are only accepted over HTTPS, for this host and path `/`."""
    return "__Host-pivotprep_session" if secure else "pivotprep_session"


def read_cookie(scope: Scope, name: str) -> str:
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # noqa: BLE001 - a malformed cookie header is no login
                return ""
            if name in jar:
                return jar[name].value
    return ""


class ServerGuardMiddleware:
    def __init__(self, app: ASGIApp, *, engine: Engine, secure: bool) -> None:
        self.app = app
        self.engine = engine
        self.cookie = cookie_name(secure)

    def _identity(self, token: str) -> tuple[Identity | None, frozenset[str]]:
        """Who holds `token`, and for a learner the kinds a mentor can review (the item
        pages show "Ask a mentor to review" for those)."""
        with session_scope(self.engine) as session:
            identity = identity_for(session, token)
            if identity is None or identity.role != "learner":
                return identity, frozenset()
            return identity, shared_kinds(session, identity.account_id)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"].startswith(PUBLIC_PREFIXES):
            scope.setdefault("state", {})["nav"] = []  # no feature links before logging in
            await self.app(scope, receive, send)
            return
        identity, kinds = await run_in_threadpool(self._identity, read_cookie(scope, self.cookie))
        if identity is None:
            await _redirect(send, "/login")
            return
        if scope["method"] not in SAFE_METHODS:
            body = await _read_body(receive)
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            if not token_in_request(identity.csrf_token, headers, body):
                await _plain(send, 403, "This form is stale or was not sent by this site: "
                             "reload the page and send it again.")  # fmt: skip
                return
            receive = _replay(body)
        state = scope.setdefault("state", {})
        state["identity"] = identity
        state["review_kinds"] = kinds
        owner = None
        if identity.role == "learner":
            state["engine"] = await run_in_threadpool(
                learner_engine, self.engine, identity.account_id
            )
            owner = learner_schema(identity.account_id)
        elif not scope["path"].startswith(STAFF_PAGES.get(identity.role, ())):
            await _redirect(send, "/" + identity.role)
            return
        else:
            state["nav"] = list(STAFF_NAV[identity.role])
        reset = workspace_owner.set(owner)
        try:
            await self.app(scope, receive, _with_tokens(send, identity.csrf_token))
        finally:
            workspace_owner.reset(reset)


async def _read_body(receive: Receive) -> bytes:
    """The whole request body (already bounded by the body-limit guard outside)."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _with_tokens(send: Send, token: str) -> Send:
    """A `send` that adds the CSRF field to the POST forms of HTML responses."""
    start: Message | None = None
    chunks: list[bytes] = []

    async def wrapped(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            headers = dict(message.get("headers", []))
            if headers.get(b"content-type", b"").startswith(b"text/html"):
                start = message
                return
        elif message["type"] == "http.response.body" and start is not None:
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = add_token_to_forms(b"".join(chunks), token)
            kept = [(k, v) for k, v in start["headers"] if k != b"content-length"]
            kept.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": kept})
            await send({"type": "http.response.body", "body": body})
            return
        await send(message)

    return wrapped


async def _redirect(send: Send, location: str) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [(b"location", location.encode()), (b"content-length", b"0")],
        }
    )
    await send({"type": "http.response.body", "body": b""})


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
