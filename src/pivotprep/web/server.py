"""Server mode's pages: log in and out, accept an invitation, the admin's accounts and
invitations, a learner's sharing choices and a mentor's view of what is shared.

Only mounted by `create_app(..., server=...)`; local mode has none of these pages.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pivotprep import registry
from pivotprep.core.db import schema_engine, session_scope
from pivotprep.core.errors import LockedError, NotFoundError, UserError
from pivotprep.server import service
from pivotprep.server.service import ServerConfig
from pivotprep.web.errors import status_for
from pivotprep.web.render import render, templates
from pivotprep.web.server_guard import ServerGuardMiddleware, cookie_name

router = APIRouter()
LOGIN_COOKIE = "pivotprep_login"
Text = Annotated[str, Form(max_length=300)]


def _identity(request: Request, role: str) -> service.Identity:
    identity: service.Identity | None = request.scope.get("state", {}).get("identity")
    if identity is None or identity.role != role:
        raise LockedError(f"This page is for {role}s.")
    return identity


def _form_page(
    request: Request, name: str, context: Mapping[str, object], status: int = 200
) -> HTMLResponse:
    """A page with a form sent before logging in: it carries a token from a cookie of its own."""
    token = secrets.token_urlsafe(24)
    response = render(request, name, {**context, "login_token": token}, status_code=status)
    config = request.app.state.server
    response.set_cookie(
        LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=config.cookie_secure
    )
    return response


def _check_login_token(request: Request, sent: str) -> None:
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not secrets.compare_digest(expected, sent):
        raise LockedError("This form is stale: reload the page and send it again.")


def _start_session(request: Request, token: str) -> Response:
    config = request.app.state.server
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(
        cookie_name(config.cookie_secure),
        token,
        max_age=config.session_hours * 3600,
        httponly=True,
        samesite="lax",
        secure=config.cookie_secure,
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return _form_page(request, "server/login.html", {})


@router.post("/login", response_model=None)
def login(request: Request, username: Text, password: Text, csrf_token: Text = "") -> Response:
    config = request.app.state.server
    client = request.client.host if request.client else "unknown"
    try:
        _check_login_token(request, csrf_token)
        with session_scope(request.app.state.base_engine) as session:
            token, _ = service.log_in(
                session,
                username,
                password,
                client=client,
                hours=config.session_hours,
                limit=config.login_limit,
            )
    except UserError as error:
        context = {"error": error.message, "username": username}
        return _form_page(request, "server/login.html", context, status_for(error))
    return _start_session(request, token)


@router.post("/logout")
def logout(request: Request) -> Response:
    config = request.app.state.server
    name = cookie_name(config.cookie_secure)
    with session_scope(request.app.state.base_engine) as session:
        service.log_out(session, request.cookies.get(name, ""))
    response = RedirectResponse("/login", status_code=303)
    # A browser ignores a `__Host-` cookie sent without Secure, even one that deletes it.
    response.delete_cookie(
        name, path="/", secure=config.cookie_secure, httponly=True, samesite="lax"
    )
    return response


@router.get("/invite/{token}", response_class=HTMLResponse)
def invitation_page(request: Request, token: str) -> HTMLResponse:
    with session_scope(request.app.state.base_engine) as session:
        role = service.invitation_role(session, token)
    return _form_page(request, "server/invite.html", {"role": role, "token": token})


@router.post("/invite/{token}", response_model=None)
def accept(
    request: Request, token: str, username: Text, password: Text, csrf_token: Text = ""
) -> Response:
    config = request.app.state.server
    client = request.client.host if request.client else "unknown"
    try:
        _check_login_token(request, csrf_token)
        with session_scope(request.app.state.base_engine) as session:
            service.accept_invitation(session, token, username, password)
            session_token, _ = service.log_in(
                session, username, password, client=client, hours=config.session_hours,
                limit=config.login_limit,
            )  # fmt: skip
    except NotFoundError:
        raise
    except UserError as error:
        context = {"error": error.message, "username": username, "token": token, "role": ""}
        return _form_page(request, "server/invite.html", context, status_for(error))
    return _start_session(request, session_token)


def _admin_page(request: Request, link: str = "", error: str = "", status: int = 200) -> Response:
    with session_scope(request.app.state.base_engine) as session:
        accounts = service.list_accounts(session)
        times = service.review_times(session)
    context = {
        "accounts": accounts,
        "roles": service.ROLES,
        "link": link,
        "error": error,
        "times": times,
        "wait": service.duration_text,
    }
    return render(request, "server/admin.html", context, status_code=status)


@router.get("/admin", response_class=HTMLResponse)
def admin(request: Request) -> Response:
    _identity(request, "admin")
    return _admin_page(request)


@router.post("/admin/invitations", response_class=HTMLResponse)
def invite(request: Request, role: Text, note: Text = "") -> Response:
    _identity(request, "admin")
    try:
        with session_scope(request.app.state.base_engine) as session:
            token = service.create_invitation(session, role, note)
    except UserError as error:
        return _admin_page(request, error=error.message, status=status_for(error))
    return _admin_page(request, link=f"{request.app.state.server.public_url}/invite/{token}")


def _sharing_page(request: Request, identity: service.Identity, message: str = "") -> Response:
    with session_scope(request.app.state.base_engine) as session:
        mentors = [a for a in service.list_accounts(session) if a.role == "mentor"]
        shares = service.shares_of(session, identity.account_id)
    context = {
        "mentors": mentors,
        "shares": shares,
        "kinds": service.SHAREABLE,
        "message": message,
    }
    return render(request, "server/sharing.html", context)


@router.get("/sharing", response_class=HTMLResponse)
def sharing(request: Request) -> Response:
    return _sharing_page(request, _identity(request, "learner"))


@router.post("/sharing/{mentor_id}", response_class=HTMLResponse)
def share(
    request: Request, mentor_id: int, kind: Annotated[list[str] | None, Form()] = None
) -> Response:
    identity = _identity(request, "learner")
    with session_scope(request.app.state.base_engine) as session:
        service.set_share(session, identity.account_id, mentor_id, kind or [])
    return _sharing_page(request, identity, "Sharing saved.")


def _cards(engine: Engine, kinds: list[str]) -> list[tuple[str, Markup]]:
    """The dashboard cards of `kinds`, read from a learner's schema; nothing is written."""
    makers = {f.name: registry.load(f.panel) for f in registry.FEATURES if f.panel}
    cards = []
    db = Session(engine)
    try:
        for kind in kinds:
            panel = makers[kind](db) if kind in makers else None
            if panel is not None:
                body = templates.env.get_template(panel.template).render(**panel.context)
                cards.append((panel.title, Markup(body)))
    finally:
        db.rollback()
        db.close()
    return cards


@router.get("/mentor", response_class=HTMLResponse)
def mentor(request: Request) -> Response:
    """What each learner shares with this mentor, and nothing else."""
    identity = _identity(request, "mentor")
    base = request.app.state.base_engine
    with session_scope(base) as session:
        names = {a.account_id: a.username for a in service.list_accounts(session)}
        shares = service.mentor_shares(session, identity.account_id)
    learners = [
        (names[learner_id], kinds, _cards(service.learner_engine(base, learner_id), kinds))
        for learner_id, kinds in sorted(shares.items(), key=lambda item: names[item[0]])
    ]
    return render(request, "server/mentor.html", {"learners": learners})


def install(app: FastAPI, engine: Engine, config: ServerConfig) -> None:
    """Turn `app` into the server: accounts store, these pages, and the guard in front.

    Requests that reach a feature without a learner bound (none should) get an engine on
    a schema that does not exist, so they fail instead of reading a shared store.
    """
    service.ensure_store(engine)
    app.state.server = config
    app.state.base_engine = engine
    app.state.engine = schema_engine(engine, "pivotprep_no_learner")
    from pivotprep.web.server_reviews import router as reviews_router

    own = [("Sharing", "/sharing"), ("Reviews", "/reviews")]
    app.state.nav = [*app.state.nav, *own]
    first, *rest = app.state.nav_groups  # sharing is the learner's own: in the first group
    app.state.nav_groups = [(first[0], [*first[1], *own]), *rest]
    app.include_router(router)
    app.include_router(reviews_router)
    app.add_middleware(ServerGuardMiddleware, engine=engine, secure=config.cookie_secure)
