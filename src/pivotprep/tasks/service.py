"""Heavy work as tasks: submit one, follow it, and run the workers.

In server mode with a broker (`PIVOTPREP_BROKER_URL`), the web stores a task in the
learner's schema and puts its id on the queue; `pivotprep worker` processes run it there
(tasks.runner) and the task's page shows its state until the same result page as an
in-process run appears. Without a broker, and always in local mode, nothing here is used:
the pages call the feature's service directly, as they always did.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pivotprep.core import clock, errors
from pivotprep.core.db import session_scope
from pivotprep.core.errors import NotFoundError, UserError
from pivotprep.tasks.broker import TaskQueue
from pivotprep.tasks.config import QueueConfig, queue_config
from pivotprep.tasks.kinds import KINDS
from pivotprep.tasks.models import TaskFile, TaskJob
from pivotprep.tasks.runner import FINISHED, run_in, run_job
from pivotprep.tasks.worker import run_worker

__all__ = [
    "FINISHED",
    "KINDS",
    "JobView",
    "QueueConfig",
    "TaskQueue",
    "get_job",
    "queue_config",
    "run_in",
    "run_job",
    "run_worker",
    "submit",
]


@dataclass(frozen=True)
class JobView:
    """A task as its page shows it: its state, its inputs, and once it ended its result
    (the object the in-process call returns) or the error it ended on."""

    id: str
    kind: str
    state: str
    attempts: int
    payload: dict[str, Any]
    result: Any
    error: UserError | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @property
    def finished(self) -> bool:
        return self.state in FINISHED


def submit(
    engine: Engine,
    queue: TaskQueue,
    account_id: int,
    kind: str,
    payload: dict[str, Any],
    files: Mapping[str, tuple[str, bytes]] | None = None,
) -> str:
    """Store a task of `kind` (with `files`: form field -> (file name, bytes)) in the
    schema `engine` is bound to (the learner's own), put it on the queue and return its id
    at once. If the queue cannot take it, the task is stored as failed and the error says
    why."""
    if kind not in KINDS:
        raise NotFoundError(f"There is no kind of task named {kind!r}.")
    job_id = uuid.uuid4().hex
    with session_scope(engine) as session:
        session.add(
            TaskJob(id=job_id, kind=kind, state="queued", attempts=0, payload=payload,
                    created_at=clock.now())
        )  # fmt: skip
        session.flush()
        for name, (filename, data) in (files or {}).items():
            session.add(TaskFile(job_id=job_id, name=name, filename=filename[:300], data=data))
    try:
        queue.send(account_id, job_id)
    except UserError as error:
        with session_scope(engine) as session:
            row = session.get(TaskJob, job_id)
            if row is not None:
                row.state, row.error, row.finished_at = "failed", error.message, clock.now()
        raise
    return job_id


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def _error(row: TaskJob) -> UserError | None:
    """The error a failed task ended on, as the class the in-process call would raise."""
    if row.state != "failed":
        return None
    found = getattr(errors, row.error_type or "", None)
    cls = found if isinstance(found, type) and issubclass(found, UserError) else UserError
    return cls(row.error or "The task failed.", field=row.error_field)


def get_job(session: Session, job_id: str) -> JobView:
    """A task of the learner `session` is bound to (another learner's is not found)."""
    row = session.get(TaskJob, job_id[:32])
    if row is None:
        raise NotFoundError("There is no task with this number.")
    kind = KINDS.get(row.kind)
    result = kind.load(row.result) if kind and row.result and row.state == "done" else None
    return JobView(
        id=row.id,
        kind=row.kind,
        state=row.state,
        attempts=row.attempts,
        payload=dict(row.payload),
        result=result,
        error=_error(row),
        created_at=_aware(row.created_at) or clock.now(),
        started_at=_aware(row.started_at),
        finished_at=_aware(row.finished_at),
    )
