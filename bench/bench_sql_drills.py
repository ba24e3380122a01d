"""Drill verdict stability: the same rewrite, judged again and again, gets the same verdict.

For each optimisation drill, two rewrites far from the drill's threshold are judged
`--runs` times (default 10) on the large data, first at rest and then with two busy
processes spinning on the CPU (started here, stopped at the end):
- the reference rewrite, expected to pass (its factor, printed, is well above the threshold);
- the slow query itself submitted as the rewrite (factor about 1, at least 1.3x below every
  threshold), expected to fail as "not fast enough" (never "inconclusive" or a pass).
Printed per drill and condition: how many of the runs gave the expected verdict, the
median factor and its range over the runs. The baseline is the same runs at rest.

Runs in a temporary PIVOTPREP_HOME (the large datasets are built there first, about a
minute). `python bench/bench_sql_drills.py --runs 3 --drills one-scan` is a quick look.
Exits 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

SPIN = "while True: pass"


@contextmanager
def busy(processes: int) -> Iterator[None]:
    """`processes` Python processes spinning on the CPU while the block runs."""
    spinners = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(processes)]
    try:
        time.sleep(0.5)
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def judge_runs(problem, rewrite: str, path, runs: int) -> tuple[list[str], list[float]]:  # type: ignore[no-untyped-def]
    """The verdict word and the factor of `runs` drill runs of `rewrite`."""
    from pivotprep.sql.drills import run_drill

    words, factors = [], []
    for _ in range(runs):
        result = run_drill(problem, rewrite, path)
        word = "inconclusive" if result.inconclusive else (
            "pass" if result.passed else "fail")  # fmt: skip
        words.append(word)
        factors.append(result.speedup)
    return words, factors


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--drills", nargs="*", default=[], help="words in the drill ids")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="pivotprep-bench-drills-")
    os.environ["PIVOTPREP_HOME"] = home
    from pivotprep.sql import datasets
    from pivotprep.sql.problems import load_packs

    drills = [p for p in load_packs().values() if p.is_drill]
    if args.drills:
        drills = [p for p in drills if any(word in p.id for word in args.drills)]
    print(f"drill verdict stability, {args.runs} runs per rewrite and condition "
          f"(2-core machine, load average {os.getloadavg()[0]:.1f} at start):")  # fmt: skip
    totals = {"at rest": [0, 0], "two busy processes": [0, 0]}
    for problem in drills:
        path = datasets.ensure_built(problem.dataset, "large")
        assert problem.slow is not None and problem.speedup is not None
        for condition, spinners in (("at rest", 0), ("two busy processes", 2)):
            with busy(spinners):
                for label, rewrite, expected in (
                    ("reference rewrite", problem.reference, "pass"),
                    ("slow query as rewrite", problem.slow, "fail"),
                ):
                    words, factors = judge_runs(problem, rewrite, path, args.runs)
                    same = words.count(expected)
                    totals[condition][0] += same
                    totals[condition][1] += len(words)
                    print(
                        f"  {problem.id:40s} {condition:18s} {label:22s} "
                        f"{same}/{len(words)} {expected} (needs {problem.speedup:g}x; factor "
                        f"median {statistics.median(factors):.2f}x, range "
                        f"{min(factors):.2f}-{max(factors):.2f}x; others: "
                        f"{', '.join(w for w in words if w != expected) or 'none'})"
                    )
    for condition, (same, total) in totals.items():
        print(f"  all drills, {condition}: {same}/{total} runs gave the expected verdict")
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
