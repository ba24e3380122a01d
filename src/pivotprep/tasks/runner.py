"""One task, run by a worker: against the submitting learner's schema only, its result
stored once.

The message names a learner and a task id, nothing else. The worker opens that learner's
engine (`server.service.learner_engine`, the same translation every web request of theirs
runs on) and looks the task up there: a task id from another learner's schema is simply
not found, and the task's inputs come from the learner's own row, never from the message.

Exactly once, across retries and killed workers:
1. a first transaction marks the row running and counts the attempt (the page shows it);
2. a second one locks the row, checks it is not finished, runs the work in that same
   transaction and writes the result there. The work's own writes (an attempt recorded,
   a review scheduled) and the result commit together or not at all: a worker killed
   mid-task leaves nothing, the broker delivers the message again, and the next worker
   does it all once. A second delivery of a finished task finds it done and does nothing;
   one that arrives while the first still runs waits on the row lock, then finds it done.
"""

from __future__ import annotations

import logging
import os
import socket
from typing import Any

from sqlalchemy import Engine, delete, inspect, select
from sqlalchemy.orm import Session

from pivotprep.core import clock
from pivotprep.core.db import session_scope
from pivotprep.core.errors import StorageError, UserError
from pivotprep.core.settings import workspace_owner
from pivotprep.server import service as server
from pivotprep.tasks.kinds import KINDS, Files, Kind
from pivotprep.tasks.models import TaskFile, TaskJob

FINISHED = ("done", "failed")
WORKER = f"{socket.gethostname()[:60]}:{os.getpid()}"
log = logging.getLogger(__name__)


def _learner(base: Engine, account_id: int) -> Engine | None:
    """The learner's engine, or None when no such learner's schema exists (a message for
    an account that never used the app, or a forged one: nothing is created for it)."""
    if not isinstance(account_id, int) or account_id <= 0:
        return None
    if not inspect(base).has_schema(server.learner_schema(account_id)):
        return None
    return server.learner_engine(base, account_id)


def run_job(base: Engine, account_id: int, job_id: str) -> str:
    """Run task `job_id` of learner `account_id`; what happened: "done", "failed",
    "skipped" (already finished) or "unknown" (no such task in that learner's schema).
    A storage error propagates, so the queue retries the task later."""
    if not isinstance(job_id, str) or len(job_id) != 32:
        return "unknown"
    engine = _learner(base, account_id)
    if engine is None:
        log.warning("task %s names no learner schema (account %s): dropped", job_id, account_id)
        return "unknown"
    owner = workspace_owner.set(server.learner_schema(account_id))
    try:
        return run_in(engine, job_id)
    finally:
        workspace_owner.reset(owner)


def run_in(engine: Engine, job_id: str) -> str:
    """Run task `job_id` of the learner whose schema `engine` is bound to (see run_job)."""
    with session_scope(engine) as session:
        row = session.get(TaskJob, job_id, with_for_update=True)
        if row is None:
            return "unknown"
        if row.state in FINISHED:
            return "skipped"
        row.state, row.attempts = "running", row.attempts + 1
        row.started_at, row.worker = clock.now(), WORKER
        kind, payload = KINDS.get(row.kind), dict(row.payload)
    with session_scope(engine) as session:
        row = session.get(TaskJob, job_id, with_for_update=True)
        if row is None or row.state in FINISHED:
            return "skipped"
        found = session.scalars(select(TaskFile).where(TaskFile.job_id == job_id))
        files = {f.name: (f.filename, f.data) for f in found}
        outcome = _perform(session, row, kind, payload, files)
        session.execute(delete(TaskFile).where(TaskFile.job_id == job_id))
        return outcome


def _perform(
    session: Session, row: TaskJob, kind: Kind | None, payload: dict[str, Any], files: Files
) -> str:
    """The work and its result, in `session`'s transaction (which holds the row's lock)."""
    try:
        if kind is None:
            raise UserError(f"This kind of task ({row.kind!r}) is unknown to this worker.")
        result = kind.run(session, payload, files)
    except StorageError:
        raise
    except UserError as error:
        _end(row, "failed", error.message, type(error).__name__)
        row.error_field = (error.field or "")[:40] or None
        return "failed"
    except Exception as error:  # a bug in the work: record it, retrying would not help
        log.exception("task %s (%s) failed", row.id, row.kind)
        _end(row, "failed", f"The task stopped on an internal error ({type(error).__name__}).")
        return "failed"
    row.result = kind.dump(result)
    _end(row, "done", None)
    return "done"


def _end(row: TaskJob, state: str, error: str | None, error_type: str | None = None) -> None:
    row.state, row.finished_at = state, clock.now()
    row.error = error[:4000] if error else None
    row.error_type = error_type
