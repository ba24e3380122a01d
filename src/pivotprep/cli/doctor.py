"""`pivotprep doctor`: where the data lives and how the judge isolates code, and why."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console

app = typer.Typer(help="Check the installation: data folder, database, judge sandbox.")


@app.callback(invoke_without_command=True)
def doctor() -> None:
    """Print the data folder, the database, and every judge isolation level side by side:
    available or not, its self-test, which one is used and why, and each level's controls."""
    from pivotprep.core.settings import get_settings
    from pivotprep.practice.service import complexity_meter, judge_levels, wasm_facts

    settings = get_settings()
    out = console()
    out.print(f"Data folder:  {settings.home}")
    out.print(f"Database:     {settings.database_url}")
    out.print(f"Workspace:    {settings.workspace}")
    level, reports = judge_levels()
    colour = {"wasm": "green", "bubblewrap": "green", "unshare": "yellow", "rlimits": "yellow"}.get(
        level.level, "red"
    )
    out.print(f"Judge sandbox: [{colour}]{level.level}[/{colour}]", end=" ")
    out.print(f"({level.reason})", markup=False)
    for key, value in level.report.items():
        out.print(f"  self-test {key}: {value}", markup=False)
    out.print("Isolation levels, strongest first:")
    for report in reports:
        state = "USED" if report.used else ("available" if report.available else "not available")
        out.print(f"- {report.level}: {report.title}: {state}", markup=False)
        out.print(f"  where: {report.where}", markup=False)
        out.print(f"  self-test: {report.test}", markup=False)
        out.print(f"  {'used' if report.used else 'not used'}: {report.why}", markup=False)
        for control in report.controls:
            active = "active" if control.active else "not active"
            out.print(f"  control {control.name}: {active} ({control.detail})", markup=False)
        if report.level == "wasm":
            for name, value in wasm_facts():
                out.print(f"  {name}: {value}", markup=False)
    if level.level != "none":
        out.print(f"Complexity measured by: {complexity_meter().why}", markup=False)
    from pivotprep.cli.resident_status import describe

    out.print(describe(), markup=False)
    if level.level == "none":
        out.print(
            "The judge will not run code. Prepare it: pivotprep judge prepare "
            "(or install bubblewrap: apt-get install bubblewrap)"
        )
        raise SystemExit(1)
