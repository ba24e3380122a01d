"""Comparing two result sets: the learner's rows against the reference's. Pure: no I/O.

Results are compared by column count, row count and cell values: floats and decimals
within a tolerance, NULL equal to NULL, dates and timestamps by value, and rows as a
multiset unless the problem requires ORDER BY. Column names are not graded (aliases are
the learner's choice). The first differing rows come back as `DiffRow`s, for the diff
both interfaces show.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from typing import Any, Literal

DIFF_ROWS = 5
PAIRWISE_LIMIT = 2_000  # leftover pairs tried one against one; past it, neighbours in key order

Row = tuple[Any, ...]
Side = Literal["expected", "yours", "missing", "extra"]


@dataclass
class ResultSet:
    columns: list[str]
    rows: list[Row]
    elapsed_ms: float
    types: list[str] = field(default_factory=list)  # DuckDB's type of each column, if known


@dataclass(frozen=True)
class DiffRow:
    """One row of the diff: whose it is, its position (1-based) and its values.

    `side`: "expected"/"yours" (ordered problems, row by row), "missing" (expected, not in
    yours) or "extra" (yours, not expected)."""

    side: Side
    index: int
    row: Row


def _norm(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, Decimal | float | int):
        return float(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, date | dtime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, list | tuple):
        return tuple(_norm(v) for v in value)
    if isinstance(value, dict):  # a STRUCT or MAP column: its items, in key order
        return tuple(sorted((str(k), _norm(v)) for k, v in value.items()))
    return value


def _key(value: Any, digits: int) -> tuple[int, str, Any]:
    """A sort/count key; floats rounded to the tolerance so near-equal values meet."""
    if value is None:
        return (0, "", "")
    if isinstance(value, float):
        if math.isnan(value):
            return (1, "nan", "")
        return (2, "num", round(value, digits) + 0.0)
    if isinstance(value, tuple):  # lists, structs: mixed members may not be orderable
        return (4, "nested", repr(value))
    return (3, type(value).__name__, value)


def _digits(tolerance: float) -> int:
    """Decimal digits a float key keeps for a relative tolerance."""
    return max(0, min(12, round(-math.log10(tolerance)) - 1)) if tolerance > 0 else 12


def _cells_equal(a: Any, b: Any, tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return abs(a - b) <= tol * max(1.0, abs(a), abs(b))
    return bool(a == b)


def _rows_equal(a: Row, b: Row, tol: float) -> bool:
    return len(a) == len(b) and all(_cells_equal(x, y, tol) for x, y in zip(a, b, strict=True))


def _count_message(expected: int, got: int) -> str:
    more = "more" if got > expected else "fewer"
    return f"Expected {expected} rows, your query returned {got} ({more})."


Comparison = tuple[bool, str, list[DiffRow]]


def compare(expected: ResultSet, got: ResultSet, *, ordered: bool, tolerance: float) -> Comparison:
    """(equal, message, first differing rows) for two result sets."""
    if len(expected.columns) != len(got.columns):
        return (
            False,
            f"Expected {len(expected.columns)} columns ({', '.join(expected.columns)}), "
            f"your query returned {len(got.columns)} ({', '.join(got.columns)}).",
            [],
        )
    exp = [tuple(_norm(v) for v in row) for row in expected.rows]
    mine = [tuple(_norm(v) for v in row) for row in got.rows]
    if ordered:
        result = _compare_in_order(expected, got, exp, mine, tolerance)
    else:
        result = _compare_as_multisets(expected, got, exp, mine, tolerance)
    if result[0]:
        return result
    return _explained(result, expected, got, (exp, mine), (ordered, tolerance))


def _explained(
    result: Comparison,
    expected: ResultSet,
    got: ResultSet,
    normalised: tuple[list[Row], list[Row]],
    how: tuple[bool, float],
) -> Comparison:
    """A failed comparison with what the rows alone do not show: columns in another order
    (the rows then match once reordered, and no row diff is needed) and columns whose
    values are of another kind than expected (text '660.00' against the number 660.00)."""
    ok, message, diff = result
    order = column_order(normalised, how)
    mine_names, their_names = (
        [c.lower() for c in got.columns],
        [c.lower() for c in expected.columns],
    )
    if order is not None:
        yours = ", ".join(got.columns[j] for j in range(len(order)))
        wanted = ", ".join(got.columns[j] for j in order)
        names = ", ".join(expected.columns)
        if mine_names == their_names:  # the right names over each other's values
            return (
                False,
                f"Your columns have the expected names ({names}), but their values belong "
                f"in another order: the rows match as ({wanted}). Check which value goes "
                "under which name.",
                diff,
            )
        return (
            False,
            f"Your columns are ({yours}); expected ({names}). The rows match once your "
            f"columns come in this order: ({wanted}).",
            [],
        )
    mine_names, their_names = (
        [c.lower() for c in got.columns],
        [c.lower() for c in expected.columns],
    )
    if mine_names != their_names and sorted(mine_names) == sorted(their_names):
        message += (
            f" Your columns are ({', '.join(got.columns)}); expected "
            f"({', '.join(expected.columns)}): columns are compared by position."
        )
    notes = [
        note
        for k in range(len(expected.columns))
        if (note := _type_note(expected, got, normalised, k))
    ]
    return ok, " ".join([message, *notes]), diff


def column_order(
    normalised: tuple[list[Row], list[Row]], how: tuple[bool, float]
) -> list[int] | None:
    """The order of the learner's columns that makes the rows equal, when it is not their
    own order; None if there is none (or only the identity). Columns are paired by their
    values (a sorted list per column), then the whole reordered result is checked."""
    exp, mine = normalised
    ordered, tolerance = how
    width = len(exp[0]) if exp else 0
    if width < 2 or len(exp) != len(mine) or width > 12:
        return None
    digits = _digits(tolerance)
    signature = [
        sorted(_key(row[k], digits) for row in rows) for rows in (exp, mine) for k in range(width)
    ]
    theirs, ours = signature[:width], signature[width:]
    order: list[int] = []
    for k in range(width):
        j = next((j for j in range(width) if j not in order and ours[j] == theirs[k]), None)
        if j is None:
            return None
        order.append(j)
    if order == list(range(width)):
        return None
    reordered = [tuple(row[j] for j in order) for row in mine]
    if ordered:
        equal = all(_rows_equal(a, b, tolerance) for a, b in zip(exp, reordered, strict=True))
    else:
        missing, extra = _unmatched(exp, reordered, digits, tolerance)
        equal = not missing and not extra
    return order if equal else None


KINDS = ((bool, "a boolean"), (str, "text"), (float, "a number"), (tuple, "a list or struct"))


def _kind(value: Any) -> str | None:
    return next((name for cls, name in KINDS if isinstance(value, cls)), None)


def _type_note(
    expected: ResultSet, got: ResultSet, normalised: tuple[list[Row], list[Row]], k: int
) -> str | None:
    """'Column revenue: yours is VARCHAR (text, e.g. '660.00'), expected DECIMAL(12,2) (a
    number, e.g. 660.00)' when column k holds another kind of value than expected."""
    exp, mine = normalised
    theirs = next((row[k] for row in exp if row[k] is not None), None)
    ours = next((row[k] for row in mine if row[k] is not None), None)
    if theirs is None or ours is None or _kind(theirs) == _kind(ours):
        return None
    example_exp = next(r[k] for r in expected.rows if r[k] is not None)
    example_got = next(r[k] for r in got.rows if r[k] is not None)
    type_exp = expected.types[k] if len(expected.types) > k else type(example_exp).__name__
    type_got = got.types[k] if len(got.types) > k else type(example_got).__name__
    return (
        f"Column {k + 1} ({got.columns[k]}) is {type_got} in yours ({_kind(ours)}, e.g. "
        f"{example_got!r}) but {type_exp} in the expected rows ({_kind(theirs)}, e.g. "
        f"{_plain(example_exp)}): values that print alike still differ. "
        f"{_type_advice(_kind(ours), _kind(theirs))}"
    )


def _plain(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def _type_advice(ours: str | None, theirs: str | None) -> str:
    if ours == "text":
        return "Leave the value as it is (no to_char, format or string concatenation), or CAST it."
    if theirs == "text":
        return "The expected column is text: CAST yours to VARCHAR or format it."
    return "CAST the column to the expected type."


def _compare_in_order(
    expected: ResultSet, got: ResultSet, exp: list[Row], mine: list[Row], tolerance: float
) -> Comparison:
    """Row by row: the first differing row and the few after it, side by side."""
    for index, (a, b) in enumerate(zip(exp, mine, strict=False)):
        if not _rows_equal(a, b, tolerance):
            out = []
            for j in range(index, min(index + DIFF_ROWS, max(len(exp), len(mine)))):
                if j < len(exp):
                    out.append(DiffRow("expected", j + 1, expected.rows[j]))
                if j < len(got.rows):
                    out.append(DiffRow("yours", j + 1, got.rows[j]))
            return False, f"Row {index + 1} differs (this problem checks the order).", out
    if len(exp) != len(mine):
        shorter = min(len(exp), len(mine))
        out = [DiffRow("expected", j + 1, expected.rows[j])
               for j in range(shorter, min(len(exp), shorter + DIFF_ROWS))]  # fmt: skip
        out += [DiffRow("yours", j + 1, got.rows[j])
                for j in range(shorter, min(len(mine), shorter + DIFF_ROWS))]  # fmt: skip
        return False, _count_message(len(exp), len(mine)), out
    return True, f"Correct: {len(mine)} rows match, in order.", []


def _compare_as_multisets(
    expected: ResultSet, got: ResultSet, exp: list[Row], mine: list[Row], tolerance: float
) -> Comparison:
    """Order not graded: the rows with no partner on the other side."""
    digits = _digits(tolerance)
    missing, extra = _unmatched(exp, mine, digits, tolerance)
    if not missing and not extra:
        return True, f"Correct: {len(mine)} rows match (order not graded).", []
    diff = [DiffRow("missing", i + 1, expected.rows[i]) for i in missing[:DIFF_ROWS]]
    diff += [DiffRow("extra", j + 1, got.rows[j]) for j in extra[:DIFF_ROWS]]
    if len(exp) != len(mine):
        return False, _count_message(len(exp), len(mine)), diff
    return False, "Same number of rows, but some values differ.", diff


def _match_by_key(
    exp: list[Row], mine: list[Row], exp_keys: list[Row], my_keys: list[Row], tolerance: float
) -> tuple[list[int], list[int]]:
    """Pair rows with equal keys, each pair confirmed within the tolerance; the unpaired."""
    by_key: dict[Row, list[int]] = {}
    for j in range(len(mine)):
        by_key.setdefault(my_keys[j], []).append(j)
    missing: list[int] = []
    used: set[int] = set()
    for i, row in enumerate(exp):
        bucket = by_key.get(exp_keys[i]) or []
        position = next(
            (p for p, j in enumerate(bucket) if _rows_equal(row, mine[j], tolerance)), None
        )
        if position is None:
            missing.append(i)
        else:
            used.add(bucket.pop(position))
    return missing, [j for j in range(len(mine)) if j not in used]


def _exact_part(row: Row) -> Row:
    """The cells that must match exactly (all but floats): rows within the tolerance of
    each other share it, so leftovers are only tried against rows that share it."""
    return tuple(None if isinstance(v, float) else _key(v, 0) for v in row)


def _match_pairwise(
    exp: list[Row], mine: list[Row], missing: list[int], extra: list[int], tolerance: float
) -> tuple[list[int], list[int]]:
    """Pair the leftovers one against one within the tolerance, among rows whose cells
    other than floats are equal."""
    buckets: dict[Row, list[int]] = {}
    for j in extra:
        buckets.setdefault(_exact_part(mine[j]), []).append(j)
    still: list[int] = []
    for i in missing:
        bucket = buckets.get(_exact_part(exp[i])) or []
        position = next(
            (p for p, j in enumerate(bucket) if _rows_equal(exp[i], mine[j], tolerance)), None
        )
        if position is None:
            still.append(i)
        else:
            bucket.pop(position)
    used = {j for bucket in buckets.values() for j in bucket}
    return still, [j for j in extra if j in used]


def _match_neighbours(
    exp: list[Row],
    mine: list[Row],
    keys: tuple[Sequence[Row], Sequence[Row]],
    unpaired: tuple[list[int], list[int]],
    tolerance: float,
) -> tuple[list[int], list[int]]:
    """Too many leftovers for one-against-one: pair neighbours in key order."""
    exp_keys, my_keys = keys
    missing = sorted(unpaired[0], key=lambda i: exp_keys[i])
    extra = sorted(unpaired[1], key=lambda j: my_keys[j])
    kept_missing: list[int] = []
    kept_extra: list[int] = []
    a = b = 0
    while a < len(missing) and b < len(extra):
        i, j = missing[a], extra[b]
        if _rows_equal(exp[i], mine[j], tolerance):
            a, b = a + 1, b + 1
        elif exp_keys[i] < my_keys[j]:
            kept_missing.append(i)
            a += 1
        else:
            kept_extra.append(j)
            b += 1
    return kept_missing + missing[a:], kept_extra + extra[b:]


def _unmatched(
    exp: list[Row], mine: list[Row], digits: int, tolerance: float
) -> tuple[list[int], list[int]]:
    """Indices of expected rows with no partner in `mine` and of rows of `mine` with none.

    Rows are matched as a multiset. First by a key with floats rounded to the tolerance
    (fast, and almost always enough), each pair confirmed within the tolerance; then the
    leftovers are matched pairwise within the tolerance, since two values closer than the
    tolerance can still round to different keys (0.1234549999 and 0.1234550001). Both lists
    come back in key order, so the diff shows similar rows next to each other.
    """
    exp_keys = [tuple(_key(v, digits) for v in row) for row in exp]
    my_keys = [tuple(_key(v, digits) for v in row) for row in mine]
    missing, extra = _match_by_key(exp, mine, exp_keys, my_keys, tolerance)
    if missing and extra:
        if len(missing) * len(extra) <= PAIRWISE_LIMIT:
            missing, extra = _match_pairwise(exp, mine, missing, extra, tolerance)
        else:
            missing, extra = _match_neighbours(
                exp, mine, (exp_keys, my_keys), (missing, extra), tolerance
            )
    missing.sort(key=lambda i: exp_keys[i])
    extra.sort(key=lambda j: my_keys[j])
    return missing, extra
