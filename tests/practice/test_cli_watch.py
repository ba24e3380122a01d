"""`pivotprep practice test ID --watch` in a real process: re-judges on save, Ctrl+C exits."""

from __future__ import annotations

import codecs
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


def read_until(proc: subprocess.Popen, needle: str, seconds: float = 120.0) -> str:
    """Output until `needle` appears, the child closes its output, or a generous deadline
    passes (a bound against hanging on a loaded machine, not a timing check).

    An exited child is read to the end of its output before giving up: it may print the
    needle and exit before this process gets to read it."""
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    seen = ""
    deadline = time.monotonic() + seconds
    while needle not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        if sel.select(left):
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:  # end of output: the child has exited
                break
            seen += decoder.decode(chunk)
    sel.close()
    assert needle in seen, seen[-2000:]
    return seen


def save(path: Path, text: str) -> None:
    """Save as an editor does (a new file renamed over the old one), with a modification
    time well clear of the old one, so the watcher sees a change on any filesystem without
    this test sleeping past a coarse timestamp."""
    before = path.stat().st_mtime_ns
    fresh = path.with_suffix(".saving")
    fresh.write_text(text)
    later = before + 5_000_000_000
    os.utime(fresh, ns=(later, later))
    os.replace(fresh, path)


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
        save(path, load_pack("first-repeated-badge").reference_path.read_text())
        read_until(proc, "12/12 passed")
        proc.send_signal(signal.SIGINT)
        rest = read_until(proc, "Stopped watching.")
        assert "Traceback" not in rest
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_an_interrupt_dropped_in_a_finalizer_prints_no_traceback_while_watching(capsys):
    from types import SimpleNamespace

    from pivotprep.cli.practice import _until_interrupted

    seen = []
    before = sys.unraisablehook
    sys.unraisablehook = seen.append
    try:
        with _until_interrupted():
            sys.unraisablehook(SimpleNamespace(exc_type=KeyboardInterrupt))
            sys.unraisablehook(SimpleNamespace(exc_type=ValueError))
        assert [u.exc_type for u in seen] == [ValueError]
        assert sys.unraisablehook == seen.append
    finally:
        sys.unraisablehook = before
