"""`pivotprep problems`: list, show, validate."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console

app = typer.Typer(help="The problem bank: list, show a statement, validate the packs.")


@app.command("list")
def list_(
    pattern: str = typer.Option(None, "--pattern", help="Only this pattern, e.g. two-pointers."),
    difficulty: str = typer.Option(None, "--difficulty", help="easy, medium or hard."),
    kind: str = typer.Option(None, "--kind", help="code or sql."),
) -> None:
    """List the problems."""
    from pivotprep.practice.service import catalogue

    rows = catalogue(pattern=pattern, difficulty=difficulty, kind=kind).rows
    out = console()
    for p in rows:
        out.print(f"{p.id:<32} {p.kind:<4} {p.pattern:<18} {p.difficulty:<7} {p.title}")
    out.print(f"{len(rows)} problem(s).")


@app.command()
def show(problem_id: str) -> None:
    """Print a problem's statement."""
    from rich.markdown import Markdown

    from pivotprep.practice.service import get_problem

    info = get_problem(problem_id)
    out = console()
    out.print(Markdown(info.statement_md))
    out.print(
        f"\n{info.kind}, {info.pattern}, {info.difficulty}, ~{info.estimated_minutes} min, "
        f"{len(info.hints)} hints."
    )


@app.command()
def validate(
    problem_ids: list[str] = typer.Argument(None, help="Problem ids (default: all)."),
    no_complexity: bool = typer.Option(
        False, "--no-complexity", help="Skip the timing checks (much faster)."
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Print notes for passing ones."),
) -> None:
    """Check every pack: reference passes, wrong_*.py are caught, complexity matches meta."""
    from rich.progress import Progress

    from pivotprep.practice.service import run_validators

    out = console()
    with Progress(console=out, transient=True) as progress:
        task = progress.add_task("validating", total=None)

        def step(problem_id: str) -> None:
            progress.update(task, description=f"validating {problem_id}")

        results = run_validators(problem_ids or None, step, complexity=not no_complexity)
    bad = 0
    for r in results:
        if r.ok:
            out.print(f"[green]ok[/green]    {r.problem_id}")
        else:
            bad += 1
            out.print(f"[red]FAIL[/red]  {r.problem_id}")
        for message in r.messages:
            if not r.ok or verbose or message.startswith("warning"):
                out.print(f"        {message}", markup=False)
    out.print(f"{len(results) - bad}/{len(results)} problem(s) valid.")
    if bad:
        raise SystemExit(1)
