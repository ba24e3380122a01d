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

A task whose retries are used up (the database stayed unreachable, the time limit struck
every attempt) is handed by Dramatiq's Retries middleware to a second actor, which calls
`give_up`: the row ends failed, saying so, and so does whatever of its feature waits on it.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from typing import Any, TypeVar

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
GAVE_UP = (
    "The task could not be finished: it was tried {attempts} time(s) and stopped each time "
    "(the database or a worker failed). Nothing was saved; please try again."
)
T = TypeVar("T")


def _learner(base: Engine, account_id: int) -> Engine | None:
    """The learner's engine, or None when no such learner's schema exists (a message for
    an account that never used the app, or a forged one: nothing is created for it)."""
    if not isinstance(account_id, int) or account_id <= 0:
        return None
    if not inspect(base).has_schema(server.learner_schema(account_id)):
        return None
    return server.learner_engine(base, account_id)


def _as_learner(base: Engine, account_id: int, job_id: str, work: Callable[[Engine], T]) -> T | str:
    """`work` on the learner's engine, as that learner; "unknown" when the message names no
    learner's schema or no well-formed task id."""
    if not isinstance(job_id, str) or len(job_id) != 32:
        return "unknown"
    engine = _learner(base, account_id)
    if engine is None:
        log.warning("task %s names no learner schema (account %s): dropped", job_id, account_id)
        return "unknown"
    owner = workspace_owner.set(server.learner_schema(account_id))
    try:
        return work(engine)
    finally:
        workspace_owner.reset(owner)


def run_job(base: Engine, account_id: int, job_id: str) -> str:
    """Run task `job_id` of learner `account_id`; what happened: "done", "failed",
    "skipped" (already finished) or "unknown" (no such task in that learner's schema).
    A storage error propagates, so the queue retries the task later."""
    return str(_as_learner(base, account_id, job_id, lambda engine: run_in(engine, job_id)))


def give_up(base: Engine, account_id: int, job_id: str, attempts: int) -> str:
    """Task `job_id` of learner `account_id` will not be tried again (its retries are used
    up): mark it failed with a message the learner can act on. "failed", or "skipped" when
    it had finished after all, or "unknown"."""
    return str(_as_learner(base, account_id, job_id, lambda e: fail_in(e, job_id, attempts)))


def fail_in(engine: Engine, job_id: str, attempts: int) -> str:
    """`give_up` on the learner's engine: the row, its files and its feature's record."""
    with session_scope(engine) as session:
        row = session.get(TaskJob, job_id, with_for_update=True)
        if row is None:
            return "unknown"
        if row.state in FINISHED:
            return "skipped"
        message = GAVE_UP.format(attempts=max(attempts, row.attempts, 1))
        _fail(session, row, KINDS.get(row.kind), message, "UnavailableError")
        session.execute(delete(TaskFile).where(TaskFile.job_id == job_id))
    log.warning("task %s gave up after %s attempt(s)", job_id, attempts)
    return "failed"


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
        _fail(session, row, kind, error.message, type(error).__name__)
        row.error_field = (error.field or "")[:40] or None
        return "failed"
    except Exception as error:  # a bug in the work: record it, retrying would not help
        log.exception("task %s (%s) failed", row.id, row.kind)
        message = f"The task stopped on an internal error ({type(error).__name__})."
        _fail(session, row, kind, message)
        return "failed"
    row.result = kind.dump(result)
    _end(row, "done", None)
    return "done"


def _fail(
    session: Session, row: TaskJob, kind: Kind | None, error: str, error_type: str | None = None
) -> None:
    """End the task failed, and with it what its feature keeps waiting on it (in the same
    transaction: both end, or neither)."""
    _end(row, "failed", error, error_type)
    if kind is not None and kind.on_failure is not None:
        kind.on_failure(session, dict(row.payload), error)


def _end(row: TaskJob, state: str, error: str | None, error_type: str | None = None) -> None:
    row.state, row.finished_at = state, clock.now()
    row.error = error[:4000] if error else None
    row.error_type = error_type
