"""Dashboard page (`/dashboard`) with a 6-month plan on SQLite: p50/p95 over 200 requests to a
real uvicorn on 127.0.0.1 (one keep-alive HTTP connection), against a static file
(`/static/style.css`) from the same server in the same run. Goal: p50 under 50 ms.
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

REQUESTS = 200
GOAL_MS = 50.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def seed(home: str) -> int:
    """A profile with a 6-month plan and some progress. Returns the number of tasks."""
    os.environ["PIVOTPREP_HOME"] = home
    from pivotprep.core.db import get_engine, session_scope
    from pivotprep.core.migrate import upgrade
    from pivotprep.plan import service
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    engine = get_engine()
    upgrade(engine)
    with session_scope(engine) as session:
        save_profile(
            session,
            validate_profile(
                target_role="ml-engineer",
                company_sizes="50-500,500+",
                hours_per_week=18,
                timeline_months=6,
                start_date="2026-01-05",
            ),
        )
        _, tasks, _ = service.all_tasks(session)
        for task in tasks[:40]:
            service.mark_done(session, task.id)
    engine.dispose()
    return len(tasks)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(conn: http.client.HTTPConnection, path: str) -> list[float]:
    times = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        times.append((time.perf_counter() - started) * 1000)
        assert response.status == 200 and body, response.status
    return times


def main() -> int:
    home = tempfile.mkdtemp(prefix="pivotprep-bench-")
    os.environ["PIVOTPREP_TODAY"] = "2026-03-10"
    os.environ.pop("PIVOTPREP_DATABASE_URL", None)
    tasks = seed(home)
    port = free_port()
    env = {**os.environ, "PIVOTPREP_HOME": home}
    server = subprocess.Popen(
        [sys.executable, "-m", "pivotprep.cli.main", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    print("the server did not start")
                    return 1
                time.sleep(0.2)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(10):  # warm up templates, caches and the connection pool
            for path in ("/dashboard", "/static/style.css"):
                conn.request("GET", path)
                conn.getresponse().read()
        page = measure(conn, "/dashboard")
        week = measure(conn, "/plan/week/10")
        static = measure(conn, "/static/style.css")
        conn.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    p50, p95 = statistics.median(page), percentile(page, 0.95)
    s50, s95 = statistics.median(static), percentile(static, 0.95)
    w50, w95 = statistics.median(week), percentile(week, 0.95)
    print(f"plan: 26 weeks, {tasks} tasks, 40 done (SQLite, WAL), real uvicorn on 127.0.0.1")
    print(f"dashboard /dashboard: p50 {p50:.1f} ms, p95 {p95:.1f} ms over {REQUESTS} requests")
    print(
        f"/plan/week/10:      p50 {w50:.1f} ms, p95 {w95:.1f} ms (same plan data, no feature cards)"
    )
    print(f"/static/style.css:  p50 {s50:.1f} ms, p95 {s95:.1f} ms (baseline, same server)")
    print(f"ratio: dashboard p50 is {p50 / s50:.1f}x a static file")
    print(f"goal p50 < {GOAL_MS:.0f} ms: {'met' if p50 < GOAL_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
