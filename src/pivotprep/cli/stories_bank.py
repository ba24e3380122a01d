"""`pivotprep stories add/edit/list/show/analyze/delete/export`: writing stories into the
bank, reading them back with their analysis, and the Markdown cheat sheet.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
import typer

from pivotprep.cli.common import console, db_session
from pivotprep.cli.stories_render import (
    analysis_json,
    esc,
    print_analysis,
    read_source,
    refuse_blank,
)

if TYPE_CHECKING:
    from pivotprep.plan.service import TaskRef
    from pivotprep.stories.service import StoryInput


def _story_input(
    *,
    title: str | None,
    body: str | None,
    situation: str | None,
    task: str | None,
    action: str | None,
    result: str | None,
    role: str | None,
    domain: str | None,
    signals: list[str] | None,
    tags: list[str] | None,
    base: object | None = None,
) -> StoryInput:
    """The story from the options given; on an edit, the stored story fills the rest."""
    from pivotprep.stories.service import validate_story

    def pick(new: object, name: str, default: object = "") -> object:
        if new is not None:
            return new
        return getattr(base, name) if base is not None else default

    return validate_story(
        title=pick(title, "title"),
        text=pick(body, "text"),
        situation=pick(situation, "situation"),
        task=pick(task, "task"),
        action=pick(action, "action"),
        result=pick(result, "result"),
        past_role=pick(role, "past_role"),
        domain=pick(domain, "domain"),
        signals=pick(signals or None, "signals", []),
        tags=pick(tags or None, "tags", []),
    )


def _say_closed(tasks: list[TaskRef]) -> None:
    """Tell which plan tasks the saved story completed."""
    for task in tasks:
        console().print(f"Plan task #{task.id} done: {esc(task.title)}.")


SIGNAL_HELP = "A signal the story shows (repeat the option); see `pivotprep stories signals`."


def add(
    title: str = typer.Option(None, "--title", "-t", help="A short title for the story."),
    text: str = typer.Option(None, "--text", help="The story as free text."),
    file: Path = typer.Option(
        None, "--file", "-f", help="Read the free text from a file ('-': stdin)."
    ),
    situation: str = typer.Option(None, "--situation", help="S: the context."),
    task: str = typer.Option(None, "--task", help="T: your goal or responsibility."),
    action: str = typer.Option(None, "--action", help="A: what you did."),
    result: str = typer.Option(None, "--result", help="R: what came of it."),
    role: str = typer.Option(None, "--role", help="The past role it comes from."),
    domain: str = typer.Option(None, "--domain", help="The past domain (finance, teaching...)."),
    signal: list[str] = typer.Option(None, "--signal", "-s", help=SIGNAL_HELP),
    tag: list[str] = typer.Option(None, "--tag", help="A free tag (repeat the option)."),
    editor: bool = typer.Option(False, "--editor", help="Write the story in your $EDITOR."),
) -> None:
    """Add a story to the bank, then show its analysis."""
    from pivotprep.core.errors import UserError
    from pivotprep.stories.service import analyze_story, save_story

    refuse_blank(signal=signal, tag=tag)
    body = read_source(text, file)
    if body is None and editor:
        body = click.edit("\n# Write your story above. Lines starting with # are ignored.\n")
        body = "\n".join(line for line in (body or "").splitlines() if not line.startswith("#"))
    if title is None:
        if not sys.stdin.isatty():
            raise UserError("Give the story a title with --title.", field="title")
        title = typer.prompt("Title")
    if body is None and not any((situation, task, action, result)):
        if not sys.stdin.isatty():
            raise UserError(
                "Give the story with --text, --file, --editor or the --situation/--task/"
                "--action/--result options.",
                field="text",
            )
        body = typer.prompt("Your story (one paragraph)")
    data = _story_input(
        title=title,
        body=body,
        situation=situation,
        task=task,
        action=action,
        result=result,
        role=role,
        domain=domain,
        signals=signal,
        tags=tag,
    )
    with db_session() as session:
        story, closed = save_story(session, data)
        console().print(f"Saved story [bold]#{story.id}[/bold]: {esc(story.title)}")
        _say_closed(closed)
        print_analysis(analyze_story(session, story))


def edit(
    story_id: int = typer.Argument(..., help="The story number (see `stories list`)."),
    title: str = typer.Option(None, "--title", "-t"),
    text: str = typer.Option(None, "--text"),
    file: Path = typer.Option(None, "--file", "-f", help="Replace the free text from a file."),
    situation: str = typer.Option(None, "--situation"),
    task: str = typer.Option(None, "--task"),
    action: str = typer.Option(None, "--action"),
    result: str = typer.Option(None, "--result"),
    role: str = typer.Option(None, "--role"),
    domain: str = typer.Option(None, "--domain"),
    signal: list[str] = typer.Option(None, "--signal", "-s", help="Replaces the signals."),
    tag: list[str] = typer.Option(None, "--tag", help="Replaces the tags."),
    editor: bool = typer.Option(False, "--editor", help="Edit the free text in your $EDITOR."),
) -> None:
    """Change a story: only the options you give are replaced."""
    from pivotprep.stories.service import analyze_story, get_story, save_story

    refuse_blank(signal=signal, tag=tag)
    body = read_source(text, file)
    with db_session() as session:
        story = get_story(session, story_id)
        if body is None and editor:
            body = click.edit(story.text) or story.text
        data = _story_input(
            title=title,
            body=body,
            situation=situation,
            task=task,
            action=action,
            result=result,
            role=role,
            domain=domain,
            signals=signal,
            tags=tag,
            base=story,
        )
        story, closed = save_story(session, data, story_id)
        console().print(f"Updated story [bold]#{story.id}[/bold]: {esc(story.title)}")
        _say_closed(closed)
        print_analysis(analyze_story(session, story))


def list_() -> None:
    """List your stories with their score and signals."""
    from rich.table import Table

    from pivotprep.stories.service import analyze_story, coverage, list_stories

    with db_session() as session:
        stories = list_stories(session)
        if not stories:
            console().print("No stories yet. Add one: [bold]pivotprep stories add[/bold]")
            return
        table = Table("#", "Title", "Signals", "Score", "To fix")
        for story in stories:
            result = analyze_story(session, story)
            score = str(result.analysis.score) if result.analysis else "—"
            todo = (
                ", ".join(sorted(result.analysis.to_fix)) if result.analysis else result.notice[:40]
            )
            table.add_row(
                str(story.id), esc(story.title), esc(", ".join(story.signals)), score, todo
            )
        console().print(table)
        console().print(coverage(session).goal_text())


def show(story_id: int = typer.Argument(..., help="The story number.")) -> None:
    """Show a story and its analysis: each sentence labelled, each finding with its fix."""
    from pivotprep.stories.service import analyze_story, get_story, story_text

    with db_session() as session:
        story = get_story(session, story_id)
        out = console()
        out.print(f"[bold]#{story.id} {esc(story.title)}[/bold]")
        origin = " · ".join(x for x in (story.past_role, story.domain) if x)
        if origin:
            out.print(f"[dim]{esc(origin)}[/dim]")
        if story.signals:
            out.print("Signals: " + esc(", ".join(story.signals)))
        out.print("\n" + esc(story_text(story)))
        print_analysis(analyze_story(session, story))


def analyze(
    story: str = typer.Argument(
        None,
        metavar="[STORY]",
        help="A stored story's number, or a file to analyse ('-': stdin); or give --text.",
    ),
    text: str = typer.Option(None, "--text", help="Analyse this text without saving it."),
    file: Path = typer.Option(None, "--file", "-f", help="Analyse a file ('-': stdin)."),
    domain: str = typer.Option(
        None, "--domain", help="Past domain, for the jargon check (default: your profile's)."
    ),
    question: str = typer.Option(
        None, "--question", "-q", help="The question it answers: also check that it fits."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Machine-readable: sentences, roles, findings, score parts."
    ),
) -> None:
    """Analyse a stored story, or any text, without saving anything."""
    from pivotprep.core.errors import UserError
    from pivotprep.stories.service import analyze_draft, analyze_story, get_story

    refuse_blank(question=question)  # `-q ""` is a slip, not "no question"
    question = question or ""
    story_id = None if story is None or not story.strip().isdigit() else int(story)
    if story is not None and story_id is None:  # a path: `stories analyze answer.md`
        if text is not None or file is not None:
            raise UserError(f"'{story}' is no story number; give a number, --text or --file.")
        file = Path(story)
    body = read_source(text, file)
    with db_session() as session:
        if body is not None:
            result = analyze_draft(session, body, domain, question)
        elif story_id is not None:
            result = analyze_story(session, get_story(session, story_id), domain, question)
        else:
            raise UserError("Give a story number, a file, --text or --file.")
    if as_json:
        typer.echo(analysis_json(result, question))
    else:
        print_analysis(result)


def delete(
    story_id: int = typer.Argument(...),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete a story (its practice attempts are kept, unlinked)."""
    from pivotprep.stories.service import delete_story, get_story

    with db_session() as session:
        story = get_story(session, story_id)
        if not yes and not typer.confirm(f"Delete story #{story.id} “{story.title}”?"):
            raise typer.Exit(1)
        delete_story(session, story_id)
        console().print(f"Deleted story #{story_id}.")


def export(
    output: Path = typer.Option(
        None, "--output", "-o", help="Write to this file (default: print)."
    ),
) -> None:
    """Export the bank as a one-page Markdown cheat sheet."""
    from pivotprep.core.errors import UserError
    from pivotprep.stories.service import export_markdown

    with db_session() as session:
        markdown = export_markdown(session)
    if output is None:
        sys.stdout.write(markdown)
        return
    try:
        output.write_text(markdown, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Cannot write {output}: {exc.strerror or exc}.", field="output") from None
    console().print(f"Wrote {output} ({len(markdown.splitlines())} lines).")
