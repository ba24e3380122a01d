"""`pivotprep serve --server` as a real process: it starts on PostgreSQL, asks for a login,
and refuses to start on anything but PostgreSQL."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading

import httpx
import pytest

pytestmark = pytest.mark.postgres


def start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pivotprep.cli.main", "serve", "--server", "--port", "0"],
        env={**os.environ, **env, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def first_url(process: subprocess.Popen[str], deadline: float = 180.0) -> str:
    """The URL the server prints once it listens (waits for that line, generously)."""
    found: list[str] = []
    seen = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            match = re.search(r"http://[\d.]+:\d+", line)
            if match:
                found.append(match.group(0))
                break
        seen.set()

    threading.Thread(target=read, daemon=True).start()
    assert seen.wait(deadline), "the server printed no URL"
    assert found, "the server stopped before printing its URL"
    return found[0]


def test_the_server_starts_and_asks_for_a_login(server_engine, tmp_path):
    url = server_engine.url.render_as_string(hide_password=False)
    process = start(
        {
            "PIVOTPREP_DATABASE_URL": url,
            "PIVOTPREP_COOKIE_SECURE": "0",
            "PIVOTPREP_HOME": str(tmp_path / "home"),
        }
    )
    try:
        base = first_url(process)
        with httpx.Client(base_url=base, timeout=60) as client:
            home = client.get("/", follow_redirects=False)
            assert (home.status_code, home.headers["location"]) == (303, "/login")
            login = client.get("/login")
            assert login.status_code == 200 and 'name="password"' in login.text
    finally:
        process.terminate()
        process.wait(timeout=60)


def test_the_server_refuses_sqlite(tmp_path):
    process = start({"PIVOTPREP_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"})
    output, _ = process.communicate(timeout=180)
    assert process.returncode == 2 and "PostgreSQL" in output
