"""`pivotprep export` and `pivotprep import`: all of your data in one file."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from pivotprep.cli.common import console

export_app = typer.Typer(help="Write all of your data to one JSON file.")
import_app = typer.Typer(help="Restore all of your data from an export file.")


@export_app.command()
def export(
    output: Path = typer.Option(
        None, "--output", "-o", help="File to write (default: pivotprep-export-DATE.json)."
    ),
) -> None:
    """Write every table (profile, plan, progress and every feature's data) to one file."""
    from pivotprep.backup.service import export_file_name, export_to
    from pivotprep.core.clock import today
    from pivotprep.core.db import get_engine
    from pivotprep.core.settings import get_settings

    path = output or Path(export_file_name(today()))
    counts = export_to(get_engine(), path)

    console().print(f"Wrote {path}: {sum(counts.values())} rows from {len(counts)} tables.")
    console().print(
        f"Your solution files are not in it; they stay in {get_settings().workspace} "
        "(copy that folder too to keep your code)."
    )


@import_app.command("import")
def import_(
    path: Path = typer.Argument(..., help="A file written by `pivotprep export`."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask before replacing data."),
) -> None:
    """Replace all of your data with the file's content (checked fully first)."""
    from pivotprep.backup.service import import_data, read_file, validate
    from pivotprep.core.db import get_engine

    data = read_file(path)
    validate(data)
    if not yes and sys.stdin.isatty():
        typer.confirm(
            "This replaces all your pivotprep data with the file's content. Go on?", abort=True
        )
    counts = import_data(get_engine(), data)
    console().print(f"Imported {sum(counts.values())} rows into {len(counts)} tables from {path}.")
