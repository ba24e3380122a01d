"""How the design commands print a review, a clock and plan ticks (Rich, escaped)."""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from datetime import datetime
from typing import Any

from rich.markup import escape

from pivotprep.cli.common import console

STATUS_STYLE = {"covered": "green", "partly": "yellow", "missing": "red"}
NUMBER_STYLE = {"pass": "green", "off": "red", "not-a-number": "red", "cannot-check": "yellow"}


def esc(value: object) -> str:
    return escape(str(value))


def to_json(value: Any) -> str:
    def default(obj: Any) -> Any:
        if isinstance(obj, datetime):
            return obj.isoformat()
        if is_dataclass(obj):
            return asdict(obj)  # type: ignore[arg-type]
        return str(obj)

    data = value.to_dict() if hasattr(value, "to_dict") else value
    return json.dumps(data, indent=2, default=default, ensure_ascii=False)


def print_review(review: Any) -> None:
    out = console()
    counts = review.counts
    out.print(
        f"[bold]Review of “{esc(review.prompt_title)}”[/]: score {review.score}% "
        f"({counts['covered']} covered, {counts['partly']} partly, {counts['missing']} missing; "
        f"{review.words} words, {review.diagram_nodes} diagram nodes)"
    )
    for item in review.items:
        style = STATUS_STYLE[item.status]
        out.print(f"\n[{style}]{item.status.upper():8}[/] [bold]{esc(item.title)}[/]")
        for e in item.evidence:
            out.print(f"  ✓ {esc(e.concept)}: “{esc(e.quote)}” [dim]({esc(e.where)})[/]")
        if item.status != "covered":
            out.print(f"  → {esc(item.message)}")
    _print_tradeoffs(review)
    _print_numbers(review)
    _print_phases(review)
    if review.diagram_error:
        out.print(f"\n[red]Diagram:[/] {esc(review.diagram_error)}")
    out.print("\n[bold]Follow-up questions an interviewer would ask next[/]")
    for question in review.followups:
        out.print(f"  • {esc(question)}")
    for note in review.notes:
        out.print(f"[dim]{esc(note)}[/]")


def _print_tradeoffs(review: Any) -> None:
    out = console()
    out.print(f"\n[bold]Trade-offs named: {len(review.tradeoffs)}[/]")
    for t in review.tradeoffs[:8]:
        out.print(f"  “{esc(t.quote)}” [dim]({esc(t.where)}: {esc(t.marker)})[/]")


def _print_numbers(review: Any) -> None:
    out = console()
    if not review.numbers and not review.assumptions:
        out.print("\n[bold]Numbers:[/] no QPS, storage or bandwidth estimate was found.")
        return
    out.print("\n[bold]Numbers, recomputed from your assumptions[/]")
    for a in review.assumptions:
        out.print(f"  assumption {esc(a.name)} = {a.value:,.6g} [dim](“{esc(a.quote)}”)[/]")
    for n in review.numbers:
        style = NUMBER_STYLE.get(n.status, "white")
        out.print(f"  [{style}]{n.status}[/] {esc(n.kind)}: “{esc(n.quote)}”")
        out.print(f"      {esc(n.working)}")


def _print_phases(review: Any) -> None:
    if not review.phases:
        return
    out = console()
    out.print("\n[bold]Time per phase[/]")
    for p in review.phases:
        spent = "not timed" if p.spent is None else f"{p.spent:g} min"
        out.print(f"  {esc(p.title):36} {spent:>10} of {p.suggested} min  {esc(p.verdict)}")


def print_clock(clock: Any) -> None:
    out = console()
    minutes, seconds = divmod(int(clock.elapsed), 60)
    total = clock.total // 60
    flag = " [red](over time)[/]" if clock.over else ""
    out.print(f"Clock: {minutes}:{seconds:02d} of {total}:00{flag}")
    for p in clock.phases:
        mark = "▶" if p.id == clock.active_phase else " "
        hint = "  ← suggested now" if p.id == clock.suggested_phase else ""
        window = f"{p.starts_at}-{p.starts_at + p.suggested}"
        out.print(f" {mark} {esc(p.title):36} min {window:>5}  spent {p.spent:g}{hint}")


def print_ticked(ticked: Any) -> None:
    for task in ticked:
        console().print(f"Plan task #{task.id} done: {esc(task.title)} (week {task.week}).")
