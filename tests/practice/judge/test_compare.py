"""Value comparison (practice/judge/compare.py): strict about types, tolerant about floats
when the problem says so, and a diff that names the first difference. Pure."""

from __future__ import annotations

from pivotprep.practice.judge import compare


def test_equal_is_strict_about_bools_and_tolerant_about_floats():
    assert compare.equal(3, 3.0)
    assert not compare.equal(1, True)
    assert not compare.equal(0.1 + 0.2, 0.3)
    assert compare.equal(0.1 + 0.2, 0.3, tolerance=1e-9)
    assert compare.matches([[2, 1], [3]], [[3], [2, 1]], order_insensitive=True)
    assert not compare.matches([[2, 1], [3]], [[3], [2, 1]])


def test_diff_names_the_first_difference():
    text = compare.diff({"a": [1, 2]}, {"a": [1, 5]})
    assert "at ['a'][1]: expected 2, got 5" in text
    assert "has 1 item(s), expected 2" in compare.diff([1, 2], [1])
