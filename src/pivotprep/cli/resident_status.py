"""`pivotprep resident [--stop]`: whether the resident process runs, and ending it.

The resident process (see `pivotprep.cli.resident`) answers `practice test` and `scan`
from a warm process; this command shows it and stops it. It lives apart from
`pivotprep.cli.resident`, which stays free of Typer so that the client starts fast."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console

app = typer.Typer(help="The resident process behind `practice test` and `scan`.")


@app.callback(invoke_without_command=True)
def resident_(
    stop: bool = typer.Option(False, "--stop", help="End the resident process now."),
) -> None:
    """Whether the resident process (the warm process behind `practice test` and `scan`)
    is running; --stop ends it."""
    out = console()
    if stop:
        from pivotprep.cli import resident

        stopped = resident.stop()
        out.print(
            "Stopped the resident process." if stopped else "No resident process was running."
        )
        return
    out.print(describe(), markup=False)


def describe() -> str:
    """One line on the resident process: running (its pid and runs answered), not running,
    off, or not available on this platform, with what to do."""
    import datetime as dt
    import os

    from pivotprep.cli import resident

    idle = f"it leaves after {resident.IDLE_SECONDS // 60} idle minutes"
    if os.environ.get("PIVOTPREP_RESIDENT", "1").strip() == "0":
        return "Resident process: off (PIVOTPREP_RESIDENT=0); every command starts afresh."
    if not resident.available():
        return (
            "Resident process: not available here (no Unix sockets); every command starts afresh."
        )
    unsafe = resident.unsafe_run_folder()
    if unsafe is not None:
        return (
            f"Resident process: not used, as {unsafe}; every command starts afresh. "
            "Remove that folder and the next `pivotprep practice test` makes a private one."
        )
    state = resident.status()
    if state is None:
        return (
            "Resident process: not running; the next `pivotprep practice test` or "
            f"`pivotprep scan` starts one ({idle}; PIVOTPREP_RESIDENT=0 turns it off)."
        )
    started = dt.datetime.fromtimestamp(float(state.get("started", 0))).strftime("%H:%M:%S")
    return (
        f"Resident process: running as process {state['pid']} since {started}, "
        f"{state.get('served', 0)} commands answered; {idle}."
    )
