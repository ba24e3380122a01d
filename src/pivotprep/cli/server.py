"""`pivotprep server`: accounts and invitations of a server deployment (see README)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pivotprep.cli.common import console

if TYPE_CHECKING:
    from sqlalchemy import Engine

app = typer.Typer(
    no_args_is_help=True, help="Server mode: accounts, invitations, backup and restore."
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
