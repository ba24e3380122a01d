"""`pivotprep server`: accounts, invitations, sharing and the review queue of a server
deployment (see README, "Server mode")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pivotprep.cli.common import console

if TYPE_CHECKING:
    from sqlalchemy import Engine

app = typer.Typer(
    no_args_is_help=True,
    help="Server mode: accounts, invitations, sharing, the review queue, backup and restore.",
)


def _engine() -> Engine:
    """The PostgreSQL engine of the server settings, its accounts store ready."""
    from pivotprep.core.db import get_engine
    from pivotprep.server.service import ensure_store, server_config

    engine = get_engine(server_config().database_url)
    ensure_store(engine)
    return engine


@app.command("add-admin")
def add_admin(
    username: str = typer.Argument(..., help="The admin's user name."),
    password: str = typer.Option(
        ..., prompt=True, hide_input=True, confirmation_prompt=True, help="At least 10 characters."
    ),
) -> None:
    """Create an admin account (the first one, or another); admins invite everyone else."""
    from pivotprep.core.db import session_scope
    from pivotprep.server.service import create_account

    with session_scope(_engine()) as session:
        create_account(session, username, password, "admin")
    console().print(f"Admin {username.strip().lower()!r} created; log in at /login.")


@app.command()
def invite(
    role: str = typer.Option("learner", help="admin, mentor or learner."),
    note: str = typer.Option("", help="Whom it is for (shown to admins only)."),
) -> None:
    """Print a one-use invitation link (valid for a week) that creates an account."""
    from pivotprep.core.db import session_scope
    from pivotprep.server.service import create_invitation, server_config

    with session_scope(_engine()) as session:
        token = create_invitation(session, role, note)
    console().print(f"{server_config().public_url}/invite/{token}", soft_wrap=True)


@app.command()
def accounts() -> None:
    """List the accounts and their roles."""
    from pivotprep.core.db import session_scope
    from pivotprep.server.service import list_accounts

    with session_scope(_engine()) as session:
        rows = list_accounts(session)
    if not rows:
        console().print("No account yet: create the first admin with `pivotprep server add-admin`.")
    for row in rows:
        console().print(f"{row.account_id:>5}  {row.role:<8}  {row.username}")


@app.command()
def share(
    learner: str = typer.Argument(..., help="The learner's user name."),
    mentor: str = typer.Argument(..., help="The mentor's user name."),
    kind: list[str] = typer.Option(  # noqa: B008 - Typer reads the default at import
        [], "--kind", "-k", help="A kind to share (repeat it); the list replaces the last one."
    ),
    stop: bool = typer.Option(False, "--stop", help="Share nothing with this mentor any more."),
) -> None:
    """Choose what LEARNER shares with MENTOR, as the learner does on the Sharing page."""
    from pivotprep.core.db import session_scope
    from pivotprep.core.errors import ValidationError
    from pivotprep.server.service import SHAREABLE, account_named, set_share

    if bool(kind) == stop:
        raise ValidationError(
            f"Name what to share with --kind (among {', '.join(SHAREABLE)}), "
            "or stop sharing with --stop."
        )
    with session_scope(_engine()) as session:
        who = account_named(session, learner, "learner")
        to = account_named(session, mentor, "mentor")
        set_share(session, who.account_id, to.account_id, kind)
    shared = ", ".join(k for k in SHAREABLE if k in kind) or "nothing"
    console().print(f"{who.username} now shares {shared} with {to.username}.")


@app.command()
def reviews(
    mentor: str = typer.Option("", help="Only what this mentor sees (and their review times)."),
    done: bool = typer.Option(False, "--all", help="Done requests too, not only open ones."),
) -> None:
    """The review queue, oldest first, with the median wait for a first answer."""
    from pivotprep.core.db import session_scope
    from pivotprep.server import service

    with session_scope(_engine()) as session:
        if mentor:
            mentor_id = service.account_named(session, mentor, "mentor").account_id
            rows = service.mentor_queue(session, mentor_id, done=done)
        else:
            mentor_id = None
            rows = service.all_requests(session, done=done)
        times = service.review_times(session, mentor_id)
    out = console()
    out.print(
        f"Median wait for a first answer: {service.duration_text(times.median)} "
        f"(over {times.answered} answered). Waiting: {times.waiting}; the oldest for "
        f"{service.duration_text(times.oldest_waiting)}."
    )
    if not rows:
        out.print("No review request" + ("." if done else " is open."))
    for row in rows:
        out.print(
            f"{row.id:>5}  {row.requested_at:%Y-%m-%d %H:%M}  {row.status_label:<20}  "
            f"{row.learner:<12}  {row.kind:<9}  {row.comments:>3} comments  {row.title}",
            markup=False,
            soft_wrap=True,
        )


TIMEOUT = typer.Option(3600, min=1, help="Seconds before the dump or restore is stopped.")


@app.command()
def backup(
    file: Path = typer.Argument(..., help="Where to write the backup (pg_dump custom format)."),
    timeout: int = TIMEOUT,
) -> None:
    """Back up the accounts and every learner's schema to FILE, in one consistent snapshot."""
    from pivotprep.server.service import backup_database

    report = backup_database(_engine(), file, timeout=timeout)
    console().print(
        f"Backed up the accounts and {report.learner_schemas} learner schema(s) to {report.path} "
        f"({report.size:,} bytes). Copy the data folder's learners/ folder with it."
    )


@app.command()
def restore(
    file: Path = typer.Argument(..., help="A file written by `pivotprep server backup`."),
    timeout: int = TIMEOUT,
) -> None:
    """Restore FILE into an empty database (createdb), all or nothing, upgraded to this release.

    The database is PIVOTPREP_DATABASE_URL's; one that already holds a server is refused.
    """
    from pivotprep.core.db import get_engine
    from pivotprep.server.service import restore_database, server_config

    report = restore_database(get_engine(server_config().database_url), file, timeout=timeout)
    console().print(
        f"Restored the accounts and {report.learner_schemas} learner schema(s) from {report.path}; "
        "every schema is at this release's revision."
    )
