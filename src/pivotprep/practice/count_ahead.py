"""Counting a problem's reference ahead of the learner's first Run.

The complexity check compares your instruction counts with the reference's at the same
sizes. The reference's counts, and the empty-function baselines both are measured against,
hold no learner code: they are kept on disk once counted (judge/fuel_store.py). Counted the
first time a learner Runs a problem, they add a few seconds to that Run; counted when the
learner starts the problem, while they read it and write their solution, they add nothing.

Starting a problem (`pivotprep practice start`, or Start on its web page) hands the counting
to a detached child process at low priority (`pivotprep judge count --background -- ID`):
the command returns at once, and a Run the learner makes meanwhile does not queue behind it
for the app's judge workers. No child is started when there is nothing to count (no such
coding pack, no complexity check, or no prepared WebAssembly judge). The child takes a lock
on `<data folder>/cache/fuel/.counting` without waiting and leaves at once, quietly, when
another holds it: one counting child on the machine at a time, however many commands start
one. A failure only means the first Run counts them. `PIVOTPREP_COUNT_AHEAD=0` turns it off
(the test suite does, as it does the resident process).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pivotprep.practice.judge.meter import Meter

_child: subprocess.Popen[bytes] | None = None  # the last child started by this process
_lock = threading.Lock()


def count_reference(problem_id: str, *, background: bool = False) -> str:
    """Count the reference's instructions (and the baselines) for a problem now, where the
    complexity check counts instructions; what was done, in one sentence. In the
    `background` child: "" at once when another process is counting (it holds the lock)."""
    from pivotprep.core.files import locked_file
    from pivotprep.practice.catalog import get_problem

    get_problem(problem_id)  # an unknown id is the catalogue's NotFoundError
    if not background:
        return _count(problem_id)
    with contextlib.ExitStack() as stack:
        try:
            held = stack.enter_context(locked_file(lock_path(), wait=False))
        except OSError:  # the lock file cannot be made: count without it
            held = True
        return _count(problem_id) if held else ""


def lock_path() -> Path:
    """The lock the counting child holds while it counts (one on the machine at a time)."""
    from pivotprep.core.settings import get_settings

    return get_settings().cache_dir / "fuel" / ".counting"


def _count(problem_id: str) -> str:
    """`count_reference` for a problem in the catalogue."""
    from pivotprep.practice.problems import load_packs

    problem = load_packs().get(problem_id)
    if problem is None or not problem.meta.complexity_check:
        return f"{problem_id} has no complexity check: nothing to count."
    meter = _meter()
    if not meter.counts:
        return f"Complexity here is measured by CPU time, which is not kept: {meter.why}."
    from pivotprep.practice.submit import measure

    timing = measure(problem, problem.reference_path.read_text(encoding="utf-8"), counts=True)
    if timing.error:
        return f"The reference of {problem_id} could not be counted: {timing.error}."
    sizes = ", ".join(str(n) for n in timing.sizes)
    return f"Counted the reference of {problem_id} at n = {sizes}; kept for its Runs."


def _meter() -> Meter:
    """What the complexity check measures with the judge's level here."""
    from pivotprep.practice.judge.meter import meter_for
    from pivotprep.practice.judge.runner import require_isolation

    return meter_for(require_isolation())


def count_in_child(problem_id: str) -> bool:
    """Count in a detached child process at low priority (`pivotprep judge count`); False
    when not started (turned off, nothing to count, one of ours still running, or it
    could not start)."""
    global _child
    if os.environ.get("PIVOTPREP_COUNT_AHEAD", "1").strip() == "0":
        return False
    if not _worth_counting(problem_id):
        return False
    command = [sys.executable, "-m", "pivotprep.cli.main", "judge", "count", "--background"]
    with _lock:
        if _child is not None and _child.poll() is None:
            return False
        try:
            _child = subprocess.Popen(  # noqa: S603 - our own command; the id was checked
                [*command, "--", problem_id],  # after "--": never read as an option
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env={**os.environ, "PIVOTPREP_RESIDENT": "0"},
                start_new_session=os.name != "nt",  # outlives the command and its Ctrl+C
                creationflags=_windows_flags(),
            )
        except OSError:
            return False
        threading.Thread(target=_reap, args=(_child,), daemon=True).start()
    return True


def _worth_counting(problem_id: str) -> bool:
    """Whether the child would count anything: a coding pack with a complexity check, and
    the WebAssembly judge prepared (else complexity is CPU time, which is not kept)."""
    from pivotprep.practice.problems import load_packs

    problem = load_packs().get(problem_id)
    return problem is not None and bool(problem.meta.complexity_check) and _guest_ready()


def _guest_ready() -> bool:
    from pivotprep.practice.judge.wasm import WasmUnavailableError, prepared

    try:
        return prepared() is not None
    except WasmUnavailableError:
        return False


def _windows_flags() -> int:
    """On Windows, a child that outlives the command and its Ctrl+C, at below-normal
    priority (POSIX: a new session, and the child's nice), without a console window."""
    flags = 0
    if os.name == "nt":
        for name in ("CREATE_NEW_PROCESS_GROUP", "BELOW_NORMAL_PRIORITY_CLASS", "CREATE_NO_WINDOW"):
            flags |= getattr(subprocess, name, 0)
    return flags


def _reap(child: subprocess.Popen[bytes]) -> None:
    """Wait for the child, so the web server leaves no finished child unreaped."""
    with contextlib.suppress(Exception):
        child.wait()


def _let_go() -> None:
    """At exit of a short-lived command: the child still counting is left to run on its
    own, as meant; Popen would otherwise warn that it is "still running"."""
    child = _child
    if child is not None and child.poll() is None:
        child.returncode = 0  # not ours to wait for any more


atexit.register(_let_go)


__all__ = ["count_in_child", "count_reference"]
