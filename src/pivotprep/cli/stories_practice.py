"""`pivotprep stories practice/history/explain`: answering a question against a visible
countdown, the attempts and how their scores moved, and the "explain it to a VP" drills.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
import typer

from pivotprep.cli.common import console, db_session, print_plan_ticks
from pivotprep.cli.stories_render import esc, print_analysis, read_source, refuse_blank

if TYPE_CHECKING:
    from rich.console import Console

    from pivotprep.stories.service import History, PracticePrompt, Story


def _choose_story(stories: list[Story], story_id: int | None, interactive: bool) -> int | None:
    """The story the answer is told from: `--story`, else one picked from the list (asked
    again until the number is one of the stories, Enter for none)."""
    if story_id is not None or not stories or not interactive:
        return story_id
    console().print("\nWhich story will you tell?")
    for story in stories[:15]:
        console().print(f"  [bold]{story.id}[/bold]  {esc(story.title)}")
    ids = {str(story.id): story.id for story in stories}
    while True:
        raw = typer.prompt("Story number (Enter for none)", default="", show_default=False)
        if not raw.strip():
            return None
        if raw.strip() in ids:
            return ids[raw.strip()]
        console().print(
            f"[yellow]No story #{esc(raw.strip())}: type one of the numbers above.[/yellow]"
        )


def _one_answer_source(*, text: str | None, answer_file: Path | None, editor: bool) -> None:
    """Refuse two answer sources at once (`--text` with `--editor`...): which one the user
    meant is a guess, and the other answer would be silently dropped."""
    from pivotprep.core.errors import UserError

    given = [
        name
        for name, used in (
            ("--text", text is not None),
            ("--answer-file", answer_file is not None),
            ("--editor", editor),
        )
        if used
    ]
    if len(given) > 1:
        raise UserError(
            f"Give the answer one way only (--text, --answer-file or --editor); "
            f"you gave {' and '.join(given)}.",
            field="answer",
        )


def _answer(
    out: Console,
    prompt: PracticePrompt,
    story: int | None,
    text: str | None,
    answer_file: Path | None,
    editor: bool,
) -> tuple[str, int | None, int | None]:
    """The answer typed (in the countdown box, an editor, stdin) or given (`--text`, a
    file), the story chosen, and the seconds it took when they were measured."""
    import time

    from pivotprep.cli.stories_timer import can_type_live, clock, type_with_countdown

    given = text is not None or answer_file is not None
    live = not given and not editor and can_type_live()
    chosen = _choose_story(prompt.stories, story, live or (editor and sys.stdin.isatty()))
    if given:
        return read_source(text, answer_file, what="answer") or "", chosen, None
    if editor:
        started = time.monotonic()
        out.print(f"Your editor opens now; you have {clock(prompt.seconds)}.")
        answer = click.edit(f"\n# {prompt.question.text}\n# Answer above this line.\n") or ""
        answer = "\n".join(ln for ln in answer.splitlines() if not ln.startswith("#"))
        taken = round(time.monotonic() - started)
        if taken > prompt.seconds:
            out.print(f"[yellow]Over time: {clock(taken)} for {clock(prompt.seconds)}.[/yellow]")
        return answer, chosen, taken
    if live:
        out.print(f"\nYou have {clock(prompt.seconds)}. Start typing.\n")
        typed = type_with_countdown(out, prompt.seconds)
        if typed.timed_out:
            out.print("[yellow]Time is up: your answer so far is analysed.[/yellow]")
        return typed.text, chosen, typed.seconds_taken
    return sys.stdin.read(), chosen, None


def practice(
    signal: str = typer.Option(None, "--signal", "-s", help="A question probing this signal."),
    weakest: bool = typer.Option(False, "--weakest", help="A question on your weakest signal."),
    question: str = typer.Option(None, "--question", "-q", help="A given question id (q001...)."),
    story: int = typer.Option(None, "--story", help="The story you will tell."),
    seconds: int = typer.Option(180, "--seconds", help="Time to answer (default 3 minutes)."),
    text: str = typer.Option(None, "--text", help="The answer itself, instead of typing it."),
    answer_file: Path = typer.Option(
        None, "--answer-file", help="Read the answer from a file ('-': stdin) instead of typing."
    ),
    editor: bool = typer.Option(False, "--editor", help="Type the answer in your $EDITOR."),
) -> None:
    """Answer a question against a visible countdown; the answer is analysed and kept."""
    from pivotprep.stories.service import get_story, start_practice, submit_practice

    refuse_blank(signal=signal, question=question)
    _one_answer_source(text=text, answer_file=answer_file, editor=editor)
    with db_session() as session:
        prompt = start_practice(
            session, signal=signal, weakest=weakest, question_id=question, seconds=seconds
        )
        if story is not None:
            get_story(session, story)  # an unknown --story stops here, before the answer
        out = console()
        out.print(f"\n[bold]{esc(prompt.question.text)}[/bold]")
        out.print(
            f"[dim]Signal: {prompt.signal_info.name}. Interviewers look for: "
            f"{prompt.look_for}[/dim]"
        )
        answer, chosen, taken = _answer(out, prompt, story, text, answer_file, editor)
        attempt, result, ticked = submit_practice(
            session,
            question_id=prompt.question.id,
            answer=answer,
            signal=prompt.signal,
            story_id=chosen,
            seconds_allowed=prompt.seconds,
            seconds_taken=taken,
        )
        out.print(f"\nSaved attempt #{attempt.id}.")
        print_analysis(result)
        print_plan_ticks(ticked)
        out.print("\nSee your progress: [bold]pivotprep stories history[/bold]")


def history(
    signal: str = typer.Option(None, "--signal", "-s", help="Only attempts on this signal."),
) -> None:
    """Your practice attempts and how the score moved."""
    from rich.table import Table

    from pivotprep.stories.service import history as load_history

    refuse_blank(signal=signal)
    with db_session() as session:
        hist = load_history(session, signal=signal)
        out = console()
        if not hist.attempts:
            out.print("No practice yet. Start one: [bold]pivotprep stories practice[/bold]")
            return
        table = Table("#", "When", "Signal", "Question", "Time", "Score")
        for a in hist.attempts:
            used = (
                f"{a.seconds_taken}s/{a.seconds_allowed}s" if a.seconds_taken is not None else "—"
            )
            score = str(a.score) if a.scored else "—"
            table.add_row(
                str(a.id),
                a.created_at.strftime("%Y-%m-%d %H:%M") if a.created_at else "",
                a.signal,
                esc(a.question_text[:60]),
                used,
                score,
            )
        out.print(table)
        _print_trends(hist)


def _print_trends(hist: History) -> None:
    """How the score and the findings moved: with one scored attempt there is no trend
    yet, so it says the score and that attempt's findings instead."""
    out = console()
    if len(hist.scored_attempts) == 1:
        out.print(f"Score {hist.last_score}. Practise again to see how it moves.")
    elif hist.change is not None:
        sign = "+" if hist.change >= 0 else ""
        out.print(
            f"First {hist.first_score} → latest {hist.last_score} ({sign}{hist.change}), "
            f"best {hist.best_score}."
        )
    trends = hist.trends()
    if len(hist.attempts) < 2:
        if trends:
            out.print(f"To work on: {esc(', '.join(t.name for t in trends))}.")
        return
    if trends:
        out.print("Findings, earlier half of your attempts → later half:")
    for t in trends:
        trend = " (fixed)" if t.fixed else " (fewer)" if t.fewer else ""
        out.print(f"  {esc(t.name)}: {t.early} → {t.late}{trend}")


def explain(
    concept: str = typer.Argument(None, help="A concept id; omit to list them."),
    answer: str = typer.Option(None, "--answer", help="Your explanation."),
    file: Path = typer.Option(None, "--file", "-f", help="Read your explanation from a file."),
    list_all: bool = typer.Option(False, "--list", help="List the concepts."),
) -> None:
    """Explain a technical concept to a non-technical VP; get scored on clarity and impact."""
    from pivotprep.stories.service import get_concept, load_concepts, submit_explain

    out = console()
    if concept is None or list_all:
        for item in load_concepts().values():
            out.print(f"[bold]{item.id}[/bold]  {item.name} [dim]({item.field})[/dim]")
        out.print("\nPractise one: pivotprep stories explain f1-score")
        return
    item = get_concept(concept)
    out.print(f"\n[bold]{item.prompt}[/bold]")
    body = read_source(answer, file, what="answer")
    if body is None:
        if sys.stdin.isatty():
            body = typer.prompt("Your explanation (one paragraph)")
        else:
            body = sys.stdin.read()
    with db_session() as session:
        attempt, result = submit_explain(session, item.id, body)
    out.print(f"\n[bold]Score {result.score}/100[/bold] (attempt #{attempt.id})")
    for part in result.parts:
        colour = "green" if part.points == part.out_of else "yellow" if part.points else "red"
        out.print(
            f" [{colour}]{part.name}: {part.points}/{part.out_of}[/{colour}] {esc(part.evidence)}"
        )
        if part.advice:
            out.print(f"     [bold]Fix:[/bold] {esc(part.advice)}")
