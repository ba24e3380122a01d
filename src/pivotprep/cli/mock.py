"""`pivotprep mock`: mock interviews.

pivotprep mock plan --size 50-500 --role data-engineer
pivotprep mock start --size 50-500          # the loop; round 1 starts now
pivotprep mock round coding                 # one round on its own
pivotprep mock ask "How large can the input be?" ; pivotprep mock note "sort, then sweep"
pivotprep mock run solution.py ; pivotprep mock reply "..." ; pivotprep mock close "..."
pivotprep mock start --size "<50" --take-home ; pivotprep mock submit ./my-project
pivotprep mock debrief 1 --add-tasks ; pivotprep mock kit coding merge-room-bookings
pivotprep mock record --kind coding --technical 3 --problem-solving 2 --communication 3 ...
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from pivotprep.cli.common import console, db_session, print_plan_ticks
from pivotprep.cli.design_render import esc
from pivotprep.cli.mock_render import (
    print_debrief,
    print_kit,
    print_plan,
    print_round,
    print_scorecard,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

app = typer.Typer(
    no_args_is_help=True,
    help="Mock interviews: loops by company size, timed rounds, scorecards, peer kits.",
)
ROUND = typer.Option(None, "--round", help="A round id (default: the open round).")
SIZE = typer.Option(None, "--size", help="<50, 50-500 or 500+ (default: your profile's).")
ROLE = typer.Option(None, "--role", help="A role id (default: your profile's target).")
LEVEL = typer.Option(None, "--level", help="junior, mid (default) or senior.")
JSON = typer.Option(False, "--json", help="Machine-readable output.")
TAKE_HOME = typer.Option(
    False, "--take-home", help="<50: a take-home and its walkthrough instead of live coding."
)


@app.command("plan")
def plan(
    size: str | None = SIZE,
    role: str | None = ROLE,
    level: str | None = LEVEL,
    take_home: bool = TAKE_HOME,
    as_json: bool = JSON,
) -> None:
    """The loop's rounds for a company size and role, each filled with an unseen item."""
    from pivotprep.cli.design_render import to_json
    from pivotprep.mock.service import SIZE_LABELS, plan_loop

    with db_session() as session:
        found = plan_loop(session, size, role, level, take_home=take_home)
    if as_json:
        typer.echo(to_json(found))
        return
    print_plan(found, SIZE_LABELS)


def _show(round_id: int | None) -> None:
    from pivotprep.mock.service import view

    with db_session() as session:
        print_round(view(session, round_id))


@app.command("start")
def start(
    size: str | None = SIZE,
    role: str | None = ROLE,
    level: str | None = LEVEL,
    take_home: bool = TAKE_HOME,
) -> None:
    """Start a loop: its rounds are stored and the first one starts now."""
    from pivotprep.mock.service import start_loop

    with db_session() as session:
        loop, row = start_loop(session, size, role, level, take_home=take_home)
        loop_id, round_id = loop.id, row.id
    _show(round_id)
    console().print(
        f"\nLoop {loop_id} started. Ask with `pivotprep mock ask`, think aloud "
        "with `pivotprep mock note`, close with `pivotprep mock close`."
    )


@app.command("round")
def round_(
    kind: str = typer.Argument(..., help="coding, sql, design, behavioral or take-home."),
    item: str | None = typer.Option(
        None, "--item", help="A problem, prompt, question or take-home brief id."
    ),
    minutes: int | None = typer.Option(None, "--minutes", help="5 to 240."),
) -> None:
    """Run one round on its own."""
    from pivotprep.mock.service import start_single

    with db_session() as session:
        round_id = start_single(session, kind, item, minutes).id
    _show(round_id)


@app.command("status")
def status(round_id: int | None = ROUND, as_json: bool = JSON) -> None:
    """The round as it stands: clock, prompt, questions, runs, what waits (resumes it)."""
    if as_json:
        from pivotprep.cli.design_render import to_json
        from pivotprep.mock.service import view

        with db_session() as session:
            v = view(session, round_id)
            typer.echo(
                to_json(
                    {
                        "id": v.row.id,
                        "kind": v.row.kind,
                        "item": v.row.item_id,
                        "elapsed": v.elapsed,
                        "remaining": v.remaining,
                        "events": v.row.events,
                        "pending": v.pending_followup,
                    }
                )
            )
        return
    _show(round_id)


@app.command("ask")
def ask(question: str = typer.Argument(...), round_id: int | None = ROUND) -> None:
    """Ask the interviewer a clarifying question."""
    from pivotprep.mock.service import ask as ask_

    with db_session() as session:
        found = ask_(session, question, round_id)
    console().print(f"[bold]Interviewer:[/] {esc(found.text)}")


@app.command("note")
def note(text: str = typer.Argument(...), round_id: int | None = ROUND) -> None:
    """A think-aloud note, stamped with the round's clock."""
    from pivotprep.mock.service import clock_text
    from pivotprep.mock.service import note as note_

    with db_session() as session:
        event = note_(session, text, round_id)
    console().print(f"Noted at {clock_text(event['t'])}.")


@app.command("hint")
def hint(round_id: int | None = ROUND) -> None:
    """The next hint (it costs problem-solving points)."""
    from pivotprep.mock.service import hint as hint_

    with db_session() as session:
        text, cost = hint_(session, round_id)
    console().print(f"[bold]Hint[/] (-{cost} problem solving): {esc(text)}")


def _read(path: Path) -> str:
    from pivotprep.cli.design_sessions import read_text

    return read_text(path)


@app.command("run")
def run(
    file: Path = typer.Argument(..., help="Your code or query (- for stdin)."),
    round_id: int | None = ROUND,
) -> None:
    """Judge your code (coding) or query (SQL) and record the run."""
    from pivotprep.mock.service import run as run_

    text = _read(file)
    with db_session() as session:
        event = run_(session, text, round_id)
        pending = _pending(session, round_id)
    verdict = "[green]pass[/]" if event["passed"] else "[red]not yet[/]"
    console().print(
        f"{event['cases_passed']}/{event['cases_total']} cases, {verdict}: {esc(event['message'])}"
    )
    if pending:
        console().print(f"[bold]The interviewer asks:[/] {esc(pending)}")


@app.command("submit")
def submit(
    project: Path | None = typer.Argument(
        None,
        help="The take-home's folder, git repository or zip (none: use the check of a "
        "take-home already submitted from the portfolio page).",
    ),
    round_id: int | None = ROUND,
    static_only: bool = typer.Option(False, "--static-only", help="Only read the files."),
) -> None:
    """Hand in a take-home round: it is checked as a reviewer would try it, then the
    walkthrough begins."""
    from pivotprep.mock.service import submit as submit_

    if project is not None:
        console().print("Checking the project from a clean slate (this can take minutes)...")
    with db_session() as session:
        event = submit_(session, round_id, path=project, run=not static_only)
        pending = _pending(session, round_id)
    verdict = "[green]a reviewer would go on[/]" if event["passed"] else "[red]not yet[/]"
    console().print(f"{esc(event['message'])} {verdict}")
    for fix in event["fixes"]:
        console().print(f"  - fix: {esc(fix)}")
    console().print(f"[dim]The report: pivotprep portfolio show {event['check_id']}[/]")
    if pending:
        console().print(f"[bold]The interviewer asks:[/] {esc(pending)}")


def _pending(session: Session, round_id: int | None) -> str | None:
    from pivotprep.mock.service import view

    return view(session, round_id).pending_followup


@app.command("answer")
def answer(
    file: Path = typer.Argument(..., help="Your answer as text (- for stdin)."),
    round_id: int | None = ROUND,
) -> None:
    """Give a design or behavioral answer; it is analysed and the follow-ups begin."""
    from pivotprep.mock.service import answer as answer_

    text = _read(file)
    with db_session() as session:
        event = answer_(session, text, round_id)
        pending = _pending(session, round_id)
    console().print(f"Answer recorded ({event['words']} words).")
    if event.get("notice"):
        console().print(f"[yellow]{esc(event['notice'])}[/]")
    if pending:
        console().print(f"[bold]The interviewer asks:[/] {esc(pending)}")


@app.command("reply")
def reply(text: str = typer.Argument(...), round_id: int | None = ROUND) -> None:
    """Answer the interviewer's follow-up."""
    from pivotprep.mock.service import reply as reply_

    with db_session() as session:
        following = reply_(session, text, round_id)
    if following:
        console().print(f"[bold]The interviewer asks:[/] {esc(following)}")
    else:
        console().print("No more follow-ups. Close the round with `pivotprep mock close`.")


@app.command("close")
def close(
    questions: str = typer.Argument("", help="Your questions for the interviewer."),
    round_id: int | None = ROUND,
) -> None:
    """The close ("do you have questions for us?"), then the round's scorecard."""
    from pivotprep.mock.service import close as close_
    from pivotprep.mock.service import plan_ticks, rubric

    with db_session() as session:
        row, card = close_(session, questions, round_id)
        loop_id = row.loop_id
        done = loop_id is not None and all(r.finished_at for r in _loop(session, loop_id))
        ticked = plan_ticks(row)
    print_scorecard(card, rubric())
    print_plan_ticks(ticked)
    if loop_id is not None:
        step = f"`pivotprep mock debrief {loop_id}`" if done else f"`pivotprep mock next {loop_id}`"
        console().print(f"\nNext: {step}.")


def _loop(session: Session, loop_id: int) -> list[Any]:
    from pivotprep.mock.service import loop_rounds

    return loop_rounds(session, loop_id)


@app.command("next")
def next_(loop_id: int = typer.Argument(..., help="The loop id.")) -> None:
    """Start (or resume) the loop's next round."""
    from pivotprep.mock.service import next_round

    with db_session() as session:
        round_id = next_round(session, loop_id).id
    _show(round_id)


@app.command("scorecard")
def scorecard(round_id: int = typer.Argument(...), as_json: bool = JSON) -> None:
    """A closed round's scorecard, each score with its evidence."""
    from pivotprep.cli.design_render import to_json
    from pivotprep.mock.service import rubric
    from pivotprep.mock.service import scorecard as scorecard_

    with db_session() as session:
        card = scorecard_(session, round_id)
    if as_json:
        typer.echo(to_json(card))
        return
    print_scorecard(card, rubric())


@app.command("debrief")
def debrief(
    loop_id: int = typer.Argument(...),
    add_tasks: bool = typer.Option(
        False, "--add-tasks", help="Add the proposed tasks to the plan."
    ),
    as_json: bool = JSON,
) -> None:
    """Strongest and weakest signals of a loop, and plan tasks for the weak ones."""
    from pivotprep.cli.design_render import to_json
    from pivotprep.mock.service import add_debrief_tasks, loop_debrief

    with db_session() as session:
        found = loop_debrief(session, loop_id)
        added = add_debrief_tasks(session, loop_id) if add_tasks else None
    if as_json:
        typer.echo(to_json(found))
        return
    print_debrief(found)
    for message in added.messages if added else ():
        console().print(esc(message))


@app.command("kit")
def kit(
    kind: str = typer.Argument(..., help="coding, sql, design, behavioral or take-home."),
    item: str = typer.Argument(..., help="A problem, prompt or question id."),
) -> None:
    """The interviewer's packet for a mock with a person (printable on the web page)."""
    from pivotprep.mock.service import kit as kit_

    print_kit(kit_(kind, item))


@app.command("record")
def record(
    kind: str = typer.Option(..., "--kind", help="coding, sql, design or behavioral."),
    technical: str = typer.Option(..., "--technical", help="1-4."),
    problem_solving: str = typer.Option(..., "--problem-solving", help="1-4."),
    communication: str = typer.Option(..., "--communication", help="1-4."),
    advance: str = typer.Option(..., "--advance", help="yes or no."),
    feedback: str = typer.Option("", "--feedback", help="Their feedback, verbatim."),
    title: str = typer.Option("", "--title", help="What the round was."),
    item: str = typer.Option("", "--item", help="The item used, if from the kit."),
) -> None:
    """Record a mock run with a person: their scores and feedback."""
    from pivotprep.mock.service import record_peer, summary

    scores = {
        "technical": technical,
        "problem_solving": problem_solving,
        "communication": communication,
    }
    with db_session() as session:
        row = record_peer(
            session,
            kind=kind,
            title=title,
            scores=scores,
            advance=advance,
            feedback=feedback,
            item_id=item,
        )
        found, row_id = summary(session), row.id
    console().print(f"Recorded mock {row_id}. Mocks done: {found.mocks} (aim for 5-10).")


@app.command("history")
def history(as_json: bool = JSON) -> None:
    """Mocks done toward 5-10, the trend of each signal, and every closed round."""
    from pivotprep.cli.design_render import to_json
    from pivotprep.mock.service import finished_rounds, summary

    with db_session() as session:
        found = summary(session)
        rows = [(r.id, r.title, r.kind, r.source, r.scorecard) for r in finished_rounds(session)]
    if as_json:
        typer.echo(to_json(found))
        return
    out = console()
    out.print(
        f"[bold]{found.mocks} mock(s) done[/] (aim for 5-10; {found.with_people} with "
        f"people); {found.advanced}/{found.rounds_scored} round(s) would advance."
    )
    for trend in found.trends:
        if trend.values:
            out.print(f"  {trend.scale.replace('_', ' ')}: {' '.join(map(str, trend.values))}")
    for rid, title, kind, source, card in rows:
        values = "/".join(str(s["value"]) for s in (card or {}).get("scores", []))
        out.print(f"  #{rid} {esc(title)} ({kind}, {source}) {values}")


@app.command("transcribe")
def transcribe(
    file: Path = typer.Argument(..., help="A WAV, WebM, OGG or MP3 recording."),
    note: bool = typer.Option(False, "--note", help="Also keep it as a note of the open round."),
    round_id: int | None = ROUND,
    as_json: bool = JSON,
) -> None:
    """Transcribe a spoken answer offline (voice extra): words with timings, words per
    minute, fillers, the longest silence, the share spent talking, questions asked."""
    from pivotprep.cli.design_render import to_json
    from pivotprep.core.errors import InputTooLargeError, ValidationError
    from pivotprep.mock.service import MAX_AUDIO_BYTES, transcribe_bytes, voice_note

    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_AUDIO_BYTES + 1)
    except OSError as error:
        raise ValidationError(f"Cannot read {file}: {error.strerror or error}.") from None
    if len(data) > MAX_AUDIO_BYTES:
        raise InputTooLargeError(f"{file} is over {MAX_AUDIO_BYTES // 2**20} MB. Nothing was read.")
    if note or round_id is not None:
        with db_session() as session:
            _event, found = voice_note(session, data, round_id)
    else:
        found = transcribe_bytes(data)
    if as_json:
        typer.echo(to_json(found))
        return
    m = found.measures
    out = console()
    out.print(esc(found.text))
    out.print(
        f"\n{m.words} words in {m.duration:.1f} s: {m.words_per_minute:.0f} words per minute, "
        f"{m.fillers} filler(s) ({m.filler_rate:.1f} per 100 words), longest silence "
        f"{m.longest_silence:.1f} s at {m.longest_silence_at:.1f} s, talking "
        f"{m.talking_share:.0%} of the time, {m.questions} question(s)."
    )


@app.command("interviewer")
def interviewer(
    check: bool = typer.Option(False, "--check", help="Ask the endpoint to phrase one follow-up."),
) -> None:
    """The optional LLM interviewer (PIVOTPREP_LLM_URL, PIVOTPREP_LLM_MODEL): whether it is
    on. It only words follow-ups; scores always come from evidence."""
    from pivotprep.mock.service import llm_endpoint, phrase_followup

    found = llm_endpoint()
    out = console()
    if found is None:
        out.print(
            "Follow-ups are asked as scripted. To have a local model word them, set "
            "PIVOTPREP_LLM_URL (an OpenAI-compatible base URL, such as "
            "http://127.0.0.1:11434/v1) and PIVOTPREP_LLM_MODEL."
        )
        return
    out.print(f"Follow-ups are worded by {esc(found.model)} at {esc(found.url)}.")
    if check:
        said = phrase_followup("How would you test this?", "note: I sort the bookings first")
        if said.by:
            out.print(f"It says: {esc(said.text)}")
        else:
            out.print(f"[yellow]It did not answer usefully: {esc(said.problem)}.[/]")
