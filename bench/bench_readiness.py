"""Readiness home page (`/`) with a full year of data on SQLite: p50/p95 over 100 requests
to a real uvicorn on 127.0.0.1 (one keep-alive connection), against a static file from
the same server in the same run, and the readiness computation alone (from evidence
already gathered, and gathered from the store). Goal: home page p50 under 100 ms.

The year: 12 resume scans, 300 practice attempts (coding, SQL, pandas), 40 reviewed
design sessions and 600 card answers, 25 stories and 150 timed answers, 40 mock rounds
with scorecards, 30 target companies with research and applications.
"""

from __future__ import annotations

import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta

REQUESTS = 100
GOAL_MS = 100.0
YEAR_START = datetime(2025, 3, 10, 9, tzinfo=UTC)
TODAY = "2026-03-10"
RESUME = (
    "Sam Rivera\nData engineer\n\nExperience\nFinancial analyst, Northwind Bank, 2018-2025\n"
    "- Built SQL reports and Python pipelines that cut month-end close by 3 days\n"
    "- Automated reconciliation with pandas for 40,000 rows a day\n\nSkills\n"
    "Python, SQL, pandas, Airflow, dbt, PostgreSQL, data modelling, ETL\n"
)
JOB = (
    "Data Engineer {n}. We need SQL, Python, Airflow, dbt and Spark experience to build ETL "
    "pipelines, data models and dashboards. Kafka and AWS are a plus. {n}"
)
STORY = (
    "Situation: our month-end close took {d} days. Task: I owned the reconciliation. "
    "Action: I wrote a pandas job and I tested it against last year's files. "
    "Result: the close fell to {r} days and errors dropped by 80%."
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def at(day: int) -> datetime:
    return YEAR_START + timedelta(days=day, hours=day % 7)


def _profile_scans_stories(session) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile
    from pivotprep.resume.service import scan_documents
    from pivotprep.stories import service as stories

    save_profile(
        session,
        validate_profile(
            target_role="data-engineer",
            company_sizes="50-500,500+",
            hours_per_week=12,
            timeline_months=6,
            start_date="2025-10-06",
        ),
    )
    for n in range(12):
        scan_documents(
            session,
            resume_data=RESUME.encode(),
            resume_filename="sam.txt",
            job=JOB.format(n=n % 6),
            semantic="off",
        )
    for n in range(25):
        text = STORY.format(d=5 + n % 3, r=2) if n % 4 else "We fixed a report and it was fine."
        stories.create_story(session, stories.validate_story(title=f"Story {n}", text=text))


def _practice_design_cards(session, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.design.models import CardLog, DesignSession
    from pivotprep.practice.models import Attempt
    from pivotprep.practice.service import catalogue

    ids = [p.id for p in catalogue().rows][::3][:150]
    for n in range(300):
        start = at(n * 365 // 300)
        passed = start + timedelta(minutes=rng.randint(15, 70)) if rng.random() < 0.7 else None
        session.add(
            Attempt(
                problem_id=ids[n % len(ids)],
                started_at=start,
                passed_at=passed,
                runs=3,
                failed_runs=1,
            )
        )
    for n in range(40):
        start = at(n * 9)
        session.add(
            DesignSession(
                prompt_id="url-shortener",
                minutes=45,
                started_at=start,
                finished_at=start + timedelta(minutes=45),
                texts={},
                phase_seconds={"design": 2700},
                active_phase="wrap",
                review={"score": 60},
                score=rng.randint(40, 85),
            )
        )
    for n in range(600):
        session.add(
            CardLog(
                card_id=f"card-{n % 80}",
                deck="design",
                reviewed_at=at(n * 365 // 600),
                rating=3,
                answer="x",
                correct=rng.random() < 0.85,
                seconds=30.0,
                evidence="bench",
            )
        )


def _mocks_answers(session, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.mock.models import MockRound
    from pivotprep.stories.models import PracticeAttempt

    kinds = ("coding", "sql", "design", "behavioral")
    for n in range(40):
        end = at(n * 9 + 3)
        scores: list[dict[str, object]] = [
            {"scale": s, "value": rng.randint(1, 4), "evidence": []}
            for s in ("technical", "problem_solving", "communication")
        ]
        events = [
            {"kind": "ask", "t": 30.0, "text": "How big is the input?"},
            {"kind": "close", "t": 2400.0, "text": "How does the team review designs?"},
        ]
        session.add(
            MockRound(
                kind=kinds[n % 4],
                title="Round",
                item_id="x",
                minutes=45,
                started_at=end - timedelta(minutes=45),
                finished_at=end,
                active_seconds=2400.0,
                events=events,
                scorecard={
                    "kind": kinds[n % 4],
                    "scores": scores,
                    "advance": True,
                    "advance_reason": "",
                },
            )
        )
    for n in range(150):
        session.add(
            PracticeAttempt(
                question_id=f"q{n % 60:03d}",
                question_text="Tell me.",
                signal="ownership",
                answer="I did it.",
                seconds_allowed=120,
                seconds_taken=110,
                score=rng.randint(40, 90),
                analysis={"score": 60},
                created_at=at(n * 2),
            )
        )


def _companies(session) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.applications import service

    words = "They sell scheduling software to clinics and hospitals in three countries today."
    for i in range(30):
        company = service.add_company(
            session, service.check_company(name=f"Target {i} Inc.", size="50-500", role="DE")
        )
        items = service.research_items()[: i % 7]
        service.set_research(session, company, {item.id: words for item in items})
        service.add_application(
            session, company=f"Target {i}", role="DE", channel="cold", on="2026-01-05"
        )


def seed(home: str) -> None:
    os.environ["PIVOTPREP_HOME"] = home
    from pivotprep.core.db import get_engine, session_scope
    from pivotprep.core.migrate import upgrade

    engine = get_engine()
    upgrade(engine)
    rng = random.Random(18)
    with session_scope(engine) as session:
        _profile_scans_stories(session)
        _practice_design_cards(session, rng)
        _mocks_answers(session, rng)
        _companies(session)
    engine.dispose()


def compute_times() -> tuple[float, float, str]:
    """Median ms of gathering + computing, and of computing alone, over 10 runs."""
    from pivotprep.core.clock import now
    from pivotprep.core.db import get_engine, session_scope
    from pivotprep.readiness.service import compute, gather, readiness

    engine = get_engine()
    whole, rules = [], []
    with session_scope(engine) as session:
        readiness(session)  # warm caches (content packs, analyzer)
        for _ in range(10):
            started = time.perf_counter()
            result = readiness(session)
            whole.append((time.perf_counter() - started) * 1000)
        ev = gather(session)
        for _ in range(10):
            started = time.perf_counter()
            compute(ev, now())
            rules.append((time.perf_counter() - started) * 1000)
    found = ", ".join(f"{g.name} {g.status}" for g in result.gauges)
    engine.dispose()
    return statistics.median(whole), statistics.median(rules), found


def rules_matrix() -> tuple[int, int]:
    """The six rules against the fixture histories of tests/readiness/histories.py: how
    many fire on their own history, and how many fire on another (or on the healthy one)."""
    sys.path.insert(0, os.getcwd())
    from pivotprep.readiness.mistakes import findings
    from tests.readiness.histories import MISTAKES, NOW, healthy

    own = wrong = 0
    for key, make in {**MISTAKES, "healthy": healthy}.items():
        fired = {f.key for f in findings(make(), NOW) if f.detected}
        own += key in fired
        wrong += len(fired - {key})
    return own, wrong


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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


def serve_and_measure(home: str) -> tuple[list[float], list[float]] | None:
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
                    return None
                time.sleep(0.2)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for _ in range(5):
            for path in ("/", "/static/style.css"):
                conn.request("GET", path)
                conn.getresponse().read()
        page, static = measure(conn, "/"), measure(conn, "/static/style.css")
        conn.close()
        return page, static
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    home = tempfile.mkdtemp(prefix="pivotprep-bench-")
    os.environ["PIVOTPREP_TODAY"] = TODAY
    os.environ.pop("PIVOTPREP_DATABASE_URL", None)
    seed(home)
    whole, rules, found = compute_times()
    measured = serve_and_measure(home)
    if measured is None:
        print("the server did not start")
        return 1
    page, static = measured
    p50, p95 = statistics.median(page), percentile(page, 0.95)
    s50, s95 = statistics.median(static), percentile(static, 0.95)
    print("a year of data (SQLite, WAL), real uvicorn on 127.0.0.1; gauges: " + found)
    print(f"readiness home /:   p50 {p50:.1f} ms, p95 {p95:.1f} ms over {REQUESTS} requests")
    print(f"/static/style.css:  p50 {s50:.1f} ms, p95 {s95:.1f} ms (baseline, same server)")
    print(f"ratio: home p50 is {p50 / s50:.1f}x a static file")
    print(f"readiness computed from the store (gather + rules): median {whole:.1f} ms")
    print(f"readiness rules alone (gauges, trend, mistakes, actions): median {rules:.1f} ms")
    own, wrong = rules_matrix()
    print(f"six mistakes on the fixture histories: {own}/6 fire on their own, {wrong} elsewhere")
    print(f"goal p50 < {GOAL_MS:.0f} ms: {'met' if p50 < GOAL_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
