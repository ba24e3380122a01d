"""Timing a solution for the complexity check: CPU time per call on generate(n), per size.

The sizes come from the pack (`complexity_n`) or from its stated class (`DEFAULT_SIZES`),
so an O(2^n) reference is timed on small n and an O(n) one on large n. The timing runs in
the same sandbox as the judge; complexity.py fits the curve.
"""

from __future__ import annotations

import time
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
    limits = Limits(
        case_seconds=repeats * call_budget + 15.0,
        cpu_seconds=120,
        memory_mb=1024,
        libraries=tuple(problem.meta.libraries),
        startup_seconds=30.0,
    )
    outcome = run_child(config, limits, level=level)
    frames = [f for f in outcome.frames if f.get("t") == "timing"]
    got_sizes = [int(f["n"]) for f in frames]
    samples = [[float(x) for x in f.get("times", [])] for f in frames]
    error = _timing_error(outcome)
    stopped = len(got_sizes) < len(sizes) and error is None
    return Timing(got_sizes, samples, stopped, error)


KERNEL_TARGET = 0.04  # seconds of calls per measurement: well above the start-up's noise
KERNEL_MAX_CALLS = 5000
KERNEL_ROUNDS = 3
KERNEL_MIN_ROUNDS = 2  # fewer complete rounds than this: too little evidence to fit
KERNEL_BUDGET = 12.0  # wall seconds for all rounds (each child costs a sandbox start)
KERNEL_SPREAD = 1.6  # rounds further apart than this (max/min) at any size: weak evidence
KERNEL_SECONDS = 10.0  # wall time for one measurement's calls; past it, yours is too slow
KERNEL_SIZES = 4  # the largest sizes the pilot reached, at most this many
RESOLUTION = 0.004  # CPU seconds below which a difference of two measurements is noise


@dataclass
class KernelTiming:
    """Per-call CPU times of yours and of the reference, from the kernel's accounting."""

    yours: Timing
    reference: Timing
    below_resolution: bool  # neither ever took measurably longer than the baseline
    weak: str | None = None  # why the evidence is too weak to compare (None: it is not)
    too_slow: bool = False  # a measurement of yours ran out of time (the reference's did not)


class TooSlowError(RuntimeError):
    """A measurement's calls did not finish in KERNEL_SECONDS of wall time."""


def _kernel_cpu(problem: Problem, code: str | None, n: int, calls: int, seed: int) -> float:
    """CPU seconds the kernel accounted to one child that made `calls` fresh inputs of size
    `n` and (given `code`) called it on each; raises RuntimeError when the child failed."""
    config = base_config(problem, code or "")
    config.update(
        mode="cputime",
        generate=problem.generate_path.read_text(encoding="utf-8"),
        n=n,
        calls=calls,
        seed=seed,
        source=code,
    )
    limits = Limits(
        case_seconds=KERNEL_SECONDS,
        cpu_seconds=120,
        memory_mb=1024,
        libraries=tuple(problem.meta.libraries),
        startup_seconds=30.0,
    )
    outcome = run_child(config, limits, level=require_isolation(), rusage=True)
    if outcome.killed == "timeout":
        raise TooSlowError(f"{calls} calls at n={n} took over {KERNEL_SECONDS:.0f} s")
    if outcome.cpu is None:
        error = _timing_error(outcome) or outcome.killed or "no CPU time was accounted"
        raise RuntimeError(error)
    return outcome.cpu


def _calls_for(pilot: dict[int, float], n: int, floor: float = 1e-7) -> int:
    """Calls that make about KERNEL_TARGET seconds of work at size n, by the pilot (and no
    faster than `floor` per call: a pilot reporting yours faster than the reference is not
    believed, as the child wrote it)."""
    per_call = max(pilot.get(n, 0.0), floor, 1e-7)
    return max(1, min(KERNEL_MAX_CALLS, int(KERNEL_TARGET / per_call)))


def _weakness(samples: dict[str, dict[int, list[float]]]) -> str | None:
    """Why repeated rounds disagree too much to fit a class (None: they agree)."""
    for who, per_size in samples.items():
        for n, values in per_size.items():
            if min(values) > 0 and max(values) / min(values) > KERNEL_SPREAD:
                return f"the CPU time of {who} at n={n} varied {max(values) / min(values):.1f}x"
    return None


def _round(
    problem: Problem,
    code: str,
    sizes: list[int],
    index: int,
    calls_of: dict[int, dict[str, int]],
    seed: int,
) -> dict[str, dict[int, tuple[float, float]]] | None:
    """One round: per size, yours and the reference (in an order that alternates by round),
    each beside a baseline with as many input copies; {who: {n: (extra CPU, calls)}}.
    None when yours ran out of time (the reference's TooSlowError propagates)."""
    reference_code = problem.reference_path.read_text(encoding="utf-8")
    got: dict[str, dict[int, tuple[float, float]]] = {"yours": {}, "reference": {}}
    for n in sizes:
        runs = [("yours", code), ("reference", reference_code)]
        runs = runs[index % 2 :] + runs[: index % 2]
        base: dict[int, float] = {}
        for who, text in runs:
            calls = calls_of[n][who]
            try:
                cpu = _kernel_cpu(problem, text, n, calls, seed)
            except TooSlowError:
                if who == "reference":
                    raise
                return None
            if calls not in base:
                base[calls] = _kernel_cpu(problem, None, n, calls, seed)
            got[who][n] = (cpu - base[calls], calls)
    return got


def kernel_timing(
    problem: Problem,
    code: str,
    yours: Timing,
    reference: Timing,
    *,
    seed: int = 7,
    budget: float = KERNEL_BUDGET,
) -> KernelTiming:
    """Per-call CPU times measured by the kernel, not reported by the child.

    `yours` and `reference` are the in-sandbox pilot timings (`time_code`): they only choose
    the sizes and how many calls make a measurement, never a figure shown. For each size
    and round, three children run in rotating order on the same inputs: yours, the
    reference, and a baseline that makes the same input copies and calls nothing; a
    sample is (child - baseline) / calls. Rounds are interleaved across sizes, so a burst
    of load hits both curves alike. A learner's code can make its children slower, never
    faster: their CPU time is read from the kernel when they exit.

    The rounds share `budget` seconds of wall time: a round is started only while it is
    likely to end within it (by the rounds before), and fewer than KERNEL_MIN_ROUNDS
    complete rounds are weak evidence, said so with the time the children took."""
    mine = {n: min(s) for n, s in zip(yours.sizes, yours.samples, strict=False) if s}
    ref = {n: min(s) for n, s in zip(reference.sizes, reference.samples, strict=False) if s}
    # no pilot sizes of yours (it timed out, or it was forged away): the reference's sizes
    common = [n for n in reference.sizes if n in mine] or list(reference.sizes)
    sizes = common[-KERNEL_SIZES:]
    calls_of = {
        n: {"yours": _calls_for(mine, n, floor=ref.get(n, 0.0)), "reference": _calls_for(ref, n)}
        for n in sizes
    }
    out: dict[str, dict[int, list[float]]] = {"yours": {}, "reference": {}}
    floor, rounds, started = True, 0, time.monotonic()
    while rounds < KERNEL_ROUNDS:
        spent = time.monotonic() - started
        if rounds and spent + spent / rounds > budget:
            break
        got = _round(problem, code, sizes, rounds, calls_of, seed)
        if got is None:
            return KernelTiming(yours, reference, False, too_slow=True)
        for who, per_size in got.items():
            for n, (extra, calls) in per_size.items():
                floor = floor and extra < RESOLUTION
                out[who].setdefault(n, []).append(max(extra, RESOLUTION / 4) / calls)
        rounds += 1
    weak = None if floor else _weakness(out)
    if rounds < KERNEL_MIN_ROUNDS:
        weak = (
            f"only {rounds} of {KERNEL_ROUNDS} rounds fit in {budget:.0f} s: each round of "
            f"sandboxed runs took {(time.monotonic() - started) / rounds:.1f} s"
        )
    return KernelTiming(
        Timing(sizes, [out["yours"][n] for n in sizes], yours.stopped_early),
        Timing(sizes, [out["reference"][n] for n in sizes], reference.stopped_early),
        below_resolution=floor and rounds >= KERNEL_MIN_ROUNDS,
        weak=weak,
    )
