"""`pivotprep sql`: list, start, test, explain, schema, query, hint, solution, datasets build."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import typer

from pivotprep.cli import practice as practice_cli
from pivotprep.cli.common import console, db_session, print_plan_ticks

if TYPE_CHECKING:
    from pivotprep.sql.service import QueryRun, Verdict

app = typer.Typer(help="SQL practice on embedded DuckDB datasets, with optimisation drills.")
datasets_app = typer.Typer(help="Build the practice datasets ahead of time.")
app.add_typer(datasets_app, name="datasets")

STATUS = {
    "pass": "[green]pass[/green]",
    "wrong": "[red]wrong result[/red]",
    "error": "[red]error[/red]",
    "timeout": "[yellow]time limit[/yellow]",
    "refused": "[red]refused[/red]",
}
SIDE = {"missing": "expected, missing from yours", "extra": "yours, not expected",
        "expected": "expected", "yours": "yours"}  # fmt: skip


WIDE_LIST = 120  # from this many columns `sql list` has one line per problem


@app.command("list")
def list_(topic: str = typer.Option(None, "--topic", help="Only this topic, e.g. joins.")) -> None:
    """The SQL problems and drills.

    On a narrow terminal the title goes under the id, in the same cell, with the dataset:
    beside an id that must not wrap, a title column would be squeezed to a few letters.
    """
    from rich.markup import escape
    from rich.table import Table

    from pivotprep.sql.service import list_problems

    problems = list_problems(topic)
    out = console()
    wide = out.width >= WIDE_LIST
    table = Table()
    if wide:
        table.add_column("id", no_wrap=True)
        table.add_column("title", overflow="fold")
        table.add_column("dataset")
    else:
        table.add_column("problem: id, title · dataset", overflow="fold")
    for name in ("topic", "level", "min"):
        table.add_column(name)
    for p in problems:
        title = escape(p.title) + (f"  [cyan](drill, {p.speedup:g}x)[/cyan]" if p.is_drill else "")
        rest = (p.topic, p.difficulty, str(p.estimated_minutes))
        if wide:
            table.add_row(p.id, title, p.dataset, *rest)
        else:
            table.add_row(f"[bold]{p.id}[/bold]\n{title} [dim]· {p.dataset}[/dim]", *rest)
    out.print(table)


@app.command()
def start(problem_id: str) -> None:
    """Start the clock and write <workspace>/sql/ID.sql with the statement's essentials."""
    from pivotprep.sql.service import get_problem
    from pivotprep.sql.service import start as start_problem

    problem = get_problem(problem_id)
    with db_session() as session:
        started = start_problem(session, problem_id)
    out = console()
    out.print(f"[bold]{problem.title}[/bold]\n")
    out.print(problem.statement_md.split("\n", 1)[1].strip())
    out.print(f"\n{'Wrote' if started.created else 'Kept your existing'} {started.path}")
    out.print(
        f"Test it with [bold]pivotprep sql test {problem_id}[/bold]; schema: "
        f"[bold]pivotprep sql schema {problem.dataset}[/bold]; "
        f"hints: [bold]pivotprep practice hint {problem_id}[/bold]."
    )


def _rows_table(columns: list[str], rows: list[tuple[Any, ...]], title: str) -> Any:
    from rich.table import Table

    from pivotprep.sql.service import show_row

    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*show_row(row))
    return table


def _print_verdict(verdict: Verdict) -> None:
    from rich.markup import escape
    from rich.table import Table

    from pivotprep.sql.service import show_row

    out = console()
    out.print(f"{STATUS.get(verdict.status, verdict.status)}: {verdict.message}")
    if verdict.hint:
        out.print(f"[cyan]Dialect hint:[/cyan] {escape(verdict.hint)}")
    for warning in verdict.warnings:
        out.print(f"[yellow]Dialect warning:[/yellow] {escape(warning)}")
    if verdict.diff:
        width = max(len(d.row) for d in verdict.diff)
        names = verdict.expected_columns
        if len(names) != width:  # cannot happen after the column check; stay readable
            names = [f"c{i + 1}" for i in range(width)]
        table = Table("row", "side", *names, title="First differing rows",
                      title_justify="left")  # fmt: skip
        for d in verdict.diff:
            table.add_row(str(d.index), SIDE[d.side], *show_row(d.row))
        out.print(table)
    if verdict.columns:
        shown = verdict.rows[:10]
        title = f"Your result ({verdict.row_count} rows, first {len(shown)})"
        out.print(_rows_table(verdict.columns, shown, title))


def _print_run(run: QueryRun) -> None:
    """The verdict and, for a drill whose rows match, its timing."""
    assert run.verdict is not None
    _print_verdict(run.verdict)
    drill = run.drill
    if drill is not None and drill.verdict.passed:
        style = "green" if drill.fast_enough else "yellow"
        console().print(f"[{style}]{drill.message}[/{style}]")
        if not drill.timed:
            console().print("Small data checks the rows; run without --size for the timed check.")


@app.command()
def test(
    problem_id: str,
    file: Path = typer.Option(None, "--file", "-f", help="Query file (default: the workspace)."),
    size: str = typer.Option(None, "--size", help="Drills: large (timed, default) or small."),
    repeats: int = typer.Option(5, "--repeats", min=1, max=10, help="Drills: timed pairs."),
) -> None:
    """Judge your query. Drills: same rows as the slow query, then timed against it."""
    from pivotprep.sql.service import judge_query, prestart, read_submission

    prestart()  # the SQL worker starts while the problem, file and store are read
    sql = read_submission(problem_id, file)
    with db_session() as session:
        run = judge_query(session, problem_id, sql, size=size, repeats=repeats,
                         show_progress=True)  # fmt: skip
    _print_run(run)
    print_plan_ticks(run.plan)
    if run.passed:
        console().print("Recorded. Next: [bold]pivotprep practice next[/bold].")
    else:
        raise click.exceptions.Exit(1)  # the outer (click) group ends the run with 1


@app.command()
def explain(
    problem_id: str,
    file: Path = typer.Option(None, "--file", "-f", help="Query file (default: the workspace)."),
    size: str = typer.Option("large", "--size", help="large (default) or small."),
) -> None:
    """EXPLAIN ANALYZE of the drill's slow query and of yours, side by side."""
    from rich.table import Table

    from pivotprep.sql.service import explain as explain_both
    from pivotprep.sql.service import prestart, read_submission

    prestart()

    sql = read_submission(problem_id, file)
    slow, yours = explain_both(problem_id, sql, size=size, show_progress=True)
    table = Table("slow query", "your query", expand=True)
    table.add_row(slow, yours)
    console().print(table)


@app.command()
def schema(dataset: str) -> None:
    """The tables and columns of a dataset (shop, app, hr, rides, and the packs' own)."""
    from rich.table import Table

    from pivotprep.sql.service import get_dataset
    from pivotprep.sql.service import schema as get_schema

    ds = get_dataset(dataset)
    out = console()
    out.print(f"[bold]{ds.title}[/bold] ({ds.name}): {ds.description}\n")
    for table_schema in get_schema(dataset):
        table = Table("column", "type", "meaning", title=table_schema.name, title_justify="left")
        for name, dtype, doc in table_schema.columns:
            table.add_row(name, dtype, doc)
        out.print(table)


@app.command()
def query(
    dataset: str,
    sql: str = typer.Argument(None, help="The query (or give --file)."),
    file: Path = typer.Option(None, "--file", "-f", help="Read the query from this file."),
) -> None:
    """Free query mode: run any query on a dataset (small size), nothing judged or recorded."""
    from rich.markup import escape

    from pivotprep.sql.service import run_free_query

    if file is not None:
        sql = file.read_text(encoding="utf-8")
    if sql is None:
        raise click.UsageError("Give the query as an argument or with --file.")
    run = run_free_query(dataset, sql)
    out = console()
    if run.error:
        out.print(f"[red]error[/red]: {escape(run.error)}")
    if run.hint:
        out.print(f"[cyan]Dialect hint:[/cyan] {escape(run.hint)}")
    for warning in run.warnings:
        out.print(f"[yellow]Dialect warning:[/yellow] {escape(warning)}")
    if run.error:
        raise typer.Exit(1)
    shown = f"first {len(run.rows)} of " if run.row_count > len(run.rows) else ""
    out.print(_rows_table(run.columns, run.rows, f"{shown}{run.row_count} rows, "
                          f"{run.elapsed_ms:.1f} ms"))  # fmt: skip


# `sql hint` and `sql solution` are the practice commands themselves (same workflow, same
# messages, including the forced-peek warning), registered under `sql` as well.
app.command("hint")(practice_cli.hint)
app.command("solution")(practice_cli.solution)


@datasets_app.command("build")
def build(
    names: list[str] = typer.Argument(None, help="Datasets (default: all)."),
    size: str = typer.Option("large", "--size", help="small or large (default)."),
) -> None:
    """Build datasets now (they are otherwise built on first use) and show the time taken."""
    from pivotprep.sql.service import build_datasets

    def done(name: str, path: Path, seconds: float) -> None:
        console().print(f"{name} ({size}): {path} [{seconds:.1f} s]")

    build_datasets(names or None, size, show_progress=True, on_built=done)
