"""Comparing result sets (sql/comparison.py): order, tolerance, NULLs, counts, the diff."""

from __future__ import annotations

from pivotprep.sql.comparison import DiffRow, ResultSet, compare


def rs(columns: list[str], rows: list[tuple]) -> ResultSet:
    return ResultSet(columns, rows, 0.0)


def test_row_order_is_ignored_unless_the_problem_needs_it() -> None:
    expected = rs(["a", "b"], [(1, "x"), (2, "y")])
    mine = rs(["a", "b"], [(2, "y"), (1, "x")])
    assert compare(expected, mine, ordered=False, tolerance=1e-6)[0]
    ok, message, diff = compare(expected, mine, ordered=True, tolerance=1e-6)
    assert not ok and "Row 1 differs" in message
    assert diff[0] == DiffRow("expected", 1, (1, "x"))


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
    assert [(d.side, d.row) for d in diff] == [("extra", (3, 4))]


def test_unordered_floats_within_tolerance_match_across_a_rounding_boundary() -> None:
    expected = rs(["a", "x"], [(1, 0.1234549999999), (2, 5.0)])
    mine = rs(["a", "x"], [(2, 5.0), (1, 0.1234550000001)])
    assert compare(expected, mine, ordered=False, tolerance=1e-6)[0]
    ok, message, diff = compare(expected, rs(["a", "x"], [(2, 5.0), (1, 0.1235)]),
                                ordered=False, tolerance=1e-6)  # fmt: skip
    assert not ok and "some values differ" in message
    assert [d.side for d in diff] == ["missing", "extra"]


def test_many_unordered_leftovers_still_match_their_neighbours(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.sql import comparison

    monkeypatch.setattr(comparison, "PAIRWISE_LIMIT", 0)  # force the key-order merge
    expected = rs(["a", "x"], [(i, 0.1234549999999 + i) for i in range(20)] + [(99, 1.0)])
    mine = rs(["a", "x"], [(i, 0.1234550000001 + i) for i in range(20)] + [(99, 2.0)])
    ok, _, diff = compare(expected, mine, ordered=False, tolerance=1e-6)
    assert not ok
    assert diff == [DiffRow("missing", 21, (99, 1.0)), DiffRow("extra", 21, (99, 2.0))]


def test_struct_map_and_mixed_list_columns_compare_without_crashing() -> None:
    """STRUCT and MAP values come back as dicts, lists may mix NULLs and numbers: the
    verdict is a comparison, never a TypeError (a 500 on the web)."""

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


def test_swapped_columns_are_detected_and_named() -> None:
    expected = rs(["category", "revenue"], [("books", 10.5), ("toys", 3.0), ("home", 7.25)])
    mine = rs(["revenue", "category"], [(3.0, "toys"), (7.25, "home"), (10.5, "books")])
    for ordered in (False, True):
        mine_rows = mine if not ordered else rs(mine.columns, [(10.5, "books"), (3.0, "toys"),
                                                               (7.25, "home")])  # fmt: skip
        ok, message, diff = compare(expected, mine_rows, ordered=ordered, tolerance=1e-6)
        assert not ok and diff == []
        assert "Your columns are (revenue, category); expected (category, revenue)" in message


def test_renamed_and_swapped_columns_are_found_by_their_values() -> None:
    expected = rs(["city", "orders"], [("berlin", 4), ("paris", 2)])
    mine = rs(["n", "place"], [(2, "paris"), (4, "berlin")])
    ok, message, _ = compare(expected, mine, ordered=False, tolerance=0)
    assert not ok and "Your columns are (n, place); expected (city, orders)" in message
    assert "(place, n)" in message


def test_same_names_in_another_order_are_said_even_when_values_differ() -> None:
    expected = rs(["a", "b"], [(1, 2)])
    ok, message, _ = compare(expected, rs(["b", "a"], [(5, 1)]), ordered=False, tolerance=0)
    assert not ok and "Your columns are (b, a); expected (a, b)" in message


def test_a_text_value_against_a_number_names_both_types() -> None:
    from decimal import Decimal

    expected = ResultSet(["month", "revenue"], [("2024-01", Decimal("660.00"))], 0.0,
                         ["VARCHAR", "DECIMAL(12,2)"])  # fmt: skip
    mine = ResultSet(["month", "revenue"], [("2024-01", "660.00")], 0.0, ["VARCHAR", "VARCHAR"])
    ok, message, diff = compare(expected, mine, ordered=False, tolerance=1e-6)
    assert not ok and diff
    assert "Column 2 (revenue) is VARCHAR in yours (text, e.g. '660.00')" in message
    assert "DECIMAL(12,2) in the expected rows (a number, e.g. 660.00)" in message
    # without DuckDB's types (a hand-made result), the Python types are named
    ok, message, _ = compare(rs(["v"], [(1,)]), rs(["v"], [("1",)]), ordered=True, tolerance=0)
    assert "is str in yours" in message and "int in the expected rows" in message


def test_values_swapped_under_the_right_names_keep_the_diff() -> None:
    expected = rs(["new", "referrer"], [("ana", "ben"), ("chloe", "dmitri")])
    mine = rs(["new", "referrer"], [("ben", "ana"), ("dmitri", "chloe")])
    ok, message, diff = compare(expected, mine, ordered=False, tolerance=0)
    assert not ok and diff
    assert "expected names (new, referrer), but their values belong" in message
    assert "(referrer, new)" in message
