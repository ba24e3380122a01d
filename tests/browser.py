"""Support for real-browser tests: the app served by `pivotprep serve` on a free 127.0.0.1
port, and Debian's chromium driven by Playwright (never a downloaded browser).

Both skip with a reason on a laptop without chromium or playwright, and fail under CI=true.
"""

from __future__ import annotations

import os
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served_app(home: Path, **env_extra: str) -> Iterator[str]:
    """Run `pivotprep serve` with its own data folder; yield its URL; stop it afterwards."""
    port = free_port()
    env = {**os.environ, "PIVOTPREP_HOME": str(home), **env_extra}
    env.pop("PIVOTPREP_DATABASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pivotprep.cli.main", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                output = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"the server exited: {output[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("the server did not start within 60 s")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Debian chromium under Playwright, closed afterwards."""
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
        finally:
            browser.close()
