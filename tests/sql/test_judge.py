"""The result-set judge: comparison rules, diffs, limits, and throwaway copies for writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pivotprep.sql import datasets
from pivotprep.sql.judge import SqlSpec, judge
from pivotprep.sql.problems import get_sql_problem


def test_reference_passes_and_a_wrong_query_gets_the_first_differing_rows(
    small: dict[str, Path],
) -> None:
    problem = get_sql_problem("sql-customers-never-ordered")
    path = small["shop"]
    assert judge(problem.spec(), path, problem.reference).passed
    wrong = "SELECT customer_id, full_name FROM customers WHERE customer_id > 390"
    verdict = judge(problem.spec(), path, wrong)
    assert verdict.status == "wrong"
    assert {d.side for d in verdict.diff} <= {"missing", "extra"} and verdict.diff
    assert verdict.summary()["diff"][0]["row"]
    outcome = verdict.outcome()  # the shared vocabulary: one case, the query's rows
    assert outcome.judge == "sql" and outcome.status == "wrong" and not outcome.passed
    assert [case.name for case in outcome.tests] == ["result"]
    assert verdict.summary()["judge"] == "sql" and verdict.summary()["counts"] == {"wrong": 1}


def test_row_limit_applies(small: dict[str, Path]) -> None:
    spec = SqlSpec(id="t-limit", dataset="shop", reference="SELECT 1", row_limit=50)
    verdict = judge(spec, small["shop"], "SELECT * FROM orders")
    assert verdict.status == "error" and "more than 50 rows" in verdict.message


def test_queries_that_change_data_run_on_a_throwaway_copy(small: dict[str, Path]) -> None:
    path = small["shop"]
    before = datasets.checksum(path)
    spec = SqlSpec(id="t-write", dataset="shop", reference="SELECT count(*) FROM orders")
    verdict = judge(spec, path, "DELETE FROM orders WHERE status = 'cancelled'; "
                                "SELECT count(*) FROM orders")  # fmt: skip
    assert verdict.status == "wrong"  # the copy lost its cancelled orders
    assert datasets.checksum(path) == before


def test_mutation_problem_is_graded_by_its_check_query(small: dict[str, Path]) -> None:
    problem = get_sql_problem("sql-delete-double-payments")
    path = small["shop"]
    before = datasets.checksum(path)
    assert judge(problem.spec(), path, problem.reference).passed
    verdict = judge(problem.spec(), path, "DELETE FROM payments WHERE status = 'failed'")
    assert not verdict.passed
    assert datasets.checksum(path) == before


@pytest.mark.parametrize(
    "query",
    [
        "SELECT now() AS t",
        "SELECT TIMESTAMPTZ '2024-03-01 10:00:00+02' AS t",
        "SELECT {'at': now()} AS s",  # nested: a STRUCT field
        "SELECT [now(), now()] AS l",  # nested: a LIST
        "SELECT 1 AS n, MAP([1], [now()]) AS m",
    ],
)
def test_time_zone_results_get_a_clear_message(small: dict[str, Path], query: str) -> None:
    """On DuckDB 1 (with or without pytz) and DuckDB 2 alike: the value would depend on the
    machine's time zone, so it is refused with a way out."""
    spec = SqlSpec(id="t-tz", dataset="shop", reference="SELECT 1")
    verdict = judge(spec, small["shop"], query)
    assert verdict.status == "error" and "cast them to TIMESTAMP" in verdict.message


def test_time_zone_values_cast_to_timestamp_are_judged(small: dict[str, Path]) -> None:
    spec = SqlSpec(id="t-tz", dataset="shop", reference="SELECT true AS ok")
    verdict = judge(spec, small["shop"], "SELECT now()::TIMESTAMP <= now()::TIMESTAMP AS ok")
    assert verdict.passed, verdict.message
    named = judge(spec, small["shop"], "SELECT {'TIMESTAMP WITH TIME ZONE': 1} AS s")
    assert named.status == "wrong"  # a field named like the type is not a zoned value


@pytest.mark.parametrize("query", ["", "   ", "-- only a comment"])
def test_empty_queries_get_a_clear_message(small: dict[str, Path], query: str) -> None:
    problem = get_sql_problem("sql-referral-pairs")
    verdict = judge(problem.spec(), small["shop"], query)
    assert not verdict.passed and "empty" in verdict.message


def test_a_result_over_the_byte_budget_stops_with_a_message(
    small: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pivotprep.sql import judge as judge_module

    monkeypatch.setattr(judge_module, "RESULT_BYTE_LIMIT", 20_000)
    spec = SqlSpec(id="t-bytes", dataset="hr", reference="SELECT 1")
    verdict = judge(spec, small["hr"], "SELECT repeat('x', 1000), 1 FROM range(100)")
    assert verdict.status == "error"
    assert "larger than 0.02 MB" in verdict.message and "fewer or shorter values" in verdict.message
    # under the budget, the same shape of query is judged as usual
    assert judge(spec, small["hr"], "SELECT 1").passed


def test_the_judge_names_swapped_columns_and_a_text_number(small: dict[str, Path]) -> None:
    problem = get_sql_problem("sql-revenue-by-category")
    reference = problem.reference.strip().rstrip(";")
    swapped = f"SELECT revenue, category FROM ({reference})"
    verdict = judge(problem.spec(), small["shop"], swapped)
    assert verdict.status == "wrong" and not verdict.diff
    assert "Your columns are (revenue, category); expected (category, revenue)" in verdict.message
    as_text = f"SELECT category, revenue::VARCHAR AS revenue FROM ({reference})"
    verdict = judge(problem.spec(), small["shop"], as_text)
    assert verdict.status == "wrong"
    assert "is VARCHAR in yours" in verdict.message and "DECIMAL" in verdict.message


def test_an_ordered_problem_needs_the_order_asked_for(small: dict[str, Path]) -> None:
    """Rows in the right order by luck (DuckDB keeps the VALUES order) are not enough: the
    final query must ask for that order. An ORDER BY inside a subquery promises nothing
    about the outer rows; a single row needs no order."""
    rows = "(VALUES (1, 'a'), (2, 'b'), (3, 'c')) t(n, s)"
    spec = SqlSpec(id="t-order", dataset="shop", reference=f"SELECT * FROM {rows} ORDER BY n",
                   ordered=True)  # fmt: skip
    path = small["shop"]
    lucky = judge(spec, path, f"SELECT * FROM {rows}")
    assert lucky.status == "wrong" and "does not end with an ORDER BY" in lucky.message
    inner = judge(spec, path, f"SELECT * FROM (SELECT * FROM {rows} ORDER BY n) x")
    assert inner.status == "wrong" and "ORDER BY" in inner.message
    assert judge(spec, path, f"WITH r AS (SELECT * FROM {rows}) SELECT * FROM r ORDER BY 1").passed
    union = "SELECT 1 AS n, 'a' AS s UNION ALL SELECT 2, 'b' UNION ALL SELECT 3, 'c' ORDER BY n"
    assert judge(spec, path, union).passed
    one = SqlSpec(id="t-one", dataset="shop", reference="SELECT 1 ORDER BY 1", ordered=True)
    assert judge(one, path, "SELECT 1").passed
    unordered = SqlSpec(id="t-any", dataset="shop", reference=f"SELECT * FROM {rows} ORDER BY n")
    assert judge(unordered, path, f"SELECT * FROM {rows}").passed
