"""Following a background check from the web the way a browser does: reload the progress
page while it asks to be refreshed, until the check ends."""

from __future__ import annotations

import time
from typing import Any

SETTLE_SECONDS = 60.0


def settle(web: Any, location: str) -> Any:
    """The progress page at `location` once it stops refreshing itself (the check ended):
    done, its Refresh header leads to the report; failed or interrupted, it has none."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while True:
        page = web.get(location)
        if not page.headers.get("refresh", "").endswith(location):
            return page
        if time.monotonic() > deadline:
            raise AssertionError(f"the check at {location} never ended:\n{page.text}")
        time.sleep(0.05)


def report_of(web: Any, location: str) -> Any:
    """The report page a finished check's progress page leads to."""
    page = settle(web, location)
    refresh = page.headers.get("refresh", "")
    assert "url=/portfolio/checks/" in refresh, page.text
    return web.get(refresh.split("url=", 1)[1])
