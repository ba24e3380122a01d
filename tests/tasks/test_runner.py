"""A task run against PostgreSQL without a broker: its result is stored once (a second
delivery, or a retry after a worker died, changes nothing), and it reaches only the
submitting learner's schema."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, inspect, select, update

from pivotprep.core.db import session_scope
from pivotprep.practice.models import Run
from pivotprep.server.service import create_account, learner_engine
from pivotprep.tasks.models import TaskJob
from pivotprep.tasks.service import TaskQueue, get_job, run_job, submit
from tests.server.conftest import PASSWORD
from tests.tasks.conftest import PROBLEM, WRONG

pytestmark = pytest.mark.postgres


class Recorder(TaskQueue):
    """A queue that only records what it was asked to send."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []

    def send(self, account_id: int, job_id: str) -> None:
        self.sent.append((account_id, job_id))


def new_learner(engine: Engine, name: str) -> int:
    with session_scope(engine) as session:
        account_id = create_account(session, name, PASSWORD, "learner")
    learner_engine(engine, account_id)  # the schema, as their first request creates it
    return account_id


def runs(engine: Engine, account_id: int) -> int:
    with session_scope(learner_engine(engine, account_id)) as session:
        return session.scalar(select(func.count()).select_from(Run)) or 0


def state(engine: Engine, account_id: int, job_id: str) -> tuple[str, int]:
    with session_scope(learner_engine(engine, account_id)) as session:
        row = session.get(TaskJob, job_id)
        assert row is not None
        return row.state, row.attempts


def practice_job(engine: Engine, account_id: int) -> str:
    queue = Recorder()
    payload = {"problem_id": PROBLEM, "code": WRONG}
    job_id = submit(learner_engine(engine, account_id), queue, account_id, "practice.run", payload)
    assert queue.sent == [(account_id, job_id)]
    return job_id


def test_a_task_stores_its_result_once(server_engine: Engine) -> None:
    ada = new_learner(server_engine, "ada")
    job_id = practice_job(server_engine, ada)
    assert state(server_engine, ada, job_id) == ("queued", 0)

    assert run_job(server_engine, ada, job_id) == "done"
    assert run_job(server_engine, ada, job_id) == "skipped"  # the message came twice
    assert state(server_engine, ada, job_id) == ("done", 1)
    assert runs(server_engine, ada) == 1
    with session_scope(learner_engine(server_engine, ada)) as session:
        job = get_job(session, job_id)
    assert job.result.result.status == "wrong"  # the Submission the page renders
    assert job.result.result.tests[0].status == "wrong"


def test_a_task_whose_worker_died_runs_once_more(server_engine: Engine) -> None:
    """A killed worker leaves the row running (its work's transaction rolled back with
    the connection): the redelivered message runs it again, once."""
    ada = new_learner(server_engine, "ada")
    job_id = practice_job(server_engine, ada)
    with session_scope(learner_engine(server_engine, ada)) as session:
        session.execute(update(TaskJob).values(state="running", attempts=1))
    assert run_job(server_engine, ada, job_id) == "done"
    assert state(server_engine, ada, job_id) == ("done", 2)
    assert runs(server_engine, ada) == 1


def test_a_task_reaches_only_its_learners_schema(server_engine: Engine) -> None:
    ada, bob = new_learner(server_engine, "ada"), new_learner(server_engine, "bob")
    job_id = practice_job(server_engine, ada)

    # A message naming Bob with Ada's task: Bob's schema has no such task, nothing runs.
    assert run_job(server_engine, bob, job_id) == "unknown"
    # An account with no schema: none is created for it.
    assert run_job(server_engine, 987654, job_id) == "unknown"
    assert not inspect(server_engine).has_schema("learner_987654")
    assert state(server_engine, ada, job_id) == ("queued", 0)

    assert run_job(server_engine, ada, job_id) == "done"
    assert runs(server_engine, ada) == 1
    assert runs(server_engine, bob) == 0
    with session_scope(learner_engine(server_engine, bob)) as session:
        assert session.scalar(select(func.count()).select_from(TaskJob)) == 0


def test_a_task_with_a_bad_payload_fails_with_its_reason(server_engine: Engine) -> None:
    ada = new_learner(server_engine, "ada")
    queue = Recorder()
    engine = learner_engine(server_engine, ada)
    job_id = submit(engine, queue, ada, "practice.run", {"problem_id": "no-such-problem",
                                                          "code": WRONG})  # fmt: skip
    assert run_job(server_engine, ada, job_id) == "failed"
    with session_scope(engine) as session:
        job = get_job(session, job_id)
    assert job.state == "failed" and job.error is not None
    assert type(job.error).__name__ == "NotFoundError"
