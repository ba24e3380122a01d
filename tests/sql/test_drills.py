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
        assert "faster" in result.message and result.summary()["drill"] is True


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
