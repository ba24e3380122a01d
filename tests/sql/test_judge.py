"""The result-set judge: comparison rules, diffs, limits, and throwaway copies for writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pivotprep.sql import datasets
from pivotprep.sql.judge import ResultSet, SqlSpec, compare, judge
from pivotprep.sql.problems import get_sql_problem


def rs(columns: list[str], rows: list[tuple]) -> ResultSet:
    return ResultSet(columns, rows, 0.0)


def test_row_order_is_ignored_unless_the_problem_needs_it() -> None:
    expected = rs(["a", "b"], [(1, "x"), (2, "y")])
    mine = rs(["a", "b"], [(2, "y"), (1, "x")])
    assert compare(expected, mine, ordered=False, tolerance=1e-6)[0]
    ok, message, diff = compare(expected, mine, ordered=True, tolerance=1e-6)
    assert not ok and "Row 1 differs" in message
    assert diff[0] == {"side": "expected", "index": 1, "row": (1, "x")}


def test_floats_within_tolerance_and_nulls_are_equal() -> None:
    from decimal import Decimal

    expected = rs(["v", "n"], [(Decimal("1.10"), None), (2.0, 3)])
    mine = rs(["value", "note"], [(1.1000000001, None), (2, 3)])
    assert compare(expected, mine, ordered=False, tolerance=1e-6)[0]
    assert not compare(expected, rs(["v", "n"], [(1.2, None), (2.0, 3)]), ordered=False,
                       tolerance=1e-6)[0]  # fmt: skip
    assert not compare(expected, rs(["v", "n"], [(1.1, 0), (2.0, 3)]), ordered=False,
                       tolerance=1e-6)[0]  # fmt: skip


def test_column_and_row_count_mismatches_are_named() -> None:
    expected = rs(["a", "b"], [(1, 2), (3, 4)])
    ok, message, _ = compare(expected, rs(["a"], [(1,), (3,)]), ordered=False, tolerance=0)
    assert not ok and "Expected 2 columns" in message
    ok, message, diff = compare(expected, rs(["a", "b"], [(1, 2), (3, 4), (3, 4)]),
                                ordered=False, tolerance=0)  # fmt: skip
    assert not ok and "Expected 2 rows, your query returned 3 (more)" in message
    assert [(d["side"], d["row"]) for d in diff] == [("extra", (3, 4))]


def test_reference_passes_and_a_wrong_query_gets_the_first_differing_rows(
    small: dict[str, Path],
) -> None:
    problem = get_sql_problem("sql-customers-never-ordered")
    path = small["shop"]
    assert judge(problem.spec(), path, problem.reference).passed
    wrong = "SELECT customer_id, full_name FROM customers WHERE customer_id > 390"
    verdict = judge(problem.spec(), path, wrong)
    assert verdict.status == "wrong"
    assert {d["side"] for d in verdict.diff} <= {"missing", "extra"} and verdict.diff
    assert verdict.summary()["diff"][0]["row"]


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


def test_unordered_floats_within_tolerance_match_across_a_rounding_boundary() -> None:
    expected = rs(["a", "x"], [(1, 0.1234549999999), (2, 5.0)])
    mine = rs(["a", "x"], [(2, 5.0), (1, 0.1234550000001)])
    assert compare(expected, mine, ordered=False, tolerance=1e-6)[0]
    ok, message, diff = compare(expected, rs(["a", "x"], [(2, 5.0), (1, 0.1235)]),
                                ordered=False, tolerance=1e-6)  # fmt: skip
    assert not ok and "some values differ" in message
    assert [d["side"] for d in diff] == ["missing", "extra"]


def test_many_unordered_leftovers_still_match_their_neighbours(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.sql import judge as judge_module

    monkeypatch.setattr(judge_module, "PAIRWISE_LIMIT", 0)  # force the key-order merge
    expected = rs(["a", "x"], [(i, 0.1234549999999 + i) for i in range(20)] + [(99, 1.0)])
    mine = rs(["a", "x"], [(i, 0.1234550000001 + i) for i in range(20)] + [(99, 2.0)])
    ok, _, diff = compare(expected, mine, ordered=False, tolerance=1e-6)
    assert not ok
    assert diff == [{"side": "missing", "index": 21, "row": (99, 1.0)},
                    {"side": "extra", "index": 21, "row": (99, 2.0)}]  # fmt: skip


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


def test_struct_map_and_mixed_list_columns_compare_without_crashing() -> None:
    """STRUCT and MAP values come back as dicts, lists may mix NULLs and numbers: the
    verdict is a comparison, never a TypeError (a 500 on the web)."""
    from pivotprep.sql.judge import ResultSet, compare

    def one(value: object) -> ResultSet:
        return ResultSet(["s"], [(value,)], 0)

    same, _, _ = compare(one({"a": 1}), one({"a": 2}), ordered=False, tolerance=1e-6)
    assert not same
    same, _, _ = compare(one({"b": 2, "a": 1}), one({"a": 1, "b": 2}), ordered=False,
                         tolerance=1e-6)  # fmt: skip
    assert same
    mixed = ResultSet(["l"], [([None, 1],), ([1, 2],)], 0)
    same, _, _ = compare(mixed, ResultSet(["l"], [([1, 2],), ([None, 1],)], 0), ordered=False,
                         tolerance=1e-6)  # fmt: skip
    assert same
