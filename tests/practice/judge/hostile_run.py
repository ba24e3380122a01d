"""Judge one submission file in a fresh process and print its verdicts and the process's
peak RSS as JSON: the app's own memory, measured apart from the test process's history.

Usage: python -m tests.practice.judge.hostile_run PROBLEM FILE
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _peak_kb() -> int:
    """This process's own peak RSS: VmHWM belongs to its address space, so it starts afresh
    at exec (ru_maxrss does not on Linux: a child exec'd from a large pytest worker would
    report the worker's peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> None:
    from pivotprep.practice.judge import Limits, judge

    problem, path = sys.argv[1], Path(sys.argv[2])
    # room to spare on a loaded machine: every attack here is judged on what it holds or
    # sends, and building a 30 MB frame can take seconds while other jobs share the cores
    limits = Limits(case_seconds=10.0, startup_seconds=20.0)
    started = time.perf_counter()
    result = judge(problem, path, limits=limits)
    elapsed = time.perf_counter() - started
    peak_kb = _peak_kb()
    print(
        json.dumps(
            {
                "status": str(result.status),
                "message": result.message,
                "tests": [[t.name, str(t.status), t.message, t.output] for t in result.tests],
                "peak_mb": peak_kb / 1024,
                "seconds": elapsed,
            }
        )
    )


if __name__ == "__main__":
    main()
