"""Attacks on the native (bubblewrap) level, each a submission file in `hostile/` run
through the real judge in a fresh app process, so that the app's own peak memory is
measured too: whatever a submission sends or holds, the app stays under 300 MB and the
submission gets a verdict that says what happened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HOSTILE = Path(__file__).parent / "hostile"
ROOT = Path(__file__).resolve().parents[3]
APP_RSS_MB = 300
PROBLEM = "first-repeated-badge"

pytestmark = pytest.mark.usefixtures("sandbox_level")


def judged(name: str, problem: str = PROBLEM) -> dict[str, Any]:
    """The verdicts on hostile/`name` and the judging process's peak RSS."""
    env = dict(os.environ, PIVOTPREP_JUDGE_WARM="0")
    done = subprocess.run(
        [sys.executable, "-m", "tests.practice.judge.hostile_run", problem, str(HOSTILE / name)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def messages(result: dict[str, Any]) -> str:
    return "\n".join(str(t[2]) for t in result["tests"]) + str(result["message"])


def test_a_huge_returned_value_is_its_own_verdict():
    result = judged("huge_result.py")
    assert result["peak_mb"] < APP_RSS_MB
    # encoding 30 MB per case is slow: on a loaded machine a later case may time out
    assert {t[1] for t in result["tests"]} <= {"error", "timeout"}
    assert "too large to judge" in result["tests"][0][2]


def test_raw_oversized_frames_are_dropped_unread():
    result = judged("raw_huge_frames.py")
    assert result["peak_mb"] < APP_RSS_MB
    assert "pass" not in {t[1] for t in result["tests"]}
    assert "too large to judge" in messages(result)


def test_a_flood_of_frames_stops_at_the_run_cap():
    result = judged("many_large_frames.py")
    assert result["peak_mb"] < APP_RSS_MB
    assert "pass" not in {t[1] for t in result["tests"]}
    assert "the judge reads in all" in messages(result) or "rejected" in messages(result)
