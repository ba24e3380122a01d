"""Dialect help: habits from MySQL, PostgreSQL, SQLite and SQL Server get a specific hint
when DuckDB rejects them, checked with real queries on the real judge."""

from __future__ import annotations

from pathlib import Path

import pytest

from pivotprep.sql.dialect import dialect_hint
from pivotprep.sql.judge import SqlSpec, judge

CASES = {
    "mysql-date-sub": (
        "SELECT count(*) FROM orders "
        "WHERE ordered_at > DATE_SUB(DATE '2024-12-31', INTERVAL 7 DAY)",
        "x - INTERVAL 1 DAY",
    ),
    "tsql-top": ("SELECT TOP 5 order_id FROM orders", "LIMIT n"),
    "mysql-limit-offset": ("SELECT order_id FROM orders LIMIT 10, 5", "LIMIT count OFFSET offset"),
    "tsql-isnull": ("SELECT ISNULL(email, 'none') FROM customers", "coalesce(x, y)"),
    "tsql-datediff": (
        "SELECT DATEDIFF(day, signup_date, DATE '2024-12-31') FROM customers",
        "datediff('day', start, end)",
    ),
    "tsql-getdate": (
        "SELECT count(*) FROM orders WHERE ordered_at < GETDATE()",
        "current_timestamp",
    ),
    "sqlite-julianday": (
        "SELECT julianday(ordered_at) - julianday(DATE '2024-01-01') FROM orders",
        "subtract dates directly",
    ),
    "mysql-date-format": ("SELECT DATE_FORMAT(ordered_at, '%Y-%m') FROM orders", "strftime"),
    "oracle-nvl": ("SELECT NVL(coupon_code, 'none') FROM orders", "coalesce(x, y)"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rejected_habits_get_a_specific_hint(small: dict[str, Path], name: str) -> None:
    sql, advice = CASES[name]
    spec = SqlSpec(id="t-dialect", dataset="shop", reference="SELECT 1")
    verdict = judge(spec, small["shop"], sql)
    assert verdict.status == "error", verdict  # DuckDB really rejects it
    assert verdict.hint and advice in verdict.hint


def test_transpiled_suggestion_runs_on_duckdb(small: dict[str, Path]) -> None:
    hint = dialect_hint("SELECT TOP 3 full_name FROM customers ORDER BY customer_id", "syntax")
    assert hint and "Read as SQL Server" in hint
    suggestion = hint.split("this is in DuckDB: ", 1)[1]
    spec = SqlSpec(id="t-top", dataset="shop",
                   reference="SELECT full_name FROM customers ORDER BY customer_id LIMIT 3",
                   ordered=True)  # fmt: skip
    assert judge(spec, small["shop"], suggestion).passed


def test_plain_mistakes_get_no_dialect_hint() -> None:
    assert dialect_hint("SELECT nosuchcolumn FROM customers", "Binder Error: not found") is None
