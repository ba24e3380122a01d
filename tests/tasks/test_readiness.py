"""/readyz in server mode with a task queue: ready only when the broker accepts a
connection; a broker that refuses, or one that accepts the connection and never answers,
makes it 503 with the broker named (without its password), after a bounded wait."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from pivotprep.tasks import broker
from pivotprep.tasks.service import QueueConfig, TaskQueue
from tests.server.conftest import config

pytestmark = pytest.mark.postgres


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts TCP connections (the kernel's backlog) and never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def ready(server_engine: Engine, broker_url: str) -> tuple[int, dict[str, object]]:
    from pivotprep.web.app import create_app

    app = create_app(server_engine, extra_hosts=("testserver",), server=config())
    app.state.task_queue = TaskQueue(QueueConfig(broker_url=broker_url, queue="ready", threads=1))
    with TestClient(app, base_url="https://testserver") as client:
        answer = client.get("/readyz", follow_redirects=False)
    assert answer.headers["cache-control"] == "no-store"
    return answer.status_code, answer.json()


def test_a_refusing_broker_makes_the_app_not_ready(server_engine: Engine) -> None:
    status, body = ready(server_engine, "amqp://guest:s3cret@127.0.0.1:1/%2F")
    assert status == 503 and body["status"] == "not ready"
    [problem] = body["problems"]  # type: ignore[misc]
    assert problem.startswith("broker: ") and problem.endswith(" at 127.0.0.1:1")
    assert "s3cret" not in str(body)


def test_a_silent_broker_makes_the_app_not_ready(
    server_engine: Engine, silent_port: int, monkeypatch
) -> None:
    monkeypatch.setattr(broker, "PROBE_SECONDS", 0.5)  # the handshake's bound, not a check
    status, body = ready(server_engine, f"amqp://guest:guest@127.0.0.1:{silent_port}/%2F")
    assert status == 503
    [problem] = body["problems"]  # type: ignore[misc]
    assert problem.startswith("broker: ") and problem.endswith(f" at 127.0.0.1:{silent_port}")


@pytest.mark.broker
def test_a_reachable_broker_leaves_the_app_ready(server_engine: Engine, broker_url: str) -> None:
    assert ready(server_engine, broker_url) == (200, {"status": "ready", "problems": []})
