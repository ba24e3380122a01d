"""The `pivotprep` command's entry point, kept to the standard library.

`practice test ID` and `scan ...` go to the resident process when they can (see
`pivotprep.cli.resident`), which answers in a fraction of the time a fresh process needs to
import the CLI; every other command, and those when no resident process can answer, runs
in this process.

A `scan` run in this process is short, and almost everything it allocates lives until it
ends: the imported modules (SQLAlchemy, Rich and the like) and the skills taxonomy.
Two costs of a normal CPython process buy nothing there, about a quarter of its CPU time
together: the cyclic garbage collector's passes while those are built (they find nothing
to free), and the interpreter's teardown at exit, which frees every object one by one
(SQLAlchemy's alone takes about 0.1 s). So a `scan` process runs with the collector off
and, once the command has ended and said everything, leaves with `os._exit` after doing
what a normal exit does that matters: flushing its output, running the `atexit` handlers
(the document worker is stopped there) and closing the database connections (so a SQLite
database is checkpointed as before). Anything unusual (a thread still running, an output
that cannot be flushed, a non-integer exit status) exits the normal way. And the plain
form of `scan` (two files and known flags) runs without building the Typer app, whose
option conversion imports pydantic (see `pivotprep.cli.resume_scan`).
"""

from __future__ import annotations

import sys

# Commands whose in-process run is short and ends the process (see the module docstring).
SHORT_COMMANDS = frozenset({"scan"})


def main() -> None:
    argv = sys.argv[1:]
    short = argv[:1] != [] and argv[0] in SHORT_COMMANDS
    if short:
        import gc

        gc.disable()
    from pivotprep.cli.resident import run_if_resident

    answered = run_if_resident(argv)
    if answered is not None:
        sys.exit(answered)
    if not short:
        _run_here()
        return
    code: object = None
    try:
        code = _run_plain(argv)
        if code is None:
            _run_here()
    except SystemExit as done:
        code = done.code
    leave(code)


def _run_here() -> None:
    from pivotprep.cli.main import main as run_here

    run_here()


def _run_plain(argv: list[str]) -> int | None:
    """`pivotprep scan RESUME JOB [flags]` without building the Typer app (see
    `pivotprep.cli.resume_scan`): its exit status, or None for Typer to run it."""
    if argv[0] != "scan":
        return None
    from pivotprep.cli.resume_scan import run_plain

    return run_plain(argv[1:])


def leave(code: object) -> None:
    """End the process with exit status `code` without the interpreter's teardown, after
    flushing the output, running the `atexit` handlers and closing the database; raises
    SystemExit (the normal exit) when that cannot be done safely."""
    import atexit
    import os
    import threading

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    if not (code is None or isinstance(code, int)) or others or run_exit_handlers is None:
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    _close_databases()
    run_exit_handlers()
    try:  # a handler may have written
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    os._exit(code or 0)


def _close_databases() -> None:
    """Close the pooled connections, as their garbage collection at a normal exit does (the
    last connection to a SQLite database in WAL mode checkpoints it)."""
    db = sys.modules.get("pivotprep.core.db")
    if db is not None:
        db.reset_engines()


if __name__ == "__main__":
    main()
