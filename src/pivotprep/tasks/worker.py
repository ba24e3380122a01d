"""`pivotprep worker`'s loop: consume the queue until SIGTERM or SIGINT.

A worker needs only the database URL and the broker URL, so it can run on any machine
that reaches both. It takes one message per thread at a time (prefetch = threads): a busy
worker holds no message another worker could start, and one that dies loses none.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable

import dramatiq
from sqlalchemy import Engine

from pivotprep.tasks.broker import TaskQueue
from pivotprep.tasks.config import QueueConfig

STOP_GRACE_MS = 30_000  # on SIGTERM: let running tasks end; the rest go back to the queue


def run_worker(
    engine: Engine,
    config: QueueConfig,
    *,
    stop: threading.Event | None = None,
    ready: Callable[[], None] | None = None,
) -> None:
    """Run tasks from `config`'s queue on `engine` until `stop` is set (by default, until
    the process is told to stop); `ready` is called once the worker consumes."""
    stop = stop or threading.Event()
    queue = TaskQueue(config, engine)
    worker = dramatiq.Worker(queue.broker, worker_threads=config.threads)
    worker.queue_prefetch = config.threads
    if threading.current_thread() is threading.main_thread():
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, lambda *_: stop.set())
    worker.start()
    try:
        if ready is not None:
            ready()
        stop.wait()
    finally:
        worker.stop(timeout=STOP_GRACE_MS)
        queue.close()
