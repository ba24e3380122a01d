"""`pivotprep db`: schema upgrades and where the data lives."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console

app = typer.Typer(no_args_is_help=True, help="Database: upgrade the schema, show where it lives.")


@app.command()
def upgrade() -> None:
    """Apply every pending migration (safe to run again)."""
    from pivotprep.core.db import get_engine
    from pivotprep.core.migrate import upgrade as run_upgrade
    from pivotprep.core.settings import get_settings

    run_upgrade(get_engine())
    console().print(f"Database is up to date: {get_settings().database_url}")


@app.command()
def where() -> None:
    """Print the data folder and the database URL."""
    from pivotprep.core.settings import get_settings

    settings = get_settings()
    console().print(f"data folder: {settings.home}\ndatabase:    {settings.database_url}")
