"""Server-mode fixtures: a PostgreSQL database with the accounts store, an app in server
mode, and clients logged in as a given account."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from pivotprep.core.db import make_engine, session_scope
from pivotprep.server.service import ServerConfig, create_account, ensure_store

PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def config(**changes: object) -> ServerConfig:
    values: dict[str, object] = {
        "database_url": "postgresql+psycopg://unused",
        "public_url": "https://testserver",
        "cookie_secure": True,
        "session_hours": 12,
        "login_limit": 5,
    }
    values.update(changes)
    return ServerConfig(**values)  # type: ignore[arg-type]


@pytest.fixture
def server_engine(pg_server_url: str) -> Iterator[Engine]:
    """The run's PostgreSQL database with no learner schema, an empty public schema and an
    empty accounts store."""
    engine = make_engine(pg_server_url)
    with engine.begin() as conn:
        names = conn.execute(
            text(
                "SELECT nspname FROM pg_namespace "
                "WHERE nspname LIKE 'learner\\_%' OR nspname = 'pivotprep_server'"
            )
        ).scalars()
        for name in [*names, "public"]:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        conn.execute(text("CREATE SCHEMA public"))
    ensure_store(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def server_app(server_engine: Engine):
    from pivotprep.web.app import create_app

    return create_app(server_engine, extra_hosts=("testserver",), server=config())


def log_in(client: TestClient, username: str, password: str = PASSWORD):
    page = client.get("/login")
    match = TOKEN.search(page.text)
    assert match, page.text
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": match.group(1)},
        follow_redirects=False,
    )


def csrf_of(client: TestClient, path: str) -> str:
    """The login's CSRF token, read from a page with a POST form."""
    match = TOKEN.search(client.get(path).text)
    assert match, f"no token on {path}"
    return match.group(1)


@pytest.fixture
def user(server_app, server_engine: Engine) -> Iterator[Callable[[str, str], TestClient]]:
    """`user("ada", "learner")`: a new account and a client logged in as it."""
    clients: list[TestClient] = []

    def make(username: str, role: str) -> TestClient:
        with session_scope(server_engine) as session:
            create_account(session, username, PASSWORD, role)
        client = TestClient(server_app, base_url="https://testserver").__enter__()
        clients.append(client)
        assert log_in(client, username).status_code == 303
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)
