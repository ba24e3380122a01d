"""`pivotprep design drills/drill/cards/lab/scenarios/plan`: estimation drills, cards on
the review queue, the drift lab and the plan's step-3 tasks."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from pivotprep.cli.common import console, db_session
from pivotprep.cli.design_render import esc, print_ticked, to_json


def drills_(as_json: bool = typer.Option(False, "--json", help="Machine-readable.")) -> None:
    """List the estimation drills."""
    from pivotprep.design.service import list_drills

    with db_session() as session:
        rows = list_drills(session)
    if as_json:
        typer.echo(
            to_json(
                [
                    {
                        "id": r.drill.id,
                        "topic": r.drill.topic,
                        "solved": r.solved,
                        "attempts": r.attempts,
                        "question": r.drill.question,
                    }
                    for r in rows
                ]
            )
        )
        return
    for row in rows:
        mark = "✓" if row.solved else " "
        console().print(f"{mark} {row.drill.id:34} {esc(row.drill.question[:90])}")


def drill(
    drill_id: str | None = typer.Argument(None, help="A drill id (default: the next unsolved)."),
    answer: str | None = typer.Option(None, "--answer", help="Answer without being asked."),
) -> None:
    """Ask an estimation drill, read your number, grade it and show the worked answer."""
    from pivotprep.core.errors import ValidationError
    from pivotprep.design.service import answer_drill, get_drill, next_drill

    with db_session() as session:
        item = get_drill(drill_id) if drill_id else next_drill(session)
        console().print(f"[bold]{item.id}[/]\n{esc(item.question)}")
        for _ in range(3):
            typed = answer if answer is not None else typer.prompt("Your estimate")
            try:
                outcome = answer_drill(session, item.id, typed)
                break
            except ValidationError as error:
                if answer is not None:
                    raise
                console().print(f"[yellow]{esc(error.message)}[/]")
        else:
            raise ValidationError("No number was given three times; the drill is not graded.")
        result = outcome.answer.result
        style = "green" if result.correct else "red"
        console().print(
            f"[{style}]{'Right' if result.correct else 'Not yet'}[/]: {esc(result.verdict)}"
        )
        console().print(f"\n[bold]Worked answer[/]\n{esc(item.worked.strip())}")
        print_ticked(outcome.ticked)


def cards(
    limit: int = typer.Option(10, "--limit", min=1, max=100, help="Cards this sitting."),
    deck: str | None = typer.Option(None, "--deck", help="Only this deck."),
) -> None:
    """Review due design cards: type the answer, it is checked and scheduled (FSRS)."""
    from pivotprep.core.errors import ValidationError
    from pivotprep.design.service import answer_card, queue

    with db_session() as session:
        items = queue(session, limit=limit, deck=deck)
        if not items:
            console().print("No card is due. Come back tomorrow, or add --deck to practise one.")
            return
        for number, item in enumerate(items, start=1):
            card = item.card
            console().print(
                f"\n[bold]{number}/{len(items)}[/] [dim]{card.deck} · {card.topic} · "
                f"{item.state}[/]\n{esc(card.front)}"
            )
            for i, option in enumerate(card.options):
                console().print(f"  {chr(97 + i)}) {esc(option)}")
            shown = time.monotonic()
            while True:
                typed = typer.prompt("Answer", default="", show_default=False)
                try:
                    outcome = answer_card(session, card.id, typed, seconds=time.monotonic() - shown)
                    break
                except ValidationError as error:
                    console().print(f"[yellow]{esc(error.message)}[/]")
            got = outcome.answer
            style = "green" if got.checked.correct else "red"
            console().print(f"[{style}]{got.rating_name}[/]: {esc(got.evidence)}")
            console().print(f"[dim]{esc(card.explain)}[/]")
            print_ticked(outcome.ticked)


def _choices(choose: list[str], config: Path | None) -> tuple[dict[str, tuple[str, str]], str]:
    import yaml

    from pivotprep.core.errors import ValidationError

    picked: dict[str, tuple[str, str]] = {}
    reference = ""
    if config is not None:
        try:
            data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as error:
            raise ValidationError(f"Cannot read {config} as YAML: {error}") from None
        if not isinstance(data, dict):
            raise ValidationError(f"{config}: expected `reference:` and `features:`.")
        reference = str(data.get("reference", ""))
        for name, value in (data.get("features") or {}).items():
            if isinstance(value, dict):
                picked[str(name)] = (
                    str(value.get("statistic", "")),
                    str(value.get("threshold", "")),
                )
    for entry in choose:
        name, _, rest = entry.partition("=")
        statistic, _, threshold = rest.partition(":")
        if not name or not statistic:
            raise ValidationError(f"--choose takes feature=statistic:threshold, got {entry!r}.")
        picked[name.strip()] = (statistic.strip(), threshold.strip())
    return picked, reference


def lab(
    choose: list[str] = typer.Option(
        [],
        "--choose",
        help="feature=statistic:threshold (e.g. amount=ks:0.1); repeat for every feature.",
    ),
    config: Path | None = typer.Option(
        None, "--config", help="YAML with reference: and features: {name: {statistic, threshold}}."
    ),
    reference: str | None = typer.Option(
        None, "--reference", help="training, previous or last_year."
    ),
    plan: Path | None = typer.Option(None, "--plan", help="Your monitoring plan (Markdown)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable grade."),
) -> None:
    """The drift lab: grade your statistics and thresholds on seven scenarios, and your plan."""
    from pivotprep.cli.design_sessions import read_text
    from pivotprep.design.service import run_lab

    picked, from_config = _choices(choose, config)
    plan_text = read_text(plan) if plan is not None else ""
    with db_session() as session:
        outcome = run_lab(session, reference or from_config or "training", picked, plan_text)
    if as_json:
        typer.echo(to_json(outcome.result))
        return
    _print_lab(outcome.result)
    print_ticked(outcome.ticked)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _print_lab(result) -> None:  # type: ignore[no-untyped-def]
    out = console()
    out.print(
        f"[bold]Detection[/] against {esc(result.reference)}: precision "
        f"{_pct(result.precision)}, recall {_pct(result.recall)} "
        f"(TP {result.tp}, FP {result.fp}, FN {result.fn}, TN {result.tn})"
    )
    for facts in result.scenarios:
        out.print(f"\n[bold]{esc(facts.title)}[/] [dim]({esc(facts.kind)})[/]")
        for cell in (c for c in result.cells if c.scenario == facts.id):
            flag = "ALERT" if cell.alert else "quiet"
            out.print(
                f"  {cell.feature:18} {cell.statistic:12} {cell.value:10.4f}  {flag:5}  "
                f"{cell.outcome}"
            )
        for issue in facts.quality:
            out.print(f"  [yellow]data quality[/] {esc(issue)}")
        out.print(
            f"  [dim]top-2% precision once labels arrive: {facts.precision_before:.0%} "
            f"in training, {facts.precision_now:.0%} now. {esc(facts.lesson)}[/]"
        )
    out.print(
        f"\n[bold]Monitoring plan[/]: {result.checklist_covered}/{len(result.checklist)} "
        "checklist items covered"
    )
    for item in result.checklist:
        out.print(f"  {item.status.upper():8} {esc(item.title)}")
        for e in item.evidence:
            out.print(f"     ✓ “{esc(e.quote)}”")
        if item.status != "covered":
            out.print(f"     → {esc(item.message)}")


def scenarios() -> None:
    """The drift lab's features and scenarios."""
    from pivotprep.design.service import REFERENCE_NAMES, lab_config, statistic_names

    config = lab_config()
    out = console()
    out.print("[bold]Features[/]")
    for f in config.features:
        out.print(f"  {f.name:18} {f.kind:12} {esc(f.description)}")
    out.print(
        "\n[bold]Statistics[/]: " + ", ".join(f"{k} ({v})" for k, v in statistic_names().items())
    )
    out.print(
        "[bold]Reference windows[/]: " + ", ".join(f"{k} ({v})" for k, v in REFERENCE_NAMES.items())
    )
    out.print("\n[bold]Scenarios[/]")
    for s in config.scenarios:
        out.print(f"  {s.id:22} {esc(s.title)}: {esc(s.story)}")


def plan() -> None:
    """Your plan's step-3 tasks and the activity that finishes each."""
    from pivotprep.design.service import linked_tasks

    with db_session() as session:
        tasks = linked_tasks(session)
    if not tasks:
        console().print(
            "No step-3 task in your plan yet (a plan needs a profile: `pivotprep init`)."
        )
        return
    for task in tasks:
        mark = "✓" if task.status == "done" else " "
        console().print(f"{mark} #{task.id} week {task.week}: {esc(task.title)}")
        for activity in task.activities:
            console().print(f"     → {esc(activity.label)}")
