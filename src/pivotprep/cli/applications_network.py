"""`pivotprep jobs contacts ...`, `jobs paths`, `jobs background`, `jobs outreach ...` and
`jobs due`: your network, the warm paths into each target, outreach and follow-ups."""

from __future__ import annotations

from pathlib import Path

import typer

from pivotprep.cli.applications_render import esc, paths_json, print_import, print_paths
from pivotprep.cli.common import console, db_session

contacts_app = typer.Typer(no_args_is_help=True, help="Your contacts (LinkedIn or any CSV).")
outreach_app = typer.Typer(no_args_is_help=True, help="Outreach log, messages, follow-ups.")

MAX_IMPORT_BYTES = 200 * 2**20
MAP_HELP = "A column named another way: 'Their Header=field' (repeat)."
DAY_FIRST_HELP = "Read 03/04/2024 as 3 April (default: month first, as LinkedIn writes it)."
SKIP_HELP = "Import the good lines and report the bad ones (default: import nothing if any is bad)."


def open_upload(path: Path):  # type: ignore[no-untyped-def]
    """The file to import, opened for streaming ('-': stdin)."""
    import sys

    from pivotprep.core.errors import InputTooLargeError, UserError

    if str(path) == "-":
        return sys.stdin.buffer
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise InputTooLargeError(
                f"{path} is {size // 2**20} MB; an import file is at most "
                f"{MAX_IMPORT_BYTES // 2**20} MB (LinkedIn's largest export is about 5 MB)."
            )
        return path.open("rb")
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror or exc}.", field="file") from None


@contacts_app.command("import")
def import_(
    file: Path = typer.Argument(..., help="Connections.csv from LinkedIn, or any contacts CSV."),
    map_: list[str] = typer.Option(None, "--map", help=MAP_HELP),
    day_first: bool = typer.Option(False, "--day-first", help=DAY_FIRST_HELP),
    skip_bad: bool = typer.Option(False, "--skip-bad", help=SKIP_HELP),
) -> None:
    """Import contacts; people already known are updated, not doubled."""
    from pivotprep.applications.service import import_contacts, parse_mapping

    mapping = parse_mapping(map_ or [])
    stream = open_upload(file)
    try:
        with db_session() as session, console().status(f"Importing {file.name} ..."):
            result = import_contacts(
                session,
                stream,
                mapping=mapping,
                date_order="dmy" if day_first else "mdy",
                skip_bad=skip_bad,
            )
            print_import(result, "contacts")
    finally:
        stream.close()


@contacts_app.command("list")
def list_(
    search: str = typer.Option("", "--search", "-s", help="Part of a name, company, position."),
    company: str = typer.Option(None, "--company", help="Only people at this target."),
    limit: int = typer.Option(50, "--limit", min=1, max=500),
) -> None:
    """Your contacts, by last name."""
    from pivotprep.applications.service import list_contacts, warm_paths

    with db_session() as session:
        if company:
            print_paths(warm_paths(session, company))
            return
        page = list_contacts(session, query=search, limit=limit)
        out = console()
        out.print(f"{page.total:,} contact(s){' matching' if search else ''}.")
        for c in page.items:
            where = f" - {esc(c.position)}" if c.position else ""
            at = f" at {esc(c.company)}" if c.company else ""
            out.print(f"  #{c.id} {esc(c.first_name)} {esc(c.last_name)}{where}{at}")


@contacts_app.command("add")
def add(
    first: str = typer.Option("", "--first", help="First name."),
    last: str = typer.Option("", "--last", help="Last name."),
    company: str = typer.Option("", "--company"),
    position: str = typer.Option("", "--position"),
    url: str = typer.Option("", "--url", help="Profile address."),
    email: str = typer.Option("", "--email"),
    past: list[str] = typer.Option(None, "--past-company", help="A past employer (repeat)."),
    school: list[str] = typer.Option(None, "--school", help="A school (repeat)."),
) -> None:
    """Add (or update) one contact."""
    from pivotprep.applications.service import add_contact

    values = {
        "first_name": first,
        "last_name": last,
        "company": company,
        "position": position,
        "url": url,
        "email": email,
        "past_companies": "; ".join(past or []),
        "schools": "; ".join(school or []),
    }
    with db_session() as session:
        contact = add_contact(session, values)
        console().print(f"Saved contact #{contact.id} {esc(first)} {esc(last)}.")


@contacts_app.command("show")
def show(contact_id: int = typer.Argument(..., help="The contact's number.")) -> None:
    """A contact's outreach log, the next follow-up and the message for the next step."""
    from pivotprep.applications.service import contact_view, message_for

    with db_session() as session:
        view = contact_view(session, contact_id)
        c = view.contact
        out = console()
        target = f" (target: {esc(view.target_name)})" if view.target_name else ""
        out.print(
            f"[bold]#{c.id} {esc(view.name)}[/bold] {esc(c.position)} at {esc(c.company)}{target}"
        )
        for entry in view.entries:
            note = f"  {esc(entry.note)}" if entry.note else ""
            out.print(f"  {entry.on.isoformat()}  {entry.label}{note}")
        if view.next_follow_up:
            f = view.next_follow_up
            out.print(f"  next: follow-up {f.number} of {f.of} due {f.due.isoformat()}")
        message = message_for(session, contact_id)
        out.print(f"\n[bold]Suggested message[/bold] ({message.template_id}):")
        out.print(f"Subject: {esc(message.subject)}\n\n{esc(message.body)}", soft_wrap=True)


def paths(
    company: str = typer.Argument(None, help="One target (any spelling); default: all."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Warm paths into your targets: former colleagues, alumni, first-degree contacts."""
    from pivotprep.applications.service import background, warm_paths

    with db_session() as session:
        found = warm_paths(session, company)
        if as_json:
            typer.echo(paths_json(found))
            return
        print_paths(found)
        view = background(session)
        if not view.all_employers:
            console().print(
                "[dim]Add your past employers (`pivotprep jobs background --employer NAME`) to "
                "find former colleagues.[/dim]"
            )


def background(
    employer: list[str] = typer.Option(None, "--employer", help="A past employer (repeat)."),
    school: list[str] = typer.Option(None, "--school", help="A school you went to (repeat)."),
    project: str = typer.Option(None, "--project", help="The project your messages cite."),
) -> None:
    """Show or set the past employers, schools and project used for paths and messages."""
    from pivotprep.applications.service import set_background

    with db_session() as session:
        view = set_background(
            session, employers=employer or None, schools=school or None, project=project
        )
        out = console()
        out.print(
            f"Past employers from your profile: {esc(', '.join(view.profile_employers)) or '-'}"
        )
        out.print(f"Past employers added here: {esc(', '.join(view.employers)) or '-'}")
        out.print(f"Schools: {esc(', '.join(view.schools)) or '-'}")
        out.print(f"Project cited in messages: {esc(view.project) or '-'}")


@outreach_app.command("log")
def log(
    contact_id: int = typer.Argument(..., help="The contact's number."),
    step: str = typer.Argument(..., help="asked-chat, referral-requested, followed-up, replied..."),
    on: str = typer.Option(None, "--on", help="The date (default: today)."),
    note: str = typer.Option("", "--note"),
) -> None:
    """Record an outreach step; follow-ups are scheduled from asks until a reply."""
    from pivotprep.applications.service import contact_view, log_outreach

    with db_session() as session:
        entry = log_outreach(session, contact_id, step, on=on, note=note)
        view = contact_view(session, contact_id)
        nxt = view.next_follow_up
        after = (
            f" Next follow-up due {nxt.due.isoformat()} ({nxt.number} of {nxt.of})." if nxt else ""
        )
        console().print(f"Logged {entry.label.lower()} for {esc(view.name)} on {entry.on}.{after}")


@outreach_app.command("message")
def message(
    contact_id: int = typer.Argument(..., help="The contact's number."),
    template: str = typer.Option(None, "--template", help="A template id (see `outreach steps`)."),
) -> None:
    """The message for a contact's next step (or the template named), ready to edit."""
    from pivotprep.applications.service import message_for

    with db_session() as session:
        found = message_for(session, contact_id, template)
        typer.echo(f"Subject: {found.subject}\n\n{found.body}")
        if found.blanks:
            typer.secho(f"Fill in: {', '.join(found.blanks)}", err=True, fg="yellow")


@outreach_app.command("steps")
def steps() -> None:
    """The outreach steps you can log, and their message templates."""
    from pivotprep.applications.service import outreach_steps

    for item in outreach_steps():
        console().print(
            f"  {item.id:<20} {item.label} ({item.kind}; template: {item.template or '-'})"
        )


def due(
    ics: Path = typer.Option(None, "--ics", help="Also write every follow-up to a calendar file."),
) -> None:
    """This week: follow-ups due (and overdue) and applications gone stale."""
    from pivotprep.applications.service import STALE_DAYS, due_view, follow_ups_ics

    with db_session() as session:
        view = due_view(session)
        out = console()
        out.print(
            f"[bold]Week of {view.week_start.isoformat()}[/bold] to {view.week_end.isoformat()}"
        )
        if not view.follow_ups and not view.stale:
            out.print("Nothing due this week.")
        for f in view.follow_ups:
            late = " [red](overdue)[/red]" if f.overdue else ""
            out.print(
                f"  {f.due.isoformat()}  follow up with #{f.contact_id} {esc(f.contact_name)}"
                f" ({esc(f.company)}), {f.number} of {f.of}{late}"
            )
        for app in view.stale:
            out.print(
                f"  stale: application #{app.id} {esc(app.company_name)} - {app.stage_label} for "
                f"{app.days_idle} days (no change in {STALE_DAYS}+): follow up, move it on or "
                "close it"
            )
        if view.later:
            out.print(f"[dim]{view.later} follow-up(s) due after this week.[/dim]")
        if ics is not None:
            data = follow_ups_ics(session)
            try:
                ics.write_bytes(data)
            except OSError as exc:
                from pivotprep.core.errors import UserError

                raise UserError(f"Cannot write {ics}: {exc.strerror or exc}.") from None
            out.print(f"Wrote the follow-ups to {esc(ics)}.")
