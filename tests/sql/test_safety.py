"""Only the dataset is reachable: files, network, extensions and settings are locked, and a
query that runs forever is cancelled at the time limit without hurting the next one."""

from __future__ import annotations

from pathlib import Path

import pytest

from pivotprep.sql.judge import SqlSpec, judge
from pivotprep.sql.problems import get_sql_problem

ATTEMPTS = {
    "install": ("INSTALL httpfs", "extensions"),
    "load": ("LOAD httpfs", "extensions"),
    "attach": ("ATTACH '/tmp/other.duckdb' AS other", "ATTACH is switched off"),
    "copy-to": ("COPY orders TO '/tmp/stolen.csv'", "COPY is switched off"),
    "read-csv": ("SELECT * FROM read_csv('/etc/passwd')", "only the dataset's tables"),
    "read-text": ("SELECT * FROM read_text('/etc/hostname')", "only the dataset's tables"),
    "glob": ("SELECT * FROM glob('/etc/*')", "only the dataset's tables"),
    "export": ("EXPORT DATABASE '/tmp/dump'", "EXPORT DATABASE is switched off"),
    "pragma": ("PRAGMA enable_external_access", "PRAGMA is switched off"),
    "set": ("SET enable_external_access = true", "SET is switched off"),
    "reset": ("RESET lock_configuration", "settings are fixed"),
}


@pytest.mark.parametrize("name", sorted(ATTEMPTS))
def test_escape_attempts_are_refused_with_a_clear_message(
    small: dict[str, Path], name: str
) -> None:
    sql, words = ATTEMPTS[name]
    problem = get_sql_problem("sql-referral-pairs")
    verdict = judge(problem.spec(), small["shop"], sql)
    assert verdict.status in ("refused", "error"), verdict
    assert words in verdict.message, verdict.message
    assert not Path("/tmp/stolen.csv").exists()


def test_a_query_that_runs_forever_is_cancelled_and_the_next_one_works(
    small: dict[str, Path],
) -> None:
    spec = SqlSpec(id="t-forever", dataset="shop", reference="SELECT 42", time_limit=0.5)
    forever = "SELECT count(*) FROM range(1000000000000) a, range(1000000) b"
    verdict = judge(spec, small["shop"], forever)
    assert verdict.status == "timeout" and "cancelled" in verdict.message
    assert judge(spec, small["shop"], "SELECT 42").passed


def test_recursive_query_without_end_is_cancelled(small: dict[str, Path]) -> None:
    spec = SqlSpec(id="t-loop", dataset="hr", reference="SELECT 1", time_limit=0.5)
    loop = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r"
    verdict = judge(spec, small["hr"], loop)
    assert verdict.status in ("timeout", "error") and not verdict.passed


LEAKS = [
    "SELECT value FROM duckdb_settings() WHERE name = 'temp_directory'",
    "SELECT current_setting('temp_directory')",
    "SELECT 'temp_directory'.current_setting()",
    "SELECT \"CURRENT_SETTING\"/**/('allowed_paths')",
    "SELECT path FROM duckdb_databases",
    "SELECT * FROM pragma_database_list",
    "SELECT * FROM query('SELECT current_' || 'setting(''temp_directory'')')",
    "EXPLAIN SELECT current_setting('temp_directory')",
    "CREATE TABLE leak AS SELECT path FROM duckdb_databases(); SELECT * FROM leak",
]


@pytest.mark.parametrize("sql", LEAKS)
def test_no_query_reveals_where_the_dataset_lives(small: dict[str, Path], sql: str) -> None:
    """The dataset's absolute path names the user's home; settings and catalogue functions
    would hand it to anyone who can type SQL."""
    problem = get_sql_problem("sql-referral-pairs")
    verdict = judge(problem.spec(), small["shop"], sql)
    assert verdict.status == "refused", verdict
    assert "settings, databases or files" in verdict.message
    shown = repr(verdict)
    assert str(small["shop"].parent) not in shown and str(Path.home()) not in shown


def test_the_words_in_strings_and_comments_are_not_refused(small: dict[str, Path]) -> None:
    problem = get_sql_problem("sql-referral-pairs")
    sql = "SELECT 'current_setting' AS query -- duckdb_settings()\nFROM range(1)"
    verdict = judge(problem.spec(), small["shop"], sql)
    assert verdict.status != "refused", verdict


def test_the_watchdog_interrupts_only_the_run_it_was_armed_for() -> None:
    import contextlib
    import threading

    import duckdb

    from pivotprep.sql import safety

    con = duckdb.connect()
    try:
        with safety.time_limit(con, 0.2) as state, contextlib.suppress(Exception):
            # a query past its limit is interrupted (DuckDB raises InterruptException)
            con.execute("SELECT count(*) FROM range(10000000000) a, range(10) b").fetchall()
        assert state["fired"]
        # nested limits keep their own deadlines
        with safety.time_limit(con, 30) as outer, safety.time_limit(con, 30) as inner:
            assert con.execute("SELECT 42").fetchone() == (42,)
        assert not outer["fired"] and not inner["fired"]
        done = threading.Event()  # a disarmed limit never fires afterwards
        with safety.time_limit(con, 0.05) as quick:
            pass
        done.wait(0.3)
        assert not quick["fired"] and con.execute("SELECT 1").fetchone() == (1,)
    finally:
        con.close()
