"""Back up and restore a whole server database: the accounts store and every learner's
schema, with PostgreSQL's own `pg_dump` and `pg_restore`.

Why those rather than the JSON export of local mode: a backup must be one consistent
snapshot of many schemas taken while learners keep working (pg_dump reads everything in
one repeatable-read transaction), it must keep what the JSON export does not carry
(sequences, every learner's `alembic_version`, the server tables, which are not features'),
and it must scale to a cohort without holding it in memory. The file is pg_dump's custom
format, compressed; `pg_restore --list` reads its table of contents without a database.

A restore goes into a database that holds no pivotprep server yet (a new one made with
`createdb`, or the same one emptied), in one transaction: a corrupt file or a failure
half-way leaves the target as it was. The file is checked first: it must be a pg_dump
archive whose entries are only schemas, tables, their rows, sequences, defaults, indexes
and constraints of the pivotprep schemas (no function, trigger or extension, which would
run code as the database user). The restored schemas are then upgraded, so a backup from
an older release comes back at the newest revision.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect

from pivotprep.core.errors import ConflictError, ImportFormatError, StorageError, UnavailableError
from pivotprep.core.files import make_private_dirs
from pivotprep.core.migrate import forget_current
from pivotprep.server.models import SERVER_SCHEMA
from pivotprep.server.schemas import LEARNER_SCHEMA, is_server_database

MAGIC = b"PGDMP"  # the first bytes of every pg_dump custom-format archive
# Entry kinds a pivotprep backup holds (TYPE and COMMENT for enum types and comments a
# migration may add); anything else (FUNCTION, TRIGGER, EXTENSION, RULE...) could run code
# as the restoring role and is refused before pg_restore runs.
KINDS = {
    "SCHEMA",
    "TYPE",
    "COMMENT",
    "TABLE",
    "TABLE DATA",
    "SEQUENCE",
    "SEQUENCE SET",
    "SEQUENCE OWNED BY",
    "DEFAULT",
    "CONSTRAINT",
    "FK CONSTRAINT",
    "INDEX",
}
# A table-of-contents line: "12; 2615 16390 SCHEMA - learner_1 postgres" or
# "3781; 0 0 SEQUENCE OWNED BY learner_1 story_id_seq postgres": number, ids, kind, schema
# ("-" for a schema itself, then its name), object, owner.
TOC_LINE = re.compile(r"^\d+; \d+ \d+ (?P<rest>.*)$")
ERROR_TAIL = 800  # characters of a tool's error output shown to the user


@dataclass(frozen=True)
class DumpReport:
    """What a backup wrote or a restore brought back."""

    path: Path
    size: int
    learner_schemas: int


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise UnavailableError(
            f"{name} is not installed: install PostgreSQL's client programs (Debian: "
            "postgresql-client), of the server's major version or newer, then try again."
        )
    return found


def _libpq(engine: Engine) -> tuple[str, dict[str, str]]:
    """The database as a libpq URI without its password, and an environment carrying the
    password (so it never shows in the process list)."""
    url = engine.url
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    uri = url.set(drivername="postgresql", password=None)
    return uri.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str], timeout: float, what: str) -> str:
    """Run a PostgreSQL client program; its output, or a StorageError with its message."""
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program with arguments we built
            args, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise StorageError(
            f"The {what} took longer than {timeout:.0f} s and was stopped; "
            "give it more time with --timeout."
        ) from None
    if done.returncode != 0:
        message = done.stderr.strip()[-ERROR_TAIL:] or f"exit status {done.returncode}"
        raise StorageError(f"The {what} failed: {message}")
    return done.stdout


def backup_database(engine: Engine, path: Path, *, timeout: float = 3600) -> DumpReport:
    """Write the accounts store and every learner's schema to `path` (private to the user,
    replaced in one step: a failed backup leaves an older file at `path` as it was)."""
    if not is_server_database(engine):
        raise StorageError(
            "This database holds no pivotprep server (no pivotprep_server schema): "
            "check PIVOTPREP_DATABASE_URL."
        )
    uri, env = _libpq(engine)
    make_private_dirs(path.parent)
    temp = path.with_name(f".{path.name[:100]}.{secrets.token_hex(6)}.tmp")
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    try:
        args = [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
        args += [f"--schema={SERVER_SCHEMA}", "--schema=learner_*", f"--file={temp}", uri]
        _run(args, env, timeout, "backup (pg_dump)")
        try:  # a backup that restore would refuse is no backup: say so now
            learners = check_backup(temp, timeout=timeout)
        except ImportFormatError as error:
            raise StorageError(
                f"The backup was not kept: {error.message} Objects other than pivotprep's "
                "tables were added to its schemas; remove them, then back up again."
            ) from None
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return DumpReport(path, path.stat().st_size, len(learners))


def check_backup(path: Path, *, timeout: float = 600) -> list[str]:
    """The learner schemas in the backup at `path`, after checking it is a pivotprep server
    backup holding nothing but pivotprep's schemas, tables and rows."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(MAGIC))
    except OSError as error:
        raise ImportFormatError(f"Cannot read {path}: {error.strerror or error}.") from None
    if head != MAGIC:
        raise ImportFormatError(
            f"{path} is not a server backup (made by `pivotprep server backup`): "
            "it is not a pg_dump archive."
        )
    what = "check of the file (damaged, or not a backup)"
    listing = _run([_tool("pg_restore"), "--list", str(path)], {**os.environ}, timeout, what)
    schemas, refused = set(), set()
    for line in listing.splitlines():
        match = TOC_LINE.match(line)
        if match is None:
            continue
        kind, name = _entry(match["rest"])
        if kind not in KINDS or not (name == SERVER_SCHEMA or LEARNER_SCHEMA.fullmatch(name)):
            refused.add(f"{kind or 'an entry'} in {name}" if name else line[:80])
        elif kind == "SCHEMA":
            schemas.add(name)
    if SERVER_SCHEMA not in schemas or refused:
        extra = f" (it holds {', '.join(sorted(refused)[:5])})" if refused else ""
        raise ImportFormatError(f"{path.name} is not a pivotprep server backup{extra}.")
    return sorted(schemas - {SERVER_SCHEMA})


def _entry(rest: str) -> tuple[str, str]:
    """The kind of a table-of-contents entry (its leading upper-case words) and the schema
    it belongs to ("" when the line names none)."""
    words = rest.split(" ")
    count = 0
    while count < len(words) and re.fullmatch(r"[A-Z]+", words[count]):
        count += 1
    tail = words[count:]
    if tail[:1] == ["-"]:  # an object in no schema (a schema itself): its own name follows
        tail = tail[1:]
    return " ".join(words[:count]), tail[0] if len(tail) > 1 else ""


def _check_empty(engine: Engine) -> None:
    names = inspect(engine).get_schema_names()
    taken = [n for n in names if n == SERVER_SCHEMA or LEARNER_SCHEMA.fullmatch(n)]
    if taken:
        raise ConflictError(
            f"The target database already holds a pivotprep server ({len(taken)} schemas, "
            f"among them {sorted(taken)[0]}): restore into a new, empty database "
            "(createdb) and point PIVOTPREP_DATABASE_URL at it. Nothing was changed."
        )


def restore_database(engine: Engine, path: Path, *, timeout: float = 3600) -> DumpReport:
    """Restore the backup at `path` into `engine`'s database, which must hold no pivotprep
    server; all or nothing (the caller then upgrades the restored schemas)."""
    if engine.dialect.name != "postgresql":
        raise StorageError("A server backup restores into PostgreSQL only.")
    learners = check_backup(path, timeout=timeout)
    _check_empty(engine)
    uri, env = _libpq(engine)
    args = [_tool("pg_restore"), "--single-transaction", "--exit-on-error", "--no-owner"]
    args += ["--no-privileges", f"--dbname={uri}", str(path)]
    _run(args, env, timeout, "restore (pg_restore)")
    forget_current()  # schemas this process saw before are gone or replaced
    return DumpReport(path, path.stat().st_size, len(learners))
