"""The result-set judge: run a learner's SQL safely and compare its rows with the reference's.

Contract: (problem spec, dataset file, learner SQL) -> `Verdict` (status in the shared
vocabulary of `core/judging.py`, message, the learner's rows, the first differing rows;
`Verdict.outcome()` is the run as a `JudgeOutcome`). The rows are compared by
comparison.py.

Queries run on a fresh locked read-only connection (`safety.py`); any statement that
changes data sends the whole submission to a throwaway copy of the dataset instead. The
learner's query runs in the SQL worker process (`worker.py`), whose address space is
capped, so a query that blows up memory fails there with a clear message (raised as
`SqlMemoryError`) instead of taking the app down; the reference runs here, cached.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pivotprep.core.errors import UserError
from pivotprep.core.judging import CaseResult, JudgeOutcome, Status, outcome
from pivotprep.sql import safety
from pivotprep.sql.comparison import DiffRow, ResultSet, compare
from pivotprep.sql.errors import (
    SqlMemoryError,
    SqlQueryError,
    SqlSafetyError,
    SqlTimeoutError,
)

DEFAULT_TIME_LIMIT = 10.0
DEFAULT_ROW_LIMIT = 10_000
HARD_MARGIN = 10.0  # seconds past the time limit before the parent kills a stuck worker
PREVIEW_ROWS = 50


@dataclass(frozen=True)
class SqlSpec:
    """What the judge needs to know about a problem."""

    id: str
    dataset: str
    reference: str
    ordered: bool = False
    float_tolerance: float = 1e-6
    row_limit: int = DEFAULT_ROW_LIMIT
    time_limit: float = DEFAULT_TIME_LIMIT
    check: str | None = None  # for problems that change data: the query that reads the result
    variants: tuple[str, ...] = ()  # other queries whose rows the statement also allows


@dataclass(frozen=True)
class Verdict:
    """The judged query: a status of the shared vocabulary (`core/judging.py`: pass, wrong,
    error, timeout, refused; a query over the memory cap raises `SqlMemoryError` instead),
    the message, the learner's first rows and the first differing rows."""

    status: Status
    message: str
    problem: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # the learner's first rows
    row_count: int = 0
    expected_columns: list[str] = field(default_factory=list)
    expected_row_count: int = 0
    diff: list[DiffRow] = field(default_factory=list)
    hint: str | None = None
    elapsed_ms: float = 0.0
    # constructs that run on DuckDB but mean something else than in other databases
    warnings: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS

    def case(self) -> CaseResult:
        """The query as the one case of an SQL problem."""
        return CaseResult(
            name="result",
            status=self.status,
            message=self.message,
            description="your query's rows against the reference's",
            time_ms=round(self.elapsed_ms, 3) if self.columns else None,
        )

    def outcome(self) -> JudgeOutcome:
        """The run in the shared vocabulary."""
        return outcome(self.problem, [self.case()], judge="sql", elapsed_ms=self.elapsed_ms)

    def summary(self) -> dict[str, Any]:
        """A JSON-able record of the run for the practice workflow: the shared summary
        (`JudgeOutcome.summary`) and the row counts, time and diff."""
        return {
            **self.outcome().summary(),
            "rows": self.row_count,
            "expected_rows": self.expected_row_count,
            "elapsed_ms": round(self.elapsed_ms, 2),
            "warnings": list(self.warnings),
            "diff": [
                {"side": d.side, "index": d.index, "row": [_show(v) for v in d.row]}
                for d in self.diff
            ],
        }


def _show(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def show_row(row: tuple[Any, ...]) -> list[str]:
    return [_show(v) for v in row]


RESULT_BYTE_LIMIT = 50_000_000  # about this much result text ends the fetch with a message
FETCH_CHUNK = 1024


def _value_bytes(value: Any) -> int:
    """A rough size of one cell as Python holds it: text by length, the rest a word each."""
    if isinstance(value, str | bytes):
        return 49 + len(value)
    if isinstance(value, list | tuple):
        return 56 + sum(_value_bytes(v) for v in value)
    if isinstance(value, dict):
        return 64 + sum(_value_bytes(k) + _value_bytes(v) for k, v in value.items())
    return 24


# Result column types whose Python values have a fixed, small size (numbers, dates, times,
# intervals, UUIDs): `_value_bytes` counts them a word each, so their cells are counted
# without being looked at. Text, blobs, nested and any other type are measured cell by cell.
FIXED_SIZE_TYPES = frozenset(
    {
        "boolean", "tinyint", "smallint", "integer", "bigint", "hugeint", "utinyint",
        "usmallint", "uinteger", "ubigint", "uhugeint", "float", "double", "decimal",
        "date", "time", "time with time zone", "timestamp", "timestamp_s", "timestamp_ms",
        "timestamp_ns", "timestamp with time zone", "interval", "uuid",
    }
)  # fmt: skip


def _batch_bytes(batch: list[tuple[Any, ...]], sized: list[int], width: int) -> int:
    """`_value_bytes` of every cell of `batch`, looking only at the `sized` columns (the
    others are a word a cell): the same total, without a Python call per number."""
    fixed = 24 * (width - len(sized)) * len(batch)
    return fixed + sum(_value_bytes(row[i]) for row in batch for i in sized)


def _fetch(result: Any, row_limit: int, byte_limit: int) -> list[tuple[Any, ...]]:
    """Up to `row_limit + 1` rows, fetched in growing chunks under `byte_limit`.

    The row limit alone does not bound memory: 100 rows of 50 MB strings pass it. The
    first chunk is one row, and each next chunk is as large as the budget left allows
    at the average row size seen so far (at most `FETCH_CHUNK`), so a result of huge rows
    stops after a row or two instead of filling memory."""
    types = [getattr(d[1], "id", None) for d in result.description]
    sized = [i for i, kind in enumerate(types) if kind not in FIXED_SIZE_TYPES]
    rows: list[tuple[Any, ...]] = []
    used = 0
    chunk = 1
    while len(rows) <= row_limit:
        batch = result.fetchmany(min(chunk, row_limit + 1 - len(rows)))
        if not batch:
            break
        rows.extend(batch)
        used += _batch_bytes(batch, sized, len(types))
        if used > byte_limit:
            raise SqlQueryError(
                f"The result is larger than {byte_limit / 1e6:g} MB after "
                f"{len(rows)} rows, the size limit for practice results. Return fewer or "
                "shorter values (a huge repeat() or string_agg is the usual cause)."
            )
        average = used / len(rows)
        chunk = max(1, min(FETCH_CHUNK, 2 * chunk, int((byte_limit - used) / average)))
    return rows


ZONED_MESSAGE = (
    "Values WITH TIME ZONE cannot be shown: cast them to TIMESTAMP "
    "(e.g. `now()::TIMESTAMP`) or use current_date."
)


NESTED_TYPES = frozenset({"struct", "list", "map", "union", "array"})


def _has_zoned_timestamp(type_code: Any) -> bool:
    """True if a result column's type is or holds TIMESTAMP WITH TIME ZONE.

    Such values are refused from the column types, before any row is fetched: their
    wall-clock value depends on the session's time zone (DuckDB 2 converts them into the
    machine's zone; DuckDB 1 fails to fetch them without pytz and converts them with it),
    so one query would judge differently on two machines. Nested types (STRUCT, LIST, MAP,
    UNION) are searched through."""
    kind = getattr(type_code, "id", None)
    if kind == "timestamp with time zone":
        return True
    if kind not in NESTED_TYPES:  # no children to search (asking a flat type raises)
        return False
    try:
        children = type_code.children
    except Exception:  # noqa: BLE001 - DuckDB raises InvalidInputException for flat types
        return False
    return any(_has_zoned_timestamp(child) for _, child in children if hasattr(child, "id"))


def _run_statements(
    con: Any, statements: list[safety.Statement], row_limit: int, byte_limit: int
) -> ResultSet:
    result = None
    started = time.perf_counter()
    for statement in statements:
        result = con.execute(statement.sql)
    if result is None or result.description is None:
        raise SqlQueryError("Your last statement returned no rows: end with a SELECT.")
    if any(_has_zoned_timestamp(d[1]) for d in result.description):
        raise SqlQueryError(ZONED_MESSAGE)
    columns = [d[0] for d in result.description]
    rows = _fetch(result, row_limit, byte_limit)
    elapsed = (time.perf_counter() - started) * 1000
    if len(rows) > row_limit:
        raise SqlQueryError(
            f"The query returned more than {row_limit} rows, the limit for this problem. "
            "Check your joins and filters (a missing join condition multiplies rows)."
        )
    return ResultSet(columns, rows, elapsed, [str(d[1]) for d in result.description])


def execute(
    path: Path,
    sql: str,
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    row_limit: int = DEFAULT_ROW_LIMIT,
    check: str | None = None,
    threads: int = 1,
    writable: bool = False,
    byte_limit: int | None = None,
) -> ResultSet:
    """Run `sql` on the dataset at `path` under the practice lock-down, in this process.

    `check` (problems that change data) is run after the learner's statements, on the same
    throwaway copy, and its rows are the result. `byte_limit` defaults to
    `RESULT_BYTE_LIMIT`. Raises `SqlQueryError`, `SqlSafetyError`,
    `SqlTimeoutError` or `SqlMemoryError`. Learner SQL goes through
    `judge`, which runs this in the capped worker.
    """
    budget = RESULT_BYTE_LIMIT if byte_limit is None else byte_limit
    with safety.read_only(path, threads=threads) as probe:
        try:
            statements = safety.classify(probe, sql)
        except UserError:
            raise
        except Exception as exc:  # noqa: BLE001 - DuckDB parser errors become a message
            raise _query_error(probe, sql, exc) from None
        if not writable and check is None and not any(s.writes for s in statements):
            return _guarded(probe, sql, statements, time_limit, row_limit, budget)
    with safety.throwaway_copy(path, threads=threads) as con:
        if check is not None:
            statements = [*statements, *safety.classify(con, check)]
        return _guarded(con, sql, statements, time_limit, row_limit, budget)


def _guarded(
    con: Any,
    sql: str,
    statements: list[safety.Statement],
    time_limit: float,
    row_limit: int,
    byte_limit: int,
) -> ResultSet:
    """Run the statements on `con` under the time limit; the caller closes `con`."""
    with safety.time_limit(con, time_limit) as timer:
        try:
            return _run_statements(con, statements, row_limit, byte_limit)
        except UserError:
            raise
        except Exception as exc:  # noqa: BLE001 - every DuckDB error becomes a message
            if timer["fired"]:
                raise SqlTimeoutError(
                    f"The query ran longer than {time_limit:g} s and was cancelled. "
                    "Look for a join without a condition or a subquery run per row."
                ) from None
            raise _query_error(con, sql, exc) from None


def _query_error(con: Any, sql: str, exc: Exception) -> UserError:
    from pivotprep.sql import worker

    if worker.is_out_of_memory(exc):
        return SqlMemoryError(worker.memory_message(), field="query")
    translated = safety.translate_error(exc)
    if translated:
        return SqlSafetyError(translated, field="query")
    from pivotprep.sql.dialect import dialect_help

    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    try:
        found = dialect_help(sql, str(exc), con)
    except Exception:  # noqa: BLE001 - a hint is a bonus; never hide the real error
        found = None
    if found is None:
        return SqlQueryError(f"DuckDB: {first}")
    hint = " ".join(found.notes) or None
    return SqlQueryError(f"DuckDB: {first}", hint=hint, rewrite=found.rewrite, source=found.source)


# ---- judging ------------------------------------------------------------------------------

_expected_cache: dict[tuple[str, str, float, int], ResultSet] = {}
# DuckDB shares one database instance per file within a process, and the lock-down locks
# that instance's settings: a second locked connection opened while the first is open
# fails. Learner SQL is serialised by the worker; the reference runs here, one at a time.
connection_lock = threading.Lock()


def expected_result(spec: SqlSpec, path: Path) -> ResultSet:
    """The reference's rows, cached per process (the dataset file never changes)."""
    key = (spec.id, str(path), path.stat().st_mtime, hash(spec.reference))
    with connection_lock:
        cached = _expected_cache.get(key)
        if cached is None:
            cached = execute(
                path,
                spec.reference,
                time_limit=max(spec.time_limit, 60.0),
                row_limit=spec.row_limit,
                check=spec.check,
                threads=safety.cpu_threads(),
            )
            _expected_cache[key] = cached
    return cached


# The status a query error is judged as; a query over the memory cap is raised instead.
ERROR_STATUS: tuple[tuple[type[UserError], Status], ...] = (
    (SqlTimeoutError, Status.TIMEOUT),
    (SqlSafetyError, Status.REFUSED),
    (UserError, Status.ERROR),
)


def _offered_rewrite(
    spec: SqlSpec, path: Path, expected: ResultSet, error: UserError
) -> str | None:
    """The dialect rewrite of a rejected query, worded as a hint, only if it runs and
    returns the expected rows (or an allowed variant's): a suggestion that fails, or that
    changes the query's meaning, is never offered."""
    from pivotprep.sql import worker

    if not isinstance(error, SqlQueryError) or not error.rewrite:
        return None
    try:
        got = worker.call(
            execute, path, error.rewrite, deadline=spec.time_limit + HARD_MARGIN,
            time_limit=spec.time_limit, row_limit=spec.row_limit, check=spec.check,
            byte_limit=RESULT_BYTE_LIMIT,
        )  # fmt: skip
    except UserError:
        return None
    same = compare(expected, got, ordered=spec.ordered, tolerance=spec.float_tolerance)[0]
    if not same and not _matches_a_variant(spec, path, got):
        return None
    return (
        f"Read as {error.source}, this is in DuckDB, and it returns the expected rows: "
        f"{error.rewrite}"
    )


def _failed(spec: SqlSpec, expected: ResultSet, error: UserError, offer: str | None) -> Verdict:
    """The verdict on a query that did not return rows: its status and the reason."""
    status = next(status for kind, status in ERROR_STATUS if isinstance(error, kind))
    notes = [error.hint if isinstance(error, SqlQueryError) else None, offer]
    return Verdict(
        status,
        error.message,
        problem=spec.id,
        hint=" ".join(n for n in notes if n) or None,
        expected_columns=expected.columns,
        expected_row_count=len(expected.rows),
    )


def _matches_a_variant(spec: SqlSpec, path: Path, got: ResultSet) -> bool:
    """True if `got` equals the rows of one of the problem's declared variants (another
    result its statement allows: an extra row, a tie order, a rounding tie)."""
    for variant in spec.variants:
        allowed = expected_result(replace(spec, reference=variant, variants=()), path)
        if compare(allowed, got, ordered=spec.ordered, tolerance=spec.float_tolerance)[0]:
            return True
    return False


def judge(spec: SqlSpec, path: Path, sql: str) -> Verdict:
    """Judge the learner's `sql` for `spec` on the dataset file at `path`.

    The learner's query runs in the capped worker process; a query that needs more memory
    than practice allows raises `SqlMemoryError` (a `UserError`: the CLI prints it
    and exits 2, the web shows it beside the editor) rather than returning a verdict."""
    from pivotprep.sql import worker

    worker.memory_cap_mb()  # a bad PIVOTPREP_SQL_MEMORY_MB is a setting to fix, not a verdict
    worker.prestart()  # its start-up overlaps the reference run below
    expected = expected_result(spec, path)
    try:
        got = worker.call(
            execute, path, sql, deadline=spec.time_limit + HARD_MARGIN,
            time_limit=spec.time_limit, row_limit=spec.row_limit, check=spec.check,
            byte_limit=RESULT_BYTE_LIMIT,
        )  # fmt: skip
    except SqlMemoryError:
        raise
    except UserError as error:
        failed = _failed(spec, expected, error, _offered_rewrite(spec, path, expected, error))
        return replace(failed, warnings=_warnings(sql))
    ok, message, diff = compare(expected, got, ordered=spec.ordered, tolerance=spec.float_tolerance)
    if not ok and _matches_a_variant(spec, path, got):
        ok, message, diff = (
            True,
            f"Correct: {len(got.rows)} rows match a result the statement allows.",
            [],
        )
    if ok and spec.ordered and spec.check is None and len(got.rows) > 1 and _order_by_missing(sql):
        ok, message = False, ORDER_MISSING_MESSAGE
    return Verdict(
        status=Status.PASS if ok else Status.WRONG,
        message=message,
        problem=spec.id,
        columns=got.columns,
        rows=got.rows[:PREVIEW_ROWS],
        row_count=len(got.rows),
        expected_columns=expected.columns,
        expected_row_count=len(expected.rows),
        diff=diff,
        elapsed_ms=got.elapsed_ms,
        warnings=_warnings(sql),
    )


ORDER_MISSING_MESSAGE = (
    "Your rows match, in the expected order, but your query does not end with an ORDER BY: "
    "without one SQL promises no order, so this order is luck (another run or another "
    "database may differ). Add the ORDER BY the statement asks for."
)


def _order_by_missing(sql: str) -> bool:
    """True if the last statement of `sql` is a query without an ORDER BY of its own.

    A problem that grades row order needs the order to be asked for: DuckDB often returns
    rows in the order they were stored or grouped, so a query with no ORDER BY can show
    the right order by luck (an ORDER BY inside a subquery or CTE promises nothing about
    the outer rows either). A query sqlglot cannot read is given the benefit of the doubt."""
    import sqlglot
    from sqlglot import exp

    try:
        trees = [tree for tree in sqlglot.parse(sql, read="duckdb") if tree is not None]
    except Exception:  # noqa: BLE001 - a parse failure here must never change a verdict
        return False
    if not trees:
        return False
    last = trees[-1]
    while isinstance(last, exp.Subquery | exp.Paren):
        if last.args.get("order") is not None:
            return False
        last = last.this
    return isinstance(last, exp.Query) and last.args.get("order") is None


def _warnings(sql: str) -> list[str]:
    """Dialect warnings on the learner's query (best effort: never hides the verdict)."""
    from pivotprep.sql.dialect_fixes import warnings

    try:
        return warnings(sql)
    except Exception:  # noqa: BLE001 - a warning is a bonus
        return []
