"""The clean-room stages: a fresh virtual environment, the declared dependencies installed
(the only stage with the network, to reach the package index), the tests (the README's
command, else pytest), and the server started on loopback for the probes.

Every stage runs in `sandbox` with its own time cap; a stage that overruns is killed and
reported as such, and the stages that need it are skipped with the reason.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pivotprep.portfolio import sandbox
from pivotprep.portfolio.apps import AppCommand
from pivotprep.portfolio.declared import Declared
from pivotprep.portfolio.readme import Command
from pivotprep.portfolio.report import Check, Evidence, last_lines


@dataclass(frozen=True)
class Caps:
    """Time caps per stage, in seconds."""

    venv: float = 60
    install: float = 600
    tests: float = 300
    serve: float = 60


DRIVER = Path(__file__).resolve().parent / "driver.py"
PYTEST_COUNTS = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)")


def _fail(check: Check, summary: str, outcome: sandbox.Outcome, fix: str) -> Check:
    check.status, check.summary, check.fix = "fail", summary, fix
    check.exit_code = outcome.exit_code
    check.tail = last_lines(outcome.output)
    return check


def install(room: sandbox.Room, declared: Declared, caps: Caps) -> Check:
    """A fresh venv, then `pip install` of what the project declares, nothing else."""
    shown = "pip install " + " ".join(declared.install_args)
    check = Check(
        "install", "Installs from a clean slate", "install", "pass", "", 25, command=shown
    )
    pip = sandbox.base_pip()
    make = [sandbox.base_python(), "-m", "venv", *(["--without-pip"] if pip else []), "/env"]
    venv = sandbox.run(room, make, seconds=caps.venv, name="venv")
    if venv.exit_code != 0:
        return _fail(
            check,
            "A fresh virtual environment could not be made.",
            venv,
            "Check that Python's venv module works on this machine.",
        )
    if not declared.install_args:
        check.status, check.seconds = "fail", venv.seconds
        check.summary = "Nothing to install: no requirements file or pyproject dependencies."
        check.fix = "Declare the dependencies in requirements.txt so `pip install -r` works."
        return check
    offline = room.wheels is not None
    source = ["--no-index", "--find-links", "/wheels"] if offline else ["--prefer-binary"]
    argv = [*(pip or ["/env/bin/python", "-m", "pip"]), "install", *source]
    argv += ["--progress-bar", "off", *declared.install_args]
    outcome = sandbox.run(
        room,
        argv,
        seconds=caps.install,
        network=not offline,
        env=sandbox.install_environment(),
        name="install",
    )
    check.seconds = round(venv.seconds + outcome.seconds, 2)
    check.exit_code, check.tail = outcome.exit_code, last_lines(outcome.output)
    if outcome.timed_out:
        check.status = "fail"
        check.summary = f"The install did not finish within {caps.install:.0f} s."
        check.fix = "Make the install lighter: pin versions that have wheels, drop unused ones."
    elif outcome.exit_code != 0:
        check.status = "fail"
        check.summary = "pip could not install the declared dependencies."
        check.fix = "Make `" + shown + "` work in a fresh virtual environment (see its output)."
    else:
        check.summary = f"Installed in {check.seconds:.1f} s."
    return check


def _pytest_summary(output: str) -> str:
    """ "3 passed, 1 failed" from pytest's closing line ("" when there is none)."""
    for line in reversed(output.splitlines()[-30:]):
        if re.search(r"\bin [\d.]+s\b", line):
            return ", ".join(f"{n} {word}" for n, word in PYTEST_COUNTS.findall(line))
    return ""


def tests(room: sandbox.Room, command: Command | None, has_tests: bool, caps: Caps) -> Check:
    """The README's test command (else `python -m pytest -q`), without network."""
    text = command.text if command else "python -m pytest -q"
    check = Check(
        "tests-run", "Tests pass in the clean room", "tests", "pass", "", 20, command=text
    )
    if command:
        check.evidence = [Evidence("README", command.line, command.text)]
    if command is None and not has_tests:
        check.status, check.summary = "skip", "No tests to run."
        return check
    outcome = sandbox.run(room, ["sh", "-c", text], seconds=caps.tests, name="tests")
    check.exit_code, check.seconds = outcome.exit_code, round(outcome.seconds, 2)
    check.tail = last_lines(outcome.output)
    counts = _pytest_summary(outcome.output)
    if outcome.timed_out:
        check.status, check.summary = "fail", f"The tests did not finish within {caps.tests:.0f} s."
        check.fix = "Make the tests finish in minutes (no network, small fixtures)."
    elif outcome.exit_code == 0:
        check.summary = f"Passed ({counts})." if counts else "Passed."
    else:
        check.status = "fail"
        check.summary = f"`{text}` exited with {outcome.exit_code}" + (
            f" ({counts})." if counts else "."
        )
        check.fix = (
            f"Make `{text}` pass after a fresh install of the declared dependencies "
            "(see its last lines)."
        )
    return check


@dataclass
class Served:
    """A running server: the Unix socket that reaches it (None: it never answered) and the
    check saying so."""

    socket: Path | None
    check: Check
    log: Path


def _events(proc: subprocess.Popen[bytes], deadline: float) -> dict[str, object]:
    """The driver's first decisive event ("ready", "exited", "timeout"), or {} at the
    deadline (the driver itself hung)."""
    import selectors

    if proc.stdout is None:
        return {}
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    buffer = b""
    while time.monotonic() < deadline:
        if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
            break
        chunk = proc.stdout.read1(4096)  # type: ignore[attr-defined]
        if not chunk:
            break
        buffer += chunk
        for line in buffer.split(b"\n")[:-1]:
            event = json.loads(line)
            if event.get("event") in ("ready", "exited", "timeout"):
                selector.close()
                return dict(event)
    selector.close()
    return {}


def _serve_check(app: AppCommand, event: dict[str, object], log: Path, caps: Caps) -> Check:
    check = Check(
        "serve",
        "The app starts and listens",
        "serve",
        "pass",
        "",
        15,
        command=" ".join(app.argv[-1:] if app.framework == "readme" else app.argv),
        evidence=[Evidence(app.found)],
    )
    check.tail = last_lines(sandbox.tail_of(log))
    kind = event.get("event")
    if kind == "ready":
        check.seconds = float(str(event.get("seconds", 0)))
        check.summary = f"Listening on port {app.port} after {check.seconds:.1f} s."
        return check
    check.status = "fail"
    if kind == "exited":
        check.exit_code = int(str(event.get("code", 1)))
        check.summary = f"The server exited with {check.exit_code} before it answered."
    else:
        check.summary = f"The server did not answer on port {app.port} within {caps.serve:.0f} s."
    check.fix = (
        f"Make `{check.command}` start in a fresh environment (declare the server, "
        "e.g. uvicorn, and read settings from the environment with defaults)."
    )
    return check


@contextmanager
def served(room: sandbox.Room, app: AppCommand, caps: Caps) -> Iterator[Served]:
    """Start the app in the clean room (no network) and yield how to reach it; the server
    and everything it started are killed on leaving."""
    shutil.copy(DRIVER, room.bridge / "driver.py")
    log = room.bridge / "server.log"
    config = {
        "argv": list(app.argv),
        "port": app.port,
        "seconds": caps.serve,
        "socket": "/bridge/app.sock",
        "log": "/bridge/server.log",
    }
    argv = [sandbox.base_python(), "-I", "/bridge/driver.py", json.dumps(config)]
    proc = subprocess.Popen(
        sandbox.command(room, argv, network=False),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=sandbox.environment(),
        start_new_session=True,
        cwd="/",
    )
    try:
        event = _events(proc, time.monotonic() + caps.serve + 15)
        check = _serve_check(app, event, log, caps)
        path = room.bridge / "app.sock"
        if event.get("event") == "ready":
            deadline = time.monotonic() + 10
            while not path.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        yield Served(path if path.exists() else None, check, log)
    finally:
        sandbox.kill(proc)
