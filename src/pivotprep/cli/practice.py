"""`pivotprep practice`: next, start, test [--watch], hint, solution [--force], stats."""

from __future__ import annotations

import typer

from pivotprep.cli.common import console, db_session

app = typer.Typer(help="Practise coding problems: start, test, hints, solutions, reviews.")

STATUS_STYLE = {
    "pass": "[green]pass[/green]",
    "fail": "[red]wrong answer[/red]",
    "error": "[red]error[/red]",
    "timeout": "[yellow]time limit[/yellow]",
    "memory": "[yellow]memory limit[/yellow]",
}


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


@app.command()
def start(problem_id: str) -> None:
    """Start the clock on a problem and write a stub into your workspace."""
    from pivotprep.practice.catalog import get_problem
    from pivotprep.practice.service import LOCK_MINUTES
    from pivotprep.practice.service import start as start_attempt

    info = get_problem(problem_id)
    out = console()
    with db_session() as session:
        if info.kind == "code":
            from pivotprep.practice.submit import start_problem

            started = start_problem(session, problem_id)
            if started.archived is not None:
                out.print(
                    f"You solved {problem_id} before: moved that file to {started.archived} "
                    "so this review starts from a fresh stub."
                )
            verb = "Wrote" if started.created else "Kept your existing"
            out.print(f"{verb} {started.path}")
            out.print(f"Test it with [bold]pivotprep practice test {problem_id}[/bold] (--watch).")
        elif info.kind == "sql":
            from pivotprep.sql.service import start as start_sql

            path, created = start_sql(session, problem_id)
            out.print(f"{'Wrote' if created else 'Kept your existing'} {path}")
            out.print(f"Test it with [bold]pivotprep sql test {problem_id}[/bold].")
        else:
            start_attempt(session, problem_id)
            out.print(f"Started {problem_id}.")
    out.print(
        f"[bold]{info.title}[/bold]: ~{info.estimated_minutes} min. The solution unlocks in "
        f"{LOCK_MINUTES} minutes; hints: `pivotprep practice hint {problem_id}`."
    )


def _print_submission(submission) -> None:  # type: ignore[no-untyped-def]
    out = console()
    result = submission.result
    if result.warning:
        out.print(f"[bold red]{result.warning}[/bold red]", highlight=False)
    counts = result.counts
    total = len(result.tests)
    if result.status == "error" and result.message:
        # nothing could be judged (e.g. a syntax error): say why once, not once per case
        out.print("[red]Error[/red]:", end=" ")
        out.print(result.message, markup=False, highlight=False)
        out.print(f"None of the {total} cases could run.")
    else:
        for test in result.tests:
            out.print(
                f"  {STATUS_STYLE.get(test.status, test.status)}  {test.name}: ",
                end="",
            )
            out.print(test.description, markup=False, highlight=False)
            if test.status != "pass" and test.message:
                for line in test.message.splitlines()[:12]:
                    out.print(f"      {line}", markup=False, highlight=False)
            if test.status != "pass" and test.output:
                out.print(f"      printed: {test.output[:300]!r}", markup=False)
    out.print(
        f"{counts.get('pass', 0)}/{total} passed  (judged in {result.elapsed_ms:.0f} ms, "
        f"isolation: {result.isolation})"
    )
    if submission.comparison is not None:
        out.print(f"Complexity: {submission.comparison.message}", markup=False)
    if submission.review:
        out.print(f"Review: {submission.review}", markup=False)


@app.command()
def test(
    problem_id: str,
    watch: bool = typer.Option(False, "--watch", help="Re-judge every time the file is saved."),
    no_complexity: bool = typer.Option(False, "--no-complexity", help="Skip the timing run."),
) -> None:
    """Judge your workspace file for PROBLEM_ID.

    Exits 0 when every case passes and 1 otherwise, like a test runner (--watch exits 0
    when you stop it)."""
    from pivotprep.core.errors import UserError
    from pivotprep.practice.catalog import get_problem
    from pivotprep.practice.submit import check, workspace_file

    if get_problem(problem_id).kind == "sql":
        raise UserError(f"{problem_id} is an SQL problem: run `pivotprep sql test {problem_id}`.")

    def once() -> bool:
        with db_session() as session:
            submission = check(session, problem_id, with_complexity=not no_complexity)
        _print_submission(submission)
        return submission.result.passed

    passed = once()
    if not watch:
        if not passed:
            raise typer.Exit(1)
        return
    import time

    path = workspace_file(problem_id)
    out = console()

    def stamp() -> tuple[int, int]:
        """Modification time and size: a save that keeps a coarse mtime still changes size."""
        info = path.stat()
        return info.st_mtime_ns, info.st_size

    last = stamp()  # before saying so: a save made as soon as "Watching" shows is not missed
    out.print(f"Watching {path} (Ctrl+C to stop).")
    try:
        while True:
            time.sleep(0.5)
            try:
                seen = stamp()
                if seen == last:
                    continue
                time.sleep(0.2)  # an editor may write in several steps: judge the settled file
                if stamp() != seen:
                    continue
            except FileNotFoundError:  # mid-save (write to a temp file, then rename)
                continue
            if seen != last:
                last = seen
                out.rule("re-judging")
                try:
                    once()
                except Exception as exc:  # noqa: BLE001 - keep watching after a bad save
                    from pivotprep.core.errors import UserError

                    if not isinstance(exc, UserError):
                        raise
                    out.print(f"[red]Error[/red]: {exc}")
    except KeyboardInterrupt:
        out.print("Stopped watching.")


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
            out.print(f"  {row['id']:<28} mastery {row['mastery']:4.0%}  due {row['due']:%Y-%m-%d}")
