"""`pivotprep problems validate` for SQL packs: the format holds, the reference is right, and
every wrong_*.sql is caught.

Per SQL problem, on the small dataset:
1. the pack loads (meta.yaml, problem.md, reference.sql, wrong_*.sql with a '--' line 1);
2. the reference runs within the limits and returns at least one row (mutation problems:
   the check query after the reference's statements);
3. every wrong_*.sql is rejected by the judge (different rows, or an error);
   every trap_*.sql (the pitfall the statement names) returns different rows, not an
   error: the data holds the rows that make the pitfall bite; every variant_*.sql (a
   result the statement also allows) runs and returns rows;
4. drills: the reference rewrite returns the same rows as slow.sql (the speed factor is
   measured on the large data by `pivotprep sql test` and bench/bench_sql_judge.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pivotprep.core.judging import Status
from pivotprep.practice.service import ValidationResult
from pivotprep.sql.datasets import ensure_built
from pivotprep.sql.errors import SqlPackError
from pivotprep.sql.judge import judge
from pivotprep.sql.problems import PROBLEMS, SqlProblem, load_pack

Progress = Callable[[str], None] | None


def _check_traps(problem: SqlProblem, path: Path) -> tuple[bool, list[str]]:
    """Every trap_*.sql must return rows that differ from the reference's (and from every
    allowed variant's): a trap that errors, or passes, shows the data lacks the rows that
    make the statement's pitfall bite."""
    ok, messages = True, []
    for stem, sql in problem.traps.items():
        verdict = judge(problem.spec(), path, sql)
        if verdict.status is not Status.WRONG:
            ok = False
            why = "is accepted" if verdict.passed else f"fails to run ({verdict.message})"
            messages.append(
                f"error: {stem}.sql {why}; the small data must hold the rows that make "
                "this pitfall return different rows"
            )
        else:
            messages.append(f"{stem}: the data makes it bite ({verdict.message})")
    return ok, messages


def _check_variants(problem: SqlProblem, path: Path) -> tuple[bool, list[str]]:
    """Every variant_*.sql runs and returns rows (it is a result the judge accepts)."""
    ok, messages = True, []
    for stem, sql in problem.variants.items():
        verdict = judge(replace(problem.spec(), variants=()), path, sql)
        rows = verdict.row_count if verdict.columns else 0
        if verdict.status in (Status.PASS, Status.WRONG) and rows:
            messages.append(f"{stem}: allowed, {rows} rows")
        else:
            ok = False
            messages.append(f"error: {stem}.sql returns no rows or fails: {verdict.message}")
    return ok, messages


def validate_sql_problem(problem_id: str) -> ValidationResult:
    """One problem's ValidationResult (ok, messages)."""
    messages: list[str] = []
    try:
        problem = load_pack(PROBLEMS / problem_id)
    except (SqlPackError, OSError, ValueError, KeyError, TypeError) as exc:
        return ValidationResult(problem_id, False, [f"error: {exc}"])
    path = ensure_built(problem.dataset, "small")
    spec = problem.spec()
    ok = True
    reference = judge(spec, path, problem.reference)
    if not reference.passed or reference.row_count == 0:
        ok = False
        messages.append(f"error: the reference returns no rows or fails: {reference.message}")
    else:
        messages.append(f"reference: {reference.row_count} rows")
    for stem, sql in problem.wrongs.items():
        verdict = judge(spec, path, sql)
        if verdict.passed:
            ok = False
            messages.append(f"error: {stem}.sql is accepted by the judge; it must be rejected")
        else:
            messages.append(f"{stem}: rejected ({verdict.status}: {verdict.message})")
    for check in (_check_traps, _check_variants):
        fine, notes = check(problem, path)
        ok, messages = ok and fine, messages + notes
    if problem.is_drill and problem.slow:
        slow_spec = replace(spec, reference=problem.slow)
        same = judge(slow_spec, path, problem.reference)
        if not same.passed:
            ok = False
            messages.append(f"error: reference.sql and slow.sql disagree: {same.message}")
        else:
            messages.append("drill: the rewrite returns the slow query's rows")
    return ValidationResult(problem_id, ok, messages)


def validate_sql_problems(
    problem_ids: list[str] | None, progress: Progress = None, *, complexity: bool = True
) -> list[ValidationResult]:
    """Validate the given SQL problems (None: all). Ids not starting "sql-" are left to the
    other validators; unknown sql- ids are reported as errors. `complexity` is the coding
    validators' switch: SQL problems have no complexity measurement, so it is ignored."""
    known = sorted(p.name for p in PROBLEMS.iterdir() if p.is_dir() and p.name.startswith("sql-"))
    ids = known if problem_ids is None else [i for i in problem_ids if i.startswith("sql-")]
    results: list[ValidationResult] = []
    for problem_id in ids:
        if progress:
            progress(problem_id)
        if problem_id not in known:
            results.append(ValidationResult(problem_id, False, ["error: no such SQL problem"]))
            continue
        results.append(validate_sql_problem(problem_id))
    return results
