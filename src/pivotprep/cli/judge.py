"""`pivotprep judge`: get the judge ready on this machine.

`pivotprep judge prepare` compiles the WebAssembly judge's Python once (2-15 minutes; `make
run` and CI run it), so that no learner's first Run waits for it. `pivotprep judge resident`
says whether the resident judge that answers `practice test` is running, and `--stop` ends
it."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console

app = typer.Typer(help="The code judge: prepare its WebAssembly sandbox, see its resident process.")


@app.callback()
def judge() -> None:
    """The code judge: prepare its WebAssembly sandbox."""


@app.command("prepare")
def prepare() -> None:
    """Compile the WebAssembly judge once and keep it in the data folder's cache."""
    from pivotprep.practice.service import WasmUnavailableError, judge_prepared, prepare_judge

    out = console()
    if judge_prepared() is not None:
        out.print("The WebAssembly judge is ready.")
        return
    try:
        where = prepare_judge(lambda message: out.print(message, markup=False))
    except WasmUnavailableError as exc:
        out.print(f"The WebAssembly judge cannot be prepared: {exc}", markup=False)
        raise SystemExit(1) from exc
    out.print(f"The WebAssembly judge is ready ({where.cwasm.parent}).", markup=False)


@app.command("resident")
def resident_(
    stop: bool = typer.Option(False, "--stop", help="End the resident judge now."),
) -> None:
    """Whether the resident judge (the warm process behind `practice test`) is running."""
    import datetime as dt

    from pivotprep.cli import resident

    out = console()
    if stop:
        said = (
            "Stopped the resident judge." if resident.stop() else "No resident judge was running."
        )
        out.print(said)
        return
    state = resident.status()
    if state is None:
        out.print(
            "No resident judge is running; the next `pivotprep practice test` starts one "
            f"(it leaves after {resident.IDLE_SECONDS // 60} idle minutes; "
            "PIVOTPREP_RESIDENT=0 turns it off).",
            markup=False,
        )
        return
    started = dt.datetime.fromtimestamp(float(state.get("started", 0))).strftime("%H:%M:%S")
    out.print(
        f"Resident judge: process {state['pid']}, started at {started}, "
        f"{state.get('served', 0)} runs answered; it leaves after "
        f"{resident.IDLE_SECONDS // 60} idle minutes.",
        markup=False,
    )
