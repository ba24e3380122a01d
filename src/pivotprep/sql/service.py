"""SQL practice operations, called by the CLI and the web alike.

The workflow (clock, hints, the 30-minute solution lock, FSRS reviews, stats, `practice
next`) is the practice feature's, reused as is through `pivotprep.practice.service`: this
module only adds what is SQL-specific (datasets, the workspace file, judging, drills,
EXPLAIN) and reports every judged run to `practice.service.record_run`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pivotprep.core.errors import InputTooLargeError, NotFoundError, UserError
from pivotprep.sql import datasets
from pivotprep.sql.drills import DrillResult, explain_in_worker, run_drill
from pivotprep.sql.judge import Verdict, judge
from pivotprep.sql.problems import SqlProblem, get_sql_problem, load_packs

MAX_QUERY_CHARS = 20_000


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: list[tuple[str, str, str]]  # (name, DuckDB type, what it means)


def list_problems(topic: str | None = None) -> list[SqlProblem]:
    """The problems and drills, or those of one topic. An unknown topic is refused with the
    known ones named: an empty list would read as "no problems on it yet"."""
    from pivotprep.sql.problems import TOPICS

    if topic is not None:
        topic = topic.strip().lower()
    if topic is not None and topic not in TOPICS:
        raise UserError(f"Unknown topic {topic!r}. Topics: {', '.join(TOPICS)}.", field="topic")
    problems = list(load_packs().values())
    return [p for p in problems if topic is None or p.topic == topic]


def get_problem(problem_id: str) -> SqlProblem:
    return get_sql_problem(problem_id)


def check_query(sql: str) -> str:
    """The submitted text, or a clear error if it is empty or too large."""
    if len(sql) > MAX_QUERY_CHARS:
        raise InputTooLargeError(
            f"The query is {len(sql)} characters; the limit is {MAX_QUERY_CHARS}.", field="query"
        )
    if not sql.strip():
        raise UserError("The query is empty: write a SELECT statement.", field="query")
    return sql


def dataset_file(name: str, size: str = "small", *, show_progress: bool = False) -> Path:
    """The built dataset file, built (and cached) first if needed."""
    return datasets.ensure_built(name, size, show_progress=show_progress)


def schema(name: str) -> list[TableSchema]:
    """The documented tables of a dataset with their actual column types."""
    from pivotprep.sql.judge import connection_lock

    ds = datasets.get_dataset(name)
    path = dataset_file(name, "small")
    # DuckDB refuses a second connection to a file open with another configuration in
    # this process (a reference query on a locked connection): take turns with it.
    with connection_lock:
        types = datasets.describe(path)
    out = []
    for table, columns in ds.tables.items():
        actual = dict(types.get(table, []))
        out.append(TableSchema(table, [(c, actual.get(c, "?"), doc) for c, doc in columns.items()]))
    return out


def workspace_path(problem_id: str) -> Path:
    from pivotprep.core.settings import get_settings

    return get_settings().workspace / "sql" / f"{problem_id}.sql"


def _header(problem: SqlProblem) -> str:
    lines = [
        f"-- {problem.id}: {problem.title}",
        f"-- dataset: {problem.dataset} (pivotprep sql schema {problem.dataset})",
        f"-- test with: pivotprep sql test {problem.id}",
    ]
    if problem.is_drill:
        lines.append(
            f"-- drill: return the slow query's rows at least {problem.speedup:g}x faster "
            f"(pivotprep sql explain {problem.id})"
        )
    else:
        lines.append("-- rows in any order" if not problem.ordered else "-- the row order counts")
    return "\n".join(lines) + "\n\n"


def start(session: Session, problem_id: str) -> tuple[Path, bool]:
    """Start the shared practice clock and write the workspace file (kept if it exists).

    Returns (path, created)."""
    from pivotprep.practice import service as practice

    get_sql_problem(problem_id)
    practice.start(session, problem_id)
    path = workspace_path(problem_id)
    if path.exists():
        return path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(saved_query(problem_id), encoding="utf-8")
    return path, True


def read_submission(problem_id: str, file: Path | None = None) -> str:
    path = file or workspace_path(problem_id)
    if not path.is_file():
        raise NotFoundError(
            f"No query file at {path}. Run `pivotprep sql start {problem_id}` first, "
            "or pass --file."
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{path} is not UTF-8 text (byte {exc.start + 1} cannot be read): save it as "
            "UTF-8 in your editor and test again.",
            field="query",
        ) from None
    return check_query(text)


def saved_query(problem_id: str) -> str:
    """The learner's workspace query for the editor: the file if it exists, else a header."""
    problem = get_sql_problem(problem_id)
    path = workspace_path(problem_id)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    return _header(problem) + (problem.slow if problem.is_drill and problem.slow else "SELECT\n")


def save_query(problem_id: str, sql: str) -> Path:
    """Write the editor's query to the workspace file the CLI judges too."""
    get_sql_problem(problem_id)
    check_query(sql)
    path = workspace_path(problem_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(sql.replace("\r\n", "\n"), encoding="utf-8")
    return path


def attempt_state(session: Session, problem_id: str) -> dict[str, Any]:
    """What the page shows about the shared workflow: started, hints, the lock."""
    from pivotprep.practice import service as practice

    attempt = practice.current_attempt(session, problem_id)
    if attempt is None:
        return {"started": False, "hints": [], "remaining": 0, "unlocked": False}
    remaining = int(practice.lock_remaining(attempt).total_seconds())
    return {
        "started": True,
        "hints": practice.hints_shown(session, problem_id),
        "remaining": remaining,
        "unlocked": remaining == 0 or attempt.passed_at is not None,
    }


def submit(session: Session, problem_id: str, sql: str, *, record: bool = True) -> Verdict:
    """Judge a query problem on the small dataset and record the run in the workflow."""
    problem = get_sql_problem(problem_id)
    check_query(sql)
    verdict = judge(problem.spec(), dataset_file(problem.dataset, "small"), sql)
    if record:
        _record(session, problem_id, verdict.passed, verdict.summary())
    return verdict


def submit_drill(
    session: Session,
    problem_id: str,
    sql: str,
    *,
    size: str = "large",
    repeats: int = 3,
    show_progress: bool = False,
    record: bool = True,
) -> DrillResult:
    """Judge a drill rewrite: same rows as the slow query, then timed against it on `size`.

    On the small size the rows are checked and the timing is shown, but the factor is not
    required (the data is too small for timings to mean much) and the run counts as passed
    only on the large size."""
    problem = get_sql_problem(problem_id)
    if not problem.is_drill:
        raise UserError(f"{problem_id} is not an optimisation drill; use `sql test`.")
    check_query(sql)
    path = dataset_file(problem.dataset, size, show_progress=show_progress)
    required = problem.speedup if size == "large" else 1.0
    result = run_drill(problem, sql, path, size=size, repeats=repeats, required=required)
    if record:
        passed = result.passed and size == "large"
        _record(session, problem_id, passed, result.summary(), complexity_ok=result.fast_enough)
    return result


def _record(session: Session, problem_id: str, passed: bool, summary: dict[str, Any],
            complexity_ok: bool | None = None) -> None:  # fmt: skip
    from pivotprep.practice import service as practice

    practice.record_run(
        session, problem_id, passed=passed, summary=summary, complexity_ok=complexity_ok
    )


def explain(
    problem_id: str, sql: str, *, size: str = "large", show_progress: bool = False
) -> tuple[str, str]:
    """EXPLAIN ANALYZE of the drill's slow query and of `sql`, for a side-by-side view."""
    problem = get_sql_problem(problem_id)
    if not problem.is_drill or not problem.slow:
        raise UserError(f"{problem_id} is not an optimisation drill: EXPLAIN is for drills.")
    check_query(sql)
    path = dataset_file(problem.dataset, size, show_progress=show_progress)
    return (
        explain_in_worker(path, problem.slow, time_limit=problem.time_limit),
        explain_in_worker(path, sql, time_limit=problem.time_limit),
    )


def build_datasets(
    names: list[str] | None, size: str, *, show_progress: bool = False,
    on_built: Callable[[str, Path, float], None] | None = None,
) -> list[Path]:  # fmt: skip
    """Build (or find cached) datasets; `on_built(name, path, seconds)` after each."""
    import time

    out = []
    for name in names or list(datasets.datasets()):
        started = time.perf_counter()
        path = datasets.ensure_built(name, size, show_progress=show_progress)
        if on_built:
            on_built(name, path, time.perf_counter() - started)
        out.append(path)
    return out
