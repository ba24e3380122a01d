"""SQL practice operations, called by the CLI and the web alike.

The workflow (clock, hints, the 30-minute solution lock, FSRS reviews, stats, `practice
next`) is the practice feature's, reused as is through `pivotprep.practice.service`: this
module only adds what is SQL-specific (datasets, the workspace file, judging, drills,
EXPLAIN) and reports every judged run to the practice workflow. It also holds the rules
both interfaces follow: what each editor action runs, that a drill passes only on the
large data, and when the large data must be built first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.orm import Session

from pivotprep.core.errors import (
    ConflictError,
    InputTooLargeError,
    NextStep,
    NotFoundError,
    UserError,
    ValidationError,
)
from pivotprep.core.files import make_private_dirs
from pivotprep.practice import service as practice
from pivotprep.sql import datasets
from pivotprep.sql.comparison import DiffRow
from pivotprep.sql.datasets import Dataset, build_seconds, get_dataset
from pivotprep.sql.drills import (
    DEFAULT_REPEATS,
    TIMED_SIZE,
    DrillResult,
    explain_in_worker,
    run_drill,
)
from pivotprep.sql.judge import PREVIEW_ROWS, Verdict, connection_lock, judge, show_row
from pivotprep.sql.problems import TOPICS, SqlProblem, get_sql_problem, load_packs
from pivotprep.sql.workspace import saved_query, workspace_path

__all__ = [
    "MAX_QUERY_CHARS",
    "TIMED_SIZE",
    "TOPICS",
    "Dataset",
    "DiffRow",
    "DrillResult",
    "EditorAction",
    "FreeRun",
    "LargeData",
    "QueryRun",
    "SqlProblem",
    "TableSchema",
    "Verdict",
    "attempt_state",
    "build_datasets",
    "build_seconds",
    "check_query",
    "dataset_file",
    "explain",
    "get_dataset",
    "get_problem",
    "judge_query",
    "large_data",
    "list_datasets",
    "list_problems",
    "prestart",
    "read_submission",
    "run_free_query",
    "run_editor",
    "save_query",
    "saved_query",
    "schema",
    "show_row",
    "start",
    "submit",
    "submit_drill",
    "workspace_path",
]

MAX_QUERY_CHARS = 20_000
EditorAction = Literal["run", "small", "timed", "explain"]
Ticks = tuple[practice.PlanTick, ...]  # the plan task a run ticked (none, or one)
Judged = tuple[Verdict, Ticks]


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: list[tuple[str, str, str]]  # (name, DuckDB type, what it means)


@dataclass(frozen=True)
class QueryRun:
    """One run of the learner's query, as both interfaces show it: the rows judged, a
    drill's timing, EXPLAIN ANALYZE of both queries, or that the large data is being built
    first (the run then waits for the learner to run it again); and the plan task the run
    ticked, when it was the problem's first pass and finished one."""

    verdict: Verdict | None = None
    drill: DrillResult | None = None
    plans: tuple[str, str] | None = None  # EXPLAIN ANALYZE: the slow query's, yours
    building: str | None = None  # the dataset whose large size is being built
    plan: tuple[practice.PlanTick, ...] = ()  # the plan task a first pass ticked

    @property
    def passed(self) -> bool:
        """Recorded as a pass: the rows match (a drill: fast enough, on the large data)."""
        if self.drill is not None:
            return self.drill.passed
        return self.verdict is not None and self.verdict.passed


@dataclass(frozen=True)
class LargeData:
    """The large size of a problem's dataset, for a page waiting on its build."""

    dataset: str
    state: Literal["ready", "absent", "building", "failed"]
    seconds: int  # roughly how long a build takes
    error: str | None = None  # why the build failed


def list_problems(topic: str | None = None) -> list[SqlProblem]:
    """The problems and drills, or those of one topic. An unknown topic is refused with the
    known ones named: an empty list would read as "no problems on it yet"."""
    if topic is not None:
        topic = topic.strip().lower()
    if topic is not None and topic not in TOPICS:
        raise ValidationError(
            f"Unknown topic {topic!r}. Topics: {', '.join(TOPICS)}.", field="topic"
        )
    problems = list(load_packs().values())
    return [p for p in problems if topic is None or p.topic == topic]


def get_problem(problem_id: str) -> SqlProblem:
    return get_sql_problem(problem_id)


def list_datasets() -> list[Dataset]:
    return list(datasets.datasets().values())


def check_query(sql: str) -> str:
    """The submitted text, or a clear error if it is empty or too large."""
    if len(sql) > MAX_QUERY_CHARS:
        raise InputTooLargeError(
            f"The query is {len(sql)} characters; the limit is {MAX_QUERY_CHARS}.", field="query"
        )
    if not sql.strip():
        raise ValidationError("The query is empty: write a SELECT statement.", field="query")
    return sql


def dataset_file(name: str, size: str = "small", *, show_progress: bool = False) -> Path:
    """The built dataset file, built (and cached) first if needed."""
    return datasets.ensure_built(name, size, show_progress=show_progress)


def schema(name: str) -> list[TableSchema]:
    """The documented tables of a dataset with their actual column types."""
    ds = get_dataset(name)
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


def start(session: Session, problem_id: str) -> practice.StartedProblem:
    """Start the shared practice clock and write the workspace file (kept if it exists)."""
    get_sql_problem(problem_id)
    return practice.start_problem(session, problem_id)


def read_submission(problem_id: str, file: Path | None = None) -> str:
    """The query to judge: `file`, or the problem's workspace file, checked for size."""
    get_sql_problem(problem_id)
    path = file or workspace_path(problem_id)
    if not path.is_file():
        raise NotFoundError(
            f"No query file at {path}.",
            next_step=NextStep("sql.start", {"problem_id": problem_id}),
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"{path} is not UTF-8 text (byte {exc.start + 1} cannot be read): save it as "
            "UTF-8 in your editor and test again.",
            field="query",
        ) from None
    return check_query(text)


def save_query(problem_id: str, sql: str) -> Path:
    """Write the editor's query to the workspace file the CLI judges too."""
    get_sql_problem(problem_id)
    check_query(sql)
    path = workspace_path(problem_id)
    make_private_dirs(path.parent)
    path.write_text(sql.replace("\r\n", "\n"), encoding="utf-8")
    return path


def attempt_state(session: Session, problem_id: str) -> practice.AttemptState:
    """What the page shows about the shared workflow: started, hints, the lock."""
    return practice.attempt_state(session, problem_id)


def submit(session: Session, problem_id: str, sql: str, *, record: bool = True) -> Verdict:
    """Judge a query problem on the small dataset and record the run in the workflow."""
    return _submit(session, problem_id, sql, record=record)[0]


def _submit(session: Session, problem_id: str, sql: str, *, record: bool = True) -> Judged:
    """`submit`, with the plan task the run ticked (a problem's first pass may finish one)."""
    problem = get_sql_problem(problem_id)
    check_query(sql)
    verdict = judge(problem.spec(), dataset_file(problem.dataset, "small"), sql)
    ticked = _record(session, problem_id, verdict.passed, verdict.summary()) if record else ()
    return verdict, ticked


def _require_drill(problem_id: str) -> SqlProblem:
    problem = get_sql_problem(problem_id)
    if not problem.is_drill or not problem.slow:
        raise ConflictError(
            f"{problem_id} is not an optimisation drill.",
            next_step=NextStep("sql.test", {"problem_id": problem_id}),
        )
    return problem


def submit_drill(
    session: Session,
    problem_id: str,
    sql: str,
    *,
    size: str = TIMED_SIZE,
    repeats: int = DEFAULT_REPEATS,
    show_progress: bool = False,
    record: bool = True,
) -> DrillResult:
    """Judge a drill rewrite: same rows as the slow query, then timed against it on `size`.

    On the small size the rows are checked and the timing is shown, but the factor is not
    required (the data is too small for timings to mean much) and the run counts as passed
    only on the large size (`DrillResult.passed`)."""
    return _drill(session, problem_id, sql, size, repeats, show_progress, record)[0]


def _drill(
    session: Session,
    problem_id: str,
    sql: str,
    size: str,
    repeats: int,
    show_progress: bool,
    record: bool,
) -> tuple[DrillResult, Ticks]:
    """`submit_drill`, with the plan task the run ticked."""
    problem = _require_drill(problem_id)
    check_query(sql)
    path = dataset_file(problem.dataset, size, show_progress=show_progress)
    required = problem.speedup if size == TIMED_SIZE else 1.0
    result = run_drill(problem, sql, path, size=size, repeats=repeats, required=required)
    ticked: Ticks = ()
    if record:
        summary = result.summary()
        ticked = _record(session, problem_id, result.passed, summary, result.fast_enough)
    return result, ticked


def _record(
    session: Session,
    problem_id: str,
    passed: bool,
    summary: dict[str, Any],
    complexity_ok: bool | None = None,
) -> Ticks:
    """Record the run in the shared workflow; the plan task its first pass ticked, if any."""
    run = practice.record_run(
        session, problem_id, passed=passed, summary=summary, complexity_ok=complexity_ok
    )
    return practice.plan_ticks(run.summary)


def explain(
    problem_id: str, sql: str, *, size: str = TIMED_SIZE, show_progress: bool = False
) -> tuple[str, str]:
    """EXPLAIN ANALYZE of the drill's slow query and of `sql`, for a side-by-side view."""
    problem = _require_drill(problem_id)
    assert problem.slow is not None
    check_query(sql)
    path = dataset_file(problem.dataset, size, show_progress=show_progress)
    return (
        explain_in_worker(path, problem.slow, time_limit=problem.time_limit),
        explain_in_worker(path, sql, time_limit=problem.time_limit),
    )


def prestart() -> None:
    """Start the SQL worker process in the background, so its start-up overlaps the
    caller's own work (reading the problem, the file and the store)."""
    from pivotprep.sql import worker

    worker.prestart()


def judge_query(
    session: Session,
    problem_id: str,
    sql: str,
    *,
    size: str | None = None,
    repeats: int = DEFAULT_REPEATS,
    show_progress: bool = False,
) -> QueryRun:
    """Judge a query problem, or a drill rewrite on `size` (default: the large data, timed)."""
    problem = get_sql_problem(problem_id)
    if not problem.is_drill:
        verdict, ticked = _submit(session, problem_id, sql)
        return QueryRun(verdict=verdict, plan=ticked)
    result, ticked = _drill(
        session, problem_id, sql, size or TIMED_SIZE, repeats, show_progress, record=True
    )
    return QueryRun(verdict=result.verdict, drill=result, plan=ticked)


def _needs_large(problem: SqlProblem, action: EditorAction, explain_size: str) -> bool:
    timed = action == "timed" or (action == "explain" and explain_size == TIMED_SIZE)
    return problem.is_drill and timed


def _large_ready(dataset: str) -> bool:
    """True if the large data is built; otherwise its build starts in the background."""
    return datasets.build_in_background(dataset, TIMED_SIZE) is None


def run_editor(
    session: Session,
    problem_id: str,
    query: str,
    *,
    action: EditorAction = "run",
    explain_size: str = TIMED_SIZE,
) -> QueryRun:
    """The editor's buttons: save the query, then run it. A query problem is judged (any
    action); a drill's "run" and "small" check the rows on the small data, "timed" times it
    on the large data and "explain" shows EXPLAIN ANALYZE on `explain_size`. The large data
    is never built while a page waits: its build starts in the background and the run comes
    back with `building` set."""
    problem = get_sql_problem(problem_id)
    save_query(problem_id, query)
    if _needs_large(problem, action, explain_size) and not _large_ready(problem.dataset):
        return QueryRun(building=problem.dataset)
    if problem.is_drill and action == "explain":
        return QueryRun(plans=explain(problem_id, query, size=explain_size))
    if problem.is_drill:
        size = TIMED_SIZE if action == "timed" else "small"
        result, ticked = _drill(
            session, problem_id, query, size, DEFAULT_REPEATS, show_progress=False, record=True
        )
        return QueryRun(verdict=result.verdict, drill=result, plan=ticked)
    verdict, ticked = _submit(session, problem_id, query)
    return QueryRun(verdict=verdict, plan=ticked)


def large_data(problem_id: str) -> LargeData:
    """Where the large size of the problem's dataset stands. Never starts a build (any
    site can make a browser load a page; only a run the learner asked for may start one);
    a failed build is reported once, then forgotten so that the next run tries again."""
    dataset = get_sql_problem(problem_id).dataset
    seconds = build_seconds(dataset, TIMED_SIZE)
    if datasets.is_built(dataset, TIMED_SIZE):
        return LargeData(dataset, "ready", seconds)
    job = datasets.background_build(dataset, TIMED_SIZE)
    if job is None:
        return LargeData(dataset, "absent", seconds)
    if job.error and not job.running:
        datasets.forget_failed_build(dataset, TIMED_SIZE)
        return LargeData(dataset, "failed", seconds, job.error)
    return LargeData(dataset, "building", seconds)


FREE_ROW_LIMIT = 1_000
FREE_TIME_LIMIT = 10.0


@dataclass(frozen=True)
class FreeRun:
    """A query run in free mode (exploring a dataset, no problem): its first rows, or the
    error with dialect help; warnings for constructs DuckDB reads differently."""

    dataset: str
    columns: list[str]
    rows: list[tuple[Any, ...]]
    row_count: int
    elapsed_ms: float
    error: str | None = None
    hint: str | None = None
    warnings: tuple[str, ...] = ()


def run_free_query(name: str, sql: str) -> FreeRun:
    """Run any query on a dataset's small size under the practice lock-down, in the
    capped worker, with no problem to judge it against. A rejected query gets the dialect
    notes; a rewritten query is offered only after it has run on the dataset."""
    from pivotprep.sql import worker
    from pivotprep.sql.dialect_fixes import warnings
    from pivotprep.sql.errors import SqlMemoryError, SqlQueryError
    from pivotprep.sql.judge import HARD_MARGIN, execute

    get_dataset(name)
    check_query(sql)
    path = dataset_file(name, "small")
    notes = tuple(warnings(sql))
    limits = {"time_limit": FREE_TIME_LIMIT, "row_limit": FREE_ROW_LIMIT}
    try:
        got = worker.call(execute, path, sql, deadline=FREE_TIME_LIMIT + HARD_MARGIN, **limits)
    except SqlMemoryError:
        raise
    except UserError as error:
        hint = error.hint if isinstance(error, SqlQueryError) else None
        if isinstance(error, SqlQueryError) and error.rewrite:
            try:
                worker.call(execute, path, error.rewrite,
                            deadline=FREE_TIME_LIMIT + HARD_MARGIN, **limits)  # fmt: skip
            except UserError:
                pass  # a rewrite that fails is never offered
            else:
                runs = f"Read as {error.source}, this runs on DuckDB: {error.rewrite}"
                hint = f"{hint} {runs}" if hint else runs
        return FreeRun(name, [], [], 0, 0.0, error=error.message, hint=hint, warnings=notes)
    shown = got.rows[:PREVIEW_ROWS]
    return FreeRun(name, got.columns, shown, len(got.rows), got.elapsed_ms, warnings=notes)


def build_datasets(
    names: list[str] | None,
    size: str,
    *,
    show_progress: bool = False,
    on_built: Callable[[str, Path, float], None] | None = None,
) -> list[Path]:
    """Build (or find cached) datasets; `on_built(name, path, seconds)` after each."""
    out = []
    every = [d.name for d in datasets.datasets().values() if size in d.sizes]
    for name in names or every:
        started = time.perf_counter()
        path = datasets.ensure_built(name, size, show_progress=show_progress)
        if on_built:
            on_built(name, path, time.perf_counter() - started)
        out.append(path)
    return out
