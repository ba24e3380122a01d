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

    engine = get_engine()
    run_upgrade(engine)
    console().print(f"Database is up to date: {get_settings().database_url}")
    if engine.dialect.name == "postgresql":
        from pivotprep.server.service import upgrade_learners

        schemas = upgrade_learners(engine)
        if schemas:
            console().print(f"Learner schemas up to date: {len(schemas)}")


@app.command()
def where() -> None:
    """Print the data folder and the database URL."""
    from pivotprep.core.settings import get_settings

    settings = get_settings()
    console().print(f"data folder: {settings.home}\ndatabase:    {settings.database_url}")
