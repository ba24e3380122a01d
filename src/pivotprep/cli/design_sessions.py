"""`pivotprep design list/show/start/status/next/save/finish/review/sessions/export/diagram`:
prompts, timed sessions written in a Markdown worksheet, and reviews with evidence."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from pivotprep.cli.common import console, db_session
from pivotprep.cli.design_render import (
    esc,
    print_clock,
    print_review,
    print_ticked,
    to_json,
)
from pivotprep.core.files import make_private_dirs

MAX_FILE_BYTES = 2_000_000  # read at most this much; the service states the real limit


def read_text(path: Path) -> str:
    """A text file (or - for stdin), read without holding more than a bounded prefix."""
    from pivotprep.core.errors import InputTooLargeError, ValidationError

    try:
        if str(path) == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ValidationError(f"Cannot read {path}: {error.strerror or error}.") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputTooLargeError(
            f"{path} is larger than {MAX_FILE_BYTES // 1_000_000} MB: an answer is a few pages "
            "of text. Nothing was read."
        )
    return data.decode("utf-8", errors="replace")


def list_(
    track: str | None = typer.Option(None, "--track", help="ml, data or classic."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """List the design prompts (ML systems, data engineering, classic)."""
    from pivotprep.design.service import list_prompts

    with db_session() as session:
        rows = list_prompts(session, track)
    if as_json:
        typer.echo(to_json([r.__dict__ for r in rows]))
        return
    current = None
    for row in rows:
        if row.track != current:
            current = row.track
            console().print(f"\n[bold]{esc(row.track_title)}[/]")
        best = f" best {row.best_score}%" if row.best_score is not None else ""
        console().print(f"  {row.id:28} {esc(row.title)}[dim]{best}[/]")


def show(
    prompt_id: str = typer.Argument(..., help="A prompt id from `pivotprep design list`."),
    reference: bool = typer.Option(False, "--reference", help="Also print the reference design."),
) -> None:
    """The prompt: scenario, what each level shows, the rubric's headings."""
    from pivotprep.design.service import KIND_TITLES, get_prompt

    prompt = get_prompt(prompt_id)
    out = console()
    out.print(f"[bold]{esc(prompt.title)}[/] [dim]({prompt.id})[/]\n")
    out.print(esc(prompt.scenario.strip()))
    out.print("\n[bold]What each level shows[/]")
    for level in ("junior", "mid", "senior"):
        out.print(f"  [bold]{level}[/]: {esc(getattr(prompt.levels, level))}")
    out.print("\n[bold]The rubric[/]")
    for item in prompt.rubric:
        out.print(f"  {KIND_TITLES[item.kind]}: {esc(item.title)}")
    if reference:
        out.print("\n[bold]Reference design[/]\n" + esc(prompt.reference.summary))
        out.print(esc(prompt.reference.design.strip()))
        out.print("\n[bold]Trade-offs[/]")
        for t in prompt.reference.tradeoffs:
            out.print(f"  • {esc(t)}")
        out.print("\n" + esc(prompt.reference.diagram))
    else:
        out.print(f"\n[dim]Start: pivotprep design start {prompt.id}[/]")


def _worksheet_path(session_id: int) -> Path:
    from pivotprep.core.settings import get_settings

    return get_settings().workspace / "design" / f"session-{session_id}.md"


def start(
    prompt_id: str = typer.Argument(..., help="A prompt id from `pivotprep design list`."),
    minutes: int = typer.Option(45, "--minutes", help="45 or 60."),
) -> None:
    """Start a timed session and write its worksheet file."""
    from pivotprep.design.service import clock, start_session, worksheet_template

    with db_session() as session:
        row = start_session(session, prompt_id, minutes)
        path = _worksheet_path(row.id)
        make_private_dirs(path.parent)
        if not path.exists():
            path.write_text(worksheet_template(row), encoding="utf-8")
        print_clock(clock(row))
        session_id = row.id
    console().print(
        f"\nSession {session_id} started. Write in {path}\n"
        f"Move on with `pivotprep design next {session_id}`, save with "
        f"`pivotprep design save {session_id}`, finish with `pivotprep design finish {session_id}`."
    )


def _pick(session, session_id: int | None):  # type: ignore[no-untyped-def]
    from pivotprep.design.service import get_session, latest_open_session

    return get_session(session, session_id) if session_id else latest_open_session(session)


def status(
    session_id: int | None = typer.Argument(None, help="Session id (default: the open one)."),
) -> None:
    """The clock: time used, the phase you are in, the suggested split."""
    from pivotprep.design.service import clock

    with db_session() as session:
        row = _pick(session, session_id)
        console().print(f"Session {row.id}: {row.prompt_id}")
        print_clock(clock(row))


def next_(
    session_id: int | None = typer.Argument(None, help="Session id (default: the open one)."),
    phase: str | None = typer.Option(None, "--phase", help="Jump to this phase id."),
) -> None:
    """Move to the next phase: the time so far counts for the phase you leave."""
    from pivotprep.design.service import clock, move_to_phase

    with db_session() as session:
        row = _pick(session, session_id)
        row = move_to_phase(session, row.id, phase)
        print_clock(clock(row))


def _save_file(session, row, file: Path | None):  # type: ignore[no-untyped-def]
    from pivotprep.design.service import save_worksheet_text

    path = file or _worksheet_path(row.id)
    result = save_worksheet_text(session, row.id, read_text(path))
    for name, problem in result.problems.items():
        console().print(f"[red]{esc(name)}[/]: {esc(problem)}")
    if result.diagram_error:
        console().print(f"[yellow]Diagram kept as written, but:[/] {esc(result.diagram_error)}")
    return result


def save(
    session_id: int | None = typer.Argument(None, help="Session id (default: the open one)."),
    file: Path | None = typer.Option(None, "--file", help="Worksheet file (default: its own)."),
) -> None:
    """Save the worksheet file into the session (the web page autosaves)."""
    with db_session() as session:
        row = _pick(session, session_id)
        _save_file(session, row, file)
        console().print(f"Saved session {row.id}.")


def finish(
    session_id: int | None = typer.Argument(None, help="Session id (default: the open one)."),
    file: Path | None = typer.Option(None, "--file", help="Worksheet file (default: its own)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable review."),
) -> None:
    """Save the worksheet, stop the clock and review it against the rubric."""
    from pivotprep.design.service import finish_session

    with db_session() as session:
        row = _pick(session, session_id)
        _save_file(session, row, file)
        result = finish_session(session, row.id)
    if as_json:
        typer.echo(to_json(result.review))
        return
    print_review(result.review)
    print_ticked(result.ticked)


def review(
    prompt_id: str = typer.Argument(..., help="The prompt the answer is for."),
    file: Path = typer.Option(..., "--file", help="The written answer (Markdown; - for stdin)."),
    minutes: int = typer.Option(45, "--minutes", help="45 or 60 (for the suggested split)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable review."),
) -> None:
    """Review any written answer to a prompt (worksheet headings optional)."""
    from pivotprep.design.service import review_text

    result = review_text(prompt_id, read_text(file), minutes=minutes)
    if as_json:
        typer.echo(to_json(result))
        return
    print_review(result)


def sessions_() -> None:
    """Your design sessions, newest first."""
    from pivotprep.design.service import list_sessions

    with db_session() as session:
        rows = list_sessions(session)
        if not rows:
            console().print("No sessions yet. `pivotprep design list` shows the prompts.")
        for row in rows:
            state = f"score {row.score}%" if row.finished_at else "open"
            console().print(
                f"{row.id:>4}  {row.started_at:%Y-%m-%d %H:%M}  {row.minutes} min  "
                f"{row.prompt_id:34} {state}"
            )


def export(
    session_id: int = typer.Argument(..., help="Session id."),
    output: Path = typer.Option(..., "-o", "--output", help="Markdown file to write."),
) -> None:
    """Export a session to Markdown, its diagram as an SVG file beside it."""
    from pivotprep.design.service import export_session

    svg_path = output.with_suffix(".svg")
    with db_session() as session:
        text, svg = export_session(session, session_id, svg_link=svg_path.name)
    if svg is not None:
        svg_path.write_text(svg, encoding="utf-8")
    output.write_text(text, encoding="utf-8")
    extra = f" and {svg_path}" if svg is not None else ""
    console().print(f"Wrote {output}{extra}.")


def diagram(
    file: Path = typer.Argument(..., help="A diagram in the flowchart subset (- for stdin)."),
    output: Path | None = typer.Option(None, "-o", "--output", help="SVG file to write."),
) -> None:
    """Check a diagram's syntax and draw it as SVG."""
    from pivotprep.design.service import render_diagram

    svg = render_diagram(read_text(file))
    if output is None:
        typer.echo(svg)
        return
    output.write_text(svg, encoding="utf-8")
    console().print(f"Wrote {output}.")
