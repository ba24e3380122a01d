"""Health probes: the process answers; the app is ready when its store answers and its
schema is current; in server mode both answer without a login."""

from __future__ import annotations

from sqlalchemy import text


def test_live_and_ready_on_a_current_store(web) -> None:
    live = web.get("/healthz")
    assert live.status_code == 200 and live.json() == {"status": "ok"}
    ready = web.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready", "problems": []}
    assert ready.headers["cache-control"] == "no-store"


def test_not_ready_while_a_feature_is_behind(web, sqlite_engine) -> None:
    with sqlite_engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version WHERE version_num = '1801'"))
    ready = web.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["problems"] == ["migrations: 1 feature(s) behind; run pivotprep db upgrade"]
    assert web.get("/healthz").status_code == 200  # alive, only not ready
