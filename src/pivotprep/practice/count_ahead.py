"""Counting a problem's reference ahead of the learner's first Run.

The complexity check compares your instruction counts with the reference's at the same
sizes. The reference's counts, and the empty-function baselines both are measured against,
hold no learner code: they are kept on disk once counted (judge/fuel_store.py). Counted the
first time a learner Runs a problem, they add a few seconds to that Run; counted when the
learner starts the problem, while they read it and write their solution, they add nothing.

Starting a problem (`pivotprep practice start`, or Start on its web page) hands the counting
to a detached child process at low priority (`pivotprep judge count ID`): the command
returns at once, and a Run the learner makes meanwhile does not queue behind it for the
app's judge workers. One child at a time per app process, so a stream of starts cannot
fill the machine with them. A failure only means the first Run counts them.
`PIVOTPREP_COUNT_AHEAD=0` turns it off (the test suite does, as it does the resident process).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pivotprep.practice.judge.meter import Meter

_child: subprocess.Popen[bytes] | None = None  # the last child started by this process
_lock = threading.Lock()


def count_reference(problem_id: str) -> str:
    """Count the reference's instructions (and the baselines) for a problem now, where the
    complexity check counts instructions; what was done, in one sentence."""
    from pivotprep.practice.catalog import get_problem
    from pivotprep.practice.problems import load_packs

    get_problem(problem_id)  # an unknown id is the catalogue's NotFoundError
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
    """Count in a detached child process at low priority (`pivotprep judge count ID`);
    False when not started (turned off, one still running, or it could not start)."""
    global _child
    if os.environ.get("PIVOTPREP_COUNT_AHEAD", "1").strip() == "0":
        return False
    command = [
        *(sys.executable, "-m", "pivotprep.cli.main", "judge", "count", problem_id),
        "--background",
    ]
    with _lock:
        if _child is not None and _child.poll() is None:
            return False
        try:
            _child = subprocess.Popen(  # noqa: S603 - our own command; the id was checked
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env={**os.environ, "PIVOTPREP_RESIDENT": "0"},
                start_new_session=os.name == "posix",  # outlives the command and its Ctrl+C
            )
        except OSError:
            return False
    return True


__all__ = ["count_in_child", "count_reference"]
