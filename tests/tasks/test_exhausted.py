"""A task whose every attempt fails, on RabbitMQ with a Dramatiq worker in this process:
once its retries are used up, Dramatiq's Retries middleware hands it to the
`on_retry_exhausted` actor, which marks the task failed, and its page shows the failure
instead of polling for ever."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine

from pivotprep.core.errors import StorageError
from pivotprep.tasks import broker
from pivotprep.tasks.kinds import KINDS, Kind
from pivotprep.tasks.service import QueueConfig, run_worker
from tests.tasks.conftest import PROBLEM, WRONG, job_ids, wait_for
from tests.tasks.test_queue import post

pytestmark = [pytest.mark.postgres, pytest.mark.broker, pytest.mark.slow]


def unreachable(*_: object) -> object:
    raise StorageError("The database cannot be reached.")


def test_a_task_out_of_retries_ends_failed(
    learner, server_engine: Engine, queue_config: QueueConfig, monkeypatch
) -> None:
    monkeypatch.setattr(broker, "MAX_RETRIES", 1)  # one retry, a couple of seconds later
    monkeypatch.setitem(KINDS, "practice.run", Kind("practice.run", unreachable, object))
    client, ada = learner("ada")
    url = post(client, f"/practice/{PROBLEM}/run", {"code": WRONG})
    (job_id,) = job_ids(server_engine, ada)
    stop, started = threading.Event(), threading.Event()
    worker = threading.Thread(
        target=run_worker,
        args=(server_engine, queue_config),
        kwargs={"stop": stop, "ready": started.set},
    )
    worker.start()
    try:
        row = wait_for(server_engine, ada, job_id, ("done", "failed"), limit=120)
    finally:
        stop.set()
        worker.join()
    assert (row.state, row.attempts, row.error_type) == ("failed", 2, "UnavailableError")
    assert "tried 2 time(s)" in (row.error or "")
    page = client.get(url)
    assert page.status_code == 503 and "Refresh" not in page.headers
    assert "tried 2 time(s)" in page.text and f'action="/practice/{PROBLEM}/run"' in page.text
