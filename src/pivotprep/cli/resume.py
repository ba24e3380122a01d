"""`pivotprep scan RESUME JOB`: the ATS scan, its history, and gaps into the plan.

pivotprep scan resume.pdf job.txt          a Rich report (--json for machines)
pivotprep scan resume.pdf - < job.txt      the job from stdin
pivotprep scan resume.docx --job-text "..."
pivotprep scan resume.pdf job.txt --add-gaps-to-plan
pivotprep scan history                     past scans (resume version x job)
pivotprep scan show 3                      one stored scan again
pivotprep scan gap add "Apache Airflow"    add a real gap to your plan
"""

from __future__ import annotations

import json
from typing import Any

import click
import typer
from typer.core import TyperGroup

from pivotprep.cli.common import console, db_session


class _ScanGroup(TyperGroup):
    """`pivotprep scan FILE ...` runs the scan; `history`, `show`, `gap` are sub-commands."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args:
            click.echo(ctx.get_help())
            raise click.exceptions.Exit(0)  # the outer (click) group ends the run cleanly
        if args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_ScanGroup,
    help="ATS scan: your resume against a job description, with the evidence.\n\n"
    "pivotprep scan RESUME JOB [--json] runs a scan (JOB: a file, '-' for stdin, or "
    "--job-text TEXT); see `pivotprep scan run --help` for every option.",
)
gap_app = typer.Typer(help="Real gaps found by a scan: add them to your plan.")
app.add_typer(gap_app, name="gap")


@app.command("run")
def run(
    resume: str = typer.Argument(..., help="Your resume: PDF, DOCX, TXT or Markdown."),
    job: str = typer.Argument(None, help="The job description: a file, or '-' for stdin."),
    job_text: str = typer.Option(None, "--job-text", help="The job description as text."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    semantic: str = typer.Option(
        "auto", "--semantic", help="Semantic evidence: auto (if installed), on, off."
    ),
    add_gaps: bool = typer.Option(
        False,
        "--add-gaps-to-plan",
        help="Add the hard-skill gaps the job requires (or its duties name) to your plan.",
    ),
    no_store: bool = typer.Option(False, "--no-store", help="Do not keep this scan in history."),
    full: bool = typer.Option(False, "--full", help="Show every keyword with its evidence."),
) -> None:
    """Scan RESUME against JOB: match rate by part, keywords with evidence, triage, formatting."""
    from pivotprep.cli.resume_scan import scan_command

    scan_command(
        resume,
        job,
        job_text=job_text,
        as_json=as_json,
        semantic=semantic,
        add_gaps=add_gaps,
        no_store=no_store,
        full=full,
    )


@app.command("history")
def history(limit: int = typer.Option(20, "--limit", help="How many scans to show.")) -> None:
    """Past scans, newest first: resume version x job, with the match rate."""
    from rich.table import Table

    from pivotprep.resume.service import list_scans

    with db_session() as session:
        rows = list_scans(session, limit)
    if not rows:
        console().print("No scans yet. Run `pivotprep scan RESUME JOB` first.")
        return
    table = Table(title="ATS scans")
    table.add_column("#")
    table.add_column("when", no_wrap=True)
    table.add_column("resume", no_wrap=True)
    table.add_column("job")
    table.add_column("rate", no_wrap=True)
    table.add_column("required matched")
    for row in rows:
        table.add_row(
            str(row.id),
            row.created_at.strftime("%Y-%m-%d %H:%M") if row.created_at else "",
            f"{row.resume_name} v{row.resume_version}",
            row.job_label,
            f"{row.rate:.0f}%",
            str(len(row.required_matched)),
        )
    console().print(table)
    for row in rows:
        if row.change:
            console().print(f"#{row.id}: {row.change}")


@app.command("show")
def show(
    scan_id: int = typer.Argument(..., help="The scan number (see `pivotprep scan history`)."),
    as_json: bool = typer.Option(False, "--json", help="Print the stored report as JSON."),
    full: bool = typer.Option(False, "--full", help="Show every keyword with its evidence."),
) -> None:
    """Show a stored scan (a summary; --full for every keyword)."""
    from pivotprep.cli.resume_report import print_report
    from pivotprep.resume.service import get_scan

    with db_session() as session:
        stored = get_scan(session, scan_id)
    if as_json:
        typer.echo(json.dumps(stored.data, indent=2, ensure_ascii=False))
        return
    print_report(console(), stored.view, full=full)


@gap_app.command("add")
def gap_add(
    skill: str = typer.Argument(..., help="The skill, e.g. 'Apache Airflow'."),
    step: str = typer.Option(None, "--step", help="Plan step (default: from the skill)."),
    hours: float = typer.Option(None, "--hours", help="Hours to plan (default: from the skill)."),
) -> None:
    """Add a real gap to your plan, as a task with the evidence to build."""
    from rich.markup import escape

    from pivotprep.resume.service import add_gap_to_plan

    with db_session() as session:
        placed = add_gap_to_plan(session, skill, step=step, hours=hours)
        said = f"{placed.message} Plan step: {placed.task.step}."
    console().print(escape(said))  # after the commit: only what was saved is reported
