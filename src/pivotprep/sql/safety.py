"""Locked-down DuckDB connections: only the dataset's tables are reachable.

Every learner query runs on a connection opened here with external access off (no files,
no network, no ATTACH, no COPY ... TO, no read_csv('/etc/passwd')), extension auto-install
and auto-load off, and the configuration locked (`lock_configuration`) so that `SET` or
`PRAGMA` cannot turn any of it back on. Statements are classified before they run
(DuckDB's own parser, via `extract_statements`): reads run on a read-only connection to
the dataset file, statements that change data run on a throwaway copy, and administrative
statements are refused with a message that says why. A timer interrupts the connection at
the time limit.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pivotprep.core.errors import ValidationError
from pivotprep.sql.errors import SqlSafetyError

# Statement types a learner may send. Anything else (PRAGMA, SET, LOAD/INSTALL, ATTACH,
# DETACH, COPY, EXPORT, CALL, TRANSACTION...) is refused before it reaches DuckDB.
READ_TYPES = frozenset({"SELECT", "EXPLAIN"})
WRITE_TYPES = frozenset({"INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "MERGE_INTO"})

REFUSED = {
    "LOAD": "Installing or loading DuckDB extensions is switched off here.",
    "ATTACH": "ATTACH is switched off: only the practice dataset is reachable.",
    "DETACH": "DETACH is switched off: only the practice dataset is reachable.",
    "COPY": "COPY is switched off: practice queries cannot read or write files.",
    "COPY_DATABASE": "COPY is switched off: practice queries cannot read or write files.",
    "EXPORT": "EXPORT DATABASE is switched off: practice queries cannot write files.",
    "PRAGMA": "PRAGMA is switched off: the practice connection's settings are fixed.",
    "SET": "SET is switched off: the practice connection's settings are fixed.",
    "VARIABLE_SET": "SET VARIABLE is switched off: the practice connection's settings are fixed.",
    "CALL": "CALL is switched off here; query the tables with SELECT.",
    "TRANSACTION": "Transactions are not needed: each run starts from the original dataset.",
}


# Functions and views that report the connection's settings, databases or files: their
# values name the dataset's absolute path (the user's home with it). `query` and
# `query_table` run SQL built from strings, so a name could be assembled past this check.
INTROSPECTION = frozenset(
    {
        "current_setting", "duckdb_settings", "duckdb_databases", "pragma_database_list",
        "duckdb_temporary_files", "duckdb_extensions", "duckdb_secrets", "which_secret",
        "duckdb_external_file_cache", "duckdb_logs", "duckdb_log_contexts", "glob",
        "query", "query_table", "getenv", "duckdb_secret_types", "pragma_storage_info",
    }
)  # fmt: skip
# Common words as column names or aliases: refused only where they are called.
CALLED_ONLY = frozenset({"query", "query_table", "glob", "getenv"})
INTROSPECTION_MESSAGE = (
    "Reading the connection's settings, databases or files is switched off here: only the "
    "dataset's tables are reachable."
)


def locked_config(threads: int = 1) -> dict[str, Any]:
    """The lock-down settings; DuckDB's own folders point at the temporary folder (the SQL
    worker's private scratch), so neither they nor an error message name the user's home."""
    scratch = tempfile.gettempdir()
    return {
        "temp_directory": os.path.join(scratch, "duckdb-spill"),
        "home_directory": scratch,
        "extension_directory": os.path.join(scratch, "duckdb-extensions"),
        "secret_directory": os.path.join(scratch, "duckdb-secrets"),
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "allow_community_extensions": False,
        "threads": threads,
        "memory_limit": "1GB",
    }


def _lock(con: Any) -> Any:
    """Switch external access off (after the folders above were set: DuckDB refuses to set
    them once it is off), silence the progress bar, then lock every setting. No learner SQL
    has run on `con` before this returns."""
    con.execute("SET enable_external_access = false")
    con.execute("SET enable_progress_bar = false")
    con.execute("SET lock_configuration = true")
    return con


def connect_read_only(path: Path, *, threads: int = 1) -> Any:
    """A fresh, locked, read-only connection to a built dataset file."""
    import duckdb

    return _lock(duckdb.connect(str(path), read_only=True, config=locked_config(threads)))


# The SQL worker keeps one warm locked read-only connection per dataset file (`keep_warm`):
# opening and locking a connection costs tens of milliseconds, most of a judgement on the
# small data. Learner statements cannot change its state: writes go to a throwaway copy,
# and SET, PRAGMA, PREPARE, ATTACH and the like are refused before they run.
# At most WARM_FILES stay open (the most recently used; the four small datasets and a large
# one fit): each holds its own buffer pool,
# and the worker's address space is capped.
WARM_FILES = 6
_warm: OrderedDict[str, tuple[tuple[int, int], Any]] | None = None
_warm_guard = threading.Lock()


def keep_warm() -> None:
    """From now on `read_only` reuses one connection per file (the worker calls this)."""
    global _warm
    with _warm_guard:
        if _warm is None:
            _warm = OrderedDict()


def _warm_connection(path: Path) -> Any:
    """The warm one-thread connection to `path`, (re)opened if the file was replaced."""
    assert _warm is not None
    stat = path.stat()
    stamp = (stat.st_ino, stat.st_mtime_ns)
    key = str(path.resolve())
    with _warm_guard:
        held = _warm.pop(key, None)
        if held is not None and held[0] == stamp:
            _warm[key] = held  # now the most recently used
            return held[1]
        if held is not None:
            held[1].close()
        while len(_warm) >= WARM_FILES:
            _warm.popitem(last=False)[1][1].close()
        con = connect_read_only(path, threads=1)
        _warm[key] = (stamp, con)
        return con


def warm_files() -> list[str]:
    """The files with a warm connection, least recently used first (for tests and bench)."""
    with _warm_guard:
        return list(_warm or ())


def _release(path: Path) -> None:
    """Close the warm connection to `path`, if any: DuckDB opens a file once per process
    with one configuration, so a run with other settings needs it closed first."""
    if _warm is None:
        return
    with _warm_guard:
        held = _warm.pop(str(path.resolve()), None)
    if held is not None:
        held[1].close()


@contextmanager
def read_only(path: Path, *, threads: int = 1) -> Iterator[Any]:
    """A locked read-only connection to `path` for one run: in the worker, the warm one
    for a one-thread run (left open afterwards); else a fresh one, closed after (in the
    worker, the warm one is closed first: the drills' timings run on more threads)."""
    if _warm is not None and threads == 1:
        yield _warm_connection(path)
        return
    _release(path)
    con = connect_read_only(path, threads=threads)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def throwaway_copy(path: Path, *, threads: int = 1) -> Iterator[Any]:
    """A locked read-write connection to a temporary copy of `path`, deleted afterwards."""
    import duckdb

    folder = tempfile.mkdtemp(prefix="pivotprep-sql-")
    copy = Path(folder) / path.name
    try:
        shutil.copyfile(path, copy)
        con = _lock(duckdb.connect(str(copy), config=locked_config(threads)))
        try:
            yield con
        finally:
            con.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class Statement:
    kind: str  # DuckDB statement type name, e.g. SELECT, DELETE
    sql: str

    @property
    def writes(self) -> bool:
        return self.kind in WRITE_TYPES


def classify(con: Any, sql: str) -> list[Statement]:
    """Split `sql` into statements with DuckDB's parser; refuse administrative ones.

    Raises duckdb's ParserException for SQL DuckDB cannot parse (the caller turns it into
    a dialect hint) and `SqlSafetyError` for statements practice does not allow.
    """
    if not sql.strip():
        raise ValidationError("The query is empty: write a SELECT statement.", field="query")
    statements = [Statement(s.type.name, s.query) for s in con.extract_statements(sql)]
    if not statements:
        raise ValidationError("The query is empty: write a SELECT statement.", field="query")
    refuse_introspection(sql)
    for statement in statements:
        if statement.kind in REFUSED:
            raise SqlSafetyError(REFUSED[statement.kind], field="query")
        if statement.kind not in READ_TYPES | WRITE_TYPES:
            raise SqlSafetyError(
                f"{statement.kind} statements are not allowed in practice; "
                "query the tables with SELECT.",
                field="query",
            )
    return statements


def refuse_introspection(sql: str) -> None:
    """Raise `SqlSafetyError` if `sql` names a function or view of `INTROSPECTION`.

    Read from DuckDB's own tokenizer, so a name in a string literal or a comment does not
    count, and quoting or case (`"CURRENT_SETTING"`) does not hide one."""
    import duckdb

    tokens = duckdb.tokenize(sql)
    for index, (start, kind) in enumerate(tokens):
        if kind != duckdb.token_type.identifier:
            continue
        end = tokens[index + 1][0] if index + 1 < len(tokens) else len(sql)
        name = sql[start:end].strip().strip('"').lower()
        if name in INTROSPECTION and (name not in CALLED_ONLY or _called(sql, tokens, index)):
            raise SqlSafetyError(INTROSPECTION_MESSAGE, field="query")


def _called(sql: str, tokens: list[tuple[int, Any]], index: int) -> bool:
    """Whether the identifier at `tokens[index]` is followed by `(` (comments skipped)."""
    import duckdb

    following = (t for t in tokens[index + 1 :] if t[1] != duckdb.token_type.comment)
    upcoming = next(following, None)
    return upcoming is not None and sql[upcoming[0]] == "("


def translate_error(exc: Exception) -> str | None:
    """A clear message for DuckDB errors caused by the lock-down, or None."""
    text = str(exc)
    name = type(exc).__name__
    if name == "PermissionException" or "disabled by configuration" in text:
        return (
            "Reading or writing files, the network and extensions is switched off: "
            "only the dataset's tables are reachable."
        )
    if "configuration has been locked" in text:
        return "The practice connection's settings are fixed and cannot be changed."
    if name == "InterruptException":
        return "The query was cancelled."
    return None


class _Watchdog:
    """One long-lived thread that interrupts connections past their deadlines.

    A `threading.Timer` per query costs two thread hand-offs (its start waits for the new
    thread to run, its join for it to end); on a loaded machine each can wait a scheduler
    time slice, tens of milliseconds per judgement. Here arming and disarming only take a
    lock. The interrupt is sent while holding that lock, so once `disarm` returns no
    interrupt for that run can land on a later query."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.armed: dict[int, tuple[float, Any, dict[str, bool]]] = {}
        self.thread: threading.Thread | None = None

    def arm(self, con: Any, seconds: float, state: dict[str, bool]) -> int:
        with self.cond:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self.run, name="sql-watchdog", daemon=True)
                self.thread.start()
            token = id(state)
            self.armed[token] = (time.monotonic() + seconds, con, state)
            self.cond.notify()
            return token

    def disarm(self, token: int) -> None:
        with self.cond:
            self.armed.pop(token, None)

    def run(self) -> None:
        with self.cond:
            while True:
                if not self.armed:
                    self.cond.wait()
                    continue
                token, (deadline, con, state) = min(self.armed.items(), key=lambda item: item[1][0])
                left = deadline - time.monotonic()
                if left > 0:
                    self.cond.wait(left)
                    continue
                del self.armed[token]
                state["fired"] = True
                with contextlib.suppress(Exception):  # a closed connection: nothing to stop
                    con.interrupt()


_watchdog = _Watchdog()


@contextmanager
def time_limit(con: Any, seconds: float) -> Iterator[dict[str, bool]]:
    """Interrupt `con` after `seconds`; the yielded dict's "fired" says if it did."""
    state = {"fired": False}
    token = _watchdog.arm(con, seconds, state)
    try:
        yield state
    finally:
        _watchdog.disarm(token)  # an interrupt being sent finishes before this returns


def cpu_threads() -> int:
    return max(1, min(2, os.cpu_count() or 1))
