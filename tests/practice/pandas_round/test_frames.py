"""The DataFrame comparison: each rule of a problem's `frame:` block, and the words used."""

from __future__ import annotations

from pivotprep.practice.judge import frames
from pivotprep.practice.problems import FrameRules


def frame(columns, rows, dtypes=None, index=None):
    dtypes = dtypes or ["int64"] * len(columns)
    labels = list(range(len(rows))) if index is None else index
    return {
        "__frame__": {
            "columns": columns,
            "dtypes": dtypes,
            "index": {"name": None, "dtype": "int64", "values": labels},
            "rows": rows,
        }
    }


STRICT = FrameRules(row_order=True, index=True, dtypes=True, column_order=True)
LOOSE = FrameRules(row_order=False, index=False, dtypes=False, column_order=False)


def test_an_equal_frame_matches():
    value = frame(["a", "b"], [[1, 2], [3, 4]])
    assert frames.compare(value, value, STRICT) is None


def test_swapped_columns_are_named_or_accepted_by_the_rule():
    expected = frame(["category", "revenue"], [[1, 2]])
    actual = frame(["revenue", "category"], [[2, 1]])
    message = frames.compare(expected, actual, STRICT)
    assert message == "your columns are ('revenue', 'category'); expected ('category', 'revenue')"
    assert frames.compare(expected, actual, LOOSE) is None


def test_missing_and_extra_columns_are_listed():
    message = frames.compare(frame(["a", "b"], [[1, 2]]), frame(["a", "c"], [[1, 2]]), STRICT)
    assert "missing column(s) ['b']" in message and "unexpected column(s) ['c']" in message


def test_a_float_where_an_integer_was_expected_is_named_with_both_types():
    expected = frame(["total"], [[3]], ["int64"])
    actual = frame(["total"], [[3.0]], ["float64"])
    assert frames.compare(expected, actual, STRICT) == (
        "column 'total' is float (float64); expected integer (int64)"
    )
    assert frames.compare(expected, actual, LOOSE) is None


def test_bit_width_and_string_storage_do_not_count_as_a_different_kind():
    assert frames.kind("int32") == frames.kind("Int64") == "integer"
    assert frames.kind("object") == frames.kind("str") == frames.kind("string") == "text"


def test_row_order_rule():
    expected = frame(["a"], [[1], [2]])
    actual = frame(["a"], [[2], [1]])
    assert frames.compare(expected, actual, STRICT).startswith("row 0 (index 0) differs")
    assert frames.compare(expected, actual, LOOSE) is None


def test_index_rule():
    expected = frame(["a"], [[1]], index=[0])
    actual = frame(["a"], [[1]], index=[7])
    assert frames.compare(expected, actual, STRICT) == "index label 0 is 7; expected 0"
    assert frames.compare(expected, actual, LOOSE) is None


def test_floats_within_tolerance_and_missing_values():
    expected = frame(["x"], [[0.1 + 0.2], [None]], ["float64"])
    actual = frame(["x"], [[0.3], [None]], ["float64"])
    assert frames.compare(expected, actual, STRICT) is None
    far = frame(["x"], [[0.31], [None]], ["float64"])
    assert "'x': expected 0.30000000000000004, got 0.31" in frames.compare(expected, far, STRICT)


def test_row_count_and_shape_mismatch():
    assert frames.compare(frame(["a"], [[1]]), frame(["a"], []), STRICT) == "0 row(s); expected 1"
    series = {"__series__": {"name": "a", "dtype": "int64", "index": None, "values": [1]}}
    assert frames.compare(frame(["a"], [[1]]), series, STRICT) == (
        "expected a DataFrame, got a Series"
    )
    message = frames.compare(frame(["a"], [[1]]), [1], STRICT)
    assert message == "expected a DataFrame, got a list ([1])"


def test_a_series_compares_by_values_and_index():
    def series(values, labels):
        index = {"name": "size", "dtype": "str", "values": labels}
        return {"__series__": {"name": "n", "dtype": "int64", "index": index, "values": values}}

    assert frames.compare(series([1, 2], ["S", "M"]), series([1, 2], ["S", "M"]), STRICT) is None
    assert frames.compare(series([1, 2], ["S", "M"]), series([1, 2], ["M", "S"]), STRICT) == (
        'index label 0 is "M"; expected "S"'
    )
