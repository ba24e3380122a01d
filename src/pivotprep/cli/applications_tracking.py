"""`pivotprep jobs apply/stage/list/show/search/funnel/status/export/import`: applications
through their stages (the gate speaks before "applied"), the funnel, CSV in and out."""

from __future__ import annotations

from pathlib import Path

import typer

from pivotprep.cli.applications_network import DAY_FIRST_HELP, MAP_HELP, SKIP_HELP, open_upload
from pivotprep.cli.applications_render import (
    esc,
    funnel_json,
    print_application,
    print_applications,
    print_companies,
    print_funnel,
    print_import,
)
from pivotprep.cli.common import console, db_session

CHANNEL_HELP = "referral, recruiter, cold (application) or job board."


def apply(
    company: str = typer.Argument(..., help="The company (a target or any other)."),
    role: str = typer.Option("", "--role"),
    channel: str = typer.Option("", "--channel", help=CHANNEL_HELP),
    salary: str = typer.Option("", "--salary", help="Salary notes (range, what you asked)."),
    notes: str = typer.Option("", "--notes"),
    url: str = typer.Option("", "--url", help="The posting's address."),
) -> None:
    """Track an application (saved; mark it applied with `jobs stage ID applied`)."""
    from pivotprep.applications.service import add_application

    with db_session() as session:
        view = add_application(
            session,
            company=company,
            role=role,
            channel=channel,
            salary_notes=salary,
            notes=notes,
            posting_url=url,
        )
        target = "" if view.company_id else " (not on your target list)"
        console().print(
            f"Tracking application [bold]#{view.id}[/bold] to {esc(view.company_name)}{target}, "
            f"saved. When you send it: `pivotprep jobs stage {view.id} applied`."
        )


def stage(
    application_id: int = typer.Argument(..., help="The application's number."),
    to: str = typer.Argument(..., help="saved, researched, referral asked, applied, screen..."),
    on: str = typer.Option(None, "--on", help="The date (default: today)."),
    note: str = typer.Option("", "--note"),
    anyway: bool = typer.Option(
        False, "--anyway", help="Mark it applied over the gate's warnings (recorded)."
    ),
) -> None:
    """Move an application to a stage. Marking it applied first checks the gate."""
    from pivotprep.applications.service import GateBlockedError, move_stage

    with db_session() as session:
        try:
            change = move_stage(session, application_id, to, on=on, note=note, override=anyway)
        except GateBlockedError as blocked:
            out = console()
            out.print(f"[yellow]Before you mark application #{application_id} applied:[/yellow]")
            for reason in blocked.reasons:
                out.print(f"  - {esc(reason.message)}")
            if not typer.confirm("Mark it applied anyway? The override is recorded", default=False):
                out.print("Not marked applied.")
                raise typer.Exit(1) from None
            change = move_stage(session, application_id, to, on=on, note=note, override=True)
        view = change.application
        over = " over the gate (recorded)" if change.reasons else ""
        console().print(
            f"#{view.id} {esc(view.company_name)}: {view.stage_label} on "
            f"{view.stage_changed_on.isoformat()}{over}."
        )


def list_(
    stage_: str = typer.Option(None, "--stage", help="Only this stage."),
    stale: bool = typer.Option(False, "--stale", help="Only those with no change in 14 days."),
) -> None:
    """Your applications, most recently changed first."""
    from pivotprep.applications.service import list_applications
    from pivotprep.core.errors import ValidationError

    with db_session() as session:
        wanted = None
        if stage_:
            from pivotprep.applications.service import STAGE_LABELS

            key = stage_.strip().lower().replace(" ", "_")
            if key not in STAGE_LABELS:
                raise ValidationError(
                    f"Unknown stage {stage_!r}; use one of {', '.join(STAGE_LABELS)}."
                )
            wanted = key
        print_applications(list_applications(session, stage=wanted, stale_only=stale))


def show(application_id: int = typer.Argument(..., help="The application's number.")) -> None:
    """One application with its stage history and any gate override."""
    from pivotprep.applications.service import application_view

    with db_session() as session:
        print_application(application_view(session, application_id))


def search(query: str = typer.Argument(..., help="A company name, in any spelling.")) -> None:
    """Did I already apply there? Applications to that company or a similar name."""
    from pivotprep.applications.service import search_applications

    with db_session() as session:
        hits = search_applications(session, query)
        out = console()
        if not hits:
            out.print(f"No application to {esc(query)} or anything like it.")
            return
        for hit in hits:
            v = hit.application
            how = "same company" if hit.score == 100 else f"similar name ({hit.score}%)"
            sent = f"applied {v.applied_on.isoformat()}" if v.applied_on else "not sent"
            out.print(
                f"  #{v.id} {esc(v.company_name)} - {esc(v.role) or '-'}: {v.stage_label}, "
                f"{sent} [dim]({how})[/dim]"
            )


def funnel(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Response, interview and offer rates by channel, beside published baselines."""
    from pivotprep.applications.service import CHANNEL_LABELS
    from pivotprep.applications.service import funnel as funnel_of

    with db_session() as session:
        view = funnel_of(session)
        if as_json:
            typer.echo(funnel_json(view))
            return
        print_funnel(view, CHANNEL_LABELS)


def status() -> None:
    """The whole picture: targets, what is due this week, the funnel in one line."""
    from pivotprep.applications.service import overview

    with db_session() as session:
        view = overview(session)
        print_companies(list(view.companies), view.aim)
        out = console()
        for note in view.notes:
            out.print(f"[yellow]{esc(note)}[/yellow]")
        total = view.funnel.rows[-1]
        out.print(
            f"{view.contacts:,} contacts; {view.applications} applications, {total.sent} sent: "
            f"response {total.response.words()}, interview {total.interview.words()}."
        )
        out.print(
            f"This week: {len(view.due.follow_ups)} follow-up(s) due, {len(view.due.stale)} "
            "stale application(s) (`pivotprep jobs due`)."
        )


KIND_HELP = "applications, contacts or companies."


def export(
    kind: str = typer.Argument(..., help=KIND_HELP),
    output: Path = typer.Option(..., "--output", "-o", help="The CSV file to write ('-': stdout)."),
) -> None:
    """Write one kind of data as CSV (pivotprep's columns; imports back losing nothing)."""
    import io

    from pivotprep.applications.service import export_csv

    with db_session() as session:
        buffer = io.StringIO()
        count = export_csv(session, kind, buffer)
        if str(output) == "-":
            typer.echo(buffer.getvalue(), nl=False)
            return
        try:
            output.write_text(buffer.getvalue(), encoding="utf-8", newline="")
        except OSError as exc:
            from pivotprep.core.errors import UserError

            raise UserError(f"Cannot write {output}: {exc.strerror or exc}.") from None
        console().print(f"Wrote {count:,} {kind} to {esc(output)}.")


def import_(
    kind: str = typer.Argument(..., help=KIND_HELP),
    file: Path = typer.Argument(..., help="The CSV file ('-': stdin)."),
    from_: str = typer.Option(None, "--from", help="Another tracker's export: huntr."),
    map_: list[str] = typer.Option(None, "--map", help=MAP_HELP),
    day_first: bool = typer.Option(False, "--day-first", help=DAY_FIRST_HELP),
    skip_bad: bool = typer.Option(False, "--skip-bad", help=SKIP_HELP),
) -> None:
    """Import a CSV: pivotprep's own export, Huntr's (--from huntr) or any mapped file."""
    from pivotprep.applications.service import import_file, parse_mapping

    mapping = parse_mapping(map_ or [])
    stream = open_upload(file)
    try:
        with db_session() as session, console().status(f"Importing {file.name} ..."):
            result = import_file(
                session,
                kind,
                stream,
                mapping=mapping,
                preset=from_,
                date_order="dmy" if day_first else "mdy",
                skip_bad=skip_bad,
            )
            print_import(result, kind)
    finally:
        stream.close()
