"""Schemathesis's own checks on the answers the prober got for generated cases: a served
fixture app (uvicorn on a Unix socket, as the clean room serves it, but without the
sandbox) whose answers break its declared response model is reported, with the operation,
the case and the reason; a conforming app is not."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from pivotprep.portfolio import probe
from pivotprep.portfolio.report import Check, score
from tests.portfolio.projects import GOOD, README, WRONG_SCHEMA, write

START_SECONDS = 30.0


def _wait_for(socket: Path, server: subprocess.Popen[bytes]) -> None:
    """Until the app answers on `socket` (or fail the test with the server's output)."""
    deadline = time.monotonic() + START_SECONDS
    transport = httpx.HTTPTransport(uds=str(socket))
    with httpx.Client(transport=transport, base_url="http://app", timeout=2) as client:
        while time.monotonic() < deadline and server.poll() is None:
            try:
                client.get("/health")
                return
            except httpx.HTTPError:
                time.sleep(0.1)
    server.kill()
    output = server.communicate()[0].decode("utf-8", "replace")
    pytest.fail(f"the fixture app did not start:\n{output[-2000:]}")


@pytest.fixture
def served() -> Iterator[Callable[[dict[str, str]], Path]]:
    """Serve a fixture project's app on a Unix socket; every server is stopped afterwards."""
    servers: list[subprocess.Popen[bytes]] = []
    # a short folder: a Unix socket's path must fit in about 100 bytes
    with tempfile.TemporaryDirectory(prefix="pp-") as folder:

        def serve(files: dict[str, str]) -> Path:
            root = write(Path(folder) / f"app{len(servers)}", files)
            socket = root / "app.sock"
            argv = [sys.executable, "-m", "uvicorn", "app:app", "--uds", str(socket)]
            server = subprocess.Popen(
                argv, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
            )
            servers.append(server)
            _wait_for(socket, server)
            return socket

        yield serve
        for server in servers:
            server.terminate()
            server.wait(timeout=10)


def _probed(socket: Path) -> dict[str, Check]:
    return {c.id: c for c in probe.probe(socket, README)}


def test_answers_breaking_the_declared_response_model_are_reported(served) -> None:
    checks = _probed(served(WRONG_SCHEMA))
    found = checks["probe-conformance"]
    assert found.status == "fail", found.summary
    assert "response_schema_conformance" in found.summary
    first = found.evidence[0]
    assert first.file.startswith("POST /predict (schemathesis) {")  # the case that was sent
    assert first.file.split(" → ")[1].startswith("200")
    assert first.text.startswith("response_schema_conformance: Response violates schema")
    assert '"high" is not of type "number"' in first.text or '"low"' in first.text
    assert found.fix.startswith("Make the answers of POST /predict match the response schema")
    assert checks["probe-fuzz"].status == "pass"  # no 5xx: only the body is wrong
    without = [c for c in checks.values() if c.id != "probe-conformance"]
    assert score(list(checks.values())) < score(without)


def test_conforming_app_has_no_finding(served) -> None:
    checks = _probed(served(GOOD))
    found = checks["probe-conformance"]
    assert found.status == "pass", [e.text for e in found.evidence]
    assert found.summary.startswith("All ") and found.evidence == []
    assert checks["probe-fuzz"].status == "pass"
