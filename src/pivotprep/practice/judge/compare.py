"""Compare a case's actual result (decoded from the child) with its expected value.

The parent decides every verdict here; the child only ever reports raw values. Booleans
never equal numbers, ints equal floats of the same value, floats use `float_tolerance`
(absolute or relative) when the problem sets one, and `order_insensitive` sorts the top
level of both lists by a canonical key before comparing; `order_insensitive: nested` sorts
every list at every depth (groups of anagrams, where neither the groups nor the words in a
group have an order).
"""

from __future__ import annotations

import json
import math
from typing import Any

SHOW = 400


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def equal(expected: Any, actual: Any, tolerance: float | None = None) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        if tolerance and (isinstance(expected, float) or isinstance(actual, float)):
            return math.isclose(expected, actual, rel_tol=tolerance, abs_tol=tolerance)
        return expected == actual
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            equal(e, a, tolerance) for e, a in zip(expected, actual, strict=True)
        )
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            equal(expected[k], actual[k], tolerance) for k in expected
        )
    return type(expected) is type(actual) and expected == actual


def unordered(value: Any, depth: int = 0) -> Any:
    """`value` with every list, at every depth, sorted by a canonical key (inner lists are
    sorted first, so `[[2, 1], [3]]` and `[[3], [1, 2]]` become the same value)."""
    if depth > 200:  # the child's encoder stops at this depth too
        return value
    if isinstance(value, list):
        return sorted((unordered(item, depth + 1) for item in value), key=canonical)
    if isinstance(value, dict):
        return {key: unordered(item, depth + 1) for key, item in value.items()}
    return value


def matches(
    expected: Any,
    actual: Any,
    *,
    tolerance: float | None = None,
    order_insensitive: bool | str = False,
) -> bool:
    """Whether `actual` is right: `order_insensitive` True ignores the order of the top
    list, "nested" the order of every list."""
    if order_insensitive == "nested":
        return equal(unordered(expected), unordered(actual), tolerance)
    if order_insensitive and isinstance(expected, list) and isinstance(actual, list):
        expected = sorted(expected, key=canonical)
        actual = sorted(actual, key=canonical)
    return equal(expected, actual, tolerance)


def show(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= SHOW else text[: SHOW - 3] + "..."


def first_difference(expected: Any, actual: Any, path: str = "") -> str | None:
    """Where two values first differ, as a readable sentence (None if not found)."""
    if isinstance(expected, list) and isinstance(actual, list):
        size = ""
        if len(expected) != len(actual):
            size = f"{path or 'the list'} has {len(actual)} item(s), expected {len(expected)}"
        for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
            if not equal(e, a):
                where = first_difference(e, a, f"{path}[{i}]") or (
                    f"at {path}[{i}]: expected {show(e)}, got {show(a)}"
                )
                return f"{size}; first difference {where}" if size else where
        return size or None
    if isinstance(expected, dict) and isinstance(actual, dict):
        missing = sorted(set(expected) - set(actual))
        extra = sorted(set(actual) - set(expected))
        if missing:
            return f"{path or 'the result'} is missing key(s) {missing}"
        if extra:
            return f"{path or 'the result'} has unexpected key(s) {extra}"
        for key in expected:
            if not equal(expected[key], actual[key]):
                return first_difference(expected[key], actual[key], f"{path}[{key!r}]") or (
                    f"at {path}[{key!r}]: expected {show(expected[key])}, got {show(actual[key])}"
                )
        return None
    if path:
        return f"at {path}: expected {show(expected)}, got {show(actual)}"
    if isinstance(actual, dict) and "__repr__" in actual:
        return f"expected {show(expected)}, got a {actual['__repr__']} (not a JSON value)"
    if type(expected) is not type(actual) and expected is not None:
        return (
            f"expected a {type(expected).__name__} ({show(expected)}), "
            f"got a {type(actual).__name__} ({show(actual)})"
        )
    return None


def diff(expected: Any, actual: Any) -> str:
    """A short, readable wrong-answer message."""
    lines = [f"expected: {show(expected)}", f"     got: {show(actual)}"]
    where = first_difference(expected, actual)
    if where:
        lines.append(where)
    return "\n".join(lines)
