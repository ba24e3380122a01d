"""Judge a learner's file or pasted code, add complexity feedback, and record the run.

This is what `pivotprep practice test` and the web page's Run button call: the judge
(cases), then, when every case passes and the problem's size can grow, a timing run of the
learner's code and of the reference in the same run, compared by complexity.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from pivotprep.core.errors import NotFoundError, UserError
from pivotprep.core.settings import get_settings
from pivotprep.practice import complexity as cx
from pivotprep.practice import service
from pivotprep.practice.judge import JudgeResult, judge, read_source, time_code, write_results
from pivotprep.practice.problems import Problem, load_pack
from pivotprep.practice.stubs import make_stub


@dataclass
class Submission:
    result: JudgeResult
    comparison: cx.Comparison | None
    results_path: Path | None = None

    @property
    def complexity_ok(self) -> bool | None:
        return self.comparison.ok if self.comparison else None


def workspace_file(problem_id: str) -> Path:
    return get_settings().workspace / "practice" / f"{problem_id}.py"


def results_file(problem_id: str) -> Path:
    return get_settings().workspace / "practice" / ".results" / f"{problem_id}.json"


def start_problem(session: Session, problem_id: str) -> tuple[service.Attempt, Path, bool]:
    """Start the clock and write the stub (never overwriting the learner's file).
    Returns (attempt, path, created)."""
    problem = load_pack(problem_id)
    attempt = service.start(session, problem_id)
    path = workspace_file(problem_id)
    if path.exists():
        return attempt, path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(make_stub(problem), encoding="utf-8")
    return attempt, path, True


def estimate(problem: Problem, code: str, sizes: list[int] | None = None):  # type: ignore[no-untyped-def]
    """Time `code` and fit its class; if it ran out of budget before MIN_POINTS sizes, time it
    again on sizes 8x smaller so the fit has enough points. Returns (timing, fit)."""
    from pivotprep.practice.judge import sizes_for

    sizes = sizes or sizes_for(problem)
    timing = time_code(problem, code, sizes=sizes)
    if timing.error or not (timing.stopped_early and len(timing.sizes) < cx.MIN_POINTS):
        return timing, cx.fit(timing.sizes, timing.samples) if not timing.error else None
    smaller = sorted({max(1, n // 8) for n in sizes})
    retry = time_code(problem, code, sizes=smaller)
    if retry.error:
        return timing, cx.fit(timing.sizes, timing.samples)
    return timing, cx.fit(retry.sizes, retry.samples)


def compare_complexity(problem: Problem, code: str) -> cx.Comparison | None:
    """Time yours and the reference in the same run and compare their growth."""
    if not problem.meta.complexity_check:
        return None
    reference = time_code(problem, problem.reference_path.read_text(encoding="utf-8"))
    yours, your_fit = estimate(problem, code)
    if reference.error or yours.error or your_fit is None:
        return None
    ref_fit = cx.fit(reference.sizes, reference.samples)
    stopped = False
    if yours.stopped_early and yours.sizes:
        ref_times = dict(zip(ref_fit.sizes, ref_fit.times, strict=True))
        last = yours.sizes[-1]
        stopped = last in ref_times and ref_times[last] < 0.025
    return cx.compare(your_fit, ref_fit, stopped_early=stopped)


def check(
    session: Session,
    problem_id: str,
    code: str | Path | None = None,
    *,
    with_complexity: bool = True,
) -> Submission:
    """Judge `code` (default: the workspace file), time it if it passes, record the run."""
    problem = load_pack(problem_id)
    source = code if code is not None else workspace_file(problem_id)
    if isinstance(source, Path) and not source.exists():
        raise NotFoundError(
            f"No file at {source}. Run `pivotprep practice start {problem_id}` first."
        )
    text = read_source(source)
    if not text.strip():
        raise UserError("The code is empty.", field="code")
    result = judge(problem, text)
    comparison = None
    if result.passed and with_complexity:
        comparison = compare_complexity(problem, text)
    summary = result.summary()
    if comparison is not None:
        summary["complexity"] = comparison.message
    service.record_run(
        session,
        problem_id,
        passed=result.passed,
        summary=summary,
        complexity_ok=comparison.ok if comparison else None,
    )
    path = results_file(problem_id)
    write_results(path, result)
    return Submission(result, comparison, path)
