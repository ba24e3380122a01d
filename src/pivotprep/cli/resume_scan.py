"""`pivotprep scan RESUME JOB`: the scan itself, without Typer.

`pivotprep.cli.resume` declares the command for Typer and calls `scan_command`. A new
`pivotprep scan` process also comes here first (`pivotprep.cli.entry`): when its
arguments are the plain form (two files and known flags, each at most once), `run_plain`
runs the same `scan_command` without building the Typer app. Typer turns each option's
value into its type through pydantic, which with the app's import is about a tenth of
such a process; the plain form needs no conversion (the values are strings and flags).
Anything else (help, a sub-command, stdin, --job-text, an unknown or repeated option)
returns None and goes through Typer, which says what is wrong as before.

Output and errors are those of the Typer command: the JSON report printed with click's
`echo` (which Typer's `echo` is), a `UserError` printed in red on stderr with exit 2, as
`pivotprep.cli.main.LazyGroup` does, and Ctrl+C reported as "Aborted!" with exit 1, as
click does.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from pivotprep.resume.service import Upload

# The plain form's flags, by the name of `scan_command`'s parameter they set.
FLAGS = {
    "--json": "as_json",
    "--full": "full",
    "--no-store": "no_store",
    "--add-gaps-to-plan": "add_gaps",
}
SUB_COMMANDS = frozenset({"run", "history", "show", "gap"})


def _resume_file(resume: str, files: ExitStack) -> Upload:
    from pivotprep.core.errors import UserError
    from pivotprep.core.files import readable_name
    from pivotprep.resume.service import Upload

    path = Path(resume)
    if path.is_dir():
        raise UserError(
            f"{readable_name(resume)} is a folder. Give the resume file in it (PDF, DOCX, TXT "
            "or MD)."
        )
    if not path.is_file():
        raise UserError(
            f"Resume file not found: {readable_name(resume)}. Give a PDF, DOCX, TXT or MD file."
        )
    return Upload(path.name, _open(path, "Resume", files), path.stat().st_size)


def _open(path: Path, what: str, files: ExitStack) -> BinaryIO:
    """The file opened for reading; a file the user may not read is a message, not a trace."""
    from pivotprep.core.errors import UserError
    from pivotprep.core.files import readable_name

    try:
        return files.enter_context(path.open("rb"))
    except OSError as exc:
        name = readable_name(str(path))
        raise UserError(f"{what} file {name} cannot be read: {exc.strerror or exc}.") from None


def _job_source(
    job: str | None, job_text: str | None, files: ExitStack
) -> tuple[Upload | None, str]:
    """The job as a file (or stdin), or as text: (the file, "") or (None, the text)."""
    from pivotprep.core.errors import UserError
    from pivotprep.resume.service import Upload

    if job_text is not None:
        if job is not None:
            raise UserError("Give the job as a file, '-' for stdin, or --job-text, not two.")
        return None, job_text
    if job is None:
        raise UserError("Give the job description: a file, '-' to read stdin, or --job-text.")
    if job == "-":
        return Upload("", sys.stdin.buffer), ""
    path = Path(job)
    if path.is_dir():
        raise UserError(f"{job} is a folder. Give the job posting file in it, or --job-text.")
    if not path.is_file():
        raise UserError(f"Job file not found: {job}. Give a file, '-' for stdin, or --job-text.")
    return Upload(path.name, _open(path, "Job", files), path.stat().st_size), ""


def scan_command(
    resume: str,
    job: str | None,
    *,
    job_text: str | None = None,
    as_json: bool = False,
    semantic: str = "auto",
    add_gaps: bool = False,
    no_store: bool = False,
    full: bool = False,
) -> None:
    """Scan RESUME against JOB and print the report (see `pivotprep scan run --help`)."""
    from contextlib import nullcontext

    from pivotprep.cli.common import console, db_session
    from pivotprep.resume.service import (
        add_gaps_to_plan,
        gaps_summary,
        loads_semantic_model,
        scan_upload,
    )

    status = (  # loading the sentence model takes a while
        console().status("Scanning (loading the semantic model the first time)…")
        if loads_semantic_model(semantic) and not as_json
        else nullcontext()
    )
    with ExitStack() as files:
        resume_file = _resume_file(resume, files)
        job_file, text = _job_source(job, job_text, files)
        with db_session() as session, status:
            result = scan_upload(
                session,
                resume=resume_file,
                job_file=job_file,
                job_text=text,
                semantic=semantic,
                store=not no_store,
            )
            added = add_gaps_to_plan(session, result) if add_gaps else []
    if as_json:
        import click

        data = result.to_dict()
        if add_gaps:
            data["added_to_plan"] = [entry.to_dict() for entry in added]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    from rich.markup import escape

    from pivotprep.cli.resume_report import print_report

    print_report(console(), result.view(), full=full)
    if add_gaps:
        console().print(escape(gaps_summary(added)))


def parse_plain(args: list[str]) -> dict[str, Any] | None:
    """`scan_command`'s arguments from the words after `scan`, or None unless they are the
    plain form: two files (not '-') and the flags above or `--semantic VALUE`, each once."""
    if not args or args[0] in SUB_COMMANDS:
        return None
    files: list[str] = []
    options: dict[str, Any] = {}
    rest = iter(args)
    for word in rest:
        name = FLAGS.get(word)
        value: str | bool
        if word.startswith("--semantic="):
            name, value = "semantic", word.partition("=")[2]
        elif word == "--semantic":
            name, value = "semantic", next(rest, "-")
            if value.startswith("-"):
                return None
        elif name is not None:
            value = True
        elif word.startswith("-") or len(files) == 2:
            return None
        else:
            files.append(word)
            continue
        if name in options:
            return None
        options[name] = value
    if len(files) != 2:
        return None
    return {"resume": files[0], "job": files[1], **options}


def run_plain(args: list[str]) -> int | None:
    """Run `pivotprep scan ARGS` without Typer: its exit status, or None (and nothing
    done) when ARGS are not the plain form. click is imported only to print an error or
    the JSON report: the text report is Rich's."""
    from pivotprep.cli.common import print_user_error
    from pivotprep.core.errors import UserError

    options = parse_plain(args)
    if options is None:
        return None
    try:
        scan_command(**options)
    except UserError as error:
        print_user_error(error)
        return 2
    except (KeyboardInterrupt, EOFError):
        import click

        click.echo(file=sys.stderr)
        click.echo("Aborted!", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`| head -1`), as click ends it
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 1
    return 0
