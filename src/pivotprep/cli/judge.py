"""`pivotprep judge`: get the judge ready on this machine.

`pivotprep judge prepare` compiles the WebAssembly judge's Python once (2-15 minutes; `make
run` and CI run it), so that no learner's first Run waits for it."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console

app = typer.Typer(help="The code judge: prepare its WebAssembly sandbox.")


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
