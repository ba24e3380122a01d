"""Optimisation drills: rewrite a slow but correct query to return the same rows N times faster.

The learner's query is first judged against the slow query's rows (same judge, same
tolerance). If the rows match, both queries are timed in the same run on the same dataset,
interleaved (slow, yours, slow, yours...) so that machine load hits both alike, and the
medians are compared with the drill's required factor. `EXPLAIN ANALYZE` of both is kept
for the side-by-side view. The timing runs and EXPLAIN ANALYZE execute learner SQL, so they
run in the capped SQL worker process (`worker.py`), like the judge's run.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pivotprep.core.errors import UserError
from pivotprep.core.judging import CaseResult, JudgeOutcome, Status, outcome
from pivotprep.sql import safety, worker
from pivotprep.sql.errors import SqlMemoryError, SqlQueryError, SqlTimeoutError
from pivotprep.sql.judge import HARD_MARGIN, Verdict, judge
from pivotprep.sql.problems import SqlProblem

DEFAULT_REPEATS = 3
TIMED_SIZE = "large"  # a drill passes only on this size: smaller data times too little


@dataclass
class DrillResult:
    verdict: Verdict  # your rows compared with the slow query's rows
    required: float
    size: str
    slow_ms: list[float] = field(default_factory=list)
    yours_ms: list[float] = field(default_factory=list)

    @property
    def slow_median(self) -> float:
        return statistics.median(self.slow_ms) if self.slow_ms else 0.0

    @property
    def yours_median(self) -> float:
        return statistics.median(self.yours_ms) if self.yours_ms else 0.0

    @property
    def speedup(self) -> float:
        if not self.yours_ms:
            return 0.0
        return self.slow_median / max(self.yours_median, 0.01)

    @property
    def fast_enough(self) -> bool:
        return bool(self.yours_ms) and self.speedup >= self.required

    @property
    def timed(self) -> bool:
        """Whether the speed counts: only on the large data do timings mean much (a run on
        the small data checks the rows and shows the timing)."""
        return self.size == TIMED_SIZE

    @property
    def passed(self) -> bool:
        """The drill is passed: the slow query's rows, fast enough, on the large data."""
        return self.verdict.passed and self.fast_enough and self.timed

    @property
    def message(self) -> str:
        if not self.verdict.passed:
            return f"Not the same rows as the slow query. {self.verdict.message}"
        verdict = "Passed" if self.fast_enough else "Same rows, but not fast enough"
        return (
            f"{verdict}: {self.speedup:.1f}x faster (median {self.yours_median:.0f} ms vs "
            f"{self.slow_median:.0f} ms over {len(self.yours_ms)} runs on the {self.size} "
            f"data); the drill asks for {self.required:g}x."
        )

    def _speed_case(self) -> CaseResult:
        if not self.timed:
            status, why = Status.ERROR, f"not timed: the speed counts on the {TIMED_SIZE} data"
        else:
            status, why = (Status.PASS if self.fast_enough else Status.WRONG), self.message
        return CaseResult("speed", status, why, f"at least {self.required:g}x faster")

    def outcome(self) -> JudgeOutcome:
        """The run in the shared vocabulary: the rows, then (when they match) the speed."""
        cases = [self.verdict.case()]
        if self.verdict.passed:
            cases.append(self._speed_case())
        return outcome(self.verdict.problem, cases, judge="sql", message=self.message)

    def summary(self) -> dict[str, Any]:
        out = {**self.verdict.summary(), **self.outcome().summary()}
        out.update(
            drill=True,
            size=self.size,
            slow_ms=round(self.slow_median, 1),
            yours_ms=round(self.yours_median, 1),
            speedup=round(self.speedup, 2),
            required=self.required,
            message=self.message,
        )
        return out


def _timed(con: Any, sql: str, time_limit: float) -> float:
    """Milliseconds to run `sql` and fetch its rows; any failure becomes a message."""
    with safety.time_limit(con, time_limit) as timer:
        started = time.perf_counter()
        try:
            con.execute(sql).fetchall()
        except Exception as exc:  # noqa: BLE001 - the learner sees a message, not a traceback
            if timer["fired"]:
                raise SqlTimeoutError(
                    f"A query ran longer than {time_limit:g} s while timing the drill."
                ) from None
            if worker.is_out_of_memory(exc):
                raise SqlMemoryError(worker.memory_message(), field="query") from None
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise SqlQueryError(f"DuckDB, while timing the drill: {first}") from None
        return (time.perf_counter() - started) * 1000


def time_pair(
    path: Path, slow: str, yours: str, *, repeats: int, time_limit: float
) -> tuple[list[float], list[float]]:
    """Run slow and yours alternately `repeats` times on one locked connection (ms each).

    Runs in this process; `run_drill` runs it in the capped worker."""
    with safety.read_only(path, threads=safety.cpu_threads()) as con:
        _timed(con, yours, time_limit)  # warm the file cache for both alike
        slow_ms, yours_ms = [], []
        for _ in range(repeats):
            slow_ms.append(_timed(con, slow, time_limit))
            yours_ms.append(_timed(con, yours, time_limit))
        return slow_ms, yours_ms


def check_single_select(path: Path, sql: str) -> None:
    """Refuse a rewrite that is not exactly one SELECT (timing runs it read-only, alone).

    A rewrite that creates or changes tables would pass the judge (which sends writes to a
    throwaway copy) and then fail on the read-only timing connection; it is also not an
    optimisation of the query. SQL DuckDB cannot parse, and refused statements, are left to
    the judge, which answers with its usual verdict (parser message and dialect hint).
    """
    from pivotprep.sql.judge import connection_lock

    with connection_lock:  # one locked connection to a file at a time in this process
        con = safety.connect_read_only(path)
        try:
            try:
                statements = safety.classify(con, sql)
            except Exception:  # noqa: BLE001 - parse errors and refusals: the judge reports them
                return
        finally:
            con.close()
    if len(statements) != 1 or statements[0].kind != "SELECT":
        kinds = ", ".join(s.kind for s in statements)
        raise SqlQueryError(
            "A drill rewrite must be a single SELECT statement that returns the slow "
            f"query's rows (yours has {len(statements)} statement"
            f"{'s' if len(statements) != 1 else ''}: {kinds}). Use a CTE (WITH ...) "
            "instead of creating tables."
        )


def run_drill(
    problem: SqlProblem,
    sql: str,
    path: Path,
    *,
    size: str = "large",
    repeats: int = DEFAULT_REPEATS,
    required: float | None = None,
) -> DrillResult:
    """Judge `sql` against the drill's slow query on `path`, then time both."""
    assert problem.slow is not None, "run_drill needs a drill"
    check_single_select(path, sql)
    spec = replace(problem.spec(), reference=problem.slow, time_limit=problem.time_limit)
    verdict = judge(spec, path, sql)
    result = DrillResult(verdict, required if required is not None else problem.speedup or 1.0,
                         size)  # fmt: skip
    if verdict.passed:
        statements = sql.strip().rstrip(";")
        result.slow_ms, result.yours_ms = worker.call(
            time_pair, path, problem.slow.strip().rstrip(";"), statements,
            deadline=(2 * repeats + 1) * problem.time_limit + HARD_MARGIN,
            repeats=repeats, time_limit=problem.time_limit,
        )  # fmt: skip
    return result


SKIP_OPERATORS = {"RESULT_COLLECTOR", "EXPLAIN_ANALYZE"}
EXTRA_KEYS = ("Table", "Join Type", "Conditions", "Filters", "Groups", "Aggregates",
              "Projections", "Function")  # fmt: skip


def render_plan(profile: dict[str, Any]) -> str:
    """A compact text tree of DuckDB's JSON profile: operator, rows out, time, key details.

    Narrow enough to read two plans side by side; the heaviest operators stand out by
    their row counts and times."""
    query = profile.get("query", {})
    io = profile.get("io", {})
    lines = [
        f"total {query.get('total_time', 0.0) * 1000:.1f} ms, "
        f"{query.get('total_rows_scanned', 0):,} rows scanned, "
        f"{query.get('total_intermediate_rows', 0):,} intermediate rows, "
        f"{io.get('total_bytes_read', 0) / 1e6:.1f} MB read"
    ]

    def walk(node: dict[str, Any], depth: int) -> None:
        kind = node.get("type", "?")
        if kind in SKIP_OPERATORS:
            for child in node.get("children", []):
                walk(child, depth)
            return
        info = node.get("extra_info", {}) or {}
        details = []
        for key in EXTRA_KEYS:
            if key in info:
                value = info[key]
                text = ", ".join(value) if isinstance(value, list) else str(value)
                details.append(f"{key}: {text}"[:70])
        lines.append(
            f"{'  ' * depth}{kind}  {node.get('intermediate_rows', 0):,} rows  "
            f"{node.get('timing', 0.0) * 1000:.1f} ms"
        )
        lines.extend(f"{'  ' * depth}  | {d}" for d in details)
        for child in node.get("children", []):
            walk(child, depth + 1)

    for node in profile.get("operator", []):
        walk(node, 0)
    return "\n".join(lines)


def explain_analyze(path: Path, sql: str, *, time_limit: float = 120.0) -> str:
    """`EXPLAIN ANALYZE` of one SELECT on a locked read-only connection, as a compact tree.

    Runs in this process; `explain_in_worker` runs it in the capped worker."""
    import json

    with safety.read_only(path, threads=safety.cpu_threads()) as con:
        try:
            statements = safety.classify(con, sql)
        except UserError:
            raise
        except Exception as exc:  # noqa: BLE001 - DuckDB's parser message, not a traceback
            raise SqlQueryError(f"DuckDB: {str(exc).strip().splitlines()[0]}") from None
        if len(statements) != 1 or statements[0].kind != "SELECT":
            raise SqlQueryError("EXPLAIN ANALYZE needs exactly one SELECT statement.")
        query = statements[0].sql.strip().rstrip(";")
        with safety.time_limit(con, time_limit) as timer:
            try:
                rows = con.execute("EXPLAIN (ANALYZE, FORMAT json) " + query).fetchall()
            except Exception as exc:  # noqa: BLE001 - shown to the learner as a message
                if timer["fired"]:
                    raise SqlTimeoutError(
                        f"EXPLAIN ANALYZE ran longer than {time_limit:g} s and was cancelled."
                    ) from None
                if worker.is_out_of_memory(exc):
                    raise SqlMemoryError(worker.memory_message(), field="query") from None
                raise SqlQueryError(f"DuckDB: {str(exc).splitlines()[0]}") from None
        return render_plan(json.loads(rows[0][-1]))


def explain_in_worker(path: Path, sql: str, *, time_limit: float = 120.0) -> str:
    """`explain_analyze` run in the capped SQL worker process (`sql` is the learner's)."""
    return worker.call(  # type: ignore[no-any-return]
        explain_analyze, path, sql, deadline=time_limit + HARD_MARGIN, time_limit=time_limit
    )
