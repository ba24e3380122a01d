"""Server mode's settings, read from the environment (see README, "Server mode").

- `PIVOTPREP_DATABASE_URL`: must be a PostgreSQL URL (one schema per learner).
- `PIVOTPREP_PUBLIC_URL`: the address users type, e.g. https://prep.example.org; invitation
  links are built from it and its host is allowed.
- `PIVOTPREP_COOKIE_SECURE`: `1` (default) marks cookies Secure (HTTPS only); `0` only for
  trying the server on this machine over plain HTTP.
- `PIVOTPREP_SESSION_HOURS`: how long a login lasts (default 12).
- `PIVOTPREP_LOGIN_LIMIT`: failed logins allowed per user name in 15 minutes (default 5);
  one client address gets four times as many across names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from pivotprep.core.errors import ValidationError


@dataclass(frozen=True)
class ServerConfig:
    database_url: str
    public_url: str
    cookie_secure: bool
    session_hours: int
    login_limit: int

    @property
    def public_host(self) -> str:
        return urlsplit(self.public_url).hostname or ""


def _int(name: str, default: int, low: int, high: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ValidationError(f"{name} must be a whole number from {low} to {high}, not {raw!r}.")
    return int(raw)


def server_config() -> ServerConfig:
    """The server settings from the environment, with a clear error for each wrong one."""
    url = os.environ.get("PIVOTPREP_DATABASE_URL", "")
    try:
        backend = make_url(url).get_backend_name() if url else ""
    except ArgumentError:
        backend = ""
    if backend != "postgresql":
        raise ValidationError(
            "Server mode stores every learner in PostgreSQL: set PIVOTPREP_DATABASE_URL to "
            "a URL such as postgresql+psycopg://pivotprep@127.0.0.1:5432/pivotprep."
        )
    public = os.environ.get("PIVOTPREP_PUBLIC_URL", "http://127.0.0.1:8765").rstrip("/")
    if urlsplit(public).scheme not in ("http", "https") or not urlsplit(public).hostname:
        raise ValidationError(f"PIVOTPREP_PUBLIC_URL must be an http(s) address, not {public!r}.")
    secure = os.environ.get("PIVOTPREP_COOKIE_SECURE", "1").strip()
    if secure not in ("0", "1"):
        raise ValidationError(f"PIVOTPREP_COOKIE_SECURE must be 0 or 1, not {secure!r}.")
    return ServerConfig(
        database_url=url,
        public_url=public,
        cookie_secure=secure == "1",
        session_hours=_int("PIVOTPREP_SESSION_HOURS", 12, 1, 24 * 30),
        login_limit=_int("PIVOTPREP_LOGIN_LIMIT", 5, 1, 1000),
    )
