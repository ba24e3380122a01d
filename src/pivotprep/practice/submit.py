"""Judge a learner's file or pasted code, add complexity feedback, and record the run.

This is what `pivotprep practice test` and the web page's Run button call: the judge
(cases), then, when every case passes and the problem's size can grow, a timing run of the
learner's code and of the reference in the same run, compared by complexity.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy.orm import Session

from pivotprep.core.errors import NotFoundError, UserError
from pivotprep.core.settings import get_settings
from pivotprep.practice import complexity as cx
from pivotprep.practice import service
from pivotprep.practice.forbid import enforce
from pivotprep.practice.judge import JudgeResult, judge, read_source, time_code, write_results
from pivotprep.practice.problems import Problem, load_pack
from pivotprep.practice.stubs import make_stub


@dataclass
class Submission:
    result: JudgeResult
    comparison: cx.Comparison | None
    results_path: Path | None = None
    review: str | None = None  # whether this run was an FSRS review or practice, and why

    @property
    def complexity_ok(self) -> bool | None:
        return self.comparison.ok if self.comparison else None


def workspace_file(problem_id: str) -> Path:
    return get_settings().workspace / "practice" / f"{problem_id}.py"


def results_file(problem_id: str) -> Path:
    return get_settings().workspace / "practice" / ".results" / f"{problem_id}.json"


class Started(NamedTuple):
    """What `start_problem` did: the live attempt, the workspace file, whether a stub was
    written, and where the previous solved file went (a new attempt after a pass)."""

    attempt: service.Attempt
    path: Path
    created: bool
    archived: Path | None = None


def history_dir(problem_id: str) -> Path:
    """Where solved files go when a review attempt starts: `.history/` beside them."""
    return workspace_file(problem_id).parent / ".history"


def _archive(path: Path, problem_id: str) -> Path:
    """Move the solved file to .history/<id>-<UTC timestamp>.py (never overwriting)."""
    folder = history_dir(problem_id)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = service.now().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{problem_id}-{stamp}.py"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{problem_id}-{stamp}-{counter}.py"
    path.replace(target)
    return target


def start_problem(session: Session, problem_id: str) -> Started:
    """Start the clock and write the stub. An open attempt keeps the learner's file; a new
    attempt after a pass (a review) moves the solved file to `.history/` and writes a fresh
    stub, so the review is solved from scratch rather than re-run."""
    problem = load_pack(problem_id)
    previous = service.current_attempt(session, problem_id)
    attempt = service.start(session, problem_id)
    path = workspace_file(problem_id)
    archived = None
    if path.exists() or path.is_symlink():
        review = previous is not None and previous.passed_at is not None
        if not review or previous is attempt:
            return Started(attempt, path, False)
        archived = _archive(path, problem_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(make_stub(problem), encoding="utf-8")
    return Started(attempt, path, True, archived)


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
    filename = str(source) if isinstance(source, Path) else None
    enforce(problem_id, text, problem.meta.forbid, filename or "your code")
    result = judge(problem, text, filename=filename)
    comparison = None
    if result.passed and with_complexity:
        comparison = compare_complexity(problem, text)
    summary = result.summary()
    if comparison is not None:
        summary["complexity"] = comparison.message
    run = service.record_run(
        session,
        problem_id,
        passed=result.passed,
        summary=summary,
        complexity_ok=comparison.ok if comparison else None,
    )
    path = results_file(problem_id)
    write_results(path, result)
    return Submission(result, comparison, path, review=(run.summary or {}).get("review"))
