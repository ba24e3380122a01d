"""Judge a learner's coding solution, add complexity feedback, and record the run.

This is what the CLI's `practice test` and the web page's Run button call: the judge
(cases), then, when every case passes and the problem's size can grow, a timing run of the
learner's code and of the reference in the same run, compared by complexity.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from pivotprep.core.errors import (
    ConflictError,
    InputTooLargeError,
    NextStep,
    NotFoundError,
    ValidationError,
)
from pivotprep.practice import attempts
from pivotprep.practice import complexity as cx
from pivotprep.practice.catalog import get_problem
from pivotprep.practice.forbid import enforce
from pivotprep.practice.judge import JudgeResult, judge, read_source, write_results
from pivotprep.practice.judge.meter import meter_for
from pivotprep.practice.judge.runner import require_isolation
from pivotprep.practice.judge.timing import Timing, kernel_timing, sizes_for, time_code
from pivotprep.practice.kernel_verdict import inconclusive
from pivotprep.practice.kernel_verdict import kernel_comparison as kernel_comparison
from pivotprep.practice.plan_links import PlanTick, ticks_of
from pivotprep.practice.problems import Problem, load_pack, load_packs
from pivotprep.practice.speed import SpeedCheck, check_speed
from pivotprep.practice.workspace import (
    MAX_CODE_CHARS,
    results_file,
    save_code,
    start_problem,
    workspace_file,
)

STOPPED_FAST = 0.025  # seconds: the reference's time at a size where yours ran out of budget


@dataclass(frozen=True)
class Submission:
    """A judged run: the verdicts, the complexity comparison (when every case passed and
    the problem is timed), where results.json went, whether the run was a review, and the
    plan task it ticked."""

    result: JudgeResult
    comparison: cx.Comparison | None
    results_path: Path | None = None
    review: str | None = None  # whether this run was an FSRS review or practice, and why
    speed: SpeedCheck | None = None  # a speed drill's timing against its slow starting file
    plan: tuple[PlanTick, ...] = ()  # the plan task a problem's first pass ticked

    @property
    def solved(self) -> bool:
        """Every case passed and, for a speed drill, the speed goal was met."""
        return self.result.passed and (self.speed is None or self.speed.ok is True)

    @property
    def complexity_ok(self) -> bool | None:
        return self.comparison.ok if self.comparison else None


def measure(
    problem: Problem, code: str, sizes: list[int] | None = None, *, counts: bool | None = None
) -> Timing:
    """Cost per call on generate(n): instructions (fuel) counted by the WebAssembly host,
    which load cannot move, wherever the guest works (`meter.meter_for`; `counts` overrides
    it); else CPU time in the native sandbox."""
    if counts is None:
        counts = meter_for(require_isolation()).counts
    if counts:
        from pivotprep.practice.judge.fuel import fuel_code

        return fuel_code(problem, code, sizes=sizes)
    return time_code(problem, code, sizes=sizes)


def fit_timing(timing: Timing) -> cx.Fit:
    """The class of a measured curve; a curve of next to no instructions at every size (a
    sub-microsecond function, measured in fuel) is O(1) without fitting noise."""
    from pivotprep.practice.judge.fuel import constant

    if timing.sizes and constant(timing):
        times = tuple(s[0] for s in timing.samples)
        return cx.Fit("1", None, {}, 0.0, tuple(timing.sizes), times)
    fit = cx.fit(timing.sizes, timing.samples)
    base = exponential_base(timing) if fit.label in ("inconclusive", "n^3", "2^n") else None
    if base is not None:  # 3^n, phi^n...: the fit's only exponential is 2^n
        from dataclasses import replace

        return replace(fit, label="2^n", near=None, reason=f"exponential, about {base:.2f}^n")
    return fit


def exponential_base(timing: Timing) -> float | None:
    """r when the counts grow like r^n (log count linear in n, r >= 1.3), else None."""
    import math

    points = [(n, s[0]) for n, s in zip(timing.sizes, timing.samples, strict=True) if s[0] > 0]
    if len(points) < cx.MIN_POINTS:
        return None
    xs = [float(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    slope, r2 = sxy / sxx, sxy * sxy / (sxx * syy)
    return math.exp(slope) if r2 >= 0.99 and math.exp(slope) >= 1.3 else None


def estimate(
    problem: Problem, code: str, sizes: list[int] | None = None, *, counts: bool | None = None
) -> tuple[Timing, cx.Fit | None]:
    """Time `code` and fit its class; if it ran out of budget before MIN_POINTS sizes, time it
    again on sizes 8x smaller so the fit has enough points. Returns (timing, fit)."""
    sizes = sizes or sizes_for(problem)
    timing = measure(problem, code, sizes=sizes, counts=counts)
    if timing.error or not (timing.stopped_early and len(timing.sizes) < cx.MIN_POINTS):
        return timing, fit_timing(timing) if not timing.error else None
    smaller = sorted({max(1, n // 8) for n in sizes})
    retry = measure(problem, code, sizes=smaller, counts=counts)
    if retry.error:
        return timing, fit_timing(timing)
    return timing, fit_timing(retry)


def _missing(why: str) -> cx.Comparison:
    """A comparison that says why there is none (the rating stays neutral)."""
    empty = cx.Fit("inconclusive", None, {}, None, (), (), why)
    return cx.Comparison(empty, empty, None, False, "inconclusive", f"complexity missing: {why}")


def _with_counts(comparison: cx.Comparison, where: str = "") -> cx.Comparison:
    """The numbers behind a verdict from instruction counts: instructions per call (and,
    at a native level, where they were counted)."""
    if not comparison.yours.sizes:
        return comparison
    from dataclasses import replace

    from pivotprep.practice.judge.fuel import FUEL_PER_SECOND

    ref = dict(zip(comparison.reference.sizes, comparison.reference.times, strict=True))
    parts = []
    for n, t in zip(comparison.yours.sizes, comparison.yours.times, strict=True):
        theirs = f" vs {ref[n] * FUEL_PER_SECOND:,.0f}" if n in ref else ""
        parts.append(f"n={n}: {t * FUEL_PER_SECOND:,.0f}{theirs}")
    counts = "instructions per call, yours vs the reference: " + "; ".join(parts)
    if comparison.yours.reason.startswith("exponential"):
        counts = f"yours is {comparison.yours.reason}; {counts}"
    if where:
        counts = f"{counts} ({where})"
    return replace(comparison, message=f"{comparison.message}. {counts}", notes=[counts])


def compare_complexity(problem: Problem, code: str) -> cx.Comparison | None:
    """Measure yours and the reference in the same run and compare their growth.

    Wherever the WebAssembly guest works (`meter.meter_for`), the curves are instruction
    counts (`_fuel_comparison`), at the native levels too. Else the in-sandbox timings are a
    pilot (which sizes, how many calls, and whether yours ran out of its budget where the
    reference was fast) and the curves compared come from the CPU time the kernel accounted
    to each child (`kernel_timing`), which the learner's code cannot report smaller. When
    that measurement fails, the verdict is inconclusive."""
    if not problem.meta.complexity_check:
        return None
    level = require_isolation()
    meter = meter_for(level)
    if meter.counts:
        from pivotprep.practice.judge.wasm import WasmUnavailableError

        try:
            counted = _counted(problem, code, native=level != "wasm")
        except WasmUnavailableError:
            if level == "wasm":
                raise
            counted = None  # the guest went away since it was checked: time it instead
        if counted is not None or level == "wasm":
            return counted
        # the guest could not run what the native sandbox did: measure CPU time instead
    return _cpu_comparison(problem, code)


def _counted(problem: Problem, code: str, *, native: bool) -> cx.Comparison | None:
    """The comparison on instruction counts; at a native level None when the guest could not
    measure what the native judge ran (a library or feature it lacks), so CPU time is used."""
    reference = measure(problem, problem.reference_path.read_text(encoding="utf-8"), counts=True)
    yours, your_fit = estimate(problem, code, counts=True)
    if native and (reference.error or yours.error or your_fit is None):
        return None
    if yours.error or your_fit is None:
        return _missing(yours.error or "your code could not be measured")
    if reference.error:
        return None
    where = "counted in the WebAssembly guest; your cases ran natively" if native else ""
    return _fuel_comparison(problem, yours, your_fit, reference, where=where)


def _cpu_comparison(problem: Problem, code: str) -> cx.Comparison | None:
    """The comparison on the kernel's CPU times of yours, the reference and a baseline."""
    reference = measure(problem, problem.reference_path.read_text(encoding="utf-8"), counts=False)
    yours, your_fit = estimate(problem, code, counts=False)
    if reference.error or yours.error or your_fit is None:
        return None
    ref_fit = cx.fit(reference.sizes, reference.samples)
    if yours.stopped_early and yours.sizes:
        ref_times = dict(zip(ref_fit.sizes, ref_fit.times, strict=True))
        last = yours.sizes[-1]
        if last in ref_times and ref_times[last] < STOPPED_FAST:
            return cx.compare(your_fit, ref_fit, stopped_early=True)
    try:
        kernel = kernel_timing(problem, code, yours, reference)
    except RuntimeError as exc:
        return inconclusive(f"not measured: {exc}", your_fit, ref_fit)
    return kernel_comparison(kernel, your_fit, ref_fit)


def _fuel_comparison(
    problem: Problem, yours: Timing, your_fit: cx.Fit, reference: Timing, *, where: str = ""
) -> cx.Comparison:
    """On instruction counts: the classes fitted on them, which the learner's code cannot
    change and a busy machine does not move; no verdict when the measured runs' answers
    differ from the reference's (the count would then say nothing)."""
    from pivotprep.practice.judge.fuel import differs

    at = differs(problem, yours, reference)
    if at is not None:
        return _missing(
            f"on the measuring input at n={at} your answer differs from the reference's, "
            "so its cost says nothing"
        )
    ref_fit = fit_timing(reference)
    stopped = False
    if yours.stopped_early and yours.sizes:
        ref_times = dict(zip(ref_fit.sizes, ref_fit.times, strict=True))
        last = yours.sizes[-1]
        stopped = last in ref_times and ref_times[last] < STOPPED_FAST
    done = _with_counts(cx.compare(your_fit, ref_fit, stopped_early=stopped), where)
    return replace(done, space=space_verdict(yours, reference))


def space_verdict(yours: Timing, reference: Timing) -> str | None:
    """Both space classes, from the guest's peak memory above the empty function's at each
    size (read by the host, in 64 KiB pages); None when either was not measured."""
    from pivotprep.practice.judge.fuel import FuelTiming

    curves = []
    for timing in (yours, reference):
        if not isinstance(timing, FuelTiming) or not timing.memory:
            return None
        sizes = sorted(timing.memory)
        curves.append(cx.fit_space(sizes, [timing.memory[n] for n in sizes]))
    return cx.space_message(curves[0], curves[1])


def require_code_problem(problem_id: str) -> None:
    """Only coding problems go to the coding judge; another kind names its own judge."""
    if problem_id in load_packs():  # a coding pack: no need to load every other catalogue
        return
    info = get_problem(problem_id)
    if info.kind == "code":
        return
    step = None
    if info.workspace is not None:
        step = NextStep(info.workspace.test_action, {"problem_id": problem_id})
    raise ConflictError(f"{problem_id} is not a coding problem.", next_step=step)


def _source_text(problem_id: str, code: str | Path | None) -> tuple[str, str | None]:
    """The code to judge and the file name tracebacks show (None: pasted code)."""
    source = code if code is not None else workspace_file(problem_id)
    if isinstance(source, Path) and not source.exists():
        raise NotFoundError(
            f"No file at {source}.",
            next_step=NextStep("practice.start", {"problem_id": problem_id}),
        )
    text = read_source(source, problem_id)
    if not text.strip():
        raise ValidationError("The code is empty.", field="code")
    return text, str(source) if isinstance(source, Path) else None


def check(
    session: Session,
    problem_id: str,
    code: str | Path | None = None,
    *,
    with_complexity: bool = True,
    filename: str | None = None,
) -> Submission:
    """Judge `code` (default: the workspace file), time it if it passes, record the run.

    The run is recorded against the text judged (its SHA-256 in the summary); `filename`
    names pasted code in tracebacks."""
    require_code_problem(problem_id)
    problem = load_pack(problem_id)
    text, shown = _source_text(problem_id, code)
    filename = filename or shown
    enforce(problem_id, text, problem.meta.forbid, filename or "your code")
    result = judge(problem, text, filename=filename)
    comparison = None
    if result.passed and with_complexity:
        comparison = compare_complexity(problem, text)
    speed = check_speed(problem, text) if result.passed else None
    summary = result.summary()
    summary["code_sha256"] = hashlib.sha256(text.encode()).hexdigest()
    if comparison is not None:
        summary["complexity"] = comparison.message
        if comparison.space:
            summary["space"] = comparison.space
    if speed is not None:
        summary["speed"] = speed.message
    run = attempts.record_run(
        session,
        problem_id,
        passed=result.passed and (speed is None or speed.ok is True),
        summary=summary,
        complexity_ok=comparison.ok if comparison else None,
    )
    path = results_file(problem_id)
    write_results(path, result)
    review = (run.summary or {}).get("review")
    ticked = ticks_of(run.summary)
    return Submission(result, comparison, path, review=review, speed=speed, plan=ticked)


def run_code(session: Session, problem_id: str, code: str) -> Submission:
    """The editor's Run: save `code` to the workspace file (starting the problem first if it
    never was: Run never opens a second attempt), then judge the text it was sent, never
    the file: two Runs at once on one problem each judge their own code, whichever wrote
    the file last."""
    require_code_problem(problem_id)
    if len(code) > MAX_CODE_CHARS:
        raise InputTooLargeError(f"The code is over {MAX_CODE_CHARS // 1000} kB.", field="code")
    if attempts.current_attempt(session, problem_id) is None:
        start_problem(session, problem_id)
    text = code.replace("\r\n", "\n")
    path = save_code(problem_id, text)
    return check(session, problem_id, text, filename=str(path))
