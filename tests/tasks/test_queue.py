"""Server mode with RabbitMQ and real `pivotprep worker` processes: a submit answers at
once with a page that follows the task; a worker gives the verdict, shown as the same
page as an in-process run; and a worker killed mid-task costs one retry and no loss."""

from __future__ import annotations

import os
import signal
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from pivotprep.core.db import session_scope
from pivotprep.practice.models import Run
from pivotprep.server.service import learner_engine
from pivotprep.sql.service import list_problems
from tests.server.conftest import csrf_of
from tests.tasks.conftest import ENDLESS, PROBLEM, WRONG, job_ids, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.broker, pytest.mark.slow]


def post(client: TestClient, path: str, data: dict[str, str]) -> str:
    """Send a form; the task page it redirects to."""
    headers = {"x-csrf-token": csrf_of(client, "/sharing")}
    response = client.post(path, data=data, headers=headers, follow_redirects=False)
    assert response.status_code == 303, response.text[:500]
    location = response.headers["location"]
    assert location.startswith("/tasks/")
    return location


def verdict_page(client: TestClient, url: str, limit: float = 120) -> str:
    """The task page once it shows the result (the bound is on waiting, not asserted)."""
    deadline = time.monotonic() + limit
    while True:
        page = client.get(url)
        if page.status_code != 202 or time.monotonic() > deadline:
            assert page.status_code == 200, page.text[:500]
            return page.text
        assert 'http-equiv="refresh"' in page.text and page.headers["refresh"].startswith("1;")
        time.sleep(0.2)


def test_a_run_is_queued_and_a_worker_gives_the_verdict(learner, workers) -> None:
    client, _ = learner("ada")
    url = post(client, f"/practice/{PROBLEM}/run", {"code": WRONG})
    waiting = client.get(url)  # no worker yet: the task waits, the page says so
    assert waiting.status_code == 202 and "waiting for a worker" in waiting.text

    sql_problem = list_problems()[0]
    sql_url = post(client, f"/sql/{sql_problem.id}/run", {"query": "select 1", "action": "run"})
    workers.start()
    page = verdict_page(client, url)
    assert "wrong answer" in page and "return head" in page  # the Run's own page
    assert f'action="/practice/{PROBLEM}/run"' in page
    sql_page = verdict_page(client, sql_url)
    assert "Wrong result" in sql_page or "Error" in sql_page
    assert "select 1" in sql_page


def test_a_learner_cannot_read_anothers_task(learner, workers) -> None:
    ada, _ = learner("ada")
    bob, _ = learner("bob")
    url = post(ada, f"/practice/{PROBLEM}/run", {"code": WRONG})
    assert bob.get(url).status_code == 404
    assert ada.get(url).status_code == 202


def runs(engine: Engine, account_id: int) -> int:
    with session_scope(learner_engine(engine, account_id)) as session:
        return session.scalar(select(func.count()).select_from(Run)) or 0


def test_a_worker_killed_mid_task_costs_one_retry_and_no_loss(
    learner, workers, server_engine: Engine
) -> None:
    client, ada = learner("ada")
    first, second = workers.start(), workers.start()
    post(client, f"/practice/{PROBLEM}/run", {"code": ENDLESS})  # runs to its time limit
    for _ in range(3):
        post(client, f"/practice/{PROBLEM}/run", {"code": WRONG})
    slow, *quick = job_ids(server_engine, ada)

    running = wait_for(server_engine, ada, slow, ("running", "done"), 60)
    assert running.state == "running" and running.attempts == 1, running.state
    victim = first if running.worker and running.worker.endswith(f":{first.pid}") else second
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)

    for job_id in [slow, *quick]:
        row = wait_for(server_engine, ada, job_id, ("done", "failed"), 180)
        assert row.state == "done", (job_id, row.state, row.error)
        assert row.result is not None
    row = wait_for(server_engine, ada, slow, ("done",), 0)
    assert row.attempts == 2  # the killed attempt, then one more
    assert row.worker is not None and not row.worker.endswith(f":{victim.pid}")
    assert '"status":"timeout"' in (row.result or "")
    assert runs(server_engine, ada) == 4  # one recorded run per task: none lost, none twice
