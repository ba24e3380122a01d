"""Two figures of the portfolio check as the web page runs it.

1. How long the upload of the good fixture project (a static-only check, so it runs
   without bubblewrap) keeps the browser waiting: POST /portfolio/check now answers a
   redirect to the progress page while the check runs in the background. Baseline, in the
   same run: the same check done inside the request, as the page did before
   (`check_upload`, which the command line still uses in the foreground).
2. What schemathesis's response checks (`fuzz.conformance`: status, content type, response
   schema, no server error) add to the schema-driven probe: time per answer, against the
   baseline of sending the case and reading its answer, on the fixture app whose answers
   break its response model, served by uvicorn on a Unix socket as the clean room serves it.

    python bench/bench_portfolio_web.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.portfolio.projects import GOOD, WRONG_SCHEMA, write, zip_of  # noqa: E402

ROUNDS = 5


def upload_figures(base: Path) -> None:
    """The answer time of the upload, background against inline."""
    from fastapi.testclient import TestClient

    from pivotprep.core.db import make_engine, session_scope
    from pivotprep.core.migrate import upgrade
    from pivotprep.portfolio import service
    from pivotprep.web.app import create_app

    engine = make_engine(f"sqlite:///{base / 'store.db'}")
    upgrade(engine)
    data = zip_of(base / "churn.zip", GOOD, folder="churn/").read_bytes()
    inline, answered, finished = [], [], []
    with TestClient(create_app(engine, extra_hosts=("testserver",))) as web:
        for _ in range(ROUNDS):
            started = time.perf_counter()
            with session_scope(engine) as session:
                service.check_upload(session, "churn.zip", data, run=False)
            inline.append(time.perf_counter() - started)
            started = time.perf_counter()
            answer = web.post(
                "/portfolio/check",
                files={"file": ("churn.zip", data, "application/zip")},
                follow_redirects=False,
            )
            answered.append(time.perf_counter() - started)
            location = answer.headers["location"]
            while web.get(location).headers.get("refresh", "").endswith(location):
                time.sleep(0.02)
            finished.append(time.perf_counter() - started)
    engine.dispose()
    base_s, now_s = statistics.median(inline), statistics.median(answered)
    print(f"upload answered (background)  {1000 * now_s:7.1f} ms  median of {ROUNDS}")
    print(f"baseline: check in the request {1000 * base_s:7.1f} ms")
    print(f"the browser waits {base_s / now_s:5.1f}x less; the check ends "
          f"{statistics.median(finished):.2f} s after the upload (page polled)")  # fmt: skip


def _serve(root: Path) -> tuple[subprocess.Popen[bytes], Path]:
    import httpx

    socket = root / "app.sock"
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app:app", "--uds", str(socket)],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    transport = httpx.HTTPTransport(uds=str(socket))
    with httpx.Client(transport=transport, base_url="http://app", timeout=2) as client:
        for _ in range(300):
            try:
                client.get("/health")
                return server, socket
            except httpx.HTTPError:
                time.sleep(0.1)
    server.kill()
    raise SystemExit("the fixture app did not start")


def conformance_figures(base: Path) -> None:
    """Time per answer: sending a generated case, then schemathesis's checks of it."""
    from pivotprep.portfolio import fuzz, probe

    server, socket = _serve(write(base / "app", WRONG_SCHEMA))
    try:
        prober = probe.Prober(socket)
        document = prober.client.get("/openapi.json").json()
        requests = fuzz.generate(document, probe.FUZZ_CASES)
        sending, checking, findings = [], [], 0
        for request in requests:
            began = time.perf_counter()
            hit = probe._send_generated(prober, request)
            sending.append(time.perf_counter() - began)
            if hit.status <= 0 or prober.last is None:
                continue
            began = time.perf_counter()
            findings += len(fuzz.conformance(request, prober.last))
            checking.append(time.perf_counter() - began)
        prober.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    send_ms = 1000 * statistics.median(sending)
    check_ms = 1000 * statistics.median(checking)
    print(f"schemathesis checks per answer {check_ms:6.2f} ms  ({len(checking)} answers, "
          f"{findings} findings)")  # fmt: skip
    print(f"baseline: sending the case     {send_ms:6.2f} ms")
    print(f"the checks cost {check_ms / send_ms:4.1f}x a request; "
          f"{sum(checking):.2f} s in all for {len(checking)} answers")  # fmt: skip


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="pp-") as folder:
        os.environ["PIVOTPREP_HOME"] = str(Path(folder) / "home")
        upload_figures(Path(folder))
        conformance_figures(Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
