"""`pivotprep judge`: get the judge ready on this machine.

`pivotprep judge prepare` compiles the WebAssembly judge's Python once (2-15 minutes; `make
run` and CI run it), so that no learner's first Run waits for it. `pivotprep judge count ID`
counts a problem's reference for the complexity check ahead of its first Run (`practice
start` runs it in the background, as `judge count --background -- ID`)."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console

app = typer.Typer(help="The code judge: prepare its WebAssembly sandbox, count references.")


@app.callback()
def judge() -> None:
    """The code judge: prepare its WebAssembly sandbox, count references."""


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


@app.command("count")
def count(
    problem_id: str,
    background: bool = typer.Option(
        False, "--background", hidden=True, help="Run at low priority (practice start's child)."
    ),
) -> None:
    """Count a problem's reference for the complexity check now, so its first Run with
    complexity does not wait for it (kept on disk until the pack or pivotprep changes)."""
    import os

    from pivotprep.practice.service import count_reference

    if background and hasattr(os, "nice"):
        os.nice(10)
    said = count_reference(problem_id, background=background)
    if said:  # nothing when another process is counting (the background child leaves)
        console().print(said, markup=False)
