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
import sys
from pathlib import Path

import click
import typer
from typer.core import TyperGroup

from pivotprep.cli.common import console, db_session


class _ScanGroup(TyperGroup):
    """`pivotprep scan FILE ...` runs the scan; `history`, `show`, `gap` are sub-commands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
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


def _read_job(job: str | None, job_text: str | None) -> tuple[str | bytes, str | None]:
    from pivotprep.core.errors import UserError
    from pivotprep.resume.documents.limits import MAX_UPLOAD_BYTES, read_limited, too_large

    if job_text is not None:
        if job is not None:
            raise UserError("Give the job as a file, '-' for stdin, or --job-text, not two.")
        return job_text, None
    if job is None:
        raise UserError("Give the job description: a file, '-' to read stdin, or --job-text.")
    if job == "-":
        return read_limited(sys.stdin.buffer, MAX_UPLOAD_BYTES, field="job"), None
    path = Path(job)
    if not path.is_file():
        raise UserError(f"Job file not found: {job}. Give a file, '-' for stdin, or --job-text.")
    too_large(path.stat().st_size, MAX_UPLOAD_BYTES, field="job")
    with path.open("rb") as handle:
        return read_limited(handle, MAX_UPLOAD_BYTES, field="job"), path.name


def _read_resume(resume: str) -> tuple[bytes, str]:
    from pivotprep.core.errors import UserError
    from pivotprep.resume.documents.limits import MAX_UPLOAD_BYTES, read_limited, too_large

    path = Path(resume)
    if not path.is_file():
        raise UserError(f"Resume file not found: {resume}. Give a PDF, DOCX, TXT or MD file.")
    too_large(path.stat().st_size, MAX_UPLOAD_BYTES)
    with path.open("rb") as handle:
        return read_limited(handle, MAX_UPLOAD_BYTES), path.name


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
        False, "--add-gaps-to-plan", help="Add every real gap to your plan."
    ),
    no_store: bool = typer.Option(False, "--no-store", help="Do not keep this scan in history."),
) -> None:
    """Scan RESUME against JOB: match rate by part, keywords with evidence, triage, formatting."""
    from pivotprep.resume.service import add_gap_to_plan, gaps, scan_documents

    resume_data, resume_name = _read_resume(resume)
    job_data, job_name = _read_job(job, job_text)
    from contextlib import nullcontext

    from pivotprep.resume.matching.semantic import available

    slow = semantic != "off" and available()  # loading the sentence model takes a while
    status = (
        console().status("Scanning (loading the semantic model the first time)…")
        if slow and not as_json
        else nullcontext()
    )
    with db_session() as session, status:
        result = scan_documents(
            session,
            resume_data=resume_data,
            resume_filename=resume_name,
            job=job_data,
            job_filename=job_name,
            semantic=semantic,
            store=not no_store,
        )
        added = []
        if add_gaps:
            for item in gaps(result):
                placed = add_gap_to_plan(
                    session, item["keyword"], step=item["plan_step"], hours=item["plan_hours"]
                )
                added.append(
                    {
                        "skill": item["keyword"],
                        "task": placed.task.title,
                        "week": placed.task.week,
                        "message": placed.message,
                        "replaced_hours": sum(d.hours for d in placed.displaced),
                    }
                )
    if as_json:
        data = result.to_dict()
        if add_gaps:
            data["added_to_plan"] = added
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    from pivotprep.cli.resume_report import print_report

    print_report(console(), result)
    from rich.markup import escape

    for entry in added:
        console().print(escape(entry["message"]))


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
        changes = []
        for row in rows:
            change = (row.report or {}).get("changes") or {}
            if change:
                changes.append(f"#{row.id}: {change['summary']}")
            table.add_row(
                str(row.id),
                row.created_at.strftime("%Y-%m-%d %H:%M") if row.created_at else "",
                f"{row.resume_name} v{row.resume_version}",
                row.job_title or "(untitled job)",
                f"{row.rate:.0f}%",
                str(len(row.required_matched)),
            )
        console().print(table)
        for line in changes:
            console().print(line)


@app.command("show")
def show(
    scan_id: int = typer.Argument(..., help="The scan number (see `pivotprep scan history`)."),
    as_json: bool = typer.Option(False, "--json", help="Print the stored report as JSON."),
) -> None:
    """Show a stored scan."""
    from pivotprep.cli.resume_report import print_stored
    from pivotprep.resume.service import get_scan

    with db_session() as session:
        row = get_scan(session, scan_id)
        data = dict(row.report)
    data.pop("job_text", None)
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    print_stored(console(), data)


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
