"""Support for real-browser tests: the app served by `pivotprep serve` on a free 127.0.0.1
port, and Debian's chromium driven by Playwright (never a downloaded browser).

Both skip with a reason on a laptop without chromium or playwright, and fail under CI=true.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import need

CHROMIUM = Path("/usr/bin/chromium")
# The closed network refuses chromium's background connections: keep them off.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def served_app(home: Path, *, server_url: str | None = None, **env_extra: str) -> Iterator[str]:
    """Run `pivotprep serve --port 0` with its own data folder; yield its URL; stop it.
    With `server_url` (a PostgreSQL URL), the server mode on that database, its cookies
    allowed over plain HTTP on this machine.

    The server picks a free port itself and prints it (no window in which another process
    could take a port chosen here). Its output goes to a file beside the data folder (a
    pipe nobody reads could fill up and stall the server); when the test fails, the tail
    is printed so the failure report shows what the server saw.
    """
    env = {**os.environ, "PIVOTPREP_HOME": str(home), **env_extra}
    env.pop("PIVOTPREP_DATABASE_URL", None)
    command = [sys.executable, "-m", "pivotprep.cli.main", "serve", "--port", "0"]
    if server_url is not None:
        env.update(PIVOTPREP_DATABASE_URL=server_url, PIVOTPREP_COOKIE_SECURE="0")
        command.append("--server")
    env["COLUMNS"] = "200"  # keep the printed URL on one line
    home.parent.mkdir(parents=True, exist_ok=True)
    log_path = home.parent / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            command,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        url = _wait_until_listening(proc, log_path)
        yield url
    except BaseException:
        print(f"--- server log (tail) ---\n{_tail(log_path)}")
        raise
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _wait_until_listening(proc: subprocess.Popen[bytes], log_path: Path) -> str:
    """The URL the server printed, once it answers there."""
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            pytest.fail(f"the server exited: {_tail(log_path)}")
        found = re.search(r"running at (http://127\.0\.0\.1:(\d+))", _tail(log_path))
        if found:
            try:
                with socket.create_connection(("127.0.0.1", int(found[2])), timeout=0.5):
                    return found[1]
            except OSError:
                pass
        if time.monotonic() > deadline:
            pytest.fail(f"the server did not start within 60 s: {_tail(log_path)}")
        time.sleep(0.2)


def _tail(path: Path, limit: int = 4000) -> str:
    return path.read_bytes()[-limit:].decode(errors="replace")


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Debian chromium under Playwright, closed afterwards.

    When the test fails, the address and visible text of every open page are printed.
    """
    need(CHROMIUM.exists(), "Debian's chromium is not installed at /usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "the playwright package is not installed")
        return
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        except BaseException:
            _print_pages(browser)
            raise
        finally:
            browser.close()


def _print_pages(browser: Any) -> None:
    for context in browser.contexts:
        for page in context.pages:
            try:
                text = page.evaluate("document.body ? document.body.innerText : ''")
            except Exception as error:  # the page may be mid-navigation or closed
                text = f"(could not read the page: {error})"
            print(f"--- page {page.url} ---\n{str(text)[:3000]}")
