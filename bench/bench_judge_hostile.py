"""The app's peak memory and the time to a verdict for each hostile submission, next to a
normal Run measured in the same way in the same run.

Each input is posted to the web app's Run route (`POST /practice/<id>/run`, the real app on
a fresh SQLite file, in a fresh process per input, so that one input's memory does not
hide in another's), with the native judge. The complexity timing that follows a passing
Run is left out (it is the same for every input and is measured in bench_practice_judge).
Prints, per input: the app process's peak RSS (ru_maxrss), the seconds until the page came
back, and the first verdict on it; the goal is a peak under 300 MB for every input.
Exits 0; a missing sandbox is printed and skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "practice" / "judge" / "hostile"
GOAL_MB = 300
INPUTS = [
    ("normal run (the reference)", "first-repeated-badge", None),
    ("a 30 MB result per case", "first-repeated-badge", "huge_result.py"),
    ("raw 30 MB frames around the harness", "first-repeated-badge", "raw_huge_frames.py"),
    ("a flood of result frames", "first-repeated-badge", "many_large_frames.py"),
    ("user namespace + 768 MB tmpfs", "first-repeated-badge", "userns_tmpfs.py"),
    ("SysV shared memory, 1 GB", "first-repeated-badge", "sysv_shm.py"),
    ("ptrace, bpf, keyctl, mount ...", "first-repeated-badge", "forbidden_syscalls.py"),
    ("a list growing to the limit", "first-repeated-badge", "growing_list.py"),
    ("a class named ValueError", "rate-limiter", "fake_value_error.py"),
]

DRIVER = r"""
import json, os, re, resource, sys, time
from pathlib import Path
from fastapi.testclient import TestClient
from pivotprep.core.db import make_engine
from pivotprep.core.migrate import upgrade
from pivotprep.practice import submit
from pivotprep.web.app import create_app

submit.compare_complexity = lambda problem, code: None
problem, code = sys.argv[1], Path(sys.argv[2]).read_text()
engine = make_engine(f"sqlite:///{os.environ['PIVOTPREP_HOME']}/bench.db")
upgrade(engine)
with TestClient(create_app(engine, extra_hosts=("testserver",))) as client:
    client.get(f"/practice/{problem}")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    page = client.post(f"/practice/{problem}/run", data={"code": code})
    seconds = time.perf_counter() - started
found = re.search(r"\d+/\d+ passed", page.text)
print(json.dumps({
    "status": page.status_code,
    "verdict": found.group(0) if found else "",
    "seconds": seconds,
    "before_mb": before / 1024,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def measure(problem: str, path: Path) -> dict[str, object]:
    """Post `path`'s code as a Run in a fresh app process; its figures."""
    with tempfile.TemporaryDirectory(prefix="pivotprep-bench-") as home:
        env = dict(os.environ, PIVOTPREP_HOME=home, PIVOTPREP_JUDGE_WARM="0")
        done = subprocess.run(
            [sys.executable, "-c", DRIVER, problem, str(path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=600,
            check=False,
        )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    from pivotprep.practice.judge.selftest import isolation
    from pivotprep.practice.problems import load_pack

    level = isolation()
    print(f"judge level: {level.level} ({level.reason})")
    if level.level != "bubblewrap":
        print("skipped: the native level (bubblewrap) is not available here")
        return 0
    active = [c.name for c in level.controls() if c.active]
    print(f"controls active: {', '.join(active)}")
    print(f"{'input':40} {'peak RSS':>9} {'before':>7} {'seconds':>8}  verdict")
    worst = 0.0
    for label, problem, name in INPUTS:
        path = HOSTILE / name if name else load_pack(problem).reference_path
        row = measure(problem, path)
        if "error" in row:
            print(f"{label:40} failed: {row['error']}")
            continue
        peak = float(str(row["peak_mb"]))
        worst = max(worst, peak) if name else worst
        print(
            f"{label:40} {peak:7.0f}MB {float(str(row['before_mb'])):5.0f}MB "
            f"{float(str(row['seconds'])):8.2f}  {row['verdict']}"
        )
    verdict = "under" if worst < GOAL_MB else "OVER"
    print(f"worst hostile peak: {worst:.0f} MB, {verdict} the {GOAL_MB} MB goal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
