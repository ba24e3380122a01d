"""Timing a solution for the complexity check: CPU time per call on generate(n), per size.

The sizes come from the pack (`complexity_n`) or from its stated class (`DEFAULT_SIZES`),
so an O(2^n) reference is timed on small n and an O(n) one on large n. The timing runs in
the same sandbox as the judge; complexity.py fits the curve.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pivotprep.practice.judge.pump import ChildOutcome
from pivotprep.practice.judge.runner import base_config, require_isolation
from pivotprep.practice.judge.sandbox import Limits, run_child
from pivotprep.practice.problems import Problem

DEFAULT_SIZES = {
    "2^n": [8, 10, 12, 14, 16, 18],
    "n^3": [25, 50, 100, 200, 400],
    "n^2": [125, 250, 500, 1000, 2000, 4000],
}
FALLBACK_SIZES = [1000, 2000, 4000, 8000, 16000, 32000, 64000]


@dataclass
class Timing:
    """CPU times of one solution on generate(n), per size (seconds)."""

    sizes: list[int]
    samples: list[list[float]]
    stopped_early: bool  # the call budget ran out before the last size
    error: str | None = None


def sizes_for(problem: Problem) -> list[int]:
    meta = problem.meta
    return list(meta.complexity_n or DEFAULT_SIZES.get(meta.complexity.time, FALLBACK_SIZES))


def _timing_error(outcome: ChildOutcome) -> str | None:
    """Why the timing run failed (None: it ran, perhaps stopping early on purpose)."""
    loaded = [f for f in outcome.frames if f.get("t") == "load_error"]
    if loaded:
        err: dict[str, Any] = loaded[0].get("error") or {}
        return f"{err.get('type')}: {err.get('message')}"
    if outcome.tampered:
        return outcome.tampered
    if not any(f.get("t") == "done" for f in outcome.frames) and outcome.killed != "timeout":
        return f"the timing run ended early (exit status {outcome.returncode})"
    return None


def time_code(
    problem: Problem,
    code: str,
    *,
    sizes: list[int] | None = None,
    repeats: int = 3,
    call_budget: float = 0.25,
    seed: int = 7,
) -> Timing:
    """Time `code` on problem.generate(n) inside the sandbox.

    Per size: `repeats` rounds, each running enough calls (on fresh deep copies of the input,
    made outside the timed region, garbage collector off) to use ~20 ms of process CPU time;
    a sample is CPU time per call. CPU time is not inflated when other processes preempt
    the child (wall time is, on a loaded machine), and batching hides the kernel's 4 ms CPU
    clock ticks. A size whose single call exceeds `call_budget` seconds is recorded once
    (wall time) and ends the run."""
    sizes = sizes or sizes_for(problem)
    level = require_isolation()
    if level == "wasm":  # no native child at this level: instructions, not CPU time
        from pivotprep.practice.judge.fuel import fuel_code

        return fuel_code(problem, code, sizes=sizes, call_budget=call_budget * 4, seed=seed)
    config = base_config(problem, code)
    config.update(
        mode="timing",
        generate=problem.generate_path.read_text(encoding="utf-8"),
        sizes=sizes,
        repeats=repeats,
        call_budget=call_budget,
        seed=seed,
    )
    limits = Limits(case_seconds=repeats * call_budget + 15.0, cpu_seconds=120, memory_mb=1024)
    outcome = run_child(config, limits, level=level)
    frames = [f for f in outcome.frames if f.get("t") == "timing"]
    got_sizes = [int(f["n"]) for f in frames]
    samples = [[float(x) for x in f.get("times", [])] for f in frames]
    error = _timing_error(outcome)
    stopped = len(got_sizes) < len(sizes) and error is None
    return Timing(got_sizes, samples, stopped, error)
