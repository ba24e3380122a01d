"""How the mock commands print a loop plan, a round, a scorecard and a debrief (Rich,
escaped)."""

from __future__ import annotations

from typing import Any

from pivotprep.cli.common import console
from pivotprep.cli.design_render import esc


def print_plan(plan: Any, labels: dict[str, str]) -> None:
    out = console()
    out.print(
        f"[bold]A {labels[plan.size]} loop for {esc(plan.role_title)}[/] ({plan.level} level, "
        f"{plan.minutes} minutes in all)"
    )
    for n, r in enumerate(plan.rounds, start=1):
        seen = " [yellow](seen before: the banks hold no unseen item)[/]" if r.item.seen else ""
        out.print(
            f"  {n}. [bold]{esc(r.spec.title)}[/] ({r.spec.kind}, {r.spec.minutes} min): "
            f"{esc(r.item.title)} [dim]{esc(r.item.id)}[/]{seen}"
        )
        out.print(f"     [dim]{esc(r.spec.why)}[/]")


def _clock(seconds: float) -> str:
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def print_round(v: Any) -> None:
    """The round: clock, opening, what was asked and answered, what waits."""
    out, row = console(), v.row
    state = "closed" if v.finished else f"{_clock(v.remaining)} left"
    out.print(
        f"[bold]Round {row.id}: {esc(row.title)}[/] ({row.kind}, {row.minutes} min, "
        f"{_clock(v.elapsed)} used, {state})"
    )
    out.print()
    out.print(esc(v.script.opening.strip()))
    for e in row.events:
        stamp = f"[dim]{_clock(float(e.get('t', 0)))}[/]"
        if e["kind"] == "ask":
            out.print(f"{stamp} you asked: {esc(e['text'])}\n      interviewer: {esc(e['reply'])}")
        elif e["kind"] == "note":
            out.print(f"{stamp} note: {esc(e['text'])}")
        elif e["kind"] == "run":
            out.print(
                f"{stamp} run: {e['cases_passed']}/{e['cases_total']} cases "
                f"({'pass' if e['passed'] else 'not yet'}) {esc(e.get('message', ''))}"
            )
        elif e["kind"] == "check":
            out.print(f"{stamp} submitted: {esc(e.get('message', ''))}")
        elif e["kind"] in ("followup", "reply", "hint", "answer", "close", "resumed"):
            out.print(f"{stamp} {e['kind']}: {esc(e.get('text', e.get('n', '')))}")
        elif e["kind"] == "plan":
            for task in e.get("tasks", []):
                out.print(f"{stamp} plan: ticked week {task['week']}, {esc(task['title'])}")
    if v.pending_followup and not v.finished:
        out.print(f"\n[bold]The interviewer asks:[/] {esc(v.pending_followup)}")
    if v.finished:
        return
    if row.kind == "take-home" and not any(e["kind"] == "check" for e in row.events):
        out.print("\n[bold]Hand it in with[/] pivotprep mock submit PATH [dim](a folder or zip)[/]")
    elif row.kind != "take-home":
        out.print(f"[dim]{v.hints_left} hint(s) left; each costs problem-solving points.[/]")


def print_scorecard(card: Any, rubric: dict[str, Any]) -> None:
    out = console()
    for score in card.scores:
        title, levels = rubric[score.scale]
        out.print(f"[bold]{title}: {score.value}/4[/] [dim]{esc(levels[score.value])}[/]")
        for ev in score.evidence:
            out.print(f"  - {esc(ev.text)}")
    colour = "green" if card.advance else "red"
    out.print(f"[bold {colour}]Advance: {esc(card.advance_reason)}[/]")


def print_debrief(found: Any) -> None:
    out = console()
    out.print(f"[bold]Debrief[/]: {found.advanced}/{found.rounds} round(s) would advance.")
    for label, signals in (("Strongest", found.strongest), ("Weakest", found.weakest)):
        for s in signals[:3]:
            out.print(
                f"  {label}: {esc(s.round_title)}, {s.scale.replace('_', ' ')} "
                f"{s.value}/4 ({esc(s.evidence)})"
            )
    if found.tasks:
        out.print("[bold]Proposed plan tasks[/]")
        for t in found.tasks:
            out.print(f"  - {esc(t.title)} ({t.hours:g} h) [dim]because {esc(t.because)}[/]")


def print_kit(k: Any) -> None:
    out = console()
    out.print(f"[bold]Interviewer's kit: {esc(k.title)}[/] ({k.kind}, {k.minutes} min)\n")
    out.print("[bold]1. Read out the prompt[/]")
    out.print(esc(k.opening.strip()))
    out.print("\n[bold]2. Give only when asked[/]")
    for topic, facts in k.released:
        out.print(f"  {esc(topic)}: {esc(' '.join(facts))}")
    if k.hints:
        out.print(f"\n[bold]3. Hints, in order (each costs {k.hint_cost} problem-solving point)[/]")
        for n, h in enumerate(k.hints, start=1):
            out.print(f"  {n}. {esc(h)}")
    out.print("\n[bold]4. Follow-ups after a pass or an answer[/]")
    for f in k.followups:
        out.print(f"  - {esc(f)}")
    out.print(f"\n[bold]5. The close[/]: {esc(k.close)}")
    out.print("\n[bold]6. Score each scale[/]")
    for _key, scale in k.rubric:
        out.print(f"  [bold]{esc(scale.title)}[/]")
        for value in sorted(scale.levels, reverse=True):
            out.print(f"    {value}: {esc(scale.levels[value])}")
