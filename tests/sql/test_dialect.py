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
    "postgres-to-char": ("SELECT to_char(ordered_at, 'YYYY-MM') FROM orders", "strftime"),
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


CONCAT_AND_TO_DATE = (
    "SELECT first_name || ' ' || last_name FROM employees "
    "WHERE hire_date > TO_DATE('2020-01-01', 'YYYY-MM-DD') ORDER BY hire_date"
)


def test_a_suggestion_duckdb_cannot_plan_is_skipped(small: dict[str, Path]) -> None:
    from pivotprep.sql import safety
    from pivotprep.sql.dialect import transpile_hint

    # read as MySQL, `||` becomes OR and TO_DATE stays: the first reading that changes
    # the query, and a wrong one
    unchecked = transpile_hint(CONCAT_AND_TO_DATE)
    assert unchecked and unchecked.startswith("Read as MySQL") and " OR " in unchecked
    con = safety.connect_read_only(small["hr"])
    try:
        hint = transpile_hint(CONCAT_AND_TO_DATE, con=con)
    finally:
        con.close()
    assert hint and hint.startswith("Read as PostgreSQL") and "STRPTIME" in hint
    assert " OR " not in hint and "TO_DATE" not in hint


def test_the_judge_prefers_the_dialect_that_knows_the_missing_function(
    small: dict[str, Path],
) -> None:
    reference = (
        "SELECT first_name || ' ' || last_name FROM employees "
        "WHERE hire_date > DATE '2020-01-01' ORDER BY hire_date"
    )
    spec = SqlSpec(id="t-to-date", dataset="hr", reference=reference)
    verdict = judge(spec, small["hr"], CONCAT_AND_TO_DATE)
    assert verdict.status == "error" and "to_date" in verdict.message
    assert verdict.hint and verdict.hint.startswith("Read as PostgreSQL")
    assert "it returns the expected rows" in verdict.hint
    suggestion = verdict.hint.split("returns the expected rows: ", 1)[1]
    assert judge(spec, small["hr"], suggestion).passed
    # a rewrite that runs but returns other rows than the problem's is never offered
    other = judge(SqlSpec(id="t-other", dataset="hr", reference="SELECT 1"), small["hr"],
                  CONCAT_AND_TO_DATE)  # fmt: skip
    assert other.status == "error" and not (other.hint or "").startswith("Read as")


def test_readings_that_only_add_nulls_first_or_change_case_are_not_hints() -> None:
    from pivotprep.sql.dialect import transpile_hint

    # SQLite and SQL Server readings of this only add NULLS FIRST to the ORDER BY
    assert transpile_hint("select full_name from customers order by nosuch", only="sqlite") is None
    assert transpile_hint("select full_name from customers order by nosuch", only="tsql") is None
    assert dialect_hint("select full_name from customers order by nosuch", "Binder") is None


def test_sqlglot_warnings_do_not_reach_stderr(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from pivotprep.sql.dialect import transpile_hint

    with caplog.at_level(logging.WARNING):
        transpile_hint("LOCK TABLES employees READ")
    assert not [r for r in caplog.records if r.name.startswith("sqlglot")]
    assert logging.getLogger("sqlglot").level != logging.CRITICAL  # restored afterwards


def test_a_suggestion_is_planned_only_when_it_is_a_single_select() -> None:
    """The rewritten query is still the learner's input: nothing but one SELECT is planned."""
    import duckdb

    from pivotprep.sql.dialect import _runs_on

    con = duckdb.connect()
    try:
        assert _runs_on(con, ["SELECT 1"])
        assert not _runs_on(con, ["PRAGMA database_list"])
        assert not _runs_on(con, ["SELECT 1; SELECT 2"])
        assert not _runs_on(con, ["CREATE TABLE t AS SELECT 1"])
        assert not con.execute("SELECT count(*) FROM duckdb_tables()").fetchone()[0]
    finally:
        con.close()


POSTGRES_HABITS = {
    "functional-dependency": (
        "SELECT c.customer_id, c.full_name, count(*) AS orders FROM customers c "
        "JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.customer_id",
        "SELECT c.customer_id, c.full_name, count(*) FROM customers c "
        "JOIN orders o ON o.customer_id = c.customer_id GROUP BY ALL",
        "group by a table's primary key",
    ),
    "string-in-date-arithmetic": (
        "SELECT count(*) FROM orders WHERE ordered_at > '2024-12-01' - INTERVAL '7 days'",
        "SELECT count(*) FROM orders WHERE ordered_at > TIMESTAMP '2024-11-24'",
        "DATE '2024-12-31' - INTERVAL 7 DAY",
    ),
    "time-minus-time": (
        "SELECT order_id, ordered_at::TIME - TIME '09:00' AS since_nine FROM orders "
        "WHERE order_id <= 20",
        "SELECT order_id, to_seconds(date_diff('second', TIME '09:00', ordered_at::TIME)) "
        "FROM orders WHERE order_id <= 20",
        "subtracts two TIME values",
    ),
    "tsql-convert-varchar": (
        "SELECT CONVERT(varchar(7), ordered_at, 120) AS month, count(*) AS orders "
        "FROM orders GROUP BY CONVERT(varchar(7), ordered_at, 120)",
        "SELECT strftime(ordered_at, '%Y-%m'), count(*) FROM orders GROUP BY 1",
        "CONVERT(type, x)",
    ),
}


@pytest.mark.parametrize("name", sorted(POSTGRES_HABITS))
def test_a_habit_gets_a_note_and_a_rewrite_that_returns_the_expected_rows(
    small: dict[str, Path], name: str
) -> None:
    sql, reference, note = POSTGRES_HABITS[name]
    spec = SqlSpec(id="t-habit", dataset="shop", reference=reference)
    verdict = judge(spec, small["shop"], sql)
    assert verdict.status == "error", verdict  # DuckDB really rejects it
    assert verdict.hint and note in verdict.hint
    assert "it returns the expected rows: " in verdict.hint, verdict.hint
    rewrite = verdict.hint.split("it returns the expected rows: ", 1)[1]
    assert judge(spec, small["shop"], rewrite).passed
    # against other expected rows, the same rewrite is not offered; the note stays
    other = judge(SqlSpec(id="t-other", dataset="shop", reference="SELECT 42"), small["shop"], sql)
    assert other.hint and note in other.hint and "expected rows" not in other.hint


def test_constructs_that_run_but_mean_something_else_are_warned_about(
    small: dict[str, Path],
) -> None:
    spec = SqlSpec(
        id="t-warn",
        dataset="shop",
        reference="SELECT count(*) FROM customers WHERE regexp_matches(full_name, '[()]')",
    )
    similar = judge(
        spec, small["shop"], "SELECT count(*) FROM customers WHERE full_name SIMILAR TO '%[()]%'"
    )
    assert similar.status == "pass"  # both count 0 here: the warning comes anyway
    assert similar.warnings and "SIMILAR TO" in similar.warnings[0]
    series = judge(
        SqlSpec(id="t-srf", dataset="shop", reference="SELECT * FROM range(1, 4)"),
        small["shop"],
        "SELECT generate_series(1, 3)",
    )
    assert series.status == "wrong" and "one LIST per row" in series.warnings[0]
    assert series.summary()["warnings"] == series.warnings
    cut = judge(
        SqlSpec(id="t-cut", dataset="shop", reference="SELECT 1"),
        small["shop"],
        "SELECT CAST(ordered_at AS VARCHAR(7)) FROM orders LIMIT 1",
    )
    assert any("ignores the length of VARCHAR(n)" in w for w in cut.warnings)
    one_char = judge(
        SqlSpec(id="t-char", dataset="shop", reference="SELECT 1"),
        small["shop"],
        "SELECT lpad(CAST(customer_id AS CHAR), 5, '0') FROM customers",
    )
    assert any("CHAR without a length is CHAR(1)" in w for w in one_char.warnings)
    clean = judge(
        SqlSpec(id="t-clean", dataset="shop", reference="SELECT 1"),
        small["shop"],
        "SELECT n FROM generate_series(1, 3) t(n) WHERE 'a' SIMILAR TO 'a.*'",
    )
    assert clean.warnings == []
