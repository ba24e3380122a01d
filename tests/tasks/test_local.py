"""Without a broker the work runs in the request, as it always did: locally (SQLite) and
in server mode alike; the queue's settings say clearly what is wrong with them."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from pivotprep.core.db import session_scope
from pivotprep.core.errors import ValidationError
from pivotprep.tasks.models import TaskJob
from pivotprep.tasks.service import queue_config
from tests.server.conftest import csrf_of
from tests.tasks.conftest import PROBLEM, WRONG


def test_local_mode_judges_in_the_request(web, sqlite_engine: Engine) -> None:
    page = web.post(f"/practice/{PROBLEM}/run", data={"code": WRONG}, follow_redirects=False)
    assert page.status_code == 200 and "wrong answer" in page.text
    assert getattr(web.app.state, "task_queue", None) is None
    with session_scope(sqlite_engine) as session:
        assert session.scalar(select(func.count()).select_from(TaskJob)) == 0


@pytest.mark.postgres
def test_a_server_without_a_broker_judges_in_the_request(user) -> None:
    client = user("ada", "learner")
    headers = {"x-csrf-token": csrf_of(client, "/sharing")}
    page = client.post(f"/practice/{PROBLEM}/run", data={"code": WRONG}, headers=headers,
                       follow_redirects=False)  # fmt: skip
    assert page.status_code == 200 and "wrong answer" in page.text


def test_the_queue_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PIVOTPREP_BROKER_URL", raising=False)
    assert queue_config() is None
    monkeypatch.setenv("PIVOTPREP_BROKER_URL", "amqp://guest:secret@rabbit.example:5673/%2F")
    config = queue_config()
    assert config is not None and config.queue == "pivotprep" and config.threads == 1
    assert config.broker_host == "rabbit.example:5673"  # never the password
    for name, value in [
        ("PIVOTPREP_QUEUE", "Bad Name"),
        ("PIVOTPREP_WORKER_THREADS", "0"),
        ("PIVOTPREP_BROKER_URL", "redis://127.0.0.1:6379"),
    ]:
        with monkeypatch.context() as patch:
            patch.setenv(name, value)
            with pytest.raises(ValidationError, match=name):
                queue_config()


def test_a_worker_needs_a_broker(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIVOTPREP_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/x")
    monkeypatch.delenv("PIVOTPREP_BROKER_URL", raising=False)
    result = cli("worker")
    assert result.exit_code == 2 and "PIVOTPREP_BROKER_URL" in result.output
