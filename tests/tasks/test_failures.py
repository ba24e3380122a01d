"""Tasks that end without a result, on PostgreSQL with a queue that only records what it
is sent: a task whose retries are used up (`give_up`, what Dramatiq's `on_retry_exhausted`
actor calls) ends failed and its page says so instead of waiting; a portfolio job whose
task fails before the check starts ends failed instead of staying queued."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, delete

from pivotprep.core.db import session_scope
from pivotprep.server.service import learner_engine
from pivotprep.tasks.models import TaskFile, TaskJob
from pivotprep.tasks.runner import give_up
from pivotprep.tasks.service import run_job
from tests.server.conftest import csrf_of
from tests.tasks.conftest import PROBLEM
from tests.tasks.test_pages import ada as ada  # noqa: F401 - the fixture, shared
from tests.tasks.test_pages import queued

pytestmark = pytest.mark.postgres


def sent(client: TestClient) -> tuple[int, str]:
    queue = client.app.state.task_queue  # type: ignore[attr-defined]
    (account_id, job_id), *_ = queue.sent
    return account_id, job_id


def test_a_task_given_up_shows_its_failure_on_its_page(ada, server_engine: Engine) -> None:
    url = queued(ada, f"/practice/{PROBLEM}/run", data={"code": "def f():\n    return 41\n"})
    account_id, job_id = sent(ada)
    assert give_up(server_engine, account_id, job_id, 4) == "failed"
    page = ada.get(url)
    assert page.status_code == 503 and "Refresh" not in page.headers
    assert "tried 4 time(s)" in page.text and "please try again" in page.text
    assert "return 41" in page.text and f'action="/practice/{PROBLEM}/run"' in page.text
    # A late redelivery, or a second exhausted message, changes nothing.
    assert run_job(server_engine, account_id, job_id) == "skipped"
    assert give_up(server_engine, account_id, job_id, 4) == "skipped"
    assert give_up(server_engine, account_id + 1000, job_id, 4) == "unknown"


def test_a_failed_task_its_feature_cannot_show_leads_back(ada, server_engine: Engine) -> None:
    url = queued(ada, f"/practice/{PROBLEM}/run", data={"code": "pass"})
    account_id, job_id = sent(ada)
    with session_scope(learner_engine(server_engine, account_id)) as session:
        row = session.get(TaskJob, job_id)
        assert row is not None
        row.payload = {"code": "pass"}  # no problem named: the problem page cannot be drawn
    assert run_job(server_engine, account_id, job_id) == "failed"
    page = ada.get(url)
    assert page.status_code == 422 and "Refresh" not in page.headers
    assert "missing" in page.text and 'href="/practice"' in page.text
    assert "http-equiv" not in page.text


def portfolio_job(client: TestClient, tmp_path: Path) -> str:
    from tests.portfolio.projects import GOOD, zip_of

    headers = {"x-csrf-token": csrf_of(client, "/sharing")}
    archive = zip_of(tmp_path / "churn.zip", GOOD).read_bytes()
    files = {"file": ("churn.zip", archive, "application/zip")}
    answer = client.post("/portfolio/check", files=files, headers=headers,
                         follow_redirects=False)  # fmt: skip
    assert answer.status_code == 303, answer.text[:300]
    return answer.headers["location"]


@pytest.mark.parametrize("how", ["bad payload", "retries used up"])
def test_a_portfolio_job_whose_task_fails_ends_failed(
    ada, server_engine: Engine, how: str, tmp_path: Path
) -> None:
    job = portfolio_job(ada, tmp_path)
    assert "Stage: <strong>queued</strong>" in ada.get(job).text
    account_id, task_id = sent(ada)
    if how == "bad payload":  # the project never reaches the worker
        with session_scope(learner_engine(server_engine, account_id)) as session:
            session.execute(delete(TaskFile).where(TaskFile.job_id == task_id))
        assert run_job(server_engine, account_id, task_id) == "failed"
        reason = "carries no project"
    else:
        assert give_up(server_engine, account_id, task_id, 4) == "failed"
        reason = "tried 4 time(s)"
    page = ada.get(job)
    assert "Stage: <strong>failed</strong>" in page.text and reason in page.text
    assert "refresh" not in page.headers
    assert ada.get(f"/tasks/{task_id}", follow_redirects=False).headers["location"] == job
