"""Optimisation drills: rewrite a slow but correct query to return the same rows N times faster.

The learner's query is first judged against the slow query's rows (same judge, same
tolerance). If the rows match, both queries are timed in the same run on the same dataset,
in interleaved pairs (slow then yours, yours then slow...) so that machine load hits both
alike; each pair gives a factor on CPU time, and the median factor is compared with the
drill's required one. A threshold within the spread of the pairs' factors is reported as
inconclusive (after as many pairs again), and a rewrite slower than the slow query is said
to be slower. `EXPLAIN ANALYZE` of both is kept
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

DEFAULT_REPEATS = 5  # interleaved pairs timed; an inconclusive result gets as many more
MORE_PAIRS_BUDGET_S = 60.0  # extra pairs are timed only if the first ones took less than this
TIMED_SIZE = "large"  # a drill passes only on this size: smaller data times too little


@dataclass
class DrillResult:
    """A drill run: the rows check, then interleaved timings of the slow query and the
    rewrite. Each pair (slow, yours) gives a factor; the verdict reads the median factor
    and the spread of the pairs' factors (their quartiles): a threshold inside that
    spread is an inconclusive margin, reported as such rather than as a pass or a fail.
    Factors use CPU time (the worker does nothing else while timing, so its CPU time is
    DuckDB's work, and other processes' load does not count); wall times are shown too."""

    verdict: Verdict  # your rows compared with the slow query's rows
    required: float
    size: str
    slow_ms: list[float] = field(default_factory=list)  # wall time of each run
    yours_ms: list[float] = field(default_factory=list)
    slow_cpu_ms: list[float] = field(default_factory=list)  # CPU time of each run
    yours_cpu_ms: list[float] = field(default_factory=list)

    @property
    def slow_median(self) -> float:
        return statistics.median(self.slow_ms) if self.slow_ms else 0.0

    @property
    def yours_median(self) -> float:
        return statistics.median(self.yours_ms) if self.yours_ms else 0.0

    def factors(self) -> list[float]:
        """slow / yours of each interleaved pair, on CPU time when it was measured."""
        slow, yours = (self.slow_cpu_ms, self.yours_cpu_ms) if self.yours_cpu_ms else (
            self.slow_ms, self.yours_ms)  # fmt: skip
        return [a / max(b, 0.01) for a, b in zip(slow, yours, strict=False)]

    @property
    def speedup(self) -> float:
        factors = self.factors()
        return statistics.median(factors) if factors else 0.0

    def spread(self) -> tuple[float, float]:
        """The lower and upper quartile of the pairs' factors (min and max below 4 pairs)."""
        factors = sorted(self.factors())
        if not factors:
            return 0.0, 0.0
        if len(factors) < 4:
            return factors[0], factors[-1]
        quartiles = statistics.quantiles(factors, n=4)
        return quartiles[0], quartiles[2]

    @property
    def inconclusive(self) -> bool:
        """The threshold lies within the spread of the factors: more (quieter) runs decide."""
        low, high = self.spread()
        return bool(self.yours_ms) and low < self.required <= high

    @property
    def fast_enough(self) -> bool:
        return bool(self.yours_ms) and self.speedup >= self.required and not self.inconclusive

    @property
    def timed(self) -> bool:
        """Whether the speed counts: only on the large data do timings mean much (a run on
        the small data checks the rows and shows the timing)."""
        return self.size == TIMED_SIZE

    @property
    def passed(self) -> bool:
        """The drill is passed: the slow query's rows, fast enough, on the large data."""
        return self.verdict.passed and self.fast_enough and self.timed

    def factor_text(self) -> str:
        """'3.2x faster', or '1.25x slower' for a rewrite slower than the slow query."""
        if self.speedup >= 1:
            return f"{self.speedup:.1f}x faster"
        return f"{1 / max(self.speedup, 1e-9):.2f}x slower"

    @property
    def message(self) -> str:
        if not self.verdict.passed:
            return f"Not the same rows as the slow query. {self.verdict.message}"
        low, high = self.spread()
        if self.inconclusive:
            verdict = "Inconclusive: too close to call"
        elif self.fast_enough:
            verdict = "Passed"
        else:
            verdict = "Same rows, but not fast enough"
        return (
            f"{verdict}: {self.factor_text()} (CPU-time factor, median of {len(self.yours_ms)} "
            f"interleaved pairs, spread {low:.1f}x-{high:.1f}x; wall median {self.yours_median:.0f}"
            f" ms vs {self.slow_median:.0f} ms on the {self.size} data); the drill asks for "
            f"{self.required:g}x."
            + (" Run it again, on a quieter machine if you can." if self.inconclusive else "")
        )

    def _speed_case(self) -> CaseResult:
        if not self.timed:
            status, why = Status.ERROR, f"not timed: the speed counts on the {TIMED_SIZE} data"
        elif self.inconclusive:
            status, why = Status.ERROR, self.message
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
        low, high = self.spread()
        out.update(
            drill=True,
            size=self.size,
            slow_ms=round(self.slow_median, 1),
            yours_ms=round(self.yours_median, 1),
            speedup=round(self.speedup, 2),
            spread=[round(low, 2), round(high, 2)],
            inconclusive=self.inconclusive,
            required=self.required,
            message=self.message,
        )
        return out


def _timed(con: Any, sql: str, time_limit: float) -> tuple[float, float]:
    """(wall ms, CPU ms) to run `sql` and fetch its rows; any failure becomes a message.

    The CPU time is this process's (every DuckDB thread's), measured in the worker, which
    runs nothing else meanwhile."""
    with safety.time_limit(con, time_limit) as timer:
        started, cpu = time.perf_counter(), time.process_time()
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
        return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


Timings = tuple[list[float], list[float], list[float], list[float]]


def time_pair(path: Path, slow: str, yours: str, *, repeats: int, time_limit: float) -> Timings:
    """Run slow and yours alternately `repeats` times on one locked connection:
    (slow wall ms, yours wall ms, slow CPU ms, yours CPU ms). The order inside each pair
    alternates too (slow first, then yours first), so neither query always runs on the
    caches the other warmed.

    Runs in this process; `run_drill` runs it in the capped worker."""
    with safety.read_only(path, threads=safety.cpu_threads()) as con:
        _timed(con, slow, time_limit)  # warm the file cache for both alike
        _timed(con, yours, time_limit)
        out: Timings = ([], [], [], [])
        for k in range(repeats):
            order = ((0, slow), (1, yours)) if k % 2 == 0 else ((1, yours), (0, slow))
            for side, sql in order:
                wall, cpu = _timed(con, sql, time_limit)
                out[side].append(wall)
                out[2 + side].append(cpu)
        return out


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
        _time_in_worker(result, path, problem, sql.strip().rstrip(";"), repeats)
        if result.inconclusive and sum(result.slow_ms + result.yours_ms) / 1000 < (
            MORE_PAIRS_BUDGET_S
        ):  # a margin too close to call: as many pairs again, medians over all of them
            _time_in_worker(result, path, problem, sql.strip().rstrip(";"), repeats)
    return result


def _time_in_worker(
    result: DrillResult, path: Path, problem: SqlProblem, sql: str, repeats: int
) -> None:
    """Time `repeats` more interleaved pairs in the capped worker; add them to `result`."""
    assert problem.slow is not None
    timings = worker.call(
        time_pair, path, problem.slow.strip().rstrip(";"), sql,
        deadline=(2 * repeats + 2) * problem.time_limit + HARD_MARGIN,
        repeats=repeats, time_limit=problem.time_limit,
    )  # fmt: skip
    for target, values in zip(
        (result.slow_ms, result.yours_ms, result.slow_cpu_ms, result.yours_cpu_ms),
        timings,
        strict=True,
    ):
        target.extend(values)


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
