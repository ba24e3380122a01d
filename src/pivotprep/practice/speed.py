"""Speed drills: is the learner's rewrite `factor` times faster than the slow starting file?

Both versions are timed on the same generated input (the pack's generate(n)), in the same
sandbox, alternating (yours, slow, yours) so that a burst of load on the machine hits both
alike; each side's figure is the median CPU time per call. The drill's factors are
set far from what a vectorised rewrite achieves (a loop over 5,000 rows against one column
operation is 50-500x), so the verdict does not hang on noise; a ratio within 15% of the goal
is reported as too close to call rather than as a pass or a fail.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from pivotprep.practice.judge.timing import time_code
from pivotprep.practice.problems import Problem

ORDER = ("yours", "slow", "yours")  # alternating, each a fresh sandboxed child
MARGIN = 1.15  # a ratio within this factor of the goal is inconclusive


@dataclass(frozen=True)
class SpeedCheck:
    """A speed drill's verdict: ok is None when it could not be told."""

    ok: bool | None
    factor: float  # the goal
    ratio: float | None  # slow time / your time
    yours_ms: float | None
    slow_ms: float | None
    message: str


def _describe(ratio: float, factor: float, yours: float, slow: float) -> tuple[bool | None, str]:
    times = f"yours {yours * 1000:.1f} ms per call, the starting file {slow * 1000:.1f} ms"
    goal = f"goal: at least {factor:g}x faster"
    if ratio < 1:
        return False, f"Yours is {1 / ratio:.1f}x slower than the starting file ({times}; {goal})."
    if factor / MARGIN <= ratio < factor * MARGIN:
        return None, f"{ratio:.1f}x faster: too close to the goal to call ({times}; {goal})."
    verdict = ratio >= factor
    word = "met" if verdict else "not met yet"
    return verdict, f"{ratio:.1f}x faster than the starting file: {word} ({times}; {goal})."


def check_speed(problem: Problem, code: str) -> SpeedCheck | None:
    """Time `code` against the drill's slow.py; None when the problem is not a drill."""
    drill = problem.meta.drill
    if drill is None:
        return None
    slow_code = problem.slow_path.read_text(encoding="utf-8")
    samples: dict[str, list[float]] = {"yours": [], "slow": []}
    sources = {"yours": code, "slow": slow_code}
    for side in ORDER:
        timing = time_code(problem, sources[side], sizes=[drill.n], repeats=3, call_budget=5.0)
        if timing.error or not timing.samples:
            why = timing.error or "it ran past the time limit"
            message = f"The speed could not be measured ({side}: {why})."
            return SpeedCheck(None, drill.factor, None, None, None, message)
        samples[side] += timing.samples[0]
    yours = statistics.median(samples["yours"])
    slow = statistics.median(samples["slow"])
    ratio = slow / max(yours, 1e-9)
    ok, message = _describe(ratio, drill.factor, yours, slow)
    return SpeedCheck(ok, drill.factor, ratio, yours * 1000, slow * 1000, message)
