"""Server mode under load: simulated learners submit code and SQL through the real web app
while two `pivotprep worker` processes judge them from RabbitMQ.

Everything is real and local: a scratch PostgreSQL database (dropped at the end), a queue of
the run's own on RabbitMQ (deleted at the end), `pivotprep serve --server` in a subprocess
(uvicorn) and two workers. Each learner is an HTTP client (httpx) that logs in, then until
the phase ends: submits a Run (45% a wrong answer, 5% the reference, judged and timed) or
an SQL query (50%), polls the task page every 0.5 s until the verdict page appears, thinks
1 to 4 s, and submits again. Meanwhile one more learner loads a problem page every 0.25 s.

Printed per phase: submit-to-verdict p50/p95 (as the learner sees it, polling included),
the problem page's p95 during the burst beside its p95 with the queue idle (the baseline,
measured first in the same run), tasks lost (submitted and never judged, after a drain of
up to 3 minutes) and duplicate results (recorded runs beyond one per judged task).
Phase 2 SIGKILLs one worker half-way, while it runs a task, and does not restart it: the
second half runs on one worker, and the killed worker's task must be judged once by the
other (printed: tasks run again after their worker died).

    python bench/bench_server_load.py            # 50 learners, 120 s a phase
    python bench/bench_server_load.py --quick    # 10 learners, 20 s a phase
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get(
    "PIVOTPREP_TEST_PG_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
BROKER = os.environ.get("PIVOTPREP_TEST_BROKER", "amqp://guest:guest@127.0.0.1:5672/%2F")
PASSWORD = "correct horse battery"
PROBLEM = "alternate-boarding-order"
REFERENCE = (ROOT / f"src/pivotprep/content/problems/{PROBLEM}/reference.py").read_text()
WRONG = "def alternate_boarding(head):\n    return head\n"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
POLL, PROBE_EVERY, DRAIN = 0.5, 0.25, 180.0
Counts = tuple[int, int, int, int]


@dataclass
class Task:
    url: str
    sent: float
    judged: float | None = None


@dataclass
class Phase:
    tasks: list[Task] = field(default_factory=list)
    pages: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def reachable() -> str | None:
    """Why the bench cannot run here, or None."""
    import pika

    try:
        with create_engine(PG_ADMIN).connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means "no server"
        return f"PostgreSQL is not reachable ({type(exc).__name__})"
    try:
        pika.BlockingConnection(pika.URLParameters(BROKER)).close()
    except Exception as exc:  # noqa: BLE001
        return f"RabbitMQ is not reachable ({type(exc).__name__})"
    return None


class Stack:
    """The scratch database, the web server and the workers (`close` removes them all,
    whatever `start` got to)."""

    def __init__(self) -> None:
        self.name = f"pivotprep_bench_{uuid.uuid4().hex[:8]}"
        self.queue = self.name.replace("_", "-")
        self.admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = PG_ADMIN.rsplit("/", 1)[0] + f"/{self.name}"
        self.home = Path(tempfile.mkdtemp(prefix="pivotprep-load-"))
        self.port = free_port()
        self.env = self._env()
        self.processes: list[subprocess.Popen[bytes]] = []
        self.ids: list[int] = []

    def start(self, learners: int) -> None:
        """The learners' accounts, the web server and two workers."""
        self.ids = self._accounts(learners + 1)
        self.web = self._spawn(["serve", "--server", "--port", str(self.port)], "web")
        self.workers = [self._spawn(["worker"], f"worker-{i}") for i in range(2)]

    def _env(self) -> dict[str, str]:
        from pivotprep.core.settings import get_settings

        return {
            **os.environ,
            "PIVOTPREP_HOME": str(self.home),
            "PIVOTPREP_WASM_CACHE": os.environ.get(
                "PIVOTPREP_WASM_CACHE", str(get_settings().cache_dir / "wasm")
            ),
            "PIVOTPREP_DATABASE_URL": self.url,
            "PIVOTPREP_BROKER_URL": BROKER,
            "PIVOTPREP_QUEUE": self.queue,
            "PIVOTPREP_PUBLIC_URL": f"http://127.0.0.1:{self.port}",
            "PIVOTPREP_COOKIE_SECURE": "0",
            "PIVOTPREP_WORKER_THREADS": "1",
        }

    def _accounts(self, count: int) -> list[int]:
        """The learners, their schemas created and migrated as a first login would."""
        from concurrent.futures import ThreadPoolExecutor

        from pivotprep.core.db import make_engine, session_scope
        from pivotprep.server.service import create_account, ensure_store, learner_engine

        engine = make_engine(self.url)
        ensure_store(engine)
        with session_scope(engine) as session:
            ids = [create_account(session, f"learner{i:03d}", PASSWORD, "learner")
                   for i in range(count)]  # fmt: skip
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda i: learner_engine(engine, i), ids))
        engine.dispose()
        return ids

    def _spawn(self, args: list[str], name: str) -> subprocess.Popen[bytes]:
        log = (self.home / f"{name}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "pivotprep.cli.main", *args],
            env=self.env, stdout=subprocess.PIPE, stderr=log,
        )  # fmt: skip
        self.processes.append(process)
        assert process.stdout is not None
        line = process.stdout.readline().decode()
        if "running at" not in line and "pivotprep worker" not in line:
            raise RuntimeError(f"{name} did not start: {line!r}; see {log.name}")
        return process

    def counts(self) -> tuple[int, int, int, int]:
        """Tasks judged, tasks not finished, practice runs recorded and tasks run more than
        once (a worker died under them), over all learners."""
        judged = pending = recorded = retried = 0
        engine = create_engine(self.url)
        with engine.connect() as conn:
            for account_id in self.ids:
                schema = f"learner_{account_id}"
                states = dict(conn.execute(text(
                    f'SELECT state, count(*) FROM "{schema}".task_job GROUP BY state'
                )).all())  # fmt: skip
                judged += states.get("done", 0) + states.get("failed", 0)
                pending += states.get("queued", 0) + states.get("running", 0)
                recorded += conn.scalar(text(f'SELECT count(*) FROM "{schema}".practice_run'))
                retried += conn.scalar(
                    text(f'SELECT count(*) FROM "{schema}".task_job WHERE attempts > 1')
                )
        engine.dispose()
        return judged, pending, recorded, retried

    def wait_busy(self, pid: int, limit: float = 15.0) -> bool:
        """Wait until worker `pid` is running a task (so the kill lands mid-task)."""
        union = " UNION ALL ".join(
            f"SELECT worker FROM \"learner_{i}\".task_job WHERE state = 'running'" for i in self.ids
        )
        engine = create_engine(self.url)
        deadline = time.monotonic() + limit
        try:
            with engine.connect() as conn:
                while time.monotonic() < deadline:
                    workers = conn.execute(text(union)).scalars().all()
                    conn.rollback()
                    if any(w and w.endswith(f":{pid}") for w in workers):
                        return True
                    time.sleep(0.05)
        finally:
            engine.dispose()
        return False

    def close(self) -> None:
        import pika

        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        channel = pika.BlockingConnection(pika.URLParameters(BROKER)).channel()
        for queue in (self.queue, f"{self.queue}.DQ", f"{self.queue}.XQ"):
            channel.queue_delete(queue)
        channel.connection.close()
        shutil.rmtree(self.home, ignore_errors=True)


def client(port: int, index: int) -> tuple[httpx.Client, str]:
    """A logged-in learner and their CSRF token."""
    http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
    page = http.get("/login")
    token = TOKEN.search(page.text)
    assert token, page.text[:300]
    form = {"username": f"learner{index:03d}", "password": PASSWORD, "csrf_token": token[1]}
    assert http.post("/login", data=form).status_code in (200, 303)
    csrf = TOKEN.search(http.get("/sharing").text)
    assert csrf
    return http, csrf[1]


def submit(http: httpx.Client, csrf: str, sql_id: str, roll: float) -> str:
    """Send an SQL query (roll < 0.5), a wrong Run, or the reference (roll > 0.95)."""
    if roll < 0.5:
        path, data = f"/sql/{sql_id}/run", {"query": "select 1 as n", "action": "run"}
    else:
        path, data = f"/practice/{PROBLEM}/run", {"code": REFERENCE if roll > 0.95 else WRONG}
    answer = http.post(path, data=data, headers={"x-csrf-token": csrf}, follow_redirects=False)
    assert answer.status_code == 303, (answer.status_code, answer.text[:300])
    return answer.headers["location"]


def follow(http: httpx.Client, task: Task, until: float) -> None:
    while task.judged is None and time.monotonic() < until:
        time.sleep(POLL)
        if http.get(task.url).status_code == 200:
            task.judged = time.monotonic()


def learner(port: int, index: int, sql_id: str, phase: Phase, end: float) -> None:
    rng = random.Random(index)
    http, csrf = client(port, index)
    mine: list[Task] = []
    while time.monotonic() < end:
        task = Task(submit(http, csrf, sql_id, rng.random()), time.monotonic())
        mine.append(task)
        with phase.lock:
            phase.tasks.append(task)
        follow(http, task, end + DRAIN)
        time.sleep(rng.uniform(1, 4))
    for task in mine:  # the drain: a task sent before the end is still followed
        follow(http, task, end + DRAIN)


def probe(http: httpx.Client, times: list[float], until: float) -> None:
    """Load the problem page again and again, timing each answer."""
    while time.monotonic() < until:
        started = time.monotonic()
        assert http.get(f"/practice/{PROBLEM}").status_code == 200
        times.append(time.monotonic() - started)
        time.sleep(PROBE_EVERY)


def warm_up(http: httpx.Client, csrf: str, sql_id: str) -> None:
    """Two runs of each kind, not counted: each worker builds the small SQL data and loads
    the judge once, as a server that has been up for a while already has."""
    for roll in (0.0, 0.0, 0.6, 0.6):
        task = Task(submit(http, csrf, sql_id, roll), time.monotonic())
        follow(http, task, time.monotonic() + DRAIN)


def pct(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def run_phase(stack: Stack, learners: int, seconds: float, kill: bool, sql_id: str) -> Phase:
    phase = Phase()
    end = time.monotonic() + seconds
    threads = [
        threading.Thread(target=learner, args=(stack.port, i + 1, sql_id, phase, end))
        for i in range(learners)
    ]
    prober, _ = client(stack.port, 0)
    pages = threading.Thread(target=probe, args=(prober, phase.pages, end))
    for thread in [*threads, pages]:
        thread.start()
    if kill:
        time.sleep(seconds / 2)
        victim = stack.workers[0].pid
        busy = stack.wait_busy(victim)
        os.kill(victim, signal.SIGKILL)
        print(f"  killed worker pid {victim} half-way, {'mid-task' if busy else 'while idle'} "
              "(not restarted: the rest of the phase runs on one worker)")  # fmt: skip
    for thread in [*threads, pages]:
        thread.join()
    return phase


def report(name: str, phase: Phase, baseline: list[float], delta: Counts) -> None:
    judged = [t.judged - t.sent for t in phase.tasks if t.judged is not None]
    lost = sum(t.judged is None for t in phase.tasks)
    done, pending, recorded, retried = delta
    print(f"{name}:")
    span = max((t.judged or 0.0) for t in phase.tasks) - min(t.sent for t in phase.tasks)
    print(f"  tasks submitted {len(phase.tasks)}, judged {len(judged)} "
          f"({len(judged) / max(span, 1e-9):.2f} a second)")  # fmt: skip
    print(f"  submit to verdict: p50 {pct(judged, 50):.2f} s, p95 {pct(judged, 95):.2f} s")
    print(f"  problem page: p95 {pct(phase.pages, 95) * 1000:.0f} ms during the burst "
          f"({len(phase.pages)} loads) vs {pct(baseline, 95) * 1000:.0f} ms with the queue "
          f"idle ({len(baseline)} loads)")  # fmt: skip
    print(f"  tasks lost: {lost} (seen by the learners), {pending} unfinished in the database")
    print(f"  duplicate results: {recorded - done} (runs recorded {recorded}, "
          f"tasks judged {done}); run again after their worker died: {retried}")  # fmt: skip


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    learners, seconds = (10, 20.0) if quick else (50, 120.0)
    why = reachable()
    if why:
        print(f"skipped: {why}")
        return 0
    from pivotprep.sql.service import list_problems

    sql_id = next(p.id for p in list_problems() if not p.is_drill)
    print(f"{learners} learners, {seconds:.0f} s a phase, 2 workers, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} before")  # fmt: skip
    stack = Stack()
    try:
        stack.start(learners)
        prober, csrf = client(stack.port, 0)
        warm_up(prober, csrf, sql_id)
        baseline: list[float] = []
        probe(prober, baseline, time.monotonic() + (5 if quick else 15))
        before = stack.counts()
        phase = run_phase(stack, learners, seconds, False, sql_id)
        middle = stack.counts()
        report("phase 1, two workers", phase, baseline, diff(middle, before))
        phase = run_phase(stack, learners, seconds, True, sql_id)
        report("phase 2, one worker killed half-way", phase, baseline, diff(stack.counts(), middle))
        print(f"load average {os.getloadavg()[0]:.1f} after (other programs share this machine)")
    finally:
        stack.close()
    return 0


def diff(after: Counts, before: Counts) -> Counts:
    """Judged, recorded and retried during a phase; unfinished at its end."""
    return after[0] - before[0], after[1], after[2] - before[2], after[3] - before[3]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
