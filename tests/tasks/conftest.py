"""Task-queue fixtures: RabbitMQ (skipped with a reason on a laptop without it, a failure
under CI=true), a queue name of the test's own, learners in server mode, and real
`pivotprep worker` processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from pivotprep.core.db import session_scope
from pivotprep.server.service import create_account, learner_engine
from pivotprep.tasks.models import TaskJob
from pivotprep.tasks.service import QueueConfig, TaskQueue
from tests.conftest import need
from tests.server.conftest import PASSWORD, config, log_in
from tests.server.conftest import server_app as server_app  # noqa: F401 - fixtures shared
from tests.server.conftest import server_engine as server_engine  # noqa: F401
from tests.server.conftest import user as user  # noqa: F401

BROKER_URL = os.environ.get("PIVOTPREP_TEST_BROKER", "amqp://guest:guest@127.0.0.1:5672/%2F")
PROBLEM = "alternate-boarding-order"
REFERENCE = (
    Path(__file__).resolve().parents[2]
    / "src/pivotprep/content/problems/alternate-boarding-order/reference.py"
).read_text()
WRONG = "def alternate_boarding(head):\n    return head\n"  # judged in well under a second
ENDLESS = "def alternate_boarding(head):\n    while True:\n        pass\n"  # the time limit


@pytest.fixture(scope="session")
def broker_url() -> str:
    import pika

    try:
        pika.BlockingConnection(pika.URLParameters(BROKER_URL)).close()
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no broker"
        need(False, f"RabbitMQ is not reachable at 127.0.0.1:5672 ({type(exc).__name__})")
    return BROKER_URL


@pytest.fixture
def queue_config(broker_url: str) -> Iterator[QueueConfig]:
    """A queue of this test's own on the shared broker, deleted afterwards."""
    import pika

    name = f"pivotprep-test-{uuid.uuid4().hex[:12]}"
    yield QueueConfig(broker_url=broker_url, queue=name, threads=1)
    connection = pika.BlockingConnection(pika.URLParameters(broker_url))
    channel = connection.channel()
    for queue in (name, f"{name}.DQ", f"{name}.XQ"):
        channel.queue_delete(queue)
    connection.close()


@pytest.fixture
def task_queue(queue_config: QueueConfig) -> Iterator[TaskQueue]:
    queue = TaskQueue(queue_config)
    yield queue
    queue.close()


@pytest.fixture
def queued_app(server_engine: Engine, task_queue: TaskQueue):
    """The server app with its task queue on the test's queue."""
    from pivotprep.web.app import create_app

    app = create_app(server_engine, extra_hosts=("testserver",), server=config())
    app.state.task_queue = task_queue
    return app


@pytest.fixture
def learner(queued_app, server_engine: Engine) -> Iterator[Callable[[str], tuple[TestClient, int]]]:
    """`learner("ada")`: a new learner, a client logged in as them, and their account id."""
    clients: list[TestClient] = []

    def make(username: str) -> tuple[TestClient, int]:
        with session_scope(server_engine) as session:
            account_id = create_account(session, username, PASSWORD, "learner")
        client = TestClient(queued_app, base_url="https://testserver").__enter__()
        clients.append(client)
        assert log_in(client, username).status_code == 303
        return client, account_id

    yield make
    for client in clients:
        client.__exit__(None, None, None)


class Workers:
    """Real `pivotprep worker` processes on the test's database and queue."""

    def __init__(self, database_url: str, config: QueueConfig, logs: Path) -> None:
        self.env = {
            **os.environ,
            "PIVOTPREP_DATABASE_URL": database_url,
            "PIVOTPREP_BROKER_URL": config.broker_url,
            "PIVOTPREP_QUEUE": config.queue,
            "PIVOTPREP_WORKER_THREADS": "1",
        }
        self.logs = logs
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self) -> subprocess.Popen[bytes]:
        """A new worker, once it consumes (its first line says so)."""
        log = self.logs / f"worker-{len(self.processes)}.log"
        process = subprocess.Popen(
            [sys.executable, "-m", "pivotprep.cli.main", "worker"],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=log.open("wb"),
        )
        self.processes.append(process)
        assert process.stdout is not None
        line = process.stdout.readline().decode()
        assert "pivotprep worker" in line, (line, log.read_text())
        return process

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def workers(pg_server_url: str, queue_config: QueueConfig, tmp_path: Path) -> Iterator[Workers]:
    pool = Workers(pg_server_url, queue_config, tmp_path)
    yield pool
    pool.stop()


def job_row(server_engine: Engine, account_id: int, job_id: str) -> TaskJob:
    with session_scope(learner_engine(server_engine, account_id)) as session:
        row = session.get(TaskJob, job_id)
        assert row is not None
        return row


def wait_for(
    server_engine: Engine, account_id: int, job_id: str, states: tuple[str, ...], limit: float
) -> TaskJob:
    """The task's row once it reaches one of `states` (a bound on waiting, not a figure
    under test: a slow machine only makes the test slower)."""
    deadline = time.monotonic() + limit
    while True:
        row = job_row(server_engine, account_id, job_id)
        if row.state in states or time.monotonic() > deadline:
            return row
        time.sleep(0.1)


def job_ids(server_engine: Engine, account_id: int) -> list[str]:
    with session_scope(learner_engine(server_engine, account_id)) as session:
        return list(session.scalars(select(TaskJob.id).order_by(TaskJob.created_at)))
