"""CSRF fields and checks, and the server settings, without a database."""

from __future__ import annotations

import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.server.service import add_token_to_forms, server_config, token_in_request


def test_every_post_form_gets_the_token_and_get_forms_do_not():
    html = (
        b'<form method="post" action="/a"><input name="x"></form>'
        b'<form action="/s" method=GET></form><FORM class="c" METHOD=\'POST\'>'
    )
    out = add_token_to_forms(html, "t0k")
    assert out.count(b'name="csrf_token" value="t0k"') == 2
    assert b'<form action="/s" method=GET></form>' in out


@pytest.mark.parametrize(
    ("headers", "body", "ok"),
    [
        ({"content-type": "application/x-www-form-urlencoded"}, b"a=1&csrf_token=t0k", True),
        ({"content-type": "application/x-www-form-urlencoded"}, b"a=1&csrf_token=bad", False),
        ({"content-type": "application/x-www-form-urlencoded"}, b"a=1", False),
        ({"content-type": "text/plain", "x-csrf-token": "t0k"}, b"", True),
        ({"content-type": "application/json"}, b'{"csrf_token": "t0k"}', False),
        (
            {"content-type": "multipart/form-data; boundary=B"},
            b'--B\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\nt0k\r\n--B--',
            True,
        ),
        (
            {"content-type": "multipart/form-data; boundary=B"},
            b'--B\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\nt0\r\n--B--',
            False,
        ),
    ],
)
def test_a_request_passes_only_with_its_login_token(headers, body, ok):
    assert token_in_request("t0k", headers, body) is ok


def test_an_empty_token_never_matches():
    form = {"content-type": "application/x-www-form-urlencoded"}
    assert not token_in_request("", form, b"csrf_token=")


def test_server_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("PIVOTPREP_DATABASE_URL", "postgresql+psycopg://u@h/db")
    monkeypatch.setenv("PIVOTPREP_PUBLIC_URL", "https://prep.example.org/")
    monkeypatch.setenv("PIVOTPREP_SESSION_HOURS", "8")
    cfg = server_config()
    assert (cfg.public_url, cfg.public_host, cfg.cookie_secure, cfg.session_hours) == (
        "https://prep.example.org",
        "prep.example.org",
        True,
        8,
    )


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("PIVOTPREP_DATABASE_URL", "sqlite:///x.db", "PostgreSQL"),
        ("PIVOTPREP_PUBLIC_URL", "ftp://x", "http(s)"),
        ("PIVOTPREP_COOKIE_SECURE", "yes", "0 or 1"),
        ("PIVOTPREP_LOGIN_LIMIT", "0", "from 1 to 1000"),
    ],
)
def test_a_wrong_setting_is_named(monkeypatch, name, value, words):
    monkeypatch.setenv("PIVOTPREP_DATABASE_URL", "postgresql+psycopg://u@h/db")
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match=words.replace("(", r"\(").replace(")", r"\)")):
        server_config()
