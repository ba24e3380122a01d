"""The queue itself: Dramatiq on RabbitMQ (see pyproject.toml for why this pair).

One actor, `pivotprep_task(account_id, job_id)`, carries every kind of task: the message
names a learner and a task id, and the worker reads everything else from that learner's
row (tasks.runner). Dramatiq acknowledges a message only after the actor returns, so a
message whose worker died (SIGKILL, a lost machine) stays unacknowledged and RabbitMQ hands
it to another consumer as soon as the dead one's connection drops.

A message whose retries are used up goes to RabbitMQ's dead-letter queue; before that,
Dramatiq's Retries middleware sends its body to a second actor, `pivotprep_task_failed`
(the `on_retry_exhausted` option), on the same queue, which marks the task failed, so its
page stops waiting and says what happened.
"""

from __future__ import annotations

import threading
from typing import Any

import dramatiq
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from sqlalchemy import Engine

from pivotprep.core.errors import UnavailableError
from pivotprep.tasks.config import QueueConfig
from pivotprep.tasks.runner import give_up, run_job

ACTOR = "pivotprep_task"
EXHAUSTED_ACTOR = "pivotprep_task_failed"
# Errors that escape a task (the database unreachable) are retried a few times, a few
# seconds apart; a worker that dies is not a retry of this kind (the broker redelivers).
MAX_RETRIES = 3
# The longest a task may run: a judge run or a drill has its own, much shorter caps.
TIME_LIMIT_MS = 15 * 60 * 1000
# The longest a readiness probe waits on each step of reaching the broker (TCP connect,
# the AMQP handshake): a broker that is down or silent makes /readyz answer 503 quickly.
PROBE_SECONDS = 2.0


class TaskQueue:
    """The broker and actor for one queue name, made on first use (a web process that
    never submits never connects). `engine` is the base (server) engine a worker runs the
    tasks on; the web process only sends and leaves it None."""

    def __init__(self, config: QueueConfig, engine: Engine | None = None) -> None:
        self.config = config
        self.engine = engine
        self._actor: dramatiq.Actor[Any, Any] | None = None
        self._exhausted: dramatiq.Actor[Any, Any] | None = None
        self._lock = threading.Lock()

    def _perform(self, account_id: int, job_id: str) -> None:
        if self.engine is None:
            raise RuntimeError("this process sends tasks; `pivotprep worker` runs them")
        run_job(self.engine, account_id, job_id)

    def _give_up(self, message: Any, retries: Any) -> None:
        """A task message whose retries are used up (Dramatiq sends its body here): its task
        ends failed. The body came off the queue: anything malformed is dropped."""
        if self.engine is None:
            raise RuntimeError("this process sends tasks; `pivotprep worker` runs them")
        args = message.get("args") if isinstance(message, dict) else None
        if not isinstance(args, list) or len(args) != 2:
            return
        tried = retries.get("retries") if isinstance(retries, dict) else None
        attempts = tried + 1 if isinstance(tried, int) else 0
        give_up(self.engine, args[0], args[1], attempts)

    def actor(self) -> dramatiq.Actor[Any, Any]:
        with self._lock:
            if self._actor is None:
                # Publisher confirms: a submit returns only once RabbitMQ holds the message.
                broker = RabbitmqBroker(url=self.config.broker_url, confirm_delivery=True)
                self._actor = dramatiq.Actor(
                    self._perform,
                    broker=broker,
                    actor_name=ACTOR,
                    queue_name=self.config.queue,
                    priority=0,
                    options={
                        "max_retries": MAX_RETRIES,
                        "min_backoff": 1000,
                        "max_backoff": 10_000,
                        "time_limit": TIME_LIMIT_MS,
                        "on_retry_exhausted": EXHAUSTED_ACTOR,
                    },
                )
                # Registered on the same broker and queue, so every worker runs it too;
                # retried as a task is (the database may still be coming back).
                self._exhausted = dramatiq.Actor(
                    self._give_up,
                    broker=broker,
                    actor_name=EXHAUSTED_ACTOR,
                    queue_name=self.config.queue,
                    priority=0,
                    options={"max_retries": MAX_RETRIES, "min_backoff": 1000,
                             "max_backoff": 10_000},
                )  # fmt: skip
            return self._actor

    @property
    def broker(self) -> dramatiq.Broker:
        return self.actor().broker

    def send(self, account_id: int, job_id: str) -> None:
        """Put the task on the queue, or say that the queue cannot be reached."""
        try:
            self.actor().send(account_id, job_id)
        except Exception as error:  # noqa: BLE001 - pika's connection errors are many
            raise UnavailableError(
                f"The task queue at {self.config.broker_host} cannot be reached "
                f"({type(error).__name__}); try again in a minute or ask an admin."
            ) from None

    def probe(self) -> str | None:
        """Why the broker cannot be reached now, or None when it answers: one connection,
        opened and closed, one attempt, each step bounded by PROBE_SECONDS. Names the
        broker without its password."""
        import pika

        params = pika.URLParameters(self.config.broker_url)
        params.connection_attempts = 1
        params.socket_timeout = params.stack_timeout = PROBE_SECONDS
        params.blocked_connection_timeout = PROBE_SECONDS
        try:
            pika.BlockingConnection(params).close()
        except Exception as error:  # noqa: BLE001 - pika's connection errors are many
            return f"broker: {type(error).__name__} at {self.config.broker_host}"
        return None

    def close(self) -> None:
        with self._lock:
            if self._actor is not None:
                self._actor.broker.close()
                self._actor = self._exhausted = None
