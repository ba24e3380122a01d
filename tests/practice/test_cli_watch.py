"""`pivotprep practice test ID --watch` in a real process: re-judges on save, Ctrl+C exits."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pivotprep.practice.problems import load_pack

pytestmark = pytest.mark.usefixtures("sandbox_level")


def read_until(proc: subprocess.Popen, needle: str, seconds: float = 90.0) -> str:
    """Output until `needle` appears (a generous deadline: the machine may be loaded)."""
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    seen = ""
    deadline = time.monotonic() + seconds
    while needle not in seen:
        left = deadline - time.monotonic()
        if left <= 0 or proc.poll() is not None:
            break
        if sel.select(left):
            chunk = os.read(proc.stdout.fileno(), 65536).decode(errors="replace")
            if not chunk:
                break
            seen += chunk
    assert needle in seen, seen[-2000:]
    return seen


def test_watch_rejudges_on_save_and_stops_on_ctrl_c(isolated_home: Path):
    env = dict(os.environ, PIVOTPREP_HOME=str(isolated_home), COLUMNS="200")
    cmd = [sys.executable, "-m", "pivotprep.cli.main"]
    subprocess.run(
        [*cmd, "practice", "start", "first-repeated-badge"],
        env=env,
        check=True,
        capture_output=True,
    )
    path = isolated_home / "workspace" / "practice" / "first-repeated-badge.py"
    proc = subprocess.Popen(
        [*cmd, "practice", "test", "first-repeated-badge", "--watch", "--no-complexity"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        first = read_until(proc, "Watching")
        assert "0/12 passed" in first
        time.sleep(1.1)  # a new mtime on filesystems with coarse timestamps
        path.write_text(load_pack("first-repeated-badge").reference_path.read_text())
        read_until(proc, "12/12 passed")
        proc.send_signal(signal.SIGINT)
        rest = read_until(proc, "Stopped watching.")
        assert "Traceback" not in rest
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
