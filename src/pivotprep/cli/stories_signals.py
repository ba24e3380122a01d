"""`pivotprep stories coverage/signals/questions`: the signals interviewers listen for,
which of them the bank's stories show, and the behavioral question bank.
"""

from __future__ import annotations

import typer

from pivotprep.cli.common import console, db_session
from pivotprep.cli.stories_render import esc, refuse_blank


def coverage_(
    add_to_plan: bool = typer.Option(
        False, "--add-to-plan", help="Add a plan task for every signal no story shows."
    ),
) -> None:
    """Which signals your stories show: a story x signal matrix and the gaps."""
    from rich.table import Table

    from pivotprep.stories.service import add_gaps_to_plan, coverage

    with db_session() as session:
        cover = coverage(session)
        out = console()
        if cover.rows:
            table = Table("Signal", *[f"#{r.id}" for r in cover.rows], "Stories")
            for sid, name, core in cover.signals:
                marks = ["●" if sid in r.signals else "·" for r in cover.rows]
                count = cover.counts[sid]
                style = "red" if core and not count else ""
                label = name + ("" if core else " (extra)")
                table.add_row(f"[{style}]{label}[/{style}]" if style else label, *marks, str(count))
            out.print(table)
            for row in cover.rows:
                out.print(f"  #{row.id}: {esc(row.title)}")
        out.print(
            f"\n{cover.goal_text()} Core signals covered: {cover.core_covered}/{cover.core_total}."
        )
        for gap in cover.gaps:
            out.print(f"  [red]gap[/red] {gap.text}")
        placed = add_gaps_to_plan(session) if add_to_plan else ()
        if add_to_plan and not placed:
            out.print("\nNo gaps: nothing to add to the plan.")
        elif not add_to_plan and cover.gaps:
            out.print(
                "\nAdd them to your plan: [bold]pivotprep stories coverage --add-to-plan[/bold]"
            )
    if placed:  # after the commit: only what was saved is reported
        out.print("\nYour plan (step: stories):")
        for result in placed:
            out.print(f"  + {esc(result.message)}")


def signals(
    level: str = typer.Option("junior", "--level", help="junior, mid or senior."),
) -> None:
    """The signals interviewers listen for, and what they look for at your level."""
    from pivotprep.stories.service import signals_at

    for signal, look_for in signals_at(level):
        core = "" if signal.core else " [dim](extra)[/dim]"
        console().print(f"[bold]{signal.id}[/bold] · {signal.name}{core}")
        console().print(f"  {signal.summary}")
        console().print(f"  [green]{level}:[/green] {look_for}")


def questions(
    signal: str = typer.Option(None, "--signal", "-s", help="Only questions probing this signal."),
    kind: str = typer.Option(None, "--kind", help="general, career-change or company-size."),
    size: str = typer.Option(None, "--size", help="small (<50), mid (50-500) or large (500+)."),
) -> None:
    """Browse the behavioral question bank."""
    from pivotprep.stories.service import find_questions

    refuse_blank(signal=signal, kind=kind, size=size)
    found = find_questions(signal=signal, kind=kind, size=size)
    for question in found:
        extra = f" [{', '.join(question.sizes)}]" if question.sizes else ""
        console().print(
            f"[bold]{question.id}[/bold] {esc(question.text)} "
            f"[dim]({', '.join(question.signals)}; {question.kind}{extra})[/dim]"
        )
    console().print(f"\n{len(found)} question(s). Practise one: pivotprep stories practice")
