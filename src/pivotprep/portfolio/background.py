"""Checks started from the web run in the background of the web process, so the upload
answers at once and the page shows the check's stage while it runs.

- `STATES`: the stages a job goes through, in order, and how the page names them; the
  check pipeline reports each one through a `Progress` callable;
- `submit`: hands a job to a small pool of worker threads, at most `MAX_RUNNING` checks at
  once; the others wait in line (their state stays "queued");
- `RUNNER`: this process's mark, stored on each job it runs. A job still queued or running
  under another mark was cut off when the app stopped: it is shown as interrupted.

One check at a time by default: the clean room's caps are wall-clock seconds, so two
installs competing for the same machine could make an honest project overrun its cap.
The workers are daemon threads: stopping the app does not wait for the checks in line
(the clean room dies with the app, and the jobs show as interrupted on the next start).
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections.abc import Callable

__all__ = ["FINISHED", "MAX_RUNNING", "RUNNER", "STATES", "Progress", "label", "submit"]

MAX_RUNNING = 1
RUNNER = uuid.uuid4().hex
STATES = {
    "queued": "queued",
    "reading": "reading the files",
    "installing": "installing",
    "testing": "running tests",
    "serving": "serving",
    "probing": "probing",
    "notebooks": "running notebooks",
    "done": "done",
    "failed": "failed",
    "interrupted": "interrupted",
}
RUN_STATES = ("installing", "testing", "serving", "probing", "notebooks")
FINISHED = ("done", "failed", "interrupted")

Progress = Callable[[str], None]
"""Told the stage a check enters (a key of STATES), as it enters it."""

_jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
_workers: list[threading.Thread] = []
_guard = threading.Lock()
log = logging.getLogger(__name__)


def label(state: str) -> str:
    """How the page names a state ("testing" -> "running tests")."""
    return STATES.get(state, state)


def _worker() -> None:
    """Run the jobs in line, one after the other; a job records its own errors, anything
    that escapes it is logged and the worker goes on."""
    while True:
        work = _jobs.get()
        try:
            work()
        except Exception:
            log.exception("a portfolio job failed outside its own handling")


def submit(work: Callable[[], None]) -> None:
    """Run `work` on a worker thread when one is free (in the order submitted). The
    workers start with the first job (a CLI run never starts them)."""
    with _guard:
        while len(_workers) < MAX_RUNNING:
            thread = threading.Thread(target=_worker, name="portfolio-check", daemon=True)
            _workers.append(thread)
            thread.start()
    _jobs.put(work)
