"""PostgreSQL habits DuckDB reads differently, found from the error or from the query itself.

Two kinds. Habits DuckDB rejects, recognised by its error message, each with a note and a
rewrite of the learner's query (`fix_for_error`):
- selecting other columns of a table grouped by its primary key (PostgreSQL's functional
  dependency): the columns are added to the GROUP BY;
- quoted literals in date arithmetic (`'2024-12-31' - INTERVAL '7 days'`): the literal gets
  its type (`DATE '2024-12-31'`);
- `TIME - TIME`: both times are put on one day, so the difference is an interval.
And constructs that run but mean something else in DuckDB, which get a warning even when
the query runs (`warnings`): `SIMILAR TO` with PostgreSQL's `%`/`_` wildcards or brackets,
set-returning functions in the SELECT list (`generate_series` gives one LIST there), and
`VARCHAR(n)`, whose length DuckDB ignores.

A rewrite is only a candidate: the judge offers it once it has run and returned the
expected rows (`judge.py`); here it is at most planned (`EXPLAIN`) on the caller's locked
connection while it is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MAX_GROUP_FIXES = 8


@dataclass(frozen=True)
class Fix:
    """A note on the habit and, when one could be built, the rewritten query."""

    note: str
    rewrite: str | None = None
    source: str = "PostgreSQL"


NOT_GROUPED = re.compile(r'column "([^"]+)" must appear in the GROUP BY clause', re.I)
STRING_ARITHMETIC = re.compile(r'function call "[-+]\([^)]*STRING_LITERAL[^)]*\)"', re.I)
TIME_MINUS_TIME = re.compile(r"'-\(TIME, TIME\)'", re.I)


def _plan_error(con: Any, sql: str) -> str | None:
    """None if DuckDB can plan `sql` (one SELECT, EXPLAIN only), else its error text."""
    from pivotprep.sql import safety

    try:
        with safety.time_limit(con, 2.0):
            parsed = safety.classify(con, sql)
            if len(parsed) != 1 or parsed[0].kind != "SELECT":
                return "not a single SELECT"
            con.execute("EXPLAIN " + parsed[0].sql).fetchall()
    except Exception as exc:  # noqa: BLE001 - the error is the answer
        return str(exc) or type(exc).__name__
    return None


def _add_to_group_by(sql: str, column: str) -> str | None:
    """`sql` with `column` (as the SELECT list spells it, qualified or not) added to the
    GROUP BY of the first SELECT that selects it ungrouped; None if there is none."""
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read="postgres")
    for select in tree.find_all(exp.Select):
        group = select.args.get("group")
        if group is None:
            continue
        for projection in select.expressions:
            for col in projection.find_all(exp.Column):
                if col.name.lower() == column.lower() and not col.find_ancestor(exp.AggFunc):
                    group.append("expressions", col.copy())
                    return tree.sql(dialect="duckdb")
    return None


def _group_by_fix(sql: str, error: str, con: Any) -> str | None:
    """Add every column DuckDB says is not grouped, one at a time, until the query plans."""
    rewrite = sql
    for _ in range(MAX_GROUP_FIXES):
        match = NOT_GROUPED.search(error)
        if not match:
            return None
        added = _add_to_group_by(rewrite, match.group(1))
        if added is None:
            return None
        rewrite = added
        if con is None:
            return rewrite
        error = _plan_error(con, rewrite) or ""
        if not error:
            return rewrite
    return None


DATE_TEXT = r"'\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2}(\.\d+)?)?)?'"
INTERVAL_TEXT = (
    r"'\s*\d+(\.\d+)?\s*(second|minute|hour|day|week|month|year)s?"
    r"(\s+\d+\s*(second|minute|hour|day|week|month|year)s?)*\s*'"
)
TYPED_BEFORE = re.compile(r"(date|timestamp|interval|time)\s*$", re.I)


def _type_literals(sql: str) -> str:
    """Quoted dates, timestamps and intervals next to a + or - get their type written."""

    def typed(match: re.Match[str]) -> str:
        text = match.group(0)
        before = sql[: match.start()]
        after = sql[match.end() :]
        if TYPED_BEFORE.search(before) or after.lstrip().startswith("::"):
            return text
        if not (re.search(r"[-+]\s*$", before) or re.match(r"\s*[-+]", after)):
            return text
        if re.fullmatch(INTERVAL_TEXT, text, re.I):
            return "INTERVAL " + text
        return ("TIMESTAMP " if ":" in text else "DATE ") + text

    return re.sub(f"{DATE_TEXT}|{INTERVAL_TEXT}", typed, sql, flags=re.I)


def _time_columns(con: Any) -> set[str]:
    try:
        rows = con.execute(
            "SELECT column_name FROM information_schema.columns WHERE data_type = 'TIME'"
        ).fetchall()
    except Exception:  # noqa: BLE001 - without the schema, casts and literals still count
        return set()
    return {str(r[0]).lower() for r in rows}


def _is_time(node: Any, time_columns: set[str]) -> bool:
    from sqlglot import exp

    if isinstance(node, exp.Paren):
        return _is_time(node.this, time_columns)
    if isinstance(node, exp.Cast):
        return bool(node.to.is_type(exp.DataType.Type.TIME))
    if isinstance(node, exp.Column):
        return node.name.lower() in time_columns
    return False


def _time_difference_fix(sql: str, con: Any) -> str | None:
    """Each `t2 - t1` of TIME values becomes `(DATE '2000-01-01' + t2) - (DATE ... + t1)`."""
    import sqlglot
    from sqlglot import exp

    times = _time_columns(con) if con is not None else set()
    tree = sqlglot.parse_one(sql, read="postgres")
    changed = False
    for node in list(tree.find_all(exp.Sub)):
        if _is_time(node.left, times) or _is_time(node.right, times):
            day = "DATE '2000-01-01' + "
            left = sqlglot.parse_one(f"({day}{node.left.sql(dialect='duckdb')})", read="duckdb")
            right = sqlglot.parse_one(f"({day}{node.right.sql(dialect='duckdb')})", read="duckdb")
            node.replace(exp.Sub(this=left, expression=right))
            changed = True
    return tree.sql(dialect="duckdb") if changed else None


def _checked(rewrite: str | None, sql: str, con: Any) -> str | None:
    """The rewrite, if it changes the query and (given a connection) DuckDB can plan it."""
    if not rewrite or rewrite.strip() == sql.strip():
        return None
    if con is not None and _plan_error(con, rewrite) is not None:
        return None
    return rewrite


FixBuilder = Callable[[str, str, Any], str | None]
ERROR_FIXES: tuple[tuple[re.Pattern[str], str, FixBuilder], ...] = (
    (
        NOT_GROUPED,
        "PostgreSQL lets a query group by a table's primary key and select that table's other "
        "columns (they depend on the key); DuckDB does not: add those columns to the GROUP "
        "BY (the groups stay the same when they depend on the grouped key), or wrap each in "
        "any_value(...).",
        _group_by_fix,
    ),
    (
        STRING_ARITHMETIC,
        "PostgreSQL gives a quoted literal the type the other side of + or - needs; DuckDB "
        "needs it written: DATE '2024-12-31' - INTERVAL 7 DAY, or x - INTERVAL '7 days'.",
        lambda sql, _error, _con: _type_literals(sql),
    ),
    (
        TIME_MINUS_TIME,
        "PostgreSQL subtracts two TIME values into an interval; DuckDB does not: put both on "
        "one day, (DATE '2000-01-01' + t2) - (DATE '2000-01-01' + t1), or count seconds "
        "with date_diff('second', t1, t2).",
        lambda sql, _error, con: _time_difference_fix(sql, con),
    ),
)


def fix_for_error(sql: str, error: str, con: Any = None) -> Fix | None:
    """The note and (when one plans) the rewrite for a habit DuckDB rejected with `error`."""
    import sqlglot.errors

    for pattern, note, build in ERROR_FIXES:
        if pattern.search(error):
            try:
                rewrite = build(sql, error, con)
            except sqlglot.errors.SqlglotError:
                rewrite = None
            return Fix(note, _checked(rewrite, sql, con))
    return None


# ---- constructs that run but mean something else -----------------------------------------

SIMILAR_TO = re.compile(r"\bsimilar\s+to\s+'((?:[^']|'')*)'", re.I)
VARCHAR_LENGTH = re.compile(r"\b(varchar|text|char|string)\s*\(\s*\d+\s*\)", re.I)
# CAST(x AS CHAR) or x::char with no length: CHAR(1) in PostgreSQL, VARCHAR in DuckDB
BARE_CHAR = re.compile(
    r"\bas\s+(char|character)\s*\)|::\s*(char|character)\b(?!\s*(\(|varying))", re.I
)
SET_RETURNING = ("generate_series", "range", "generate_subscripts")
SET_RETURNING_CALL = re.compile(r"\b(" + "|".join(SET_RETURNING) + r")\s*\(", re.I)


def _set_returning_in_select(sql: str) -> list[str]:
    """Names of set-returning functions called in a SELECT list outside unnest()."""
    if not SET_RETURNING_CALL.search(sql):  # the common case, without parsing (ms)
        return []
    import sqlglot
    from sqlglot import exp

    try:
        trees = sqlglot.parse(sql, read="duckdb")
    except sqlglot.errors.SqlglotError:
        return []
    found: list[str] = []
    for tree in trees:
        for select in tree.find_all(exp.Select) if tree else []:
            for projection in select.expressions:
                for func in projection.find_all(exp.Func):
                    name = (func.sql_name() if not isinstance(func, exp.Anonymous)
                            else str(func.this)).lower()  # fmt: skip
                    if name in SET_RETURNING and not func.find_ancestor(exp.Unnest, exp.Explode):
                        found.append(name)
    return sorted(set(found))


def warnings(sql: str) -> list[str]:
    """Warnings for constructs that run on DuckDB but mean something else than in
    PostgreSQL (and, for VARCHAR(n), SQL Server and MySQL)."""
    out = []
    for match in SIMILAR_TO.finditer(sql):
        pattern = match.group(1)
        if re.search(r"[%_\[]", pattern):
            out.append(
                f"`SIMILAR TO '{pattern}'`: in DuckDB, SIMILAR TO takes a regular expression "
                "that must match the whole text, so PostgreSQL's % and _ wildcards are not "
                "wildcards here. To find any of some characters write "
                "regexp_matches(x, '[()]'); for LIKE-style wildcards use LIKE."
            )
    for name in _set_returning_in_select(sql):
        out.append(
            f"`{name}(...)` in the SELECT list returns one LIST per row in DuckDB, where "
            f"PostgreSQL returns one row per value: write unnest({name}(...)), or put it in "
            f"FROM: FROM {name}(1, 10) AS t(n)."
        )
    if VARCHAR_LENGTH.search(sql):
        out.append(
            "DuckDB ignores the length of VARCHAR(n): CAST(x AS VARCHAR(7)) keeps the whole "
            "text. To cut it, write left(CAST(x AS VARCHAR), 7), or strftime(x, '%Y-%m') "
            "for a month."
        )
    if BARE_CHAR.search(sql):
        out.append(
            "CHAR without a length is CHAR(1) in PostgreSQL and keeps only the first "
            "character; DuckDB reads it as VARCHAR and keeps the whole text. Write "
            "CAST(x AS VARCHAR) for the whole text, or left(CAST(x AS VARCHAR), 1)."
        )
    return out


TEXT_TYPES = ("VARCHAR", "TEXT", "NVARCHAR", "CHAR", "NCHAR")


def cut_text_lengths(tree: Any) -> Any:
    """A parsed query (any dialect) with each conversion to VARCHAR(n)/TEXT(n) made a real
    cut, `left(<the conversion to text>, n)`. SQL Server's `CONVERT(varchar(7), d, 120)`
    keeps the first 7 characters ('2024-03'); DuckDB ignores the length, so the plain
    transpilation `CAST(... AS TEXT(7))` keeps the whole text and groups or compares on the
    wrong value."""
    from sqlglot import exp

    for node in list(tree.find_all(exp.Cast, exp.Convert)):  # TryCast is a Cast too
        kind = node.to if isinstance(node, exp.Cast) else node.this
        if not isinstance(kind, exp.DataType) or not kind.expressions:
            continue
        if kind.this.name not in TEXT_TYPES:
            continue
        length = kind.expressions[0].sql()
        whole = node.copy()
        whole.set("to" if isinstance(node, exp.Cast) else "this", exp.DataType.build("TEXT"))
        node.replace(exp.Left(this=whole, expression=exp.Literal.number(length)))
    return tree
