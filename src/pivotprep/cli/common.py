"""What every CLI module shares: a console and a migrated database session."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy.orm import Session

    from pivotprep.core.errors import UserError

_console: Console | None = None


class ReaderGone(SystemExit):
    """The reader of our output went away (`pivotprep ... | head -1`): exit 1 quietly."""


def console() -> Console:
    global _console
    if _console is None:
        import os
        import sys

        from rich.console import Console

        class QuietOnBrokenPipe(Console):
            def on_broken_pipe(self) -> None:
                """As Rich does (silence stdout, exit 1), with an exit `db_session` knows."""
                self.quiet = True
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
                raise ReaderGone(1)

        _console = QuietOnBrokenPipe(highlight=False)
    return _console


def use_console(file: TextIO | None, *, width: int | None = None) -> None:
    """Print to `file` (the resident process's capture of a client's terminal) until called
    with None, which goes back to the process's own stdout. `file.isatty()` says whether
    the client's stream is a terminal; `width` is that terminal's."""
    global _console
    if file is None:
        _console = None
        return
    from rich.console import Console

    _console = Console(
        file=file,
        highlight=False,
        width=width,
        force_terminal=file.isatty() or None,
        force_interactive=False,  # no spinner frames in a capture replayed at once
    )


@contextmanager
def db_session() -> Iterator[Session]:
    """A session on the configured database, upgraded to the current schema first.

    It commits when the command's block ends, or when the reader of our output goes away
    (`pivotprep stories add ... | head -1`): the work was done and said, only the rest
    of the report has no reader, so nothing the user saw as saved is lost.
    """
    from pivotprep.core.db import get_engine, session_scope
    from pivotprep.core.migrate import ensure_current

    engine = get_engine()
    ensure_current(engine)
    with session_scope(engine) as session:
        try:
            yield session
        except (BrokenPipeError, ReaderGone):
            session.commit()
            raise


class _Ticked(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def week(self) -> int: ...


def print_plan_ticks(ticked: Iterable[_Ticked]) -> None:
    """One line per plan task a piece of work just finished (and logged the hours of)."""
    from rich.markup import escape

    for task in ticked:
        console().print(
            f"[green]Plan: ticked[/green] week {task.week}, {escape(task.title)} (task #{task.id})"
        )


def print_user_error(error: UserError) -> None:
    """A `UserError` as every command prints it: each field's message (or the message) in
    red on stderr, the last one with the next step to take."""
    import click

    from pivotprep.cli.next_steps import with_next_step

    details = list(getattr(error, "errors", {}).values())
    lines = details if len(details) > 1 else [error.message]
    lines[-1] = with_next_step(lines[-1], error.next_step)
    for line in lines:
        click.secho(f"Error: {line}", err=True, fg="red")
