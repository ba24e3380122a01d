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
    for note in report.notes:
        out.print(f"[dim]{escape(note)}[/]")
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


def _clock(seconds: int) -> str:
    if seconds < 0:
        return f"over by {(-seconds) // 3600} h {(-seconds) % 3600 // 60:02d} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min left"


@app.command("briefs")
def briefs(
    role: str | None = typer.Option(None, "--role", help="ml-engineer, data-engineer, ..."),
) -> None:
    """The take-home briefs, by role, and the plan's take-home tasks."""
    from rich.markup import escape

    from pivotprep.portfolio.service import list_briefs, takehome_tasks

    for brief in list_briefs(role):
        console().print(f"{brief.id:24} [dim]{brief.role:17}[/] {escape(brief.title)}")
    with db_session() as session:
        tasks = takehome_tasks(session)
    if tasks:
        console().print("\n[bold]In your plan[/] (handing a take-home in ticks the first open one)")
    for task in tasks:
        console().print(f"  week {task.week:2}  ({task.status}) {escape(task.title)}")


@app.command("brief")
def brief_(brief_id: str = typer.Argument(..., help="A brief id from `portfolio briefs`.")) -> None:
    """A brief in full: the scenario, what to hand in, what the check looks for."""
    from rich.markup import escape

    from pivotprep.portfolio.service import get_brief

    brief = get_brief(brief_id)
    out = console()
    out.print(f"[bold]{escape(brief.title)}[/] [dim]({brief.id}, {brief.role})[/]\n")
    out.print(escape(brief.scenario.strip()) + "\n")
    out.print("[bold]Hand in[/]")
    for item in brief.deliverables:
        out.print(f"  • {escape(item)}")
    out.print(f"\n[bold]Stretch (24-hour clock)[/] {escape(brief.stretch)}")
    out.print(f"[bold]The check looks at[/] {', '.join(brief.checks)}")
    out.print(f"\n[dim]Start the clock: pivotprep portfolio start {brief.id} --hours 4[/]")


@app.command("start")
def start(
    brief_id: str = typer.Argument(..., help="A brief id from `portfolio briefs`."),
    hours: int = typer.Option(4, "--hours", help="The clock: 4 or 24 hours."),
) -> None:
    """Start the clock on a take-home brief."""
    from pivotprep.portfolio.service import start_takehome

    with db_session() as session:
        view = start_takehome(session, brief_id, hours)
        console().print(
            f"Take-home {view.id} started: {view.brief.title}, due "
            f"{view.deadline:%Y-%m-%d %H:%M} UTC ({_clock(view.seconds_left)}).\n"
            f"Hand it in with `pivotprep portfolio submit {view.id} PATH`."
        )


@app.command("takehomes")
def takehomes_() -> None:
    """Your timed take-homes: the clock, and the score of each submission."""
    from pivotprep.portfolio.service import takehomes

    with db_session() as session:
        views = takehomes(session)
    if not views:
        console().print("No take-home yet: `pivotprep portfolio briefs`, then `start`.")
    for view in views:
        state = (
            f"submitted, check {view.check_id}" + (" (late)" if view.late else "")
            if view.submitted_at
            else _clock(view.seconds_left)
        )
        console().print(f"{view.id:4}  {view.brief.id:24} {view.hours:2} h  {state}")


@app.command("submit")
def submit(
    takehome_id: int = typer.Argument(..., help="The take-home's number (`portfolio takehomes`)."),
    path: Path = typer.Argument(..., help="Your project: a folder, a git repository or a zip."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    static_only: bool = typer.Option(False, "--static-only", help="Only read the files."),
) -> None:
    """Hand in a take-home: the clock stops and the project goes straight into the check."""
    from pivotprep.portfolio.service import submit_takehome

    with db_session() as session:
        result = submit_takehome(session, takehome_id, path=path, run=not static_only)
    _emit(result, as_json, None)
    if result.plan_task and not as_json:
        task = result.plan_task
        console().print(f"[green]Plan: ticked[/] week {task.week}, {task.title}")
