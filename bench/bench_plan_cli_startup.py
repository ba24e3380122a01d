"""`pivotprep --help` cold start, against `python -c pass` measured in the same run.

Each run is a fresh interpreter (a real subprocess), so imports are paid every time, as
for a person typing the command. Goal: median under 0.3 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 15
GOAL = 0.3


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    help_cmd = [sys.executable, "-m", "pivotprep.cli.main", "--help"]
    base_cmd = [sys.executable, "-c", "pass"]
    timed(help_cmd)  # warm the file cache once, as a second invocation would be
    help_times, base_times = [], []
    for _ in range(RUNS):  # interleaved, so machine load hits both alike
        base_times.append(timed(base_cmd))
        help_times.append(timed(help_cmd))
    help_median = statistics.median(help_times)
    base_median = statistics.median(base_times)
    print(
        f"pivotprep --help: median {help_median * 1000:.0f} ms over {RUNS} runs "
        f"(min {min(help_times) * 1000:.0f} ms)"
    )
    print(f"python -c pass:   median {base_median * 1000:.0f} ms (baseline)")
    print(
        f"ratio: {help_median / base_median:.1f}x the bare interpreter; "
        f"pivotprep's own cost {(help_median - base_median) * 1000:.0f} ms"
    )
    print(f"goal < {GOAL * 1000:.0f} ms: {'met' if help_median < GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
