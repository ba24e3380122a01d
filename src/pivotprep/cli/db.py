"""`pivotprep db`: schema upgrades and where the data lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from pivotprep.cli.common import console

if TYPE_CHECKING:
    from pivotprep.server.service import SchemaUpgrade

app = typer.Typer(no_args_is_help=True, help="Database: upgrade the schema, show where it lives.")


@app.command()
def upgrade() -> None:
    """Apply every pending migration (safe to run again). On a server database: the
    accounts store and every learner's schema, one line each."""
    from pivotprep.core.db import get_engine
    from pivotprep.core.migrate import current_revisions
    from pivotprep.core.migrate import upgrade as run_upgrade

    engine = get_engine()
    shown = engine.url.render_as_string(hide_password=True)
    if engine.dialect.name != "postgresql":
        run_upgrade(engine)
        console().print(f"Database is up to date: {shown}")
        return
    from pivotprep.server.service import is_server_database, upgrade_learners

    if not is_server_database(engine) or current_revisions(engine):
        run_upgrade(engine)  # the public schema: a local-mode database on PostgreSQL
        console().print(f"Database is up to date: {shown}")
    if is_server_database(engine):
        _upgrade_server(upgrade_learners(engine))


def _upgrade_server(done: list[SchemaUpgrade]) -> None:
    """One line per schema of a server database: upgraded, or already current."""
    console().print("pivotprep_server: accounts store ready")
    for step in done:
        state = "upgraded" if step.changed else "already current"
        console().print(f"{step.schema}: {state} ({len(step.after)} feature heads)")
    console().print(f"Learner schemas up to date: {len(done)}")


@app.command()
def where() -> None:
    """Print the data folder and the database URL."""
    from pivotprep.core.settings import get_settings

    settings = get_settings()
    console().print(f"data folder: {settings.home}\ndatabase:    {settings.database_url}")
