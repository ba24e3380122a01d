"""Server mode on real PostgreSQL: logging in, sessions, CSRF, rate limiting,
invitations by link and what each role may open."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from pivotprep.core.db import session_scope
from pivotprep.server.models import Account
from pivotprep.server.service import create_account
from tests.server.conftest import PASSWORD, TOKEN, csrf_of, log_in

pytestmark = pytest.mark.postgres


def anonymous(app) -> TestClient:
    return TestClient(app, base_url="https://testserver")


def test_pages_need_a_login(server_app):
    with anonymous(server_app) as client:
        for path in ("/", "/profile", "/stories", "/admin"):
            response = client.get(path, follow_redirects=False)
            assert (response.status_code, response.headers["location"]) == (303, "/login")
        assert client.post("/profile", follow_redirects=False).status_code == 303


def test_passwords_are_stored_as_argon2id_and_cookies_are_locked_down(server_app, server_engine):
    with session_scope(server_engine) as session:
        create_account(session, "ada", PASSWORD, "learner")
        stored = session.scalar(select(Account.password_hash))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    with anonymous(server_app) as client:
        response = log_in(client, "ada")
        assert response.status_code == 303
        cookie = response.headers["set-cookie"]
        assert cookie.startswith("__Host-pivotprep_session=")
        for flag in ("HttpOnly", "Secure", "Path=/", "SameSite=lax"):
            assert flag.lower() in cookie.lower()
        assert client.get("/profile").status_code == 200


def test_a_wrong_password_is_refused_and_repeated_failures_lock_the_name(server_app, server_engine):
    with session_scope(server_engine) as session:
        create_account(session, "ada", PASSWORD, "learner")
    with anonymous(server_app) as client:
        for _ in range(5):
            response = log_in(client, "ada", "wrong password!")
            assert response.status_code == 422
            assert "Wrong user name or password" in response.text
        locked = log_in(client, "ada")  # even the right password, until the window passes
        assert locked.status_code == 423 and "Too many failed logins" in locked.text
        assert log_in(client, "nobody-else", "x" * 12).status_code == 422


def test_a_form_without_the_login_token_is_refused(user):
    ada = user("ada", "learner")
    refused = ada.post("/sharing/1", data={"kind": "plan"})
    assert refused.status_code == 403 and "reload the page" in refused.text
    assert ada.post("/sharing/1", data={"csrf_token": "forged"}).status_code == 403
    page = ada.get("/profile")
    assert page.text.count('name="csrf_token"') == page.text.lower().count('method="post"')


def test_a_login_form_without_its_token_is_refused(server_app, server_engine):
    with session_scope(server_engine) as session:
        create_account(session, "ada", PASSWORD, "learner")
    with anonymous(server_app) as client:
        response = client.post("/login", data={"username": "ada", "password": PASSWORD})
        assert response.status_code == 423 and "stale" in response.text


def test_an_invitation_link_creates_the_account_once(user, server_app):
    admin = user("root", "admin")
    page = admin.post(
        "/admin/invitations",
        data={"role": "mentor", "note": "Grace", "csrf_token": csrf_of(admin, "/admin")},
    )
    assert page.status_code == 200
    link = page.text.split('<code class="invitation-link">', 1)[1].split("<", 1)[0]
    path = link.removeprefix("https://testserver")
    with anonymous(server_app) as guest:
        form = guest.get(path)
        assert form.status_code == 200 and "mentor" in form.text
        token = TOKEN.search(form.text).group(1)
        data = {"username": "grace", "password": PASSWORD, "csrf_token": token}
        created = guest.post(path, data=data, follow_redirects=False)
        assert created.status_code == 303
        assert guest.get("/", follow_redirects=False).headers["location"] == "/mentor"
        again = guest.get(path)
        assert again.status_code == 404 and "already used" in again.text
    assert "grace" in admin.get("/admin").text


def test_each_role_reaches_only_its_pages(user):
    admin, learner = user("root", "admin"), user("ada", "learner")
    assert admin.get("/stories", follow_redirects=False).headers["location"] == "/admin"
    assert learner.get("/admin").status_code == 423
    assert learner.get("/stories").status_code == 200
    # each sees the links of their own pages only
    admin_page, learner_page = admin.get("/admin").text, learner.get("/stories").text
    assert 'href="/admin"' in admin_page and 'href="/stories"' not in admin_page
    assert 'href="/stories"' in learner_page and 'href="/sharing"' in learner_page


def test_the_login_page_shows_no_feature_links(server_app):
    with anonymous(server_app) as client:
        page = client.get("/login").text
    assert 'href="/stories"' not in page and 'href="/profile"' not in page


def test_logging_out_ends_the_session(user):
    ada = user("ada", "learner")
    token = csrf_of(ada, "/sharing")
    assert ada.post("/logout", data={"csrf_token": token}, follow_redirects=False).is_redirect
    assert ada.get("/profile", follow_redirects=False).headers["location"] == "/login"


def test_local_mode_has_no_login(web):
    assert web.get("/login").status_code == 404
    assert web.get("/profile").status_code == 200


def test_health_probes_answer_without_a_login(server_app):
    with anonymous(server_app) as client:
        assert client.get("/healthz", follow_redirects=False).status_code == 200
        ready = client.get("/readyz", follow_redirects=False)
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_request_logs_name_the_account_not_the_person(user, caplog):
    import logging

    ada = user("ada", "learner")
    with caplog.at_level(logging.INFO, logger="pivotprep.request"):
        ada.get("/stories")
    [record] = [r for r in caplog.records if r.name == "pivotprep.request"]
    assert record.fields["role"] == "learner" and isinstance(record.fields["account"], int)
    assert "ada" not in str(record.fields)
