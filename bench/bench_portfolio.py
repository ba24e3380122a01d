"""A full portfolio check of the good fixture project (a FastAPI app with tests), as the
whole command `pivotprep portfolio check PATH --json`: total time, time per stage (intake,
static, install, tests, serve, probe), and the install's share.

Two runs: installing from a local wheelhouse made first (cached wheels: no network in the
clean room at all), then from the package index. The baseline, measured in the same run,
is the static-only check of the same project (`--static-only`): what the clean room adds.

    python bench/bench_portfolio.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.portfolio.projects import GOOD, REQUIREMENTS, write  # noqa: E402

STAGES = ("intake", "static", "install", "tests", "serve", "probe")


def check(project: Path, home: Path, *extra: str, wheels: Path | None = None) -> tuple[float, dict]:  # type: ignore[type-arg]
    env = {**os.environ, "PIVOTPREP_HOME": str(home)}
    env.pop("PIVOTPREP_PORTFOLIO_WHEELS", None)
    if wheels is not None:
        env["PIVOTPREP_PORTFOLIO_WHEELS"] = str(wheels)
    command = [sys.executable, "-m", "pivotprep.cli.main", "portfolio", "check", str(project)]
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--json", *extra], capture_output=True, text=True, env=env, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the check failed: {done.stdout[-500:]}{done.stderr[-500:]}")
    return seconds, json.loads(done.stdout)


def show(label: str, seconds: float, report: dict, baseline: float) -> None:  # type: ignore[type-arg]
    stages = report["stage_seconds"]
    per_stage = "  ".join(f"{s} {stages.get(s, 0):.1f}" for s in STAGES)
    install = stages.get("install", 0.0)
    print(f"{label:28} total {seconds:6.1f} s  score {report['score']:3}  ({per_stage})")
    print(
        f"{'':28} install share {100 * install / seconds:4.0f} %;  "
        f"{seconds / baseline:5.1f}x the static-only check"
    )


def main() -> int:
    if shutil.which("bwrap") is None:
        print("bubblewrap is not installed: no clean room to measure")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        project = write(base / "churn", GOOD)
        wheels = base / "wheels"
        wanted = [line for line in REQUIREMENTS.splitlines() if line]
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "-d", str(wheels), *wanted],
            check=True,
            capture_output=True,
        )
        static_s, static = check(project, base / "home0", "--static-only")
        print(f"{'baseline: static-only':28} total {static_s:6.1f} s  score {static['score']:3}")
        seconds, report = check(project, base / "home1", wheels=wheels)
        show("full, cached wheels", seconds, report, static_s)
        seconds, report = check(project, base / "home2")
        show("full, from the index", seconds, report, static_s)
        first = report.get("first_run_seconds")
        print(f"clean slate to first successful run (index): {first} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
