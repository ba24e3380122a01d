"""`pivotprep readiness` and `pivotprep next`: the home page's facts in the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from pivotprep.cli.common import console, db_session

if TYPE_CHECKING:
    from pivotprep.readiness.service import Action

app = typer.Typer(help="Readiness at the four hiring filters and the mistakes detected.")
next_app = typer.Typer(help="The top three things to do this week.")


def _action_line(number: int, action: Action) -> str:
    from pivotprep.cli.next_steps import words

    how = words(action.step)
    return f"{number}. {action.text} ({action.why})" + (f"\n   {how}" if how else "")


@app.callback(invoke_without_command=True)
def readiness(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """The four gauges with their parts, overall readiness, the six mistakes and what next."""
    import json

    from pivotprep.readiness.service import readiness as compute

    if ctx.invoked_subcommand:
        return
    with db_session() as session:
        result = compute(session)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2))
        return
    out = console()
    total = result.overall
    out.print(
        f"Overall readiness: {total.value}%"
        if total.value is not None
        else "Overall readiness: too little evidence",
        markup=False,
    )
    out.print(f"  {total.reason}", markup=False)
    for gauge in result.gauges:
        out.print(f"\n{gauge.name}: {gauge.status}", markup=False)
        for part in gauge.parts:
            value = f"{part.value}%" if part.value is not None else "no evidence yet"
            out.print(f"  - {part.name}: {value}", markup=False)
    out.print("\nMistakes", markup=False)
    for found in result.findings:
        out.print(f"  [{found.state}] {found.title}", markup=False)
        out.print(f"      Rule: {found.rule}", markup=False)
        if found.detected:
            for item in found.evidence:
                out.print(f"      * {item.text}", markup=False)
            out.print(f"      Fix: {found.fix}", markup=False)
    out.print("\nNext this week", markup=False)
    for number, action in enumerate(result.actions, 1):
        out.print(_action_line(number, action), markup=False)
    for proposal in result.proposals:
        out.print(f"\nProposed re-plan ({proposal.key}): {proposal.title}", markup=False)
        out.print(f"  {proposal.why} {proposal.hours:g} h over the next weeks.", markup=False)
        out.print(
            f"  Accept: pivotprep readiness accept {proposal.key} · "
            f"not now: pivotprep readiness decline {proposal.key}",
            markup=False,
        )


@next_app.callback(invoke_without_command=True)
def next_actions() -> None:
    """The top three next actions for this week, each with the command that does it."""
    from pivotprep.readiness.service import readiness as compute

    with db_session() as session:
        result = compute(session)
    for number, action in enumerate(result.actions, 1):
        console().print(_action_line(number, action), markup=False)


@app.command("fix")
def fix(key: str = typer.Argument(..., help="The mistake, e.g. vague_stories.")) -> None:
    """Add a detected mistake's fix to your plan as a task."""
    from pivotprep.readiness.service import add_fix_to_plan

    with db_session() as session:
        result = add_fix_to_plan(session, key)
        message = result.message
    console().print(message, markup=False)


@app.command("accept")
def accept(key: str = typer.Argument(..., help="The proposal, e.g. boost-behavioral.")) -> None:
    """Accept a proposed re-plan: its practice goes into your plan."""
    from pivotprep.readiness.service import accept_proposal

    with db_session() as session:
        message = accept_proposal(session, key).message
    console().print(message, markup=False)


@app.command("decline")
def decline(key: str = typer.Argument(..., help="The proposal, e.g. boost-behavioral.")) -> None:
    """Decline a proposed re-plan: the plan stays as it is."""
    from pivotprep.readiness.service import decline_proposal

    with db_session() as session:
        message = decline_proposal(session, key)
    console().print(message, markup=False)
