"""The task queue's settings, read from the environment (see README, "Workers and the task
queue"). Server mode uses the queue only when a broker is named; without one (and always in
local mode) the heavy work runs in the web process, as it always did.

- `PIVOTPREP_BROKER_URL`: the RabbitMQ broker, e.g. amqp://guest:guest@127.0.0.1:5672/%2F;
- `PIVOTPREP_QUEUE`: the queue's name (default `pivotprep`), so that several deployments
  (or test runs) can share one broker;
- `PIVOTPREP_WORKER_THREADS`: tasks one `pivotprep worker` runs at once (default 1; a judge
  run keeps a core busy, so one per core, and several worker processes, is the rule).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from pivotprep.core.errors import ValidationError

QUEUE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,59}")


@dataclass(frozen=True)
class QueueConfig:
    broker_url: str
    queue: str
    threads: int

    @property
    def broker_host(self) -> str:
        """Where the broker is, without its password (for messages and logs)."""
        parts = urlsplit(self.broker_url)
        return f"{parts.hostname or ''}:{parts.port or 5672}"


def _threads() -> int:
    raw = os.environ.get("PIVOTPREP_WORKER_THREADS", "").strip() or "1"
    if not raw.isdigit() or not 1 <= int(raw) <= 32:
        raise ValidationError(f"PIVOTPREP_WORKER_THREADS must be 1 to 32, not {raw!r}.")
    return int(raw)


def queue_config() -> QueueConfig | None:
    """The queue settings, or None when no broker is named (the work stays in-process)."""
    url = os.environ.get("PIVOTPREP_BROKER_URL", "").strip()
    if not url:
        return None
    if urlsplit(url).scheme not in ("amqp", "amqps") or not urlsplit(url).hostname:
        raise ValidationError(
            "PIVOTPREP_BROKER_URL must be a RabbitMQ address such as "
            "amqp://guest:guest@127.0.0.1:5672/%2F."
        )
    queue = os.environ.get("PIVOTPREP_QUEUE", "").strip() or "pivotprep"
    if not QUEUE_NAME.fullmatch(queue):
        raise ValidationError(
            f"PIVOTPREP_QUEUE is 1 to 60 lower-case letters, digits, '.', '_' or '-', "
            f"not {queue!r}."
        )
    return QueueConfig(broker_url=url, queue=queue, threads=_threads())
