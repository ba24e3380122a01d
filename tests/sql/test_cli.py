"""`pivotprep sql ...` end to end on a real store, real dataset files and real query files."""

from __future__ import annotations

from pathlib import Path

from pivotprep.sql.problems import get_sql_problem
from pivotprep.sql.service import workspace_path


def test_list_shows_problems_and_drills(cli, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    result = cli("sql", "list", "--topic", "optimisation")
    assert result.exit_code == 0
    assert "sql-drill-sargable-dates" in result.output and "drill" in result.output


def test_start_writes_the_workspace_file_and_test_judges_it(cli, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    result = cli("sql", "start", "sql-referral-pairs")
    assert result.exit_code == 0, result.output
    path = workspace_path("sql-referral-pairs")
    text = path.read_text()
    assert text.startswith("-- sql-referral-pairs: Who referred whom")
    assert "pivotprep sql test sql-referral-pairs" in text

    result = cli("sql", "test", "sql-referral-pairs")
    assert result.exit_code == 1 and "error" in result.output

    header = text.removesuffix("SELECT\n")
    path.write_text(header + get_sql_problem("sql-referral-pairs").wrongs["wrong_reversed"])
    result = cli("sql", "test", "sql-referral-pairs")
    assert result.exit_code == 1
    assert "wrong result" in result.output and "First differing rows" in result.output
    diff = result.output.split("First differing rows", 1)[1].split("Your result", 1)[0]
    assert "customer_name" in diff and " c1 " not in diff  # the expected columns' names

    path.write_text(get_sql_problem("sql-referral-pairs").reference)
    result = cli("sql", "test", "sql-referral-pairs")
    assert result.exit_code == 0 and "pass" in result.output and "Recorded" in result.output


def test_hints_and_the_solution_lock_come_from_the_practice_workflow(
    cli, small: dict[str, Path]
) -> None:  # type: ignore[no-untyped-def]
    cli("sql", "start", "sql-org-chart-depth")
    result = cli("practice", "hint", "sql-org-chart-depth")
    assert result.exit_code == 0 and "Start from the employee with no manager" in result.output
    result = cli("sql", "solution", "sql-org-chart-depth")
    assert result.exit_code == 2 and "unlocks in" in result.output
    result = cli("sql", "solution", "sql-org-chart-depth", "--force")
    assert result.exit_code == 0 and "WITH RECURSIVE" in result.output


def test_test_with_a_file_and_a_dialect_hint(cli, small: dict[str, Path], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    query = tmp_path / "mine.sql"
    query.write_text("SELECT TOP 3 full_name FROM customers")
    result = cli("sql", "test", "sql-referral-pairs", "--file", str(query))
    assert result.exit_code == 1 and "Dialect hint" in result.output and "LIMIT" in result.output


def test_drill_on_small_data_and_explain_side_by_side(
    cli, small: dict[str, Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    drill = get_sql_problem("sql-drill-one-scan-not-twelve")
    query = tmp_path / "fast.sql"
    query.write_text(drill.reference)
    result = cli("sql", "test", drill.id, "--file", str(query), "--size", "small", "--repeats", "1")
    assert "faster" in result.output and "Small data checks the rows" in result.output
    result = cli("sql", "explain", drill.id, "--file", str(query), "--size", "small")
    assert result.exit_code == 0
    assert "slow query" in result.output and "your query" in result.output


def test_schema_and_unknown_ids_are_clear_errors(cli, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    result = cli("sql", "schema", "hr")
    assert result.exit_code == 0 and "manager_id" in result.output
    result = cli("sql", "schema", "nope")
    assert result.exit_code == 2 and "Choose one of" in result.output
    result = cli("sql", "test", "sql-nope")
    assert result.exit_code == 2 and "sql list" in result.output


def test_datasets_build_small(cli, isolated_home: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("sql", "datasets", "build", "hr", "--size", "small")
    assert result.exit_code == 0, result.output
    assert "hr (small)" in result.output
    assert list((isolated_home / "cache" / "sql").glob("hr-small-*.duckdb"))


def test_sql_hint_and_solution_are_the_practice_commands(
    cli, small: dict[str, Path], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    cli("sql", "start", "sql-org-chart-depth")
    result = cli("sql", "hint", "sql-org-chart-depth")
    assert result.exit_code == 0 and "Hint 1/" in result.output
    result = cli("sql", "solution", "sql-org-chart-depth", "--force")
    assert result.exit_code == 0 and "WITH RECURSIVE" in result.output
    assert "Forced peek recorded: the next review will be rated Again." in result.output

    # hint text is printed as is: brackets in it are not read as Rich markup
    import pivotprep.practice.service as practice_service

    monkeypatch.setattr(
        practice_service, "reveal_hint", lambda session, pid: (2, 3, "Use ARRAY[1, 2] [bold]x")
    )
    for group in ("sql", "practice"):
        result = cli(group, "hint", "sql-org-chart-depth")
        assert result.exit_code == 0 and "Hint 2/3: Use ARRAY[1, 2] [bold]x" in result.output


def test_a_missing_argument_or_subcommand_is_a_usage_message(cli) -> None:  # type: ignore[no-untyped-def]
    for args, missing in (
        (("sql", "schema"), "Missing argument"),
        (("sql", "datasets"), "Missing command"),
        (("sql", "hint"), "Missing argument"),
        (("sql", "solution"), "Missing argument"),
    ):
        result = cli(*args)
        assert result.exit_code == 2, args
        assert missing in result.output and "Traceback" not in result.output, args


def test_a_drill_rewrite_that_creates_a_table_is_a_clear_error(
    cli, small: dict[str, Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    drill = get_sql_problem("sql-drill-number-orders-with-a-window")
    query = tmp_path / "d1.sql"
    query.write_text(f"CREATE TABLE keep AS SELECT 1; {drill.reference}")
    result = cli("sql", "test", drill.id, "-f", str(query), "--size", "small", "--repeats", "1")
    assert result.exit_code == 2, result.output
    assert "single SELECT statement" in result.output and "Traceback" not in result.output


def test_a_query_file_that_is_not_utf8_is_a_clear_error(
    cli, small: dict[str, Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    query = tmp_path / "bin.sql"
    query.write_bytes(b"\xff\xfeS\x00E\x00")
    result = cli("sql", "test", "sql-customers-never-ordered", "-f", str(query))
    assert result.exit_code == 2, result.output
    assert "save it as UTF-8" in result.output and "Traceback" not in result.output


def test_list_of_an_unknown_topic_names_the_known_ones(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("sql", "list", "--topic", "nope")
    assert result.exit_code == 2
    assert "Unknown topic 'nope'" in result.output and "window-functions" in result.output
    assert "┏" not in result.output  # no empty table
    result = cli("sql", "list", "--topic", " Joins ")
    assert result.exit_code == 0 and "sql-customers-never-ordered" in result.output


def _list_at(columns: int, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from pivotprep.cli import common
    from pivotprep.cli.main import app

    monkeypatch.setattr(common, "_console", None)  # Rich reads COLUMNS when it is made
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(app, ["sql", "list"])
    assert result.exit_code == 0, result.output
    return result.output


def test_list_keeps_ids_and_titles_readable_at_80_columns(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.sql.service import list_problems

    output = _list_at(80, monkeypatch)
    lines = output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "…" not in output
    cells = " ".join(line.split("│")[1].strip() for line in lines if line.startswith("│"))
    for problem in list_problems():
        assert problem.id in cells
        assert problem.title in cells  # whole, perhaps wrapped over two lines of its cell
    assert "Paid above the department average" in output  # short titles on one line


def test_list_on_a_wide_terminal_has_one_line_per_problem(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.sql.service import list_problems

    output = _list_at(160, monkeypatch)
    rows = [line for line in output.splitlines() if line.startswith("│")]
    assert len(rows) == len(list_problems())
    assert "dataset" in output and "…" not in output
