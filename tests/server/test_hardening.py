"""Server mode's loose ends, tied: logging out really removes the `__Host-` cookie, an
invitation's token never reaches the logs, and the login tables keep only what still
counts (failures of the last 15 minutes, sessions not yet expired)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from pivotprep.core.db import session_scope
from pivotprep.core.errors import ValidationError
from pivotprep.server.models import LoginAttempt, LoginSession
from pivotprep.server.service import create_account, create_invitation, log_in
from tests.server.conftest import PASSWORD, TOKEN, csrf_of

pytestmark = pytest.mark.postgres


def test_logging_out_deletes_the_host_cookie_as_browsers_require(user):
    ada = user("ada", "learner")
    response = ada.post(
        "/logout", data={"csrf_token": csrf_of(ada, "/sharing")}, follow_redirects=False
    )
    deleting = response.headers["set-cookie"]
    assert deleting.startswith("__Host-pivotprep_session=")
    # without Secure a browser refuses any Set-Cookie of a __Host- name, deletion included
    for flag in ("Secure", "Path=/", "Max-Age=0"):
        assert flag.lower() in deleting.lower(), deleting


def test_an_invitation_token_is_not_logged(server_app, server_engine, caplog):
    with session_scope(server_engine) as session:
        token = create_invitation(session, "learner")
    with (
        TestClient(server_app, base_url="https://testserver") as client,
        caplog.at_level(logging.INFO, logger="pivotprep.request"),
    ):
        assert client.get(f"/invite/{token}").status_code == 200
    [record] = [r for r in caplog.records if r.name == "pivotprep.request"]
    assert record.fields["path"] == "/invite/(token)"
    assert token not in str(record.fields) and token not in caplog.text


def test_old_failures_and_expired_sessions_are_dropped(server_engine):
    long_ago = datetime.now(UTC) - timedelta(days=2)
    with session_scope(server_engine) as session:
        account = create_account(session, "ada", PASSWORD, "learner")
        session.add(LoginAttempt(username="ada", client="10.0.0.9", at=long_ago))
        session.add(LoginAttempt(username="bob", client="10.0.0.9", at=long_ago))
        session.add(
            LoginSession(
                token_hash="0" * 64, account_id=account, csrf_token="x", expires_at=long_ago
            )
        )
    with session_scope(server_engine) as session, pytest.raises(ValidationError):
        log_in(session, "bob", "wrong password!", client="10.0.0.1", hours=1, limit=5)
    with session_scope(server_engine) as session:
        rows = session.execute(select(LoginAttempt.username, LoginAttempt.at)).all()
        assert [r.username for r in rows] == ["bob"] and rows[0].at > long_ago
        log_in(session, "ada", PASSWORD, client="10.0.0.1", hours=1, limit=5)
    with session_scope(server_engine) as session:
        sessions = session.scalar(select(func.count()).select_from(LoginSession))
        assert sessions == 1, "the expired session is gone, the new one is there"
        assert session.scalar(select(func.min(LoginSession.expires_at))) > datetime.now(UTC)


def failed_login(client, username: str, address: str) -> int:
    page = client.get("/login")
    token = TOKEN.search(page.text).group(1)
    answer = client.post(
        "/login",
        data={"username": username, "password": "wrong password!", "csrf_token": token},
        headers={"X-Forwarded-For": address},
    )
    return answer.status_code


def test_behind_a_proxy_on_this_machine_each_client_is_limited_on_its_own(server_engine, tmp_path):
    """The real server, reached as a reverse proxy on this machine reaches it: the client
    address the login limit counts is the one the proxy forwards, so one client's failures
    lock that client, not everyone behind the proxy."""
    import httpx

    from tests.server.test_serve import first_url, start

    process = start(
        {
            "PIVOTPREP_DATABASE_URL": server_engine.url.render_as_string(hide_password=False),
            "PIVOTPREP_COOKIE_SECURE": "0",
            "PIVOTPREP_LOGIN_LIMIT": "1",  # one failure per name, four per client address
            "PIVOTPREP_HOME": str(tmp_path / "home"),
        }
    )
    try:
        with httpx.Client(base_url=first_url(process), timeout=60) as client:
            for name in ("ann", "ben", "cai", "dee"):
                assert failed_login(client, name, "203.0.113.5") == 422
            assert failed_login(client, "eve", "203.0.113.5") == 423  # this client is locked
            assert failed_login(client, "eve", "198.51.100.7") == 422  # another is not
    finally:
        process.terminate()
        process.wait(timeout=60)
