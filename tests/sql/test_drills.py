"""Drills on the small data: the rewrite must return the slow query's rows; both are timed in
the same run (the factor itself is checked on the large data by the CLI, web and bench)."""

from __future__ import annotations

from pathlib import Path

from pivotprep.sql.drills import explain_analyze, run_drill
from pivotprep.sql.problems import load_packs


def test_every_drill_rewrite_matches_the_slow_rows_and_is_timed(small: dict[str, Path]) -> None:
    drills = [p for p in load_packs().values() if p.is_drill]
    for drill in drills:
        result = run_drill(drill, drill.reference, small[drill.dataset], size="small",
                           repeats=1, required=1.0)  # fmt: skip
        assert result.verdict.passed, (drill.id, result.verdict.message)
        assert len(result.slow_ms) == 1 and len(result.yours_ms) == 1
        assert "faster" in result.message or "slower" in result.message
        assert result.summary()["drill"] is True and len(result.yours_cpu_ms) == 1


def test_a_wrong_rewrite_is_not_timed(small: dict[str, Path]) -> None:
    drill = load_packs()["sql-drill-rank-without-correlation"]
    wrong = next(iter(drill.wrongs.values()))
    result = run_drill(drill, wrong, small[drill.dataset], size="small", repeats=1)
    assert not result.passed and not result.yours_ms
    assert result.message.startswith("Not the same rows")


def test_explain_analyze_shows_the_plan(small: dict[str, Path]) -> None:
    drill = load_packs()["sql-drill-one-scan-not-twelve"]
    plan = explain_analyze(small["app"], drill.reference)
    assert plan.startswith("total ") and "HASH_GROUP_BY" in plan and "rows scanned" in plan
    assert "Table: " in plan


def test_a_rewrite_that_writes_data_is_refused_before_judging(small: dict[str, Path]) -> None:
    import pytest

    from pivotprep.sql.judge import SqlQueryError

    drill = load_packs()["sql-drill-number-orders-with-a-window"]
    sneaky = f"CREATE TABLE keep AS SELECT 1; {drill.reference}"
    with pytest.raises(SqlQueryError, match="single SELECT statement"):
        run_drill(drill, sneaky, small[drill.dataset], size="small", repeats=1)


def test_a_failure_while_timing_is_a_message_not_a_traceback(small: dict[str, Path]) -> None:
    import pytest

    from pivotprep.sql.drills import time_pair
    from pivotprep.sql.judge import SqlQueryError

    with pytest.raises(SqlQueryError, match="while timing the drill"):
        time_pair(small["shop"], "SELECT 1", "SELECT * FROM no_such_table", repeats=1,
                  time_limit=10)  # fmt: skip


def _result(slow: list[float], yours: list[float], required: float = 2.0):  # type: ignore[no-untyped-def]
    from pivotprep.core.judging import Status
    from pivotprep.sql.drills import DrillResult
    from pivotprep.sql.judge import Verdict

    verdict = Verdict(Status.PASS, "Correct", problem="sql-drill-x")
    return DrillResult(verdict, required, "large", slow_ms=slow, yours_ms=yours,
                       slow_cpu_ms=slow, yours_cpu_ms=yours)  # fmt: skip


def test_a_slower_rewrite_is_said_to_be_slower() -> None:
    result = _result([100, 100, 100, 100, 100], [125, 125, 125, 125, 125])
    assert "1.25x slower" in result.message and "faster" not in result.message
    assert not result.passed and not result.inconclusive


def test_factors_are_medians_of_interleaved_pairs_and_a_close_call_is_inconclusive() -> None:
    clear = _result([400, 410, 390, 405, 395], [100, 102, 98, 101, 99])
    assert clear.passed and clear.speedup == 4.0 and clear.message.startswith("Passed")
    # the pairs' factors straddle the required 2x: neither a pass nor a fail
    close = _result([200, 260, 180, 240, 150], [100, 100, 100, 100, 100])
    assert close.inconclusive and not close.passed and not close.fast_enough
    assert close.message.startswith("Inconclusive") and "Run it again" in close.message
    assert close.outcome().tests[1].status == "error"
    assert close.summary()["inconclusive"] is True
    # one noisy pair does not move the verdict: the median and quartiles ignore it
    noisy = _result([400, 400, 400, 400, 90], [100, 100, 100, 100, 100])
    assert noisy.passed and not noisy.inconclusive
