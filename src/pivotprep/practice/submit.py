"""Judge a learner's coding solution, add complexity feedback, and record the run.

This is what the CLI's `practice test` and the web page's Run button call: the judge
(cases), then, when every case passes and the problem's size can grow, a timing run of the
learner's code and of the reference in the same run, compared by complexity.py.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from pivotprep.practice.judge.runner import require_isolation
from pivotprep.practice.judge.timing import Timing, sizes_for, time_code
from pivotprep.practice.problems import Problem, load_pack
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
    the problem is timed), where results.json went, and whether the run was a review."""

    result: JudgeResult
    comparison: cx.Comparison | None
    results_path: Path | None = None
    review: str | None = None  # whether this run was an FSRS review or practice, and why

    @property
    def complexity_ok(self) -> bool | None:
        return self.comparison.ok if self.comparison else None


def measure(problem: Problem, code: str, sizes: list[int] | None = None) -> Timing:
    """Cost per call on generate(n): instructions (fuel) at the WebAssembly level, where the
    count is the host's and load cannot move it; CPU time at a native level."""
    if require_isolation() == "wasm":
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
    problem: Problem, code: str, sizes: list[int] | None = None
) -> tuple[Timing, cx.Fit | None]:
    """Time `code` and fit its class; if it ran out of budget before MIN_POINTS sizes, time it
    again on sizes 8x smaller so the fit has enough points. Returns (timing, fit)."""
    sizes = sizes or sizes_for(problem)
    timing = measure(problem, code, sizes=sizes)
    if timing.error or not (timing.stopped_early and len(timing.sizes) < cx.MIN_POINTS):
        return timing, fit_timing(timing) if not timing.error else None
    smaller = sorted({max(1, n // 8) for n in sizes})
    retry = measure(problem, code, sizes=smaller)
    if retry.error:
        return timing, fit_timing(timing)
    return timing, fit_timing(retry)


def _missing(why: str) -> cx.Comparison:
    """A comparison that says why there is none (the rating stays neutral)."""
    empty = cx.Fit("inconclusive", None, {}, None, (), (), why)
    return cx.Comparison(empty, empty, None, False, "inconclusive", f"complexity missing: {why}")


def _with_counts(comparison: cx.Comparison, level: str) -> cx.Comparison:
    """At the WebAssembly level, the numbers behind the verdict: instructions per call."""
    if level != "wasm" or not comparison.yours.sizes:
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
    return replace(comparison, message=f"{comparison.message}. {counts}", notes=[counts])


def compare_complexity(problem: Problem, code: str) -> cx.Comparison | None:
    """Time yours and the reference in the same run and compare their growth."""
    if not problem.meta.complexity_check:
        return None
    level = require_isolation()
    reference = measure(problem, problem.reference_path.read_text(encoding="utf-8"))
    yours, your_fit = estimate(problem, code)
    if level == "wasm" and (yours.error or your_fit is None):
        return _missing(yours.error or "your code could not be measured")
    if reference.error or yours.error or your_fit is None:
        return None
    if level == "wasm":
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
    return _with_counts(cx.compare(your_fit, ref_fit, stopped_early=stopped), level)


def require_code_problem(problem_id: str) -> None:
    """Only coding problems go to the coding judge; another kind names its own judge."""
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
) -> Submission:
    """Judge `code` (default: the workspace file), time it if it passes, record the run."""
    require_code_problem(problem_id)
    problem = load_pack(problem_id)
    text, filename = _source_text(problem_id, code)
    enforce(problem_id, text, problem.meta.forbid, filename or "your code")
    result = judge(problem, text, filename=filename)
    comparison = None
    if result.passed and with_complexity:
        comparison = compare_complexity(problem, text)
    summary = result.summary()
    if comparison is not None:
        summary["complexity"] = comparison.message
    run = attempts.record_run(
        session,
        problem_id,
        passed=result.passed,
        summary=summary,
        complexity_ok=comparison.ok if comparison else None,
    )
    path = results_file(problem_id)
    write_results(path, result)
    return Submission(result, comparison, path, review=(run.summary or {}).get("review"))


def run_code(session: Session, problem_id: str, code: str) -> Submission:
    """The editor's Run: save `code` to the workspace file (starting the problem first if it
    never was: Run never opens a second attempt), then judge it as `check` does."""
    require_code_problem(problem_id)
    if len(code) > MAX_CODE_CHARS:
        raise InputTooLargeError(f"The code is over {MAX_CODE_CHARS // 1000} kB.", field="code")
    if attempts.current_attempt(session, problem_id) is None:
        start_problem(session, problem_id)
    save_code(problem_id, code)
    return check(session, problem_id)
