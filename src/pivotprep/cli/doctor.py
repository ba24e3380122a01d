"""`pivotprep doctor`: where the data lives and how the judge isolates code, and why."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console

app = typer.Typer(help="Check the installation: data folder, database, judge sandbox.")


@app.callback(invoke_without_command=True)
def doctor() -> None:
    """Print the data folder, the database and the judge's isolation level."""
    from pivotprep.core.settings import get_settings
    from pivotprep.practice.service import isolation

    settings = get_settings()
    out = console()
    out.print(f"Data folder:  {settings.home}")
    out.print(f"Database:     {settings.database_url}")
    out.print(f"Workspace:    {settings.workspace}")
    level = isolation()
    colour = {"wasm": "green", "bubblewrap": "green", "unshare": "yellow", "rlimits": "yellow"}.get(
        level.level, "red"
    )
    out.print(f"Judge sandbox: [{colour}]{level.level}[/{colour}] ({level.reason})")
    for key, value in level.report.items():
        out.print(f"  self-test {key}: {value}", markup=False)
    for control in level.controls():
        state = "active" if control.active else "not active"
        out.print(f"  control {control.name}: {state} ({control.detail})", markup=False)
    if level.level == "wasm":
        from pivotprep.practice.service import wasm_controls

        for name, value in wasm_controls():
            out.print(f"  {name}: {value}", markup=False)
    from pivotprep.cli.resident_status import describe

    out.print(describe(), markup=False)
    if level.level == "none":
        out.print(
            "The judge will not run code. Prepare it: pivotprep judge prepare "
            "(or install bubblewrap: apt-get install bubblewrap)"
        )
        raise SystemExit(1)
