"""`pivotprep practice`: next, start, test [--watch], hint, solution [--force], stats."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from pivotprep.cli.common import console, db_session, print_plan_ticks
from pivotprep.cli.next_steps import words

if TYPE_CHECKING:
    from pivotprep.practice.service import StartedProblem, Submission

app = typer.Typer(help="Practise coding problems: start, test, hints, solutions, reviews.")

STATUS_STYLE = {
    "pass": "[green]pass[/green]",
    "wrong": "[red]wrong answer[/red]",
    "error": "[red]error[/red]",
    "timeout": "[yellow]time limit[/yellow]",
    "memory": "[yellow]memory limit[/yellow]",
    "refused": "[red]refused[/red]",
}
POLL_SECONDS = 0.5  # how often --watch looks at the file
SETTLE_SECONDS = 0.2  # an editor may write in several steps: judge the settled file


@app.command("next")
def next_(
    limit: int = typer.Option(3, "--limit", min=1, max=20, help="How many problems."),
) -> None:
    """Today's problems: due reviews first, then new ones for your plan and role."""
    from pivotprep.practice.service import next_problems

    with db_session() as session:
        suggestions = next_problems(session, limit=limit)
    out = console()
    if not suggestions:
        out.print("Nothing to suggest: every problem is solved and no review is due.")
        return
    for s in suggestions:
        out.print(
            f"[bold]{s.problem_id}[/bold]  {s.title}  ({s.kind}, {s.pattern}, {s.difficulty}, "
            f"~{s.estimated_minutes} min): {s.reason}"
        )
    out.print("Start one with [bold]pivotprep practice start ID[/bold].")


def print_started(started: StartedProblem) -> None:
    """What `start` did: the file written or kept, how to test it, the lock and hints."""
    out = console()
    if started.archived is not None:
        out.print(
            f"You solved {started.problem_id} before: moved that file to {started.archived} "
            "so this review starts from a fresh stub."
        )
    if started.path is None:
        out.print(f"Started {started.problem_id}.")
    else:
        out.print(f"{'Wrote' if started.created else 'Kept your existing'} {started.path}")
    if started.next_step is not None:
        out.print(words(started.next_step), markup=False)
    out.print(
        f"[bold]{started.title}[/bold]: ~{started.estimated_minutes} min. The solution unlocks "
        f"in {started.lock_minutes} minutes; hints: "
        f"`pivotprep practice hint {started.problem_id}`."
    )


@app.command()
def start(problem_id: str) -> None:
    """Start the clock on a problem and write a stub into your workspace."""
    from pivotprep.practice.service import count_in_child, start_problem

    with db_session() as session:
        started = start_problem(session, problem_id)
    print_started(started)
    count_in_child(started.problem_id)  # the reference's counts, while you read the problem


def _print_cases(submission: Submission) -> None:
    out = console()
    for test in submission.result.tests:
        out.print(f"  {STATUS_STYLE.get(test.status, test.status)}  {test.name}: ", end="")
        out.print(test.description, markup=False, highlight=False)
        if test.status != "pass" and test.message:
            for line in test.message.splitlines()[:12]:
                out.print(f"      {line}", markup=False, highlight=False)
        if test.status != "pass" and test.output:
            out.print(f"      printed: {test.output[:300]!r}", markup=False)


def _print_submission(submission: Submission) -> None:
    out = console()
    result = submission.result
    if result.warning:
        out.print(f"[bold red]{result.warning}[/bold red]", highlight=False)
    total = len(result.tests)
    if result.message:
        # nothing could be judged (e.g. a syntax error): say why once, not once per case
        out.print("[red]Error[/red]:", end=" ")
        out.print(result.message, markup=False, highlight=False)
        out.print(f"None of the {total} cases could run.")
    else:
        _print_cases(submission)
    out.print(
        f"{result.counts.get('pass', 0)}/{total} passed  (judged in {result.elapsed_ms:.0f} ms, "
        f"isolation: {result.isolation})"
    )
    if submission.comparison is not None:
        out.print(f"Complexity: {submission.comparison.message}", markup=False)
        if submission.comparison.space:
            out.print(f"Space: {submission.comparison.space}", markup=False)
    if submission.speed is not None:
        out.print(f"Speed: {submission.speed.message}", markup=False)
    if submission.review:
        out.print(f"Review: {submission.review}", markup=False)
    print_plan_ticks(submission.plan)


def _watch(path: Path, judge_once: Callable[[], bool]) -> None:
    """Re-judge whenever the file is saved, until Ctrl+C."""
    import time

    from pivotprep.core.errors import UserError

    out = console()

    def stamp() -> tuple[int, int]:
        """Modification time and size: a save that keeps a coarse mtime still changes size."""
        info = path.stat()
        return info.st_mtime_ns, info.st_size

    last = stamp()  # before saying so: a save made as soon as "Watching" shows is not missed
    out.print(f"Watching {path} (Ctrl+C to stop).")
    with _until_interrupted() as stopped:
        while not stopped.is_set():
            time.sleep(POLL_SECONDS)
            try:
                seen = stamp()
                if seen == last:
                    continue
                time.sleep(SETTLE_SECONDS)
                if stamp() != seen:
                    continue
            except FileNotFoundError:  # mid-save (write to a temp file, then rename)
                continue
            last = seen
            out.rule("re-judging")
            try:
                judge_once()
            except UserError as exc:  # keep watching after a bad save
                out.print(f"[red]Error[/red]: {exc}")
    out.print("Stopped watching.")


@contextmanager
def _until_interrupted() -> Iterator[threading.Event]:
    """An event Ctrl+C sets, beside the KeyboardInterrupt it raises: Python drops an
    interrupt that lands in a finalizer or weakref callback ("Exception ignored in ..."),
    and the watch loop must stop all the same. Python would print a traceback for the
    dropped one; while watching, that one alone is left unprinted."""
    stopped = threading.Event()

    def on_interrupt(signum: int, frame: object) -> None:
        stopped.set()
        raise KeyboardInterrupt

    hook = sys.unraisablehook

    def quiet_interrupt(unraisable: Any) -> None:
        # the dropped interrupt is expected (the event stops the loop): no traceback for it
        if unraisable.exc_type is not KeyboardInterrupt:
            hook(unraisable)

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread: the default handler stays
        previous = None
    sys.unraisablehook = quiet_interrupt
    try:
        yield stopped
    except KeyboardInterrupt:
        stopped.set()
    finally:
        sys.unraisablehook = hook
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


@app.command()
def test(
    problem_id: str,
    watch: bool = typer.Option(False, "--watch", help="Re-judge every time the file is saved."),
    no_complexity: bool = typer.Option(False, "--no-complexity", help="Skip the timing run."),
) -> None:
    """Judge your workspace file for PROBLEM_ID.

    Exits 0 when every case passes and 1 otherwise, like a test runner (--watch exits 0
    when you stop it)."""
    from pivotprep.practice.service import warm_judge

    warm_judge()  # the judge's worker starts on the other core while the rest loads
    from pivotprep.practice.service import check, workspace_file

    def once() -> bool:
        with db_session() as session:
            submission = check(session, problem_id, with_complexity=not no_complexity)
        _print_submission(submission)
        return submission.solved

    passed = once()
    if watch:
        _watch(workspace_file(problem_id), once)
    elif not passed:
        raise typer.Exit(1)


@app.command()
def hint(problem_id: str) -> None:
    """Reveal the next hint (they come one at a time)."""
    from pivotprep.practice.service import reveal_hint

    with db_session() as session:
        number, total, text = reveal_hint(session, problem_id)
    console().print(f"Hint {number}/{total}: {text}", markup=False)


@app.command()
def solution(
    problem_id: str,
    force: bool = typer.Option(False, "--force", help="Open it before the lock ends (recorded)."),
) -> None:
    """Show the reference solution (locked for 30 minutes after `start`)."""
    from pivotprep.practice.service import reveal_solution

    with db_session() as session:
        text = reveal_solution(session, problem_id, force=force)
    if force:
        console().print(
            "[yellow]Forced peek recorded: the next review will be rated Again.[/yellow]"
        )
    console().print(text, markup=False, highlight=False)


@app.command()
def stats() -> None:
    """Solved problems, runs, reviews due and mastery per pattern."""
    from pivotprep.practice.service import stats as get_stats

    with db_session() as session:
        s = get_stats(session)
    out = console()
    out.print(
        f"Solved {s.solved} of {s.attempted} started; {s.passed_runs}/{s.runs} runs passed; "
        f"{s.hints_used} hints; {s.forced_peeks} forced peeks; {s.reviews_due} review(s) due."
    )
    out.print("[bold]Mastery per pattern[/bold] (FSRS recall probability, unsolved count as 0)")
    for p in s.patterns:
        bar = "#" * round(p.mastery * 20)
        out.print(f"  {p.pattern:<18} {bar:<20} {p.mastery:5.0%}  ({p.solved}/{p.total} solved)")
    if s.problems:
        out.print("[bold]Reviews[/bold]")
        for row in s.problems:
            out.print(f"  {row.id:<28} mastery {row.mastery:4.0%}  due {row.due:%Y-%m-%d}")
