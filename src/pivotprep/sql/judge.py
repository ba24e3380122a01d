"""The result-set judge: run a learner's SQL safely and compare its rows with the reference's.

Contract: (problem spec, dataset file, learner SQL) -> `Verdict` (passed, status, message,
the learner's rows, the first differing rows). Results are compared by column count, row
count and cell values: floats and decimals within a tolerance, NULL equal to NULL, dates
and timestamps by value, and rows as a multiset unless the problem requires ORDER BY.
Column names are not graded (aliases are the learner's choice).

Queries run on a fresh locked read-only connection (`safety.py`); any statement that
changes data sends the whole submission to a throwaway copy of the dataset instead. The
learner's query runs in the SQL worker process (`worker.py`), whose address space is
capped, so a query that blows up memory fails there with a clear message (raised as
`safety.SqlMemoryError`) instead of taking the app down; the reference runs here, cached.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pivotprep.core.errors import UserError
from pivotprep.sql import safety

DEFAULT_TIME_LIMIT = 10.0
DEFAULT_ROW_LIMIT = 10_000
HARD_MARGIN = 10.0  # seconds past the time limit before the parent kills a stuck worker
DIFF_ROWS = 5
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


class SqlQueryError(UserError):
    """DuckDB rejected the query; `hint` carries dialect help when there is some."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message, field="query")
        self.hint = hint


@dataclass
class ResultSet:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    elapsed_ms: float


@dataclass
class Verdict:
    passed: bool
    status: str  # pass | wrong | error | timeout | refused
    message: str
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # the learner's first rows
    row_count: int = 0
    expected_columns: list[str] = field(default_factory=list)
    expected_row_count: int = 0
    diff: list[dict[str, Any]] = field(default_factory=list)  # {"side", "index", "row"}
    hint: str | None = None
    elapsed_ms: float = 0.0

    def summary(self) -> dict[str, Any]:
        """A JSON-able record of the run for the practice workflow."""
        return {
            "kind": "sql",
            "status": self.status,
            "message": self.message,
            "rows": self.row_count,
            "expected_rows": self.expected_row_count,
            "elapsed_ms": round(self.elapsed_ms, 2),
            "diff": [
                {"side": d["side"], "index": d["index"], "row": [_show(v) for v in d["row"]]}
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


def _fetch(result: Any, row_limit: int, byte_limit: int) -> list[tuple[Any, ...]]:
    """Up to `row_limit + 1` rows, fetched in growing chunks under `byte_limit`.

    The row limit alone does not bound memory: 100 rows of 50 MB strings pass it. The
    first chunk is one row, and each next chunk is as large as the budget left allows
    at the average row size seen so far (at most `FETCH_CHUNK`), so a result of huge rows
    stops after a row or two instead of filling memory."""
    rows: list[tuple[Any, ...]] = []
    used = 0
    chunk = 1
    while len(rows) <= row_limit:
        batch = result.fetchmany(min(chunk, row_limit + 1 - len(rows)))
        if not batch:
            break
        rows.extend(batch)
        used += sum(_value_bytes(v) for row in batch for v in row)
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


def _has_zoned_timestamp(type_code: Any) -> bool:
    """True if a result column's type is or holds TIMESTAMP WITH TIME ZONE.

    Such values are refused from the column types, before any row is fetched: their
    wall-clock value depends on the session's time zone (DuckDB 2 converts them into the
    machine's zone; DuckDB 1 fails to fetch them without pytz and converts them with it),
    so one query would judge differently on two machines. Nested types (STRUCT, LIST, MAP,
    UNION) are searched through."""
    if getattr(type_code, "id", None) == "timestamp with time zone":
        return True
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
    return ResultSet(columns, rows, elapsed)


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
    `RESULT_BYTE_LIMIT`. Raises `SqlQueryError`, `safety.SqlSafetyError`,
    `safety.SqlTimeoutError` or `safety.SqlMemoryError`. Learner SQL goes through
    `judge`, which runs this in the capped worker.
    """
    budget = RESULT_BYTE_LIMIT if byte_limit is None else byte_limit
    probe = safety.connect_read_only(path, threads=threads)
    try:
        statements = safety.classify(probe, sql)
    except UserError:
        probe.close()
        raise
    except Exception as exc:  # noqa: BLE001 - DuckDB parser errors become a message
        error = _query_error(probe, sql, exc)
        probe.close()
        raise error from None
    if not writable and check is None and not any(s.writes for s in statements):
        return _guarded(probe, sql, statements, time_limit, row_limit, budget)
    probe.close()
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
    try:
        with safety.time_limit(con, time_limit) as timer:
            try:
                return _run_statements(con, statements, row_limit, byte_limit)
            except UserError:
                raise
            except Exception as exc:  # noqa: BLE001 - every DuckDB error becomes a message
                if timer["fired"]:
                    raise safety.SqlTimeoutError(
                        f"The query ran longer than {time_limit:g} s and was cancelled. "
                        "Look for a join without a condition or a subquery run per row."
                    ) from None
                raise _query_error(con, sql, exc) from None
    finally:
        con.close()


def _query_error(con: Any, sql: str, exc: Exception) -> UserError:
    from pivotprep.sql import worker

    if worker.is_out_of_memory(exc):
        return safety.SqlMemoryError(worker.memory_message(), field="query")
    translated = safety.translate_error(exc)
    if translated:
        return safety.SqlSafetyError(translated, field="query")
    from pivotprep.sql.dialect import dialect_hint

    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    hint = None
    try:
        hint = dialect_hint(sql, str(exc), con)
    except Exception:  # noqa: BLE001 - a hint is a bonus; never hide the real error
        hint = None
    return SqlQueryError(f"DuckDB: {first}", hint=hint)


# ---- comparison ---------------------------------------------------------------------------


def _norm(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, Decimal | float | int):
        return float(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, date | dtime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, list | tuple):
        return tuple(_norm(v) for v in value)
    if isinstance(value, dict):  # a STRUCT or MAP column: its items, in key order
        return tuple(sorted((str(k), _norm(v)) for k, v in value.items()))
    return value


def _key(value: Any, digits: int) -> tuple[int, str, Any]:
    """A sort/count key; floats rounded to the tolerance so near-equal values meet."""
    if value is None:
        return (0, "", "")
    if isinstance(value, float):
        if math.isnan(value):
            return (1, "nan", "")
        return (2, "num", round(value, digits) + 0.0)
    if isinstance(value, tuple):  # lists, structs: mixed members may not be orderable
        return (4, "nested", repr(value))
    return (3, type(value).__name__, value)


def _cells_equal(a: Any, b: Any, tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return abs(a - b) <= tol * max(1.0, abs(a), abs(b))
    return a == b


def _rows_equal(a: tuple[Any, ...], b: tuple[Any, ...], tol: float) -> bool:
    return len(a) == len(b) and all(_cells_equal(x, y, tol) for x, y in zip(a, b, strict=True))


def compare(
    expected: ResultSet, got: ResultSet, *, ordered: bool, tolerance: float
) -> tuple[bool, str, list[dict[str, Any]]]:
    """(equal, message, first differing rows) for two result sets."""
    if len(expected.columns) != len(got.columns):
        return (
            False,
            f"Expected {len(expected.columns)} columns ({', '.join(expected.columns)}), "
            f"your query returned {len(got.columns)} ({', '.join(got.columns)}).",
            [],
        )
    exp = [tuple(_norm(v) for v in row) for row in expected.rows]
    mine = [tuple(_norm(v) for v in row) for row in got.rows]
    digits = max(0, min(12, round(-math.log10(tolerance)) - 1)) if tolerance > 0 else 12
    if ordered:
        for index, (a, b) in enumerate(zip(exp, mine, strict=False)):
            if not _rows_equal(a, b, tolerance):
                out = []
                for j in range(index, min(index + DIFF_ROWS, max(len(exp), len(mine)))):
                    if j < len(exp):
                        out.append({"side": "expected", "index": j + 1, "row": expected.rows[j]})
                    if j < len(got.rows):
                        out.append({"side": "yours", "index": j + 1, "row": got.rows[j]})
                return False, f"Row {index + 1} differs (this problem checks the order).", out
        if len(exp) != len(mine):
            shorter = min(len(exp), len(mine))
            out = [{"side": "expected", "index": j + 1, "row": expected.rows[j]}
                    for j in range(shorter, min(len(exp), shorter + DIFF_ROWS))]  # fmt: skip
            out += [{"side": "yours", "index": j + 1, "row": got.rows[j]}
                     for j in range(shorter, min(len(mine), shorter + DIFF_ROWS))]  # fmt: skip
            return False, _count_message(len(exp), len(mine)), out
        return True, f"Correct: {len(mine)} rows match, in order.", []

    missing, extra = _unmatched(exp, mine, digits, tolerance)
    if not missing and not extra:
        return True, f"Correct: {len(mine)} rows match (order not graded).", []
    diff: list[dict[str, Any]] = [
        {"side": "missing", "index": i + 1, "row": expected.rows[i]} for i in missing[:DIFF_ROWS]
    ]
    diff += [{"side": "extra", "index": j + 1, "row": got.rows[j]} for j in extra[:DIFF_ROWS]]
    if len(exp) != len(mine):
        return False, _count_message(len(exp), len(mine)), diff
    return False, "Same number of rows, but some values differ.", diff


PAIRWISE_LIMIT = 1_000_000  # leftover comparisons tried one against one before giving up


def _unmatched(
    exp: list[tuple[Any, ...]], mine: list[tuple[Any, ...]], digits: int, tolerance: float
) -> tuple[list[int], list[int]]:
    """Indices of expected rows with no partner in `mine` and of rows of `mine` with none.

    Rows are matched as a multiset. First by a key with floats rounded to the tolerance
    (fast, and almost always enough), each pair confirmed within the tolerance; then the
    leftovers are matched pairwise within the tolerance, since two values closer than the
    tolerance can still round to different keys (0.1234549999 and 0.1234550001). Both lists
    come back in key order, so the diff shows similar rows next to each other.
    """

    def key(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(_key(v, digits) for v in row)

    exp_keys = [key(row) for row in exp]
    my_keys = [key(row) for row in mine]
    by_key: dict[tuple[Any, ...], list[int]] = {}
    for j in range(len(mine)):
        by_key.setdefault(my_keys[j], []).append(j)
    missing: list[int] = []
    used: set[int] = set()
    for i, row in enumerate(exp):
        bucket = by_key.get(exp_keys[i])
        partner = None
        if bucket:
            for position, j in enumerate(bucket):
                if _rows_equal(row, mine[j], tolerance):
                    partner = bucket.pop(position)
                    break
        if partner is None:
            missing.append(i)
        else:
            used.add(partner)
    extra = [j for j in range(len(mine)) if j not in used]
    if missing and extra:
        if len(missing) * len(extra) <= PAIRWISE_LIMIT:
            still: list[int] = []
            for i in missing:
                partner = next((j for j in extra if _rows_equal(exp[i], mine[j], tolerance)), None)
                if partner is None:
                    still.append(i)
                else:
                    extra.remove(partner)
            missing = still
        else:  # too many for one-against-one: match neighbours in key order
            missing.sort(key=lambda i: exp_keys[i])
            extra.sort(key=lambda j: my_keys[j])
            kept_missing, kept_extra, a, b = [], [], 0, 0
            while a < len(missing) and b < len(extra):
                i, j = missing[a], extra[b]
                if _rows_equal(exp[i], mine[j], tolerance):
                    a, b = a + 1, b + 1
                elif exp_keys[i] < my_keys[j]:
                    kept_missing.append(i)
                    a += 1
                else:
                    kept_extra.append(j)
                    b += 1
            missing = kept_missing + missing[a:]
            extra = kept_extra + extra[b:]
    missing.sort(key=lambda i: exp_keys[i])
    extra.sort(key=lambda j: my_keys[j])
    return missing, extra


def _count_message(expected: int, got: int) -> str:
    more = "more" if got > expected else "fewer"
    return f"Expected {expected} rows, your query returned {got} ({more})."


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


def judge(spec: SqlSpec, path: Path, sql: str) -> Verdict:
    """Judge the learner's `sql` for `spec` on the dataset file at `path`.

    The learner's query runs in the capped worker process; a query that needs more memory
    than practice allows raises `safety.SqlMemoryError` (a `UserError`: the CLI prints it
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
    except safety.SqlMemoryError:
        raise
    except safety.SqlTimeoutError as error:
        return Verdict(False, "timeout", error.message, expected_columns=expected.columns,
                       expected_row_count=len(expected.rows))  # fmt: skip
    except safety.SqlSafetyError as error:
        return Verdict(False, "refused", error.message, expected_columns=expected.columns,
                       expected_row_count=len(expected.rows))  # fmt: skip
    except SqlQueryError as error:
        return Verdict(False, "error", error.message, hint=error.hint,
                       expected_columns=expected.columns,
                       expected_row_count=len(expected.rows))  # fmt: skip
    except UserError as error:
        return Verdict(False, "error", error.message, expected_columns=expected.columns,
                       expected_row_count=len(expected.rows))  # fmt: skip
    ok, message, diff = compare(expected, got, ordered=spec.ordered, tolerance=spec.float_tolerance)
    return Verdict(
        passed=ok,
        status="pass" if ok else "wrong",
        message=message,
        columns=got.columns,
        rows=got.rows[:PREVIEW_ROWS],
        row_count=len(got.rows),
        expected_columns=expected.columns,
        expected_row_count=len(expected.rows),
        diff=diff,
        elapsed_ms=got.elapsed_ms,
    )
