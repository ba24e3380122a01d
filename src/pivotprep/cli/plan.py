"""`pivotprep plan`: this week, the timeline, progress, re-planning and exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pivotprep.cli.common import console, db_session

if TYPE_CHECKING:
    from pivotprep.plan.service import WeekView

app = typer.Typer(help="Your week-by-week plan: show it, mark progress, re-plan, export.")


def _print_week(view: WeekView) -> None:
    from rich.markup import escape

    from pivotprep.plan.service import task_label

    out = console()
    head = "This week" if view.is_current else "Week"
    out.print(
        f"[bold]{head}: week {view.number} of {view.plan.weeks}[/bold] "
        f"({view.start.isoformat()} to {view.end.isoformat()}), "
        f"{view.planned_hours:g} h planned of {view.budget} h, {view.done_hours:g} h logged"
    )
    if view.note:
        out.print(view.note)
    for task in view.tasks:
        box = {"done": "[green]\\[x][/green]", "dropped": "[dim]\\[-][/dim]"}.get(
            task.status, "\\[ ]"
        )
        logged = view.logged.get(task.id, 0.0)
        extra = f", {logged:g} h logged" if logged else ""
        out.print(
            f"  {box} #{task.id:<5} {task.hours:>4g} h  [dim]{view.titles[task.step]}[/dim]  "
            f"{escape(task_label(task))}{extra}",
            soft_wrap=True,
        )
        if task.milestone:
            out.print(f"           milestone: [bold]{escape(task.milestone)}[/bold]")


@app.callback(invoke_without_command=True)
def show(ctx: typer.Context) -> None:
    """Show this week's tasks and the timeline by step (makes the plan if needed)."""
    if ctx.invoked_subcommand:
        return
    from rich.markup import escape

    from pivotprep.plan.service import current_week, overview

    with db_session() as session:
        view = current_week(session)
        plan = overview(session)
        out = console()
        out.print(
            f"[bold]Your plan[/bold]: {plan.plan.weeks} weeks from "
            f"{plan.plan.start_date.isoformat()} to {plan.end_date.isoformat()}, "
            f"{plan.plan.hours_per_week} h/week; {plan.logged_hours:g} of "
            f"{plan.planned_hours:g} h done so far."
        )
        for note in plan.notes:
            out.print(f"[yellow]Note:[/yellow] {escape(note)}", soft_wrap=True)
        out.print("\n[bold]Timeline by step[/bold]")
        for span in plan.steps:
            out.print(
                f"  {span.title:<28} weeks {span.first_week:>2}-{span.last_week:<2}  "
                f"{span.planned:>5g} h  {span.done_tasks}/{span.tasks} tasks done"
            )
            for week, name in span.milestones:
                out.print(f"      week {week:>2}: {escape(name)}")
        out.print()
        _print_week(view)
        out.print(
            "\nMark progress: [bold]pivotprep plan done ID[/bold], "
            "[bold]pivotprep plan log ID HOURS[/bold]; other weeks: "
            "[bold]pivotprep plan week N[/bold]."
        )


@app.command()
def week(number: int = typer.Argument(None, help="Week number (default: this week).")) -> None:
    """Show one week's tasks."""
    from pivotprep.plan.service import current_week, week_view

    with db_session() as session:
        _print_week(current_week(session) if number is None else week_view(session, number))


@app.command()
def done(
    task_ids: list[int] = typer.Argument(..., help="Task id(s), as shown by `pivotprep plan`."),
    undo: bool = typer.Option(False, "--undo", help="Mark the task(s) open again."),
) -> None:
    """Mark tasks done (logs their planned hours if you logged none)."""
    from rich.markup import escape

    from pivotprep.plan.service import mark_done, task_label

    with db_session() as session:
        for task_id in task_ids:
            task = mark_done(session, task_id, done=not undo)
            state = "open again" if undo else "done"
            console().print(f"#{task.id} {escape(task_label(task))}: {state}.")
            if task.milestone and not undo:
                console().print(f"Milestone reached: [bold]{escape(task.milestone)}[/bold]")


@app.command()
def log(
    task_id: int = typer.Argument(..., help="Task id."),
    hours: str = typer.Argument(..., help="Hours spent today, e.g. 1.5."),
) -> None:
    """Log hours spent on a task today."""
    from pivotprep.plan.service import log_hours

    with db_session() as session:
        total = log_hours(session, task_id, hours)
        console().print(f"Logged {hours} h on #{task_id}; {total:g} h in total.")


@app.command()
def replan(
    extend: int = typer.Option(0, "--extend", help="Add this many weeks at the end first."),
    drop: list[str] = typer.Option(
        None,
        "--drop",
        help="Drop these optional task ids first (the ones a replan names): --drop 57,61 "
        "(or --drop 57 --drop 61). Required tasks are refused.",
    ),
) -> None:
    """Move unfinished work into the weeks left, without overfilling any week."""
    from pivotprep.plan.service import replan as run_replan

    with db_session() as session:
        report = run_replan(session, extend=extend, drop=drop or ())
        console().print(report.message)


@app.command()
def export(
    fmt: str = typer.Option("md", "--format", "-f", help="md, csv or ics."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
) -> None:
    """Export the plan as Markdown, CSV or iCalendar (importable in Google Calendar)."""
    import sys

    from pivotprep.core.errors import UserError
    from pivotprep.plan.service import export_plan

    with db_session() as session:
        content, _, name = export_plan(session, fmt)
    if output is None:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(content)
    except OSError as exc:
        raise UserError(f"Cannot write {output}: {exc.strerror or exc}.") from None
    console().print(f"Wrote {output} ({len(content)} bytes; suggested name {name}).")
