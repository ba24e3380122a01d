"""`pivotprep worker`: run server mode's heavy work (judging, SQL runs) from the queue."""

from __future__ import annotations

import typer

from pivotprep.core.errors import UserError

app = typer.Typer(help="Run tasks from the server's queue (see README, server mode).")


@app.command()
def worker(
    threads: int = typer.Option(
        0,
        min=0,
        max=32,
        help="Tasks run at once (0: PIVOTPREP_WORKER_THREADS, default 1). One per core.",
    ),
) -> None:
    """Consume the task queue until stopped (SIGTERM or Ctrl+C lets running tasks end).

    Needs PIVOTPREP_DATABASE_URL (the server's PostgreSQL) and PIVOTPREP_BROKER_URL (its
    RabbitMQ); run as many as the machines allow, on any machine that reaches both."""
    from dataclasses import replace

    from pivotprep.cli.common import console
    from pivotprep.core.db import get_engine
    from pivotprep.server.service import ensure_store, server_config
    from pivotprep.tasks.service import queue_config, run_worker

    database = server_config().database_url
    config = queue_config()
    if config is None:
        raise UserError(
            "A worker takes its tasks from RabbitMQ: set PIVOTPREP_BROKER_URL, e.g. "
            "amqp://guest:guest@127.0.0.1:5672/%2F (the web server needs the same value)."
        )
    if threads:
        config = replace(config, threads=threads)
    engine = get_engine(database)
    ensure_store(engine)
    run_worker(
        engine,
        config,
        ready=lambda: console().print(
            f"pivotprep worker: {config.threads} thread(s) on queue {config.queue!r} "
            f"at {config.broker_host}  (Ctrl+C to stop)"
        ),
    )
