"""Dialect help: when DuckDB rejects a query, say which habit from another database it is.

Two layers. First, specific rules for the constructs learners bring most often from MySQL,
PostgreSQL, SQLite and SQL Server (`DATE_SUB(x, INTERVAL 1 DAY)`, `TOP n`, `LIMIT x, y`,
`ISNULL`, `NVL`, `GETDATE()`...), each naming the DuckDB spelling. Second, sqlglot reads
the query as each of those dialects and transpiles it to DuckDB; when a transpilation
differs from the original, it is offered as "you may mean". Pure: no database access.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIALECTS = (("mysql", "MySQL"), ("postgres", "PostgreSQL"), ("sqlite", "SQLite"),
            ("tsql", "SQL Server"))  # fmt: skip


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    message: str
    dialect: str | None  # the sqlglot dialect the habit comes from


def _r(pattern: str, message: str) -> Rule:
    source = re.search(r"\((MySQL|PostgreSQL|SQLite|SQL Server|Oracle)\)", message)
    names = {label: name for name, label in DIALECTS}
    dialect = names.get(source.group(1)) if source else None
    return Rule(re.compile(pattern, re.IGNORECASE | re.DOTALL), message, dialect)


RULES: tuple[Rule, ...] = (
    _r(
        r"\bdate_sub\s*\(",
        "DuckDB has no `DATE_SUB(x, INTERVAL 1 DAY)` (MySQL): write `x - INTERVAL 1 DAY`.",
    ),
    _r(
        r"\bdate_add\s*\(",
        "DuckDB has no `DATE_ADD(x, INTERVAL 1 DAY)` (MySQL): write `x + INTERVAL 1 DAY`.",
    ),
    _r(
        r"\bdateadd\s*\(",
        "DuckDB has no `DATEADD(day, 1, x)` (SQL Server): write `x + INTERVAL 1 DAY`.",
    ),
    _r(
        r"\bdatediff\s*\(\s*(day|month|year|week|hour|minute|second)\b",
        "In DuckDB the unit of `datediff` is a string: `datediff('day', start, end)`, not "
        "`DATEDIFF(day, ...)` (SQL Server).",
    ),
    _r(
        r"\bselect\s+(distinct\s+)?top\s+\d+",
        "DuckDB has no `SELECT TOP n` (SQL Server): put `LIMIT n` at the end of the query.",
    ),
    _r(
        r"\blimit\s+\d+\s*,\s*\d+",
        "DuckDB has no `LIMIT offset, count` (MySQL): write `LIMIT count OFFSET offset`.",
    ),
    _r(
        r"\bisnull\s*\(",
        "DuckDB has no `ISNULL(x, y)` (SQL Server): write `coalesce(x, y)`. "
        "To test for NULL write `x IS NULL`.",
    ),
    _r(r"\bnvl\s*\(", "DuckDB has no `NVL(x, y)` (Oracle): write `coalesce(x, y)`."),
    _r(
        r"\bgetdate\s*\(",
        "DuckDB has no `GETDATE()` (SQL Server): use `current_timestamp`, "
        "or `current_date` for the date.",
    ),
    _r(r"\bcurdate\s*\(", "DuckDB has no `CURDATE()` (MySQL): use `current_date`."),
    _r(
        r"\bdate_format\s*\(",
        "DuckDB has no `DATE_FORMAT(x, fmt)` (MySQL): write `strftime(x, '%Y-%m')`.",
    ),
    _r(
        r"\bstr_to_date\s*\(",
        "DuckDB has no `STR_TO_DATE` (MySQL): write `strptime(text, '%Y-%m-%d')`.",
    ),
    _r(
        r"\bjulianday\s*\(",
        "DuckDB has no `julianday()` (SQLite): subtract dates directly "
        "(`d2 - d1` gives days) or use `datediff('day', d1, d2)`.",
    ),
    _r(
        r"\bdatetime\s*\([^)]*'[+-]\d+ \w+'",
        "DuckDB has no SQLite `datetime(x, '+1 day')` modifiers: write `x + INTERVAL 1 DAY`.",
    ),
    _r(r"\bdate\s*\(\s*'now'", "DuckDB has no `date('now')` (SQLite): use `current_date`."),
    _r(
        r"\bconvert\s*\(",
        "DuckDB has no `CONVERT(type, x)` (SQL Server): write `CAST(x AS type)` or `x::type`.",
    ),
    _r(
        r"\[[A-Za-z_][\w ]*\]\s*(,|from|\.|=|\))",
        "DuckDB does not quote names with "
        '[brackets] (SQL Server): use double quotes, "column name".',
    ),
    _r(
        r"\bif\s*\(",
        "DuckDB's `if(cond, a, b)` exists, but the portable spelling is "
        "`CASE WHEN cond THEN a ELSE b END`.",
    ),
)


def matching_rules(sql: str) -> list[Rule]:
    """Every rule whose construct appears in `sql`."""
    return [rule for rule in RULES if rule.pattern.search(sql)]


def rule_hints(sql: str) -> list[str]:
    return [rule.message for rule in matching_rules(sql)]


def transpile_hint(sql: str, only: str | None = None) -> str | None:
    """'Read as <dialect>, DuckDB would say: ...' for the first dialect that changes the query."""
    import sqlglot
    from sqlglot.errors import ErrorLevel, SqlglotError

    try:
        own = [e.sql(dialect="duckdb") for e in sqlglot.parse(sql, read="duckdb") if e]
    except SqlglotError:
        own = None
    for dialect, label in DIALECTS:
        if only and dialect != only:
            continue
        try:
            out = sqlglot.transpile(
                sql, read=dialect, write="duckdb", unsupported_level=ErrorLevel.IGNORE
            )
        except SqlglotError:
            continue
        out = [statement for statement in out if statement.strip()]
        if not out or out == own:
            continue
        if _squash(";".join(out)) == _squash(sql):
            continue
        return f"Read as {label}, this is in DuckDB: {'; '.join(out)}"
    return None


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().rstrip(";")).lower()


def dialect_hint(sql: str, error: str = "") -> str | None:
    """A hint for a query DuckDB rejected with `error`, or None if none applies."""
    rules = matching_rules(sql)
    hints = [rule.message for rule in rules]
    if rules:
        dialect = next((rule.dialect for rule in rules if rule.dialect), None)
        suggestion = transpile_hint(sql, only=dialect) if dialect else None
    else:
        suggestion = transpile_hint(sql)
    if suggestion:
        hints.append(suggestion)
    return " ".join(hints) if hints else None
