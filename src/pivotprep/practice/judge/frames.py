"""Compare a returned DataFrame or Series with the expected one, under the problem's rules.

The child encodes pandas values as tagged JSON (harness.from_pandas: columns, a dtype per
column, the index, rows of plain values), so the parent compares without importing pandas.
The rules (problems.FrameRules) are explicit and stated per problem: row order, index,
dtypes (by kind: an int64 answer where float64 was expected is a real mistake, int32 against
int64 is not), column order. Each mismatch is said in words that name the columns and the
kinds ("column 'total' is float (float64); expected integer (int64)").
"""

from __future__ import annotations

import json
import math
from typing import Any, Protocol

FRAME, SERIES = "__frame__", "__series__"
TOLERANCE = 1e-9  # float cells: sums in another order differ in the last bits


class Rules(Protocol):
    """The comparison rules (problems.FrameRules), read-only."""

    @property
    def row_order(self) -> bool: ...
    @property
    def index(self) -> bool: ...
    @property
    def dtypes(self) -> bool: ...
    @property
    def column_order(self) -> bool: ...


def is_pandas(value: Any) -> bool:
    """Whether `value` is a tagged DataFrame or Series."""
    return isinstance(value, dict) and len(value) == 1 and (FRAME in value or SERIES in value)


def kind(dtype: str) -> str:
    """The kind a dtype belongs to: what a learner can get wrong, not the bit width."""
    name = dtype.lower()
    for prefix, label in (
        ("int", "integer"),
        ("uint", "integer"),
        ("float", "float"),
        ("bool", "boolean"),
        ("datetime", "datetime"),
        ("timedelta", "duration"),
        ("category", "category"),
    ):
        if name.startswith(prefix):
            return label
    return "text" if name in ("object", "str", "string") or name.startswith("string") else name


def _cell_equal(expected: Any, actual: Any, tolerance: float) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(expected, actual, rel_tol=tolerance, abs_tol=tolerance)
    return bool(expected == actual)


def _show(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 200 else text[:197] + "..."


def _what(value: Any) -> str:
    if isinstance(value, dict) and FRAME in value:
        return "a DataFrame"
    if isinstance(value, dict) and SERIES in value:
        return "a Series"
    if isinstance(value, dict) and "__repr__" in value:
        return str(value["__repr__"])
    return f"a {type(value).__name__} ({_show(value)})"


def _as_frame(value: dict[str, Any]) -> dict[str, Any]:
    """A Series as a one-column frame, so one comparison serves both."""
    if FRAME in value:
        return dict(value[FRAME])
    body = value[SERIES]
    return {
        "columns": [body.get("name")],
        "dtypes": [body.get("dtype", "object")],
        "index": body.get("index"),
        "rows": [[v] for v in body.get("values", [])],
    }


def _columns(expected: dict[str, Any], actual: dict[str, Any], rules: Rules) -> str | None:
    want, got = list(expected["columns"]), list(actual["columns"])
    missing = [c for c in want if c not in got]
    extra = [c for c in got if c not in want]
    if missing or extra:
        parts = [f"missing column(s) {missing}"] if missing else []
        parts += [f"unexpected column(s) {extra}"] if extra else []
        return "; ".join(parts) + f" (your columns are {tuple(got)}; expected {tuple(want)})"
    if len(set(got)) != len(got):
        return f"your columns repeat a name: {tuple(got)}"
    if rules.column_order and got != want:
        return f"your columns are {tuple(got)}; expected {tuple(want)}"
    return None


def _reorder(actual: dict[str, Any], columns: list[Any]) -> dict[str, Any]:
    """`actual` with its columns (and their dtypes and cells) in the order `columns`."""
    order = [actual["columns"].index(c) for c in columns]
    return {
        **actual,
        "columns": columns,
        "dtypes": [actual["dtypes"][i] for i in order],
        "rows": [[row[i] for i in order] for row in actual["rows"]],
    }


def _dtypes(expected: dict[str, Any], actual: dict[str, Any]) -> str | None:
    for column, want, got in zip(
        expected["columns"], expected["dtypes"], actual["dtypes"], strict=True
    ):
        if kind(want) != kind(got):
            return f"column {column!r} is {kind(got)} ({got}); expected {kind(want)} ({want})"
    return None


def _index(expected: dict[str, Any], actual: dict[str, Any], tolerance: float) -> str | None:
    want, got = expected.get("index") or {}, actual.get("index") or {}
    if want.get("name") != got.get("name"):
        return f"the index is named {got.get('name')!r}; expected {want.get('name')!r}"
    values_w, values_g = want.get("values", []), got.get("values", [])
    for position, (w, g) in enumerate(zip(values_w, values_g, strict=False)):
        if not _cell_equal(w, g, tolerance):
            return f"index label {position} is {_show(g)}; expected {_show(w)}"
    return None


def _sort_key(row: list[Any]) -> str:
    return json.dumps(
        [round(v, 6) if isinstance(v, float) else v for v in row], sort_keys=True, default=str
    )


def _rows(expected: dict[str, Any], actual: dict[str, Any], rules: Rules, tol: float) -> str | None:
    want, got = expected["rows"], actual["rows"]
    if len(want) != len(got):
        return f"{len(got)} row(s); expected {len(want)}"
    labels_w = (expected.get("index") or {}).get("values") or []
    if not rules.row_order:
        want, got = sorted(want, key=_sort_key), sorted(got, key=_sort_key)
        labels_w = []
    columns = expected["columns"]
    for position, (w, g) in enumerate(zip(want, got, strict=True)):
        bad = [i for i, (a, b) in enumerate(zip(w, g, strict=True)) if not _cell_equal(a, b, tol)]
        if bad:
            label = f" (index {_show(labels_w[position])})" if position < len(labels_w) else ""
            where = "" if rules.row_order else " once both are sorted"
            cells = ", ".join(
                f"{columns[i]!r}: expected {_show(w[i])}, got {_show(g[i])}" for i in bad[:4]
            )
            return f"row {position}{label} differs{where}: {cells}"
    return None


def compare(expected: Any, actual: Any, rules: Rules, tolerance: float | None = None) -> str | None:
    """None when `actual` matches `expected` under `rules`, else what differs first."""
    if not is_pandas(actual) or (FRAME in expected) != (FRAME in actual):
        return f"expected {_what(expected)}, got {_what(actual)}"
    tol = tolerance or TOLERANCE
    want, got = _as_frame(expected), _as_frame(actual)
    if FRAME in expected:
        problem = _columns(want, got, rules)
        if problem:
            return problem
        got = _reorder(got, list(want["columns"]))
    if rules.dtypes and (problem := _dtypes(want, got)):
        return problem
    if rules.index and (problem := _index(want, got, tol)):
        return problem
    return _rows(want, got, rules, tol)
