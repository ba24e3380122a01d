"""Dialect help: when DuckDB rejects a query, say which habit from another database it is.

Two layers. First, specific rules for the constructs learners bring most often from MySQL,
PostgreSQL, SQLite and SQL Server (`DATE_SUB(x, INTERVAL 1 DAY)`, `TOP n`, `LIMIT x, y`,
`ISNULL`, `NVL`, `GETDATE()`...), each naming the DuckDB spelling. Second, sqlglot reads
the query as each of those dialects and transpiles it to DuckDB; when a transpilation
differs from the original (beyond letter case or an added NULLS FIRST) and DuckDB can plan
it (`EXPLAIN` on the caller's locked connection, when one is given), it is offered as
"you may mean". Nothing is executed: EXPLAIN only plans.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

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
        r"\bto_char\s*\(",
        "DuckDB has no `to_char(x, format)` (PostgreSQL): format a date or time with "
        "`strftime(x, '%Y-%m-%d')`, pad a number with `lpad(CAST(x AS VARCHAR), 5, '0')`, "
        "and keep a number a number with `round(x, 2)`.",
    ),
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


FUNCTION_IN_ERROR = re.compile(r"function with name \"?(\w+)\"? does not exist", re.I)


@contextmanager
def _quiet_sqlglot() -> Iterator[None]:
    """sqlglot logs 'unsupported' warnings to stderr while transpiling; a hint is best
    effort, so they are silenced for the call and the level restored afterwards."""
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _ordered_dialects(error: str) -> list[tuple[str, str]]:
    """The dialects to try, those that know the function DuckDB says is missing first."""
    match = FUNCTION_IN_ERROR.search(error)
    if not match:
        return list(DIALECTS)
    from sqlglot.dialects.dialect import Dialect

    name = match.group(1).upper()

    def knows(dialect: str) -> bool:
        try:
            return name in Dialect.get_or_raise(dialect).parser_class.FUNCTIONS
        except Exception:  # noqa: BLE001 - an unknown dialect simply does not know it
            return False

    return sorted(DIALECTS, key=lambda pair: not knows(pair[0]))


def _runs_on(con: Any, statements: list[str]) -> bool:
    """True if DuckDB can plan every statement (`EXPLAIN`, nothing is executed).

    Only single SELECTs are planned, through the same classifier the judge uses, and
    under a short time limit (planning folds constants such as `repeat('x', 1e9)`):
    a rewritten query is still the learner's input.
    """
    from pivotprep.sql import safety

    try:
        with safety.time_limit(con, 2.0):
            for statement in statements:
                parsed = safety.classify(con, statement)
                if len(parsed) != 1 or parsed[0].kind != "SELECT":
                    return False
                con.execute("EXPLAIN " + parsed[0].sql).fetchall()
    except Exception:  # noqa: BLE001 - any failure means the suggestion would not help
        return False
    return True


def transpile_suggestion(
    sql: str, only: str | None = None, *, con: Any = None, error: str = ""
) -> tuple[str, str] | None:
    """(dialect label, DuckDB query) for a reading of `sql` that helps, or None.

    A reading helps when it changes more than letter case or an added `NULLS FIRST`, and,
    when a connection `con` is given, when DuckDB can plan it (`EXPLAIN`): MySQL reads
    `||` as OR and SQLite leaves `TO_DATE` as is, and neither should be suggested. The
    dialect that knows the function named in `error` is tried first. A conversion to
    `VARCHAR(n)` becomes `left(..., n)`, since DuckDB ignores the length.
    """
    import sqlglot
    from sqlglot.errors import ErrorLevel, SqlglotError

    from pivotprep.sql.dialect_fixes import cut_text_lengths

    with _quiet_sqlglot():
        try:
            own = [e.sql(dialect="duckdb") for e in sqlglot.parse(sql, read="duckdb") if e]
        except SqlglotError:
            own = []
        for dialect, label in _ordered_dialects(error):
            if only and dialect != only:
                continue
            try:
                trees = sqlglot.parse(sql, read=dialect)
                out = [
                    cut_text_lengths(tree).sql(
                        dialect="duckdb", unsupported_level=ErrorLevel.IGNORE
                    )
                    for tree in trees
                    if tree
                ]
            except SqlglotError:
                continue
            out = [statement for statement in out if statement.strip()]
            if not out or _squash(";".join(out)) in {_squash(sql), _squash(";".join(own))}:
                continue
            if con is not None and not _runs_on(con, out):
                continue
            return label, "; ".join(out)
    return None


def transpile_hint(
    sql: str, only: str | None = None, *, con: Any = None, error: str = ""
) -> str | None:
    """'Read as <dialect>, this is in DuckDB: ...' (`transpile_suggestion`), or None."""
    found = transpile_suggestion(sql, only, con=con, error=error)
    return f"Read as {found[0]}, this is in DuckDB: {found[1]}" if found else None


def _squash(text: str) -> str:
    """The query without what does not change its meaning for a hint: spacing, letter
    case, a trailing semicolon and the `NULLS FIRST`/`NULLS LAST` sqlglot adds."""
    text = re.sub(r"\s+nulls\s+(first|last)\b", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text.strip().rstrip(";")).lower()


@dataclass(frozen=True)
class Help:
    """What to say about a query DuckDB rejected: notes on the habits found, and a rewrite
    of the whole query (`source`: the dialect it was read as) for the caller to check by
    running it before offering it."""

    notes: tuple[str, ...]
    rewrite: str | None = None
    source: str | None = None

    def text(self) -> str | None:
        """The notes and the rewrite, unverified, as one hint."""
        parts = list(self.notes)
        if self.rewrite:
            parts.append(f"Read as {self.source}, this is in DuckDB: {self.rewrite}")
        return " ".join(parts) if parts else None


def dialect_help(sql: str, error: str = "", con: Any = None) -> Help | None:
    """The notes and the candidate rewrite for a query DuckDB rejected with `error`.

    `con` (the locked connection the query failed on) lets each candidate be planned
    before it is returned; the judge then runs it before offering it."""
    from pivotprep.sql.dialect_fixes import fix_for_error

    rules = matching_rules(sql)
    notes = [rule.message for rule in rules]
    fix = fix_for_error(sql, error, con)
    if fix is not None:
        notes.append(fix.note)
        if fix.rewrite:
            return Help(tuple(notes), fix.rewrite, fix.source)
    dialect = next((rule.dialect for rule in rules if rule.dialect), None)
    if rules and not dialect:
        found = None
    else:
        found = transpile_suggestion(sql, only=dialect, con=con, error=error)
    if not notes and not found:
        return None
    return Help(tuple(notes), *(found[::-1] if found else (None, None)))


def dialect_hint(sql: str, error: str = "", con: Any = None) -> str | None:
    """A hint for a query DuckDB rejected with `error`, or None if none applies; the
    rewrite in it is planned (given `con`), not run: the judge uses `dialect_help`."""
    found = dialect_help(sql, error, con)
    return found.text() if found else None
