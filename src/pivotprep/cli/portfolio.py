"""`pivotprep portfolio`: check a project the way a reviewer would try it.

pivotprep portfolio check ./my-project            # a folder, a git repository or a zip
pivotprep portfolio check project.zip --json
pivotprep portfolio check . --markdown report.md
pivotprep portfolio history ; pivotprep portfolio show 3 --markdown -
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pivotprep.cli.common import console, db_session

if TYPE_CHECKING:
    from pivotprep.portfolio.service import CheckResult

app = typer.Typer(
    no_args_is_help=True,
    help="Portfolio and take-home check: install, run, test and probe a project.",
)
COLOURS = {"pass": "green", "warn": "yellow", "fail": "red", "skip": "dim"}


def _print(result: CheckResult) -> None:
    from rich.markup import escape

    out = console()
    report = result.report
    out.print(f"[bold]{escape(report.project)}[/] · {report.files} files · {report.source}")
    for check in report.checks:
        colour = COLOURS[check.status]
        out.print(
            f"[{colour}]{check.status.upper():4}[/] {escape(check.title)}: {escape(check.summary)}"
        )
        for item in check.evidence[:5]:
            text = f" {item.text}" if item.text else ""
            out.print(f"       [dim]{escape(item.where())}{escape(text)}[/]")
        if check.command and check.status in ("fail", "warn"):
            code = "" if check.exit_code is None else f" → exit {check.exit_code}"
            out.print(f"       [dim]$ {escape(check.command)}{code}[/]")
            for line in check.tail[-5:]:
                out.print(f"       [dim]│ {escape(line)}[/]")
    for change in result.moved:
        out.print(
            f"[bold]Since last check:[/] {escape(change.title)} {change.before} → {change.after}"
        )
    fixes = report.fixes()
    if fixes:
        out.print("\n[bold]Fix first[/]")
        for number, check in enumerate(fixes, start=1):
            out.print(f"  {number}. {escape(check.fix)}")
    out.print(f"\n[bold]Score {report.score}/100[/] (check {result.id})")


def _emit(result: CheckResult, as_json: bool, markdown_to: str | None) -> None:
    from pivotprep.portfolio.service import markdown

    if markdown_to == "-":
        typer.echo(markdown(result), nl=False)
        return
    if markdown_to:
        from pivotprep.core.files import write_text_atomic

        write_text_atomic(Path(markdown_to), markdown(result))
    if as_json:
        data = result.report.to_dict()
        data["id"] = result.id
        data["improved"] = [c.__dict__ for c in result.moved]
        typer.echo(json.dumps(data, indent=2))
    else:
        _print(result)
        if markdown_to:
            console().print(f"Markdown written to {markdown_to}")


@app.command("check")
def check(
    path: Path = typer.Argument(..., help="The project: a folder, a git repository or a zip."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    markdown_to: str | None = typer.Option(
        None, "--markdown", help="Also write the report as Markdown to this file (- : stdout)."
    ),
    static_only: bool = typer.Option(
        False, "--static-only", help="Only read the files: no install, tests, server or probes."
    ),
) -> None:
    """Check a project as a reviewer would: read it (README, dependencies, secrets ...),
    then install it in a clean room, run its tests, start it and probe it with bad input."""
    from pivotprep.portfolio.service import check_project

    with db_session() as session:
        result = check_project(session, path, run=not static_only)
    _emit(result, as_json, markdown_to)


@app.command("show")
def show(
    check_id: int = typer.Argument(..., help="A check id from `pivotprep portfolio history`."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    markdown_to: str | None = typer.Option(
        None, "--markdown", help="Write the report as Markdown to this file (- : stdout)."
    ),
) -> None:
    """Show a stored check again."""
    from pivotprep.portfolio.service import get_check

    with db_session() as session:
        result = get_check(session, check_id)
    _emit(result, as_json, markdown_to)


@app.command("history")
def history_(
    project: str | None = typer.Option(None, "--project", help="Only this project's checks."),
) -> None:
    """Every stored check, newest first, with its score."""
    from pivotprep.portfolio.service import history

    with db_session() as session:
        rows = history(session, project)
    if not rows:
        console().print("No check yet: `pivotprep portfolio check PATH`.")
    for row in rows:
        console().print(f"{row.id:4}  {row.checked_at}  {row.score:3}/100  {row.project}")
